//! Editorial events: the entries of `content/events.yaml` as drafts, each absorbing the machine
//! drafts that cite one of its paragraphs with a compatible date. In: the entries and the merged
//! machine drafts; out: the editorial drafts and the machine drafts left over.

use std::collections::BTreeSet;

use super::{citation_list, Draft};
use crate::content::events::EventEntry;
use crate::model::{Authorship, Citation, Origin, PartialDate};

/// Turns the editorial entries into drafts, each absorbing the machine events that cite one of
/// its paragraphs with a compatible date; returns them and the machine events left over.
pub(super) fn absorb_into_editorial(
    editorial: &[EventEntry],
    machine: Vec<Draft>,
) -> (Vec<Draft>, Vec<Draft>) {
    let mut remaining: Vec<Option<Draft>> = machine.into_iter().map(Some).collect();
    let mut out = Vec::new();
    for entry in editorial {
        let cited: BTreeSet<&Citation> = entry
            .citations
            .iter()
            .filter(|c| c.paragraph.is_some())
            .collect();
        let mut draft = Draft {
            date: Some(entry.date),
            date_origin: Origin::Editor {
                file: entry.file.clone(),
            },
            title: entry.title.clone(),
            description: entry.description.clone(),
            notes: Vec::new(),
            people: entry.people.iter().cloned().collect(),
            citations: entry.citations.iter().cloned().collect(),
            authorship: Authorship::Editorial,
            kind: "editorial".to_string(),
            weekdays: Vec::new(),
        };
        let editor_named_people = !draft.people.is_empty();
        for slot in remaining.iter_mut() {
            let absorbs = slot.as_ref().is_some_and(|m| {
                m.citations.iter().any(|c| cited.contains(c))
                    && m.date.is_none_or(|d| compatible(d, entry.date))
            });
            if !absorbs {
                continue;
            }
            if let Some(m) = slot.take() {
                if let (Some(d), Origin::Inferred { reason }) = (m.date, &m.date_origin) {
                    if d == entry.date {
                        draft.notes.push(format!(
                            "The text supports this date ({}): {reason}.",
                            citation_list(&m.citations)
                        ));
                    }
                }
                draft.citations.extend(m.citations);
                if !editor_named_people {
                    draft.people.extend(m.people);
                }
            }
        }
        out.push(draft);
    }
    (out, remaining.into_iter().flatten().collect())
}

/// True when two dates can name the same time: no part both give differs.
fn compatible(a: PartialDate, b: PartialDate) -> bool {
    fn agree<T: PartialEq>(x: Option<T>, y: Option<T>) -> bool {
        match (x, y) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
    }
    agree(a.year, b.year) && agree(a.month, b.month) && agree(a.day, b.day)
}
