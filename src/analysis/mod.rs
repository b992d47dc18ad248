//! Analysis across sources: the timeline, the discrepancies, and the check of editorial
//! references against the sources (`references`).
//!
//! In: every `SourceRecord`, the officials and the editorial events. Out: timeline `Event`s and
//! `Discrepancy`s, each citing paragraphs. Must not: read or write files, or render text for readers.

pub mod discrepancies;
pub mod references;
pub mod timeline;
