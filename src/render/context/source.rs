//! The context of `sources/SLUG.html`.

use serde::Serialize;

use super::common::{Date, DateFact, DiscrepancyLink, FactView};

/// `page` of `sources/SLUG.html`: one source, annotated.
#[derive(Debug, Serialize)]
pub struct SourcePage {
    /// The source's slug.
    pub slug: String,
    /// The raw file, relative to the dossier root.
    pub path: String,
    /// The sidecar, when there is one.
    pub sidecar: Option<String>,
    /// The headline.
    pub title: FactView,
    /// The outlet of this copy.
    pub outlet: FactView,
    /// The outlet this copy republishes.
    pub original_outlet: FactView,
    /// The dateline's place.
    pub dateline: FactView,
    /// The publication date.
    pub published: DateFact,
    /// The language.
    pub language: FactView,
    /// The address the text came from (editor-supplied).
    pub url: Option<String>,
    /// The editor's notes as HTML.
    pub notes_html: Option<String>,
    /// The annotated text as HTML.
    pub body_html: String,
    /// The officials it mentions.
    pub people: Vec<MentionedPerson>,
    /// Its quotations, in text order.
    pub quotes: Vec<crate::annotate::QuoteRef>,
    /// The dates in its text.
    pub dates: Vec<DateMentionView>,
    /// The raw lines left out of the text, by kind.
    pub removed: Vec<RemovedGroup>,
    /// How many raw lines were left out.
    pub removed_count: usize,
    /// The discrepancies that concern it.
    pub discrepancies: Vec<DiscrepancyLink>,
    /// What cites each of its paragraphs, in paragraph order.
    pub cited_by: Vec<CitedParagraph>,
    /// Its annotated Markdown file, beside the page.
    pub md_href: String,
    /// The source before it in publication order.
    pub prev: Option<Neighbour>,
    /// The source after it.
    pub next: Option<Neighbour>,
    /// The BCP 47 code of its language, for `lang`; empty when not known.
    pub lang: String,
}

/// An official mentioned in a source.
#[derive(Debug, Serialize)]
pub struct MentionedPerson {
    /// Their slug.
    pub slug: String,
    /// Their canonical name.
    pub name: String,
    /// The spellings this source uses.
    pub spellings: Vec<String>,
    /// The paragraphs that mention them.
    pub paragraphs: Vec<usize>,
    /// The roles this source gives them, verbatim.
    pub roles: Vec<String>,
    /// Their page.
    pub href: String,
}

/// A date found in a source's text.
#[derive(Debug, Serialize)]
pub struct DateMentionView {
    /// The words.
    pub text: String,
    /// The paragraph, when the words are in the body.
    pub paragraph: Option<usize>,
    /// The date read from them.
    pub date: Date,
    /// How missing parts were inferred, when they were.
    pub inferred: Option<String>,
}

/// The raw lines left out of a source, of one kind.
#[derive(Debug, Serialize)]
pub struct RemovedGroup {
    /// The kind, in lower case.
    pub kind: String,
    /// The lines.
    pub lines: Vec<RemovedLineView>,
}

/// A raw line left out of a source.
#[derive(Debug, Serialize)]
pub struct RemovedLineView {
    /// Its 1-based line in the raw file.
    pub line: usize,
    /// The line.
    pub text: String,
    /// Why it was left out.
    pub reason: String,
}

/// What cites one paragraph of a source.
#[derive(Debug, Serialize)]
pub struct CitedParagraph {
    /// The paragraph.
    pub paragraph: usize,
    /// What cites it.
    pub items: Vec<CitedItem>,
}

/// A discrepancy, note, event or official's title citing a paragraph.
#[derive(Debug, PartialEq, Serialize)]
pub struct CitedItem {
    /// `discrepancy`, `note`, `event` or `title`.
    pub kind: &'static str,
    /// The link to it.
    pub href: String,
    /// Its text.
    pub label: String,
}

/// The source before or after another in publication order.
#[derive(Debug, Clone, Serialize)]
pub struct Neighbour {
    /// Its page, relative to the other's.
    pub href: String,
    /// Its headline, else its slug.
    pub title: String,
    /// Its outlet, when known.
    pub outlet: Option<String>,
}
