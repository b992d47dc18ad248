//! `print.html`: the whole dossier in reading order, for one print or PDF.

use std::collections::HashMap;

use crate::annotate::{self, AnnotatedFile, SOURCE_PAGE_ROOT};
use crate::error::Result;
use crate::model::Discrepancy;
use crate::render::context::{Page, PrintOfficial, PrintPage, PrintRole, PrintSource, Site};
use crate::render::markdown;
use crate::render::pages::parts::Layout;
use crate::render::pages::views::{
    by_date, cite_view, discrepancy_view, event_view, lang_code, official_link, page, source_row,
};
use crate::Dossier;

/// Up to this many sources, `print.html` holds the whole dossier; above, it lists the sources
/// (each links its own page) and links the timeline and discrepancies pages, so that it stays a
/// page a browser can open and print.
pub(crate) const PRINT_WHOLE_MAX: usize = 300;

/// `print.html`: the whole dossier in reading order (sources by date, officials, timeline,
/// discrepancies). Each source's anchors are prefixed with its slug, so that they stay unique.
/// Above [`PRINT_WHOLE_MAX`] sources, the sources without their text and no events or items.
pub(crate) fn print_context<'a>(
    d: &Dossier,
    annotated: &[AnnotatedFile<'_>],
    discrepancies: &[Discrepancy],
    layout: &Layout,
    site: &'a Site,
) -> Result<Page<'a, PrintPage>> {
    let whole = d.sources.len() <= PRINT_WHOLE_MAX;
    let files: HashMap<&str, &AnnotatedFile<'_>> = annotated
        .iter()
        .map(|file| (file.source.slug.as_str(), file))
        .collect();
    let mut sources = Vec::new();
    for s in by_date(&d.sources) {
        let body_html = match files.get(s.slug.as_str()) {
            Some(file) if whole => Some(print_body(file)?),
            _ => None,
        };
        sources.push(PrintSource {
            row: source_row(s, ""),
            body_html,
            lang: lang_code(s),
        });
    }
    let officials = d
        .officials
        .iter()
        .map(|o| PrintOfficial {
            link: official_link(o),
            roles: o
                .roles
                .iter()
                .map(|r| PrintRole {
                    title: r.title.clone(),
                    cite: cite_view(d, &r.citation, ""),
                })
                .collect(),
        })
        .collect();
    let (events, items) = if whole {
        (
            d.events
                .iter()
                .map(|e| event_view(d, layout, e, ""))
                .collect(),
            discrepancies
                .iter()
                .map(|x| discrepancy_view(d, layout, x, ""))
                .collect(),
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let data = PrintPage {
        whole,
        sources,
        officials,
        events,
        discrepancies: items,
        event_count: d.events.len(),
        discrepancy_count: discrepancies.len(),
    };
    Ok(page(site, "print.html", "", None, "print", data))
}

/// A source's annotated text as HTML for `print.html`: its anchors prefixed with its slug, and
/// its links, written for `sources/SLUG.html`, made relative to the site root. Source text is
/// escaped in the Markdown, so every ` href="` and ` id="` is the theme's markup.
fn print_body(file: &AnnotatedFile<'_>) -> Result<String> {
    let slug = &file.source.slug;
    let annotated = annotate::parse(&file.markdown, &format!("sources/{slug}.md"))?;
    let up = format!(" href=\"{SOURCE_PAGE_ROOT}");
    Ok(markdown::to_html(&annotated.body)
        .replace(&up, " href=\"")
        .replace(" id=\"", &format!(" id=\"{slug}-"))
        .replace(" href=\"#", &format!(" href=\"#{slug}-")))
}
