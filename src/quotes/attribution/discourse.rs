//! Speech across sentences: a quotation whose speaker is given by the sentence before it or
//! after it, not by its own. In: a quotation no rule of its own sentence attributed, the
//! speakers found so far; out: a speaker, or nothing when the neighbouring sentence does not
//! say who speaks or two people could be meant.
//!
//! - **Continued or introduced speech** (rule 6): a quotation that opens its sentence and has
//!   nothing after it in that sentence («A», sagte X. «B.»; "X also promised that … . «B»"; a
//!   paragraph of speech after "X warned of …") is the words of the speaker of the sentence
//!   before it: the speaker of its last attributed quotation, when the remark after that
//!   quotation is short or goes on speaking and names no other person; else the subject of
//!   its verb of saying (a name next to the verb, or a pronoun referring back). A quotation
//!   inside a sentence that has no verb of saying, no person and no pronoun of its own, after a
//!   sentence of reported speech opening with a source phrase ("За її словами, … «A». Також …
//!   «B»") or itself in the mood of reported speech («A», sagte X. Es sei »B«), continues that
//!   sentence's attributed quotation; in that mood it may also cross into the paragraph before
//!   and look back over a few sentences of the same mood to the one about speaking ("X
//!   erinnerte daran, dass … sei. … Russland werde «…»"). A sentence that is not about
//!   speaking gives nobody.
//! - **A pronoun or a final verb** (rules 6b, 6c): a sentence opening with a subject pronoun
//!   that speaks before the quotation ("He issued a threat, saying that «…»") gives the
//!   pronoun's referent; a clause ending with its verb of speech ("hat X eine «…» angekündigt")
//!   gives the one person named before the quotation.
//! - **Speaker named after** (rule 7): the sentence right after the quotation's opens with a
//!   pointer back to it and names the speaker with a verb of saying («…». Об этом сообщил
//!   министр … Сергей Лавров; "…". This was stated by X), or, for a quotation that is a whole
//!   sentence opening its paragraph (a headline), starts with the speaker's name and a verb of
//!   saying («…». Токаев обратился к …).
//! - **Signed below** (rule 8): a quotation ending its paragraph, followed by a paragraph that is
//!   only a person's name (a caption or signature: "– Саломе Зурабишвили").

use std::sync::LazyLock;

use super::title_reference::TitleRef;
use super::{Context, Speaker, MAX_WORDS_VERB_TO_NAME};
use crate::quotes::clauses::{
    is_reporting_verb, is_saying_verb, is_speech_word, match_phrase, pronoun_before, sentence_end,
    sentence_start, words_in, Word, SOURCE_PHRASES, SPEECH_ANAPHORS,
};
use crate::quotes::pronouns::{oblique, pronoun_gender, verb_gender};

/// Verb forms that mark reported speech (the German Konjunktiv I: sei, habe, werde).
pub(super) static REPORTED_MOODS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::entries(include_str!("../data/reported_speech_moods.txt")).collect()
});

/// How many sentences in the mood of reported speech a quotation may look back over for the
/// sentence that says who speaks.
const MAX_SENTENCES_IN_MOOD: usize = 3;

/// Characters that may close a sentence or a paragraph after its last word.
const CLOSING: &[char] = &['.', '!', '?', '…', ';', ' ', '"', '”', '»', '“', '«', ')'];

/// A sentence: paragraph index and byte range.
#[derive(Debug, Clone, Copy)]
struct Range {
    index: usize,
    start: usize,
    end: usize,
}

impl Context<'_> {
    /// Rule 6: continued or introduced speech (see the module docs).
    pub(super) fn continues_speech(
        &self,
        i: usize,
        speakers: &[Option<super::Speaker>],
    ) -> Option<Speaker> {
        let f = self.found[i];
        let text = self.text(&f);
        let from = self.previous_quote_end(i).unwrap_or(0);
        let start = sentence_start(text, from, f.span.start);
        let opens = text[start..f.span.start].trim().is_empty() && self.nothing_after(i);
        let own = Range {
            index: f.index,
            start,
            end: sentence_end(text, f.span.end, text.len()),
        };
        let mood = self.in_reported_mood(own);
        // In the mood of reported speech a person named without a verb of saying is spoken
        // about, not speaking ("Das Gericht sei »politisiert«, Schmidt ein Akteur »ohne …«").
        let may_continue = opens || self.bare(own) || (mood && self.speechless(own));
        if !may_continue {
            return None;
        }
        let mut prev = self.sentence_before(f.index, start, opens || mood)?;
        // Reported speech runs on over several sentences in its mood: "X erinnerte daran, dass
        // … . Diese Handlungen würden …, Ziele seien festgelegt. Russland werde «…»".
        for _ in 0..MAX_SENTENCES_IN_MOOD {
            if !mood || !self.bare(prev) || !self.in_reported_mood(prev) {
                break;
            }
            prev = self.sentence_before(prev.index, prev.start, true)?;
        }
        if !opens && !self.reported(prev) && !mood {
            return None;
        }
        if let Some(continued) = self.last_attributed_in(prev, i, speakers) {
            return continued.map(|s| Speaker {
                mention: s,
                how: format!(
                    "continues the speech of the sentence before it (¶{})",
                    self.paragraphs[prev.index].n
                ),
            });
        }
        if !opens && !mood {
            return None;
        }
        let m = self.speaking_subject(prev)?;
        // A quotation that names the person its introduction points to speaks about them,
        // not as them («Der Präsident … erklärte:» then „Wer, wenn nicht Präsident Trump …“).
        let names_them = self.mentions.iter().any(|other| {
            other.surname == self.mentions[m].surname
                && self.paragraphs[f.index].n == other.paragraph
                && f.span.start <= other.start
                && other.end <= f.span.end
        });
        if names_them {
            return None;
        }
        Some(Speaker {
            mention: m,
            how: format!(
                "introduced by the sentence before it, about speaking (¶{})",
                self.paragraphs[prev.index].n
            ),
        })
    }

    /// Rule 6b: "He issued a veiled threat, saying that “…”": a sentence that opens with a
    /// subject pronoun and speaks before the quotation, naming nobody before it, gives the
    /// quotation to the pronoun's referent (the subject of an earlier sentence).
    pub(super) fn pronoun_speaks(&self, i: usize) -> Option<Speaker> {
        let f = self.found[i];
        let text = self.text(&f);
        let from = self.previous_quote_end(i).unwrap_or(0);
        let start = sentence_start(text, from, f.span.start);
        let words = words_in(text, start, f.span.start);
        let feminine = pronoun_gender(&words.first()?.lower)?;
        let speaks = (1..words.len()).any(|k| is_speech_word(&words, k));
        let named = !self
            .named_in(Range {
                index: f.index,
                start,
                end: f.span.start,
            })
            .is_empty();
        if !speaks || named {
            return None;
        }
        let m = self.sources.referent(f.index, start, Some(feminine))?;
        Some(Speaker {
            mention: m,
            how: format!(
                "a sentence opening with a pronoun speaks: the subject of an earlier sentence (¶{})",
                self.mentions[m].paragraph
            ),
        })
    }

    /// Rule 6c: a clause that ends with its verb of speech, as German puts a participle or a
    /// verb of a subordinate clause last ("hat Sandu eine „neue Bedrohung“ durch Russland
    /// angekündigt"): the one person named before the quotation, with no punctuation between
    /// the name, the quotation and the verb, and nobody named after the quotation.
    pub(super) fn verb_final(&self, i: usize) -> Option<Speaker> {
        let f = self.found[i];
        let text = self.text(&f);
        let from = self.previous_quote_end(i).unwrap_or(0);
        let start = sentence_start(text, from, f.span.start);
        let end = sentence_end(text, f.span.end, text.len());
        let after = words_in(text, f.span.end, end);
        let last = after.last()?;
        let final_verb = is_saying_verb(&last.lower) || is_reporting_verb(&last.lower);
        let before = words_in(text, start, f.span.start);
        let speaks_before = (0..before.len()).any(|k| is_speech_word(&before, k));
        let plain = |from: usize, to: usize| {
            !text[from..to].contains([',', ':', ';', '(', ')', '—', '–', '.'])
        };
        let r = |start, end| Range {
            index: f.index,
            start,
            end,
        };
        let named = self.named_in(r(start, f.span.start));
        let &m = named.last()?;
        let one = named
            .iter()
            .all(|&k| self.mentions[k].surname == self.mentions[m].surname);
        let nobody_after = self.named_in(r(f.span.end, end)).is_empty();
        let ok = final_verb
            && !speaks_before
            && one
            && nobody_after
            && !oblique(&self.mentions[m])
            && plain(self.mentions[m].end, f.span.start)
            && plain(f.span.end, last.start);
        ok.then(|| Speaker {
            mention: m,
            how: format!(
                "the clause ends with “{}”: the person named before the quote",
                last.lower
            ),
        })
    }

    /// Rule 7: the sentence after the quotation names its speaker (see the module docs).
    pub(super) fn named_after(&self, i: usize) -> Option<Speaker> {
        let f = self.found[i];
        let text = self.text(&f);
        let end = sentence_end(text, f.span.end, text.len());
        if !words_in(text, f.span.end, end).is_empty() {
            return None;
        }
        let next = self.sentence_after(f.index, end)?;
        let ptext = &self.paragraphs[next.index].text;
        let words = words_in(ptext, next.start, next.end);
        let pointer = SPEECH_ANAPHORS.iter().find(|a| {
            words.len() > a.len() && words.iter().zip(a.iter()).all(|(w, p)| w.lower == *p)
        });
        let named = self.named_in(next);
        if let Some(a) = pointer {
            let v = a.len()
                + words[a.len()..]
                    .iter()
                    .position(|w| is_saying_verb(&w.lower))?;
            let m = self
                .name_after_verb(&named, &words, v)
                .or_else(|| self.name_before_verb(ptext, &named, &words, v))?;
            return Some(Speaker {
                mention: m,
                how: format!(
                    "the sentence after the quote names the speaker (“{}”)",
                    words[v].lower
                ),
            });
        }
        // A headline: «…». Токаев обратился к населению.
        let headline = text[..f.span.start].trim().is_empty() && next.index == f.index;
        let &m = named.first()?;
        let verb = words
            .iter()
            .position(|w| w.start >= self.mentions[m].end && is_saying_verb(&w.lower))?;
        let first = words.first()?;
        let name_first = self.mentions[m].start <= first.start;
        (headline && name_first && !oblique(&self.mentions[m]))
            .then(|| self.name_before_verb(ptext, &named, &words, verb))
            .flatten()
            .map(|m| Speaker {
                mention: m,
                how: format!(
                    "a quoted sentence, then the speaker and “{}”",
                    words[verb].lower
                ),
            })
    }

    /// Rule 8: a quotation ending its paragraph, signed by the next paragraph: only a name; or
    /// the words of a quote card, signed by the name and title after them.
    pub(super) fn signed_below(&self, i: usize) -> Option<Speaker> {
        let f = self.found[i];
        let text = self.text(&f);
        let n = self.number(&f);
        if let Some(m) = f.signed_by {
            return Some(Speaker {
                mention: m,
                how: format!("signed by the name and title closing ¶{n}"),
            });
        }
        if !text[f.span.end..].trim_matches(CLOSING).is_empty() {
            return None;
        }
        let next = self.paragraphs.get(f.index + 1)?;
        let m = crate::quotes::signature::name_alone(&next.text, next.n, self.mentions)?;
        Some(Speaker {
            mention: m,
            how: format!("signed by the name alone in ¶{}", next.n),
        })
    }

    /// True when sentence `r` opens with a source phrase ("According to her,", «По словам X»,
    /// «За її словами»): reported speech, which the next sentence may go on with.
    fn reported(&self, r: Range) -> bool {
        let words = words_in(&self.paragraphs[r.index].text, r.start, r.end);
        SOURCE_PHRASES
            .iter()
            .any(|phrase| match_phrase(&words, phrase).is_some())
    }

    /// True when sentence `r` has a verb in a mood of reported speech outside quotations
    /// (`data/reported_speech_moods.txt`: «Es sei jedoch »…««).
    fn in_reported_mood(&self, r: Range) -> bool {
        let text = &self.paragraphs[r.index].text;
        words_in(text, r.start, r.end)
            .iter()
            .any(|w| !self.quoted(r.index, w.start) && REPORTED_MOODS.contains(&w.lower.as_str()))
    }

    /// True when nothing but punctuation follows the quotation in its sentence.
    fn nothing_after(&self, i: usize) -> bool {
        let f = self.found[i];
        let text = self.text(&f);
        let limit = self.next_quote_start(i).unwrap_or(text.len());
        let end = sentence_end(text, f.span.end, limit);
        words_in(text, f.span.end, end).is_empty()
    }

    /// True when sentence `r` has no verb of saying, no person and no pronoun outside
    /// quotations: it has no speaker of its own.
    fn bare(&self, r: Range) -> bool {
        let pronoun = self
            .unquoted_words(r)
            .iter()
            .any(|w| pronoun_gender(&w.lower).is_some());
        self.speechless(r) && !pronoun && self.named_in(r).is_empty()
    }

    /// The words of sentence `r` outside quotations.
    fn unquoted_words(&self, r: Range) -> Vec<Word> {
        let text = &self.paragraphs[r.index].text;
        words_in(text, r.start, r.end)
            .into_iter()
            .filter(|w| !self.quoted(r.index, w.start))
            .collect()
    }

    /// True when sentence `r` has no verb of saying outside quotations.
    fn speechless(&self, r: Range) -> bool {
        let words = self.unquoted_words(r);
        !(0..words.len()).any(|k| is_speech_word(&words, k))
    }

    /// True when byte `pos` of paragraph `index` is inside a quotation.
    fn quoted(&self, index: usize, pos: usize) -> bool {
        self.found
            .iter()
            .any(|g| g.index == index && g.span.start <= pos && pos < g.span.end)
    }

    /// The sentence before the one starting at byte `start` of paragraph `index`: in the same
    /// paragraph, or (when `cross` and the sentence opens its paragraph) the last sentence of
    /// the paragraph before.
    fn sentence_before(&self, index: usize, start: usize, cross: bool) -> Option<Range> {
        let text = &self.paragraphs[index].text;
        if text[..start].trim().is_empty() {
            if !cross {
                return None;
            }
            let index = index.checked_sub(1)?;
            let prev = &self.paragraphs[index].text;
            let end = prev.trim_end_matches(CLOSING).len();
            return Some(Range {
                index,
                start: sentence_start(prev, 0, end),
                end: prev.len(),
            });
        }
        let end = text[..start].trim_end_matches(CLOSING).len();
        Some(Range {
            index,
            start: sentence_start(text, 0, end),
            end: start,
        })
    }

    /// The sentence after the one ending at byte `end` of paragraph `index`: in the same
    /// paragraph, or the first of the next paragraph.
    fn sentence_after(&self, index: usize, end: usize) -> Option<Range> {
        let text = &self.paragraphs[index].text;
        let after = text.get(end..)?;
        let skip = after.len() - after.trim_start_matches(CLOSING).len();
        let (index, start) = if end + skip >= text.len() {
            (index + 1, 0)
        } else {
            (index, end + skip)
        };
        let text = &self.paragraphs.get(index)?.text;
        Some(Range {
            index,
            start,
            end: sentence_end(text, start, text.len()),
        })
    }

    /// Candidate speakers named in a sentence, in text order.
    fn named_in(&self, r: Range) -> Vec<usize> {
        self.named_between(self.paragraphs[r.index].n, r.start, r.end)
    }

    /// The speaker of the last attributed statement of sentence `r` (before quotation `i`), when
    /// the remark after it is short («…», sagte Trump.) or goes on speaking, and names no other
    /// person.
    /// `None` when the sentence has no attributed statement; `Some(None)` when it has one but
    /// the remark after it is long or names someone else.
    fn last_attributed_in(
        &self,
        r: Range,
        i: usize,
        speakers: &[Option<Speaker>],
    ) -> Option<Option<usize>> {
        let j = (0..i).rev().find(|&j| {
            let g = self.found[j];
            let attributed = speakers.get(j).is_some_and(Option::is_some);
            g.index == r.index && g.span.end > r.start && g.span.end <= r.end && attributed
        })?;
        let s = speakers.get(j)?.as_ref()?;
        let text = &self.paragraphs[r.index].text;
        let remark = words_in(text, self.found[j].span.end, r.end);
        // "“…”, et a appelé les citoyens à …": a long remark goes on with the speaker's acts
        // of speech; "…,” X told the paper, and then the article went on …" does not (what
        // follows a name in the remark is read from the comma after it).
        let speaker = &self.mentions[s.mention];
        let named_here = self.mentions[s.mention].paragraph == self.paragraphs[r.index].n
            && speaker.start >= self.found[j].span.end
            && speaker.start < r.end;
        let from = if named_here {
            text[speaker.end..r.end]
                .find(',')
                .map_or(r.end, |k| speaker.end + k)
        } else {
            self.found[j].span.end
        };
        let rest = words_in(text, from, r.end);
        let speaks = (0..rest.len()).any(|k| is_speech_word(&rest, k));
        if remark.len() > super::continuation::MAX_WORDS_BETWEEN_CONTINUED_QUOTES && !speaks {
            return Some(None);
        }
        let surname = self.mentions[s.mention].surname.to_lowercase();
        let after = self.named_in(Range {
            start: self.found[j].span.end,
            ..r
        });
        let alone = after
            .iter()
            .all(|&m| self.mentions[m].surname.to_lowercase() == surname);
        Some(alone.then_some(s.mention))
    }

    /// The subject of the verb of saying of sentence `r`, when it has one: a nominative name
    /// right before the verb or shortly after it, or a pronoun next to it referring back.
    fn speaking_subject(&self, r: Range) -> Option<usize> {
        let text = &self.paragraphs[r.index].text;
        let words: Vec<Word> = words_in(text, r.start, r.end)
            .into_iter()
            .filter(|w| !self.quoted(r.index, w.start))
            .collect();
        let v = (0..words.len()).find(|&k| is_speech_word(&words, k))?;
        let named = self.named_in(r);
        if let Some(m) = self.name_before_verb(text, &named, &words, v) {
            return Some(m);
        }
        if let Some((at, feminine)) = pronoun_before(text, &words, v) {
            let feminine = verb_gender(&words[v].lower).or(feminine);
            let own = self.sources.named_subject(r.index, r.start, at, feminine);
            return own.or_else(|| self.sources.referent(r.index, r.start, feminine));
        }
        let before = named
            .iter()
            .any(|&m| self.mentions[m].start < words[v].start);
        if before {
            return None;
        }
        // A subject that is a title ("Der Präsident Aserbaidschans erklärte:") is the one person
        // the title fits, or nobody; only a phrase that is no title goes on.
        // The subject starts after any quotation before the verb ("“The presidents met …,” the
        // Finnish presidency said": the quoted words are no title of the speaker).
        let subject_start = self
            .found
            .iter()
            .filter(|g| g.index == r.index && r.start < g.span.end)
            .map(|g| g.span.end)
            .filter(|&end| end <= words[v].start)
            .max()
            .unwrap_or(r.start);
        let subject = text[subject_start..words[v].start].trim();
        let feminine = verb_gender(&words[v].lower);
        match self
            .sources
            .title_reference(subject, r.index, words[v].start, feminine)
        {
            TitleRef::Holder(m) => return Some(m),
            TitleRef::Nobody | TitleRef::NoneFits => return None,
            TitleRef::NotATitle => {}
        }
        self.name_after_verb(&named, &words, v).or_else(|| {
            self.sources
                .role_subject(r.index, r.start, words[v].start, feminine)
        })
    }

    /// The nominative name at most [`super::MAX_WORDS_SUBJECT_TO_VERB`] words before `words[v]`,
    /// with no punctuation between (the subject of that verb, as [`Context::subject_of_verb`]).
    fn name_before_verb(
        &self,
        text: &str,
        named: &[usize],
        words: &[Word],
        v: usize,
    ) -> Option<usize> {
        self.subject_of_verb(text, named, words, words.get(v)?)
    }

    /// The first nominative name at most [`MAX_WORDS_VERB_TO_NAME`] words after `words[v]`
    /// ("Об этом сообщил министр иностранных дел РФ Сергей Лавров").
    fn name_after_verb(&self, named: &[usize], words: &[Word], v: usize) -> Option<usize> {
        let verb = words.get(v)?;
        named.iter().copied().find(|&m| {
            let mention = &self.mentions[m];
            let between = words
                .iter()
                .filter(|w| w.start >= verb.end && w.end <= mention.start)
                .count();
            mention.start >= verb.end && between <= MAX_WORDS_VERB_TO_NAME && !oblique(mention)
        })
    }
}
