//! Discrepancies between sources, found by the machine.
//!
//! STUB: to be written (issue 4).

use crate::model::{Discrepancy, Official, SourceRecord};

/// Every discrepancy the machine finds, in a stable order.
pub fn find(_sources: &[SourceRecord], _officials: &[Official]) -> Vec<Discrepancy> {
    Vec::new()
}
