//! `index.html` (counts, the latest sources, the officials named most, the most significant
//! discrepancies) and `sources.html` (every source in publication order; a long list split by
//! year, see [`super::parts`]).

use crate::model::{Authorship, Discrepancy, Official};
use crate::render::context::{IndexPage, Page, Site, SourcesPage};
use crate::render::pages::officials::official_source_count;
use crate::render::pages::parts::{links, list_pages, source_parts, Layout};
use crate::render::pages::views::{by_date, discrepancy_link, official_link, page, source_row};
use crate::Dossier;

/// How many sources, officials and discrepancies the overview lists; the rest are on their own pages.
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
    layout: &Layout,
    site: &'a Site,
) -> Page<'a, IndexPage> {
    let sources = by_date(&d.sources);
    // The latest sources, still in publication order.
    let latest = &sources[sources.len().saturating_sub(OVERVIEW_ITEMS)..];
    let data = IndexPage {
        sources: latest.iter().map(|s| source_row(s, "")).collect(),
        source_count: sources.len(),
        discrepancy_count: discrepancies.len(),
        officials: most_cited_officials(&d.officials)
            .into_iter()
            .map(official_link)
            .collect(),
        official_count: d.officials.len(),
        discrepancies: most_significant(discrepancies)
            .into_iter()
            .map(|x| discrepancy_link(x, layout, ""))
            .collect(),
        event_count: d.events.len(),
    };
    page(site, "index.html", "", None, "index", data)
}

/// The officials the overview lists: every one up to [`OVERVIEW_ITEMS`]; above, those whose
/// spellings the most sources use (ties by slug). In the order of `officials` (by slug).
fn most_cited_officials(officials: &[Official]) -> Vec<&Official> {
    if officials.len() <= OVERVIEW_ITEMS {
        return officials.iter().collect();
    }
    let mut ranked: Vec<(usize, usize)> = officials
        .iter()
        .enumerate()
        .map(|(i, o)| (i, official_source_count(o)))
        .collect();
    ranked.sort_by_key(|&(i, sources)| (std::cmp::Reverse(sources), i));
    let mut kept: Vec<usize> = ranked
        .into_iter()
        .take(OVERVIEW_ITEMS)
        .map(|(i, _)| i)
        .collect();
    kept.sort_unstable();
    kept.into_iter().map(|i| &officials[i]).collect()
}

/// `sources.html` and its parts (by year of publication), each with its path.
pub(crate) fn sources_pages<'a>(
    d: &Dossier,
    site: &'a Site,
) -> Vec<(String, Page<'a, SourcesPage>)> {
    let parts = source_parts(&d.sources);
    let links = links(&parts);
    let sorted = by_date(&d.sources);
    list_pages(
        "sources.html",
        sorted.len(),
        &parts,
        |path, entries, part| {
            let data = SourcesPage {
                sources: entries
                    .iter()
                    .filter_map(|&i| sorted.get(i))
                    .map(|s| source_row(s, ""))
                    .collect(),
                source_count: sorted.len(),
                parts: links.clone(),
            };
            let mut ctx = page(site, path, "", None, "sources", data);
            ctx.part = part.cloned();
            ctx
        },
    )
}
