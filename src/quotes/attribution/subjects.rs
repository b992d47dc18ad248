//! The subject of a verb of saying before a quotation: the name right before the verb, a
//! participle's clause subject, and two names joined as one subject (a joint statement, given
//! to neither). In: a sentence's words and the names in it; out: a mention, or nothing.

use std::sync::LazyLock;

use super::{Context, Speaker, CLAUSE_OPENERS, MAX_WORDS_SUBJECT_TO_VERB};
use crate::model::Mention;
use crate::quotes::clauses::{words_in, Word};

impl Context<'_> {
    /// "Zelenskyy called Rama “…”, adding the two would “…”": an English participle of saying
    /// (`words[v]`) away from any name shares the subject of its clause, which opens at the last
    /// conjunction after a comma ("Toqaev asks him to stop, but Rahmon refuses, saying, “…”").
    pub(super) fn participle_subject(
        &self,
        index: usize,
        text: &str,
        start: usize,
        named: &[usize],
        words: &[Word],
        v: usize,
    ) -> Option<Speaker> {
        let verb = &words[v];
        let after_name = named.iter().any(|&m| {
            text[self.mentions[m].end.min(verb.start)..verb.start]
                .trim()
                .is_empty()
        });
        if !verb.lower.ends_with("ing") || after_name {
            return None;
        }
        let clause = words[..v]
            .iter()
            .rev()
            .find(|w| {
                CLAUSE_OPENERS.contains(&w.lower.as_str())
                    && text[start..w.start].trim_end().ends_with(',')
            })
            .map_or(start, |w| w.start);
        let m = self
            .sources
            .named_subject(index, clause, verb.start, None)?;
        Some(Speaker {
            mention: m,
            how: format!("the subject of the clause “{}” is in", verb.lower),
        })
    }

    /// The person named right before `verb` (at most [`MAX_WORDS_SUBJECT_TO_VERB`] words and no
    /// punctuation between), in the nominative: the verb's subject.
    pub(super) fn subject_of_verb(
        &self,
        text: &str,
        named: &[usize],
        words: &[Word],
        verb: &Word,
    ) -> Option<usize> {
        let &m = named
            .iter()
            .rev()
            .find(|&&m| self.mentions[m].end <= verb.start)?;
        let mention = &self.mentions[m];
        let gap = text.get(mention.end..verb.start)?;
        let between = words
            .iter()
            .filter(|w| w.start >= mention.end && w.end <= verb.start)
            .count();
        let plain = !gap.contains([',', ':', ';', '(', ')', '—', '–']);
        (plain && between <= MAX_WORDS_SUBJECT_TO_VERB && may_be_subject(text, words, mention))
            .then_some(m)
    }

    /// True when the subject `m` is the second of two people joined by a conjunction ("Kaja
    /// Kallas and the EU’s enlargement commissioner Marta Kos said"): a joint statement, which
    /// the text gives to neither alone.
    pub(super) fn joint_subject(&self, text: &str, named: &[usize], m: usize) -> bool {
        let mention = &self.mentions[m];
        named.iter().any(|&k| {
            let other = &self.mentions[k];
            other.end <= mention.start
                && other.surname != mention.surname
                && text.get(other.end..mention.start).is_some_and(|gap| {
                    !gap.contains([',', ';', ':', '.', '(', ')', '—', '–', '"', '“', '”', '«'])
                        && words_in(gap, 0, gap.len())
                            .first()
                            .is_some_and(|w| crate::people::is_conjunction(&w.lower))
                })
        })
    }
}

/// True when mention `m` may be the subject of a verb: it is in the nominative (see
/// [`crate::quotes::pronouns::oblique`]) and no preposition governs it ("Über Orbán sagte der
/// Kreml-Chef: „…“": Orbán is what is spoken about), unless an English participle follows
/// the name ("with Aliyev accusing him of “…”": the name is the participle's subject).
/// `words` are the sentence's words.
pub(super) fn may_be_subject(text: &str, words: &[Word], m: &Mention) -> bool {
    let governed = words
        .iter()
        .rev()
        .find(|w| w.end <= m.start)
        .is_some_and(|w| {
            text.get(w.end..m.start)
                .is_some_and(|gap| gap.trim().is_empty())
                && crate::people::recognise::is_preposition(&w.lower)
        });
    let participle_follows = words
        .iter()
        .find(|w| w.start >= m.end)
        .is_some_and(|w| w.lower.ends_with("ing"));
    (!governed || participle_follows)
        && !crate::quotes::pronouns::oblique(m)
        && !in_relative_clause(text, words, m)
}

/// Relative pronouns (`data/relative_pronouns.txt`).
static RELATIVE_PRONOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::entries(include_str!("../data/relative_pronouns.txt")).collect()
});

/// True when mention `m` stands in a relative clause: the first word after the last comma
/// before it is a relative pronoun ("The statement, which Kurti published, says …").
fn in_relative_clause(text: &str, words: &[Word], m: &Mention) -> bool {
    let Some(comma) = text.get(..m.start).and_then(|t| t.rfind(',')) else {
        return false;
    };
    words
        .iter()
        .find(|w| w.start > comma)
        .is_some_and(|w| w.end <= m.start && RELATIVE_PRONOUNS.contains(&w.lower.as_str()))
}
