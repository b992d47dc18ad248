//! Views several pages share: dates, origins, citations, people, discrepancies, events, source
//! rows.

use serde::Serialize;

use crate::model::{DiffSegment, DiscrepancyKind};

/// A date, possibly partial.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Date {
    /// For `<time datetime>`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub datetime: String,
    /// As shown to a reader.
    pub display: String,
    /// True when the text gives the date only approximately.
    pub approximate: bool,
    /// True when the year is known.
    pub year_known: bool,
}

/// Where a fact came from.
#[derive(Debug, Serialize)]
pub struct OriginView {
    /// A one-word kind (`stated`, `inferred`, `editor`, `unknown`).
    pub label: &'static str,
    /// A sentence for the reviewer.
    pub text: String,
    /// The paragraph that states it, when one does.
    pub paragraph: Option<usize>,
}

/// A text fact of a source with its origin.
#[derive(Debug, Serialize)]
pub struct FactView {
    /// The value, when known.
    pub value: Option<String>,
    /// Where it came from.
    pub origin: OriginView,
}

/// A date fact of a source with its origin.
#[derive(Debug, Serialize)]
pub struct DateFact {
    /// The date, when known.
    pub date: Option<Date>,
    /// Where it came from.
    pub origin: OriginView,
}

/// A citation of a source (and paragraph), as a link.
#[derive(Debug, Clone, Serialize)]
pub struct Cite {
    /// The link.
    pub href: String,
    /// Its text: the source's label, and `¶N` when a paragraph is cited.
    pub label: String,
    /// The source's slug.
    pub source: String,
}

/// An official, as a link.
#[derive(Debug, Serialize)]
pub struct PersonLink {
    /// The official's slug.
    pub slug: String,
    /// Their canonical name.
    pub name: String,
    /// Their page.
    pub href: String,
}

/// A discrepancy as an item of a list: summary and kind, not its evidence.
#[derive(Debug, Serialize)]
pub struct DiscrepancyLink {
    /// Its anchor on `discrepancies.html`.
    pub id: String,
    /// The link to it.
    pub href: String,
    /// Its kind (`name_variant`, `quote_variant`, `title_variant`, `date`, `omission`,
    /// `other`); the words for it are the `discrepancy_kind` macro's in `labels.html`.
    pub kind: DiscrepancyKind,
    /// One line.
    pub summary: String,
    /// True when it is a minor variant.
    pub minor: bool,
    /// True when an editor wrote it.
    pub editorial: bool,
}

/// A discrepancy in full.
#[derive(Debug, Serialize)]
pub struct DiscrepancyView {
    /// Its anchor on `discrepancies.html`.
    pub id: String,
    /// The link to it.
    pub href: String,
    /// Its kind (`name_variant`, `quote_variant`, `title_variant`, `date`, `omission`,
    /// `other`); the words for it are the `discrepancy_kind` macro's in `labels.html`.
    pub kind: DiscrepancyKind,
    /// One line.
    pub summary: String,
    /// True when it is a minor variant.
    pub minor: bool,
    /// The passages that show it.
    pub evidence: Vec<EvidenceView>,
    /// A word-level comparison of two passages, when there is one.
    pub diff: Option<Vec<DiffSegment>>,
    /// How it was found.
    pub method: String,
    /// True when an editor wrote it.
    pub editorial: bool,
    /// The officials concerned.
    pub people: Vec<PersonLink>,
    /// An editorial note's body as HTML.
    pub body_html: Option<String>,
}

/// One passage of a discrepancy's evidence.
#[derive(Debug, Serialize)]
pub struct EvidenceView {
    /// Where it is.
    pub cite: Cite,
    /// The passage.
    pub text: String,
    /// What it shows.
    pub label: String,
    /// Its words compared with the other passages', when compared.
    pub diff: Option<Vec<DiffSegment>>,
}

/// An event of the timeline.
#[derive(Debug, Serialize)]
pub struct EventView {
    /// Its anchor on `timeline.html`.
    pub id: String,
    /// The link to it.
    pub href: String,
    /// Its date, when known.
    pub date: Option<Date>,
    /// Where the date came from, as a sentence.
    pub origin: String,
    /// Where the date came from, in one word.
    pub origin_label: &'static str,
    /// One line.
    pub title: String,
    /// More, when there is more.
    pub description: Option<String>,
    /// The officials involved.
    pub people: Vec<PersonLink>,
    /// The sources that report it.
    pub cites: Vec<Cite>,
    /// True when an editor wrote it.
    pub editorial: bool,
    /// `publication`, `statement`, `reported` or `editorial`.
    pub kind: String,
}

/// A source as a row of a list.
#[derive(Debug, Serialize)]
pub struct SourceRow {
    /// The source's slug.
    pub slug: String,
    /// Its page.
    pub href: String,
    /// Its headline, else its slug.
    pub title: String,
    /// Its outlet, when known.
    pub outlet: Option<String>,
    /// The outlet it republishes, when known.
    pub original_outlet: Option<String>,
    /// Its publication date, when known.
    pub published: Option<Date>,
    /// Where that date came from, in one word.
    pub published_origin: &'static str,
    /// Its language, as the text or editor gives it.
    pub language: Option<String>,
    /// Its number of paragraphs.
    pub paragraphs: usize,
}

/// An official as a link with their name in their own script and group.
#[derive(Debug, Serialize)]
pub struct OfficialLink {
    /// Their page.
    pub href: String,
    /// Their canonical name.
    pub name: String,
    /// Their name in the original script, when known.
    pub native_name: Option<String>,
    /// Their organisation, when known.
    pub group: Option<String>,
}
