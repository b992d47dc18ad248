//! Shapes of words that are never names, read from the word alone (or, for a headline in Title
//! Case, from its line): reflexive verbs, compound adjectives, words without a vowel, Cyrillic
//! words run together by scraping. In: a word or a line's tokens; out: yes or no.

use std::sync::LazyLock;

use super::tokens::Token;
use crate::text::is_cyrillic;

/// True for a Russian or Ukrainian reflexive verb in the third person or the infinitive
/// («Повідомляється», «Сообщается», «Вважається»), capitalised at the start of a sentence: the
/// endings -тся/-ться belong to no name.
pub(super) fn is_reflexive_verb(lower: &str) -> bool {
    lower.chars().count() >= 6 && (lower.ends_with("тся") || lower.ends_with("ться"))
}

/// Linking endings of a hyphenated compound adjective (`adjective-link` of `data/endings.tsv`).
static ADJECTIVE_LINKS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::words::endings("adjective-link"));

/// True for a hyphenated compound adjective whose first part is an adjective's linking form
/// («естонсько-український»): an adjective, not a double surname.
pub(super) fn is_compound_adjective(lower: &str) -> bool {
    lower
        .split_once('-')
        .is_some_and(|(first, _)| ADJECTIVE_LINKS.iter().any(|e| first.ends_with(e)))
}

/// Latin words of four letters or more, all capitalised, from which a line is an English
/// headline in Title Case ("Putin Arrives in Mongolia on Official Visit").
const MIN_TITLE_CASE_WORDS: usize = 4;

/// True when the paragraph is a line in Title Case: at least [`MIN_TITLE_CASE_WORDS`] Latin
/// words of four letters or more, every one of them capitalised.
pub(super) fn is_title_case(tokens: &[Token<'_>]) -> bool {
    let long: Vec<&Token<'_>> = tokens
        .iter()
        .filter(|t| t.text.chars().count() >= 4 && t.text.chars().all(|c| c.is_ascii_alphabetic()))
        .collect();
    long.len() >= MIN_TITLE_CASE_WORDS
        && long
            .iter()
            .all(|t| t.text.chars().next().is_some_and(char::is_uppercase))
}

/// True when the word has a vowel letter: a word without one is a cut-off word or an
/// abbreviation («Тр» where a page ends mid-word), never a name.
pub(super) fn has_vowel(word: &str) -> bool {
    word.to_lowercase()
        .chars()
        .any(|c| "aeiouyáéíóúàèìòùâêîôûäëïöüåæøаеёиоуыэюяіїєў".contains(c))
}

/// True for two Cyrillic words run together by scraping («ВикторовичРоссия»): a capital letter
/// right after a lower-case one inside a Cyrillic word (Latin names may have one: McDonald).
pub(super) fn glued_words(word: &str) -> bool {
    word.chars().any(is_cyrillic)
        && word
            .chars()
            .zip(word.chars().skip(1))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}
