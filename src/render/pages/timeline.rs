//! `timeline.html`: the events by year, with a static bar chart of events per year. A long
//! timeline is split by year ([`super::parts`]): `timeline.html` then shows the chart and links
//! the parts, each part the events of its year.

use std::collections::BTreeMap;

use crate::render::context::{Axis, Bar, EventView, Page, Site, TimelinePage, YearEvents};
use crate::render::pages::parts::{links, list_pages, Layout};
use crate::render::pages::views::{event_view, page};
use crate::Dossier;

/// `timeline.html` and its parts, each with its path.
pub(crate) fn timeline_pages<'a>(
    d: &Dossier,
    layout: &Layout,
    site: &'a Site,
) -> Vec<(String, Page<'a, TimelinePage>)> {
    let parts = links(&layout.events);
    list_pages(
        "timeline.html",
        d.events.len(),
        &layout.events,
        |path, entries, part| {
            let mut years: BTreeMap<i32, Vec<EventView>> = BTreeMap::new();
            let mut undated = Vec::new();
            for e in entries.iter().filter_map(|&i| d.events.get(i)) {
                match e.date.and_then(|date| date.year) {
                    Some(y) => years
                        .entry(y)
                        .or_default()
                        .push(event_view(d, layout, e, "")),
                    None => undated.push(event_view(d, layout, e, "")),
                }
            }
            // The chart is of the whole timeline, on its own page (not on a part).
            let axis = match part {
                Some(_) => None,
                None => axis_view(&year_counts(d)),
            };
            let years = years
                .into_iter()
                .map(|(year, events)| YearEvents { year, events })
                .collect();
            let data = TimelinePage {
                years,
                undated,
                axis,
                parts: parts.clone(),
                event_count: d.events.len(),
            };
            let mut ctx = page(site, path, "", None, "timeline", data);
            ctx.part = part.cloned();
            ctx
        },
    )
}

/// The number of events of each year whose year is known, over the whole timeline.
fn year_counts(d: &Dossier) -> BTreeMap<i32, usize> {
    let mut counts = BTreeMap::new();
    for year in d
        .events
        .iter()
        .filter_map(|e| e.date.and_then(|date| date.year))
    {
        *counts.entry(year).or_default() += 1;
    }
    counts
}

/// Bars for a static SVG axis: one per year from the first to the last dated event.
pub(crate) fn axis_view(years: &BTreeMap<i32, usize>) -> Option<Axis> {
    let (Some(first), Some(last)) = (years.keys().next(), years.keys().next_back()) else {
        return None;
    };
    let max = years.values().copied().max().unwrap_or(1).max(1);
    let span = (last - first + 1) as usize;
    let width = 60;
    let bars = (*first..=*last)
        .enumerate()
        .map(|(i, year)| {
            let count = years.get(&year).copied().unwrap_or(0);
            let height = count * 80 / max;
            Bar {
                year,
                count,
                x: i * width + 10,
                y: 90 - height,
                height,
            }
        })
        .collect();
    Some(Axis {
        bars,
        width: span * width + 20,
    })
}
