//! Attribution: who said a quotation, and how the text says so.
//!
//! Rules, tried in this order for every statement (see [`super::is_statement`]):
//!
//! 1. Dash dialogue: a paragraph starting with "— " after a paragraph that ends with a colon
//!    ("Валерий Ревенко сказал:") belongs to the last person named in that paragraph; a dash
//!    paragraph right after an attributed dash paragraph continues it. Then (rule 1b) a quote
//!    with marks opening its paragraph after a paragraph that ends with a colon ("Im genauen
//!    Wortlaut sagte Lawrow:") is the words of that sentence's subject, when it names someone
//!    or speaks; then (rule 1c) a remark set off by dashes inside the quotation marks ("Кроме
//!    того, - сообщил Зеленский, - мы …") gives its speaker.
//! 2. A saying verb after the quote, in the same sentence: a name before the verb ("…,”
//!    Ryabihin said"), a name shortly after it ("…,” said Dmitry Ryabikhin"), a pronoun next to
//!    it ("he said" → the last person named before the quote, in this or an earlier paragraph;
//!    with a verb of adding, "he added", the speaker of the quote before it in the paragraph),
//!    or a descriptive phrase ("the representative of the Ministry of Defense emphasized") → the
//!    most recent person named before the quote whose role, as this source gives it anywhere,
//!    holds every content word of the phrase ("representative", "official", "spokesman" are
//!    generic and need no match). A phrase that matches nobody ("the head of the Belarusian
//!    Foreign Ministry" when only a defence official was named) leaves the quote unattributed.
//!    A title after the verb that matches no role given here, outside English definite
//!    descriptions ("— сказал американский лидер", "sagte der Regierungschef"), refers back like
//!    a pronoun.
//!    Rule 2e: a quote whose sentence goes on, naming nobody, to a quote attributed so shares
//!    its speaker ("Er habe "mit Freude" die "Einladung … angenommen", erklärte Fico").
//! 3. Before the quote, in the same sentence: a source phrase (`data/source_phrases.txt`:
//!    "According to X," / «По словам X», or with a pronoun: «За її словами», "selon lui"), then
//!    the nearest saying or reporting verb (`src/data/reporting_verbs.txt`: "accused",
//!    «подтвердила», "bezeichnete") with its subject right before it (two subjects joined by
//!    "and" are a joint statement, nobody's alone; an English participle away from any name
//!    takes its clause's subject, see `subjects`), then a colon after the
//!    sentence's subject ("X praised the result, writing: “…”"), then the first verb and the
//!    last name before it. A role noun as the verb's subject ("The president warned that …")
//!    is the one person this source gives that role, unless the title stood bare before its
//!    holder was named; a pronoun next to the verb refers first to the name its own sentence
//!    opens with ("Lavrov stated …, an act he described as “…”"), then to an earlier subject.
//!    Then (rule 3b, `fragments`) a short fragment after a verb of wanting, in a sentence with no
//!    verb of speech, is the words of the subject that opens it («Он хочет «…»»).
//! 4. A quote that follows an attributed quote in the same paragraph with at most a short
//!    attribution clause between them continues it ("“…,” Belokonev told Nasha Niva. “But …”"),
//!    or a longer one that names the speaker in one clause (`continuation`, with rule 5).
//! 5. A quote that fills its whole paragraph continues the speaker of the previous paragraph's
//!    last quote.
//! 6. – 8. Speech across sentences (`discourse`): a quote opening its sentence continues the
//!    speech of the sentence before it, or is introduced by it when that sentence is about
//!    speaking (6b: a sentence opening with a pronoun that speaks; 6c: a clause ending with its
//!    verb of speech); a sentence after the quote names its speaker («…». Об этом сообщил X);
//!    a paragraph that is only a name signs the quote above it.
//!
//! Names inside quotations are never taken as speakers. Limits: speech after a remark that
//! starts no new dash sentence stays inside the quote; the reference of a title alone ("the
//! head of state", «дипломат») is not resolved here beyond one holder of that role. Direct
//! speech without marks ending at a remark ("…, — сказал X.") is found by `marks::dash_speech`
//! and attributed by rule 2, as a quote followed by its saying verb.

use std::collections::BTreeMap;
use std::sync::LazyLock;

mod continuation;
mod descriptors;
mod discourse;
mod fragments;
mod introductions;
mod source_phrases;
mod subjects;
pub(super) mod title_reference;
pub(super) mod titles;

use super::clauses::{
    is_adding_verb, is_saying_verb, is_speech_phrase, is_speech_word, pronoun_after,
    pronoun_before, sentence_end, sentence_start, takes_content_clause, words_in, Word,
};
use super::marks::Span;
use super::pronouns::{agrees_with, anaphor_gender, verb_gender, Sources};
use crate::model::{Mention, Paragraph};
use subjects::may_be_subject;

/// Conjunctions that open a new clause right after a quotation.
pub(super) static CLAUSE_OPENERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("data/clause_openers.txt")).collect());

/// Words that act as a verb of saying right after a quotation and a comma („…“, so Scholz).
pub(super) static REMARK_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("data/remark_words.txt")).collect());

/// Words allowed between a saying verb and the name that follows it ("said defense minister X").
const MAX_WORDS_VERB_TO_NAME: usize = 6;

/// Words allowed between a speaker's name and the verb it is the subject of ("Zelenskyy has
/// categorically denied").
const MAX_WORDS_SUBJECT_TO_VERB: usize = 3;

/// One quotation found in a paragraph, before attribution.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    /// Index of the paragraph in the paragraph slice.
    pub index: usize,
    /// Where the quotation is.
    pub span: Span,
    /// True for dash dialogue.
    pub dash: bool,
    /// True when the quotation is long enough to be a statement.
    pub statement: bool,
    /// For the words of a quote card, the mention of the name that signs them after their last
    /// sentence (`signature::signed_at_end`).
    pub signed_by: Option<usize>,
}

/// The speaker of one quotation and how the text gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Speaker {
    /// Index into the source's mentions.
    pub mention: usize,
    /// How the speaker was found.
    pub how: String,
}

/// What attribution needs to look at.
struct Context<'a> {
    paragraphs: &'a [Paragraph],
    mentions: &'a [Mention],
    found: &'a [Found],
    /// For each paragraph number, the candidate speakers' mention indices in text order.
    candidates: BTreeMap<usize, Vec<usize>>,
    /// The source as pronoun resolution sees it.
    sources: Sources<'a>,
}

/// The speaker of each found quotation (same order), where the text gives one.
pub(crate) fn attribute(
    paragraphs: &[Paragraph],
    mentions: &[Mention],
    found: &[Found],
) -> Vec<Option<Speaker>> {
    let ctx = Context::new(paragraphs, mentions, found);
    let mut speakers: Vec<Option<Speaker>> = Vec::with_capacity(found.len());
    for (i, f) in found.iter().enumerate() {
        let speaker = if f.statement {
            ctx.dash_dialogue(i, &speakers)
                .or_else(|| ctx.introduced_by_colon(i))
                .or_else(|| ctx.remark_inside(i))
                .or_else(|| ctx.after_quote(i, &speakers))
                .or_else(|| ctx.before_quote(i))
                .or_else(|| ctx.continues_in_paragraph(i, &speakers))
                .or_else(|| ctx.continues_previous_paragraph(i, &speakers))
                .or_else(|| ctx.continues_speech(i, &speakers))
                .or_else(|| ctx.pronoun_speaks(i))
                .or_else(|| ctx.verb_final(i))
                .or_else(|| ctx.named_after(i))
                .or_else(|| ctx.signed_below(i))
        } else {
            None
        };
        speakers.push(speaker);
    }
    // Rule 2e, backwards so that a chain of quotations in one sentence shares its verb.
    for i in (0..found.len()).rev() {
        if speakers[i].is_none() && found[i].statement {
            speakers[i] = ctx.shares_later_verb(i, &speakers);
        }
    }
    speakers
}

impl<'a> Context<'a> {
    fn new(paragraphs: &'a [Paragraph], mentions: &'a [Mention], found: &'a [Found]) -> Self {
        let mut candidates: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, m) in mentions.iter().enumerate() {
            let inside_quote = found.iter().any(|f| {
                paragraphs.get(f.index).is_some_and(|p| p.n == m.paragraph)
                    && f.span.start <= m.start
                    && m.end <= f.span.end
            });
            // A possessive ("Sandu’s party") names an owner, never the speaker.
            let possessive = paragraphs
                .iter()
                .find(|p| p.n == m.paragraph)
                .and_then(|p| p.text.get(m.end..))
                .is_some_and(|rest| rest.starts_with("'s") || rest.starts_with("’s"));
            if !inside_quote && !possessive {
                candidates.entry(m.paragraph).or_default().push(i);
            }
        }
        for list in candidates.values_mut() {
            list.sort_by_key(|&i| mentions[i].start);
        }
        let mut quotes = vec![Vec::new(); paragraphs.len()];
        for f in found {
            if let Some(list) = quotes.get_mut(f.index) {
                list.push(f.span);
            }
        }
        let speakers = paragraphs
            .iter()
            .map(|p| candidates.get(&p.n).cloned().unwrap_or_default())
            .collect();
        Context {
            paragraphs,
            mentions,
            found,
            candidates,
            sources: Sources {
                paragraphs,
                mentions,
                quotes,
                speakers,
            },
        }
    }

    fn text(&self, f: &Found) -> &'a str {
        self.paragraphs
            .get(f.index)
            .map(|p| p.text.as_str())
            .unwrap_or("")
    }

    fn number(&self, f: &Found) -> usize {
        self.paragraphs.get(f.index).map(|p| p.n).unwrap_or(0)
    }

    /// Candidate speakers named in paragraph `n` between byte offsets `from` and `to`.
    fn named_between(&self, n: usize, from: usize, to: usize) -> Vec<usize> {
        self.candidates
            .get(&n)
            .map(|list| {
                list.iter()
                    .copied()
                    .filter(|&i| self.mentions[i].start >= from && self.mentions[i].start < to)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Candidate speakers named before byte `pos` of paragraph `n`, most recent first.
    fn named_before(&self, n: usize, pos: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for (&pn, list) in self.candidates.range(..=n).rev() {
            for &i in list.iter().rev() {
                if pn < n || self.mentions[i].end <= pos {
                    out.push(i);
                }
            }
        }
        out
    }

    /// Rule 2: a saying verb after the quote in the same sentence.
    fn after_quote(&self, i: usize, speakers: &[Option<Speaker>]) -> Option<Speaker> {
        let f = self.found[i];
        let text = self.text(&f);
        let n = self.number(&f);
        let limit = self.next_quote_start(i).unwrap_or(text.len());
        let end = sentence_end(text, f.span.end, limit);
        // A headline: «Это правда»: Захарова о словах Лаврова.
        let named_after = self.named_between(n, f.span.end, end);
        if let Some(&m) = named_after.first() {
            if text[f.span.end..self.mentions[m].start].trim() == ":" {
                return Some(Speaker {
                    mention: m,
                    how: "the quote, a colon, then the name".to_string(),
                });
            }
        }
        // A headline: "Мы хотим, чтобы нас уважали": президент Таджикистана публично …
        if let Some(rest) = text[f.span.end..end].trim_start().strip_prefix(':') {
            if let title_reference::TitleRef::Holder(m) =
                self.sources
                    .title_reference(rest.trim(), f.index, f.span.start, None)
            {
                return Some(Speaker {
                    mention: m,
                    how: "the quote, a colon, then a title this source gives one person"
                        .to_string(),
                });
            }
        }
        let words = words_in(text, f.span.end, end);
        // "“…” while Pashinyan described …": a conjunction right after the quote opens a new
        // clause, whose subject did not say the quoted words.
        if words
            .first()
            .is_some_and(|w| CLAUSE_OPENERS.contains(&w.lower.as_str()))
        {
            return None;
        }
        // „…“, so der Präsident: the remark word right after the quote and its comma.
        let remark = words.first().is_some_and(|w| {
            REMARK_WORDS.contains(&w.lower.as_str()) && text[f.span.end..w.start].trim() == ","
        });
        if let Some(remark) = source_phrases::document_remark(&words) {
            return self.author_of_document(&f, text, &words, remark, end);
        }
        if let Some(phrase) = source_phrases::citing_phrase(&words) {
            return self.cited_person(&f, &words, phrase);
        }
        let v = if remark {
            0
        } else {
            // A verb of saying, or an expression of saying ("was quoted as").
            match (0..words.len())
                .position(|k| is_saying_verb(&words[k].lower) || is_speech_phrase(&words, k))
            {
                Some(v) => v,
                None => return self.name_after_closing_comma(&f, text, end),
            }
        };
        let verb = &words[v];
        let named = self.named_between(n, f.span.end, end);
        // "“…,” he said, citing Ignacy Paderewski": a pronoun before the verb is its subject,
        // and a name after it belongs to another phrase.
        let pronoun_subject = v
            .checked_sub(1)
            .and_then(|k| words.get(k))
            .is_some_and(|w| anaphor_gender(&w.lower).is_some());
        if let Some(&m) = named.iter().find(|&&m| self.mentions[m].start < verb.start) {
            return Some(Speaker {
                mention: m,
                how: format!("said-verb after the quote (name, then “{}”)", verb.lower),
            });
        }
        if let Some(&m) = named.iter().find(|&&m| {
            let between = words
                .iter()
                .filter(|w| w.start >= verb.end && w.end <= self.mentions[m].start)
                .count();
            self.mentions[m].start >= verb.end
                && between <= MAX_WORDS_VERB_TO_NAME
                && !pronoun_subject
        }) {
            return Some(Speaker {
                mention: m,
                how: format!("said-verb after the quote (“{}”, then name)", verb.lower),
            });
        }
        let pronoun = [v.checked_sub(1), Some(v + 1)]
            .into_iter()
            .flatten()
            .filter_map(|k| words.get(k))
            .find_map(|w| anaphor_gender(&w.lower));
        if let Some(feminine) = pronoun {
            let feminine = verb_gender(&verb.lower).or(feminine);
            if is_adding_verb(&verb.lower) {
                if let Some(s) = self.earlier_speaker(i, speakers, feminine) {
                    return Some(s);
                }
            }
            return self.pronoun_referent(f.index, text, f.span.start, feminine);
        }
        self.descriptor_speaker(f.index, text, &words, v, end, f.span.start)
    }

    /// Rule 3: "According to X," or a name and a saying verb before the quote.
    fn before_quote(&self, i: usize) -> Option<Speaker> {
        let f = self.found[i];
        let text = self.text(&f);
        let n = self.number(&f);
        let from = self.previous_quote_end(i).unwrap_or(0);
        let start = sentence_start(text, from, f.span.start);
        let words = words_in(text, start, f.span.start);
        let named = self.named_between(n, start, f.span.start);
        if let Some(speaker) = self.source_phrase(f.index, text, start, &words, &named) {
            return Some(speaker);
        }
        if let Some(&m) = named.last() {
            let between = text[self.mentions[m].end..f.span.start].trim();
            // "X bedauerte den Rücktritt von Y: «…»": a name after the subject is an object.
            let surname = &self.mentions[m].surname;
            let alone = named.iter().all(|&k| self.mentions[k].surname == *surname);
            if between == ":" && alone {
                return Some(Speaker {
                    mention: m,
                    how: "name, colon, then the quote".to_string(),
                });
            }
        }
        // The verb nearest the quote governs it, with its subject right before it: "Ushakov
        // reported that Trump was “shocked”"; "Pashinyan described Trump as the “peacemaker”
        // and said …" (a verb after "and" shares the subject of the verb before).
        // A verb in the mood of reported speech ("Er werde nach Moskau fahren, „um …“") makes
        // the sentence its subject's words, like a verb of saying.
        let verbs: Vec<usize> = (0..words.len())
            .filter(|&k| {
                is_speech_word(&words, k)
                    || takes_content_clause(text, &words, k)
                    || discourse::REPORTED_MOODS.contains(&words[k].lower.as_str())
            })
            .collect();
        for &v in verbs.iter().rev() {
            let verb = &words[v];
            // A pronoun after the verb is its subject only when no name comes before the verb
            // ("Zelenskyj … bezeichnete sie als „…“": «sie» is the object there).
            let named_before_verb = named.iter().any(|&m| self.mentions[m].end <= verb.start);
            let pronoun = pronoun_before(text, &words, v)
                .or_else(|| pronoun_after(text, &words, v).filter(|_| !named_before_verb));
            if let Some((pronoun_at, feminine)) = pronoun {
                let feminine = verb_gender(&verb.lower).or(feminine);
                // "Lavrov stated …, an act he described as “…”": the pronoun refers to the
                // subject of its own sentence when that is a name.
                if let Some(m) = self
                    .sources
                    .named_subject(f.index, start, pronoun_at, feminine)
                {
                    return Some(Speaker {
                        mention: m,
                        how: format!(
                            "a pronoun and “{}”: the subject of its sentence",
                            verb.lower
                        ),
                    });
                }
                return self.pronoun_referent(f.index, text, start, feminine);
            }
            if let Some(speaker) = self.participle_subject(f.index, text, start, &named, &words, v)
            {
                return Some(speaker);
            }
            if let Some(m) = self.subject_of_verb(text, &named, &words, verb) {
                // "Kaja Kallas and … Marta Kos said": two people speak together, neither alone.
                if self.joint_subject(text, &named, m) {
                    return None;
                }
                return Some(Speaker {
                    mention: m,
                    how: format!("said-verb before the quote (name, then “{}”)", verb.lower),
                });
            }
            // "…, explained Pavel, but they also “revealed their cards”": the subject after
            // its verb, in a remark put inside the sentence.
            if let Some(&m) = named.iter().find(|&&m| {
                let mention = &self.mentions[m];
                mention.start >= verb.end
                    && text[verb.end..mention.start].trim().is_empty()
                    && !super::pronouns::oblique(mention)
            }) {
                return Some(Speaker {
                    mention: m,
                    how: format!("said-verb before the quote (“{}”, then name)", verb.lower),
                });
            }
            if let Some(speaker) = self.title_after_verb(f.index, text, verb, f.span.start) {
                return Some(speaker);
            }
            let unnamed = named.iter().all(|&m| self.mentions[m].start >= verb.start);
            if let Some(m) = unnamed
                .then(|| {
                    let feminine = super::pronouns::verb_gender(&verb.lower);
                    self.sources
                        .role_subject(f.index, start, verb.start, feminine)
                })
                .flatten()
            {
                return Some(Speaker {
                    mention: m,
                    how: format!(
                        "said-verb before the quote (a title only one person has here, then “{}”)",
                        verb.lower
                    ),
                });
            }
        }
        // "Von der Leyen praised the result, writing: “…”": a colon right before the quote
        // introduces it as the words of the sentence's subject.
        if text[start..f.span.start].trim_end().ends_with(':') {
            if let Some(&m) = named
                .iter()
                .find(|&&m| may_be_subject(text, &words, &self.mentions[m]))
            {
                return Some(Speaker {
                    mention: m,
                    how: "the sentence's subject, a colon, then the quote".to_string(),
                });
            }
        }
        // Otherwise the first verb and the last name before it ("Trump praised X and Y,
        // calling them “…”").
        let Some(&v) = verbs.first() else {
            return self.fragment_of_subject(&f, text, start, &words);
        };
        let verb = &words[v];
        named
            .iter()
            .rev()
            .find(|&&m| {
                self.mentions[m].end <= verb.start
                    && may_be_subject(text, &words, &self.mentions[m])
            })
            .map(|&m| Speaker {
                mention: m,
                how: format!("said-verb before the quote (name, then “{}”)", verb.lower),
            })
    }

    /// The speaker of the last attributed quotation before quotation `i` in its paragraph, when
    /// they agree with the gender `feminine` where both show one: whom "he added" refers to
    /// ("Das Ergebnis sei «…», sagte X. Y vermöge es, … Djukanovic habe sich «…» geschlagen,
    /// fügte er hinzu": the sentence between is X's reported speech).
    fn earlier_speaker(
        &self,
        i: usize,
        speakers: &[Option<Speaker>],
        feminine: Option<bool>,
    ) -> Option<Speaker> {
        let f = self.found[i];
        let j = (0..i)
            .rev()
            .take_while(|&j| self.found[j].index == f.index)
            .find(|&j| speakers.get(j).is_some_and(Option::is_some))?;
        let m = speakers.get(j)?.as_ref()?.mention;
        agrees_with(feminine, &self.mentions[m]).then(|| Speaker {
            mention: m,
            how: "a pronoun with a verb of adding: the speaker of the quote before it".to_string(),
        })
    }

    /// The person a pronoun in the sentence holding byte `pos` of paragraph `index` refers to:
    /// the subject of an earlier sentence (see [`super::pronouns`]).
    fn pronoun_referent(
        &self,
        index: usize,
        text: &str,
        pos: usize,
        feminine: Option<bool>,
    ) -> Option<Speaker> {
        let from = sentence_start(text, 0, pos);
        let m = self.sources.referent(index, from, feminine)?;
        Some(Speaker {
            mention: m,
            how: format!(
                "a pronoun: the subject of an earlier sentence (¶{})",
                self.mentions[m].paragraph
            ),
        })
    }

    fn next_quote_start(&self, i: usize) -> Option<usize> {
        let f = self.found[i];
        self.found
            .get(i + 1)
            .filter(|g| g.index == f.index)
            .map(|g| g.span.start)
    }

    fn previous_quote_end(&self, i: usize) -> Option<usize> {
        let f = self.found[i];
        // A scare-quoted word before the quote does not end the clause that governs it
        // («подтвердила, что … стала «пощечиной» …, чтобы «спасти остатки Украины»»).
        let j = i.checked_sub(1)?;
        let g = self.found[j];
        (g.index == f.index && g.statement).then_some(g.span.end)
    }
}
