//! Context of a chosen date: a dateline's place and agency, a "Published" label, approximation
//! markers before it. In: the text and one candidate; out: the candidate widened over its
//! context, with its kind and approximation set. It never reaches back past the previous date.

use std::sync::LazyLock;

use regex::Regex;

use super::find::{ends_with_mid, Candidate};
use super::words::{APPROXIMATE_MARKERS, FILLER_WORDS};
use crate::model::DateKind;

/// Trailing agency of a dateline: ". /TASS/.", " – RIA Novosti.", " (Reuters) -", "/ Radio Sputnik.".
static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:\s*\.?\s*/[^/\n]{1,30}/\.?",
        r"|\s*[–—-]\s*(?:\p{Lu}[\p{L}\-]*\s?){1,4}\.",
        r"|\s*\([^)\n]{1,30}\)(?:\s*[–—-])?",
        r"|\s*/\s*(?:\p{Lu}[\p{L}\-]*\s?){1,4}\.)"
    ))
    .unwrap_or_else(|e| unreachable!("fixed pattern: {e}"))
});

/// A dateline's place: the whole line before the date, in capitals and ending with a comma
/// ("MINSK, "), or one or two capitalised words ending with a slash ("Baku / 15.07.20 / Turan:"),
/// or one capitalised word and a comma on a line that is the dateline alone ([`DATELINE_REST`]).
static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:(\p{Lu}[\p{Lu}.'\- ]*\p{Lu}),|(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)\s*/|(\p{Lu}\p{Ll}+),)\s*$",
    )
    .unwrap_or_else(|e| unreachable!("fixed pattern: {e}"))
});

/// The rest of a dateline line after its date: at most an agency of up to three capitalised
/// words (", AZERTAC", " (Reuters)").
static DATELINE_REST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,?\s*\(?\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*){0,2}\)?)?\s*$")
        .unwrap_or_else(|e| unreachable!("fixed pattern: {e}"))
});

/// The text from `from` to the end of its line.
fn line_rest(text: &str, from: usize) -> &str {
    let rest = &text[from..];
    rest.split('\n').next().unwrap_or(rest)
}

/// What follows a date that opens a line when the date is the page's stamp: a bar or a bullet,
/// or a time and then a bar ("| 17:45 |", " • ", ", 14:06 |").
static STAMP_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[,|•·]?\s*\d{1,2}:\d{2}\s*[|•·]|[|•·])")
        .unwrap_or_else(|e| unreachable!("fixed pattern: {e}"))
});

/// Words before a date that make it a publication line, in the order they are tried
/// (`published_labels.txt`).
static PUBLISHED_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("published_labels.txt")).collect());

/// Labels of [`PUBLISHED_WORDS`] that are ordinary words elsewhere ("the date 2025-08-09 was
/// set"): they make a publication line only when they begin the line.
const LINE_START_ONLY: [&str; 2] = ["date:", "date"];

/// Widens a chosen date over its context: a dateline's place and agency, a "Published" label, or
/// approximation markers before it (which also set `approximate`). Never reaches back past
/// `previous_end`.
pub(super) fn widen(text: &str, mut candidate: Candidate, previous_end: usize) -> Candidate {
    let has_day = candidate.date.day.is_some();
    if candidate.kind == DateKind::Calendar && (has_day || candidate.label_only) {
        // Only the end of the line matters (a place or a label right before the date): looking
        // no further back than LINE_CONTEXT bytes keeps a long line linear, not quadratic.
        let window = floor_char_boundary(text, candidate.start.saturating_sub(LINE_CONTEXT));
        let line_start = text[window..candidate.start]
            .rfind('\n')
            .map(|i| window + i + 1);
        let whole_line = line_start.is_some() || window == 0;
        let line_start = line_start.unwrap_or(window);
        let line_before = &text[line_start..candidate.start];
        let place = (whole_line && has_day)
            .then(|| {
                PLACE.captures(line_before).and_then(|c| {
                    c.get(1).or_else(|| c.get(2)).or_else(|| {
                        // "Baku, March 19, AZERTAC": a capitalised word and a comma make a
                        // place only on a line that is the dateline alone, and never a
                        // weekday's or a month's name ("Friday, March 19").
                        c.get(3).filter(|place| {
                            !crate::dates::is_calendar_word(&place.as_str().to_lowercase())
                                && DATELINE_REST.is_match(line_rest(text, candidate.end))
                        })
                    })
                })
            })
            .flatten();
        if let Some(place) = place {
            if line_start >= previous_end {
                candidate.kind = DateKind::Dateline {
                    place: place.as_str().to_string(),
                };
                candidate.start = line_start + place.start();
                if let Some(agency) = AGENCY.find(&text[candidate.end..]) {
                    candidate.end += agency.end();
                }
                return candidate;
            }
        }
        if let Some(offset) = published_label(line_before) {
            if line_start + offset >= previous_end {
                candidate.kind = DateKind::Published;
                candidate.start = line_start + offset;
                return candidate;
            }
        }
        // A full date opening the line, then a time or a bar, is the page's stamp run into the
        // text ("28.08.2025 | 17:45 |Глава МИД …").
        let opens_line = whole_line && line_before.trim().is_empty();
        let full = has_day && candidate.date.year.is_some();
        if opens_line && full && line_start >= previous_end {
            if let Some(stamp) = STAMP_TAIL.find(&text[candidate.end..]) {
                candidate.kind = DateKind::Published;
                candidate.end += stamp.end();
                return candidate;
            }
        }
    }
    if candidate.kind == DateKind::Calendar {
        candidate.end = without_sentence_stop(text, candidate.start, candidate.end);
    }
    if matches!(
        candidate.kind,
        DateKind::Calendar | DateKind::ThisYear | DateKind::LastYear
    ) {
        if let Some(start) = approximation_start(text, candidate.start, previous_end) {
            candidate.date.approximate = true;
            candidate.start = start;
        }
    }
    candidate
}

/// The end of a date without the full stop after a month written in full: the sentence's stop,
/// not an abbreviation's dot ("ce vendredi 28 novembre." ends at "novembre"; "12 нояб." keeps
/// its dot). A dateline keeps its stop («МИНСК, 3 марта.»): it is not read here.
fn without_sentence_stop(text: &str, start: usize, end: usize) -> usize {
    let Some(before) = text.get(start..end).and_then(|t| t.strip_suffix('.')) else {
        return end;
    };
    let last_word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let full_month = crate::lexicon::ENGLISH_MONTHS
        .iter()
        .any(|m| m.eq_ignore_ascii_case(&last_word))
        || super::words::full_month_names().any(|m| m == last_word);
    if full_month {
        end - 1
    } else {
        end
    }
}

/// How far back on a line a dateline's place or a "Published" label is looked for, in bytes.
const LINE_CONTEXT: usize = 200;

/// The largest char boundary of `text` at or before `i`.
fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The offset in `line_before` of a "Published" label that ends right before the date.
fn published_label(line_before: &str) -> Option<usize> {
    let trimmed = line_before.trim_end();
    let lower = trimmed.to_lowercase();
    PUBLISHED_WORDS.iter().find_map(|word| {
        if !lower.ends_with(word) {
            return None;
        }
        // The labels' letters keep their byte lengths when lower-cased, so the offset counted
        // from the end carries over; `get` guards against any other text.
        let offset = trimmed.len().checked_sub(word.len())?;
        let label = trimmed.get(offset..)?;
        let at_word_start = trimmed
            .get(..offset)?
            .chars()
            .last()
            .is_none_or(|c| !c.is_alphanumeric());
        let line_start = !LINE_START_ONLY.contains(word) || trimmed[..offset].trim().is_empty();
        (label.to_lowercase() == *word && at_word_start && line_start).then_some(offset)
    })
}

/// Where approximation markers before a date begin ("ориентировочно где-то с", "around",
/// "early", "mid-"), looking back at most four words on the same line; `None` when there are
/// none.
fn approximation_start(text: &str, start: usize, previous_end: usize) -> Option<usize> {
    let before = &text[previous_end..start];
    if ends_with_mid(before) {
        let marker = start - "mid-".len();
        return Some(approximation_start(text, marker, previous_end).unwrap_or(marker));
    }
    let mut found = None;
    let mut gap_end = before.len();
    for (word_start, word_end) in words_backwards(before).into_iter().take(4) {
        let gap = &before[word_end..gap_end];
        if gap.is_empty() || gap.contains('\n') {
            break;
        }
        let word = before[word_start..word_end].to_lowercase();
        if APPROXIMATE_MARKERS.contains(&word.as_str()) {
            found = Some(previous_end + word_start);
        } else if !FILLER_WORDS.contains(&word.as_str()) {
            break;
        }
        gap_end = word_start;
    }
    found
}

/// The whitespace-separated words of `text` as byte ranges, last word first.
fn words_backwards(text: &str) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut current: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), current) {
            (true, Some(s)) => {
                words.push((s, i));
                current = None;
            }
            (false, None) => current = Some(i),
            _ => {}
        }
    }
    if let Some(s) = current {
        words.push((s, text.len()));
    }
    words.reverse();
    words
}
