//! Plain-text rules every stage shares: which script a letter or a word is written in, case and
//! white-space folding, and URL-safe slugs.
//!
//! In: `char`s and `&str`s. Out: booleans, a [`Script`], folded strings and slugs.
//! Must not: use any other module of the crate (it is a leaf), hold language-specific word
//! lists (those are data files of the stage that needs them) or guess at names.
//!
//! Scripts are told by the Unicode Script property (`unicode-script`, UAX #24), not by hand-kept
//! code-point ranges: Cyrillic is every letter whose property is Cyrillic (the Cyrillic block,
//! its Supplement and Extended blocks), Latin every letter whose property is Latin. Marks and
//! punctuation shared by scripts (Common, Inherited) are neither.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use unicode_script::UnicodeScript;

/// Writing system of a piece of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Script {
    /// Latin letters.
    Latin,
    /// Cyrillic letters.
    Cyrillic,
}

/// True for a character of the Cyrillic script.
pub fn is_cyrillic(c: char) -> bool {
    c.script() == unicode_script::Script::Cyrillic
}

/// True for a character of the Latin script.
pub fn is_latin(c: char) -> bool {
    c.script() == unicode_script::Script::Latin
}

/// True when `text` has any Cyrillic letter.
pub fn has_cyrillic(text: &str) -> bool {
    text.chars().any(is_cyrillic)
}

/// The script of a word or name: Cyrillic when it has any Cyrillic letter, else Latin.
pub fn script_of(text: &str) -> Script {
    if has_cyrillic(text) {
        Script::Cyrillic
    } else {
        Script::Latin
    }
}

/// The text NFC-normalised, lower-cased, with runs of white space made one space and trimmed:
/// a composed and a decomposed letter, or a capital and a small one, compare equal.
pub fn fold(text: &str) -> String {
    let lower: String = text.nfc().collect::<String>().to_lowercase();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A URL-safe slug: the text in ASCII (`any_ascii`), lower case, each run of other characters
/// one dash, no dash at either end. Its output is always a valid [`crate::slug::Slug`] or empty.
pub fn slugify(text: &str) -> String {
    let ascii = any_ascii::any_ascii(text).to_lowercase();
    let mut slug = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_follow_the_unicode_property() {
        for c in ['Ж', 'ж', 'ё', 'ї', 'Ԑ', 'ꙋ', 'ᲀ'] {
            assert!(is_cyrillic(c), "{c:?} is Cyrillic");
            assert!(!is_latin(c), "{c:?} is not Latin");
        }
        for c in ['a', 'Z', 'é', 'ł', 'ș', 'ạ'] {
            assert!(is_latin(c), "{c:?} is Latin");
            assert!(!is_cyrillic(c), "{c:?} is not Cyrillic");
        }
        // Shared signs belong to no script: U+0485 (a combining mark used in Cyrillic) is
        // Inherited, × and ÷ (inside the old Latin range U+00C0..U+024F) are Common.
        for c in ['\u{0485}', '×', '÷', '1', '-', '«'] {
            assert!(!is_cyrillic(c) && !is_latin(c), "{c:?} is neither");
        }
    }

    #[test]
    fn a_word_is_cyrillic_when_any_letter_is() {
        assert_eq!(script_of("Рябихин"), Script::Cyrillic);
        assert_eq!(script_of("Ryabikhin"), Script::Latin);
        assert_eq!(script_of("Rябихин"), Script::Cyrillic);
        assert_eq!(script_of("2022"), Script::Latin);
    }

    #[test]
    fn folding_ignores_composition_case_and_spacing() {
        assert_eq!(fold("  Cafe\u{301}   DE  Paris "), "café de paris");
        assert_eq!(fold("ЁЛКА"), "ёлка");
    }

    #[test]
    fn slugs_are_ascii_words_joined_by_single_dashes() {
        assert_eq!(slugify("ria-2022-12-26"), "ria-2022-12-26");
        assert_eq!(slugify("TASS  report (draft)"), "tass-report-draft");
        assert_eq!(slugify("--a--b--"), "a-b");
        assert_eq!(slugify("Рябихин"), "ryabikhin");
        assert_eq!(slugify("!!!"), "");
    }
}
