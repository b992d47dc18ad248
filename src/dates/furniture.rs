//! Dates of page furniture that a scraper ran into a paragraph: a copyright notice and the date
//! of an embedded post's signature. They date the page or another post, never the article.

use std::sync::LazyLock;

use super::FoundDate;
use crate::model::DateKind;

/// An embedded social post's signature ends in its handle in brackets, then the post's date
/// ("— Name (@handle) August 6, 2025").
static POST_HANDLE_BEFORE: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"\(@\w{1,30}\)\s*$").expect("valid regex"));

/// True when `found` is page furniture that a scraper ran into a paragraph: a copyright notice
/// ("…All Rights ReservedCopyright(c) 2025 RTTNews.com") or the date of an embedded post's
/// signature ("— Kancelaria Prezydenta RP (@prezydentpl) August 6, 2025После …"). Such a date
/// is never an event of the article.
pub(super) fn is_run_in_furniture(text: &str, found: &FoundDate) -> bool {
    found.kind == DateKind::Copyright
        || text
            .get(..found.start)
            .is_some_and(|before| POST_HANDLE_BEFORE.is_match(before))
}
