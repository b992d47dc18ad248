//! Candidates that look like names but cannot be a person of the source: a single Latin word in
//! a Cyrillic text (an outlet or a handle) and a place of the gazetteer written in several words.
//! In: a candidate of `recognise` and its tokens; out: whether it is ruled out.

use super::recognise::Candidate;
use super::source_words::SourceWords;
use super::tokens::Token;
use crate::text::script_of;

/// True for a single Latin word in a Russian, Ukrainian or Belarusian source («сообщает Delfi»):
/// those languages write people's names in Cyrillic, so the word is an outlet, a brand or a
/// handle.
pub(super) fn latin_word_in_cyrillic_text(
    tokens: &[Token<'_>],
    c: &Candidate,
    words: &SourceWords,
) -> bool {
    let cyrillic_source = matches!(
        words.language.as_deref(),
        Some("Russian" | "Ukrainian" | "Belarusian")
    );
    cyrillic_source
        && c.first == c.last
        && c.given.is_none()
        && c.initial.is_none()
        && script_of(tokens[c.last].text) == crate::model::Script::Latin
}

/// True when the candidate's words are a place of the gazetteer written in several words
/// ("Ulan Bator").
pub(super) fn names_a_place(text: &str, tokens: &[Token<'_>], c: &Candidate) -> bool {
    c.first < c.last
        && super::words::is_place(&text[tokens[c.first].start..tokens[c.last].end].to_lowercase())
}
