//! Shared pieces of every page: a page's context, rendering a template, and the small views
//! (dates, origins, citations, people, discrepancies, events, source rows) that several pages
//! use. In: the analysed dossier's records; out: the plain structs of [`crate::render::context`].

use serde::Serialize;
use tera::{Context, Tera};

use crate::error::{Error, Result};
use crate::model::{Authorship, Citation, Discrepancy, Fact, Origin, PartialDate, SourceRecord};
use crate::render::context::{
    Cite, Date, DateFact, DiscrepancyLink, DiscrepancyView, EventView, EvidenceView, FactView,
    OfficialLink, OriginView, Page, PersonLink, Site, SourceRow,
};
use crate::render::pages::parts::Layout;
use crate::Dossier;

/// Renders template `name` with the context of a page.
pub(crate) fn render<T: Serialize>(tera: &Tera, name: &str, ctx: &Page<'_, T>) -> Result<String> {
    let context = Context::from_serialize(ctx).map_err(|e| Error::Template {
        name: name.to_string(),
        message: crate::error::template_message(&e),
    })?;
    tera.render(name, &context).map_err(|e| Error::Template {
        name: name.to_string(),
        message: crate::error::template_message(&e),
    })
}

/// A page's context: its path (from the site root), the path from it to the root, its own title
/// (a headline, a name; else the theme gives the section's), navigation section and data.
pub(crate) fn page<'a, T>(
    site: &'a Site,
    path: &str,
    root: &str,
    title: Option<&str>,
    section: &'static str,
    data: T,
) -> Page<'a, T> {
    Page {
        site,
        root: root.to_string(),
        page_title: title.map(str::to_string),
        section,
        page: data,
        path: path.to_string(),
        part: None,
    }
}

/// A source's short label: its outlet, else its slug.
pub(crate) fn source_label(s: &SourceRecord) -> String {
    s.meta
        .outlet
        .value
        .clone()
        .unwrap_or_else(|| s.slug.clone())
}

pub(crate) fn date_view(date: &PartialDate) -> Date {
    Date {
        datetime: date.datetime(),
        display: date.display(),
        approximate: date.approximate,
        year_known: date.year.is_some(),
    }
}

/// How a reviewer reads an origin, on the source's own page.
pub(crate) fn origin_text(origin: &Origin) -> String {
    match origin {
        Origin::Stated {
            paragraph: Some(n),
            evidence,
            ..
        } => format!("stated in ¶{n}: “{evidence}”"),
        Origin::Stated { line, evidence, .. } if evidence.is_empty() => {
            format!("stated on line {line} of the raw text")
        }
        Origin::Stated { line, evidence, .. } => {
            format!("stated on line {line} of the raw text (not in the article body): “{evidence}”")
        }
        Origin::Inferred { reason } => format!("inferred: {reason}"),
        Origin::Editor { file } => format!("supplied by the editor in {file}"),
        Origin::Unknown => "not given by the text".to_string(),
    }
}

pub(crate) fn origin_view(origin: &Origin) -> OriginView {
    let paragraph = match origin {
        Origin::Stated { paragraph, .. } => *paragraph,
        _ => None,
    };
    OriginView {
        label: origin.label(),
        text: origin_text(origin),
        paragraph,
    }
}

pub(crate) fn fact_view(fact: &Fact<String>) -> FactView {
    FactView {
        value: fact.value.clone(),
        origin: origin_view(&fact.origin),
    }
}

pub(crate) fn date_fact_view(fact: &Fact<PartialDate>) -> DateFact {
    DateFact {
        date: fact.value.as_ref().map(date_view),
        origin: origin_view(&fact.origin),
    }
}

pub(crate) fn cite_view(d: &Dossier, c: &Citation, root: &str) -> Cite {
    let label = crate::model::source_by_slug(&d.sources, &c.source)
        .map(source_label)
        .unwrap_or_else(|| c.source.clone());
    let (href, text) = match c.paragraph {
        Some(n) => (
            format!("{root}sources/{}.html#p{n}", c.source),
            format!("{label} ¶{n}"),
        ),
        None => (format!("{root}sources/{}.html", c.source), label),
    };
    Cite {
        href,
        label: text,
        source: c.source.clone(),
    }
}

pub(crate) fn person_view(d: &Dossier, slug: &str, root: &str) -> PersonLink {
    let name = crate::model::official_by_slug(&d.officials, slug)
        .map(|o| o.name.clone())
        .unwrap_or_else(|| slug.to_string());
    PersonLink {
        slug: slug.to_string(),
        name,
        href: format!("{root}officials/{slug}.html"),
    }
}

/// A discrepancy as a link in a list (source, official and overview pages): its summary and
/// kind, not its evidence, so that a page listing many items stays small.
pub(crate) fn discrepancy_link(x: &Discrepancy, layout: &Layout, root: &str) -> DiscrepancyLink {
    DiscrepancyLink {
        id: x.id.clone(),
        href: layout.discrepancy_href(&x.id, root),
        kind: x.kind,
        summary: x.summary.clone(),
        minor: x.minor,
        editorial: x.authorship == Authorship::Editorial,
    }
}

pub(crate) fn discrepancy_view(
    d: &Dossier,
    layout: &Layout,
    x: &Discrepancy,
    root: &str,
) -> DiscrepancyView {
    DiscrepancyView {
        id: x.id.clone(),
        href: layout.discrepancy_href(&x.id, root),
        kind: x.kind,
        summary: x.summary.clone(),
        minor: x.minor,
        evidence: x
            .evidence
            .iter()
            .map(|e| EvidenceView {
                cite: cite_view(d, &e.citation, root),
                text: e.text.clone(),
                label: e.label.clone(),
                diff: e.diff.clone(),
            })
            .collect(),
        diff: x.diff.clone(),
        method: x.method.clone(),
        editorial: x.authorship == Authorship::Editorial,
        people: x.people.iter().map(|p| person_view(d, p, root)).collect(),
        body_html: x.body_html.clone(),
    }
}

pub(crate) fn event_view(
    d: &Dossier,
    layout: &Layout,
    e: &crate::model::Event,
    root: &str,
) -> EventView {
    EventView {
        id: e.id.clone(),
        href: layout.event_href(&e.id, root),
        date: e.date.as_ref().map(date_view),
        origin: origin_text(&e.date_origin),
        origin_label: e.date_origin.label(),
        title: e.title.clone(),
        description: e.description.clone(),
        people: e.people.iter().map(|p| person_view(d, p, root)).collect(),
        cites: e.citations.iter().map(|c| cite_view(d, c, root)).collect(),
        editorial: e.authorship == Authorship::Editorial,
        kind: e.kind.clone(),
    }
}

pub(crate) fn source_row(s: &SourceRecord, root: &str) -> SourceRow {
    SourceRow {
        slug: s.slug.clone(),
        href: format!("{root}sources/{}.html", s.slug),
        title: s.meta.title.value.clone().unwrap_or_else(|| s.slug.clone()),
        outlet: s.meta.outlet.value.clone(),
        original_outlet: s.meta.original_outlet.value.clone(),
        published: s.meta.published.value.as_ref().map(date_view),
        published_origin: s.meta.published.origin.label(),
        language: s.meta.language.value.clone(),
        paragraphs: s.paragraphs.len(),
    }
}

/// An official as a link from a page at the site root.
pub(crate) fn official_link(o: &crate::model::Official) -> OfficialLink {
    OfficialLink {
        href: format!("officials/{}.html", o.slug),
        name: o.name.clone(),
        native_name: o.native_name.clone(),
        group: o.group.clone(),
    }
}

/// The sources in publication order; sources without a year of publication last, by slug.
pub(crate) fn by_date(sources: &[SourceRecord]) -> Vec<&SourceRecord> {
    let mut sorted: Vec<&SourceRecord> = sources.iter().collect();
    sorted.sort_by_key(|s| {
        let date = s.meta.published.value.filter(|d| d.year.is_some());
        (date.is_none(), date.map(|d| d.sort_key()), s.slug.clone())
    });
    sorted
}

/// The BCP 47 code of a source's language, for `lang` on its text; empty when not known.
pub(crate) fn lang_code(s: &SourceRecord) -> String {
    s.meta
        .language
        .value
        .as_deref()
        .and_then(crate::clean::language::bcp47)
        .unwrap_or("")
        .to_string()
}
