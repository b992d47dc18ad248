//! The contexts of `officials.html` and `officials/SLUG.html`.

use std::collections::BTreeSet;

use serde::Serialize;

use super::lists::PartLink;

use super::common::{Cite, Date, DiscrepancyLink, EventView, PersonLink, SourceRow};

/// `page` of `officials.html`: officials by organisation.
#[derive(Debug, Serialize)]
pub struct OfficialsPage {
    /// The organisations, by name (on a part, with its officials only; on the overview of a
    /// split index, none).
    pub groups: Vec<OfficialGroup>,
    /// The parts, when the index is split (by the first letter of the name); empty otherwise.
    pub parts: Vec<PartLink>,
    /// The number of officials.
    pub official_count: usize,
}

/// The officials of one organisation.
#[derive(Debug, Serialize)]
pub struct OfficialGroup {
    /// The organisation.
    pub name: String,
    /// Its officials.
    pub officials: Vec<OfficialRow>,
}

/// An official as a row of `officials.html`.
#[derive(Debug, Serialize)]
pub struct OfficialRow {
    /// Their page.
    pub href: String,
    /// Their canonical name.
    pub name: String,
    /// Their name in the original script, when known.
    pub native_name: Option<String>,
    /// The spellings the sources use.
    pub spellings: Vec<String>,
    /// The titles the sources give them.
    pub roles: BTreeSet<String>,
    /// How many sources mention them.
    pub source_count: usize,
    /// True when the registry lists them.
    pub registered: bool,
}

/// `page` of `officials/SLUG.html`: one official.
#[derive(Debug, Serialize)]
pub struct OfficialPage {
    /// Their canonical name.
    pub name: String,
    /// Their name in the original script, when known.
    pub native_name: Option<String>,
    /// Where the canonical name came from, as a sentence.
    pub name_origin: String,
    /// Their organisation, when known.
    pub group: Option<String>,
    /// True when the registry lists them.
    pub registered: bool,
    /// How their mentions were joined into one person.
    pub resolution: String,
    /// The spellings the sources use.
    pub spellings: Vec<SpellingView>,
    /// The titles the sources give them, each cited.
    pub roles: Vec<RoleView>,
    /// The titles the registry gives them.
    pub registry_roles: Vec<String>,
    /// What the registry says of them, when it lists them.
    pub registry: Option<RegistryView>,
    /// Their quotations.
    pub quotes: Vec<QuoteView>,
    /// The events they are part of.
    pub events: Vec<EventView>,
    /// The sources that mention them.
    pub sources: Vec<SourceRow>,
    /// The officials mentioned in the same sources.
    pub alongside: Vec<Alongside>,
    /// The discrepancies that concern them.
    pub discrepancies: Vec<DiscrepancyLink>,
}

/// A spelling of an official's name.
#[derive(Debug, Serialize)]
pub struct SpellingView {
    /// The spelling.
    pub text: String,
    /// Its script (`Cyrillic`, `Latin`, ...).
    pub script: String,
    /// The sources that use it.
    pub cites: Vec<Cite>,
}

/// A title a source gives an official.
#[derive(Debug, Serialize)]
pub struct RoleView {
    /// The title, verbatim.
    pub title: String,
    /// Where.
    pub cite: Cite,
    /// The date of that source, when known.
    pub source_date: Option<Date>,
}

/// What the registry says of an official.
#[derive(Debug, Serialize)]
pub struct RegistryView {
    /// The registry file.
    pub file: String,
    /// Its note on them, as HTML.
    pub note_html: Option<String>,
    /// Their roles in it.
    pub roles: Vec<RegistryRoleView>,
}

/// A role in the registry.
#[derive(Debug, Serialize)]
pub struct RegistryRoleView {
    /// The title.
    pub title: String,
    /// Since when, as the registry gives it.
    pub from: Option<String>,
    /// Until when, as the registry gives it.
    pub to: Option<String>,
    /// The source that states it, when the registry cites one.
    pub cite: Option<Cite>,
    /// The registry's note on it, as HTML.
    pub note_html: Option<String>,
}

/// An official's quotation.
#[derive(Debug, Serialize)]
pub struct QuoteView {
    /// The words.
    pub text: String,
    /// Its first occurrence.
    pub cite: Cite,
    /// Every paragraph of the source with these words.
    pub cites: Vec<Cite>,
}

/// An official mentioned alongside another.
#[derive(Debug, Serialize)]
pub struct Alongside {
    /// The other official.
    pub person: PersonLink,
    /// In how many sources.
    pub sources: usize,
}
