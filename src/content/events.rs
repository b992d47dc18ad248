//! `content/events.yaml`: editorial timeline events.
//!
//! STUB: to be written (issue 5).

use crate::error::Problem;

/// One editorial event as written in `content/events.yaml`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventEntry {}

/// Parses `content/events.yaml`; `file` names it in errors.
pub fn parse(_text: &str, _file: &str) -> Result<Vec<EventEntry>, Problem> {
    Ok(Vec::new())
}
