//! What a source says of a person it has already named: a lone surname (or a full name
//! repeated without the title that vouched for it the first time), a given name with a
//! patronymic, and German's genitive `-s`. In: the mentions found with evidence of their own
//! (`recognise`) and the paragraphs; out: all mentions of the source, sorted. Must not: take a
//! word as a name that no mention with evidence backs.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use super::inflect::{given_among, given_name, surname_among};
use super::names::name_keys;
use super::recognise::{candidate_spans, examine, names_a_surname, starts_sentence, to_mention};
use super::source_words::SourceWords;
use super::tokens::source_tokens;
use crate::model::{Mention, Paragraph};

/// Sorts the mentions, drops doubles and German genitive endings.
pub(super) fn finish(mut mentions: Vec<Mention>, words: &SourceWords) -> Vec<Mention> {
    mentions.sort_by_key(|m| (m.paragraph, m.start));
    mentions.dedup_by_key(|m| (m.paragraph, m.start));
    if words.language.as_deref() == Some("German") {
        drop_german_genitive_s(&mut mentions);
    }
    name_by_patronymic(&mut mentions);
    agree_case_forms(&mut mentions);
    mentions
}

/// A given name or a surname in a case form that no table or dictionary resolved («Сердара
/// Бердымухамедова») takes the nominative that another mention of the same source writes
/// (Сердар, Бердымухамедов); a woman's surname (her given name is feminine) is left as written.
fn agree_case_forms(mentions: &mut [Mention]) {
    let lower_set = |values: Vec<&String>| -> BTreeSet<String> {
        values.into_iter().map(|v| v.to_lowercase()).collect()
    };
    let givens = lower_set(mentions.iter().filter_map(|m| m.given.as_ref()).collect());
    for m in mentions.iter_mut() {
        if let Some(nominative) = m.given.as_deref().and_then(|g| given_among(g, &givens)) {
            m.given = Some(nominative);
        }
    }
    let surnames = lower_set(mentions.iter().map(|m| &m.surname).collect());
    for m in mentions.iter_mut() {
        let feminine = m
            .given
            .as_deref()
            .and_then(given_name)
            .is_some_and(|g| g.feminine);
        if let Some(nominative) = surname_among(&m.surname, &surnames).filter(|_| !feminine) {
            m.surname = nominative;
        }
    }
}

/// Endings of a Russian patronymic in Latin letters (`patronymic-latin` of `data/endings.tsv`).
static LATIN_PATRONYMIC_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::words::endings("patronymic-latin"));

/// A person addressed by given name and patronymic ("Vladimir Vladimirovich", "Wladimir
/// Wladimirowitsch") is the one person of the source named in full with that given name: the
/// mention takes that person's surname. With no such person, or two, it stays as it is.
fn name_by_patronymic(mentions: &mut [Mention]) {
    let patronymic = |m: &Mention| {
        let lower = m.surname.to_lowercase();
        m.given.is_some() && LATIN_PATRONYMIC_ENDINGS.iter().any(|e| lower.ends_with(e))
    };
    let full: Vec<(String, String)> = mentions
        .iter()
        .filter(|m| !patronymic(m))
        .filter_map(|m| Some((m.given.clone()?, m.surname.clone())))
        .collect();
    for m in mentions.iter_mut().filter(|m| patronymic(m)) {
        let given = m.given.clone();
        let surnames: BTreeSet<&String> = full
            .iter()
            .filter(|(g, _)| Some(g) == given.as_ref())
            .map(|(_, s)| s)
            .collect();
        if let [surname] = surnames.into_iter().collect::<Vec<_>>()[..] {
            m.surname = surname.clone();
        }
    }
}

/// Single capitalised words, not yet part of a mention, whose name keys are among `keys`
/// (surnames named with more evidence elsewhere), and longer names written exactly as a
/// mention of `taken`; `forms` (the nominative surnames of those mentions) helps read their case.
pub(super) fn lone_surnames(
    paragraphs: &[Paragraph],
    words: &SourceWords,
    taken: &[Mention],
    keys: &BTreeSet<String>,
    forms: &BTreeSet<String>,
) -> Vec<Mention> {
    let mut found = Vec::new();
    for p in paragraphs {
        let tokens = source_tokens(&p.text, &words.honorifics);
        for span in candidate_spans(&p.text, &tokens, words) {
            let candidate = examine(&p.text, &tokens, span, words);
            // A word the table reads as a given name is still the surname this source writes
            // in a full mention ("Эмомали Рахмон" … «сказал Рахмон»).
            let surname_here = || forms.contains(&tokens[candidate.last].text.to_lowercase());
            // A longer name is taken again only when a full mention has the same words
            // ("Emomali Rahmon" named with a title once, then without one).
            let single = candidate.first == candidate.last && candidate.given.is_none();
            // Two words ending in a surname this source names in full, in any case form, are
            // a name too: the same person or a relative ("Serdar Berdymukhamedov" after
            // "Gurbanguly Berdymukhamedov"; «в заявлении Гитанаса Науседы» after «Гитанас
            // Науседа»), whatever the first word's table says: the surname's keys are checked
            // below. The first word must not open a sentence, where a capital says nothing
            // («Потім Вучич»), nor be German, which capitalises every noun ("Kreml-Chef Putin").
            let german = words.language.as_deref() == Some("German");
            let relative = || {
                candidate.last == candidate.first + 1
                    && !german
                    && !starts_sentence(&p.text, &tokens[candidate.first])
            };
            let surname_ok = if single {
                names_a_surname(&tokens, &candidate) || surname_here()
            } else {
                let words = &p.text[tokens[candidate.first].start..tokens[candidate.last].end];
                taken.iter().any(|m| m.surface == words) || relative()
            };
            if !surname_ok {
                continue;
            }
            let at = tokens[candidate.first].start;
            let overlaps = |m: &Mention| m.paragraph == p.n && m.start <= at && at < m.end;
            if taken.iter().any(overlaps) {
                continue;
            }
            let mention = to_mention(p, &tokens, &candidate, Some(forms));
            if name_keys(&mention.surname).iter().any(|k| keys.contains(k)) {
                found.push(mention);
            }
        }
    }
    found
}

/// German writes a person's genitive with `-s` ("Wladimir Putins Datscha"): a surname that is
/// another mention's surname of the same source plus `s` is that surname.
fn drop_german_genitive_s(mentions: &mut [Mention]) {
    let surnames: BTreeSet<String> = mentions.iter().map(|m| m.surname.clone()).collect();
    for m in mentions.iter_mut() {
        if let Some(stem) = m.surname.strip_suffix('s') {
            if surnames.contains(stem) {
                m.surname = stem.to_string();
            }
        }
    }
}
