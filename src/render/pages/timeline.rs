//! `timeline.html`: the events by year, with a static bar chart of events per year.

use std::collections::BTreeMap;

use crate::render::context::{Axis, Bar, EventView, Page, Site, TimelinePage, YearEvents};
use crate::render::pages::views::{event_view, page};
use crate::Dossier;

pub(crate) fn timeline_context<'a>(d: &Dossier, site: &'a Site) -> Page<'a, TimelinePage> {
    let mut years: BTreeMap<i32, Vec<EventView>> = BTreeMap::new();
    let mut undated = Vec::new();
    for e in &d.events {
        match e.date.and_then(|date| date.year) {
            Some(y) => years.entry(y).or_default().push(event_view(d, e, "")),
            None => undated.push(event_view(d, e, "")),
        }
    }
    let axis = axis_view(&years);
    let years = years
        .into_iter()
        .map(|(year, events)| YearEvents { year, events })
        .collect();
    page(
        site,
        "timeline.html",
        "",
        None,
        "timeline",
        TimelinePage {
            years,
            undated,
            axis,
        },
    )
}

/// Bars for a static SVG axis: one per year from the first to the last dated event.
pub(crate) fn axis_view(years: &BTreeMap<i32, Vec<EventView>>) -> Option<Axis> {
    let (Some(first), Some(last)) = (years.keys().next(), years.keys().next_back()) else {
        return None;
    };
    let max = years.values().map(Vec::len).max().unwrap_or(1).max(1);
    let span = (last - first + 1) as usize;
    let width = 60;
    let bars = (*first..=*last)
        .enumerate()
        .map(|(i, year)| {
            let count = years.get(&year).map_or(0, Vec::len);
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
