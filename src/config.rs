//! `dossier.yaml`: site settings.
//!
//! In: the text of `dossier.yaml`. Out: [`Config`] or a `Problem` with line and column.
//! Must not: read other files or know of sources.

use serde::{Deserialize, Serialize};

use crate::error::Problem;
use crate::yaml::yaml_problem;

/// Site settings; every field is optional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The dossier's title, shown on every page.
    pub title: String,
    /// What the dossier is about (Markdown, editorial), shown on the index.
    pub description: String,
    /// The language of the site's own text, for `<html lang>`.
    pub language: String,
    /// The 1-based line of dossier.yaml on which the description starts (for error messages).
    #[serde(skip)]
    pub description_line: usize,
    /// The public address of the site (e.g. a GitHub Pages URL); when set, every page names its
    /// canonical address. Links inside the site stay relative either way.
    pub base_url: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "Dossier".to_string(),
            description: String::new(),
            language: "en".to_string(),
            description_line: 0,
            base_url: None,
        }
    }
}

impl Config {
    /// Parses `dossier.yaml`; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Config, Problem> {
        if text.trim().is_empty() {
            return Ok(Config::default());
        }
        let config: Config = serde_yaml::from_str(text).map_err(|e| {
            yaml_problem(
                file,
                &e,
                "dossier.yaml takes title, description, language and base_url",
            )
            .with_excerpt(text, 1)
        })?;
        Ok(Config {
            description_line: crate::yaml::value_line(text, "description"),
            ..config
        })
    }
}
