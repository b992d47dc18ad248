//! Word tables of dates, all data files read through [`crate::lexicon`]: month and weekday names
//! (English in `src/data/english_months.txt`, `src/data/english_weekdays.txt` and
//! `english_month_abbreviations.tsv`; Russian, Belarusian, Ukrainian, German, French and Serbian
//! month names in `months.tsv`; Cyrillic weekdays in `weekdays.tsv`), the words after which a
//! month stands alone (`month_context.tsv`), the words around a four-digit number that make it a
//! year or a count (`year_words.tsv`), and the words that mark a date as approximate
//! (`approximation.tsv`).
//!
//! In: nothing (data compiled in). Out: the word tables and lookups by word. Must not: hold the
//! rules of matching dates (`find`, `context`).

use std::sync::LazyLock;

/// Abbreviations of English month names (lower case) with their numbers
/// (`english_month_abbreviations.tsv`); the full names are [`crate::lexicon::ENGLISH_MONTHS`].
static ENGLISH_MONTH_ABBREVIATIONS: LazyLock<Vec<(&'static str, u8)>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("english_month_abbreviations.tsv"))
        .filter_map(|(name, month)| Some((name, month.parse().ok()?)))
        .collect()
});

/// A month name of a language other than English (`months.tsv`).
#[derive(Debug, Clone)]
pub(crate) struct MonthWord {
    /// The name, lower case.
    pub name: String,
    /// The month, 1–12.
    pub month: u8,
    /// True when the name is read after a day number ("26 декабря"); otherwise only before a
    /// year ("ноябрь 2021").
    pub after_day: bool,
    /// True for an abbreviation ("сен"): read in a full date only, never alone.
    pub abbreviation: bool,
    /// False for the Serbian forms, which double as given names in many languages ("Marta",
    /// "Maja", "Juna"): they are read in dates but never make a word a calendar word that
    /// cannot be a name ([`super::is_calendar_word`]).
    pub never_a_name: bool,
}

/// The month names of `months.tsv`: Russian, Belarusian, Ukrainian, German and French.
pub(crate) static MONTH_WORDS: LazyLock<Vec<MonthWord>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for (form, rest) in crate::lexicon::rows(include_str!("months.tsv")) {
        let Some((language, names)) = rest.split_once('\t') else {
            continue;
        };
        for (i, name) in names.split_whitespace().enumerate() {
            out.push(MonthWord {
                name: name.to_string(),
                month: u8::try_from(i + 1).unwrap_or(0),
                after_day: form == "day",
                abbreviation: language.ends_with("-abbr"),
                never_a_name: !language.starts_with("sr"),
            });
        }
    }
    out
});

/// Month names read after a day number.
pub(crate) fn day_month_names() -> impl Iterator<Item = &'static str> {
    MONTH_WORDS
        .iter()
        .filter(|m| m.after_day)
        .map(|m| m.name.as_str())
}

/// Every month name of `months.tsv`.
pub(crate) fn month_names() -> impl Iterator<Item = &'static str> {
    MONTH_WORDS.iter().map(|m| m.name.as_str())
}

/// The month names of `months.tsv` that may stand alone after a context word (no
/// abbreviations).
pub(crate) fn full_month_names() -> impl Iterator<Item = &'static str> {
    MONTH_WORDS
        .iter()
        .filter(|m| !m.abbreviation)
        .map(|m| m.name.as_str())
}

/// The context words of `month_context.tsv` after which a month name alone is a month: the
/// English ones (`true`) or those of the other languages (`false`).
pub(crate) fn month_context_words(english: bool) -> Vec<&'static str> {
    crate::lexicon::keyed_words(include_str!("month_context.tsv"), |language| {
        (language == "en") == english
    })
    .collect()
}

/// English weekday names, Monday first ([`crate::lexicon::ENGLISH_WEEKDAYS`]).
pub(crate) use crate::lexicon::ENGLISH_WEEKDAYS;

/// Russian and Belarusian weekday names in the accusative used after в/во/у ("в понедельник"),
/// Monday first (`weekdays.tsv`).
pub(crate) static CYRILLIC_WEEKDAYS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("weekdays.tsv"))
        .map(|(_, names)| names.split_whitespace().collect())
        .collect()
});

/// The words of `approximation.tsv` with the role `role` (`marker` or `filler`).
fn approximation_words(role: &str) -> Vec<&'static str> {
    crate::lexicon::keyed_words(include_str!("approximation.tsv"), |r| r == role).collect()
}

/// Words that mark the date after them as approximate (lower case).
pub(crate) static APPROXIMATE_MARKERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| approximation_words("marker"));

/// Small words allowed between an approximation marker and the date ("где-то с ноября",
/// "in early 2020", "around the end of").
pub(crate) static FILLER_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| approximation_words("filler"));

/// The words of `year_words.tsv` with the role `role` (`before`, `after`, `pair`, `opens-pair`,
/// `count` or `not-before`).
fn year_words(role: &str) -> Vec<&'static str> {
    crate::lexicon::keyed_words(include_str!("year_words.tsv"), |r| r == role).collect()
}

/// Words that, right before a four-digit number, make it a year ("in 2020", "с 2014").
pub(crate) static YEAR_CONTEXT_BEFORE: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| year_words("before"));

/// Words that, right after a four-digit number, make it a year ("2020 года").
pub(crate) static YEAR_CONTEXT_AFTER: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| year_words("after"));

/// Words that join a second year to a first ("between 2003 and 2016", "entre 2003 et 2016").
pub(crate) static YEAR_PAIR_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| year_words("pair"));

/// Words that make a year the first of a pair only when a second year follows ("von 1929 bis
/// 1991"); on their own they are no year context ("von 2000 Soldaten").
pub(crate) static YEAR_PAIR_OPENERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| year_words("opens-pair"));

/// Words that, right after a four-digit number, make it a count, never a year ("in 2000 troops").
pub(crate) static COUNT_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| year_words("count"));

/// Words that, right before a four-digit number, make it a quantity or the number of something,
/// never a year ("more than 2000", "Resolution 2022", "№ 1987").
pub(crate) static NOT_YEAR_BEFORE: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| year_words("not-before"));

/// The month number of an English month name or abbreviation (any case, trailing dot allowed).
pub(crate) fn english_month(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.').to_lowercase();
    let full = crate::lexicon::ENGLISH_MONTHS
        .iter()
        .position(|name| name.to_lowercase() == word)
        .and_then(|i| u8::try_from(i + 1).ok());
    full.or_else(|| {
        ENGLISH_MONTH_ABBREVIATIONS
            .iter()
            .find(|(name, _)| *name == word)
            .map(|&(_, m)| m)
    })
}

/// A regex of an English month name or abbreviation, capitalised ("December", "Dec", "Dec."):
/// the names of [`crate::lexicon::ENGLISH_MONTHS`], then those of
/// `english_month_abbreviations.tsv` with a capital and an optional stop.
pub(crate) fn english_month_pattern() -> String {
    let capital = |w: &str| {
        let mut chars = w.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect::<String>())
            .unwrap_or_default()
    };
    let abbreviations: Vec<String> = ENGLISH_MONTH_ABBREVIATIONS
        .iter()
        .map(|(name, _)| capital(name))
        .collect();
    format!(
        r"(?:(?:{})\b|(?:{})\b\.?)",
        crate::lexicon::ENGLISH_MONTHS.join("|"),
        abbreviations.join("|")
    )
}

/// The month number of a month name of `months.tsv` in any listed form (any case, trailing dot
/// allowed).
pub(crate) fn cyrillic_month(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.').to_lowercase();
    MONTH_WORDS.iter().find(|m| m.name == word).map(|m| m.month)
}

/// True for a month name of `months.tsv` that is never a person's name (any case).
pub(crate) fn is_month_not_name(word: &str) -> bool {
    let word = word.trim_end_matches('.').to_lowercase();
    MONTH_WORDS.iter().any(|m| m.never_a_name && m.name == word)
}

/// The ISO weekday number (Monday = 1) of a weekday name in any supported language.
pub(crate) fn weekday_number(word: &str) -> Option<u8> {
    let lower = word.to_lowercase();
    let english = ENGLISH_WEEKDAYS
        .iter()
        .position(|n| n.to_lowercase() == lower);
    english
        .or_else(|| {
            CYRILLIC_WEEKDAYS
                .iter()
                .find_map(|names| names.iter().position(|n| *n == lower))
        })
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// A regex alternation of `words`, longest first so that no word is cut short.
pub(crate) fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut list: Vec<&str> = words.into_iter().collect();
    list.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    list.dedup();
    list.iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_month_pattern_is_the_names_then_the_abbreviations() {
        assert_eq!(
            english_month_pattern(),
            concat!(
                r"(?:(?:January|February|March|April|May|June|July|August|September|October|",
                r"November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?)"
            )
        );
    }

    #[test]
    fn month_and_weekday_lookups_read_the_data_files() {
        assert_eq!(english_month("Sept."), Some(9));
        assert_eq!(english_month("december"), Some(12));
        assert_eq!(weekday_number("пятницу"), Some(5));
        assert_eq!(weekday_number("Sunday"), Some(7));
        assert_eq!(APPROXIMATE_MARKERS.len(), 33);
        assert_eq!(FILLER_WORDS.len(), 15);
    }
}
