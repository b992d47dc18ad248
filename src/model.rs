//! Plain data types passed between the pipeline stages.
//!
//! In and out: these types are what stages exchange. Must not: depend on any stage; only the
//! leaves `citation` and `text` (whose `Citation` and `Script` it re-exports).
//!
//! Every stage takes some of these in and gives some out; none of them holds behaviour beyond small
//! helpers for display, so that a stage can be tested alone with hand-made values.

use serde::{Deserialize, Serialize};

pub use crate::citation::Citation;
pub use crate::text::Script;

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

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// Only the year is known.
    Year,
    /// Year and month are known.
    Month,
    /// Year, month and day are known.
    Day,
}

/// A calendar date that may be partial (month and day without a year, a month, a year) and
/// approximate ("around November 2021").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    /// The year, when known.
    pub year: Option<i32>,
    /// The month 1–12, when known.
    pub month: Option<u8>,
    /// The day of the month 1–31, when known (only meaningful with a month).
    pub day: Option<u8>,
    /// True when the text marks the date as approximate ("about", "ориентировочно").
    pub approximate: bool,
}

impl PartialDate {
    /// A full date.
    pub fn ymd(year: i32, month: u8, day: u8) -> Self {
        PartialDate {
            year: Some(year),
            month: Some(month),
            day: Some(day),
            approximate: false,
        }
    }

    /// The precision of the date, or `None` when the year is unknown.
    pub fn precision(&self) -> Option<Precision> {
        self.year?;
        Some(match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        })
    }

    /// The value for `<time datetime="…">`: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or the yearless
    /// `MM-DD` form HTML allows when only month and day are known.
    pub fn datetime(&self) -> String {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (Some(y), None, _) => format!("{y:04}"),
            (None, Some(m), Some(d)) => format!("{m:02}-{d:02}"),
            _ => String::new(),
        }
    }

    /// A human reading at the date's precision: "26 December 2022", "November 2021", "2020",
    /// "26 December (year unknown)", prefixed with "about" when approximate.
    pub fn display(&self) -> String {
        let month = self.month.map(month_name);
        let core = match (self.year, month, self.day) {
            (Some(y), Some(m), Some(d)) => format!("{d} {m} {y}"),
            (Some(y), Some(m), None) => format!("{m} {y}"),
            (Some(y), None, _) => format!("{y}"),
            (None, Some(m), Some(d)) => format!("{d} {m} (year unknown)"),
            (None, Some(m), None) => format!("{m} (year unknown)"),
            _ => "date unknown".to_string(),
        };
        if self.approximate {
            format!("about {core}")
        } else {
            core
        }
    }

    /// A key that sorts dates chronologically, unknown parts first within their year.
    pub fn sort_key(&self) -> (i32, u8, u8) {
        (
            self.year.unwrap_or(i32::MAX),
            self.month.unwrap_or(0),
            self.day.unwrap_or(0),
        )
    }
}

/// The English name of month `m` (1–12).
pub fn month_name(m: u8) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES
        .get(usize::from(m).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// A date found in or given for a source, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedFact {
    /// The date.
    pub date: PartialDate,
    /// Where it came from.
    pub origin: Origin,
}

/// A paragraph of cleaned source text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// 1-based paragraph number; the page anchor is `#p{n}`.
    pub n: usize,
    /// The raw line (1-based) the paragraph comes from.
    pub line: usize,
    /// The cleaned text, exactly as in the source line but trimmed.
    pub text: String,
}

impl Paragraph {
    /// Paragraphs numbered from 1, each on the raw line of its own number (for tests and for
    /// callers that build sources from plain text).
    pub fn numbered(texts: &[&str]) -> Vec<Paragraph> {
        texts
            .iter()
            .enumerate()
            .map(|(i, text)| Paragraph {
                n: i + 1,
                line: i + 1,
                text: text.to_string(),
            })
            .collect()
    }
}

/// Why a line was taken out of the running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalKind {
    /// Page furniture: ads, navigation, comment forms, related-article blocks, captions, blurbs.
    Boilerplate,
    /// A line used as metadata (title, byline, publication line, attribution).
    Metadata,
    /// A line that repeats text kept elsewhere (pull quotes, truncated breadcrumbs).
    Duplicate,
}

/// A raw line that is not in any paragraph, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedLine {
    /// 1-based raw line number.
    pub line: usize,
    /// The line as it was (trimmed).
    pub text: String,
    /// What kind of removal this is.
    pub kind: RemovalKind,
    /// Why, in words a reviewer can check ("advertisement marker").
    pub reason: String,
}

/// Editorial metadata a sidecar `content/sources/NAME.yaml` supplies; every field is optional and
/// overrides what the machine extracts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Sidecar {
    /// The headline, when the text lacks one.
    pub title: Option<String>,
    /// The outlet that published this copy.
    pub outlet: Option<String>,
    /// The address the text was scraped from.
    pub url: Option<String>,
    /// Publication date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Language name or code ("English", "ru").
    pub language: Option<String>,
    /// The outlet this copy republishes.
    pub republished_from: Option<String>,
    /// The language this copy was translated from.
    pub translated_from: Option<String>,
    /// Free editorial notes (Markdown), shown on the source page and marked as editorial.
    pub notes: Option<String>,
    /// The 1-based line of the sidecar on which the notes start (for error messages).
    #[serde(skip)]
    pub notes_line: usize,
}

/// A raw document as read from `content/sources/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawDocument {
    /// URL-safe name derived from the file name; unique in the dossier.
    pub slug: String,
    /// Path relative to the dossier root, for messages ("content/sources/tass.txt").
    pub path: String,
    /// The text, UTF-8, NFC-normalised, line endings unified to `\n`.
    pub text: String,
    /// The sidecar, when one exists.
    pub sidecar: Option<Sidecar>,
    /// The sidecar's path relative to the dossier root, when one exists.
    pub sidecar_path: Option<String>,
}

/// A mention of a person in one paragraph of one source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// 1-based paragraph number.
    pub paragraph: usize,
    /// Byte offset of the name in the paragraph text.
    pub start: usize,
    /// Byte offset just past the name in the paragraph text.
    pub end: usize,
    /// The name exactly as written ("Ryabihin", "Хренину").
    pub surface: String,
    /// The given name in its dictionary form when the text gives one ("Dmitry", "Валерий").
    pub given: Option<String>,
    /// The surname in its dictionary (nominative) form ("Ryabihin", "Хренин").
    pub surname: String,
    /// The script of the name.
    pub script: Script,
    /// The role or title the text gives next to the name, verbatim, when there is one.
    pub role: Option<String>,
    /// The slug of the official the mention resolved to (set by resolution; `None` before it,
    /// or when the mention joined no official).
    #[serde(default)]
    pub official: Option<String>,
}

/// A quotation in one paragraph of one source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// 1-based paragraph number.
    pub paragraph: usize,
    /// Byte offset of the opening quotation mark (or dash) in the paragraph text.
    pub start: usize,
    /// Byte offset just past the closing mark (or the end of the quoted words).
    pub end: usize,
    /// The quoted words without the marks.
    pub text: String,
    /// Index into the source's mentions of the person the text says spoke, when it says.
    pub speaker_mention: Option<usize>,
    /// How the speaker was found ("said-verb after the quote", "previous speaker").
    pub attribution: Option<String>,
    /// The slug of the official who spoke it: the official of its speaker mention, when known
    /// (`None`: speaker not identified).
    #[serde(default)]
    pub speaker: Option<String>,
}

/// What kind of date expression a [`DateMention`] is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DateKind {
    /// A calendar date in running text ("December 26", "26 декабря 2022 года", "November 2021").
    Calendar,
    /// A news dateline ("MINSK, December 26 – RIA Novosti."); `place` is the city as written.
    Dateline {
        /// The city as written ("MINSK").
        place: String,
    },
    /// A publication line ("Published January 19,2024").
    Published,
    /// A copyright notice ("© 2020").
    Copyright,
    /// A relative weekday ("on Monday", "в понедельник"); `weekday` is 1 (Monday) to 7 (Sunday).
    Weekday {
        /// ISO weekday number, Monday = 1.
        weekday: u8,
    },
    /// "this year" / "этого года" with a month and maybe a day ("11 июля этого года").
    ThisYear,
}

/// A date expression found in a paragraph (or a removed line) of a source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// 1-based paragraph number, or `None` for a removed/metadata line.
    pub paragraph: Option<usize>,
    /// 1-based raw line number.
    pub line: usize,
    /// Byte offsets of the expression in the paragraph (or line) text.
    pub start: usize,
    /// Byte offset just past the expression.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// What the text itself gives (year `None` when the text gives none).
    pub date: PartialDate,
    /// What kind of expression it is.
    pub kind: DateKind,
    /// The date completed by inference (a year from the publication date, a weekday resolved),
    /// with the reason, when the text alone is not enough.
    pub inferred: Option<DatedFact>,
}

impl DateMention {
    /// The best date known for this mention: the inferred one when there is one, else what the
    /// text gives.
    pub fn best(&self) -> PartialDate {
        self.inferred.as_ref().map(|f| f.date).unwrap_or(self.date)
    }
}

/// A source after every per-document stage: cleaned, with metadata, people, quotes and dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRecord {
    /// Unique URL-safe name; the page is `sources/{slug}.html`.
    pub slug: String,
    /// Path of the raw file relative to the dossier root.
    pub path: String,
    /// Sidecar path relative to the dossier root, when one exists.
    pub sidecar_path: Option<String>,
    /// The headline.
    pub title: Fact<String>,
    /// The outlet that published this copy.
    pub outlet: Fact<String>,
    /// The outlet this copy republishes, when it is a republication.
    pub original_outlet: Fact<String>,
    /// The address the text was scraped from (editor-supplied only).
    pub url: Option<String>,
    /// The dateline's place ("MINSK").
    pub dateline: Fact<String>,
    /// The publication date.
    pub published: Fact<PartialDate>,
    /// The language name ("English", "Russian", "Belarusian").
    pub language: Fact<String>,
    /// Editorial notes from the sidecar (Markdown).
    pub notes: Option<String>,
    /// The 1-based line of the sidecar on which the notes start (for error messages).
    pub notes_line: usize,
    /// The cleaned paragraphs.
    pub paragraphs: Vec<Paragraph>,
    /// Every raw line not in a paragraph, with the reason (blank lines excepted).
    pub removed: Vec<RemovedLine>,
    /// People mentioned in the paragraphs, in text order.
    pub mentions: Vec<Mention>,
    /// Quotations in the paragraphs, in text order.
    pub quotes: Vec<Quote>,
    /// Dates found in the paragraphs, in text order.
    pub dates: Vec<DateMention>,
}

impl SourceRecord {
    /// The date of the source: its publication date, else the best date of its dateline
    /// (the one rule for "when a source speaks", used by discrepancies and pages alike).
    pub fn date(&self) -> Option<PartialDate> {
        self.published.value.or_else(|| {
            self.dates
                .iter()
                .find(|d| matches!(d.kind, DateKind::Dateline { .. }))
                .map(DateMention::best)
        })
    }

    /// A source with the given paragraphs and nothing else known: no metadata, people, quotes
    /// or dates (a starting point for stages and tests that fill in the rest).
    pub fn from_paragraphs(slug: &str, paragraphs: Vec<Paragraph>) -> Self {
        SourceRecord {
            slug: slug.to_string(),
            path: format!("content/sources/{slug}.txt"),
            sidecar_path: None,
            title: Fact::unknown(),
            outlet: Fact::unknown(),
            original_outlet: Fact::unknown(),
            url: None,
            dateline: Fact::unknown(),
            published: Fact::unknown(),
            language: Fact::unknown(),
            notes: None,
            notes_line: 0,
            paragraphs,
            removed: Vec::new(),
            mentions: Vec::new(),
            quotes: Vec::new(),
            dates: Vec::new(),
        }
    }
}

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

/// A role or title one source gives an official.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RoleClaim {
    /// The title as the source words it.
    pub title: String,
    /// Where it is given.
    pub citation: Citation,
}

/// One spelling of an official's name and where it is used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spelling {
    /// The name as written (nominative form).
    pub text: String,
    /// The script.
    pub script: Script,
    /// The paragraphs that use it.
    pub citations: Vec<Citation>,
}

/// A person resolved across sources: every spelling, role and mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Official {
    /// URL-safe name; the page is `officials/{slug}.html`.
    pub slug: String,
    /// The canonical name in Latin script.
    pub name: String,
    /// The name in its native script, when known.
    pub native_name: Option<String>,
    /// Where the canonical name came from (registry or the most frequent spelling).
    pub name_origin: Origin,
    /// Every spelling used by the sources.
    pub spellings: Vec<Spelling>,
    /// Titles and roles as each source gives them.
    pub roles: Vec<RoleClaim>,
    /// Roles from the registry (editorial), with their dates as written there.
    pub registry_roles: Vec<String>,
    /// Organisation or country for grouping, when known.
    pub group: Option<String>,
    /// True when the registry lists this person.
    pub registered: bool,
    /// How the variants were put together (method description).
    pub resolution: String,
}

/// The source with slug `slug`: a binary search when `sources` is sorted by slug (as the
/// pipeline keeps it), else a scan, so that lookups stay logarithmic on large dossiers.
pub fn source_by_slug<'a>(sources: &'a [SourceRecord], slug: &str) -> Option<&'a SourceRecord> {
    match sources.binary_search_by(|s| s.slug.as_str().cmp(slug)) {
        Ok(i) => sources.get(i),
        Err(_) => sources.iter().find(|s| s.slug == slug),
    }
}

/// The official with slug `slug`: a binary search when `officials` is sorted by slug, else a
/// scan.
pub fn official_by_slug<'a>(officials: &'a [Official], slug: &str) -> Option<&'a Official> {
    match officials.binary_search_by(|o| o.slug.as_str().cmp(slug)) {
        Ok(i) => officials.get(i),
        Err(_) => officials.iter().find(|o| o.slug == slug),
    }
}
