//! Rule 3b: a short fragment quoted after a verb of wanting or intending, in a sentence with no
//! verb of speech, is the words of the subject that opens the sentence («Он хочет «дать дорогу
//! молодым руководителям»»). In: the quotation and the words before it in its sentence; out: a
//! speaker, or nothing (a fragment after any other verb may be a scare quote).

use std::sync::LazyLock;

use super::{Context, Found, Speaker};
use crate::quotes::clauses::Word;
use crate::quotes::pronouns::pronoun_gender;

/// Verbs and nouns of wanting and intending (`data/intention_verbs.txt`) for rule 3b.
static INTENTION_VERBS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::entries(include_str!("../data/intention_verbs.txt")).collect()
});

/// The most words of a fragment quoted inside a sentence that rule 3b gives to its subject.
const MAX_FRAGMENT_WORDS: usize = 8;

impl Context<'_> {
    /// Rule 3b: a short fragment quoted after a verb of wanting or intending, in a sentence with
    /// no verb of speech whose subject opens it («Он хочет «дать дорогу молодым
    /// руководителям»»): the subject's words, a name there or a pronoun's referent. A fragment
    /// after any other verb may be a scare quote ("Er kam so „spät wie nie zuvor“ an") and stays
    /// unattributed.
    pub(super) fn fragment_of_subject(
        &self,
        f: &Found,
        text: &str,
        start: usize,
        words: &[Word],
    ) -> Option<Speaker> {
        let inner = text.get(f.span.inner_start..f.span.inner_end)?;
        let short = inner.split_whitespace().count() <= MAX_FRAGMENT_WORDS;
        let first = words.first()?;
        let wants = words
            .iter()
            .any(|w| INTENTION_VERBS.contains(&w.lower.as_str()));
        if !short || !wants || words.len() < 2 {
            return None;
        }
        if pronoun_gender(&first.lower).is_some() {
            return self
                .pronoun_referent(f.index, text, start, None)
                .map(|s| Speaker {
                    how: format!("a fragment quoted in a sentence about “{}”", first.lower),
                    ..s
                });
        }
        let m = self
            .sources
            .named_subject(f.index, start, f.span.start, None)?;
        let opens = self.mentions[m].start <= first.end;
        opens.then(|| Speaker {
            mention: m,
            how: "a fragment quoted in a sentence about its subject".to_string(),
        })
    }
}
