//! Rules 4 and 5: a quotation that continues the speech of the quotation before it, in the same
//! paragraph after a short remark (or a longer one that names the speaker in one clause), or
//! filling the next paragraph; and rule 2e, a quotation that shares the verb of saying of a
//! later quotation in its sentence. In: the quotations found and the speakers given so far; out:
//! a speaker.

use super::{Context, Speaker, CLAUSE_OPENERS};
use crate::quotes::clauses::{sentence_end, sentence_start, words_in};

/// Words allowed between two quotes of one speaker in one paragraph.
pub(super) const MAX_WORDS_BETWEEN_CONTINUED_QUOTES: usize = 12;

/// Words allowed between two quotes of one speaker when the remark between them names the
/// speaker (it is the first quote's attribution).
const MAX_WORDS_ATTRIBUTION_REMARK: usize = 30;

/// How rule 2e tells that a quotation shares a later one's verb of saying.
const SHARED_VERB_AFTER: &str =
    "in one sentence with the next quote, whose verb of saying after it names the speaker";

impl Context<'_> {
    /// Rule 4: a quote right after an attributed quote of the same paragraph.
    pub(super) fn continues_in_paragraph(
        &self,
        i: usize,
        speakers: &[Option<Speaker>],
    ) -> Option<Speaker> {
        let f = self.found[i];
        let j = i.checked_sub(1)?;
        let before = self.found[j];
        if before.index != f.index {
            return None;
        }
        let speaker = speakers.get(j)?.as_ref()?;
        let text = self.text(&f);
        let between = &text[before.span.end..f.span.start];
        let surname = self.mentions[speaker.mention].surname.to_lowercase();
        let named = self.named_between(self.number(&f), before.span.end, f.span.start);
        let is_speaker = |m: usize| self.mentions[m].surname.to_lowercase() == surname;
        // "«A», sagte Müller über Schmidt. «B»": two people could be meant.
        let other = named.iter().any(|&m| !is_speaker(m));
        // "… «A». Опозиція вимагає «B»": a new sentence with words of its own before the quote
        // (rule 6 decides whether it goes on with the speech).
        let start = sentence_start(text, before.span.end, f.span.start);
        let own = start > before.span.end && !text[start..f.span.start].trim().is_empty();
        let words = crate::quotes::similarity::word_count(between);
        // A longer remark between the quotes is still the first one's attribution when it names
        // its speaker ("“…,” Siliņa said on X shortly after receiving the vote of confidence.
        // “…”") …
        let names_speaker = named.iter().any(|&m| is_speaker(m));
        // … as long as it is one clause: ", and then the article went on …" is not.
        let one_clause = words_in(text, before.span.end, f.span.start)
            .iter()
            .all(|w| !CLAUSE_OPENERS.contains(&w.lower.as_str()));
        let short = words <= MAX_WORDS_BETWEEN_CONTINUED_QUOTES
            || (names_speaker && one_clause && words <= MAX_WORDS_ATTRIBUTION_REMARK);
        (short && !other && !own).then(|| Speaker {
            mention: speaker.mention,
            how: "continues the attributed quote before it in this paragraph".to_string(),
        })
    }

    /// Rule 2e: a quote whose sentence goes on, naming nobody, to the next quote, which a verb of
    /// saying after it attributes, shares that speaker ("Er habe "mit Freude" die "Einladung …
    /// angenommen", erklärte Fico"). `speakers` holds the later quotes' speakers.
    pub(super) fn shares_later_verb(
        &self,
        i: usize,
        speakers: &[Option<Speaker>],
    ) -> Option<Speaker> {
        let f = self.found[i];
        let next = *self.found.get(i + 1).filter(|g| g.index == f.index)?;
        let speaker = speakers.get(i + 1)?.as_ref()?;
        let text = self.text(&f);
        let one_sentence = sentence_end(text, f.span.end, next.span.start) == next.span.start;
        let nobody_between = self
            .named_between(self.number(&f), f.span.end, next.span.start)
            .is_empty();
        let by_verb_after =
            speaker.how == SHARED_VERB_AFTER || self.after_quote(i + 1, speakers).is_some();
        (one_sentence && nobody_between && by_verb_after).then(|| Speaker {
            mention: speaker.mention,
            how: SHARED_VERB_AFTER.to_string(),
        })
    }

    /// Rule 5: a quote filling its paragraph continues the previous paragraph's speaker.
    pub(super) fn continues_previous_paragraph(
        &self,
        i: usize,
        speakers: &[Option<Speaker>],
    ) -> Option<Speaker> {
        let f = self.found[i];
        let text = self.text(&f);
        let fills = text[..f.span.start].trim().is_empty()
            && crate::quotes::similarity::word_count(&text[f.span.end..]) == 0;
        let j = i.checked_sub(1)?;
        let before = self.found[j];
        if !fills || f.index == 0 || before.index + 1 != f.index {
            return None;
        }
        let speaker = speakers.get(j)?.as_ref()?;
        Some(Speaker {
            mention: speaker.mention,
            how: format!(
                "quote filling its paragraph continues the speaker of ¶{}",
                self.number(&before)
            ),
        })
    }
}
