//! Descriptive phrases next to a saying verb ("the representative of the Ministry emphasized",
//! "— сказал американский лидер", "sagte der Regierungschef"): the person they stand for, from
//! the roles this source gives its people, or, for a title matching no role, the subject of an
//! earlier sentence as for a pronoun. A phrase that opens with a title of `data/roles.tsv` goes
//! to `title_reference` first. In: the phrase and where the quote is; out: a speaker.

use std::sync::LazyLock;

use super::title_reference::TitleRef;
use super::{Context, Speaker, Word};
use crate::quotes::clauses::{descriptor_words, words_in};
use crate::quotes::pronouns::{age_gender, verb_gender};
use crate::quotes::similarity::{role_words, stem};

/// Words a title after a saying verb before the quotation may have ("sagte der Staatschef:").
const MAX_TITLE_WORDS: usize = 6;

/// Head words of a descriptive phrase that say nothing about the person's office
/// (`data/generic_heads.txt`).
static GENERIC_HEADS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("../data/generic_heads.txt")).collect());

impl<'a> Context<'a> {
    /// Rule 2's phrase next to the saying verb `words[v]` after the quotation at byte `pos` of
    /// paragraph `index` (the sentence ends at `end`): a title before or after the verb ("the
    /// minister said", « a assuré le président américain ») is its one fitting holder (see
    /// `title_reference`); another phrase goes to [`Self::resolve_descriptor`], then refers
    /// back like a pronoun.
    pub(super) fn descriptor_speaker(
        &self,
        index: usize,
        text: &str,
        words: &[Word],
        v: usize,
        end: usize,
        pos: usize,
    ) -> Option<Speaker> {
        let verb = &words[v];
        // «…», — додали в адміністрації президента: a plural verb with no name is the words of
        // an office or of people the source does not name, not of the president.
        if crate::verbs::is_plural_past(&verb.lower) {
            return None;
        }
        let descriptor = descriptor_words(text, words, v, end);
        let after = text.get(verb.end..end).unwrap_or("");
        let after = after.split(',').next().unwrap_or("");
        let phrases = if v > 0 {
            vec![descriptor.as_str(), after]
        } else {
            vec![after]
        };
        for phrase in phrases {
            match self.title_speaker(index, text, pos, phrase, verb) {
                TitleSpeaker::NotATitle => continue,
                TitleSpeaker::Found(speaker) => return speaker,
            }
        }
        let n = self.paragraphs.get(index)?.n;
        self.resolve_descriptor(&descriptor, n, pos)
            .or_else(|| self.descriptor_as_anaphor(index, text, pos, &descriptor, verb))
    }

    /// Rule 3's inverted order: a saying verb, a title, then the quotation at byte `pos`
    /// ("sagte der Staatschef: „…“", «заявил глава МИД: «…»»): the title's one fitting holder.
    pub(super) fn title_after_verb(
        &self,
        index: usize,
        text: &str,
        verb: &Word,
        pos: usize,
    ) -> Option<Speaker> {
        let phrase = text.get(verb.end..pos)?;
        let short = words_in(phrase, 0, phrase.len()).len() <= MAX_TITLE_WORDS;
        let introduces =
            phrase.trim_end().is_empty() || phrase.trim_end().ends_with([':', ',', '—', '–', '-']);
        if !short || !introduces {
            return None;
        }
        match self.title_speaker(index, text, pos, phrase, verb) {
            TitleSpeaker::Found(speaker) => speaker,
            TitleSpeaker::NotATitle => None,
        }
    }

    /// The speaker a title refers to: its one fitting holder; nobody when several fit; when
    /// none does, the person a pronoun would refer to, if the source gives them no title.
    pub(super) fn title_speaker(
        &self,
        index: usize,
        text: &str,
        pos: usize,
        phrase: &str,
        verb: &Word,
    ) -> TitleSpeaker {
        let feminine = verb_gender(&verb.lower);
        match self.sources.title_reference(phrase, index, pos, feminine) {
            TitleRef::NotATitle => TitleSpeaker::NotATitle,
            TitleRef::Holder(m) => TitleSpeaker::Found(Some(Speaker {
                mention: m,
                how: format!(
                    "“{}”: the one person this source gives a title that fits",
                    phrase
                        .trim()
                        .trim_end_matches([':', ',', '—', '–', '-'])
                        .trim()
                ),
            })),
            TitleRef::Nobody | TitleRef::NoneFits if super::titles::is_epithet(phrase) => {
                TitleSpeaker::Found(self.descriptor_as_anaphor(index, text, pos, phrase, verb))
            }
            TitleRef::Nobody => TitleSpeaker::Found(None),
            TitleRef::NoneFits => TitleSpeaker::Found(
                self.descriptor_as_anaphor(index, text, pos, phrase, verb)
                    .filter(|s| self.sources.untitled(s.mention)),
            ),
        }
    }

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
        let words = words_in(descriptor, 0, descriptor.len());
        let titled = words
            .iter()
            .any(|w| crate::people::recognise::is_role_word(&w.lower));
        // An age refers back like a pronoun in any language ("sagte der 55-Jährige", "the
        // 65-year-old said").
        let age = words.iter().find_map(|w| age_gender(&w.lower));
        // An English definite description ("the head of the Foreign Ministry") was matched
        // against the roles given here by `resolve_descriptor`: no match means nobody.
        let definite = descriptor.trim().to_lowercase().starts_with("the ");
        if age.is_none() && (!titled || definite) && !super::titles::is_epithet(descriptor) {
            return None;
        }
        let feminine = verb_gender(&verb.lower).or(age.flatten());
        self.pronoun_referent(index, text, pos, feminine)
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

/// What a title next to a quotation gives.
pub(super) enum TitleSpeaker {
    /// The phrase is no title: other rules may read it.
    NotATitle,
    /// The phrase is a title: this is the answer, a speaker or nobody.
    Found(Option<Speaker>),
}
