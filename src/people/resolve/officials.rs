//! Building one official from a cluster.
//!
//! In: a cluster's mentions and names, and the registry. Out: the [`Official`] (canonical name,
//! slug, spellings, roles, group) and, for people not registered, a suggested registry entry.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use super::input::Input;
use crate::model::{Citation, Official, Origin, RoleClaim, Script, Spelling};
use crate::people::names::{name_slug, transliterate, GivenKey};
use crate::people::registry::{Registry, RegistryPerson, RegistryRole};
use crate::people::SourceMentions;
use crate::text::script_of;

/// How one mention's name is spelled in the nominative ("Dmitry Ryabihin", "V. Khrenin").
pub(super) fn spelling_text(given: Option<&str>, surname: &str) -> String {
    match given {
        Some(g) => format!("{g} {surname}"),
        None => surname.to_string(),
    }
}

/// The most frequent entry of a count map; ties broken by the smallest text.
pub(super) fn most_frequent(counts: &BTreeMap<String, usize>) -> Option<(String, usize)> {
    counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(t, c)| (t.clone(), *c))
}

/// Countries recognised in role titles, for grouping unregistered officials: the group and its
/// cues (`data/title_countries.tsv`, `_` read as a space).
pub(super) static COUNTRIES: LazyLock<Vec<(&'static str, Vec<String>)>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("../data/title_countries.tsv"))
        .map(|(country, cues)| {
            let cues = cues
                .split(',')
                .map(|c| c.trim().replace('_', " "))
                .collect();
            (country, cues)
        })
        .collect()
});

/// The one country all country-naming role titles agree on, when there is one.
pub(super) fn group_from_roles(roles: &[RoleClaim]) -> Option<String> {
    let mut found = BTreeSet::new();
    for r in roles {
        let lower = format!(" {} ", r.title.to_lowercase());
        for (country, cues) in COUNTRIES.iter() {
            if cues.iter().any(|c| lower.contains(c.as_str())) {
                found.insert(*country);
            }
        }
    }
    (found.len() == 1)
        .then(|| found.into_iter().next().map(str::to_string))
        .flatten()
}

/// One cluster's mentions and names, gathered for building its official.
pub(super) struct Gathered<'a> {
    pub(super) registry: Option<&'a RegistryPerson>,
    pub(super) spellings: BTreeMap<(String, Script), BTreeSet<Citation>>,
    pub(super) latin_full: BTreeMap<String, usize>,
    pub(super) latin_surname: BTreeMap<String, usize>,
    pub(super) cyrillic_full: BTreeMap<String, usize>,
    pub(super) cyrillic_surname: BTreeMap<String, usize>,
    pub(super) roles: BTreeSet<RoleClaim>,
    pub(super) mentions: usize,
    pub(super) sources: BTreeSet<usize>,
}

/// Gathers what one cluster's nodes say.
pub(super) fn gather<'a>(
    members: &[usize],
    input: &Input,
    sources: &[SourceMentions<'_>],
    registry: &'a Registry,
) -> Gathered<'a> {
    let mut g = Gathered {
        registry: None,
        spellings: BTreeMap::new(),
        latin_full: BTreeMap::new(),
        latin_surname: BTreeMap::new(),
        cyrillic_full: BTreeMap::new(),
        cyrillic_surname: BTreeMap::new(),
        roles: BTreeSet::new(),
        mentions: 0,
        sources: BTreeSet::new(),
    };
    for &n in members {
        let node = &input.nodes[n];
        if let Some(r) = node.registry {
            g.registry = registry.people.get(r);
        }
        for &(s, i) in &node.mentions {
            let Some(m) = sources.get(s).and_then(|src| src.mentions.get(i)) else {
                continue;
            };
            let citation = Citation {
                source: sources[s].source.to_string(),
                paragraph: Some(m.paragraph),
            };
            g.mentions += 1;
            g.sources.insert(s);
            let text = spelling_text(m.given.as_deref(), &m.surname);
            let full = node.given_key.as_ref().is_some_and(GivenKey::is_full);
            let script = script_of(&m.surname);
            let counts = match (script, full) {
                (Script::Latin, true) => &mut g.latin_full,
                (Script::Latin, false) => &mut g.latin_surname,
                (Script::Cyrillic, true) => &mut g.cyrillic_full,
                (Script::Cyrillic, false) => &mut g.cyrillic_surname,
            };
            let key = if full {
                text.clone()
            } else {
                m.surname.clone()
            };
            *counts.entry(key).or_insert(0) += 1;
            g.spellings
                .entry((text, script))
                .or_default()
                .insert(citation.clone());
            if let Some(role) = &m.role {
                g.roles.insert(RoleClaim {
                    title: role.clone(),
                    citation,
                });
            }
        }
    }
    g
}

/// The canonical Latin name of an unregistered cluster and why.
pub(super) fn canonical_name(g: &Gathered<'_>) -> (String, String) {
    let total_full: usize = g.latin_full.values().sum();
    if let Some((name, count)) = most_frequent(&g.latin_full) {
        return (
            name,
            format!(
                "the most frequent Latin spelling with a given name ({count} of {total_full} \
                 such mentions; ties broken alphabetically)"
            ),
        );
    }
    if let Some((name, count)) = most_frequent(&g.latin_surname) {
        return (
            name,
            format!("the most frequent Latin spelling ({count} mentions); no source gives a given name in Latin script"),
        );
    }
    let cyrillic = most_frequent(&g.cyrillic_full).or_else(|| most_frequent(&g.cyrillic_surname));
    match cyrillic {
        Some((native, _)) => (
            transliterate(&native),
            format!("transliterated from the Cyrillic {native} (any_ascii); no source spells it in Latin script"),
        ),
        None => (String::new(), String::new()),
    }
}

/// Builds the official of one cluster (its slug is settled later).
pub(super) fn build_official(g: &Gathered<'_>, notes: &[String], registry: &Registry) -> Official {
    let spellings: Vec<Spelling> = g
        .spellings
        .iter()
        .map(|((text, script), cites)| Spelling {
            text: text.clone(),
            script: *script,
            citations: cites.iter().cloned().collect(),
        })
        .collect();
    let roles: Vec<RoleClaim> = g.roles.iter().cloned().collect();
    let native_from_text = most_frequent(&g.cyrillic_full)
        .or_else(|| most_frequent(&g.cyrillic_surname))
        .map(|(t, _)| t);
    let mut method = format!(
        "{} mention(s) in {} source(s). Names are NFC-normalised, transliterated (any_ascii), \
         normalised across transliteration schemes, blocked by Daitch–Mokotoff soundex and \
         confirmed by Jaro–Winkler similarity with given-name agreement.",
        g.mentions,
        g.sources.len()
    );
    for n in notes {
        method.push_str(&format!(" {n}."));
    }
    match g.registry {
        Some(p) => {
            method.insert_str(
                0,
                &format!("Registry entry `{}` in {}. ", p.slug, registry.file),
            );
            Official {
                slug: p.slug.clone(),
                name: p.name.clone(),
                native_name: p.native.first().cloned().or(native_from_text),
                name_origin: Origin::Editor {
                    file: registry.file.clone(),
                },
                spellings,
                registry_roles: p.roles.iter().map(RegistryRole::display).collect(),
                group: p.group.clone().or_else(|| group_from_roles(&roles)),
                roles,
                registered: true,
                resolution: method,
            }
        }
        None => {
            let (name, reason) = canonical_name(g);
            let group = group_from_roles(&roles);
            if group.is_some() {
                method.push_str(" Group inferred from the country the role titles name.");
            }
            Official {
                slug: name_slug(&name),
                name,
                native_name: native_from_text,
                name_origin: Origin::Inferred { reason },
                spellings,
                roles,
                registry_roles: Vec::new(),
                group,
                registered: false,
                resolution: method,
            }
        }
    }
}

/// A registry entry suggested for an official found only in the text.
pub(super) fn suggestion(o: &Official) -> RegistryPerson {
    let mut aliases: Vec<String> = o
        .spellings
        .iter()
        .filter(|s| s.script == Script::Latin && s.text != o.name && s.text.contains(' '))
        .map(|s| s.text.clone())
        .collect();
    aliases.dedup();
    RegistryPerson {
        slug: o.slug.clone(),
        name: o.name.clone(),
        native: o.native_name.clone().into_iter().collect(),
        aliases,
        group: None,
        roles: o
            .roles
            .iter()
            .map(|r| RegistryRole {
                title: r.title.clone(),
                citation: Some(match r.citation.paragraph {
                    Some(p) => format!("{}#p{p}", r.citation.source),
                    None => r.citation.source.clone(),
                }),
                ..RegistryRole::default()
            })
            .collect(),
        not_same_as: Vec::new(),
        note: None,
    }
}
