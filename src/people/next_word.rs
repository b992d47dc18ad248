//! What the word after a capitalised word says about it: a month name makes it the start of a
//! date ("Mitte Dezember"), a place name makes an adjective before it part of the place's name
//! («Північної Македонії»). Either way the word is no name.
//!
//! In: a paragraph's text and tokens, and a token's index. Out: a boolean. Must not: look further
//! than the next word.

use std::sync::LazyLock;

use super::inflect::given_name;
use super::tokens::{is_space_gap, Token};
use super::words::is_place;
use crate::text::is_cyrillic;

/// Endings of Russian and Ukrainian adjectives (`place-adjective` of `data/endings.tsv`).
static PLACE_ADJECTIVE_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::words::endings("place-adjective"));

/// True when a Cyrillic word with an adjective's ending stands right before a place name: it
/// opens that name («Північної Македонії», «Южной Кореи»).
pub(super) fn opens_a_place_name(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let word = tokens[i].text.to_lowercase();
    word.chars().any(is_cyrillic)
        && PLACE_ADJECTIVE_ENDINGS.iter().any(|e| word.ends_with(e))
        && is_space_gap(&text[tokens[i].end..next.start])
        && is_place(&next.text.to_lowercase())
}

/// True when a capitalised word that is no given name stands right before a month name: the
/// word opens a date ("Mitte Dezember", "Anfang Januar"), it does not end a name ("Rossen
/// Scheljaskow Mitte Dezember").
pub(super) fn opens_a_date(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    is_space_gap(&text[tokens[i].end..next.start])
        && crate::dates::is_month_word(&next.text.to_lowercase())
        && given_name(tokens[i].text).is_none()
}
