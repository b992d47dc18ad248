//! What introduces a quotation before or around it: dash dialogue after a colon, a paragraph
//! ending with a colon that names or makes someone speak, and a remark set off by dashes inside
//! the quotation marks. In: a found quotation and its paragraph; out: a speaker, or nothing.

use super::{Context, Speaker};
use crate::quotes::clauses::{
    is_saying_verb, is_speech_word, match_phrase, sentence_start, words_in, Word, SOURCE_PHRASES,
};

impl Context<'_> {
    /// Rule 1: dash dialogue introduced by a colon, or continuing a dash paragraph.
    pub(super) fn dash_dialogue(&self, i: usize, speakers: &[Option<Speaker>]) -> Option<Speaker> {
        let f = self.found[i];
        if !f.dash || f.index == 0 {
            return None;
        }
        let prev = self.paragraphs.get(f.index - 1)?;
        if prev.text.trim_end().ends_with(':') {
            let mention = *self.candidates.get(&prev.n)?.last()?;
            return Some(Speaker {
                mention,
                how: format!("dash dialogue introduced in ¶{}", prev.n),
            });
        }
        let j = i.checked_sub(1)?;
        let before = self.found[j];
        let speaker = speakers.get(j)?.as_ref()?;
        (before.dash && before.index + 1 == f.index).then(|| Speaker {
            mention: speaker.mention,
            how: format!("dash dialogue continued from ¶{}", prev.n),
        })
    }

    /// Rule 1b: a quotation opening its paragraph after a paragraph that ends with a colon
    /// ("Im genauen Wortlaut sagte Lawrow:", "Der Präsident Aserbaidschans erklärte:") is the
    /// words of that sentence's subject: a name, or a title only one person has here. The
    /// sentence must name a speaker or speak (a name, a verb of saying or reporting, a source
    /// phrase: «За його словами, …:», "Sandu:"); "Voici quelques citations du droit
    /// international :" introduces texts nobody in the article says.
    pub(super) fn introduced_by_colon(&self, i: usize) -> Option<Speaker> {
        let f = self.found[i];
        let opens = self.text(&f)[..f.span.start].trim().is_empty();
        let prev = self.paragraphs.get(f.index.checked_sub(1)?)?;
        if f.dash || !opens || !prev.text.trim_end().ends_with(':') {
            return None;
        }
        let end = prev.text.trim_end().len();
        let start = sentence_start(&prev.text, 0, end);
        let words = words_in(&prev.text, start, end);
        let names = self
            .candidates
            .get(&prev.n)
            .is_some_and(|list| list.iter().any(|&m| self.mentions[m].start >= start));
        let speaks = (0..words.len()).any(|k| {
            is_speech_word(&words, k)
                || SOURCE_PHRASES
                    .iter()
                    .any(|p| match_phrase(&words[k..], p).is_some())
        });
        if !names && !speaks {
            return None;
        }
        let m = self.sources.referent(f.index, 0, None)?;
        Some(Speaker {
            mention: m,
            how: format!(
                "introduced by the sentence ending with a colon in ¶{}",
                prev.n
            ),
        })
    }

    /// Rule 1c: a remark set off by dashes inside the quotation marks ("Кроме того, - сообщил
    /// Зеленский, - мы обсудили …"): its verb of saying and the name right after it give the
    /// speaker.
    pub(super) fn remark_inside(&self, i: usize) -> Option<Speaker> {
        let f = self.found[i];
        let text = self.text(&f);
        let n = self.number(&f);
        let (from, to) = (f.span.inner_start, f.span.inner_end);
        let dash_after = |s: &str, punctuation: &[char]| {
            s.trim_end()
                .strip_suffix(['-', '–', '—'])
                .is_some_and(|rest| rest.trim_end().ends_with(punctuation))
        };
        let words = words_in(text, from, to);
        let verb = words
            .iter()
            .find(|w| is_saying_verb(&w.lower) && dash_after(&text[from..w.start], &[',', '.']))?;
        // The name stands inside the quotation marks, where candidate speakers are not sought.
        let named = self.mentions.iter().position(|m| {
            m.paragraph == n
                && m.start >= verb.end
                && m.end <= to
                && text[verb.end..m.start].trim().is_empty()
                && !crate::quotes::pronouns::oblique(m)
        });
        let Some(m) = named else {
            return self.title_in_remark(&f, text, verb);
        };
        let after = text.get(self.mentions[m].end..to)?.trim_start();
        let closed = after
            .strip_prefix([',', '.'])
            .is_some_and(|rest| rest.trim_start().starts_with(['-', '–', '—']));
        closed.then(|| Speaker {
            mention: m,
            how: format!(
                "a remark inside the quotation (“{}”, then name)",
                verb.lower
            ),
        })
    }

    /// Rule 1c with a title for a name: the remark's title, from its first role word to the
    /// comma or full stop before the closing dash («– подчеркнула в X президент непризнанного
    /// Косово. –»), is its one fitting holder (see `title_reference`).
    fn title_in_remark(&self, f: &super::Found, text: &str, verb: &Word) -> Option<Speaker> {
        let to = f.span.inner_end;
        let rest = text.get(verb.end..to)?;
        let close = rest
            .find([',', '.'])
            .filter(|&k| rest[k + 1..].trim_start().starts_with(['-', '–', '—']))?;
        let remark = &rest[..close];
        let role = words_in(remark, 0, remark.len())
            .into_iter()
            .find(|w| crate::people::recognise::is_role_word(&w.lower))?;
        let phrase = &remark[role.start..];
        match self.title_speaker(f.index, text, f.span.start, phrase, verb) {
            super::descriptors::TitleSpeaker::Found(speaker) => speaker,
            super::descriptors::TitleSpeaker::NotATitle => None,
        }
    }
}
