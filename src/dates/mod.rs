//! Dates in news text: extraction with precision, approximation and origin.
//!
//! In: paragraph text (and, for [`infer`], the publication date). Out: `DateMention`s with
//! precision and origin. Must not: invent a date or a year the text does not give.
//!
//! # Method
//!
//! [`find_dates`] runs a small set of regular expressions over a paragraph (English month names,
//! capitalised; Russian and Belarusian month names in the genitive, nominative and
//! prepositional cases; `DD.MM.YYYY` and `YYYY-MM-DD`; copyright notices; relative weekdays
//! "on Monday" / "в понедельник" / "у панядзелак"; four-digit years in a date-like context). Where
//! readings overlap the longest wins, so "26 December 2022" is one date and not a day plus a
//! year. Impossible dates (February 30) yield nothing, and they still block a shorter reading
//! ("30 февраля 2020 года" is not read as "February 2020"). Each date is then widened over its
//! context: a dateline ("MINSK, December 26 – RIA Novosti."), a "Published" label, or the
//! approximation markers before it ("ориентировочно где-то с ноября 2021 года", "around",
//! "early", "mid-"), which set `approximate`. Byte offsets always index the text given.
//!
//! The text's own date is kept as written: a day and month without a year keep `year: None`.
//! [`infer`] completes such dates from the publication date and says why in
//! [`Origin::Inferred`]; it refuses when the publication date is unknown, approximate or too
//! coarse to decide.
//!
//! # Limits
//!
//! Bare years need a preposition or marker before them ("in 2020", "с 2014", "mid-2022"), a
//! determiner before them and a noun after ("the 2021 election", "Russia’s 2022 attack") or
//! "года"/"г." after them; a span of years gives both its years when one of its ends has such
//! context or it stands in brackets ("(2015—2016)"); "the 1990s", a bare span ("2020–2021") and
//! counts ("in 2000 troops") give nothing. Months without a day or year ("in July"), "last year"/"прошлого года", "last
//! Monday", "yesterday" and "вчера" are not read. English month names must be capitalised, so
//! the verb "may" is never a month.

mod context;
mod find;
mod furniture;
mod words;
mod years;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_inference;
#[cfg(test)]
mod tests_sources;

use std::sync::LazyLock;

pub use years::opens_with_a_year_preposition;

use jiff::civil::{Date, Weekday};

use crate::model::{
    month_name, DateKind, DateMention, DatedFact, Origin, Paragraph, PartialDate, Precision,
};

/// A date expression found in a piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    /// Byte offset of the expression.
    pub start: usize,
    /// Byte offset just past the expression.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// What the text itself gives (year `None` when it gives none).
    pub date: PartialDate,
    /// What kind of expression it is.
    pub kind: DateKind,
}

/// Every date expression in `text` (English or Russian/Belarusian), in text order.
pub fn find_dates(text: &str) -> Vec<FoundDate> {
    find::find(text)
}

/// Completes a date the text gives only partly (no year, "this year", "on Monday") from the
/// source's publication date, saying why; `None` when nothing can be inferred honestly.
///
/// - day and month without a year: that day in the month after the publication date, else the
///   latest such day not after it (needs the publication day, or a publication month different
///   from the date's month); in a sentence about the future (`future_markers.txt`), the next
///   such day within a year;
/// - "this year": the publication year;
/// - a relative weekday: the most recent such weekday on or before the publication day (news
///   convention: "on Monday" in an article of Monday means that very day).
///
/// Nothing is inferred from an unknown or approximate publication date, nor for a date that
/// already has its year.
pub fn infer(found: &FoundDate, published: Option<PartialDate>) -> Option<DatedFact> {
    infer_when(found, published, Tense::Unmarked)
}

/// Whether the sentence of a date speaks of the future ([`speaks_of_future`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    /// No future marker: a day without a year may be of the past year.
    Unmarked,
    /// "will", «состоится»: the day is the next one after the publication.
    Future,
}

/// [`infer`], with the tense of the date's sentence.
fn infer_when(
    found: &FoundDate,
    published: Option<PartialDate>,
    tense: Tense,
) -> Option<DatedFact> {
    let published = published?;
    if published.approximate || published.year.is_none() {
        return None;
    }
    match &found.kind {
        DateKind::Weekday { weekday } => infer_weekday(&found.text, *weekday, published),
        DateKind::ThisYear => infer_this_year(found, published, 0),
        DateKind::LastYear => infer_this_year(found, published, 1),
        _ if found.date.year.is_none() => infer_year(found.date, published, tense),
        _ => None,
    }
}

/// How many words before a date a future marker may stand.
const MARKER_WORDS: usize = 14;

/// Words that put a sentence in the future (`future_markers.txt`; `*` ends a stem).
static FUTURE_MARKERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("future_markers.txt")).collect());

/// The tense of the sentence of `text` that holds bytes `start..end`: future when one of its
/// words is a future marker ("will be sworn in on July 8").
fn sentence_tense(text: &str, start: usize, end: usize) -> Tense {
    let from = text[..start]
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |i| i + 1);
    let to = text[end..]
        .find(['.', '!', '?', '\n'])
        .map_or(text.len(), |i| end + i);
    // The marker must stand in the clause of the date: among the few words before it or right
    // after it ("will be sworn in on July 8", «8 июля состоится»).
    let before: Vec<&str> = text[from..start]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let near_before = &before[before.len().saturating_sub(MARKER_WORDS)..];
    let after = text[end..to]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2);
    let future = near_before
        .iter()
        .copied()
        .chain(after)
        .any(|w| crate::lexicon::holds(&FUTURE_MARKERS, &w.to_lowercase()));
    if future {
        Tense::Future
    } else {
        Tense::Unmarked
    }
}

/// How many days after the publication a day and month without a year may be read as coming
/// ("the election on September 28" in an article of September 22); further on, the same day of
/// the past year is meant ("on February 24" in an article of December 26).
const COMING_DAYS: i64 = 31;

/// How many days after the publication a day and month without a year may be read as coming in
/// a sentence about the future ("will be sworn in on July 8" in an article of May 31); further
/// on, the usual reading holds (a plan for next January is rarer than a memory of last January).
const FUTURE_DAYS: i64 = 183;

/// How many days before the publication a day and month without a year may be of the year
/// before ("on December 20" in January); further back, a writer may mean an earlier year too
/// ("adopted this law on 21 June" in February, of a law a year older), so it stays unknown.
const PAST_YEAR_DAYS: i64 = 183;

/// How many months after the publication's a month named alone may be read as coming in a
/// sentence about the future.
const FUTURE_MONTHS: u8 = 6;

/// The day and month in the coming [`COMING_DAYS`] days after the publication date, else the
/// latest one not after it in its year, or in the year before within [`PAST_YEAR_DAYS`] days of
/// it; a month alone ([`infer_month_year`]) by months.
fn infer_year(date: PartialDate, published: PartialDate, tense: Tense) -> Option<DatedFact> {
    let month = date.month?;
    let Some(day) = date.day else {
        return infer_month_year(date, published, tense);
    };
    // In a sentence about the future, the coming day may be up to a year away.
    let coming_days = match tense {
        Tense::Future => FUTURE_DAYS,
        Tense::Unmarked => COMING_DAYS,
    };
    let pub_year = published.year?;
    let year = match (published.month, published.day) {
        (Some(_), Some(_)) => {
            let published_date = civil(published)?;
            let days_after = |y: i32| {
                let d = civil(PartialDate::ymd(y, month, day))?;
                Some(i64::from(published_date.until(d).ok()?.get_days()))
            };
            let coming = (pub_year..=pub_year + 1)
                .find(|&y| days_after(y).is_some_and(|n| (1..=coming_days).contains(&n)));
            let past = (pub_year - 1..=pub_year).rev().find(|&y| {
                days_after(y).is_some_and(|n| n <= 0 && (y == pub_year || n >= -PAST_YEAR_DAYS))
            });
            coming.or(past)?
        }
        // Known to the month only: the month after the publication's is the coming one (as
        // within [`COMING_DAYS`] of a known day), the same or an earlier month is of the same
        // year (as for a month named alone, [`infer_month_year`]).
        (Some(pub_month), None) => match month_year(month, pub_month, pub_year) {
            Some(year) => year,
            // The publication's own month: the day is of that month.
            None if month == pub_month => pub_year,
            // A later month is of the year before, within [`PAST_YEAR_DAYS`] of it.
            None if month > pub_month
                && i64::from(12 + pub_month - month) * 30 <= PAST_YEAR_DAYS =>
            {
                pub_year - 1
            }
            None => return None,
        },
        _ => return None,
    };
    let inferred = PartialDate {
        year: Some(year),
        ..date
    };
    civil(inferred)?;
    Some(DatedFact {
        date: inferred,
        origin: Origin::Inferred {
            reason: format!(
                "the text gives no year; taken as the {day} {} within a month after, else the \
                 latest not after, the publication date {}",
                month_name(month),
                published.display()
            ),
        },
    })
}

/// The year of `month` seen from a publication in `pub_month` of `pub_year`: an earlier month
/// of that year, the month after it (the coming one, maybe in the next year); `None` for the
/// publication's own month and for months further off, which could be either year.
fn month_year(month: u8, pub_month: u8, pub_year: i32) -> Option<i32> {
    if month == pub_month % 12 + 1 {
        Some(if pub_month == 12 {
            pub_year + 1
        } else {
            pub_year
        })
    } else if month < pub_month {
        Some(pub_year)
    } else {
        None
    }
}

/// The year of `month` when it comes within [`FUTURE_MONTHS`] after the publication's month.
fn coming_month_year(month: u8, pub_month: u8, pub_year: i32) -> Option<i32> {
    let ahead = (month + 12 - pub_month) % 12;
    (1..=FUTURE_MONTHS)
        .contains(&ahead)
        .then_some(if month > pub_month {
            pub_year
        } else {
            pub_year + 1
        })
}

/// A month named alone ("in late October"): the publication's own month or an earlier one of
/// its year, or the month right after it; nothing for a month further off, which could be the
/// past year's or the coming one.
fn infer_month_year(date: PartialDate, published: PartialDate, tense: Tense) -> Option<DatedFact> {
    let month = date.month?;
    let pub_year = published.year?;
    let pub_month = published.month?;
    let year = if month == pub_month {
        pub_year
    } else if let Some(year) = (tense == Tense::Future)
        .then(|| coming_month_year(month, pub_month, pub_year))
        .flatten()
    {
        year
    } else {
        month_year(month, pub_month, pub_year)?
    };
    Some(DatedFact {
        date: PartialDate {
            year: Some(year),
            ..date
        },
        origin: Origin::Inferred {
            reason: format!(
                "the text names {} without a year; taken as the one of the publication month {}, \
                 before it in the same year, or right after it",
                month_name(month),
                published.display()
            ),
        },
    })
}

/// "this year" read as the publication year, "last year" (`years_back` 1) as the one before.
fn infer_this_year(
    found: &FoundDate,
    published: PartialDate,
    years_back: i32,
) -> Option<DatedFact> {
    let year = published.year? - years_back;
    let inferred = PartialDate {
        year: Some(year),
        ..found.date
    };
    if inferred.day.is_some() {
        civil(inferred)?;
    }
    let which = if years_back == 0 {
        "this year"
    } else {
        "last year"
    };
    Some(DatedFact {
        date: inferred,
        origin: Origin::Inferred {
            reason: format!(
                "“{}” ({which}) read as the year {year} (publication date {})",
                found.text,
                published.display()
            ),
        },
    })
}

/// A relative weekday read as the most recent such weekday on or before the publication day.
fn infer_weekday(text: &str, weekday: u8, published: PartialDate) -> Option<DatedFact> {
    let published_date = civil(published)?;
    let date = civil(latest_weekday_on_or_before(weekday, published)?)?;
    let days_before = (published_date - date).get_days();
    let when = match days_before {
        0 => format!("the publication day itself, a {}", weekday_name(weekday)),
        1 => "1 day before publication".to_string(),
        n => format!("{n} days before publication"),
    };
    let inferred = from_civil(date);
    Some(DatedFact {
        date: inferred,
        origin: Origin::Inferred {
            reason: format!(
                "“{text}” read as the most recent {} on or before the publication date {}: {} \
                 ({when})",
                weekday_name(weekday),
                published.display(),
                inferred.display()
            ),
        },
    })
}

/// The most recent ISO weekday `weekday` (Monday = 1) on or before `date` (the day itself when
/// it falls on that weekday); `None` unless `date` has day precision.
pub fn latest_weekday_on_or_before(weekday: u8, date: PartialDate) -> Option<PartialDate> {
    let day = civil(date)?;
    let wanted = Weekday::from_monday_one_offset(i8::try_from(weekday).ok()?).ok()?;
    let found = if day.weekday() == wanted {
        day
    } else {
        day.nth_weekday(-1, wanted).ok()?
    };
    Some(from_civil(found))
}

/// The paragraphs' date expressions, each completed from the publication date where the text
/// alone is not enough (see [`infer`]). Dates of page furniture run into a paragraph
/// (a copyright notice, an embedded post's date) are left out: they date the page or another
/// post, not the text.
pub fn mentions(paragraphs: &[Paragraph], published: Option<PartialDate>) -> Vec<DateMention> {
    paragraphs
        .iter()
        .flat_map(|p| {
            find_dates(&p.text)
                .into_iter()
                .filter(|found| !furniture::is_run_in_furniture(&p.text, found))
                .map(move |found| DateMention {
                    paragraph: Some(p.n),
                    line: p.line,
                    start: found.start,
                    end: found.end,
                    text: found.text.clone(),
                    date: found.date,
                    kind: found.kind.clone(),
                    inferred: infer_when(
                        &found,
                        published,
                        sentence_tense(&p.text, found.start, found.end),
                    ),
                })
        })
        .collect()
}

/// The `jiff` date of a day-precision partial date; `None` when it is coarser or impossible.
fn civil(date: PartialDate) -> Option<Date> {
    if date.precision() != Some(Precision::Day) {
        return None;
    }
    let year = i16::try_from(date.year?).ok()?;
    let month = i8::try_from(date.month?).ok()?;
    let day = i8::try_from(date.day?).ok()?;
    Date::new(year, month, day).ok()
}

fn from_civil(date: Date) -> PartialDate {
    PartialDate::ymd(
        i32::from(date.year()),
        u8::try_from(date.month()).unwrap_or(0),
        u8::try_from(date.day()).unwrap_or(0),
    )
}

/// True for a month or weekday name (any case, any supported language and grammatical case):
/// such words are never people's names.
pub fn is_calendar_word(word: &str) -> bool {
    words::english_month(word).is_some()
        || words::is_month_not_name(word)
        || words::weekday_number(word).is_some()
}

/// True for a month name (any case, any supported language and grammatical case) that is no
/// given name ("Dezember", «января»; not "May").
pub fn is_month_word(word: &str) -> bool {
    words::english_month(word).is_some() || words::is_month_not_name(word)
}

/// The ISO weekday (Monday = 1) of a full date; `None` unless the date has day precision.
pub fn weekday_of(date: PartialDate) -> Option<u8> {
    let date = civil(date)?;
    u8::try_from(date.weekday().to_monday_one_offset()).ok()
}

/// The English name of ISO weekday `weekday` (Monday = 1), or "?" out of range.
pub fn weekday_name(weekday: u8) -> &'static str {
    words::ENGLISH_WEEKDAYS
        .get(usize::from(weekday).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// Whether a relative weekday agrees with the date it refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekdayCheck {
    /// The date is not precise to the day (or impossible), so nothing can be checked.
    Unchecked,
    /// The date falls on the stated weekday: the weekday strengthens the date.
    Agrees {
        /// ISO weekday number, Monday = 1.
        weekday: u8,
    },
    /// The date falls on another weekday: a discrepancy.
    Disagrees {
        /// The weekday the text states (Monday = 1).
        stated: u8,
        /// The weekday the date actually falls on (Monday = 1).
        actual: u8,
    },
}

impl WeekdayCheck {
    /// A sentence for a reviewer: "26 December 2022 was a Monday, as stated".
    pub fn explain(&self, date: PartialDate) -> String {
        match self {
            WeekdayCheck::Unchecked => format!(
                "the weekday cannot be checked against {}: the day is not known",
                date.display()
            ),
            WeekdayCheck::Agrees { weekday } => format!(
                "{} was a {}, as stated",
                date.display(),
                weekday_name(*weekday)
            ),
            WeekdayCheck::Disagrees { stated, actual } => format!(
                "the text says {} but {} was a {}",
                weekday_name(*stated),
                date.display(),
                weekday_name(*actual)
            ),
        }
    }
}

/// Checks a stated ISO weekday (Monday = 1) against a date.
pub fn check_weekday(weekday: u8, date: PartialDate) -> WeekdayCheck {
    match weekday_of(date) {
        None => WeekdayCheck::Unchecked,
        Some(actual) if actual == weekday => WeekdayCheck::Agrees { weekday },
        Some(actual) => WeekdayCheck::Disagrees {
            stated: weekday,
            actual,
        },
    }
}

/// Checks the first relative weekday of `text` ("on Monday", "в понедельник") against `date`,
/// the date it is said to refer to (for example the dateline's). `None` when the text states no
/// weekday. A [`WeekdayCheck::Disagrees`] is a discrepancy; [`WeekdayCheck::Agrees`]
/// strengthens the date.
pub fn weekday_agreement(text: &str, date: PartialDate) -> Option<WeekdayCheck> {
    find_dates(text).iter().find_map(|found| match found.kind {
        DateKind::Weekday { weekday } => Some(check_weekday(weekday, date)),
        _ => None,
    })
}

/// Parses an editor-written date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally prefixed with `~`
/// or `about ` for approximate dates.
pub fn parse_editor_date(text: &str) -> Result<PartialDate, String> {
    let trimmed = text.trim();
    let (rest, approximate) = strip_approximate(trimmed);
    if rest.is_empty() {
        return Err(format!(
            "the date {text:?} is empty; write YYYY, YYYY-MM or YYYY-MM-DD, optionally with ~ \
             in front for an approximate date"
        ));
    }
    let parts: Vec<&str> = rest.split('-').collect();
    if parts.len() > 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(format!(
            "cannot read the date {text:?}: write YYYY, YYYY-MM or YYYY-MM-DD (for example \
             2022-12-26, 2021-11 or 2020), optionally with ~ in front for an approximate date"
        ));
    }
    let year = parse_part(parts[0], 4, "year", text)?;
    if year == 0 {
        return Err(format!(
            "the year 0000 in {text:?} does not exist: the calendar goes from 1 BC to AD 1"
        ));
    }
    let month = match parts.get(1) {
        Some(p) => Some(parse_part(p, 2, "month", text)?),
        None => None,
    };
    let day = match parts.get(2) {
        Some(p) => Some(parse_part(p, 2, "day", text)?),
        None => None,
    };
    let date = PartialDate {
        year: Some(year),
        month: month.and_then(|m| u8::try_from(m).ok()),
        day: day.and_then(|d| u8::try_from(d).ok()),
        approximate,
    };
    if let Some(m) = date.month.filter(|m| !(1..=12).contains(m)) {
        return Err(format!(
            "the month {m} in {text:?} does not exist: months go from 01 to 12"
        ));
    }
    if !find::is_real_date(date) {
        return Err(format!(
            "the day {} does not exist in {} {year} (date {text:?})",
            day.unwrap_or(0),
            month_name(date.month.unwrap_or(0))
        ));
    }
    Ok(date)
}

/// Strips a leading "~", "about", "around", "approximately" or "c." (any case).
fn strip_approximate(text: &str) -> (&str, bool) {
    if let Some(rest) = text.strip_prefix('~') {
        return (rest.trim_start(), true);
    }
    for prefix in ["about ", "around ", "approximately ", "circa ", "c. "] {
        if text.len() >= prefix.len()
            && text.is_char_boundary(prefix.len())
            && text[..prefix.len()].eq_ignore_ascii_case(prefix)
        {
            return (text[prefix.len()..].trim_start(), true);
        }
    }
    (text, false)
}

fn parse_part(part: &str, digits: usize, what: &str, text: &str) -> Result<i32, String> {
    if part.len() != digits {
        return Err(format!(
            "the {what} in {text:?} must have {digits} digits (YYYY-MM-DD, for example \
             2022-12-26)"
        ));
    }
    part.parse::<i32>()
        .map_err(|_| format!("cannot read the {what} in {text:?}"))
}
