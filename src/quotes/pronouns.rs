//! Who a pronoun refers to: the subject of the sentence before, not the last name in it.
//!
//! "The minister regretted that Chancellor X did not come. “…,” he said": "he" is the minister,
//! the subject of the previous sentence, not X, the last name mentioned. The method, for a
//! pronoun next to a verb of saying:
//!
//! 1. Walk back sentence by sentence (at most [`MAX_SENTENCES_BACK`]), from the sentence before
//!    the quotation, through earlier paragraphs.
//! 2. In each sentence, the subject is its first person-like element outside quotation marks: a
//!    named person in the nominative (Russian and Ukrainian names in an oblique case are
//!    objects: «резиденцию Владимира Путина»), with the title standing before the name
//!    ("Chancellor X") counted as part of the name; a pronoun; or a role noun ("The minister",
//!    «Министр»). A sentence ending in a reporting clause ("…, the election chief, X, said",
//!    «…, сообщил глава ЦИК X») has that clause as its main clause: X is its subject; so is
//!    the person a source phrase opening the sentence names («По мнению Бланара, …»).
//! 3. A named subject is the referent. A pronoun subject ("He stressed …") refers further back:
//!    go on to the sentence before. A role-noun subject refers to the person this source gives
//!    that role, when exactly one person has it; otherwise nobody (never the next name).
//! 4. Gender must agree where both sides show it: the pronoun ("he"/"she", «он»/«она», «він»/
//!    «вона») or a Russian or Ukrainian past-tense verb («сказал»/«сказала», «заявив»/«заявила»)
//!    against the person's given name or surname ending (Zakharova, Maria). A disagreement
//!    leaves the quotation unattributed.
//!
//! Limits: the subject is approximated by the first person-like element, which is wrong for
//! inverted sentences ("Meeting Lavrov, the minister said …" takes Lavrov); sentences are cut at
//! full stops outside quotations, so an abbreviation ("U.S.") can end one early.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use crate::model::{Mention, Paragraph};

use super::attribution::title_reference::TitleRef;
use super::marks::Span;
use super::similarity::{role_words, stem};

mod gender;
pub(crate) use gender::{
    age_gender, agrees_with, anaphor_gender, gendered_words, genders_agree, mention_gender,
    pronoun_gender, verb_gender,
};

/// Bytes between a title and a name that still make the title the name's ("President of Georgia
/// Salome Zurabishvili", "Sandu, the president,").
const NAME_NEAR_TITLE: usize = 40;

/// Words after a name within which its verb of saying makes a title before it the name's.
const TITLED_SPEAKER_VERB_WITHIN: usize = 2;

/// Words of title between a verb of saying and the name of its speaker ("сообщил глава
/// Центризбиркома республики Мирза-Улугбек Абдусаломов").
const REPORTING_AGENT_WORDS: usize = 5;

/// How many sentences back a pronoun may look for its referent.
pub(crate) const MAX_SENTENCES_BACK: usize = 4;

/// Words that join a noun to the title after it as its complement ("of", "du", "des").
static GENITIVE_CONNECTORS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::entries(include_str!("data/genitive_connectors.txt")).collect()
});

/// True when a Russian or Ukrainian mention is written in an oblique case («Владимира Путина»,
/// «с Лавровым»): a subject stands in the nominative, so such a name is not the subject
/// («… резиденцию президента Владимира Путина …, сообщил глава МИД Сергей Лавров»).
pub(crate) fn oblique(m: &Mention) -> bool {
    let Some(last) = m.surface.split_whitespace().last() else {
        return false;
    };
    let cyrillic = crate::text::has_cyrillic(last);
    let given_oblique = m
        .surface
        .split_whitespace()
        .next()
        .filter(|first| *first != last)
        .and_then(crate::people::inflect::given_name)
        .is_some_and(|g| g.oblique);
    // A surname with particles («де Вевер») is compared by its last word.
    let surname_last = m.surname.split_whitespace().last().unwrap_or(&m.surname);
    cyrillic && (last != surname_last || given_oblique)
}

/// True for a Russian word the dictionary knows only in oblique cases («президента»): a role
/// noun in the genitive is not the subject of its sentence.
fn oblique_word(lower: &str) -> bool {
    let readings = crate::people::morph::analyse(lower);
    let known: Vec<_> = readings
        .iter()
        .filter(|p| p.known && p.case().is_some())
        .collect();
    !known.is_empty() && known.iter().all(|p| p.case() != Some("nomn"))
}

/// One sentence: paragraph index and byte range.
#[derive(Debug, Clone, Copy)]
struct Sentence {
    index: usize,
    start: usize,
    end: usize,
}

/// What attribution knows about the source.
pub(crate) struct Sources<'a> {
    /// The source's paragraphs.
    pub paragraphs: &'a [Paragraph],
    /// The source's mentions.
    pub mentions: &'a [Mention],
    /// Quotation spans by paragraph index.
    pub quotes: Vec<Vec<Span>>,
    /// Mentions that may speak (outside quotations), by paragraph index, in text order.
    pub speakers: Vec<Vec<usize>>,
}

/// What the subject of a sentence is.
#[derive(PartialEq)]
enum Subject {
    Named(usize),
    Pronoun,
    /// A role noun (the word) opening a title at this byte offset.
    Role(String, usize),
    None,
}

impl Sources<'_> {
    /// True when byte `pos` of paragraph `index` is inside a quotation.
    fn quoted(&self, index: usize, pos: usize) -> bool {
        self.quotes
            .get(index)
            .is_some_and(|spans| spans.iter().any(|s| s.start <= pos && pos < s.end))
    }

    /// The sentences of paragraph `index` that end at or before `limit`, last first.
    fn sentences_before(&self, index: usize, limit: usize) -> Vec<Sentence> {
        let text = &self.paragraphs[index].text;
        let mut bounds = vec![0];
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (k, &(pos, c)) in chars.iter().enumerate() {
            let next_is_space = chars.get(k + 1).is_none_or(|(_, n)| n.is_whitespace());
            let in_name = self
                .mentions
                .iter()
                .any(|m| self.paragraphs[index].n == m.paragraph && m.start <= pos && pos < m.end);
            let ends = matches!(c, '.' | '!' | '?' | '…') && next_is_space && !in_name;
            if ends && !self.quoted(index, pos) {
                bounds.push(pos + c.len_utf8());
            }
        }
        bounds.push(text.len());
        bounds.dedup();
        let mut out: Vec<Sentence> = bounds
            .windows(2)
            .map(|w| Sentence {
                index,
                start: w[0],
                end: w[1].min(limit),
            })
            .filter(|s| s.start < s.end && !text[s.start..s.end].trim().is_empty())
            .collect();
        out.reverse();
        out
    }

    /// The subject of a sentence (see the module docs).
    fn subject(&self, s: Sentence) -> Subject {
        if let Some(m) = self.reporting_agent(s).or_else(|| self.named_source(s)) {
            return Subject::Named(m);
        }
        let text = &self.paragraphs[s.index].text;
        let named = self.speakers.get(s.index).map(Vec::as_slice).unwrap_or(&[]);
        let first_named = named.iter().copied().find(|&m| {
            let mention = &self.mentions[m];
            mention.start >= s.start && mention.start < s.end && !oblique(mention)
        });
        let named_at = first_named.map_or(usize::MAX, |m| self.mentions[m].start);
        let words = super::clauses::words_in(text, s.start, s.end);
        for (k, w) in words.iter().enumerate() {
            if w.start >= named_at {
                break;
            }
            if self.quoted(s.index, w.start) {
                continue;
            }
            if pronoun_gender(&w.lower).is_some() {
                return Subject::Pronoun;
            }
            // A title the role words do not hold ("Der US-Präsident", "Staatschef") is the
            // subject only in a sentence that names nobody before it.
            let titled = crate::people::recognise::is_role_word(&w.lower)
                || (first_named.is_none()
                    && super::attribution::titles::opens_with_title(&text[w.start..s.end]));
            // "le bureau du Premier ministre a affirmé": the office speaks, not the minister;
            // "Ausnahmen gelten für Diplomaten": a title after a preposition is no subject.
            let after_connector = || {
                k.checked_sub(1).is_some_and(|j| {
                    let previous = words[j].lower.as_str();
                    GENITIVE_CONNECTORS.contains(&previous)
                        || crate::people::recognise::is_latin_preposition(previous)
                })
            };
            if titled && after_connector() {
                continue;
            }
            if titled && !oblique_word(&w.lower) {
                // A title right before the name belongs to the name ("Chancellor X said"), also
                // with the name in apposition after a comma ("Le Premier ministre grec, X, a").
                let title_of_name = first_named.is_some_and(|m| {
                    let between = text[w.start..named_at]
                        .trim()
                        .trim_end_matches(',')
                        .trim_end();
                    let given = self.mentions[m].role.as_deref().is_some_and(|r| {
                        r.contains(between) || between.is_empty() || joined_titles(between, r)
                    });
                    given || self.titled_speaker(s, between, m)
                });
                if title_of_name {
                    break;
                }
                // "NATO leaders said": several people speak, none of them one holder.
                if is_latin_plural_role(&w.lower) {
                    return Subject::None;
                }
                return Subject::Role(text[w.start..w.end].to_string(), w.start);
            }
        }
        first_named.map_or(Subject::None, Subject::Named)
    }

    /// True when the sentence has a verb of saying outside its quotations and, before it, a
    /// surname of this source's people that no mention covers ("the younger Berdymukhamedov
    /// said"): someone speaks whom recognition left unresolved.
    fn unresolved_speaker(&self, s: Sentence) -> bool {
        let text = &self.paragraphs[s.index].text;
        let words = super::clauses::words_in(text, s.start, s.end);
        let Some(verb) = words
            .iter()
            .find(|w| super::clauses::is_saying_verb(&w.lower) && !self.quoted(s.index, w.start))
        else {
            return false;
        };
        let n = self.paragraphs[s.index].n;
        let covered = |pos: usize| {
            self.mentions
                .iter()
                .any(|m| m.paragraph == n && m.start <= pos && pos < m.end)
        };
        words.iter().take_while(|w| w.start < verb.start).any(|w| {
            self.mentions
                .iter()
                .any(|m| m.surname.to_lowercase() == w.lower)
                && !covered(w.start)
                && !self.quoted(s.index, w.start)
        })
    }

    /// The person who speaks in a reporting clause after a comma, which is the main clause of
    /// its sentence ("Mirziyoyev was re-elected …, the election chief, Zainiddin
    /// Nizamkhodzhayev, said", «… набрав 88,61% голосов, сообщил глава Центризбиркома
    /// Абдусаломов»): a verb of saying outside quotations, right after the speaker's name or
    /// followed by it within [`REPORTING_AGENT_WORDS`] words with no punctuation between.
    fn reporting_agent(&self, s: Sentence) -> Option<usize> {
        let text = &self.paragraphs[s.index].text;
        let named = self.speakers.get(s.index)?;
        let words = super::clauses::words_in(text, s.start, s.end);
        for (k, verb) in words.iter().enumerate() {
            if self.quoted(s.index, verb.start) || !super::clauses::is_saying_verb(&verb.lower) {
                continue;
            }
            let in_sentence = |m: &&usize| {
                let mention = &self.mentions[**m];
                mention.start >= s.start && mention.end <= s.end && !oblique(mention)
            };
            // ", Y said": the name, maybe a comma, then the verb.
            let before = named.iter().filter(in_sentence).copied().find(|&m| {
                let gap = text.get(self.mentions[m].end..verb.start).unwrap_or("x");
                gap.trim_start_matches(',').trim().is_empty()
            });
            // ", сообщил глава ЦИК Y": the verb, a few words of title, then the name; the title
            // may stand before the name in apposition (", sagte der Außenminister des Landes,
            // Kestutis Budris,").
            let after = named.iter().filter(in_sentence).copied().find(|&m| {
                let mention = &self.mentions[m];
                let gap = text.get(verb.end..mention.start).unwrap_or(",");
                let apposition = gap.trim_end().strip_suffix(',').filter(|g| {
                    let role = mention.role.as_deref();
                    role.is_some_and(|r| g.trim_end().ends_with(r))
                });
                let gap = apposition.unwrap_or(gap);
                mention.start >= verb.end
                    && !gap.contains([',', ':', ';', '(', ')', '—', '–', '"', '«', '»', '“', '”'])
                    && gap.split_whitespace().count() <= REPORTING_AGENT_WORDS
            });
            let Some(agent) = before.or(after) else {
                continue;
            };
            // The clause must follow a comma that stands after the sentence's first words: the
            // reported content comes first.
            let clause_start = before.map_or(verb.start, |m| self.mentions[m].start);
            let opening = text.get(s.start..clause_start).unwrap_or("");
            let reported = opening.trim_end().ends_with(',')
                && words
                    .iter()
                    .take(k)
                    .filter(|w| w.start < clause_start)
                    .count()
                    >= 3;
            if reported {
                return Some(agent);
            }
        }
        None
    }

    /// The person named right after a source phrase that opens the sentence ("По мнению
    /// Бланара, …", "According to Lind, …"): the sentence gives their words, so they are its
    /// subject, in whatever case the phrase puts the name.
    fn named_source(&self, s: Sentence) -> Option<usize> {
        let text = &self.paragraphs[s.index].text;
        let words = super::clauses::words_in(text, s.start, s.end);
        let (len, pronoun) = super::clauses::SOURCE_PHRASES
            .iter()
            .find_map(|phrase| super::clauses::match_phrase(&words, phrase))?;
        let after = words.get(len.checked_sub(1)?)?.end;
        if pronoun.is_some() {
            return None;
        }
        self.speakers.get(s.index)?.iter().copied().find(|&m| {
            let mention = &self.mentions[m];
            mention.start >= after && text[after..mention.start].trim().is_empty()
        })
    }

    /// True when a title phrase runs straight into the name of mention `m` (no punctuation)
    /// and that name is the subject of a verb of saying right after it ("Former Prime
    /// Minister and party leader Milos Vucevic earlier told TASS"): the title is the name's,
    /// though recognition gave it no role.
    fn titled_speaker(&self, s: Sentence, between: &str, m: usize) -> bool {
        let text = &self.paragraphs[s.index].text;
        let plain = !between.contains([',', ':', ';', '(', ')', '—', '–', '"', '«', '“']);
        let after = super::clauses::words_in(text, self.mentions[m].end, s.end);
        let speaks = after
            .iter()
            .take(TITLED_SPEAKER_VERB_WITHIN)
            .any(|w| super::clauses::is_saying_verb(&w.lower));
        plain && speaks
    }

    /// The person the subject of the clause `start..end` of paragraph `index` names, when it is
    /// a nominative name ("Lavrov stated …, an act he described as “…”") and agrees with the
    /// gender `feminine` where both show one.
    pub(crate) fn named_subject(
        &self,
        index: usize,
        start: usize,
        end: usize,
        feminine: Option<bool>,
    ) -> Option<usize> {
        let Subject::Named(m) = self.subject(Sentence { index, start, end }) else {
            return None;
        };
        agrees_with(feminine, &self.mentions[m]).then_some(m)
    }

    /// The person a role-noun subject of the clause `start..end` of paragraph `index` refers to
    /// ("Президент Казахстана считает «…»", "The president warned that …"): the one person this
    /// source gives that role; nobody when the subject is no role noun or several people have it,
    /// unless it is an epithet ("the politician"), which refers back like a pronoun. The verb's
    /// gender `feminine`, where it shows one, rules out persons of the other and lets a title
    /// that fits nobody's titles be the one person named before of that gender («новобраний
    /// прем’єр наголосив» when the source says only that he will head the government).
    pub(crate) fn role_subject(
        &self,
        index: usize,
        start: usize,
        end: usize,
        feminine: Option<bool>,
    ) -> Option<usize> {
        let Subject::Role(role, at) = self.subject(Sentence { index, start, end }) else {
            return None;
        };
        let TitleRef::Holder(m) = self.role_reference(&role, index, at, end, feminine) else {
            // An epithet that fits nobody or several («Политик объявил») is the person the
            // text is about, as a pronoun would be.
            return super::attribution::titles::is_epithet(&role)
                .then(|| self.referent(index, at, None))
                .flatten();
        };
        let holder_at = self
            .paragraphs
            .iter()
            .position(|p| p.n == self.mentions[m].paragraph)?;
        // "… the president told a briefing" before any president is named: the title is someone
        // this source never names with it, so a later named holder is not its referent.
        let bare = self.first_bare_title(&role, index);
        let qualified = self.names_country(index, at, end);
        (qualified || bare.is_none_or(|b| b > (holder_at, self.mentions[m].start))).then_some(m)
    }

    /// Where the role word first stands with no name near it (at most [`NAME_NEAR_TITLE`] bytes
    /// either side), in paragraphs up to `index`: paragraph index and byte offset.
    fn first_bare_title(&self, role: &str, index: usize) -> Option<(usize, usize)> {
        let wanted = stem(&role.to_lowercase());
        for (pi, p) in self.paragraphs.iter().enumerate().take(index + 1) {
            for w in super::clauses::words_in(&p.text, 0, p.text.len()) {
                if stem(&w.lower) != wanted || self.quoted(pi, w.start) {
                    continue;
                }
                let near = self.mentions.iter().any(|m| {
                    m.paragraph == p.n
                        && m.start < w.end + NAME_NEAR_TITLE
                        && w.start < m.end + NAME_NEAR_TITLE
                });
                if !near {
                    return Some((pi, w.start));
                }
            }
        }
        None
    }

    /// The one person named before paragraph `index` whose role in this source holds the role
    /// word, when exactly one person (by surname) does.
    pub(crate) fn person_with_role(&self, role: &str, index: usize) -> Option<usize> {
        let wanted = stem(&role.to_lowercase());
        let mut surnames = BTreeSet::new();
        let mut chosen = None;
        for (i, m) in self.mentions.iter().enumerate() {
            let before = self
                .paragraphs
                .iter()
                .position(|p| p.n == m.paragraph)
                .is_some_and(|pi| pi <= index);
            let has = m
                .role
                .as_deref()
                .is_some_and(|r| role_words(r).contains(&wanted));
            if before && has {
                surnames.insert(m.surname.to_lowercase());
                chosen.get_or_insert(i);
            }
        }
        (surnames.len() == 1).then_some(chosen).flatten()
    }

    /// True when paragraph `index` names the person of mention `m` between bytes `start` and
    /// `end`.
    fn names_between(&self, index: usize, start: usize, end: usize, m: usize) -> bool {
        let Some(p) = self.paragraphs.get(index) else {
            return false;
        };
        let surname = &self.mentions[m].surname;
        self.mentions.iter().any(|other| {
            other.paragraph == p.n
                && &other.surname == surname
                && start <= other.start
                && other.end <= end
        })
    }

    /// The referent of a pronoun in the sentence that starts at byte `pos` of paragraph
    /// `index`, with the gender the pronoun or its verb shows (true: feminine).
    pub(crate) fn referent(
        &self,
        index: usize,
        pos: usize,
        feminine: Option<bool>,
    ) -> Option<usize> {
        self.referent_chain(index, pos, feminine).map(|(m, _)| m)
    }

    /// The referent a pronoun would have (see [`Self::referent`]), when a later sentence has
    /// already taken it up as a pronoun subject ("Orbán se rend à Moscou pour rencontrer
    /// Poutine. Il aura des discussions …"): the person the text is about at that point, the
    /// one a title several people fit refers to.
    pub(crate) fn topic(&self, index: usize, pos: usize, feminine: Option<bool>) -> Option<usize> {
        self.referent_chain(index, pos, feminine)
            .and_then(|(m, through_pronoun)| through_pronoun.then_some(m))
    }

    /// The subject of the sentence right before byte `pos` of paragraph `index` (the last
    /// sentence of the paragraph before, when none precedes it in its own), when that subject is
    /// a name: the mention, and the paragraph index and byte range of that sentence.
    pub(crate) fn previous_named_subject(
        &self,
        index: usize,
        pos: usize,
    ) -> Option<(usize, usize, std::ops::Range<usize>)> {
        let s = self
            .sentences_before(index, pos)
            .into_iter()
            .next()
            .or_else(|| {
                let before = index.checked_sub(1)?;
                let len = self.paragraphs.get(before)?.text.len();
                self.sentences_before(before, len).into_iter().next()
            })?;
        match self.subject(s) {
            Subject::Named(m) => Some((m, s.index, s.start..s.end)),
            _ => None,
        }
    }

    /// The referent of [`Self::referent`], and whether the walk back to it passed a sentence
    /// whose subject is a pronoun.
    fn referent_chain(
        &self,
        index: usize,
        pos: usize,
        feminine: Option<bool>,
    ) -> Option<(usize, bool)> {
        let mut through_pronoun = false;
        let mut seen = 0;
        // A title that fits nobody whose titles the source gives: the subject named further
        // back may be its holder only if the source gives them no title.
        let mut untitled_only = false;
        for pi in (0..=index).rev() {
            let limit = if pi == index {
                pos
            } else {
                self.paragraphs[pi].text.len()
            };
            for s in self.sentences_before(pi, limit) {
                let subject = self.subject(s);
                // A sentence whose subject is itself a pronoun carries the same referent on
                // ("Michal posted … “…,” he wrote. … In a press release, he highlighted … “…,” he
                // said"): it is a link of the chain, not distance from the name.
                if subject == Subject::Pronoun {
                    through_pronoun = true;
                } else {
                    seen += 1;
                }
                if seen > MAX_SENTENCES_BACK {
                    return None;
                }
                let found = match subject {
                    // A quotation that names the subject speaks of them, not as them: who
                    // "he" is stays open.
                    Subject::Named(m) if self.named_in(index, pos, m) => return None,
                    Subject::Named(m) => Some(m).filter(|&m| !untitled_only || self.untitled(m)),
                    Subject::Role(role, at) => {
                        match self.role_reference(&role, pi, at, s.end, feminine) {
                            // The holder is not named in the title's own sentence ("The
                            // minister met Milan Horvat": the minister is someone else).
                            TitleRef::Holder(m) => Some(m).filter(|&m| {
                                !self.named_in(index, pos, m)
                                    && !self.names_between(pi, s.start, s.end, m)
                            }),
                            TitleRef::NoneFits => {
                                untitled_only = true;
                                continue;
                            }
                            TitleRef::Nobody | TitleRef::NotATitle => None,
                        }
                    }
                    // Someone the source names by a surname no mention resolves speaks there
                    // ("the younger Berdymukhamedov said he …", father and son both named):
                    // "he" may be them, so nobody further back is.
                    Subject::None | Subject::Pronoun if self.unresolved_speaker(s) => return None,
                    Subject::Pronoun | Subject::None => continue,
                };
                let m = found?;
                return agrees_with(feminine, &self.mentions[m]).then_some((m, through_pronoun));
            }
        }
        None
    }
}

/// True for an English or French role word in the plural ("leaders", « présidents »): a word
/// in Latin letters in `-s` that is no role word itself but whose singular is one.
fn is_latin_plural_role(lower: &str) -> bool {
    let is_role = crate::people::recognise::is_role_word;
    !lower.chars().any(crate::text::is_cyrillic)
        && !is_role(lower)
        && lower.strip_suffix('s').is_some_and(|singular| {
            is_role(singular) || singular.strip_suffix('e').is_some_and(is_role)
        })
}

/// True when `between` is another title joined by a conjunction to the title `role` that the
/// name right after it has: «экс-президент страны и» + «лидер Партии социалистов» Игорь Додон.
fn joined_titles(between: &str, role: &str) -> bool {
    between
        .strip_suffix(role)
        .map(str::trim_end)
        .and_then(|rest| {
            rest.rsplit_once(' ')
                .map_or(Some(rest), |(_, last)| Some(last))
        })
        .is_some_and(|last| crate::people::is_conjunction(&last.to_lowercase()))
}
