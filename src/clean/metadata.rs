//! Metadata: title, outlet, original outlet, dateline, publication date and language.

use crate::model::{Fact, PartialDate};

/// A source's metadata, each value with its origin.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    /// The headline.
    pub title: Fact<String>,
    /// The outlet that published this copy.
    pub outlet: Fact<String>,
    /// The outlet this copy republishes.
    pub original_outlet: Fact<String>,
    /// The dateline's place.
    pub dateline: Fact<String>,
    /// The publication date.
    pub published: Fact<PartialDate>,
    /// The language name.
    pub language: Fact<String>,
}

impl Default for Metadata {
    fn default() -> Self {
        Metadata {
            title: Fact::unknown(),
            outlet: Fact::unknown(),
            original_outlet: Fact::unknown(),
            dateline: Fact::unknown(),
            published: Fact::unknown(),
            language: Fact::unknown(),
        }
    }
}
