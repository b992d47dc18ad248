//! Resolving mentions across sources into officials.
//!
//! 1. **Names.** Mentions become name nodes, one per source and distinct (surname, given name);
//!    every name of every registry entry becomes a node too, tied to its entry. Case forms are
//!    folded first: a surname to the nominative another source gives («Пашиняном» → Пашинян), a
//!    foreign given name beside a surname in a case form likewise («Кириакоса» → Кириакос), and
//!    a second given name alone ("Tayyip Erdogan") to the first given name of the dossier's
//!    three-word name ("Recep Tayyip Erdoğan").
//! 2. **Blocking.** Each distinct surname gets the Daitch–Mokotoff codes of its skeletons (see
//!    [`super::names`]); surnames are compared only with surnames that share a code, so the work
//!    grows with the size of the blocks, not with the square of the number of names. The number
//!    of comparisons is reported in [`ResolutionStats`].
//! 3. **Confirmation.** Within a block, two surnames match by Jaro–Winkler on their skeletons, with
//!    the ending and gender guards of [`super::names::surname_match`].
//! 4. **Clustering** (union–find, in a fixed order, so the result is deterministic):
//!    first full names (a given name or a registry name) whose surnames match and whose given
//!    names agree by the table; then each lone surname or initial joins the one cluster it fits,
//!    preferring a full name of the same source ("Khrenin" after "Viktor Khrenin"); when it fits
//!    several clusters it stays apart and the editor is warned; lone surnames that fit no full
//!    name cluster among themselves. A merge never puts two different given names in one cluster
//!    (so a bare "Lukashenko" cannot chain Aleksandr and Viktor Lukashenko), never joins two
//!    registry entries and never crosses a `not_same_as`.
//! 5. **Officials.** The registry gives slug, name, native name and group where it lists the
//!    person. Otherwise the canonical name is the most frequent Latin spelling with a given name
//!    (ties: alphabetical), else the most frequent Latin surname, else the transliteration of
//!    the Cyrillic name; the slug is its ASCII form.
//!
//! Limits: a person mentioned by surname only in a source that names two people of that surname
//! stays unresolved; two different people with the same name and no registry entry become one
//! official; masculine and feminine forms of one surname are always kept apart (the registry
//! can join them with an alias).

mod cluster;
mod input;
mod officials;
mod union_find;

use cluster::cluster;
use input::build_input;
use officials::{build_official, gather, suggestion};

use std::collections::{BTreeMap, BTreeSet};

use crate::model::Official;
use crate::people::registry::{Registry, RegistryPerson};
use crate::people::{Resolution, SourceMentions};

/// Counters of a resolution, to check that it stays sub-quadratic.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ResolutionStats {
    /// Mentions resolved.
    pub mentions: usize,
    /// Distinct name nodes (per source and name, plus registry names).
    pub names: usize,
    /// Distinct surnames.
    pub surnames: usize,
    /// Phonetic blocks holding more than one surname.
    pub blocks: usize,
    /// Pairwise comparisons made: surname pairs within blocks plus given-name checks.
    pub comparisons: usize,
}

/// Resolves mentions across sources into officials; the registry, when given, wins.
pub fn resolve(sources: &[SourceMentions<'_>], registry: &Registry) -> Resolution {
    let input = build_input(sources, registry);
    let mut stats = ResolutionStats {
        mentions: sources.iter().map(|s| s.mentions.len()).sum(),
        names: input.nodes.len(),
        surnames: input.surnames.len(),
        ..ResolutionStats::default()
    };
    let (mut clusters, mut warnings) = cluster(&input, registry, sources, &mut stats);
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for n in 0..input.nodes.len() {
        let root = clusters.find(n);
        members.entry(root).or_default().push(n);
    }
    let mut officials: Vec<(usize, Official)> = Vec::new();
    let mut mentioned_registry = BTreeSet::new();
    for (root, nodes) in &members {
        let g = gather(nodes, &input, sources, registry);
        if g.mentions == 0 {
            continue;
        }
        if let Some(p) = g.registry {
            mentioned_registry.insert(p.slug.clone());
        }
        let official = build_official(&g, &clusters.notes[*root], registry);
        if official.name.is_empty() {
            continue;
        }
        officials.push((*root, official));
    }
    for p in &registry.people {
        if !mentioned_registry.contains(&p.slug) {
            warnings.push(format!(
                "{}: `{}` ({}) is not mentioned by any source",
                registry.file, p.slug, p.name
            ));
        }
    }
    settle_slugs(&mut officials, registry);
    let slug_of_root: BTreeMap<usize, String> = officials
        .iter()
        .map(|(r, o)| (*r, o.slug.clone()))
        .collect();
    let mut node_of_mention: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for (n, node) in input.nodes.iter().enumerate() {
        for &m in &node.mentions {
            node_of_mention.insert(m, n);
        }
    }
    let assignments = sources
        .iter()
        .enumerate()
        .map(|(s, src)| {
            (0..src.mentions.len())
                .map(|i| {
                    let node = node_of_mention.get(&(s, i))?;
                    slug_of_root.get(&clusters.find(*node)).cloned()
                })
                .collect()
        })
        .collect();
    let mut officials: Vec<Official> = officials.into_iter().map(|(_, o)| o).collect();
    officials.sort_by(|a, b| a.slug.cmp(&b.slug));
    let unregistered: Vec<RegistryPerson> = officials
        .iter()
        .filter(|o| !o.registered)
        .map(suggestion)
        .collect();
    let registry_snippet = snippet(&unregistered);
    Resolution {
        officials,
        assignments,
        warnings,
        registry_snippet,
        stats,
    }
}

/// Makes slugs unique: registry slugs stay, machine slugs that collide get `-2`, `-3`, ...
fn settle_slugs(officials: &mut [(usize, Official)], registry: &Registry) {
    let mut taken: BTreeSet<String> = registry.people.iter().map(|p| p.slug.clone()).collect();
    officials
        .sort_by(|a, b| (!a.1.registered, &a.1.name, a.0).cmp(&(!b.1.registered, &b.1.name, b.0)));
    for (_, o) in officials.iter_mut() {
        if o.registered {
            continue;
        }
        let base = if o.slug.is_empty() {
            "person".to_string()
        } else {
            o.slug.clone()
        };
        let mut slug = base.clone();
        let mut k = 2;
        while taken.contains(&slug) {
            slug = format!("{base}-{k}");
            k += 1;
        }
        taken.insert(slug.clone());
        o.slug = slug;
    }
}

/// The ready-to-paste registry snippet for people found but not registered.
fn snippet(people: &[RegistryPerson]) -> Option<String> {
    if people.is_empty() {
        return None;
    }
    let yaml = serde_yaml::to_string(people).ok()?;
    Some(format!(
        "# People found in the sources but not in content/officials.yaml.\n\
         # Check each entry, then paste it into that file.\n{yaml}"
    ))
}

#[cfg(test)]
mod tests;
