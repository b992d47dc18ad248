//! Slugs: the URL-safe names of sources and officials (`sources/{slug}.html`).
//!
//! In: text from file names, `officials.yaml`, `events.yaml` and citations. Out: a [`Slug`], or
//! why the text is not one. Must not: use any other module of the crate (it is a leaf); turning
//! free text into a slug is [`crate::text::slugify`]'s job, whose output this rule accepts.
//!
//! The rule (README, "officials.yaml"; DESIGN, "References"): lower-case ASCII letters, digits
//! and single dashes between them: no dash at either end, never two in a row. It is the rule
//! for every slug the dossier names, so that a citation can only name what a file name can be.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A valid slug (see the module doc for the rule).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

/// Why a text is not a slug.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a slug (lower-case letters, digits and single dashes between them)")]
pub struct NotASlug(pub String);

impl Slug {
    /// True when `text` follows the slug rule: the one validator of slugs.
    pub fn is_valid(text: &str) -> bool {
        !text.is_empty()
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !text.starts_with('-')
            && !text.ends_with('-')
            && !text.contains("--")
    }

    /// The slug as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Slug {
    type Err = NotASlug;

    fn from_str(text: &str) -> Result<Slug, NotASlug> {
        if Slug::is_valid(text) {
            Ok(Slug(text.to_string()))
        } else {
            Err(NotASlug(text.to_string()))
        }
    }
}

impl TryFrom<String> for Slug {
    type Error = NotASlug;

    fn try_from(text: String) -> Result<Slug, NotASlug> {
        if Slug::is_valid(&text) {
            Ok(Slug(text))
        } else {
            Err(NotASlug(text))
        }
    }
}

impl From<Slug> for String {
    fn from(slug: Slug) -> String {
        slug.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Slug {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule() {
        for good in ["a", "tass-ryabikhin", "ria-2022-12-26", "x9"] {
            assert!(good.parse::<Slug>().is_ok(), "{good}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "a b", "é", "a#p1"] {
            assert_eq!(bad.parse::<Slug>(), Err(NotASlug(bad.to_string())), "{bad}");
        }
    }

    #[test]
    fn every_slugify_output_is_a_slug() {
        for text in [
            "--a--b--",
            "TASS  report (draft)",
            "Рябихин",
            "ria_2022.12.26",
        ] {
            let slug = crate::text::slugify(text);
            assert!(Slug::is_valid(&slug), "{text:?} -> {slug:?}");
        }
    }

    #[test]
    fn serde_refuses_a_bad_slug() {
        let ok: Slug = serde_json::from_str("\"a-b\"").expect("valid");
        assert_eq!(ok.as_str(), "a-b");
        assert!(serde_json::from_str::<Slug>("\"a--b\"").is_err());
    }
}
