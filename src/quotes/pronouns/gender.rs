//! The gender a word or a mention shows, for agreement between a pronoun and its referent: the
//! pronoun table, ages that refer back like pronouns ("the 65-year-old"), Russian, Ukrainian and
//! Belarusian past-tense verbs, and a mention's given name or surname ending.

use std::sync::LazyLock;

use crate::model::Mention;
use crate::people::names::{given_group, given_is_feminine, surname_gender, Gender};

/// The pronoun table: pronoun, feminine?
static PRONOUNS: LazyLock<Vec<(&'static str, bool)>> =
    LazyLock::new(|| gendered_words(include_str!("../data/pronouns.tsv")));

/// Reads a table of `word<TAB>gender` lines (`f` for feminine; `#` starts a comment line):
/// each word with true when it is feminine.
pub(crate) fn gendered_words(table: &'static str) -> Vec<(&'static str, bool)> {
    crate::lexicon::rows(table)
        .map(|(word, gender)| (word, gender == "f"))
        .collect()
}

/// The gender a word that refers back like a pronoun shows: a subject pronoun ("he", «она»),
/// or an age (see [`age_gender`]). `Some(None)`: such a word that shows no gender.
pub(crate) fn anaphor_gender(word: &str) -> Option<Option<bool>> {
    pronoun_gender(word).map(Some).or_else(|| age_gender(word))
}

/// The gender a number made a person by an age ending shows ("65-year-old", "55-Jährige",
/// «55-летний»; [`crate::people::age::age_epithet`]), when the word is one. `Some(None)`: none
/// shown.
pub(crate) fn age_gender(word: &str) -> Option<Option<bool>> {
    crate::people::age::age_epithet(word).map(|(_, feminine)| feminine)
}

/// The gender a pronoun shows (true: feminine), when the word is a subject pronoun.
pub(crate) fn pronoun_gender(word: &str) -> Option<bool> {
    PRONOUNS
        .iter()
        .find(|(p, _)| *p == word)
        .map(|(_, feminine)| *feminine)
}

/// The gender a Russian, Ukrainian or Belarusian past-tense verb shows («сказала»: feminine,
/// «сказал», «заявив»: masculine), when it shows one.
pub(crate) fn verb_gender(word: &str) -> Option<bool> {
    let cyrillic = crate::text::has_cyrillic(word);
    if !cyrillic || word.chars().count() < 4 {
        return None;
    }
    if word.ends_with("ла") || word.ends_with("лась") {
        Some(true)
    } else if word.ends_with('л') || word.ends_with("лся") || word.ends_with('в') {
        Some(false)
    } else {
        None
    }
}

/// True when two genders (true: feminine) may be the same person's: they are equal, or either
/// is unknown.
pub(crate) fn genders_agree(a: Option<bool>, b: Option<bool>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// True when mention `m` may be the person a word of gender `feminine` stands for.
pub(crate) fn agrees_with(feminine: Option<bool>, m: &Mention) -> bool {
    genders_agree(feminine, mention_gender(m))
}

/// The gender a mention shows (true: feminine): its given name by the table, else its
/// surname's ending.
pub(crate) fn mention_gender(m: &Mention) -> Option<bool> {
    if let Some(g) = m.given.as_deref().and_then(given_group) {
        return Some(given_is_feminine(g));
    }
    match surname_gender(&m.surname) {
        Gender::Feminine => Some(true),
        Gender::Masculine => Some(false),
        Gender::Neutral => None,
    }
}
