//! Descriptive phrases next to a saying verb ("the representative of the Ministry emphasized",
//! "— сказал американский лидер", "sagte der Regierungschef"): the person they stand for, from
//! the roles this source gives its people, or, for a title matching no role, the subject of an
//! earlier sentence as for a pronoun. In: the phrase and where the quote is; out: a speaker.

use super::{Context, Speaker, Word};
use crate::quotes::clauses::words_in;
use crate::quotes::pronouns::verb_gender;
use crate::quotes::similarity::{role_words, stem};

/// Head words of a descriptive phrase that say nothing about the person's office.
const GENERIC_HEADS: &[&str] = &[
    "representative",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "source",
    "представитель",
];

impl<'a> Context<'a> {
    /// A title after the verb that matches no role given in this source ("— сказал американский
    /// лидер", "sagte der Regierungschef") refers back like a pronoun: to the subject of an
    /// earlier sentence, when the verb's gender agrees.
    pub(super) fn descriptor_as_anaphor(
        &self,
        index: usize,
        text: &str,
        pos: usize,
        descriptor: &str,
        verb: &Word,
    ) -> Option<Speaker> {
        let titled = words_in(descriptor, 0, descriptor.len())
            .iter()
            .any(|w| crate::people::recognise::is_role_word(&w.lower));
        // An English definite description ("the head of the Foreign Ministry") was matched
        // against the roles given here by `resolve_descriptor`: no match means nobody.
        if !titled || descriptor.trim().to_lowercase().starts_with("the ") {
            return None;
        }
        self.pronoun_referent(index, text, pos, verb_gender(&verb.lower))
            .map(|s| Speaker {
                mention: s.mention,
                how: format!(
                    "“{}” refers back like a pronoun; {}",
                    descriptor.trim(),
                    s.how
                ),
            })
    }

    /// The most recent person named before the quote whose role in this source matches the
    /// descriptive phrase.
    pub(super) fn resolve_descriptor(
        &self,
        descriptor: &str,
        n: usize,
        pos: usize,
    ) -> Option<Speaker> {
        let wanted: Vec<String> = role_words(descriptor)
            .into_iter()
            .filter(|w| !GENERIC_HEADS.iter().any(|g| stem(g) == *w))
            .collect();
        if wanted.is_empty() {
            return None;
        }
        if !descriptor.to_lowercase().starts_with("the ") {
            return self.unique_role_holder(descriptor, n);
        }
        for m in self.named_before(n, pos) {
            for (role_n, role) in self.roles_of(m) {
                let have = role_words(role);
                if wanted.iter().all(|w| have.contains(w)) {
                    return Some(Speaker {
                        mention: m,
                        how: format!(
                            "“{}”: the last person named before it whose title in ¶{role_n} matches",
                            descriptor.trim()
                        ),
                    });
                }
            }
        }
        None
    }

    /// A descriptor in any language («— добавил спикер», "a assuré le président américain",
    /// "scherzte der US-Präsident"): the one person named so far whose role in this source has
    /// the descriptor's role word; nobody when several people have it.
    fn unique_role_holder(&self, descriptor: &str, n: usize) -> Option<Speaker> {
        let index = self.paragraphs.iter().position(|p| p.n == n)?;
        let role_word = words_in(descriptor, 0, descriptor.len())
            .into_iter()
            .find(|w| crate::people::recognise::is_role_word(&w.lower))?;
        let m = self.sources.person_with_role(&role_word.lower, index)?;
        Some(Speaker {
            mention: m,
            how: format!(
                "“{}”: the one person this source gives that role",
                descriptor.trim()
            ),
        })
    }

    /// Every role this source gives the person of mention `m` (same surname), with paragraph.
    fn roles_of(&self, m: usize) -> Vec<(usize, &'a str)> {
        let surname = self.mentions[m].surname.to_lowercase();
        self.mentions
            .iter()
            .filter(|other| other.surname.to_lowercase() == surname)
            .filter_map(|other| other.role.as_deref().map(|r| (other.paragraph, r)))
            .collect()
    }
}
