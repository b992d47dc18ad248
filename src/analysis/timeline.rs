//! The timeline: machine events from the sources and editorial events, merged and ordered.
//!
//! STUB: to be written (issue 5).

use crate::content::events::EventEntry;
use crate::model::{Event, Official, SourceRecord};

/// Every event, in chronological order, undated events last.
pub fn build(
    _sources: &[SourceRecord],
    _officials: &[Official],
    _editorial: &[EventEntry],
) -> Vec<Event> {
    Vec::new()
}
