//! `discrepancies.html`: every discrepancy, machine-found and editorial, grouped by kind. A long
//! list is split by kind ([`super::parts`]): `discrepancies.html` then links the parts.

use std::collections::BTreeMap;

use crate::model::{Discrepancy, DiscrepancyKind};
use crate::render::context::{DiscrepanciesPage, DiscrepancyView, KindGroup, Page, Site};
use crate::render::pages::parts::{links, list_pages, Layout};
use crate::render::pages::views::{discrepancy_view, page};
use crate::Dossier;

/// `discrepancies.html` and its parts, each with its path.
pub(crate) fn discrepancies_pages<'a>(
    d: &Dossier,
    discrepancies: &[Discrepancy],
    layout: &Layout,
    site: &'a Site,
) -> Vec<(String, Page<'a, DiscrepanciesPage>)> {
    let parts = links(&layout.discrepancies);
    let count = discrepancies.len();
    list_pages(
        "discrepancies.html",
        count,
        &layout.discrepancies,
        |path, entries, part| {
            let mut kinds: BTreeMap<DiscrepancyKind, Vec<DiscrepancyView>> = BTreeMap::new();
            for x in entries.iter().filter_map(|&i| discrepancies.get(i)) {
                kinds
                    .entry(x.kind)
                    .or_default()
                    .push(discrepancy_view(d, layout, x, ""));
            }
            let groups = kinds
                .into_iter()
                .map(|(k, items)| KindGroup {
                    kind: k,
                    anchor: format!("{k:?}").to_lowercase(),
                    items,
                })
                .collect();
            let data = DiscrepanciesPage {
                groups,
                parts: parts.clone(),
                discrepancy_count: count,
            };
            let mut ctx = page(site, path, "", None, "discrepancies", data);
            ctx.part = part.cloned();
            ctx
        },
    )
}
