//! Token-level similarity of two quotations, robust to editorial insertions.
//!
//! Method: drop text in round or square brackets ("(NATO countries - TASS)", "\[cooperation\]":
//! both are the outlet's words, not the speaker's; the diff still shows them), lowercase, strip
//! accents, split into words, drop possessive "'s", drop common function words (English and
//! Russian; negations are kept), then stem lightly: English words lose one common suffix
//! ("suspended" → "suspend", "qualitatively"/"qualitative" → "qualitat"), Cyrillic words are cut
//! to their first five letters (a crude stand-in for a Russian stemmer, good enough for token
//! sets). Two measures on the resulting word sets:
//!
//! - [`dice`]: 2·|A∩B| / (|A|+|B|), for whole statements worded differently;
//! - [`overlap`]: |A∩B| / min(|A|,|B|), for a short partial quotation inside a longer passage.
//!
//! Limits: no synonyms ("however" and "but" are both dropped as function words, "to" and "for"
//! too); word order is ignored by the scores (the diff shows it).

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Words like "the", "of", "и", "в" that carry little of a statement's content
/// (`data/stop_words.txt`).
static STOP_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("data/stop_words.txt")).collect());

/// English suffixes removed by [`stem`], longest first, each with its replacement
/// (`data/english_suffixes.txt`).
static SUFFIXES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    crate::lexicon::entries(include_str!("data/english_suffixes.txt"))
        .map(|l| l.split_once(' ').unwrap_or((l, "")))
        .collect()
});

static BRACKETED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\([^()]*\)|\[[^\[\]]*\]").expect("valid regex"));
static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)*").expect("valid regex"));

/// `text` without its bracketed editorial insertions.
pub fn without_brackets(text: &str) -> String {
    BRACKETED.replace_all(text, " ").into_owned()
}

/// Every word of `text`, lowercased and without accents or possessive "'s", in order
/// (brackets kept).
pub fn words(text: &str) -> Vec<String> {
    WORD.find_iter(text)
        .map(|m| {
            let plain: String = m
                .as_str()
                .nfd()
                .filter(|c| !is_combining_mark(*c))
                .collect::<String>()
                .to_lowercase();
            plain
                .strip_suffix("'s")
                .or_else(|| plain.strip_suffix("’s"))
                .unwrap_or(&plain)
                .to_string()
        })
        .collect()
}

/// The number of words in `text`.
pub fn word_count(text: &str) -> usize {
    WORD.find_iter(text).count()
}

/// A light stem of one lowercased word (see the module documentation).
pub fn stem(word: &str) -> String {
    if crate::text::has_cyrillic(word) {
        return word.chars().take(5).collect();
    }
    let mut stemmed = word.to_string();
    for (suffix, replacement) in SUFFIXES.iter() {
        if let Some(base) = word.strip_suffix(suffix) {
            let keeps_double_s = *suffix == "s" && (base.ends_with('s') || base.ends_with('u'));
            if base.chars().count() >= 3 && !keeps_double_s {
                stemmed = format!("{base}{replacement}");
                break;
            }
        }
    }
    if stemmed.chars().count() > 4 && stemmed.ends_with('e') {
        stemmed.pop();
    }
    stemmed
}

/// The content words of a quotation: brackets dropped, function words dropped, stemmed.
pub fn content_tokens(text: &str) -> BTreeSet<String> {
    words(&without_brackets(text))
        .into_iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

/// The quotation reduced to its words (brackets dropped, lowercased), for telling identical
/// quotations apart from reworded ones.
pub fn normalised(text: &str) -> String {
    words(&without_brackets(text)).join(" ")
}

/// Synonyms folded together when comparing role titles (`data/role_synonyms.tsv`).
static ROLE_SYNONYMS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| crate::lexicon::rows(include_str!("data/role_synonyms.tsv")).collect());

/// The content words of a role title or a descriptive phrase ("the representative of the
/// Ministry of Defense"): function words dropped, synonyms folded ("chief" → "head",
/// "defence" → "defense", "Belarusian" → "belarus"), then stemmed.
pub fn role_words(text: &str) -> BTreeSet<String> {
    words(&without_brackets(text))
        .into_iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .map(|w| {
            let folded = ROLE_SYNONYMS
                .iter()
                .find(|(from, _)| *from == w)
                .map(|(_, to)| to.to_string())
                .unwrap_or(w);
            stem(&folded)
        })
        .collect()
}

/// Dice coefficient of two word sets: 2·|A∩B| / (|A|+|B|); 0 when both are empty.
pub fn dice(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 0.0;
    }
    2.0 * a.intersection(b).count() as f64 / total as f64
}

/// Overlap coefficient of two word sets: |A∩B| / min(|A|,|B|); 0 when either is empty.
pub fn overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / smaller as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    const RIA: &str =
        "They unilaterally suspended it. However, the Republic of Belarus is always open to dialogue,";
    const TASS: &str = "They (NATO countries - TASS) unilaterally suspended [cooperation]. But Belarus is always open for dialogue,";

    #[test]
    fn brackets_are_dropped_for_scoring() {
        let t = content_tokens(TASS);
        assert!(!t.contains("nato") && !t.contains("tass") && !t.contains("cooperation"));
        assert!(t.contains("suspend") && t.contains("dialogu"));
    }

    #[test]
    fn seed_quote_pair_scores_high() {
        let score = dice(&content_tokens(RIA), &content_tokens(TASS));
        assert!(score > 0.8, "{score}");
    }

    #[test]
    fn different_statements_score_low() {
        let other = "We brought all military attaches accredited by the defense ministry there to show the real situation";
        assert!(dice(&content_tokens(RIA), &content_tokens(other)) < 0.25);
    }

    #[test]
    fn stemming_table() {
        let cases = [
            ("suspended", "suspend"),
            ("qualitatively", "qualitat"),
            ("qualitative", "qualitat"),
            ("countries", "country"),
            ("changed", "chang"),
            ("change", "chang"),
            ("belarus", "belarus"),
            ("process", "process"),
            ("отношения", "отнош"),
            ("is", "is"),
        ];
        for (word, expected) in cases {
            assert_eq!(stem(word), expected, "{word}");
        }
    }

    #[test]
    fn words_strip_accents_and_possessives() {
        assert_eq!(
            words("attachés ministry’s Let's"),
            vec!["attaches", "ministry", "let"]
        );
        assert_eq!(word_count("— К сожалению, де-факто нет"), 5);
    }

    #[test]
    fn normalised_ignores_case_punctuation_and_brackets() {
        assert_eq!(
            normalised("“Open, [really] open!”"),
            normalised("open open")
        );
        assert_ne!(
            normalised("open to dialogue"),
            normalised("open for dialogue")
        );
    }

    #[test]
    fn role_words_fold_synonyms() {
        let a = role_words("Deputy Head of the Department of International Cooperation of the Ministry of Defense of Belarus");
        let b = role_words("deputy chief of the ministry’s international cooperation department");
        assert!(b.is_subset(&a), "{a:?} {b:?}");
        assert!(role_words("Belarusian defence minister").contains("belarus"));
    }

    #[test]
    fn overlap_finds_partial_quotes() {
        let long = "international military cooperation has not changed in terms of quantitative and qualitative indicators";
        let short = "has not changed either qualitatively or quantitatively";
        let (a, b) = (content_tokens(long), content_tokens(short));
        assert!(overlap(&a, &b) >= 0.99, "{}", overlap(&a, &b));
        assert!(dice(&a, &b) < 0.8);
        assert_eq!(overlap(&a, &BTreeSet::new()), 0.0);
        assert_eq!(dice(&BTreeSet::new(), &BTreeSet::new()), 0.0);
    }
}
