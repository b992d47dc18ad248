//! The timeline: machine events from the sources and editorial events, merged and ordered.
//!
//! # Method
//!
//! 1. **Publications.** Each source gives one `publication` event dated by its publication date
//!    (with that date's origin; undated when unknown).
//! 2. **Dated statements and reported events.** Each date found in a paragraph gives an event
//!    titled by the sentence that contains it (cut to about 140 characters at a word), citing that
//!    paragraph, with the officials the paragraph names. When the paragraph names nobody, the
//!    officials of the next paragraph are taken if that paragraph has no date of its own (news
//!    ledes say "an official said on Monday" and name him one paragraph later). The kind is
//!    `statement` when the paragraph quotes or uses a speech verb, else `reported`. Skipped:
//!    copyright and publication lines (the publication event covers them), relative weekdays
//!    that could not be resolved to a date, and a dateline whose paragraph also has a resolved
//!    weekday ("MINSK, December 26. … said on Monday": one statement, dated by the weekday).
//!    A date the text completes by inference keeps the inference's reason, extended with the
//!    origin of the publication date and with what corroborates or contradicts it (a relative
//!    weekday checked against the calendar, the dateline's day).
//! 3. **Merging.** Two machine events are one when they have the same date with a day (or the
//!    very same partial date) and share an official, or the same date and very similar titles
//!    (Sørensen–Dice ≥ 0.8). An event whose text gives a day and month but no year joins the
//!    single dated event with that day and month that shares an official, unless a relative
//!    weekday near it contradicts that date; the description says so.
//! 4. **Editorial events** from `content/events.yaml` join as `editorial`, dated by the editor.
//!    An editorial event absorbs every machine event that cites one of its paragraphs with a
//!    compatible date: the editorial title, date, description and people (when it names any)
//!    win, the citations are unioned.
//! 5. **Order.** Dated events chronologically by [`PartialDate::sort_key`] (a coarser date sorts
//!    at the start of its period, an approximate one after an exact one with the same key), then
//!    events before publications, then by id; then events whose year is unknown (by month and
//!    day); undated events last. Ids are the slug of the date and the first words of the title,
//!    made unique with `-2`, `-3` … in that order.
//!
//! # Limits
//!
//! Sentences are split at `.`, `!`, `?` and `…` followed by a space, outside dates, initials and a
//! few abbreviations; a merge needs a shared official or near-identical titles, so two outlets
//! reporting one event in different words without a named person stay two events.

mod draft;
mod editorial;
mod lookup;
mod merge;
mod order;
mod sentences;

use std::collections::BTreeSet;

use crate::content::events::EventEntry;
use crate::model::{Authorship, Citation, Event, Official, Origin, PartialDate, SourceRecord};

/// Longest title taken from a sentence, in characters.
const TITLE_MAX_CHARS: usize = 140;

/// An event while it is being put together.
#[derive(Debug, Clone)]
struct Draft {
    date: Option<PartialDate>,
    date_origin: Origin,
    title: String,
    description: Option<String>,
    /// Notes on how machine events were merged, appended to the description.
    notes: Vec<String>,
    people: BTreeSet<String>,
    citations: BTreeSet<Citation>,
    authorship: Authorship,
    kind: String,
    /// Relative weekdays near the event that could not be resolved (for year-less merging).
    weekdays: Vec<(u8, String)>,
}

/// Every event, in chronological order, undated events last.
pub fn build(
    sources: &[SourceRecord],
    officials: &[Official],
    editorial: &[EventEntry],
) -> Vec<Event> {
    let known: BTreeSet<&str> = officials.iter().map(|o| o.slug.as_str()).collect();
    let mut sorted: Vec<&SourceRecord> = sources.iter().collect();
    sorted.sort_by(|a, b| a.slug.cmp(&b.slug));
    let machine: Vec<Draft> = sorted
        .iter()
        .flat_map(|s| draft::source_drafts(s, &known))
        .collect();
    let machine = merge::merge_machine(machine);
    let (mut drafts, remaining) = editorial::absorb_into_editorial(editorial, machine);
    drafts.extend(remaining);
    drafts.extend(sorted.iter().map(|s| publication_draft(s)));
    order::finish(drafts)
}

/// The publication event of a source.
fn publication_draft(source: &SourceRecord) -> Draft {
    let title = match (&source.meta.outlet.value, &source.meta.title.value) {
        (Some(outlet), Some(title)) => format!("{outlet} publishes “{title}”"),
        (Some(outlet), None) => format!("{outlet} publishes the article {}", source.slug),
        (None, Some(title)) => format!("“{title}” is published"),
        (None, None) => format!("{} is published", source.slug),
    };
    Draft {
        date: source.meta.published.value,
        date_origin: source.meta.published.origin.clone(),
        title: draft::trim_title(&title),
        description: None,
        notes: Vec::new(),
        people: BTreeSet::new(),
        citations: BTreeSet::from([Citation {
            source: source.slug.clone(),
            paragraph: None,
        }]),
        authorship: Authorship::Machine,
        kind: "publication".to_string(),
        weekdays: Vec::new(),
    }
}

fn citation_list(citations: &BTreeSet<Citation>) -> String {
    citations.iter().map(cite).collect::<Vec<_>>().join(", ")
}

/// `slug#pN`, or `slug` for a whole source.
pub fn cite(citation: &Citation) -> String {
    citation.to_string()
}

#[cfg(test)]
mod tests;
