//! Order and ids: the drafts sorted chronologically (year unknown after dated, undated last) and
//! given ids from the date and the first words of the title, made unique with `-2`, `-3` ….
//! In: every draft; out: the timeline's events.

use std::collections::BTreeMap;

use super::Draft;
use crate::model::{Citation, Event};
use crate::text::slugify;

/// Orders the drafts and gives them ids.
pub(super) fn finish(drafts: Vec<Draft>) -> Vec<Event> {
    let mut keyed: Vec<(OrderKey, Draft)> =
        drafts.into_iter().map(|d| (order_key(&d), d)).collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    keyed
        .into_iter()
        .map(|(key, draft)| {
            let count = used.entry(key.base_id.clone()).or_insert(0);
            *count += 1;
            let id = match *count {
                1 => key.base_id,
                n => format!("{}-{n}", key.base_id),
            };
            into_event(id, draft)
        })
        .collect()
}

/// Sort key: dated, then year unknown, then undated; date; approximate after exact; events
/// before publications; id; citations.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct OrderKey {
    class: u8,
    date: (i32, u8, u8),
    approximate: bool,
    publication: bool,
    base_id: String,
    citations: Vec<Citation>,
}

fn order_key(draft: &Draft) -> OrderKey {
    let class = match draft.date {
        Some(d) if d.year.is_some() => 0,
        Some(_) => 1,
        None => 2,
    };
    OrderKey {
        class,
        date: draft.date.map_or((0, 0, 0), |d| d.sort_key()),
        approximate: draft.date.is_some_and(|d| d.approximate),
        publication: draft.kind == "publication",
        base_id: base_id(draft),
        citations: draft.citations.iter().cloned().collect(),
    }
}

/// The slug of the date and the first words of the title.
fn base_id(draft: &Draft) -> String {
    let date = match draft.date {
        Some(d) if !d.datetime().is_empty() => d.datetime(),
        Some(d) => d.month.map_or("undated".to_string(), |m| format!("{m:02}")),
        None => "undated".to_string(),
    };
    let mut words = String::new();
    for word in slugify(&draft.title).split('-').filter(|w| !w.is_empty()) {
        if words.len() + word.len() > 48 {
            break;
        }
        if !words.is_empty() {
            words.push('-');
        }
        words.push_str(word);
    }
    if words.is_empty() {
        date
    } else {
        format!("{date}-{words}")
    }
}

fn into_event(id: String, draft: Draft) -> Event {
    let notes = draft.notes.join(" ");
    let description = match (draft.description, notes.is_empty()) {
        (Some(d), true) => Some(d),
        (Some(d), false) => Some(format!("{d}\n\n{notes}")),
        (None, false) => Some(notes),
        (None, true) => None,
    };
    Event {
        id,
        date: draft.date,
        date_origin: draft.date_origin,
        title: draft.title,
        description,
        people: draft.people.into_iter().collect(),
        citations: draft.citations.into_iter().collect(),
        authorship: draft.authorship,
        kind: draft.kind,
    }
}
