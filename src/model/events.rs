//! Events and discrepancies between sources.
//!
//! In: dates, citations and provenance. Out: [`Event`], [`Discrepancy`] with its [`Evidence`]
//! and [`DiffSegment`]s, and their [`Authorship`].

use serde::{Deserialize, Serialize};

use super::{Citation, Origin, PartialDate};

/// Whether an item was found by the machine or written by the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Authorship {
    /// Found by the machine.
    Machine,
    /// Written by the editor.
    Editorial,
}

/// An event on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable anchor on the timeline page.
    pub id: String,
    /// The date, or `None` when undated.
    pub date: Option<PartialDate>,
    /// Where the date came from.
    pub date_origin: Origin,
    /// A one-line title.
    pub title: String,
    /// Longer description (plain text), when there is one.
    pub description: Option<String>,
    /// Slugs of the officials involved.
    pub people: Vec<String>,
    /// The sources and paragraphs that report the event.
    pub citations: Vec<Citation>,
    /// Machine or editorial.
    pub authorship: Authorship,
    /// What kind of event: "publication", "statement", "reported", "editorial".
    pub kind: String,
}

/// The kind of a discrepancy, which groups the discrepancy page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiscrepancyKind {
    /// One official spelled differently across sources.
    NameVariant,
    /// One statement worded differently by two outlets.
    QuoteVariant,
    /// One official given different titles.
    TitleVariant,
    /// Dates that conflict or are missing.
    Date,
    /// Content one account has and another leaves out.
    Omission,
    /// Anything else the editor notes.
    Other,
}

/// One piece of evidence for a discrepancy: words quoted from a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Where the words are.
    pub citation: Citation,
    /// The words quoted (from the source text).
    pub text: String,
    /// What this piece shows ("spelling used: Ryabihin").
    pub label: String,
    /// A word-level diff of these words against the most common wording of the same statement,
    /// for a quotation worded differently.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff: Option<Vec<DiffSegment>>,
}

/// One segment of a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffSegment {
    /// "equal", "delete" (only in the first text) or "insert" (only in the second).
    pub op: String,
    /// The words of the segment, with their spacing.
    pub text: String,
}

/// A place where the sources disagree, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Discrepancy {
    /// Stable anchor on the discrepancy page.
    pub id: String,
    /// What kind of discrepancy this is.
    pub kind: DiscrepancyKind,
    /// A one-line summary.
    pub summary: String,
    /// True for a minor variant (same meaning, different words).
    pub minor: bool,
    /// The evidence, each citing a paragraph.
    pub evidence: Vec<Evidence>,
    /// A word-level diff between the first two pieces of evidence, when useful.
    pub diff: Option<Vec<DiffSegment>>,
    /// How the machine found it (method and scores), or the note's file for editorial notes.
    pub method: String,
    /// Machine or editorial.
    pub authorship: Authorship,
    /// Slugs of the officials concerned.
    pub people: Vec<String>,
    /// Slugs of the sources concerned.
    pub sources: Vec<String>,
    /// Rendered HTML body of an editorial note (trusted editorial Markdown), when there is one.
    pub body_html: Option<String>,
}
