//! People: recognising names in text and resolving variants into officials.
//!
//! In: cleaned paragraphs (recognise); every source's mentions and the registry (resolve).
//! Out: `Mention`s; `Resolution` (officials, one official slug per mention). Must not: read files
//! or render anything.
//!
//! The stage has two steps, each testable alone:
//!
//! - [`recognise()`] finds person-like names in one source's paragraphs (Latin and Cyrillic,
//!   Russian and Belarusian), with the role titles the text gives them, and puts Russian and
//!   Belarusian case forms back into the nominative ([`recognise`](mod@recognise) and
//!   [`inflect`] document the evidence rules and their limits).
//! - [`resolve()`] puts the mentions of every source together into officials: names are
//!   NFC-normalised, transliterated to ASCII, normalised across transliteration schemes
//!   (BGN/PCGN, ISO 9, scholarly, German, French, passport, informal) and Russian/Belarusian
//!   forms, blocked by Daitch–Mokotoff codes and confirmed by Jaro–Winkler similarity plus
//!   given-name agreement by table, the way OpenSanctions and Aleph match names across scripts
//!   ([`names`] and [`resolve`](mod@resolve) document the method and its limits). The
//!   registry `content/officials.yaml` ([`registry`]) overrides and enriches.
//!
//! Nothing here needs the registry: a folder of raw articles gets an official for each person
//! the text names in a person-like way, with a canonical Latin name and slug chosen by stated
//! rules and a ready-to-paste registry snippet.

pub mod age;
pub mod case_forms;
mod common_given;
mod context;
mod coreference;
pub mod dossier_surnames;
pub mod inflect;
pub mod morph;
pub mod names;
mod next_word;
pub mod recognise;
pub mod registry;
pub mod resolve;
mod ruled_out;
mod runs;
mod source_words;
mod subject;
mod tokens;
mod word_shapes;
mod words;

use crate::model::{Mention, Official, Paragraph};
pub use registry::Registry;
pub use resolve::ResolutionStats;

/// Every person-like name in the paragraphs, in text order.
pub fn recognise(paragraphs: &[Paragraph]) -> Vec<Mention> {
    recognise::recognise(paragraphs)
}

/// What the cleaning stage asks of people, answered by the recogniser and the given-name table.
#[derive(Debug, Clone, Copy, Default)]
pub struct Recogniser;

impl crate::clean::PeopleSense for Recogniser {
    fn names_someone(&self, line: &str) -> bool {
        let paragraph = Paragraph {
            n: 1,
            line: 1,
            text: line.to_string(),
        };
        !recognise(&[paragraph]).is_empty()
    }

    fn is_given_name(&self, word: &str) -> bool {
        inflect::given_name(word).is_some()
    }

    fn is_place(&self, lower: &str) -> bool {
        words::is_place(lower)
    }

    fn is_finite_verb(&self, lower: &str) -> bool {
        morph::is_finite_verb(lower)
    }
}

/// The outcome of resolving the mentions of every source.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Resolution {
    /// The officials, sorted by slug.
    pub officials: Vec<Official>,
    /// For each source (in input order), for each mention, the slug of its official.
    pub assignments: Vec<Vec<Option<String>>>,
    /// Warnings for the editor (registry entries no source mentions, ...).
    pub warnings: Vec<String>,
    /// A ready-to-paste `officials.yaml` snippet for people found but not registered.
    pub registry_snippet: Option<String>,
    /// Counters (mentions, names, blocks, pairwise comparisons).
    pub stats: ResolutionStats,
}

/// One source's mentions, as input to [`resolve()`].
#[derive(Debug, Clone, Copy)]
pub struct SourceMentions<'a> {
    /// The source's slug.
    pub source: &'a str,
    /// Its mentions.
    pub mentions: &'a [Mention],
}

/// True for a coordinating conjunction of `data/title_conjunctions.txt` ("and", «и»), given in
/// lower case: it joins two titles of one person, or a second person to the first.
pub fn is_conjunction(lower: &str) -> bool {
    words::TITLE_CONJUNCTIONS.contains(&lower)
}

/// Resolves mentions across sources into officials; the registry, when given, wins.
pub fn resolve(sources: &[SourceMentions<'_>], registry: &Registry) -> Resolution {
    resolve::resolve(sources, registry)
}
