//! Speakers named by a phrase of source rather than a verb of saying: "According to X,",
//! «По её словам», "Selon lui", "Rahmon zufolge", ", so X," before the quotation; and the name
//! right after an English closing comma, whatever its verb ("“…,” Rahmon used the expressions");
//! and a document's words ("…“, heißt es in der Erklärung"), given to the author the sentence
//! before names.
//! In: the quotation's sentence and the names in it; out: a speaker.

use std::sync::LazyLock;

use super::title_reference::TitleRef;
use super::{Context, Found, Speaker, CLAUSE_OPENERS, MAX_WORDS_VERB_TO_NAME, REMARK_WORDS};
use crate::quotes::clauses::{
    is_saying_verb, is_speech_word, match_phrase, sentence_start, words_in, Word, SOURCE_PHRASES,
};

/// Words after a name that make it no subject of a verb (`data/not_verbs_after_name.txt`).
static NOT_VERBS_AFTER_NAME: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::entries(include_str!("../data/not_verbs_after_name.txt")).collect()
});

/// Postpositions that make the name before them the source of the words ("Rahmon zufolge").
static SOURCE_POSTPOSITIONS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::entries(include_str!("../data/source_postpositions.txt")).collect()
});

/// Impersonal remarks about a document (`data/document_remarks.txt`), as word sequences.
static DOCUMENT_REMARKS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    crate::quotes::clauses::phrases_as_words(include_str!("../data/document_remarks.txt")).collect()
});

/// Expressions whose object is the speaker (`data/citing_phrases.txt`), as word sequences.
static CITING_PHRASES: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    crate::quotes::clauses::phrases_as_words(include_str!("../data/citing_phrases.txt")).collect()
});

/// Where in `words` the first citing expression («приводит слова», "quoted") starts and ends,
/// when no verb or expression of saying comes before it.
pub(super) fn citing_phrase(words: &[Word]) -> Option<(usize, usize)> {
    for k in 0..words.len() {
        let citing = CITING_PHRASES
            .iter()
            .find(|phrase| match_phrase(&words[k..], phrase).is_some());
        if let Some(phrase) = citing {
            return Some((k, k + phrase.len()));
        }
        if is_speech_word(words, k) {
            return None;
        }
    }
    None
}

/// The number of words of the impersonal remark about a document that the words after a
/// quotation open with, if they open with one.
pub(super) fn document_remark(words: &[Word]) -> Option<usize> {
    DOCUMENT_REMARKS
        .iter()
        .find(|phrase| match_phrase(words, phrase).is_some())
        .map(|phrase| phrase.len())
}

/// The most words between a document remark and the name of the document's author («говорится
/// в посте Сийярто»: "в посте").
const DOCUMENT_TO_AUTHOR_WORDS: usize = 2;

impl Context<'_> {
    /// Rule 2b: English puts the comma of the sentence inside the closing mark and the speaker
    /// right after it, whatever the verb ("“…,” Rahmon used the expressions"): a name in the
    /// nominative right after “…,” followed by a lower-case word that opens no new clause.
    pub(super) fn name_after_closing_comma(
        &self,
        f: &Found,
        text: &str,
        end: usize,
    ) -> Option<Speaker> {
        let inner = text.get(f.span.inner_start..f.span.inner_end)?;
        if !inner.trim_end().ends_with(',') {
            return None;
        }
        let n = self.number(f);
        let &m = self.named_between(n, f.span.end, end).first()?;
        let mention = &self.mentions[m];
        let gap = text.get(f.span.end..mention.start)?;
        let next = words_in(text, mention.end, end).into_iter().next()?;
        let right_after = text.get(mention.end..next.start)? == " ";
        let lower = next.lower.chars().next().is_some_and(char::is_lowercase)
            && text[next.start..].starts_with(char::is_lowercase);
        // "“…,” Smith and Jones …", "“…,” Smith of the ministry …": no verb of the name.
        let opens_clause = CLAUSE_OPENERS.contains(&next.lower.as_str())
            || NOT_VERBS_AFTER_NAME.contains(&next.lower.as_str());
        (gap.trim().is_empty()
            && right_after
            && lower
            && !opens_clause
            && !crate::quotes::pronouns::oblique(mention))
        .then(|| Speaker {
            mention: m,
            how: "“…,” then the name".to_string(),
        })
    }

    /// "According to X," / «По её словам» / "Selon lui" / "Rahmon zufolge" / ", so X,": a source
    /// phrase before the quote names the speaker, or holds a pronoun that refers to an earlier
    /// sentence's subject.
    pub(super) fn source_phrase(
        &self,
        index: usize,
        text: &str,
        start: usize,
        words: &[Word],
        named: &[usize],
    ) -> Option<Speaker> {
        for k in 0..words.len() {
            // "Rahmon zufolge …": the name right before a postposition of source.
            if SOURCE_POSTPOSITIONS.contains(&words[k].lower.as_str()) {
                let before = named.iter().rev().find(|&&m| {
                    let mention = &self.mentions[m];
                    mention.end <= words[k].start
                        && text[mention.end..words[k].start].trim().is_empty()
                });
                if let Some(&m) = before {
                    return Some(Speaker {
                        mention: m,
                        how: format!(
                            "“{} {}” before the quote",
                            self.mentions[m].surface, words[k].lower
                        ),
                    });
                }
            }
            // "In der UdSSR, so Emomali Rahmon, „…“": a remark word after a comma, then a name.
            let after_comma = text[..words[k].start].trim_end().ends_with(',');
            if after_comma && REMARK_WORDS.contains(&words[k].lower.as_str()) {
                let next = named.iter().find(|&&m| {
                    let mention = &self.mentions[m];
                    mention.start >= words[k].end
                        && text[words[k].end..mention.start].trim().is_empty()
                        && text[mention.end..].trim_start().starts_with(',')
                });
                if let Some(&m) = next {
                    return Some(Speaker {
                        mention: m,
                        how: format!(
                            "“{} {},” before the quote",
                            words[k].lower, self.mentions[m].surface
                        ),
                    });
                }
            }
            for phrase in SOURCE_PHRASES.iter() {
                let Some((end, pronoun)) = match_phrase(&words[k..], phrase) else {
                    continue;
                };
                let label = phrase.join(" ");
                if let Some(feminine) = pronoun {
                    return self
                        .pronoun_referent(index, text, start, Some(feminine))
                        .map(|s| Speaker {
                            mention: s.mention,
                            how: format!("“{label}” before the quote; {}", s.how),
                        });
                }
                let after = words[k + end - 1].end;
                if let Some(&m) = named.iter().find(|&&m| self.mentions[m].start >= after) {
                    return Some(Speaker {
                        mention: m,
                        how: format!("“{label}” before the quote"),
                    });
                }
                // «По словам эстонского министра, …»: a title in the place of the name.
                let title = text[after..].split(',').next().unwrap_or("");
                if let TitleRef::Holder(m) = self.sources.title_reference(title, index, after, None)
                {
                    return Some(Speaker {
                        mention: m,
                        how: format!("“{label}” and a title before the quote"),
                    });
                }
            }
        }
        None
    }

    /// Rule 2d: a quotation followed by an expression that cites someone («…», — приводит слова
    /// Бердымухамедова агентство; "…,” Reuters quoted Smith as saying) is the words of the
    /// person named right after the expression (at most [`MAX_WORDS_VERB_TO_NAME`] words later),
    /// never of the subject before it; with no name there, nobody's.
    /// `phrase` is where [`citing_phrase`] found the expression among `words`.
    pub(super) fn cited_person(
        &self,
        f: &Found,
        words: &[Word],
        (_, after): (usize, usize),
    ) -> Option<Speaker> {
        let from = words.get(after.checked_sub(1)?)?.end;
        let n = self.number(f);
        let end = words.last()?.end;
        let &m = self.named_between(n, from, end).first()?;
        let between = words
            .iter()
            .filter(|w| w.start >= from && w.end <= self.mentions[m].start)
            .count();
        (between <= MAX_WORDS_VERB_TO_NAME).then(|| Speaker {
            mention: m,
            how: format!(
                "cited after the quote (“{}”, then name)",
                words[after - 1].lower
            ),
        })
    }

    /// Rule 2c: a quotation followed by an impersonal remark about a document ("…“, heißt es in
    /// der Erklärung") is the document's, written by the person the sentence before it says
    /// wrote or said something: the subject of that sentence, when it has a verb of saying.
    /// When the remark itself names the author («…», – говорится в посте Сийярто): the name
    /// at most [`DOCUMENT_TO_AUTHOR_WORDS`] words after the remark that ends its clause.
    pub(super) fn author_of_document(
        &self,
        f: &Found,
        text: &str,
        words: &[Word],
        remark: usize,
        end: usize,
    ) -> Option<Speaker> {
        if let Some(speaker) = self.author_named_in_remark(f, text, words, remark, end) {
            return Some(speaker);
        }
        let start = sentence_start(text, 0, f.span.start);
        let (index, before) = if start > 0 {
            (f.index, text.get(..start)?)
        } else {
            let previous = f.index.checked_sub(1)?;
            (previous, self.paragraphs.get(previous)?.text.as_str())
        };
        let end = before
            .trim_end()
            .trim_end_matches(['.', '!', '?', '…'])
            .len();
        let from = sentence_start(before, 0, end);
        let speaks = words_in(before, from, end)
            .iter()
            .any(|w| is_saying_verb(&w.lower));
        // The subject of that very sentence: "Об этом сообщила пресс-служба" names nobody.
        let m = self
            .sources
            .named_subject(index, from, end, None)
            .filter(|_| speaks)?;
        Some(Speaker {
            mention: m,
            how: format!(
                "a document's words; its author speaks in the sentence before (¶{})",
                self.mentions[m].paragraph
            ),
        })
    }

    /// The author a document remark names right after itself: "в посте Сийярто", "in der
    /// Erklärung Orbáns"; the name must end the remark's clause.
    fn author_named_in_remark(
        &self,
        f: &Found,
        text: &str,
        words: &[Word],
        remark: usize,
        end: usize,
    ) -> Option<Speaker> {
        let after = words.get(remark.checked_sub(1)?)?.end;
        let n = self.number(f);
        let &m = self.named_between(n, after, end).first()?;
        let mention = &self.mentions[m];
        let gap = words
            .iter()
            .filter(|w| w.start >= after && w.end <= mention.start)
            .count();
        let rest = text.get(mention.end..end)?.trim_start();
        let ends_clause = rest.is_empty() || rest.starts_with(['.', ',', ';', '!', '?']);
        (gap <= DOCUMENT_TO_AUTHOR_WORDS && ends_clause).then(|| Speaker {
            mention: m,
            how: format!(
                "a document's words; the remark names its author, {}",
                mention.surface
            ),
        })
    }
}
