//! Annotated Markdown: YAML front matter (metadata with provenance, people, quotes, dates,
//! removed lines) and a body that is the cleaned text, paragraph by paragraph, with a stable
//! anchor per paragraph, people linked and quotes marked.
//!
//! In: a `SourceRecord`, the officials and the theme's `annotate.html`. Out: the Markdown text.
//! Must not: write files or let source text through unescaped.
//!
//! Source text is untrusted: every ASCII punctuation character of it is backslash-escaped, which
//! CommonMark defines as the literal character, so no scraped `*`, `#`, `<`, `_`, `[` or `---` can
//! be read as Markdown or HTML. The only HTML in the body is the markup of the theme's
//! `annotate.html` template (paragraph anchors, person links, quote spans and their words), whose
//! values Tera HTML-escapes; this module gives it only data ([`Body`]). This file is the single truth for the source's page: the
//! renderer reads it back ([`parse`]) rather than the in-memory record.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::yaml::split_front_matter;
use tera::{Context, Tera};

use crate::error::{Error, Problem, Result};
use crate::model::{DateMention, Official, RemovedLine, SourceMeta, SourceRecord};

/// A person mentioned in a source, as listed in the front matter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRef {
    /// The official's slug.
    pub slug: String,
    /// The official's canonical name.
    pub name: String,
    /// The spellings this source uses, as written.
    pub spellings: Vec<String>,
    /// The paragraphs that mention the person.
    pub paragraphs: Vec<usize>,
    /// The roles this source gives the person, verbatim.
    pub roles: Vec<String>,
}

/// A quotation, as listed in the front matter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteRef {
    /// The quote's anchor on the page (`q1`, `q2`, ...).
    pub id: String,
    /// The paragraph that holds it.
    pub paragraph: usize,
    /// The speaker's official slug, when known.
    pub speaker: Option<String>,
    /// The speaker's canonical name, when known.
    pub speaker_name: Option<String>,
    /// How the speaker was found.
    pub attribution: Option<String>,
    /// The quoted words.
    pub text: String,
}

/// The front matter of an annotated Markdown file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrontMatter {
    /// The source's slug.
    pub slug: String,
    /// The raw file, relative to the dossier root.
    pub path: String,
    /// The sidecar, relative to the dossier root, when there is one.
    pub sidecar: Option<String>,
    /// Headline, outlet, dateline, date, language, address and notes, as in the source record.
    #[serde(flatten)]
    pub meta: SourceMeta,
    /// The 1-based line of the sidecar on which the notes start (for error messages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes_line: Option<usize>,
    /// Number of paragraphs in the body.
    pub paragraphs: usize,
    /// People mentioned, by slug.
    pub people: Vec<PersonRef>,
    /// Quotations, in text order.
    pub quotes: Vec<QuoteRef>,
    /// Dates found in the text.
    pub dates: Vec<DateMention>,
    /// Every raw line not in a paragraph, with the reason.
    pub removed: Vec<RemovedLine>,
}

/// An annotated Markdown file read back.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotated {
    /// The front matter.
    pub front: FrontMatter,
    /// The Markdown body.
    pub body: String,
}

/// One source's annotated Markdown file (`sources/SLUG.md`): what the annotation stage hands to
/// rendering, which reads it back ([`parse`]) for the source's page and writes it beside it.
#[derive(Debug, Clone)]
pub struct AnnotatedFile<'a> {
    /// The source it annotates.
    pub source: &'a SourceRecord,
    /// The file's text: front matter and body, its links relative to `sources/SLUG.html`.
    pub markdown: String,
}

/// The path from a source's page (`sources/SLUG.html`) to the site root.
pub const SOURCE_PAGE_ROOT: &str = "../";

/// The annotation stage: the annotated Markdown of every source, in the order of `sources`,
/// written in parallel with the theme's `annotate.html` (`templates`). Only the text is kept, not
/// its parsed form, so that a large dossier holds one copy of it.
pub fn annotate<'a>(
    sources: &'a [SourceRecord],
    officials: &[Official],
    templates: &Tera,
) -> Result<Vec<AnnotatedFile<'a>>> {
    sources
        .par_iter()
        .map(|source| {
            Ok(AnnotatedFile {
                source,
                markdown: write(source, officials, SOURCE_PAGE_ROOT, templates)?,
            })
        })
        .collect()
}

/// Writes the annotated Markdown of one source. `officials` gives names for the slugs;
/// `path_to_root` prefixes links so that they work from `sources/SLUG.html`. The body's markup
/// and words come from the theme's `annotate.html` template (see [`Body`]), so that restyling or
/// translating it needs no change here.
pub fn write(
    source: &SourceRecord,
    officials: &[Official],
    path_to_root: &str,
    tera: &Tera,
) -> Result<String> {
    let names: BTreeMap<&str, &str> = officials
        .iter()
        .map(|o| (o.slug.as_str(), o.name.as_str()))
        .collect();
    let front = front_matter(source, &names);
    // Serialising plain data with string keys cannot fail; fall back to an empty mapping.
    let yaml = serde_yaml::to_string(&front).unwrap_or_default();
    let body = Body {
        root: path_to_root,
        paragraphs: source
            .paragraphs
            .iter()
            .map(|p| paragraph(source, p.n, &p.text, &names))
            .collect(),
    };
    Ok(format!("---\n{yaml}---\n\n{}", render_body(tera, &body)?))
}

/// The template that writes the body's markup.
const BODY_TEMPLATE: &str = "annotate.html";

fn render_body(tera: &Tera, body: &Body<'_>) -> Result<String> {
    let problem = |e: tera::Error| Error::Template {
        name: BODY_TEMPLATE.to_string(),
        message: crate::error::template_message(&e),
    };
    let context = Context::from_serialize(body).map_err(problem)?;
    tera.render(BODY_TEMPLATE, &context).map_err(problem)
}

/// Reads an annotated Markdown file back; `file` names it in errors.
pub fn parse(text: &str, file: &str) -> Result<Annotated, Problem> {
    let (yaml, body, _) = split_front_matter(text).ok_or_else(|| {
        Problem::at(
            file,
            Some(1),
            "no front matter",
            "annotated Markdown starts with '---'",
        )
    })?;
    let front = serde_yaml::from_str(yaml).map_err(|e| {
        crate::yaml::yaml_problem(file, &e, "the annotated Markdown was edited by hand?")
    })?;
    Ok(Annotated {
        front,
        body: body.to_string(),
    })
}

fn front_matter(source: &SourceRecord, names: &BTreeMap<&str, &str>) -> FrontMatter {
    let mut people: BTreeMap<String, PersonRef> = BTreeMap::new();
    for mention in &source.mentions {
        let Some(slug) = &mention.official else {
            continue;
        };
        let entry = people.entry(slug.clone()).or_insert_with(|| PersonRef {
            slug: slug.clone(),
            name: names
                .get(slug.as_str())
                .unwrap_or(&slug.as_str())
                .to_string(),
            spellings: Vec::new(),
            paragraphs: Vec::new(),
            roles: Vec::new(),
        });
        push_unique(&mut entry.spellings, mention.surface.clone());
        push_unique(&mut entry.paragraphs, mention.paragraph);
        if let Some(role) = &mention.role {
            push_unique(&mut entry.roles, role.clone());
        }
    }
    let quotes = source
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| QuoteRef {
            id: format!("q{}", i + 1),
            paragraph: q.paragraph,
            speaker: q.speaker.clone(),
            speaker_name: q
                .speaker
                .as_deref()
                .and_then(|s| names.get(s))
                .map(|n| n.to_string()),
            attribution: q.attribution.clone(),
            text: q.text.clone(),
        })
        .collect();
    FrontMatter {
        slug: source.slug.clone(),
        path: source.path.clone(),
        sidecar: source.sidecar_path.clone(),
        meta: source.meta.clone(),
        notes_line: source.meta.notes.as_ref().map(|_| source.notes_line),
        paragraphs: source.paragraphs.len(),
        people: people.into_values().collect(),
        quotes,
        dates: source.dates.clone(),
        removed: source.removed.clone(),
    }
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if !list.contains(&value) {
        list.push(value);
    }
}

/// The context of the `annotate.html` template: the body of an annotated Markdown file.
#[derive(Debug, Serialize)]
pub struct Body<'a> {
    /// The path from the source's page to the site root (`../`, or empty for `print.html`).
    pub root: &'a str,
    /// The paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
}

/// One paragraph of [`Body`].
#[derive(Debug, Serialize)]
pub struct Paragraph {
    /// Its 1-based number, which is also its anchor (`pN`).
    pub n: usize,
    /// Its text and markup, in order.
    pub parts: Vec<Part>,
}

/// A piece of a [`Paragraph`]: text, or markup opening or closing around text. Serialised with
/// a `kind` field (`text`, `person`, `end_person`, `quote`, `end_quote`).
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Part {
    /// The source's words.
    Text {
        /// The words, Markdown-escaped ([`escape_markdown`]): the template inserts them as is.
        markdown: String,
    },
    /// Opens a link to an official's page.
    Person {
        /// The official's slug.
        slug: String,
        /// The official's canonical name.
        name: String,
    },
    /// Closes a [`Part::Person`].
    EndPerson,
    /// Opens a quotation.
    Quote {
        /// Its anchor (`q1`, `q2`, ...).
        id: String,
        /// The speaker's slug, or empty when not identified.
        speaker: String,
        /// The speaker's canonical name, when identified.
        speaker_name: Option<String>,
    },
    /// Closes a [`Part::Quote`].
    EndQuote,
}

/// A boundary in a paragraph where markup opens or closes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Mark {
    /// Closing a quote span (sorted before opens at the same offset).
    CloseQuote,
    /// Closing a person link.
    CloseLink,
    /// Opening a quote span: its number (1-based in the source).
    OpenQuote(usize),
    /// Opening a person link: the official's slug.
    OpenLink(String),
}

fn paragraph(
    source: &SourceRecord,
    n: usize,
    text: &str,
    names: &BTreeMap<&str, &str>,
) -> Paragraph {
    let mut marks: Vec<(usize, Mark)> = Vec::new();
    for (i, q) in source.quotes.iter().enumerate() {
        if q.paragraph == n && q.start < q.end && q.end <= text.len() {
            marks.push((q.start, Mark::OpenQuote(i + 1)));
            marks.push((q.end, Mark::CloseQuote));
        }
    }
    for m in &source.mentions {
        if let (true, Some(slug)) = (m.paragraph == n && m.start < m.end, &m.official) {
            if m.end <= text.len() && !crosses_quote(source, n, m.start, m.end) {
                marks.push((m.start, Mark::OpenLink(slug.clone())));
                marks.push((m.end, Mark::CloseLink));
            }
        }
    }
    marks.sort();
    let mut parts = Vec::new();
    let mut at = 0;
    for (offset, mark) in marks {
        if !text.is_char_boundary(offset) || offset < at {
            continue;
        }
        push_text(&mut parts, &text[at..offset]);
        at = offset;
        parts.push(part(&mark, source, names));
    }
    push_text(&mut parts, &text[at..]);
    Paragraph { n, parts }
}

fn push_text(parts: &mut Vec<Part>, text: &str) {
    if !text.is_empty() {
        parts.push(Part::Text {
            markdown: escape_markdown(text),
        });
    }
}

/// True when a mention would straddle a quote's start or end (markup must nest).
fn crosses_quote(source: &SourceRecord, n: usize, start: usize, end: usize) -> bool {
    source.quotes.iter().any(|q| {
        q.paragraph == n && ((start < q.start && q.start < end) || (start < q.end && q.end < end))
    })
}

fn part(mark: &Mark, source: &SourceRecord, names: &BTreeMap<&str, &str>) -> Part {
    let name_of = |slug: &str| names.get(slug).copied().unwrap_or(slug).to_string();
    match mark {
        Mark::CloseQuote => Part::EndQuote,
        Mark::CloseLink => Part::EndPerson,
        Mark::OpenLink(slug) => Part::Person {
            slug: slug.clone(),
            name: name_of(slug),
        },
        Mark::OpenQuote(k) => {
            let speaker = source.quotes.get(k - 1).and_then(|q| q.speaker.clone());
            Part::Quote {
                id: format!("q{k}"),
                speaker_name: speaker.as_deref().map(name_of),
                speaker: speaker.unwrap_or_default(),
            }
        }
    }
}

/// ASCII punctuation that can start inline Markdown or HTML: emphasis, links, images, code,
/// raw HTML, entities, autolinks, strikethrough, table cells and backslash escapes themselves.
/// Block syntax (headings, lists, `---`, indented code) cannot start a body line, since every
/// paragraph line begins with its anchor tag; a leading `#`, `-` or `+` is escaped anyway so
/// that the text reads the same wherever it is pasted.
const MARKDOWN_SPECIAL: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '&', '!', '~', '|', '#', '-', '+', '=',
];

/// Escapes untrusted text so that CommonMark reads every character literally: each character
/// that Markdown could read as syntax is backslash-escaped, which CommonMark defines as that
/// literal character.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        if MARKDOWN_SPECIAL.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes a value for an HTML attribute (and text), via Tera's escaper.
pub fn escape_attr(value: &str) -> String {
    let mut buf = Vec::with_capacity(value.len());
    // Writing into a Vec cannot fail.
    let _ = tera::escape_html(value, &mut buf);
    String::from_utf8(buf).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_makes_every_punctuation_literal() {
        let hostile = "<script>alert(1)</script> *a* _b_ [x](y) # h --- `c` &amp; \\";
        let html = render_inline(&escape_markdown(hostile));
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<em>") && !html.contains("<a ") && !html.contains("<code>"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(html.contains("&amp;amp;"));
    }

    fn render_inline(md: &str) -> String {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(md));
        html
    }
}
