//! Sources: raw documents, sidecars, paragraphs, mentions, quotes and the finished record.
//!
//! In: dates and provenance. Out: [`RawDocument`], [`Sidecar`], [`Paragraph`], [`Mention`],
//! [`Quote`], [`SourceRecord`] and lookup by slug.

use serde::{Deserialize, Serialize};

use super::{DateKind, DateMention, Fact, PartialDate, Script};

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

/// What is known of a source besides its text: its metadata, each fact with its origin, and the
/// editor's address and notes. The one list of these fields: a [`SourceRecord`] and the front
/// matter of its annotated Markdown both carry it, flattened (`#[serde(flatten)]`), so that
/// `dossier.json` and the front matter spell the fields as before.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceMeta {
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
}

impl SourceMeta {
    /// Nothing known: every fact unknown, no address, no notes.
    pub fn unknown() -> Self {
        SourceMeta {
            title: Fact::unknown(),
            outlet: Fact::unknown(),
            original_outlet: Fact::unknown(),
            url: None,
            dateline: Fact::unknown(),
            published: Fact::unknown(),
            language: Fact::unknown(),
            notes: None,
        }
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
    /// Headline, outlet, dateline, date, language, address and notes.
    #[serde(flatten)]
    pub meta: SourceMeta,
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
        self.meta.published.value.or_else(|| {
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
            meta: SourceMeta::unknown(),
            notes_line: 0,
            paragraphs,
            removed: Vec::new(),
            mentions: Vec::new(),
            quotes: Vec::new(),
            dates: Vec::new(),
        }
    }
}

/// The source with slug `slug`: a binary search when `sources` is sorted by slug (as the
/// pipeline keeps it), else a scan, so that lookups stay logarithmic on large dossiers.
pub fn source_by_slug<'a>(sources: &'a [SourceRecord], slug: &str) -> Option<&'a SourceRecord> {
    match sources.binary_search_by(|s| s.slug.as_str().cmp(slug)) {
        Ok(i) => sources.get(i),
        Err(_) => sources.iter().find(|s| s.slug == slug),
    }
}
