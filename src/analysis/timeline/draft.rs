//! Drafting: each date a source's paragraphs give becomes a draft event, titled by the sentence
//! that holds the date, with the officials of that clause, its kind (statement or reported) and
//! the reason for an inferred date. In: one analysed source; out: its drafts, in text order.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};

use super::lookup::{paragraph, SourceLookup};
use super::sentences::ParagraphSentences;
use super::{Draft, TITLE_MAX_CHARS};
use crate::dates::{check_weekday, WeekdayCheck};
use crate::lexicon::SAYING_VERBS;
use crate::model::{
    Authorship, Citation, DateKind, DateMention, Origin, PartialDate, Precision, SourceRecord,
};

/// The dated statements and reported events of one source, in text order.
pub(super) fn source_drafts(source: &SourceRecord, known: &BTreeSet<&str>) -> Vec<Draft> {
    let lookup = SourceLookup::new(source, known);
    let mut paragraphs: BTreeMap<usize, ParagraphFacts<'_>> = BTreeMap::new();
    source
        .dates
        .iter()
        .filter(|m| takes_event(&lookup, m))
        .filter_map(|m| {
            let n = m.paragraph?;
            let facts = match paragraphs.entry(n) {
                Entry::Occupied(facts) => facts.into_mut(),
                Entry::Vacant(slot) => {
                    let paragraph = paragraph(source, n)?;
                    slot.insert(ParagraphFacts::new(&paragraph.text, source, &lookup, n))
                }
            };
            mention_draft(source, &lookup, m, facts)
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
    fn new(text: &'a str, source: &SourceRecord, lookup: &SourceLookup<'_>, n: usize) -> Self {
        Self {
            sentences: ParagraphSentences::new(text, source, n),
            kind: statement_or_reported(lookup.is_quoted(n), text),
        }
    }
}

/// Whether a date mention gives an event of its own.
fn takes_event(lookup: &SourceLookup<'_>, mention: &DateMention) -> bool {
    match mention.kind {
        DateKind::Copyright | DateKind::Published => false,
        DateKind::Weekday { .. } => mention.inferred.is_some(),
        DateKind::Dateline { .. } => !lookup.has_resolved_weekday(mention.paragraph),
        DateKind::Calendar | DateKind::ThisYear | DateKind::LastYear => true,
    }
}

fn mention_draft(
    source: &SourceRecord,
    lookup: &SourceLookup<'_>,
    mention: &DateMention,
    facts: &ParagraphFacts<'_>,
) -> Option<Draft> {
    let n = mention.paragraph?;
    let date = mention.best();
    if date.year.is_none() && date.month.is_none() {
        return None;
    }
    let title = trim_title(facts.sentences.title(mention));
    let checks = corroboration(lookup, mention, date);
    let (date_origin, notes) = match &mention.inferred {
        Some(fact) => {
            let mut reason = match &fact.origin {
                Origin::Inferred { reason } => reason.clone(),
                other => other.label().to_string(),
            };
            reason.push_str(&format!(
                "; the publication date is {}",
                describe_origin(&source.meta.published.origin)
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
        lookup.unresolved_weekdays(n)
    } else {
        Vec::new()
    };
    Some(Draft {
        date: Some(date),
        date_origin,
        title,
        description: None,
        notes,
        people: people_for(lookup, mention, &facts.sentences),
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
fn corroboration(
    lookup: &SourceLookup<'_>,
    mention: &DateMention,
    date: PartialDate,
) -> Vec<String> {
    if date.precision() != Some(Precision::Day) {
        return Vec::new();
    }
    let mut out = Vec::new();
    if !matches!(mention.kind, DateKind::Weekday { .. }) {
        // Each (weekday, wording) of the paragraph once: the notes they give are the same.
        for &(weekday, other) in lookup.weekdays_of(mention.paragraph) {
            let check = check_weekday(weekday, date);
            let verdict = match check {
                WeekdayCheck::Agrees { .. } => "agrees",
                WeekdayCheck::Disagrees { .. } => "does not agree",
                WeekdayCheck::Unchecked => continue,
            };
            out.push(format!(
                "“{}” in the same paragraph {verdict}: {}",
                other.text,
                check.explain(date)
            ));
        }
    } else {
        for other in &lookup.datelines {
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
    }
    // A weekday repeated in the paragraph gives the same note once, not once per repetition.
    let mut seen = BTreeSet::new();
    out.retain(|note| seen.insert(note.clone()));
    out
}

/// The officials a date is an event of: those named in the date's own sentence (a date dates
/// its clause, not the whole paragraph: "the embassy closed shortly after the invasion on
/// February 24" is no event of the minister the paragraph names in another sentence). A
/// sentence that names nobody takes the paragraph's officials only when it speaks ("he said on
/// Monday"); in a paragraph that names nobody, the next paragraph's officials when it has no
/// date of its own (news ledes name the speaker one paragraph later). A dateline dates the whole
/// lede: it takes the paragraph's officials.
fn people_for(
    lookup: &SourceLookup<'_>,
    mention: &DateMention,
    sentences: &ParagraphSentences<'_>,
) -> BTreeSet<String> {
    let Some(n) = mention.paragraph else {
        return BTreeSet::new();
    };
    let text = sentences.text;
    let (start, end) = sentences.span(mention);
    let in_sentence = lookup.named_in(n, start, end);
    if !in_sentence.is_empty() {
        return in_sentence;
    }
    let here = lookup.named_anywhere(n);
    let dateline = matches!(mention.kind, DateKind::Dateline { .. });
    if !here.is_empty() && dateline {
        return here;
    }
    if !here.is_empty() {
        let sentence = text.get(start..end).unwrap_or(text);
        let speaks = lookup.speaks(n, (start, end), || {
            statement_or_reported(lookup.is_quoted(n), sentence) == "statement"
        });
        return if speaks { here } else { BTreeSet::new() };
    }
    if lookup.is_dated(n + 1) {
        BTreeSet::new()
    } else {
        lookup.named_anywhere(n + 1)
    }
}

/// `statement` when `text` has a saying verb of one speaker or its paragraph is `quoted`, else
/// `reported` (a plural verb, «в НАТО призвали», reports what a body or unnamed people said).
fn statement_or_reported(quoted: bool, text: &str) -> &'static str {
    let lower = text.to_lowercase();
    let has_verb = lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
        crate::verbs::is_listed_verb(&SAYING_VERBS, w) && !crate::verbs::is_plural_past(w)
    });
    if has_verb || quoted {
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
pub(super) fn trim_title(title: &str) -> String {
    let title = title.trim();
    // Looks at the first characters only: a sentence may be a whole 160 KB line.
    if title.chars().nth(TITLE_MAX_CHARS).is_none() {
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
