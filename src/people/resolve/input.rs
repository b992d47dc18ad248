//! Building the resolver's input from mentions and the registry.
//!
//! In: the mentions of each source and the registry. Out: the distinct name nodes and
//! surnames ([`Input`]), with Cyrillic case forms folded to their stems.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use super::union_find::{Node, Surname};
use crate::model::Script;
use crate::people::names::{name_keys, phonetic_codes, surname_gender, GivenKey};
use crate::people::registry::Registry;
use crate::people::SourceMentions;
use crate::text::script_of;

/// Splits a registry name into (given, surname): the last word is the surname.
pub(super) fn split_name(name: &str) -> (Option<String>, String) {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [] => (None, String::new()),
        [only] => (None, (*only).to_string()),
        [first, .., last] => (Some((*first).to_string()), (*last).to_string()),
    }
}

/// What makes a name node distinct: source, registry entry, surname, given name.
pub(super) type NodeKey = (Option<usize>, Option<usize>, usize, Option<String>);

/// Everything the resolution works on.
pub(super) struct Input {
    pub(super) nodes: Vec<Node>,
    pub(super) surnames: Vec<Surname>,
}

/// Builds name nodes from the mentions and the registry.
pub(super) fn build_input(sources: &[SourceMentions<'_>], registry: &Registry) -> Input {
    let mut surname_ids: BTreeMap<String, usize> = BTreeMap::new();
    let mut surnames: Vec<Surname> = Vec::new();
    let mut node_ids: BTreeMap<NodeKey, usize> = BTreeMap::new();
    let mut nodes: Vec<Node> = Vec::new();
    let mut add = |source: Option<usize>,
                   registry: Option<usize>,
                   given: Option<String>,
                   surname: &str,
                   mention: Option<(usize, usize)>| {
        let sid = *surname_ids.entry(surname.to_string()).or_insert_with(|| {
            let keys = name_keys(surname);
            let codes = phonetic_codes(&keys);
            surnames.push(Surname {
                text: surname.to_string(),
                gender: surname_gender(surname),
                keys,
                codes,
            });
            surnames.len() - 1
        });
        let id = *node_ids
            .entry((source, registry, sid, given.clone()))
            .or_insert_with(|| {
                nodes.push(Node {
                    source,
                    registry,
                    surname: sid,
                    given_key: given.as_deref().and_then(GivenKey::of),
                    given,
                    mentions: Vec::new(),
                });
                nodes.len() - 1
            });
        if let Some(m) = mention {
            nodes[id].mentions.push(m);
        }
    };
    for (r, person) in registry.people.iter().enumerate() {
        for name in person.all_names() {
            let (given, surname) = split_name(name);
            if !surname.is_empty() {
                add(None, Some(r), given, &surname, None);
            }
        }
    }
    let stems = case_form_stems(sources);
    let given_stems = given_case_form_stems(sources);
    let second_given = SecondGivenNames::of(sources);
    let order = name_orders(sources, &stems);
    for (s, source) in sources.iter().enumerate() {
        for (i, m) in source.mentions.iter().enumerate() {
            if m.surname.trim().is_empty() {
                continue;
            }
            let surname = stems.get(&m.surname).unwrap_or(&m.surname);
            let given = m.given.as_ref().map(|g| match given_stems.get(g) {
                Some(stem) if surname_inflected(m) => stem.clone(),
                _ => g.clone(),
            });
            let given = given.map(|g| second_given.first_given(&g, surname).unwrap_or(g));
            match given
                .as_deref()
                .filter(|g| order.written_reversed(g, surname))
            {
                // The dossier writes this name mostly the other way round: its given name is
                // the surname there.
                Some(given) => add(Some(s), None, Some(surname.clone()), given, Some((s, i))),
                None => add(Some(s), None, given, surname, Some((s, i))),
            }
        }
    }
    Input { nodes, surnames }
}

/// How often the dossier writes each pair of name words in each order, by their keys.
struct NameOrders {
    /// (given name key, surname key) → how many mentions write them so.
    counts: BTreeMap<(String, String), usize>,
    /// The key of each given name and surname of the dossier's mentions, computed once.
    keys: BTreeMap<String, String>,
}

impl NameOrders {
    /// True when the dossier writes `surname given` (as given name and surname) more often than
    /// `given surname`, or as often with `surname` sorting first: "Oyun-Erdene Luvsannamsrain"
    /// where most sources have "Luvsannamsrain Oyun-Erdene", as Mongolian, Hungarian and Russian
    /// officialese order names.
    fn written_reversed(&self, given: &str, surname: &str) -> bool {
        let (Some(g), Some(s)) = (self.keys.get(given), self.keys.get(surname)) else {
            return false;
        };
        let count = |a: &String, b: &String| {
            self.counts
                .get(&(a.clone(), b.clone()))
                .copied()
                .unwrap_or(0)
        };
        let (reversed, as_written) = (count(s, g), count(g, s));
        // Equally often: the order whose given name sorts first is the dossier's, so that both
        // spellings meet.
        reversed > as_written || (reversed == as_written && reversed > 0 && s < g)
    }
}

/// Counts the (given name, surname) pairs of the dossier's mentions (surnames read through
/// `stems`, as the nodes are) by the first skeleton of each word, computing each word's key once.
fn name_orders(sources: &[SourceMentions<'_>], stems: &BTreeMap<String, String>) -> NameOrders {
    let mut pairs: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for m in sources.iter().flat_map(|s| s.mentions.iter()) {
        if let Some(given) = m.given.as_deref().filter(|g| !g.ends_with('.')) {
            let surname = stems.get(&m.surname).unwrap_or(&m.surname);
            *pairs.entry((given, surname.as_str())).or_insert(0) += 1;
        }
    }
    let mut keys = BTreeMap::new();
    for word in pairs.keys().flat_map(|&(g, s)| [g, s]) {
        keys.entry(word.to_string())
            .or_insert_with(|| name_keys(word).into_iter().next().unwrap_or_default());
    }
    let mut counts = BTreeMap::new();
    for ((given, surname), n) in pairs {
        *counts
            .entry((keys[given].clone(), keys[surname].clone()))
            .or_insert(0) += n;
    }
    NameOrders { counts, keys }
}

/// Case endings of Russian and Ukrainian masculine surnames that end in a consonant
/// (Пашинян: Пашиняна, Пашиняну, Пашиняном, Пашиняне; Ukrainian Пашиняну, Пашиняном, Пашиняні;
/// `consonant-case` of `data/endings.tsv`).
pub(super) static CASE_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::people::words::endings("consonant-case"));

/// The stem endings of Russian possessive surnames (`possessive` of `data/endings.tsv`).
static POSSESSIVE_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::people::words::endings("possessive"));

/// The second given names of the dossier's three-word names ("Recep Tayyip Erdoğan", «Реджеп
/// Тайип Эрдоган»), by the keys of the surname: a source that names the person by the second
/// given name alone ("Tayyip Erdogan", «Тайипа Эрдогана») names the same person.
struct SecondGivenNames {
    /// Surname key → (second given name, first given name) as written.
    by_surname: BTreeMap<String, Vec<(GivenKey, String)>>,
}

impl SecondGivenNames {
    /// Reads the three-word names of the mentions: given name, one more capitalised word,
    /// surname.
    fn of(sources: &[SourceMentions<'_>]) -> SecondGivenNames {
        let mut by_surname: BTreeMap<String, Vec<(GivenKey, String)>> = BTreeMap::new();
        for m in sources.iter().flat_map(|s| s.mentions.iter()) {
            let words: Vec<&str> = m.surface.split_whitespace().collect();
            let (Some(first), [_, second, _]) = (m.given.as_ref(), words.as_slice()) else {
                continue;
            };
            if !second.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let Some(key) = GivenKey::of(second).filter(GivenKey::is_full) else {
                continue;
            };
            for surname_key in name_keys(&m.surname) {
                let entry = by_surname.entry(surname_key).or_default();
                if !entry.iter().any(|(k, f)| *k == key && f == first) {
                    entry.push((key.clone(), first.clone()));
                }
            }
        }
        SecondGivenNames { by_surname }
    }

    /// The first given name of the three-word names of `surname` whose second given name is
    /// `given` and whose first is not, if those first names are one name (Recep / «Реджеп»).
    fn first_given(&self, given: &str, surname: &str) -> Option<String> {
        let key = GivenKey::of(given)?;
        let firsts: BTreeSet<&String> = name_keys(surname)
            .iter()
            .filter_map(|k| self.by_surname.get(k))
            .flatten()
            .filter(|(second, first)| {
                // Mere similarity is not enough: a patronymic begins with the father's given
                // name ("Gurbangulyevich" / "Gurbanguly").
                crate::people::names::same_given_name(second, &key)
                    && !crate::people::names::given_compatible(
                        GivenKey::of(first).as_ref(),
                        Some(&key),
                    )
            })
            .map(|(_, first)| first)
            .collect();
        let keys: Vec<Option<GivenKey>> = firsts.iter().map(|f| GivenKey::of(f)).collect();
        let one_name = keys.iter().all(|a| {
            keys.iter()
                .all(|b| crate::people::names::given_compatible(a.as_ref(), b.as_ref()))
        });
        one_name
            .then(|| firsts.first().map(|f| (*f).clone()))
            .flatten()
    }
}

/// True when the mention writes its surname in a case form (the text's last word is not the
/// nominative the recogniser found: «Кириакоса Мицотакиса»), so that its given name is in that
/// case too. A nominative surname leaves the given name as written («Ивона Новак»).
fn surname_inflected(m: &crate::model::Mention) -> bool {
    m.surface
        .split_whitespace()
        .next_back()
        .is_some_and(|last| last.trim_matches(|c: char| !c.is_alphabetic()) != m.surname)
}

/// Given names outside the table of given names, written beside a surname in a case form
/// ([`surname_inflected`]), that are a case form of a given name of the dossier, mapped to it:
/// «Кириакоса» and «Кириакосом» are «Кириакос»; «Тайипа» and «Тайипом», two case forms of one
/// stem, are «Тайип». The dictionary gives the nominative of the names it knows («Павла» →
/// Павел); a foreign name it does not know keeps the case of the sentence. Only stems that end
/// in a consonant count, as for surnames.
pub(super) fn given_case_form_stems<'a>(
    sources: &'a [SourceMentions<'_>],
) -> BTreeMap<String, String> {
    let foreign = |g: &&str| {
        script_of(g) == Script::Cyrillic && crate::people::names::given_group(g).is_none()
    };
    let mentions = || sources.iter().flat_map(|s| s.mentions.iter());
    let all: BTreeSet<&str> = mentions()
        .filter_map(|m| m.given.as_deref())
        .filter(foreign)
        .collect();
    let inflected: BTreeSet<&str> = mentions()
        .filter(|m| surname_inflected(m))
        .filter_map(|m| m.given.as_deref())
        .filter(foreign)
        .collect();
    let stem_of = |given: &'a str| -> Option<&'a str> {
        CASE_ENDINGS.iter().find_map(|ending| {
            let stem = given.strip_suffix(ending)?;
            (stem.chars().count() >= 3 && ends_in_consonant(stem)).then_some(stem)
        })
    };
    let mut forms_of_stem: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for &given in &inflected {
        if let Some(stem) = stem_of(given) {
            forms_of_stem.entry(stem).or_default().insert(given);
        }
    }
    let mut stems = BTreeMap::new();
    for (stem, forms) in forms_of_stem {
        if all.contains(stem) || forms.len() >= 2 {
            for form in forms {
                stems.insert(form.to_string(), stem.to_string());
            }
        }
    }
    stems
}

/// True when a Cyrillic stem ends in a consonant (not a vowel, «ь» or «й»): a case ending
/// stripped from it leaves a nominative of the consonant declension («Пашинян», «Кириакос»).
fn ends_in_consonant(stem: &str) -> bool {
    stem.chars()
        .last()
        .is_some_and(|c| !"аеёиоуыэюяіїєьй".contains(c))
}

/// Surnames that are a case form of another surname of the dossier, mapped to it: «Пашиняном»
/// in one source and «Пашинян» in another are one surname. Only stems that end in a consonant
/// other than the `-ов/-ев/-ин/-ын` of Russian surnames count (a feminine «Захарова» is not a
/// case of «Захаров»; those forms are read in context by [`super::inflect`]).
pub(super) fn case_form_stems(sources: &[SourceMentions<'_>]) -> BTreeMap<String, String> {
    let all: BTreeSet<&str> = sources
        .iter()
        .flat_map(|s| s.mentions.iter().map(|m| m.surname.as_str()))
        .collect();
    let mut stems = BTreeMap::new();
    for &surname in &all {
        if script_of(surname) != Script::Cyrillic {
            continue;
        }
        for ending in CASE_ENDINGS.iter() {
            let Some(stem) = surname.strip_suffix(ending) else {
                continue;
            };
            let consonant = ends_in_consonant(stem);
            let russian_possessive = POSSESSIVE_ENDINGS.iter().any(|e| stem.ends_with(e));
            if stem.chars().count() >= 3 && consonant && !russian_possessive && all.contains(stem) {
                stems.insert(surname.to_string(), stem.to_string());
                break;
            }
        }
    }
    stems
}
