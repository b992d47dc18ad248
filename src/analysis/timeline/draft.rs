//! Drafting: each date a source's paragraphs give becomes a draft event, titled by the sentence
//! that holds the date, with the officials of that clause, its kind (statement or reported) and
//! the reason for an inferred date. In: one analysed source; out: its drafts, in text order.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};

use super::sentences::ParagraphSentences;
use super::{Draft, TITLE_MAX_CHARS};
use crate::dates::{check_weekday, WeekdayCheck};
use crate::lexicon::SAYING_VERBS;
use crate::model::{
    Authorship, Citation, DateKind, DateMention, Origin, PartialDate, Precision, SourceRecord,
};

/// The dated statements and reported events of one source, in text order.
pub(super) fn source_drafts(source: &SourceRecord, known: &BTreeSet<&str>) -> Vec<Draft> {
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
            .filter(|m| m.paragraph == p)
            .filter(|m| span.is_none_or(|(s, e)| m.start >= s && m.end <= e))
            .filter_map(|m| m.official.clone())
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
pub(super) fn trim_title(title: &str) -> String {
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
