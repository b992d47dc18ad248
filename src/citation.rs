//! Citations: a source, or one paragraph of it, written `SOURCE-SLUG` or `SOURCE-SLUG#pN`.
//!
//! In: the text of a citation (`events.yaml`, `officials.yaml` roles). Out: a [`Citation`], or a
//! message saying what is wrong and how to write it. Must not: look sources up (whether the
//! source and paragraph exist is checked by the stage that has the sources) or use any
//! pipeline module; it is a leaf beside [`crate::slug`].

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::slug::Slug;

/// A place in a source: a paragraph (or the whole source when `paragraph` is `None`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Citation {
    /// The source's slug.
    pub source: String,
    /// The 1-based paragraph number.
    pub paragraph: Option<usize>,
}

/// Why a text is not a citation; its message names the text and how to write it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadCitation {
    /// The part before `#` is not a slug.
    #[error(
        "cannot read the citation {text:?}: {slug:?} is not a source slug (lower-case letters, \
         digits and single dashes)"
    )]
    Slug {
        /// The whole citation.
        text: String,
        /// The part before `#`.
        slug: String,
    },
    /// The part after `#` is not `pN` with N from 1.
    #[error(
        "cannot read the citation {text:?}: after # write p and a paragraph number from 1, \
         e.g. {slug}#p3"
    )]
    Paragraph {
        /// The whole citation.
        text: String,
        /// The part before `#`.
        slug: String,
    },
}

/// The paragraph number of a fragment `pN` (N from 1, digits only), the one reading of `#pN`.
pub fn paragraph_fragment(fragment: &str) -> Option<usize> {
    let digits = fragment.strip_prefix('p')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<usize>().ok().filter(|&n| n >= 1)
}

impl FromStr for Citation {
    type Err = BadCitation;

    /// Reads `SLUG` or `SLUG#pN` (N from 1), ignoring white space around it.
    fn from_str(text: &str) -> Result<Citation, BadCitation> {
        let text = text.trim();
        let (slug, fragment) = match text.split_once('#') {
            Some((slug, fragment)) => (slug, Some(fragment)),
            None => (text, None),
        };
        let bad = |make: fn(String, String) -> BadCitation| make(text.to_string(), slug.into());
        if !Slug::is_valid(slug) {
            return Err(bad(|text, slug| BadCitation::Slug { text, slug }));
        }
        let paragraph = match fragment {
            None => None,
            Some(f) => Some(
                paragraph_fragment(f)
                    .ok_or_else(|| bad(|text, slug| BadCitation::Paragraph { text, slug }))?,
            ),
        };
        Ok(Citation {
            source: slug.to_string(),
            paragraph,
        })
    }
}

impl fmt::Display for Citation {
    /// `slug#pN`, or `slug` for a whole source.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.paragraph {
            Some(n) => write!(f, "{}#p{n}", self.source),
            None => f.write_str(&self.source),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cite(source: &str, paragraph: Option<usize>) -> Citation {
        Citation {
            source: source.to_string(),
            paragraph,
        }
    }

    #[test]
    fn reads_and_writes_both_forms() {
        for (text, expected) in [
            ("tass-x", cite("tass-x", None)),
            ("tass-x#p3", cite("tass-x", Some(3))),
            ("  ria#p12 ", cite("ria", Some(12))),
        ] {
            let parsed: Citation = text.parse().expect(text);
            assert_eq!(parsed, expected);
            assert_eq!(parsed.to_string(), text.trim());
        }
    }

    #[test]
    fn refuses_with_a_message_saying_how() {
        for bad in [
            "Tass", "a--b#p1", "#p1", "a#1", "a#p0", "a#p", "a#p+1", "a#p1x",
        ] {
            let error = bad.parse::<Citation>().expect_err(bad).to_string();
            assert!(error.contains(&format!("{:?}", bad.trim())), "{error}");
        }
        let error = "a#p0".parse::<Citation>().expect_err("p0").to_string();
        assert!(error.contains("e.g. a#p3"), "{error}");
    }
}
