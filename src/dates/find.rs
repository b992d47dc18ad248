//! Extraction: regular expressions find candidate date expressions, the longest wins where
//! candidates overlap, then each survivor is checked (a real calendar day, a plausible year) and
//! widened by its context ([`super::context`]: dateline, "Published" label, approximation).

use std::sync::LazyLock;

use regex::Regex;

use super::context::widen;
use super::words::{
    alternation, cyrillic_month, day_month_names, english_month, full_month_names,
    month_context_words, month_names, weekday_number, CYRILLIC_WEEKDAYS, ENGLISH_WEEKDAYS,
};
pub(super) use super::years::ends_with_mid;
use super::years::{bare_year, ends_a_span, extend_over_year_word};
use super::FoundDate;
use crate::model::{DateKind, PartialDate};

/// Years accepted in a date that names a month.
const MONTH_DATE_YEARS: std::ops::RangeInclusive<i32> = 1800..=2099;
/// Years accepted for a bare year or a copyright notice.
pub(super) const BARE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2099;

/// What a pattern reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// A calendar date in words or digits (month from group `m`, day `d`, year `y`, `this`).
    Calendar,
    /// A copyright notice; the year is group `y`.
    Copyright,
    /// A four-digit number that is a year only in a date-like context.
    BareYear,
    /// A relative weekday in group `w`.
    Weekday,
    /// A range of days in one month ("Dec. 28-29", "12–14 March 2024"): the first day in group
    /// `d`, the last in `d2`; it gives two dates.
    Range,
    /// A year and month in digits ("2024-11"), kept only after a publication label ("date
    /// 2024-11"): elsewhere it may be a span of years.
    LabelledMonth,
    /// A day, month and two-digit year in digits ("15.07.20"), kept only in a dateline, after a
    /// publication label or beside a time ("26.02.25 20:43"), where it dates the page:
    /// elsewhere it may be a version or a score.
    /// The year is read in the 2000s.
    ShortYear,
    /// A day, month and year with slashes ("28/11/2025"), read day first as in European use;
    /// kept only when the American month-first reading is impossible or gives the same date
    /// ("05/11/2025" could be either and is no date).
    SlashDate,
    /// A month name alone after a context word ("in late October", "с ноября"), or an English
    /// month name used as an attribute ("the November collapse"): group `m`, no day, no year.
    MonthAlone,
}

/// One candidate before overlaps are resolved.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) date: PartialDate,
    pub(super) kind: DateKind,
    /// False for an impossible date (February 30); it still blocks shorter overlapping readings.
    valid: bool,
    /// Index of the pattern, to break ties deterministically.
    rule_index: usize,
    /// For a range, where its last day is written and which day it is.
    pub(super) range_end: Option<(usize, usize, u8)>,
    /// True for a reading kept only when a publication label or a dateline's place stands before
    /// it.
    pub(super) label_only: bool,
}

/// The compiled patterns, in order of preference for equally long matches.
static PATTERNS: LazyLock<Vec<(Regex, Rule)>> = LazyLock::new(compile_patterns);

fn compile_patterns() -> Vec<(Regex, Rule)> {
    let en_month = super::words::english_month_pattern();
    let this_en = r"(?:,?\s+(?:of\s+)?this\s+year\b)";
    let cy_gen = alternation(day_month_names());
    let cy_any = alternation(month_names());
    let this_cy = r"(?:\s+(?:этого|текущего|нынешнего|сего|гэтага|бягучага)\s+года\b)";
    // "February last year", «в декабре прошлого года», "im Dezember letzten Jahres", "en
    // décembre de l'année dernière": the year before the publication's.
    let last_en = r"(?:,?\s+(?:of\s+)?last\s+year\b)";
    let last_cy = r"(?:\s+(?:прошлого\s+года|минулого\s+року|мінулага\s+года|letzten\s+jahres|vergangenen\s+jahres|de\s+l['’]année\s+(?:dernière|passée))\b)";
    let year_word = r"(?:\s*(?:года|году|год|годзе)\b|\s*г\.)?";
    let en_weekdays = ENGLISH_WEEKDAYS.join("|");
    let en_full = crate::lexicon::ENGLISH_MONTHS.join("|");
    // Month names that are never a person's name nor a verb, read alone before a lowercase word.
    let en_plain = "January|February|July|September|October|November|December";
    let en_context = alternation(month_context_words(true));
    let other_context = alternation(month_context_words(false));
    let other_months = alternation(full_month_names());
    let cy_weekdays = alternation(CYRILLIC_WEEKDAYS.iter().flatten().copied());
    let sources: Vec<(String, Rule)> = vec![
        (
            format!(
                r"\b(?P<m>{en_month})\s+(?P<d>\d{{1,2}})\s*[-–—]\s*(?P<d2>\d{{1,2}})\b(?:,?\s+(?P<y>\d{{4}})\b)?"
            ),
            Rule::Range,
        ),
        (
            format!(
                r"\b(?P<d>\d{{1,2}})\s*[-–—]\s*(?P<d2>\d{{1,2}})\s+(?:of\s+)?(?P<m>{en_month})(?:,?\s+(?P<y>\d{{4}})\b)?"
            ),
            Rule::Range,
        ),
        (
            format!(
                r"(?i)\b(?P<d>\d{{1,2}})\.?\s*[-–—]\s*(?P<d2>\d{{1,2}})\.?\s+(?P<m>{cy_gen})\b\.?(?:,?\s+(?P<y>\d{{4}})\b{year_word})?"
            ),
            Rule::Range,
        ),
        (
            format!(
                r"\b(?P<m>{en_month})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:(?:\s*,\s*|\s+)(?P<y>\d{{4}})\b|(?P<this>{this_en})|(?P<last>{last_en}))?"
            ),
            Rule::Calendar,
        ),
        (
            format!(
                r"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{en_month})(?:,?\s+(?P<y>\d{{4}})\b|(?P<this>{this_en})|(?P<last>{last_en}))?"
            ),
            Rule::Calendar,
        ),
        (
            format!(r"\b(?P<m>{en_month})(?:\s*,)?\s+(?:of\s+)?(?P<y>\d{{4}})\b"),
            Rule::Calendar,
        ),
        (
            format!(r"\b(?P<m>{en_month})(?P<this>\s+(?:of\s+)?this\s+year\b)"),
            Rule::Calendar,
        ),
        (
            format!(
                r"(?i)\b(?P<d>\d{{1,2}})(?:er)?\.?,?\s+(?P<m>{cy_gen})\b\.?(?:,?\s+(?P<y>\d{{4}})\b{year_word}|(?P<this>{this_cy})|(?P<last>{last_cy}))?"
            ),
            Rule::Calendar,
        ),
        (
            format!(r"(?i)\b(?P<d>\d{{1,2}})\s+(?P<m>{cy_any})\s+(?P<y>\d{{4}})\b{year_word}"),
            Rule::Calendar,
        ),
        (
            format!(r"(?i)\b(?P<m>{cy_any})\s+(?P<y>\d{{4}})\b{year_word}"),
            Rule::Calendar,
        ),
        (
            format!(r"(?i)\b(?P<m>{cy_any})(?P<this>{this_cy})"),
            Rule::Calendar,
        ),
        (
            format!(r"(?i)\b(?P<m>{cy_any})(?P<last>{last_cy})"),
            Rule::Calendar,
        ),
        (
            format!(r"\b(?P<m>{en_month})(?P<last>{last_en})"),
            Rule::Calendar,
        ),
        (
            format!(r"\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}})\b{year_word}"),
            Rule::Calendar,
        ),
        (
            r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b".to_string(),
            Rule::Calendar,
        ),
        (
            r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b".to_string(),
            Rule::SlashDate,
        ),
        (
            r"\b(?P<d>\d{1,2})\.(?P<m>\d{2})\.(?P<y>\d{2})\b".to_string(),
            Rule::ShortYear,
        ),
        (
            r"(?:©|\([cC]\)|\bCopyright\b)\s*(?:©\s*)?(?:\d{4}\s*[-–—]\s*)?(?P<y>\d{4})\b"
                .to_string(),
            Rule::Copyright,
        ),
        (
            r"\b(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})\b".to_string(),
            Rule::Calendar,
        ),
        (
            r"\b(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])\b".to_string(),
            Rule::LabelledMonth,
        ),
        (r"\b(?P<y>\d{4})\b".to_string(), Rule::BareYear),
        (
            format!(r"(?:(?i:\b(?:{en_context})(?:\s+of)?\s+)|(?i:\bmid-))(?P<m>{en_full})\b"),
            Rule::MonthAlone,
        ),
        (format!(r"\b(?P<m>{en_plain})\s+\p{{Ll}}"), Rule::MonthAlone),
        (
            format!(r"(?i)(?:\b(?:{other_context})\s+|\bd['’]|\bmi-)(?P<m>{other_months})\b"),
            Rule::MonthAlone,
        ),
        (format!(r"\b[Oo]n\s+(?P<w>{en_weekdays})\b"), Rule::Weekday),
        (
            format!(r"(?i)\b(?:в|во|у)\s+(?P<w>{cy_weekdays})\b"),
            Rule::Weekday,
        ),
    ];
    sources
        .into_iter()
        .map(|(source, rule)| {
            let regex = Regex::new(&source).unwrap_or_else(|e| unreachable!("fixed pattern: {e}"));
            (regex, rule)
        })
        .collect()
}

/// A time of day ("20:43").
static TIME_OF_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,2}:\d{2}\b").unwrap_or_else(|e| unreachable!("fixed pattern: {e}"))
});

/// True when a time of day stands right before or after `text[start..end]`, a space between.
fn beside_a_time(text: &str, start: usize, end: usize) -> bool {
    let after = text[end..].strip_prefix(' ');
    let before = text[..start].strip_suffix(' ');
    after.is_some_and(|a| TIME_OF_DAY.is_match(a))
        || before.is_some_and(|b| {
            b.rsplit(' ')
                .next()
                .is_some_and(|w| TIME_OF_DAY.is_match(w) && w.len() <= 5)
        })
}

/// Every date expression in `text`, in text order.
pub(super) fn find(text: &str) -> Vec<FoundDate> {
    let candidates = all_candidates(text);
    let mut chosen = resolve_overlaps(candidates);
    chosen.retain(|c| c.valid);
    let mut found: Vec<FoundDate> = Vec::with_capacity(chosen.len());
    for candidate in chosen {
        let previous_end = found.last().map_or(0, |f| f.end);
        let widened = widen(text, candidate, previous_end);
        // A date with a time beside it ("26.02.25 20:43") is a stamp, which dates a page.
        let dates_the_page = matches!(
            widened.kind,
            DateKind::Published | DateKind::Dateline { .. }
        ) || beside_a_time(text, widened.start, widened.end);
        if widened.label_only && !dates_the_page {
            continue;
        }
        let last_day = widened.range_end.map(|(start, end, day)| FoundDate {
            text: text[start..end].to_string(),
            start,
            end,
            date: PartialDate {
                day: Some(day),
                ..widened.date
            },
            kind: DateKind::Calendar,
        });
        found.push(FoundDate {
            text: text[widened.start..widened.end].to_string(),
            start: widened.start,
            end: widened.end,
            date: widened.date,
            kind: widened.kind,
        });
        found.extend(last_day);
    }
    found
}

fn all_candidates(text: &str) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (rule_index, (regex, rule)) in PATTERNS.iter().enumerate() {
        for caps in regex.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            let candidate = match rule {
                Rule::Calendar => calendar(&caps),
                Rule::Range | Rule::LabelledMonth => calendar(&caps),
                Rule::ShortYear => short_year(&caps),
                Rule::SlashDate => slash_date(&caps),
                Rule::Copyright => year_only(&caps, BARE_YEARS.clone())
                    .map(|date| (date, DateKind::Copyright, true)),
                Rule::BareYear => bare_year(text, whole.start(), whole.end(), &caps),
                Rule::Weekday => weekday(&caps),
                Rule::MonthAlone => month_alone(text, &caps),
            };
            if let Some((date, kind, valid)) = candidate {
                let (start, end) = match rule {
                    // The year word after a span of years is both years' ("1944-1945
                    // годах"): the second year does not take it.
                    Rule::BareYear if ends_a_span(&text[..whole.start()]) => {
                        (whole.start(), whole.end())
                    }
                    Rule::BareYear => (whole.start(), extend_over_year_word(text, whole.end())),
                    Rule::MonthAlone => caps
                        .name("m")
                        .map_or((whole.start(), whole.end()), |m| (m.start(), m.end())),
                    _ => (whole.start(), whole.end()),
                };
                let range_end = caps.name("d2").and_then(|d2| {
                    let day = d2.as_str().parse::<u8>().ok()?;
                    Some((d2.start(), d2.end(), day))
                });
                let valid = valid && range_end.is_none_or(|(_, _, d2)| range_is_real(date, d2));
                out.push(Candidate {
                    start,
                    end,
                    date,
                    kind,
                    valid,
                    rule_index,
                    range_end,
                    label_only: matches!(rule, Rule::LabelledMonth | Rule::ShortYear),
                });
            }
        }
    }
    out
}

/// A date with nothing known yet.
fn empty_date() -> PartialDate {
    PartialDate {
        year: None,
        month: None,
        day: None,
        approximate: false,
    }
}

/// Reads a calendar match; the flag is false when the date is impossible.
fn calendar(caps: &regex::Captures<'_>) -> Option<(PartialDate, DateKind, bool)> {
    let month_text = caps.name("m")?.as_str();
    let month = match month_text.parse::<u8>() {
        Ok(n) => Some(n),
        Err(_) => english_month(month_text).or_else(|| cyrillic_month(month_text)),
    };
    let day = match caps.name("d") {
        Some(d) => Some(d.as_str().parse::<u8>().ok()?),
        None => None,
    };
    let year = match caps.name("y") {
        Some(y) => Some(y.as_str().parse::<i32>().ok()?),
        None => None,
    };
    let date = PartialDate {
        year,
        month,
        day,
        approximate: false,
    };
    let kind = if caps.name("this").is_some() {
        DateKind::ThisYear
    } else if caps.name("last").is_some() {
        DateKind::LastYear
    } else {
        DateKind::Calendar
    };
    let year_ok = year.is_none_or(|y| MONTH_DATE_YEARS.contains(&y));
    Some((date, kind, year_ok && is_real_date(date)))
}

/// Reads a day, month and year with slashes, day first; not valid when the numbers could also
/// be read month first as another date.
fn slash_date(caps: &regex::Captures<'_>) -> Option<(PartialDate, DateKind, bool)> {
    let (date, kind, valid) = calendar(caps)?;
    let unambiguous = match (date.day, date.month) {
        (Some(d), Some(m)) => d > 12 || d == m,
        _ => false,
    };
    Some((date, kind, valid && unambiguous))
}

/// Reads a day, month and two-digit year ("15.07.20": 15 July 2020).
fn short_year(caps: &regex::Captures<'_>) -> Option<(PartialDate, DateKind, bool)> {
    let (date, kind, _) = calendar(caps)?;
    let date = PartialDate {
        year: date.year.map(|y| 2000 + y),
        ..date
    };
    Some((date, kind, is_real_date(date)))
}

/// True when a range's last day `last` comes after its first and exists in its month.
fn range_is_real(first: PartialDate, last: u8) -> bool {
    first.day.is_some_and(|d| d < last)
        && is_real_date(PartialDate {
            day: Some(last),
            ..first
        })
}

/// True when the month and day exist (February 29 only in leap years, or when the year is
/// unknown).
pub(super) fn is_real_date(date: PartialDate) -> bool {
    let Some(month) = date.month else {
        return date.day.is_none();
    };
    if !(1..=12).contains(&month) {
        return false;
    }
    let Some(day) = date.day else { return true };
    let year = date.year.unwrap_or(2000);
    let (Ok(y), Ok(m), Ok(d)) = (i16::try_from(year), i8::try_from(month), i8::try_from(day))
    else {
        return false;
    };
    jiff::civil::Date::new(y, m, d).is_ok()
}

pub(super) fn year_only(
    caps: &regex::Captures<'_>,
    range: std::ops::RangeInclusive<i32>,
) -> Option<PartialDate> {
    let year = caps.name("y")?.as_str().parse::<i32>().ok()?;
    range.contains(&year).then_some(PartialDate {
        year: Some(year),
        ..empty_date()
    })
}

/// A month name alone: the month, with neither day nor year. An English name followed by a
/// possessive or a capitalised word is taken for a name ("May's government", "June Carter") and
/// gives nothing.
fn month_alone(text: &str, caps: &regex::Captures<'_>) -> Option<(PartialDate, DateKind, bool)> {
    let m = caps.name("m")?;
    let month = english_month(m.as_str()).or_else(|| cyrillic_month(m.as_str()))?;
    let after = &text[m.end()..];
    let english = english_month(m.as_str()).is_some() && m.as_str().starts_with(char::is_uppercase);
    if english {
        let possessive = after.starts_with("'s") || after.starts_with("’s");
        let next_capitalised = after
            .strip_prefix(' ')
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase);
        if possessive || next_capitalised {
            return None;
        }
    }
    let date = PartialDate {
        month: Some(month),
        ..empty_date()
    };
    Some((date, DateKind::Calendar, true))
}

fn weekday(caps: &regex::Captures<'_>) -> Option<(PartialDate, DateKind, bool)> {
    let weekday = weekday_number(caps.name("w")?.as_str())?;
    Some((empty_date(), DateKind::Weekday { weekday }, true))
}

/// Keeps the longest candidates where they overlap (ties: the earlier pattern, then the earlier
/// position), returned in text order.
fn resolve_overlaps(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(a.rule_index.cmp(&b.rule_index))
            .then(a.start.cmp(&b.start))
    });
    // Chosen spans never overlap, so only the neighbours by start can overlap a candidate:
    // an ordered map keeps this n log n on a line full of dates.
    let mut chosen: std::collections::BTreeMap<usize, Candidate> = Default::default();
    for candidate in candidates {
        let before = chosen.range(..=candidate.start).next_back().map(|(_, c)| c);
        let after = chosen.range(candidate.start..).next().map(|(_, c)| c);
        let overlaps = [before, after]
            .into_iter()
            .flatten()
            .any(|c| candidate.start < c.end && c.start < candidate.end);
        if !overlaps {
            chosen.insert(candidate.start, candidate);
        }
    }
    chosen.into_values().collect()
}
