//! People named in full elsewhere in the dossier: a source that writes only "Alijew" or
//! «Вучича» still names the person another source calls "Ilham Aliyev".
//!
//! In: every source's mentions from [`super::recognise()`]. Out: each source's mentions with the
//! lone surnames of those people added. Must not: run inside the per-source cache (a source's
//! result here depends on the others).

use std::collections::BTreeSet;

use super::coreference::{finish, lone_surnames};
use super::names::name_keys;
use super::source_words::SourceWords;
use crate::model::{Mention, Paragraph};

/// The surnames the whole dossier names with a given name or an initial ("Ilham Aliyev"), so
/// that a source which writes only "Alijew" or «Вучича» still names that person.
#[derive(Debug, Clone, Default)]
pub struct DossierSurnames {
    keys: BTreeSet<String>,
    forms: BTreeSet<String>,
}

impl DossierSurnames {
    /// The surnames of the full-name mentions of every source.
    pub fn of(sources: &[Vec<Mention>]) -> Self {
        let mut known = DossierSurnames::default();
        for m in sources.iter().flatten().filter(|m| m.given.is_some()) {
            known.forms.insert(m.surname.to_lowercase());
            known.keys.extend(name_keys(&m.surname));
        }
        known
    }
}

/// Adds to one source's mentions the lone surnames of people the dossier names in full
/// elsewhere ([`DossierSurnames`]). A lone surname needs evidence of its own in the source
/// (a role, a verb of saying) or a full mention in the source or, with this, in the dossier.
pub fn add_dossier_surnames(
    paragraphs: &[Paragraph],
    mentions: Vec<Mention>,
    known: &DossierSurnames,
) -> Vec<Mention> {
    if known.keys.is_empty() {
        return mentions;
    }
    let words = SourceWords::of(paragraphs);
    let mut forms = known.forms.clone();
    forms.extend(mentions.iter().map(|m| m.surname.to_lowercase()));
    let lone = lone_surnames(paragraphs, &words, &mentions, &known.keys, &forms);
    if lone.is_empty() {
        return mentions;
    }
    let mut all = mentions;
    all.extend(lone);
    finish(all, &words)
}
