//! Ages of people: stated next to a name (", 40,", "64-year-old"), made a noun that refers back
//! ("the 65-year-old"), and compared to tell apart two people of one surname ("the younger
//! Berdymukhamedov").
//!
//! In: a source's paragraphs and mentions. Out: ages, the gender an age word shows, and lone
//! surnames given the given name of the one person of their surname the comparison picks. Must
//! not: pick a person when either age is unstated, the ages are equal, or the surname fits
//! anything but two people of the source.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::model::{Mention, Paragraph};

/// An age in apposition right after a name ("Serdar Berdymukhamedov, 40, took the oath"):
/// news writes it of people only. The number may have its word for years (", 36 ans,").
static AGE_APPOSITION: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^,\s?(\d{1,3})(?:\s(\p{L}+))?,\s")
        .unwrap_or_else(|e| unreachable!("fixed pattern: {e}"))
});

/// Words for "years" after an age in apposition (`data/age_units.txt`).
static AGE_UNITS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("data/age_units.txt")).collect());

/// The age in apposition at the start of the text right after a name (", 40, ", ", 36 ans, "),
/// if any.
pub fn apposition_age(after: &str) -> Option<u32> {
    let caps = AGE_APPOSITION.captures(after)?;
    let unit_ok = caps
        .get(2)
        .is_none_or(|u| AGE_UNITS.contains(&u.as_str().to_lowercase().as_str()));
    unit_ok
        .then(|| caps.get(1))
        .flatten()
        .and_then(|m| m.as_str().parse().ok())
}

/// Endings that make a number a person of that age, with the gender each shows (`None`: none):
/// `data/age_epithets.tsv`.
static AGE_EPITHETS: LazyLock<Vec<(&'static str, Option<bool>)>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("data/age_epithets.tsv"))
        .map(|(ending, gender)| (ending, (gender != "-").then_some(gender == "f")))
        .collect()
});

/// An age made a word ("65-year-old", "55-Jährige", «55-летний»): the years and the gender the
/// ending shows (true: feminine; `None`: none shown), when the word is one.
pub fn age_epithet(word: &str) -> Option<(u32, Option<bool>)> {
    let digits = word.find(|c: char| !c.is_ascii_digit())?;
    let ending = &word[digits..];
    let years = word[..digits].parse().ok()?;
    AGE_EPITHETS
        .iter()
        .find(|(e, _)| ending == *e)
        .map(|&(_, feminine)| (years, feminine))
}

/// Words that pick the younger or the older of two people (`data/age_comparatives.tsv`): the
/// word, and true for "younger".
static AGE_COMPARATIVES: LazyLock<Vec<(&'static str, bool)>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("data/age_comparatives.tsv"))
        .map(|(word, which)| (word, which == "younger"))
        .collect()
});

/// True when `lower` (a lower-case word) is a comparative of age ("younger", «старший»).
pub(super) fn is_age_comparative(lower: &str) -> bool {
    AGE_COMPARATIVES.iter().any(|(w, _)| *w == lower)
}

/// The age a source states of a full-name mention: in apposition after it (", 40,"), or as an
/// age word among the three words before it in its sentence ("64-year-old strongman Gurbanguly
/// Berdymukhamedov").
fn stated_age(p: &Paragraph, m: &Mention) -> Option<u32> {
    if let Some(age) = apposition_age(&p.text[m.end..]) {
        return Some(age);
    }
    let before = &p.text[..m.start];
    let sentence = before
        .rfind(['.', '!', '?'])
        .map_or(before, |i| &before[i + 1..]);
    sentence
        .split_whitespace()
        .rev()
        .take(3)
        .find_map(|w| age_epithet(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')))
        .map(|(years, _)| years)
}

/// The comparative of age right before a mention, maybe after an article ("the younger", «
/// старший»): true for "younger".
fn comparative_before(p: &Paragraph, m: &Mention) -> Option<bool> {
    let word = p.text[..m.start].split_whitespace().next_back()?;
    let lower = word.to_lowercase();
    AGE_COMPARATIVES
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|&(_, younger)| younger)
}

/// A lone surname after a comparative of age ("the younger Berdymukhamedov") takes the given
/// name of the younger or older of the two people the source names in full with that surname,
/// when it states both their ages and they differ.
pub(super) fn name_by_relative_age(paragraphs: &[Paragraph], mentions: &mut [Mention]) {
    let mut ages: BTreeMap<(String, String), u32> = BTreeMap::new();
    let mut people: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for m in mentions.iter() {
        let Some(given) = &m.given else { continue };
        let surname = m.surname.to_lowercase();
        let givens = people.entry(surname.clone()).or_default();
        if !givens.contains(given) {
            givens.push(given.clone());
        }
        let age = paragraphs
            .iter()
            .find(|p| p.n == m.paragraph)
            .and_then(|p| stated_age(p, m));
        if let Some(age) = age {
            ages.entry((surname, given.clone())).or_insert(age);
        }
    }
    for m in mentions.iter_mut().filter(|m| m.given.is_none()) {
        let Some(p) = paragraphs.iter().find(|p| p.n == m.paragraph) else {
            continue;
        };
        let Some(younger) = comparative_before(p, m) else {
            continue;
        };
        let surname = m.surname.to_lowercase();
        let Some([a, b]) = people.get(&surname).map(Vec::as_slice) else {
            continue;
        };
        let age = |g: &String| ages.get(&(surname.clone(), g.clone())).copied();
        let (Some(age_a), Some(age_b)) = (age(a), age(b)) else {
            continue;
        };
        if age_a == age_b {
            continue;
        }
        let a_is_younger = age_a < age_b;
        let chosen = if a_is_younger == younger { a } else { b };
        m.given = Some(chosen.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_next_to_names_and_as_words() {
        assert_eq!(apposition_age(", 40, won the ballot"), Some(40));
        assert_eq!(apposition_age(", the president, said"), None);
        assert_eq!(age_epithet("64-year-old"), Some((64, None)));
        assert_eq!(age_epithet("55-летняя"), Some((55, Some(true))));
        assert_eq!(age_epithet("year-old"), None);
        assert!(is_age_comparative("younger"));
        assert!(!is_age_comparative("young"));
    }

    fn givens(texts: &[&str]) -> Vec<(String, Option<String>)> {
        crate::people::recognise(&Paragraph::numbered(texts))
            .into_iter()
            .map(|m| (m.surface, m.given))
            .collect()
    }

    fn named(surface: &str, given: Option<&str>) -> (String, Option<String>) {
        (surface.to_string(), given.map(str::to_string))
    }

    #[test]
    fn the_younger_and_the_elder_of_one_surname_by_their_stated_ages() {
        let found = givens(&[
            "Official results showed Serdar Berdymukhamedov, 40, winning the ballot.",
            "It came after 64-year-old strongman Gurbanguly Berdymukhamedov announced plans to step down.",
            "The younger Berdymukhamedov said he would continue the path. The elder Berdymukhamedov has been its main face since 2006.",
        ]);
        let lone: Vec<_> = found
            .iter()
            .filter(|(s, _)| s == "Berdymukhamedov")
            .collect();
        assert_eq!(
            lone,
            [
                &named("Berdymukhamedov", Some("Serdar")),
                &named("Berdymukhamedov", Some("Gurbanguly"))
            ],
            "{found:?}"
        );
    }

    #[test]
    fn without_both_ages_the_comparative_picks_nobody() {
        let found = givens(&[
            "Official results showed Serdar Berdymukhamedov winning the ballot.",
            "It came after 64-year-old strongman Gurbanguly Berdymukhamedov announced plans to step down.",
            "The younger Berdymukhamedov said he would continue the path.",
        ]);
        assert!(found.contains(&named("Berdymukhamedov", None)), "{found:?}");
    }
}
