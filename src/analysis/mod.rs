//! Analysis across sources: the timeline and the discrepancies.
//!
//! In: every `SourceRecord`, the officials and the editorial events. Out: timeline `Event`s and
//! `Discrepancy`s, each citing paragraphs. Must not: read or write files, or render text for readers.

pub mod discrepancies;
pub mod timeline;
