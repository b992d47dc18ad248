//! The contexts of the templates: what each template of the theme can use, as documented Rust
//! structs. A designer restyling or translating the theme reads this module's rustdoc (`cargo
//! doc --open`, module `dossier::render::context`) to learn the names.
//!
//! Every page template gets a [`Page`]: `site`, `root`, `page_title`, `section`, `path`, and
//! `page`, whose type depends on the template (see the table in the README). The body of an
//! annotated Markdown file (`annotate.html`) gets an [`crate::annotate::Body`].
//!
//! Values are plain text and are escaped by the templates; only fields named `*_html` hold HTML
//! (built from escaped or sanitised Markdown) and are inserted with `| safe`.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::model::{DiffSegment, DiscrepancyKind};

/// The context of every page template.
#[derive(Debug, Serialize)]
pub struct Page<'a, T> {
    /// The dossier as a whole.
    pub site: &'a Site,
    /// The path from the page to the site root (`""`, `"../"`, or the base URL for `404.html`).
    pub root: String,
    /// The page's own title when it has one (a source's headline, an official's name); `null`
    /// on the fixed pages, whose titles are the theme's (`section_title` in `labels.html`).
    pub page_title: Option<String>,
    /// The section of the navigation the page belongs to (`index`, `sources`, `officials`,
    /// `timeline`, `discrepancies`, `search`, `print`, `feed`, `missing`).
    pub section: &'static str,
    /// The page's own data.
    pub page: T,
    /// The page's path from the site root (`sources/SLUG.html`).
    pub path: String,
}

/// `site`: the dossier's settings, the same on every page.
#[derive(Debug, Clone, Serialize)]
pub struct Site {
    /// The dossier's title (`dossier.yaml`).
    pub title: String,
    /// Its description as HTML, its references resolved from the site root.
    pub description_html: Option<String>,
    /// The language of the site's own words (BCP 47).
    pub language: String,
    /// The absolute address of the site, ending in `/`, when `base_url` is set.
    pub base_url: Option<String>,
    /// True under `dossier serve`, which reloads the page when the dossier changes.
    pub live_reload: bool,
}

/// A page with no data of its own (`search.html`, `404.html`).
#[derive(Debug, Serialize)]
pub struct Empty {}

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

/// `page` of `index.html`: the overview.
#[derive(Debug, Serialize)]
pub struct IndexPage {
    /// The latest sources (at most 25), in publication order.
    pub sources: Vec<SourceRow>,
    /// The number of sources.
    pub source_count: usize,
    /// The number of discrepancies.
    pub discrepancy_count: usize,
    /// Every official.
    pub officials: Vec<OfficialLink>,
    /// The most significant discrepancies (at most 25): editorial notes first, then those that
    /// concern the most sources.
    pub discrepancies: Vec<DiscrepancyLink>,
    /// The number of events on the timeline.
    pub event_count: usize,
}

/// `page` of `sources.html`.
#[derive(Debug, Serialize)]
pub struct SourcesPage {
    /// Every source, in publication order.
    pub sources: Vec<SourceRow>,
}

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

/// `page` of `officials.html`: officials by organisation.
#[derive(Debug, Serialize)]
pub struct OfficialsPage {
    /// The organisations, by name.
    pub groups: Vec<OfficialGroup>,
}

/// The officials of one organisation.
#[derive(Debug, Serialize)]
pub struct OfficialGroup {
    /// The organisation.
    pub name: String,
    /// Its officials.
    pub officials: Vec<OfficialRow>,
}

/// An official as a row of `officials.html`.
#[derive(Debug, Serialize)]
pub struct OfficialRow {
    /// Their page.
    pub href: String,
    /// Their canonical name.
    pub name: String,
    /// Their name in the original script, when known.
    pub native_name: Option<String>,
    /// The spellings the sources use.
    pub spellings: Vec<String>,
    /// The titles the sources give them.
    pub roles: BTreeSet<String>,
    /// How many sources mention them.
    pub source_count: usize,
    /// True when the registry lists them.
    pub registered: bool,
}

/// `page` of `officials/SLUG.html`: one official.
#[derive(Debug, Serialize)]
pub struct OfficialPage {
    /// Their canonical name.
    pub name: String,
    /// Their name in the original script, when known.
    pub native_name: Option<String>,
    /// Where the canonical name came from, as a sentence.
    pub name_origin: String,
    /// Their organisation, when known.
    pub group: Option<String>,
    /// True when the registry lists them.
    pub registered: bool,
    /// How their mentions were joined into one person.
    pub resolution: String,
    /// The spellings the sources use.
    pub spellings: Vec<SpellingView>,
    /// The titles the sources give them, each cited.
    pub roles: Vec<RoleView>,
    /// The titles the registry gives them.
    pub registry_roles: Vec<String>,
    /// What the registry says of them, when it lists them.
    pub registry: Option<RegistryView>,
    /// Their quotations.
    pub quotes: Vec<QuoteView>,
    /// The events they are part of.
    pub events: Vec<EventView>,
    /// The sources that mention them.
    pub sources: Vec<SourceRow>,
    /// The officials mentioned in the same sources.
    pub alongside: Vec<Alongside>,
    /// The discrepancies that concern them.
    pub discrepancies: Vec<DiscrepancyLink>,
}

/// A spelling of an official's name.
#[derive(Debug, Serialize)]
pub struct SpellingView {
    /// The spelling.
    pub text: String,
    /// Its script (`Cyrillic`, `Latin`, ...).
    pub script: String,
    /// The sources that use it.
    pub cites: Vec<Cite>,
}

/// A title a source gives an official.
#[derive(Debug, Serialize)]
pub struct RoleView {
    /// The title, verbatim.
    pub title: String,
    /// Where.
    pub cite: Cite,
    /// The date of that source, when known.
    pub source_date: Option<Date>,
}

/// What the registry says of an official.
#[derive(Debug, Serialize)]
pub struct RegistryView {
    /// The registry file.
    pub file: String,
    /// Its note on them, as HTML.
    pub note_html: Option<String>,
    /// Their roles in it.
    pub roles: Vec<RegistryRoleView>,
}

/// A role in the registry.
#[derive(Debug, Serialize)]
pub struct RegistryRoleView {
    /// The title.
    pub title: String,
    /// Since when, as the registry gives it.
    pub from: Option<String>,
    /// Until when, as the registry gives it.
    pub to: Option<String>,
    /// The source that states it, when the registry cites one.
    pub cite: Option<Cite>,
    /// The registry's note on it, as HTML.
    pub note_html: Option<String>,
}

/// An official's quotation.
#[derive(Debug, Serialize)]
pub struct QuoteView {
    /// The words.
    pub text: String,
    /// Its first occurrence.
    pub cite: Cite,
    /// Every paragraph of the source with these words.
    pub cites: Vec<Cite>,
}

/// An official mentioned alongside another.
#[derive(Debug, Serialize)]
pub struct Alongside {
    /// The other official.
    pub person: PersonLink,
    /// In how many sources.
    pub sources: usize,
}

/// `page` of `timeline.html`.
#[derive(Debug, Serialize)]
pub struct TimelinePage {
    /// The dated events, by year.
    pub years: Vec<YearEvents>,
    /// The undated events.
    pub undated: Vec<EventView>,
    /// A bar chart of events per year, when any event is dated.
    pub axis: Option<Axis>,
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
    /// The discrepancies by kind.
    pub groups: Vec<KindGroup>,
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
    /// Every source with its text.
    pub sources: Vec<PrintSource>,
    /// Every official with their titles.
    pub officials: Vec<PrintOfficial>,
    /// Every event.
    pub events: Vec<EventView>,
    /// Every discrepancy.
    pub discrepancies: Vec<DiscrepancyView>,
}

/// A source of `print.html`: its row and its text, anchors prefixed with its slug.
#[derive(Debug, Serialize)]
pub struct PrintSource {
    /// Its row.
    #[serde(flatten)]
    pub row: SourceRow,
    /// Its annotated text as HTML.
    pub body_html: String,
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
