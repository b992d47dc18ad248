//! The contexts of the site-wide pages: `index.html`, `sources.html`, `timeline.html`,
//! `discrepancies.html`, `print.html`, `feed.xml` and `sitemap.xml`.

use serde::Serialize;

use super::common::{Cite, DiscrepancyLink, DiscrepancyView, EventView, OfficialLink, SourceRow};
use crate::model::DiscrepancyKind;

/// A part of a long list page (see `PAGE_ENTRIES_MAX` in the source): the timeline by year, the
/// discrepancies by kind, the officials by letter, the sources by year.
#[derive(Debug, Clone, Serialize)]
pub struct PartLink {
    /// Its file, from the site root (`timeline-2022.html`, `discrepancies-date-2.html`).
    pub href: String,
    /// What it holds: a year or `undated` (timeline, sources), a kind as for
    /// [`DiscrepancyLink::kind`] (discrepancies), a letter `a` … `z` or `other` (officials).
    pub key: String,
    /// Its number among the parts of its key, from 1.
    pub number: usize,
    /// How many parts its key has.
    pub parts: usize,
    /// How many entries it holds.
    pub count: usize,
}

/// `page` of `index.html`: the overview.
#[derive(Debug, Serialize)]
pub struct IndexPage {
    /// The latest sources (at most 25), in publication order.
    pub sources: Vec<SourceRow>,
    /// The number of sources.
    pub source_count: usize,
    /// The number of discrepancies.
    pub discrepancy_count: usize,
    /// Every official, or above 25 the 25 named in the most sources, by name.
    pub officials: Vec<OfficialLink>,
    /// The number of officials.
    pub official_count: usize,
    /// The most significant discrepancies (at most 25): editorial notes first, then those that
    /// concern the most sources.
    pub discrepancies: Vec<DiscrepancyLink>,
    /// The number of events on the timeline.
    pub event_count: usize,
}

/// `page` of `sources.html`.
#[derive(Debug, Serialize)]
pub struct SourcesPage {
    /// Every source in publication order; on a part, its sources; on the overview of a split
    /// list, none.
    pub sources: Vec<SourceRow>,
    /// The number of sources in the dossier.
    pub source_count: usize,
    /// The parts, when the list is split (by year); empty otherwise.
    pub parts: Vec<PartLink>,
}

/// `page` of `timeline.html`.
#[derive(Debug, Serialize)]
pub struct TimelinePage {
    /// The dated events, by year.
    pub years: Vec<YearEvents>,
    /// The undated events.
    pub undated: Vec<EventView>,
    /// A bar chart of events per year, when any event is dated (not on a part).
    pub axis: Option<Axis>,
    /// The parts, when the timeline is split (by year); empty otherwise. The overview of a
    /// split timeline has no events, a part the events of its part.
    pub parts: Vec<PartLink>,
    /// The number of events on the timeline.
    pub event_count: usize,
}

/// The events of one year.
#[derive(Debug, Serialize)]
pub struct YearEvents {
    /// The year.
    pub year: i32,
    /// Its events.
    pub events: Vec<EventView>,
}

/// The timeline's static SVG axis.
#[derive(Debug, Serialize)]
pub struct Axis {
    /// One bar per year from the first to the last dated event.
    pub bars: Vec<Bar>,
    /// The SVG's width.
    pub width: usize,
}

/// One year's bar.
#[derive(Debug, Serialize)]
pub struct Bar {
    /// The year.
    pub year: i32,
    /// Its number of events.
    pub count: usize,
    /// The bar's left edge.
    pub x: usize,
    /// The bar's top edge.
    pub y: usize,
    /// The bar's height.
    pub height: usize,
}

/// `page` of `discrepancies.html`.
#[derive(Debug, Serialize)]
pub struct DiscrepanciesPage {
    /// The discrepancies by kind (on a part, its own; on the overview of a split list, none).
    pub groups: Vec<KindGroup>,
    /// The parts, when the list is split (by kind); empty otherwise.
    pub parts: Vec<PartLink>,
    /// The number of discrepancies.
    pub discrepancy_count: usize,
}

/// The discrepancies of one kind.
#[derive(Debug, Serialize)]
pub struct KindGroup {
    /// The kind, as for [`DiscrepancyLink::kind`].
    pub kind: DiscrepancyKind,
    /// Its anchor.
    pub anchor: String,
    /// Its discrepancies.
    pub items: Vec<DiscrepancyView>,
}

/// `page` of `print.html`: the whole dossier in reading order.
#[derive(Debug, Serialize)]
pub struct PrintPage {
    /// True when the page holds the whole dossier; false above a few hundred sources, when it
    /// lists the sources (each links its own page) and links the timeline and discrepancies.
    pub whole: bool,
    /// Every source, with its text when `whole`.
    pub sources: Vec<PrintSource>,
    /// Every official with their titles.
    pub officials: Vec<PrintOfficial>,
    /// Every event when `whole`; empty otherwise.
    pub events: Vec<EventView>,
    /// Every discrepancy when `whole`; empty otherwise.
    pub discrepancies: Vec<DiscrepancyView>,
    /// The number of timeline events.
    pub event_count: usize,
    /// The number of discrepancies.
    pub discrepancy_count: usize,
}

/// A source of `print.html`: its row and its text, anchors prefixed with its slug.
#[derive(Debug, Serialize)]
pub struct PrintSource {
    /// Its row.
    #[serde(flatten)]
    pub row: SourceRow,
    /// Its annotated text as HTML, when the page holds the whole dossier.
    pub body_html: Option<String>,
    /// The BCP 47 code of its language; empty when not known.
    pub lang: String,
}

/// An official of `print.html`.
#[derive(Debug, Serialize)]
pub struct PrintOfficial {
    /// Their link, name and group.
    #[serde(flatten)]
    pub link: OfficialLink,
    /// The titles the sources give them.
    pub roles: Vec<PrintRole>,
}

/// A cited title of `print.html`.
#[derive(Debug, Serialize)]
pub struct PrintRole {
    /// The title.
    pub title: String,
    /// Where.
    pub cite: Cite,
}

/// `page` of `feed.xml` and `sitemap.xml`.
#[derive(Debug, Serialize)]
pub struct FeedPage {
    /// The latest publication date of a source (RFC 3339), when any is known.
    pub updated: Option<String>,
    /// Every source, in publication order.
    pub sources: Vec<FeedEntry>,
    /// Every discrepancy.
    pub discrepancies: Vec<DiscrepancyView>,
    /// Every page's path.
    pub pages: Vec<String>,
}

/// A source of the feed.
#[derive(Debug, Serialize)]
pub struct FeedEntry {
    /// Its row.
    #[serde(flatten)]
    pub row: SourceRow,
    /// Its publication time (RFC 3339), else the feed's.
    pub updated: Option<String>,
}
