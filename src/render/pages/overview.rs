//! `index.html` (counts, the latest sources, the most significant discrepancies) and
//! `sources.html` (every source in publication order).

use crate::model::{Authorship, Discrepancy};
use crate::render::context::{IndexPage, Page, Site, SourcesPage};
use crate::render::pages::views::{by_date, discrepancy_link, official_link, page, source_row};
use crate::Dossier;

/// How many sources and discrepancies the overview lists; the rest are on their own pages.
pub(crate) const OVERVIEW_ITEMS: usize = 25;

/// The discrepancies the overview lists: editorial notes first, then the machine's items that
/// concern the most sources (ties in page order), at most [`OVERVIEW_ITEMS`].
pub(crate) fn most_significant(discrepancies: &[Discrepancy]) -> Vec<&Discrepancy> {
    let mut ranked: Vec<(usize, &Discrepancy)> = discrepancies.iter().enumerate().collect();
    ranked.sort_by_key(|(i, x)| {
        (
            x.authorship != Authorship::Editorial,
            std::cmp::Reverse(x.sources.len()),
            *i,
        )
    });
    ranked
        .into_iter()
        .take(OVERVIEW_ITEMS)
        .map(|(_, x)| x)
        .collect()
}

pub(crate) fn index_context<'a>(
    d: &Dossier,
    discrepancies: &[Discrepancy],
    site: &'a Site,
) -> Page<'a, IndexPage> {
    let sources = by_date(&d.sources);
    // The latest sources, still in publication order.
    let latest = &sources[sources.len().saturating_sub(OVERVIEW_ITEMS)..];
    let data = IndexPage {
        sources: latest.iter().map(|s| source_row(s, "")).collect(),
        source_count: sources.len(),
        discrepancy_count: discrepancies.len(),
        officials: d.officials.iter().map(official_link).collect(),
        discrepancies: most_significant(discrepancies)
            .into_iter()
            .map(|x| discrepancy_link(x, ""))
            .collect(),
        event_count: d.events.len(),
    };
    page(site, "index.html", "", None, "index", data)
}

pub(crate) fn sources_context<'a>(d: &Dossier, site: &'a Site) -> Page<'a, SourcesPage> {
    let sources = by_date(&d.sources)
        .into_iter()
        .map(|s| source_row(s, ""))
        .collect();
    page(
        site,
        "sources.html",
        "",
        None,
        "sources",
        SourcesPage { sources },
    )
}
