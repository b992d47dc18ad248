//! Words and sentences of one paragraph, as attribution reads them: the words with their byte
//! offsets, where a sentence starts and ends (abbreviations and initials do not end one), the
//! saying and reporting verbs (`src/data/*verbs*.txt`), and the source phrases ("according to
//! X", «по её словам») of `data/source_phrases.txt`. Text comes in; offsets and words go out.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::{entries, phrases, REPORTING_VERBS, SAYING_VERBS};
use crate::verbs::is_listed_verb;

/// A word: letters and digits, with inner apostrophes and hyphens.
static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*").expect("valid regex"));

/// A word with its byte offsets in the paragraph.
pub(crate) struct Word {
    /// Byte offset of the word.
    pub start: usize,
    /// Byte offset just past the word.
    pub end: usize,
    /// The word in lower case.
    pub lower: String,
}

/// Source phrases ("according to *"), as words; `*` is a pronoun slot.
pub(crate) static SOURCE_PHRASES: LazyLock<Vec<Vec<&'static str>>> =
    LazyLock::new(|| phrases_as_words(include_str!("data/source_phrases.txt")).collect());

/// Possessive and object pronouns of source phrases, with their gender (true: feminine).
pub(crate) static POSSESSIVES: LazyLock<Vec<(&'static str, bool)>> =
    LazyLock::new(|| super::pronouns::gendered_words(include_str!("data/possessive_pronouns.tsv")));

/// Whether `words` start with `phrase`: the number of words matched and, when the phrase has a
/// pronoun slot, the gender of the pronoun in it (true: feminine).
pub(crate) fn match_phrase(words: &[Word], phrase: &[&str]) -> Option<(usize, Option<bool>)> {
    if words.len() < phrase.len() {
        return None;
    }
    let mut pronoun = None;
    for (w, p) in words.iter().zip(phrase) {
        if *p == "*" {
            let &(_, feminine) = POSSESSIVES.iter().find(|(q, _)| *q == w.lower)?;
            pronoun = Some(feminine);
        } else if w.lower != *p {
            return None;
        }
    }
    Some((phrase.len(), pronoun))
}

/// Verbs of saying only quote attribution reads (`data/speech_verbs.txt`), besides the shared
/// list of `src/data/saying_verbs.txt`.
static SPEECH_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/speech_verbs.txt")).collect());

/// Expressions of saying of several words ("mis en garde", «обратил внимание»), as words.
static SPEECH_PHRASES: LazyLock<Vec<Vec<&'static str>>> =
    LazyLock::new(|| phrases_as_words(include_str!("data/speech_phrases.txt")).collect());

/// Openings of a sentence that names who spoke the words just quoted («Об этом сообщил X»).
pub(crate) static SPEECH_ANAPHORS: LazyLock<Vec<Vec<&'static str>>> =
    LazyLock::new(|| phrases_as_words(include_str!("data/speech_anaphors.txt")).collect());

/// Verbs of saying that presuppose earlier words of the speaker (`data/adding_verbs.txt`).
static ADDING_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/adding_verbs.txt")).collect());

/// True for a verb of saying that adds to earlier words of the same speaker ("added",
/// «добавила», "fügte … hinzu") in any of its forms.
pub(crate) fn is_adding_verb(lower: &str) -> bool {
    is_listed_verb(&ADDING_VERBS, lower)
}

/// True for a saying verb in any of its forms («заявила», «заявивши»; see `crate::verbs`).
pub(crate) fn is_saying_verb(lower: &str) -> bool {
    is_listed_verb(&SAYING_VERBS, lower) || is_listed_verb(&SPEECH_VERBS, lower)
}

/// True when `words[k..]` starts with an expression of saying of several words.
pub(crate) fn is_speech_phrase(words: &[Word], k: usize) -> bool {
    SPEECH_PHRASES.iter().any(|phrase| {
        words.len() >= k + phrase.len() && words[k..].iter().zip(phrase).all(|(w, p)| w.lower == *p)
    })
}

/// Conjunctions of a clause of content («что», «що»; `data/complementizers.txt`).
static COMPLEMENTIZERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/complementizers.txt")).collect());

/// True for a conjunction of a clause of content ("that", «что»; `data/complementizers.txt`),
/// given in lower case.
pub(crate) fn is_complementizer(lower: &str) -> bool {
    COMPLEMENTIZERS.contains(&lower)
}

/// True when `words[k]` is a Russian or Ukrainian verb in the past tense of a person (not the
/// neuter «стало») followed by a comma and a conjunction of content («предположил, что»): the
/// verb takes what was said or thought as its object, so it reports words whatever it is.
pub(crate) fn takes_content_clause(text: &str, words: &[Word], k: usize) -> bool {
    let (Some(verb), Some(next)) = (words.get(k), words.get(k + 1)) else {
        return false;
    };
    super::pronouns::verb_gender(&verb.lower).is_some()
        && text
            .get(verb.end..next.start)
            .is_some_and(|gap| gap.trim() == ",")
        && COMPLEMENTIZERS.contains(&next.lower.as_str())
}

/// True when `words[k]` speaks: a saying or reporting verb, or the first word of an expression
/// of saying.
pub(crate) fn is_speech_word(words: &[Word], k: usize) -> bool {
    words
        .get(k)
        .is_some_and(|w| is_saying_verb(&w.lower) || is_reporting_verb(&w.lower))
        || is_speech_phrase(words, k)
}

/// True for a verb that reports words without saying them ("accused", «подтвердила»).
pub(crate) fn is_reporting_verb(lower: &str) -> bool {
    is_listed_verb(&REPORTING_VERBS, lower)
}

/// The subject pronoun of the verb `words[v]`, or a word that refers back like one (an age:
/// "the 65-year-old announced"; see `pronouns::anaphor_gender`): the word before it, or the one
/// before that when no punctuation stands between ("Він також додав", "Elle a attiré
/// l'attention"): its byte offset and the gender it shows (true: feminine; `None`: none).
pub(crate) fn pronoun_before(
    text: &str,
    words: &[Word],
    v: usize,
) -> Option<(usize, Option<bool>)> {
    let verb = words.get(v)?;
    (1..=2).find_map(|back| {
        let w = words.get(v.checked_sub(back)?)?;
        let gap = text.get(w.end..verb.start)?;
        let plain = !gap.contains([
            ',', ':', ';', '(', ')', '—', '–', '.', '"', '«', '»', '“', '”',
        ]);
        let feminine = super::pronouns::anaphor_gender(&w.lower)?;
        plain.then_some((w.start, feminine))
    })
}

/// English personal pronouns (`data/english_pronouns.txt`): English puts them before the verb,
/// so one right after a verb is the subject of the clause that follows ("said he would …").
static ENGLISH_PRONOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/english_pronouns.txt")).collect());

/// The personal pronoun right after the verb `words[v]`, as the verb's subject where the verb
/// comes first (German verb-second order: "Zugleich betonte er …: „…“"): its offset and gender
/// (`Some(true)`: feminine). Never an English pronoun (see [`ENGLISH_PRONOUNS`]).
pub(crate) fn pronoun_after(text: &str, words: &[Word], v: usize) -> Option<(usize, Option<bool>)> {
    let verb = words.get(v)?;
    let w = words.get(v + 1)?;
    let plain = text.get(verb.end..w.start)?.trim().is_empty();
    let feminine = super::pronouns::pronoun_gender(&w.lower)?;
    (plain && !ENGLISH_PRONOUNS.contains(&w.lower.as_str())).then_some((w.start, Some(feminine)))
}

/// The words of `text[from..to]` with offsets into `text`.
pub(crate) fn words_in(text: &str, from: usize, to: usize) -> Vec<Word> {
    let Some(slice) = text.get(from..to) else {
        return Vec::new();
    };
    WORD.find_iter(slice)
        .map(|m| {
            let elided = elision_length(m.as_str());
            Word {
                start: from + m.start() + elided,
                end: from + m.end(),
                lower: m.as_str()[elided..].to_lowercase(),
            }
        })
        .collect()
}

/// The phrases of a word list (one a line, words split at spaces), each word read as
/// [`words_in`] reads it: without a French elided word before it ("attiré l'attention" →
/// attiré, attention).
pub(crate) fn phrases_as_words(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    phrases(text).map(|words| words.into_iter().map(|w| &w[elision_length(w)..]).collect())
}

/// French words elided before an apostrophe (`data/elisions.txt`).
static ELISIONS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/elisions.txt")).collect());

/// The length in bytes of a French elided word and its apostrophe at the start of `word` ("qu'"
/// of "qu'il", "l'" of "l'ennemi"), 0 when there is none: the word after it is the one that
/// counts.
fn elision_length(word: &str) -> usize {
    let Some((head, rest)) = word.split_once(['\'', '’', 'ʼ']) else {
        return 0;
    };
    let elided = ELISIONS.contains(&head.to_lowercase().as_str())
        && rest.chars().next().is_some_and(char::is_alphabetic);
    if elided {
        word.len() - rest.len()
    } else {
        0
    }
}

/// The end of the sentence that starts at `from` (just before its full stop), at most `limit`.
pub(crate) fn sentence_end(text: &str, from: usize, limit: usize) -> usize {
    let Some(slice) = text.get(from..limit) else {
        return from;
    };
    slice
        .char_indices()
        .find(|&(k, c)| ends_sentence(text, from + k, c))
        .map(|(k, _)| from + k)
        .unwrap_or(limit)
}

/// The start of the sentence that ends at `to`, not before `from`.
pub(crate) fn sentence_start(text: &str, from: usize, to: usize) -> usize {
    let Some(slice) = text.get(from..to) else {
        return from;
    };
    slice
        .char_indices()
        .rfind(|&(k, c)| ends_sentence(text, from + k, c))
        .map(|(k, c)| from + k + c.len_utf8())
        .unwrap_or(from)
}

/// Abbreviations whose full stop does not end a sentence, lower case without the stop.
static ABBREVIATIONS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/abbreviations.txt")).collect());

/// True when the character `c` at byte `pos` of `text` ends a sentence: a semicolon, or a full
/// stop, question or exclamation mark before a space, a capital, a closing mark or the end of the
/// text; a
/// full stop after an initial ("M. Tokaïev", "U.S.") or a listed abbreviation ("Mr.", «г.»)
/// does not, nor one inside a number ("20.000").
pub(crate) fn ends_sentence(text: &str, pos: usize, c: char) -> bool {
    if c == ';' {
        return true;
    }
    if !matches!(c, '.' | '!' | '?') {
        return false;
    }
    let next = text
        .get(pos + c.len_utf8()..)
        .and_then(|r| r.chars().next());
    // Scraped text glues sentences ("…</p>.For"): a capital after the stop starts a new one.
    let closes = next.is_none_or(|n| {
        n.is_whitespace() || n.is_uppercase() || matches!(n, '"' | '”' | '»' | '“' | ')' | '<')
    });
    if !closes || c != '.' {
        return closes;
    }
    let before = text.get(..pos).unwrap_or("");
    let word: String = before
        .chars()
        .rev()
        .take_while(|ch| ch.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    !initial && !ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// The descriptive phrase next to the verb `words[v]`: the words before it in the window, or
/// those after it up to a comma.
pub(crate) fn descriptor_words(text: &str, words: &[Word], v: usize, end: usize) -> String {
    if v > 0 {
        let (Some(first), Some(last)) = (words.first(), words.get(v - 1)) else {
            return String::new();
        };
        return text.get(first.start..last.end).unwrap_or("").to_string();
    }
    let from = words[v].end;
    let rest = text.get(from..end).unwrap_or("");
    rest.split(',').next().unwrap_or("").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ukrainian_verbal_adverbs_of_listed_verbs_are_verbs_of_saying() {
        assert!(is_saying_verb("заявивши"));
        assert!(is_reporting_verb("назвавши"));
        assert!(!is_saying_verb("вші"));
        assert!(!is_reporting_verb("колишні"));
    }

    #[test]
    fn sentences_are_cut_at_full_stops() {
        let t = "“A,” Ryabihin said. said.";
        let from = t.find(" R").unwrap();
        assert_eq!(&t[from..sentence_end(t, from, t.len())], " Ryabihin said");
        assert_eq!(sentence_start("One. Two “x”", 0, 9), 4);
    }

    #[test]
    fn initials_abbreviations_and_numbers_do_not_end_sentences() {
        let t = "Selon M. Dupont, la ville a vu « 20.000 visiteurs ».";
        assert_eq!(sentence_start(t, 0, t.find('«').unwrap()), 0);
        let t = "The U.S. envoy and Mr. Smith met. Then “x”";
        assert_eq!(&t[sentence_start(t, 0, t.len())..], " Then “x”");
        assert_eq!(
            sentence_end("Он сказал «да». Потом", 0, 30),
            "Он сказал «да»".len()
        );
    }

    #[test]
    fn descriptor_before_or_after_the_verb() {
        let t = "x the representative of the Ministry emphasized.";
        let words = words_in(t, 1, t.len() - 1);
        let v = words.iter().position(|w| w.lower == "emphasized").unwrap();
        assert_eq!(
            descriptor_words(t, &words, v, t.len() - 1),
            "the representative of the Ministry"
        );
        let t = "x said the head of the Foreign Ministry, obviously";
        let words = words_in(t, 1, t.len());
        assert_eq!(
            descriptor_words(t, &words, 0, t.len()),
            "the head of the Foreign Ministry"
        );
    }
}
