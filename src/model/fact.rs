//! Provenance: where a value came from.
//!
//! In: nothing (leaf types). Out: [`Origin`] and [`Fact`], a value with its origin, used by every
//! other family of types.

use serde::{Deserialize, Serialize};

/// Where a value came from, so that a reviewer can judge it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Origin {
    /// Stated in the source text: in paragraph `paragraph` (1-based), or on raw line `line`
    /// (1-based) when the line was removed as boilerplate or used as metadata.
    Stated {
        /// Paragraph number (1-based) when the value is in a kept paragraph.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        paragraph: Option<usize>,
        /// Raw line number (1-based) in the source file.
        line: usize,
        /// The words of the text that state the value.
        evidence: String,
    },
    /// Inferred by the machine; `reason` says how.
    Inferred {
        /// How the value was inferred, in words a reviewer can check.
        reason: String,
    },
    /// Supplied by the editor in a sidecar, the registry or `content/events.yaml`.
    Editor {
        /// The file that supplies the value, relative to the dossier root.
        file: String,
    },
    /// Neither the text nor the editor gives the value.
    Unknown,
}

impl Origin {
    /// A short label: "stated", "inferred", "editor" or "unknown".
    pub fn label(&self) -> &'static str {
        match self {
            Origin::Stated { .. } => "stated",
            Origin::Inferred { .. } => "inferred",
            Origin::Editor { .. } => "editor",
            Origin::Unknown => "unknown",
        }
    }
}

/// A value together with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact<T> {
    /// The value, or `None` when it is unknown.
    pub value: Option<T>,
    /// Where the value came from.
    pub origin: Origin,
}

impl<T> Fact<T> {
    /// A value nobody gives.
    pub fn unknown() -> Self {
        Fact {
            value: None,
            origin: Origin::Unknown,
        }
    }

    /// A known value with its origin.
    pub fn known(value: T, origin: Origin) -> Self {
        Fact {
            value: Some(value),
            origin,
        }
    }

    /// True when a value is present.
    pub fn is_known(&self) -> bool {
        self.value.is_some()
    }
}
