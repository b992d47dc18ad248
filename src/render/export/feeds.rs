//! `sitemap.xml` and `feed.xml` (Atom): written only when `dossier.yaml` gives `base_url`,
//! since they need absolute addresses.

use crate::model::{Discrepancy, PartialDate};
use crate::render::context::{FeedEntry, FeedPage, Page, Site};
use crate::render::pages::parts::{official_parts, source_parts, Layout};
use crate::render::pages::views::{by_date, discrepancy_view, page, source_row};
use crate::Dossier;

/// An RFC 3339 timestamp for a partial date (missing month or day taken as the first), for Atom.
pub(crate) fn atom_time(date: &PartialDate) -> Option<String> {
    let datetime = date.datetime();
    match datetime.len() {
        4 => Some(format!("{datetime}-01-01T00:00:00Z")),
        7 => Some(format!("{datetime}-01T00:00:00Z")),
        10 => Some(format!("{datetime}T00:00:00Z")),
        _ => None,
    }
}

/// `sitemap.xml` and `feed.xml` (Atom): every page, and the sources and discrepancies. The feed's
/// time is the latest publication date of a source, so that two builds are identical.
pub(crate) fn feed_context<'a>(
    d: &Dossier,
    discrepancies: &[Discrepancy],
    layout: &Layout,
    site: &'a Site,
    path: &str,
) -> Page<'a, FeedPage> {
    let sources = by_date(&d.sources);
    let times: Vec<Option<String>> = sources
        .iter()
        .map(|s| s.meta.published.value.as_ref().and_then(atom_time))
        .collect();
    let updated = times.iter().flatten().max().cloned();
    let entries: Vec<FeedEntry> = sources
        .iter()
        .zip(&times)
        .map(|(s, time)| FeedEntry {
            row: source_row(s, ""),
            updated: time.clone().or_else(|| updated.clone()),
        })
        .collect();
    let mut pages: Vec<String> = [
        "index.html",
        "sources.html",
        "officials.html",
        "timeline.html",
        "discrepancies.html",
        "print.html",
    ]
    .iter()
    .map(|p| p.to_string())
    .collect();
    // The parts of the long list pages, when they are split.
    let parts = [
        source_parts(&d.sources),
        official_parts(&d.officials),
        layout.events.clone(),
        layout.discrepancies.clone(),
    ];
    pages.extend(parts.iter().flatten().map(|part| part.link.href.clone()));
    pages.extend(d.sources.iter().map(|s| format!("sources/{}.html", s.slug)));
    pages.extend(
        d.officials
            .iter()
            .map(|o| format!("officials/{}.html", o.slug)),
    );
    let data = FeedPage {
        updated,
        sources: entries,
        discrepancies: discrepancies
            .iter()
            .map(|x| discrepancy_view(d, layout, x, ""))
            .collect(),
        pages,
    };
    page(site, path, "", None, "feed", data)
}
