//! Dates: partial dates with their precision, and the date expressions found in a text.
//!
//! In: [`Origin`] for provenance. Out: [`PartialDate`], [`DatedFact`], [`DateMention`] and
//! month names for display.

use serde::{Deserialize, Serialize};

use super::Origin;

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// Only the year is known.
    Year,
    /// Year and month are known.
    Month,
    /// Year, month and day are known.
    Day,
}

/// A calendar date that may be partial (month and day without a year, a month, a year) and
/// approximate ("around November 2021").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    /// The year, when known.
    pub year: Option<i32>,
    /// The month 1–12, when known.
    pub month: Option<u8>,
    /// The day of the month 1–31, when known (only meaningful with a month).
    pub day: Option<u8>,
    /// True when the text marks the date as approximate ("about", "ориентировочно").
    pub approximate: bool,
}

impl PartialDate {
    /// A full date.
    pub fn ymd(year: i32, month: u8, day: u8) -> Self {
        PartialDate {
            year: Some(year),
            month: Some(month),
            day: Some(day),
            approximate: false,
        }
    }

    /// The precision of the date, or `None` when the year is unknown.
    pub fn precision(&self) -> Option<Precision> {
        self.year?;
        Some(match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        })
    }

    /// The value for `<time datetime="…">`: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or the yearless
    /// `MM-DD` form HTML allows when only month and day are known.
    pub fn datetime(&self) -> String {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (Some(y), None, _) => format!("{y:04}"),
            (None, Some(m), Some(d)) => format!("{m:02}-{d:02}"),
            _ => String::new(),
        }
    }

    /// A human reading at the date's precision: "26 December 2022", "November 2021", "2020",
    /// "26 December (year unknown)", prefixed with "about" when approximate.
    pub fn display(&self) -> String {
        let month = self.month.map(month_name);
        let core = match (self.year, month, self.day) {
            (Some(y), Some(m), Some(d)) => format!("{d} {m} {y}"),
            (Some(y), Some(m), None) => format!("{m} {y}"),
            (Some(y), None, _) => format!("{y}"),
            (None, Some(m), Some(d)) => format!("{d} {m} (year unknown)"),
            (None, Some(m), None) => format!("{m} (year unknown)"),
            _ => "date unknown".to_string(),
        };
        if self.approximate {
            format!("about {core}")
        } else {
            core
        }
    }

    /// A key that sorts dates chronologically, unknown parts first within their year.
    pub fn sort_key(&self) -> (i32, u8, u8) {
        (
            self.year.unwrap_or(i32::MAX),
            self.month.unwrap_or(0),
            self.day.unwrap_or(0),
        )
    }
}

/// The English name of month `m` (1–12).
pub fn month_name(m: u8) -> &'static str {
    crate::lexicon::ENGLISH_MONTHS
        .get(usize::from(m).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// A date found in or given for a source, with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedFact {
    /// The date.
    pub date: PartialDate,
    /// Where it came from.
    pub origin: Origin,
}

/// What kind of date expression a [`DateMention`] is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DateKind {
    /// A calendar date in running text ("December 26", "26 декабря 2022 года", "November 2021").
    Calendar,
    /// A news dateline ("MINSK, December 26 – RIA Novosti."); `place` is the city as written.
    Dateline {
        /// The city as written ("MINSK").
        place: String,
    },
    /// A publication line ("Published January 19,2024").
    Published,
    /// A copyright notice ("© 2020").
    Copyright,
    /// A relative weekday ("on Monday", "в понедельник"); `weekday` is 1 (Monday) to 7 (Sunday).
    Weekday {
        /// ISO weekday number, Monday = 1.
        weekday: u8,
    },
    /// "this year" / "этого года" with a month and maybe a day ("11 июля этого года").
    ThisYear,
    /// "last year" / «прошлого года» with a month and maybe a day ("February last year").
    LastYear,
}

/// A date expression found in a paragraph (or a removed line) of a source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// 1-based paragraph number, or `None` for a removed/metadata line.
    pub paragraph: Option<usize>,
    /// 1-based raw line number.
    pub line: usize,
    /// Byte offsets of the expression in the paragraph (or line) text.
    pub start: usize,
    /// Byte offset just past the expression.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// What the text itself gives (year `None` when the text gives none).
    pub date: PartialDate,
    /// What kind of expression it is.
    pub kind: DateKind,
    /// The date completed by inference (a year from the publication date, a weekday resolved),
    /// with the reason, when the text alone is not enough.
    pub inferred: Option<DatedFact>,
}

impl DateMention {
    /// The best date known for this mention: the inferred one when there is one, else what the
    /// text gives.
    pub fn best(&self) -> PartialDate {
        self.inferred.as_ref().map(|f| f.date).unwrap_or(self.date)
    }
}
