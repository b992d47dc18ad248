//! People: recognising names in text and resolving variants into officials.
//!
//! STUB: to be written (issue 3). The signatures are the contract used by the rest of the crate.

pub mod inflect;
pub mod names;
pub mod recognise;
pub mod registry;

use crate::model::{Mention, Official, Paragraph};
pub use registry::Registry;

/// Every person-like name in the paragraphs, in text order.
pub fn recognise(paragraphs: &[Paragraph]) -> Vec<Mention> {
    recognise::recognise(paragraphs)
}

/// The outcome of resolving the mentions of every source.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Resolution {
    /// The officials, sorted by slug.
    pub officials: Vec<Official>,
    /// For each source (in input order), for each mention, the slug of its official.
    pub assignments: Vec<Vec<Option<String>>>,
    /// Warnings for the editor (registry entries no source mentions, ...).
    pub warnings: Vec<String>,
    /// A ready-to-paste `officials.yaml` snippet for people found but not registered.
    pub registry_snippet: Option<String>,
}

/// One source's mentions, as input to [`resolve`].
#[derive(Debug, Clone, Copy)]
pub struct SourceMentions<'a> {
    /// The source's slug.
    pub source: &'a str,
    /// Its mentions.
    pub mentions: &'a [Mention],
}

/// Resolves mentions across sources into officials; the registry, when given, wins.
pub fn resolve(sources: &[SourceMentions<'_>], _registry: &Registry) -> Resolution {
    Resolution {
        assignments: sources
            .iter()
            .map(|s| vec![None; s.mentions.len()])
            .collect(),
        ..Resolution::default()
    }
}
