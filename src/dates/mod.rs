//! Dates in news text: extraction with precision, approximation and origin.
//!
//! STUB: to be written (issue 5). The signatures are the contract used by the rest of the crate.

use crate::model::{DateKind, DatedFact, PartialDate};

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
pub fn find_dates(_text: &str) -> Vec<FoundDate> {
    Vec::new()
}

/// Completes a date the text gives only partly (no year, "this year", "on Monday") from the
/// source's publication date, saying why; `None` when nothing can be inferred honestly.
pub fn infer(_found: &FoundDate, _published: Option<PartialDate>) -> Option<DatedFact> {
    None
}

/// The ISO weekday (Monday = 1) of a full date; `None` unless the date has day precision.
pub fn weekday_of(_date: PartialDate) -> Option<u8> {
    None
}

/// Parses an editor-written date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally prefixed with `~`
/// or `about ` for approximate dates.
pub fn parse_editor_date(text: &str) -> Result<PartialDate, String> {
    Err(format!("cannot read the date {text:?} yet"))
}
