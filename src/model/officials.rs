//! Officials: people resolved across sources.
//!
//! In: citations, scripts and provenance. Out: [`Official`] with its [`RoleClaim`]s and
//! [`Spelling`]s, and lookup by slug.

use serde::{Deserialize, Serialize};

use super::{Citation, Origin, Script};

/// A role or title one source gives an official.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RoleClaim {
    /// The title as the source words it.
    pub title: String,
    /// Where it is given.
    pub citation: Citation,
}

/// One spelling of an official's name and where it is used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spelling {
    /// The name as written (nominative form).
    pub text: String,
    /// The script.
    pub script: Script,
    /// The paragraphs that use it.
    pub citations: Vec<Citation>,
}

/// A person resolved across sources: every spelling, role and mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Official {
    /// URL-safe name; the page is `officials/{slug}.html`.
    pub slug: String,
    /// The canonical name in Latin script.
    pub name: String,
    /// The name in its native script, when known.
    pub native_name: Option<String>,
    /// Where the canonical name came from (registry or the most frequent spelling).
    pub name_origin: Origin,
    /// Every spelling used by the sources.
    pub spellings: Vec<Spelling>,
    /// Titles and roles as each source gives them.
    pub roles: Vec<RoleClaim>,
    /// Roles from the registry (editorial), with their dates as written there.
    pub registry_roles: Vec<String>,
    /// Organisation or country for grouping, when known.
    pub group: Option<String>,
    /// True when the registry lists this person.
    pub registered: bool,
    /// How the variants were put together (method description).
    pub resolution: String,
}

/// The official with slug `slug`: a binary search when `officials` is sorted by slug, else a
/// scan.
pub fn official_by_slug<'a>(officials: &'a [Official], slug: &str) -> Option<&'a Official> {
    match officials.binary_search_by(|o| o.slug.as_str().cmp(slug)) {
        Ok(i) => officials.get(i),
        Err(_) => officials.iter().find(|o| o.slug == slug),
    }
}
