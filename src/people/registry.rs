//! `content/officials.yaml`: the editor's registry of officials.
//!
//! STUB: to be written (issue 3).

use crate::error::Problem;

/// The registry; empty when the dossier has none.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Registry {}

impl Registry {
    /// Parses the registry text; `file` names it in errors.
    pub fn parse(_text: &str, _file: &str) -> Result<Registry, Problem> {
        Ok(Registry {})
    }
}
