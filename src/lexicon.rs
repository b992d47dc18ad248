//! Word lists shared by the stages that read text.
//!
//! In: nothing (data files compiled in). Out: word lists. Must not: hold rules; a stage decides.

use std::sync::LazyLock;

/// The entries of a word-list file: trimmed lines that are neither empty nor comments.
fn entries(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Verbs of saying, lower case, in English, Russian, Ukrainian, Belarusian, German and French, as
/// news text uses them after or before a speaker ("Ryabihin said", "заявил Хренин"). People
/// recognition takes them as evidence that a capitalised name is a person, quote attribution as
/// the link between a quote and its speaker, and the timeline as the mark of a statement. The
/// list is `src/data/saying_verbs.txt`.
pub static SAYING_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/saying_verbs.txt")));

/// Verbs that are not speech but still take a person as their subject ("Khrenin named the
/// challenges", "he believes"): evidence for people recognition, never for quote attribution.
/// The list is `src/data/person_verbs.txt`.
pub static PERSON_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/person_verbs.txt")));

/// Verbs that report someone's words without being verbs of saying ("accused", «подтвердила»,
/// "bezeichnete", "a promis"): quote attribution takes their subject as the speaker of a quoted
/// fragment later in the same clause. The list is `src/data/reporting_verbs.txt`.
pub static REPORTING_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/reporting_verbs.txt")));
