//! Merging: machine drafts that report one event become one (the same day and a shared official,
//! or the same date and nearly the same words; a date without a year joins the single dated event
//! it fits). In: the drafts of every source; out: fewer drafts, each noting what it absorbed.

use std::collections::HashMap;

use super::{citation_list, Draft};
use crate::dates::{check_weekday, weekday_name, WeekdayCheck};
use crate::model::{month_name, Precision};

/// Sørensen–Dice similarity from which two titles on one date are one event.
const SIMILAR_TITLES: f64 = 0.8;

/// Merges machine events that report one event (see the module documentation).
pub(super) fn merge_machine(drafts: Vec<Draft>) -> Vec<Draft> {
    let (yearless, dated): (Vec<Draft>, Vec<Draft>) = drafts
        .into_iter()
        .partition(|d| d.date.is_some_and(|date| date.year.is_none()));
    let mut merged = merge_same_date(dated);
    let mut unplaced = Vec::new();
    for draft in merge_same_date(yearless) {
        match yearless_target(&merged, &draft) {
            Some(i) => {
                let note = yearless_note(&draft, &merged[i]);
                let target = &mut merged[i];
                target.citations.extend(draft.citations);
                target.people.extend(draft.people);
                target.notes.push(note);
                if draft.kind == "statement" {
                    target.kind = draft.kind;
                }
            }
            None => unplaced.push(draft),
        }
    }
    merged.extend(unplaced);
    merged
}

/// Merges drafts with the same date that share an official or have very similar titles.
fn merge_same_date(drafts: Vec<Draft>) -> Vec<Draft> {
    let mut merged: Vec<Draft> = Vec::new();
    // Only drafts with the same year, month and day can be one event (see `same_event`): look
    // among those, not among every draft so far.
    let mut by_day: HashMap<DayKey, Vec<usize>> = HashMap::new();
    for draft in drafts {
        let key = day_key(&draft);
        let target = by_day.get(&key).and_then(|list| {
            list.iter()
                .copied()
                .find(|&i| same_event(&merged[i], &draft))
        });
        match target {
            Some(i) => {
                let target = &mut merged[i];
                let shared = !target.people.is_disjoint(&draft.people);
                let why = if shared {
                    "the same day and the same official"
                } else {
                    "the same date and nearly the same words"
                };
                target.notes.push(format!(
                    "Also reported in {} ({why}).",
                    citation_list(&draft.citations)
                ));
                target.citations.extend(draft.citations);
                target.people.extend(draft.people);
                if draft.kind == "statement" {
                    target.kind = draft.kind;
                }
            }
            None => {
                by_day.entry(key).or_default().push(merged.len());
                merged.push(draft);
            }
        }
    }
    merged
}

/// Year, month and day of a draft's date: the drafts that may be one event share it.
type DayKey = Option<(Option<i32>, Option<u8>, Option<u8>)>;

fn day_key(draft: &Draft) -> DayKey {
    draft.date.map(|d| (d.year, d.month, d.day))
}

fn same_event(a: &Draft, b: &Draft) -> bool {
    let (Some(da), Some(db)) = (a.date, b.date) else {
        return false;
    };
    let same_day = da.day.is_some()
        && (da.year, da.month, da.day) == (db.year, db.month, db.day)
        && da.approximate == db.approximate;
    let shares_person = !a.people.is_disjoint(&b.people);
    (same_day && shares_person)
        || (da == db && strsim::sorensen_dice(&a.title, &b.title) >= SIMILAR_TITLES)
}

/// The single dated event a year-less draft belongs to: same day and month, a shared official,
/// and no relative weekday near the draft that contradicts the date.
fn yearless_target(dated: &[Draft], draft: &Draft) -> Option<usize> {
    let date = draft.date?;
    date.day?;
    let candidates: Vec<usize> = dated
        .iter()
        .enumerate()
        .filter(|(_, d)| {
            d.date.is_some_and(|full| {
                full.precision() == Some(Precision::Day)
                    && (full.month, full.day) == (date.month, date.day)
            })
        })
        .filter(|(_, d)| !d.people.is_disjoint(&draft.people))
        .filter(|(_, d)| {
            let full = d.date.unwrap_or(date);
            draft
                .weekdays
                .iter()
                .all(|(w, _)| !matches!(check_weekday(*w, full), WeekdayCheck::Disagrees { .. }))
        })
        .map(|(i, _)| i)
        .collect();
    match candidates.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

fn yearless_note(draft: &Draft, target: &Draft) -> String {
    let date = draft
        .date
        .and_then(|d| Some(format!("{} {}", d.day?, month_name(d.month?))))
        .unwrap_or_default();
    let full = target.date.map(|d| d.display()).unwrap_or_default();
    let mut note = format!(
        "{} gives the date as {date}, without a year; taken as this event because the day, the \
         month and an official are the same",
        citation_list(&draft.citations)
    );
    for (weekday, text) in &draft.weekdays {
        note.push_str(&format!(
            ", and its “{text}” fits: {full} was a {}",
            weekday_name(*weekday)
        ));
    }
    note.push('.');
    note
}
