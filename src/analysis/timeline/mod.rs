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

use crate::lexicon::SAYING_VERBS;
use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap};

mod sentences;
use sentences::ParagraphSentences;

use crate::content::events::EventEntry;
use crate::dates::{check_weekday, weekday_name, WeekdayCheck};
use crate::model::{
    month_name, Authorship, Citation, DateKind, DateMention, Event, Official, Origin, PartialDate,
    Precision, SourceRecord,
};
use crate::text::slugify;

/// Longest title taken from a sentence, in characters.
const TITLE_MAX_CHARS: usize = 140;
/// Sørensen–Dice similarity from which two titles on one date are one event.
const SIMILAR_TITLES: f64 = 0.8;

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
        .flat_map(|s| source_drafts(s, &known))
        .collect();
    let machine = merge_machine(machine);
    let (mut drafts, remaining) = absorb_into_editorial(editorial, machine);
    drafts.extend(remaining);
    drafts.extend(sorted.iter().map(|s| publication_draft(s)));
    finish(drafts)
}

/// The publication event of a source.
fn publication_draft(source: &SourceRecord) -> Draft {
    let title = match (&source.outlet.value, &source.title.value) {
        (Some(outlet), Some(title)) => format!("{outlet} publishes “{title}”"),
        (Some(outlet), None) => format!("{outlet} publishes the article {}", source.slug),
        (None, Some(title)) => format!("“{title}” is published"),
        (None, None) => format!("{} is published", source.slug),
    };
    Draft {
        date: source.published.value,
        date_origin: source.published.origin.clone(),
        title: trim_title(&title),
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

/// The dated statements and reported events of one source, in text order.
fn source_drafts(source: &SourceRecord, known: &BTreeSet<&str>) -> Vec<Draft> {
    let mut paragraphs: BTreeMap<usize, ParagraphFacts<'_>> = BTreeMap::new();
    source
        .dates
        .iter()
        .filter(|m| takes_event(source, m))
        .filter_map(|m| {
            let n = m.paragraph?;
            let facts = match paragraphs.entry(n) {
                Entry::Occupied(facts) => facts.into_mut(),
                Entry::Vacant(slot) => {
                    let paragraph = source.paragraphs.iter().find(|p| p.n == n)?;
                    slot.insert(ParagraphFacts::new(&paragraph.text, source, n))
                }
            };
            mention_draft(source, m, facts, known)
        })
        .collect()
}

/// A dated paragraph's sentences and kind, worked out once for all its dates.
struct ParagraphFacts<'a> {
    sentences: ParagraphSentences<'a>,
    /// `statement` or `reported` (see [`statement_or_reported`]).
    kind: &'static str,
}

impl<'a> ParagraphFacts<'a> {
    fn new(text: &'a str, source: &SourceRecord, n: usize) -> Self {
        Self {
            sentences: ParagraphSentences::new(text, source, n),
            kind: statement_or_reported(source, n, text),
        }
    }
}

/// Whether a date mention gives an event of its own.
fn takes_event(source: &SourceRecord, mention: &DateMention) -> bool {
    match mention.kind {
        DateKind::Copyright | DateKind::Published => false,
        DateKind::Weekday { .. } => mention.inferred.is_some(),
        DateKind::Dateline { .. } => !source.dates.iter().any(|other| {
            other.paragraph == mention.paragraph
                && matches!(other.kind, DateKind::Weekday { .. })
                && other.inferred.is_some()
        }),
        DateKind::Calendar | DateKind::ThisYear => true,
    }
}

fn mention_draft(
    source: &SourceRecord,
    mention: &DateMention,
    facts: &ParagraphFacts<'_>,
    known: &BTreeSet<&str>,
) -> Option<Draft> {
    let n = mention.paragraph?;
    let date = mention.best();
    if date.year.is_none() && date.month.is_none() {
        return None;
    }
    let title = trim_title(&facts.sentences.title(mention));
    let checks = corroboration(source, mention, date);
    let (date_origin, notes) = match &mention.inferred {
        Some(fact) => {
            let mut reason = match &fact.origin {
                Origin::Inferred { reason } => reason.clone(),
                other => other.label().to_string(),
            };
            reason.push_str(&format!(
                "; the publication date is {}",
                describe_origin(&source.published.origin)
            ));
            for check in &checks {
                reason.push_str("; ");
                reason.push_str(check);
            }
            (Origin::Inferred { reason }, Vec::new())
        }
        None => (
            Origin::Stated {
                paragraph: Some(n),
                line: mention.line,
                evidence: mention.text.clone(),
            },
            checks,
        ),
    };
    let weekdays = if date.year.is_none() {
        unresolved_weekdays(source, n)
    } else {
        Vec::new()
    };
    Some(Draft {
        date: Some(date),
        date_origin,
        title,
        description: None,
        notes,
        people: people_for(source, mention, &facts.sentences, known),
        citations: BTreeSet::from([Citation {
            source: source.slug.clone(),
            paragraph: Some(n),
        }]),
        authorship: Authorship::Machine,
        kind: facts.kind.to_string(),
        weekdays,
    })
}

/// What else in the source confirms or contradicts a date with a day: a relative weekday in the
/// same paragraph, or for a weekday-dated event the source's dateline.
fn corroboration(source: &SourceRecord, mention: &DateMention, date: PartialDate) -> Vec<String> {
    if date.precision() != Some(Precision::Day) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for other in &source.dates {
        if std::ptr::eq(other, mention) {
            continue;
        }
        match &other.kind {
            DateKind::Weekday { weekday } if other.paragraph == mention.paragraph => {
                let check = check_weekday(*weekday, date);
                let verdict = match check {
                    WeekdayCheck::Agrees { .. } => "agrees",
                    WeekdayCheck::Disagrees { .. } => "does not agree",
                    WeekdayCheck::Unchecked => continue,
                };
                if !matches!(mention.kind, DateKind::Weekday { .. }) {
                    out.push(format!(
                        "“{}” in the same paragraph {verdict}: {}",
                        other.text,
                        check.explain(date)
                    ));
                }
            }
            DateKind::Dateline { .. } if matches!(mention.kind, DateKind::Weekday { .. }) => {
                let dateline = other.best();
                if dateline.month.is_none() || dateline.day.is_none() {
                    continue;
                }
                let same = dateline.month == date.month
                    && dateline.day == date.day
                    && dateline.year.is_none_or(|y| Some(y) == date.year);
                out.push(if same {
                    format!("the dateline “{}” gives the same day", other.text)
                } else {
                    format!(
                        "the dateline “{}” gives another day, {}",
                        other.text,
                        dateline.display()
                    )
                });
            }
            _ => {}
        }
    }
    // A weekday repeated in the paragraph gives the same note once, not once per repetition.
    let mut seen = BTreeSet::new();
    out.retain(|note| seen.insert(note.clone()));
    out
}

/// The relative weekdays of paragraphs `n` and `n + 1` that could not be resolved.
fn unresolved_weekdays(source: &SourceRecord, n: usize) -> Vec<(u8, String)> {
    source
        .dates
        .iter()
        .filter(|m| m.inferred.is_none())
        .filter(|m| m.paragraph == Some(n) || m.paragraph == Some(n + 1))
        .filter_map(|m| match m.kind {
            DateKind::Weekday { weekday } => Some((weekday, m.text.clone())),
            _ => None,
        })
        .collect()
}

/// The officials a date is an event of: those named in the date's own sentence (a date dates
/// its clause, not the whole paragraph: "the embassy closed shortly after the invasion on
/// February 24" is no event of the minister the paragraph names in another sentence). A
/// sentence that names nobody takes the paragraph's officials only when it speaks ("he said on
/// Monday"); in a paragraph that names nobody, the next paragraph's officials when it has no
/// date of its own (news ledes name the speaker one paragraph later). A dateline dates the whole
/// lede: it takes the paragraph's officials.
fn people_for(
    source: &SourceRecord,
    mention: &DateMention,
    sentences: &ParagraphSentences<'_>,
    known: &BTreeSet<&str>,
) -> BTreeSet<String> {
    let Some(n) = mention.paragraph else {
        return BTreeSet::new();
    };
    let text = sentences.text;
    let (start, end) = sentences.span(mention);
    let named = |p: usize, span: Option<(usize, usize)>| -> BTreeSet<String> {
        source
            .mentions
            .iter()
            .zip(&source.mention_officials)
            .filter(|(m, _)| m.paragraph == p)
            .filter(|(m, _)| span.is_none_or(|(s, e)| m.start >= s && m.end <= e))
            .filter_map(|(_, slug)| slug.clone())
            .filter(|slug| known.is_empty() || known.contains(slug.as_str()))
            .collect()
    };
    let in_sentence = named(n, Some((start, end)));
    if !in_sentence.is_empty() {
        return in_sentence;
    }
    let here = named(n, None);
    let dateline = matches!(mention.kind, DateKind::Dateline { .. });
    if !here.is_empty() && dateline {
        return here;
    }
    if !here.is_empty() {
        let sentence = text.get(start..end).unwrap_or(text);
        let speaks = statement_or_reported(source, n, sentence) == "statement";
        return if speaks { here } else { BTreeSet::new() };
    }
    let next_has_date = source.dates.iter().any(|m| m.paragraph == Some(n + 1));
    if next_has_date {
        BTreeSet::new()
    } else {
        named(n + 1, None)
    }
}

fn statement_or_reported(source: &SourceRecord, n: usize, text: &str) -> &'static str {
    let lower = text.to_lowercase();
    let has_verb = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| SAYING_VERBS.contains(&w));
    if has_verb || source.quotes.iter().any(|q| q.paragraph == n) {
        "statement"
    } else {
        "reported"
    }
}

/// How a publication date came about, for an inference's reason.
fn describe_origin(origin: &Origin) -> String {
    match origin {
        Origin::Stated { line, evidence, .. } => {
            format!("stated in the text (“{evidence}”, line {line})")
        }
        Origin::Inferred { reason } => format!("itself inferred ({reason})"),
        Origin::Editor { file } => format!("supplied by the editor in {file}"),
        Origin::Unknown => "of unknown origin".to_string(),
    }
}

/// Cuts a title to [`TITLE_MAX_CHARS`] at a word boundary, with "…".
fn trim_title(title: &str) -> String {
    let title = title.trim();
    if title.chars().count() <= TITLE_MAX_CHARS {
        return title.to_string();
    }
    let cut = title
        .char_indices()
        .nth(TITLE_MAX_CHARS)
        .map_or(title.len(), |(i, _)| i);
    let head = &title[..cut];
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space > 0 => &head[..space],
        _ => head,
    };
    format!(
        "{}…",
        head.trim_end_matches(|c: char| c.is_whitespace() || ",;:–—-".contains(c))
    )
}

/// Merges machine events that report one event (see the module documentation).
fn merge_machine(drafts: Vec<Draft>) -> Vec<Draft> {
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

/// Turns the editorial entries into drafts, each absorbing the machine events that cite one of
/// its paragraphs with a compatible date; returns them and the machine events left over.
fn absorb_into_editorial(
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

fn citation_list(citations: &BTreeSet<Citation>) -> String {
    citations.iter().map(cite).collect::<Vec<_>>().join(", ")
}

/// `slug#pN`, or `slug` for a whole source.
pub fn cite(citation: &Citation) -> String {
    citation.to_string()
}

/// Orders the drafts and gives them ids.
fn finish(drafts: Vec<Draft>) -> Vec<Event> {
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

#[cfg(test)]
mod tests;
