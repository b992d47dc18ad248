//! Direct speech whose quotation marks the page lost: a paragraph of someone's words that ends at
//! an author's remark after a comma ("We believe that peace must be built on justice. Only such
//! a peace brings stability, Mickoski said."). News prose reports speech in the third person
//! ("The talks went well, the ministry said."; "He would stay. The talks went well, Orbán
//! said."), so the words before the remark count as speech only when they say "I" or "we"
//! (`data/first_person.txt`). Remarks after a dash are `marks::dash_speech`'s.
//!
//! A paragraph of such speech may also stand alone, a block quotation whose marks or indent the
//! page lost, right after the sentence that announces it ("Fiala noted that … ." then "We have
//! coped with the biggest crisis …"; «Об этом Зеленский сказал во время пресс-конференции.» then
//! «Мы видели этот удар …»): a paragraph in the first person with no quotation marks, whose
//! paragraph above ends with a sentence about speaking (a verb of saying or reporting, or a
//! source phrase: "According to Zelensky, …") and which reports no speech itself (the outlet's
//! «Также мы писали, что …» and "The Head of State noted … our country" are the author's).
//! Attribution then reads it as a paragraph of
//! speech after that sentence.
//!
//! In: one paragraph's text (and, for a block, the paragraph above). Out: the span of the
//! speech, if any; attribution then reads the remark as it reads one after a marked quotation.

use std::sync::LazyLock;

use super::clauses::{
    is_saying_verb, is_speech_word, match_phrase, phrases_as_words, sentence_start, words_in,
    SOURCE_PHRASES,
};
use super::marks::{Span, QUOTATION_MARKS};

/// First-person pronouns and possessives (`data/first_person.txt`).
static FIRST_PERSON: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("data/first_person.txt")).collect());

/// Words of a remark within which its saying verb stands (", Prime Minister Mickoski said").
const VERB_WITHIN: usize = 5;

/// Words a remark may have in all (", Mickoski wrote in a social media comment after the
/// meeting.").
const MAX_REMARK_WORDS: usize = 12;

/// The speech before a remark after the paragraph's last comma (see the module docs).
pub(crate) fn comma_speech(text: &str) -> Option<Span> {
    if text.contains(QUOTATION_MARKS) {
        return None;
    }
    let comma = text.rfind(',')?;
    let remark = text[comma + 1..].trim_end_matches(['.', '!', '?', ' ', '…']);
    if remark.contains(['.', '!', '?', ';', ':']) {
        return None;
    }
    let words = words_in(remark, 0, remark.len());
    if words.is_empty() || words.len() > MAX_REMARK_WORDS {
        return None;
    }
    let verb = words
        .iter()
        .take(VERB_WITHIN)
        .position(|w| is_saying_verb(&w.lower))?;
    let opens_remark = |w: &super::clauses::Word| {
        let original = &remark[w.start..w.end];
        original.chars().next().is_some_and(char::is_uppercase)
            || super::attribution::titles::is_determiner(&w.lower)
            || super::pronouns::pronoun_gender(&w.lower).is_some()
    };
    if verb > 0 && !opens_remark(&words[0]) {
        return None;
    }
    let speech = &text[..comma];
    says_i_or_we(speech).then_some(Span {
        start: 0,
        end: comma + 1,
        inner_start: 0,
        inner_end: comma + 1,
    })
}

/// How an outlet refers to its own reports («мы писали»; `data/outlet_self_references.txt`).
static OUTLET_SELF_REFERENCES: LazyLock<Vec<Vec<&'static str>>> =
    LazyLock::new(|| phrases_as_words(include_str!("data/outlet_self_references.txt")).collect());

/// Words a block of speech has at least: a shorter line in the first person is a heading or a
/// caption.
const MIN_BLOCK_WORDS: usize = 6;

/// The whole of `text` when it is a block of speech after `above`, the paragraph before it (see
/// the module docs).
pub(crate) fn block_speech(text: &str, above: &str) -> Option<Span> {
    let opens_with_dash = text.trim_start().starts_with(['-', '–', '—']);
    if text.contains(QUOTATION_MARKS) || opens_with_dash {
        return None;
    }
    let words = words_in(text, 0, text.len());
    if words.len() < MIN_BLOCK_WORDS || !says_i_or_we(text) {
        return None;
    }
    // A paragraph that reports speech itself is the author's ("The Head of State noted …
    // peace in our country."; «Также мы писали, что …»), not the speaker's.
    let outlet_speaks = |k: usize| {
        OUTLET_SELF_REFERENCES
            .iter()
            .any(|p| match_phrase(&words[k..], p).is_some())
    };
    if (0..words.len()).any(|k| is_speech_word(&words, k) || outlet_speaks(k)) {
        return None;
    }
    announces_speech(above).then(|| super::marks::whole(text))
}

/// True when the last sentence of `text` is about speaking, outside any quotation: a verb of
/// saying or reporting, or a source phrase ("According to Zelensky, …").
fn announces_speech(text: &str) -> bool {
    let end = text.trim_end().len();
    if end == 0 {
        return false;
    }
    let last_char_start = text[..end].char_indices().last().map_or(0, |(i, _)| i);
    let start = sentence_start(text, 0, last_char_start);
    let sentence = &text[start..end];
    if sentence.contains(QUOTATION_MARKS) {
        return false;
    }
    let words = words_in(sentence, 0, sentence.len());
    (0..words.len()).any(|k| {
        is_speech_word(&words, k)
            || SOURCE_PHRASES
                .iter()
                .any(|p| match_phrase(&words[k..], p).is_some())
    })
}

/// True when `text` has a first-person pronoun: "I" in capitals, the others in any case.
fn says_i_or_we(text: &str) -> bool {
    words_in(text, 0, text.len()).iter().any(|w| {
        let original = &text[w.start..w.end];
        if w.lower == "i" {
            original == "I"
        } else {
            FIRST_PERSON.contains(&w.lower.as_str())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{block_speech, comma_speech};

    fn block<'a>(text: &'a str, above: &str) -> Option<&'a str> {
        block_speech(text, above).map(|s| &text[s.inner_start..s.inner_end])
    }

    #[test]
    fn a_paragraph_in_the_first_person_after_a_sentence_about_speaking_is_speech() {
        let speech = "We have coped with the crisis. We have kept our main promise.";
        assert_eq!(
            block(
                speech,
                "Novák noted that the coalition bore the brunt of it."
            ),
            Some(speech)
        );
        let speech = "Мы видели этот удар. Я знаю, что сегодня были жертвы.";
        assert_eq!(
            block(
                speech,
                "Об этом Петренко сказал во время пресс-конференции."
            ),
            Some(speech)
        );
        let speech = "Our plants were destroyed by missiles, and we import electricity now.";
        assert_eq!(
            block(
                speech,
                "According to Petrenko, this is the only meaning of the threats."
            ),
            Some(speech)
        );
    }

    #[test]
    fn narration_the_outlet_s_voice_and_marked_quotes_are_no_block_of_speech() {
        let above = "The minister said that the talks would go on.";
        // The sentence above must be about speaking.
        assert_eq!(
            block(
                "We have coped with the crisis and kept our promise.",
                "The talks ended."
            ),
            None
        );
        // Third person only: reported, not direct, speech.
        assert_eq!(
            block(
                "The coalition has coped with the crisis and kept its promise.",
                above
            ),
            None
        );
        // A paragraph that reports speech itself, or the outlet's own earlier report.
        assert_eq!(
            block(
                "The Head of State noted the readiness to help our country.",
                above
            ),
            None
        );
        assert_eq!(
            block(
                "Также мы писали, что комиссар не пригласил Венгрию на совещание.",
                above
            ),
            None
        );
        // Marked quotations, dash dialogue and short lines are the business of other rules.
        assert_eq!(
            block("\"We have coped with the crisis,\" he added today.", above),
            None
        );
        assert_eq!(
            block("— Мы сегодня приняли решение о переговорах.", above),
            None
        );
        assert_eq!(block("Our view", above), None);
    }

    fn speech(text: &str) -> Option<&str> {
        comma_speech(text).map(|s| &text[s.inner_start..s.inner_end])
    }

    #[test]
    fn words_in_the_first_person_before_a_remark_are_speech() {
        assert_eq!(
            speech("We believe peace must be just. It brings stability, Mickoski wrote in a post."),
            Some("We believe peace must be just. It brings stability,")
        );
        assert_eq!(
            speech("I will stay, said the president."),
            Some("I will stay,")
        );
        assert_eq!(
            speech("Wir bleiben, sagte der Kanzler."),
            Some("Wir bleiben,")
        );
    }

    #[test]
    fn reported_speech_marked_quotes_and_other_clauses_are_not() {
        // One sentence in the third person is reported speech.
        assert_eq!(speech("The talks went well, the ministry said."), None);
        assert_eq!(
            speech("He would stay. The talks went well, Orbán said."),
            None
        );
        // Quotation marks are the marks' business.
        assert_eq!(speech("\"We will stay. Yes,\" he said."), None);
        // The remark must be the paragraph's last sentence and open with its subject or verb.
        assert_eq!(speech("We will stay, he said. Then he left."), None);
        assert_eq!(
            speech("We met him. The deal, which we said was good, is signed."),
            None
        );
        assert_eq!(speech("I went home, and then we ate."), None);
        // "US" is not "us".
        assert_eq!(
            speech("The talks with US went well, the ministry said."),
            None
        );
    }
}
