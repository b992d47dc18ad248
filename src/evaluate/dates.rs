//! Date figures: stated dates found, wrong or missed; machine dates invented or taken from page
//! furniture; the publication date.

use std::collections::BTreeSet;

use super::figures::Counts;
use super::matching::date_text_matches;
use super::truth::{TruthDate, TruthDateKind};
use super::Paired;
use crate::model::{DateKind, Origin, PartialDate};
use crate::text::fold;

/// A date the machine reads in an article: on a raw line, as written, with its value.
struct MachineDate {
    line: usize,
    text: String,
    value: PartialDate,
}

/// The machine's dates of one article: every date of its paragraphs but relative weekdays ("on
/// Friday", which the truth does not list), and the publication date when the text states it
/// (its evidence), once each.
fn machine_dates(p: &Paired<'_>) -> Vec<MachineDate> {
    let mut out: Vec<MachineDate> = p
        .source
        .dates
        .iter()
        .filter(|d| !matches!(d.kind, DateKind::Weekday { .. }))
        .map(|d| MachineDate {
            line: d.line,
            text: d.text.clone(),
            value: d.best(),
        })
        .collect();
    if let (Some(value), Origin::Stated { line, evidence, .. }) = (
        p.source.meta.published.value,
        &p.source.meta.published.origin,
    ) {
        let seen = out
            .iter()
            .any(|d| d.line == *line && fold(&d.text) == fold(evidence));
        if !seen && !evidence.is_empty() {
            out.push(MachineDate {
                line: *line,
                text: evidence.clone(),
                value,
            });
        }
    }
    out
}

/// The raw lines (1-based) that hold the date text `text`.
fn lines_of(lines: &[String], text: &str) -> BTreeSet<usize> {
    let folded = fold(text);
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.contains(&folded))
        .map(|(i, _)| i + 1)
        .collect()
}

/// True when the machine's value is the truth's: the same date at the same precision, or no
/// year at all where the truth says the date cannot be known.
fn value_agrees(machine: PartialDate, truth: Option<&str>) -> bool {
    match truth {
        Some(v) => machine.datetime() == v,
        None => machine.year.is_none(),
    }
}

/// Adds the date counts of one article to `counts`.
pub(super) fn count(p: &Paired<'_>, counts: &mut Counts, notes: &mut Vec<String>) {
    let name = &p.article.name;
    let lines: Vec<String> = p.article.text.lines().map(fold).collect();
    let truths: Vec<(&TruthDate, BTreeSet<usize>)> = p
        .article
        .truth
        .dates
        .iter()
        .map(|t| (t, lines_of(&lines, &t.text)))
        .collect();
    let machine = machine_dates(p);
    let matches = |m: &MachineDate, (t, at): &(&TruthDate, BTreeSet<usize>)| {
        at.contains(&m.line) && date_text_matches(&m.text, &t.text)
    };
    for truth in truths.iter().filter(|t| t.0.is_stated()) {
        counts.dates_stated += 1;
        let found: Vec<&MachineDate> = machine.iter().filter(|m| matches(m, truth)).collect();
        let (t, _) = truth;
        let publication_known = t.kind == TruthDateKind::Publication
            && t.value.is_some()
            && p.source.meta.published.value.map(|d| d.datetime()) == t.value;
        if publication_known
            || found
                .iter()
                .any(|m| value_agrees(m.value, t.value.as_deref()))
        {
            counts.dates_found += 1;
        } else if let Some(m) = found.first() {
            counts.dates_wrong += 1;
            notes.push(format!(
                "{name}: date {:?} read as {}, truth {}",
                t.text,
                m.value.datetime(),
                t.value.as_deref().unwrap_or("unknown")
            ));
        } else {
            counts.dates_missed += 1;
            notes.push(format!(
                "{name}: date {:?} ({:?}) is missed",
                t.text, t.kind
            ));
        }
    }
    for m in &machine {
        let matched: Vec<&TruthDate> = truths
            .iter()
            .filter(|t| matches(m, t))
            .map(|t| t.0)
            .collect();
        if matched.is_empty() {
            counts.dates_invented += 1;
            notes.push(format!(
                "{name}: date {:?} on line {} is no date of the truth",
                m.text, m.line
            ));
        } else if matched.iter().all(|t| !t.is_stated()) {
            counts.dates_furniture += 1;
            notes.push(format!(
                "{name}: date {:?} on line {} is furniture",
                m.text, m.line
            ));
        }
    }
    published(p, counts, notes);
}

/// The publication date against the truth's.
fn published(p: &Paired<'_>, counts: &mut Counts, notes: &mut Vec<String>) {
    let machine = p.source.meta.published.value;
    let stated = matches!(p.source.meta.published.origin, Origin::Stated { .. });
    let name = &p.article.name;
    match (&p.article.truth.published, machine) {
        (Some(truth), Some(m)) if m.datetime() == *truth => counts.published_right += 1,
        (Some(truth), Some(m)) => {
            counts.published_wrong += 1;
            notes.push(format!(
                "{name}: published {} but truth {truth}",
                m.datetime()
            ));
        }
        (Some(truth), None) => {
            counts.published_missing += 1;
            notes.push(format!("{name}: publication date {truth} is missing"));
        }
        (None, Some(m)) if stated => {
            counts.published_wrong += 1;
            notes.push(format!(
                "{name}: published {} but the truth states none",
                m.datetime()
            ));
        }
        (None, _) => {}
    }
}
