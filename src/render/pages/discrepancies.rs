//! `discrepancies.html`: every discrepancy, machine-found and editorial, grouped by kind.

use std::collections::BTreeMap;

use crate::model::{Discrepancy, DiscrepancyKind};
use crate::render::context::{DiscrepanciesPage, DiscrepancyView, KindGroup, Page, Site};
use crate::render::pages::views::{discrepancy_view, page};
use crate::Dossier;

pub(crate) fn discrepancies_context<'a>(
    d: &Dossier,
    discrepancies: &[Discrepancy],
    site: &'a Site,
) -> Page<'a, DiscrepanciesPage> {
    let mut kinds: BTreeMap<DiscrepancyKind, Vec<DiscrepancyView>> = BTreeMap::new();
    for x in discrepancies {
        kinds
            .entry(x.kind)
            .or_default()
            .push(discrepancy_view(d, x, ""));
    }
    let groups = kinds
        .into_iter()
        .map(|(k, items)| KindGroup {
            kind: k,
            anchor: format!("{k:?}").to_lowercase(),
            items,
        })
        .collect();
    page(
        site,
        "discrepancies.html",
        "",
        None,
        "discrepancies",
        DiscrepanciesPage { groups },
    )
}
