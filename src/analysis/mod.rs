//! Analysis across sources: the timeline and the discrepancies.

pub mod discrepancies;
pub mod timeline;
