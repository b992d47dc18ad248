//! Word lists shared by the stages that read text, and the one reader of the word lists and
//! tables every module keeps as data files (`include_str!` of a `.txt` or `.tsv`).
//!
//! In: the text of a data file (compiled in). Out: its entries, or its rows split at the first
//! tab; and the word lists several stages share. Must not: hold rules (a stage decides what a
//! word means), read files at run time, or use any other module of the crate.
//!
//! The format of every data file: one entry a line; a line whose first character is `#` is a
//! comment (each file opens with one naming where its list comes from); blank lines are skipped;
//! in a table the first tab separates the key from the rest of the row.

use std::sync::LazyLock;

/// The entries of a word-list file: trimmed lines that are neither empty nor comments.
pub fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// True when `word` is one of `entries`, an entry ending in `*` standing for every word that
/// begins with what comes before it (a stem: "бывш*" holds «бывшего»). Lists with stems say so in
/// their header.
pub fn holds(entries: &[&str], word: &str) -> bool {
    entries.iter().any(|e| match e.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == *e,
    })
}

/// The rows of a tab-separated table: each entry split at its first tab into the key and the
/// rest, both trimmed (the rest may hold further tabs). An entry without a tab is skipped.
pub fn rows(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    entries(text)
        .filter_map(|l| l.split_once('\t'))
        .map(|(key, rest)| (key.trim(), rest.trim()))
}

/// The space-separated words of the rows of `text` whose key passes `keep`, in file order.
pub fn keyed_words(
    text: &'static str,
    keep: impl Fn(&str) -> bool,
) -> impl Iterator<Item = &'static str> {
    rows(text)
        .filter(move |(key, _)| keep(key))
        .flat_map(|(_, words)| words.split_whitespace())
}

/// The entries of a word-list file, each split into its words (for lists of phrases).
pub fn phrases(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    entries(text).map(|l| l.split_whitespace().collect())
}

/// Verbs of saying, lower case, in English, Russian, Ukrainian, Belarusian, German and French, as
/// news text uses them after or before a speaker ("Ryabihin said", "заявил Хренин"). People
/// recognition takes them as evidence that a capitalised name is a person, quote attribution as
/// the link between a quote and its speaker, and the timeline as the mark of a statement. The
/// list is `src/data/saying_verbs.txt`.
pub static SAYING_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/saying_verbs.txt")).collect());

/// Verbs that are not speech but still take a person as their subject ("Khrenin named the
/// challenges", "he believes"): evidence for people recognition, never for quote attribution.
/// The list is `src/data/person_verbs.txt`.
pub static PERSON_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/person_verbs.txt")).collect());

/// Verbs that report someone's words without being verbs of saying ("accused", «подтвердила»,
/// "bezeichnete", "a promis"): quote attribution takes their subject as the speaker of a quoted
/// fragment later in the same clause. The list is `src/data/reporting_verbs.txt`.
pub static REPORTING_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/reporting_verbs.txt")).collect());

/// The English month names, January first, capitalised as a reader sees them ("December"): the
/// display of a date and the matching of English dates. The list is `src/data/english_months.txt`.
pub static ENGLISH_MONTHS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/english_months.txt")).collect());

/// The English weekday names, Monday first, capitalised ("Monday"): the display of a weekday and
/// the matching of English dates. The list is `src/data/english_weekdays.txt`.
pub static ENGLISH_WEEKDAYS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/english_weekdays.txt")).collect());

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &str = "# Source: a test.\n\n  alpha \n#beta\nmis en garde\n\t\n";
    const TABLE: &str = "# key<TAB>words\nen\tin since \nru\tв\tво\nno tab here\n\n de \t vor \n";

    #[test]
    fn entries_skip_comments_and_blank_lines_and_trim() {
        assert_eq!(entries(LIST).collect::<Vec<_>>(), ["alpha", "mis en garde"]);
    }

    #[test]
    fn rows_split_at_the_first_tab_and_skip_rows_without_one() {
        assert_eq!(
            rows(TABLE).collect::<Vec<_>>(),
            [("en", "in since"), ("ru", "в\tво"), ("de", "vor")]
        );
    }

    #[test]
    fn keyed_words_keep_the_words_of_matching_rows() {
        assert_eq!(
            keyed_words(TABLE, |k| k == "en").collect::<Vec<_>>(),
            ["in", "since"]
        );
        assert_eq!(
            keyed_words(TABLE, |k| k != "en").collect::<Vec<_>>(),
            ["в", "во", "vor"]
        );
    }

    #[test]
    fn phrases_are_split_into_words() {
        assert_eq!(
            phrases(LIST).collect::<Vec<_>>(),
            [vec!["alpha"], vec!["mis", "en", "garde"]]
        );
    }

    #[test]
    fn shared_lists_load() {
        assert!(SAYING_VERBS.contains(&"said"));
        assert!(!PERSON_VERBS.is_empty() && !REPORTING_VERBS.is_empty());
    }
}
