//! Quotes: straight, curly and guillemet quotes and Russian dash dialogue, with their speakers.
//!
//! In: one source's paragraphs and mentions. Out: `Quote`s with byte offsets and the speaker
//! mention. Must not: guess a speaker the text does not give ("speaker not identified").
//!
//! Method: each paragraph is scanned on its own (a quote never spans paragraphs) for quotation
//! marks (`marks`: "…", “…”, «…» with nested „…“, lenient about the unbalanced marks scraped
//! text is full of), for dash dialogue (a paragraph starting with "— ") and for direct speech
//! without marks that ends at an author's remark ("…, — сказал X.", "…, Mickoski said.", see
//! `unmarked`), stands under a speaker label ("Sandu:") or over a quote card's name and title
//! (see `signature`). Hard-wrapped lines are joined first (`wrap`). Each quotation keeps
//! exact byte offsets into its paragraph: `start` at the opening mark (or dash), `end` past the
//! closing mark (or at the paragraph's end for an unclosed quote or dash dialogue).
//!
//! Statements and scare quotes: every quotation is kept (the annotated page marks them all), but
//! only a *statement*, a quotation of at least [`MIN_STATEMENT_WORDS`] words, is attributed to a
//! speaker. Quoted single words and short phrases ("invasion", «удобные», "hot phase", "all
//! without exception") keep `speaker_mention: None` and `attribution: None`; [`is_statement`]
//! tells them apart. The rules that find a speaker are in the `attribution` module's documentation;
//! `attribution` on each quote says which rule fired, in words a reviewer can check.
//!
//! [`similarity`] compares quotations across sources (used by the discrepancy detectors).

mod attribution;
mod clauses;
mod marks;
mod pronouns;
mod signature;
pub mod similarity;
mod unmarked;
mod wrap;

use crate::model::{Mention, Paragraph, Quote};
use attribution::Found;

/// The fewest words a quotation needs to count as a statement (and get a speaker): a single
/// quoted word is a scare quote, two words or more are someone's words ("hot phase", «рано
/// радоваться»), as the evaluation corpus's truth counts them.
pub const MIN_STATEMENT_WORDS: usize = 2;

/// True when the quoted words are a statement rather than a quoted word or short phrase. A
/// hyphenated compound is one word ("counter-terrorist", «по-товарищески»).
pub fn is_statement(text: &str) -> bool {
    clauses::words_in(text, 0, text.len()).len() >= MIN_STATEMENT_WORDS
}

/// True when a short quotation is the name of something, not someone's words: fewer than
/// [`QUOTED_NAME_MAX_WORDS`] words that start with a capital letter, with no punctuation inside,
/// standing inside a sentence right after a word (the party «Грузинская мечта», the show «Соловьев
/// Live», the movement "Georgian Dream") or spelling out an abbreviation (ANO («Акция недовольных
/// граждан»), "Action of Dissatisfied Citizens" (ANO)); of any length right after a noun naming a
/// document, body or work, punctuation and all (the law «О выборах президента Республики
/// Узбекистан», the exhibition "Ukraine, a war crime."), or in title case
/// ("the pro-Russian “Alliance for the Unity of Romanians”"). Quoted words inside a sentence are
/// otherwise lower case («рано радоваться»); a capitalised short quotation after a colon, at the
/// start of a sentence («Это правда»: Захарова …) or after "that" is still a statement.
fn is_quoted_name(text: &str, start: usize, end: usize, inner: &str) -> bool {
    let inner = inner.trim();
    let capitalised = inner.chars().next().is_some_and(char::is_uppercase);
    let plain = !inner.contains(['.', '!', '?', '…', ',', ':', ';']);
    let short = similarity::word_count(inner) < QUOTED_NAME_MAX_WORDS;
    let before = text.get(..start).unwrap_or("").trim_end();
    // The full name of an abbreviation: in brackets after it ("ANO («Акция недовольных
    // граждан»)") or before it in brackets ("“Action of Dissatisfied Citizens” (ANO)").
    let after = text.get(end..).unwrap_or("").trim_start();
    let expands_acronym = (before.ends_with('(') && after.starts_with(')'))
        || after
            .strip_prefix('(')
            .and_then(|rest| rest.split_once(')'))
            .is_some_and(|(inside, _)| is_acronym(inside));
    let after_word = before.chars().last().is_some_and(char::is_alphanumeric) || expands_acronym;
    let previous = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    // After "that" («что», "dass") a quotation is a clause: someone's words.
    let after_complementizer = clauses::is_complementizer(&previous);
    // A work's title may hold punctuation (the exhibition "Ukraine, a war crime.").
    capitalised
        && after_word
        && !after_complementizer
        && (names_a_work(&previous) || plain && (short || title_case(inner)))
}

/// True for words in title case: every word of more than three letters capitalised, the
/// last one too ("Alliance for the Unity of Romanians"); a quoted sentence has lower-case words.
fn title_case(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    words.last().is_some_and(capital)
        && words
            .iter()
            .all(|w| capital(w) || w.chars().filter(|c| c.is_alphabetic()).count() <= 3)
}

/// True for an abbreviation in capitals ("ANO", «ЕС»): two to six letters, all upper case.
fn is_acronym(word: &str) -> bool {
    let letters = word.chars().count();
    (2..=6).contains(&letters) && word.chars().all(char::is_uppercase)
}

/// Nouns after which a capitalised quotation is a title of any length (`data/work_nouns.txt`).
static WORK_NOUNS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::lexicon::entries(include_str!("data/work_nouns.txt")).collect()
});

/// True when `word` (lower case) names a document, a body or a work («закона», "party").
fn names_a_work(word: &str) -> bool {
    WORK_NOUNS
        .iter()
        .any(|noun| word == *noun || (noun.chars().count() >= 4 && word.starts_with(noun)))
}

/// Quoted names are shorter than this many words.
const QUOTED_NAME_MAX_WORDS: usize = 5;

/// Every quotation in the paragraphs, attributed to a mention where the text allows.
///
/// `mentions` are the source's mentions (any order); `speaker_mention` indexes into them.
/// Quotations come in text order: by paragraph order, then by offset.
/// Hard-wrapped lines are read as one paragraph (see `wrap`); each quotation goes back to the
/// line it opens on.
pub fn detect(paragraphs: &[Paragraph], mentions: &[Mention]) -> Vec<Quote> {
    let joined = wrap::join(paragraphs, mentions);
    detect_in(&joined.paragraphs, &joined.mentions)
        .into_iter()
        .map(|q| joined.place(paragraphs, q))
        .collect()
}

/// Every quotation in paragraphs none of which continues another.
fn detect_in(paragraphs: &[Paragraph], mentions: &[Mention]) -> Vec<Quote> {
    let mut found = Vec::new();
    for (index, p) in paragraphs.iter().enumerate() {
        let opens_with_dash = marks::dash_dialogue(&p.text);
        let mut signed_by = None;
        let speech = marks::dash_speech(&p.text, clauses::is_saying_verb);
        let spans = if !speech.is_empty() {
            let dash = opens_with_dash.is_some();
            speech.into_iter().map(|s| (s, dash)).collect()
        } else if let Some(span) =
            opens_with_dash.filter(|_| !signature::signs_quote_above(paragraphs, index, mentions))
        {
            vec![(span, true)]
        } else {
            let marked = marks::marked_quotes(&p.text);
            if marked.is_empty() && signature::labelled_speech(paragraphs, index, mentions) {
                vec![(marks::whole(&p.text), false)]
            } else if let Some(span) = unmarked::comma_speech(&p.text) {
                vec![(span, false)]
            } else if let Some(span) = index
                .checked_sub(1)
                .and_then(|k| paragraphs.get(k))
                .and_then(|above| unmarked::block_speech(&p.text, &above.text))
            {
                vec![(span, false)]
            } else if let Some((span, m)) = signature::signed_at_end(&p.text, p.n, mentions) {
                signed_by = Some(m);
                vec![(span, false)]
            } else {
                marked.into_iter().map(|s| (s, false)).collect()
            }
        };
        for (span, dash) in spans {
            let inner = p.text.get(span.inner_start..span.inner_end).unwrap_or("");
            if inner.trim().is_empty() {
                continue;
            }
            found.push(Found {
                index,
                span,
                dash,
                statement: is_statement(inner)
                    && !is_quoted_name(&p.text, span.start, span.end, inner),
                signed_by,
            });
        }
    }
    let speakers = attribution::attribute(paragraphs, mentions, &found);
    found
        .iter()
        .zip(speakers)
        .filter_map(|(f, speaker)| {
            let p = paragraphs.get(f.index)?;
            let inner = p.text.get(f.span.inner_start..f.span.inner_end)?;
            Some(Quote {
                speaker: None,
                paragraph: p.n,
                start: f.span.start,
                end: f.span.end,
                text: inner.trim().to_string(),
                speaker_mention: speaker.as_ref().map(|s| s.mention),
                attribution: speaker.map(|s| s.how),
            })
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod test_support;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod tests_speech;

#[cfg(test)]
mod tests_discourse;

#[cfg(test)]
mod tests_introductions;
