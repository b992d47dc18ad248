//! Blocking, surname matching and clustering.
//!
//! In: the name nodes and surnames. Out: surname matches within phonetic blocks, and the
//! clusters of nodes that name one person (with the notes for the editor).

use std::collections::{BTreeMap, BTreeSet};

use super::input::Input;
use super::union_find::{Clusters, Node, Surname, SurnameMatch};
use super::ResolutionStats;
use crate::people::names::{name_keys, surname_match, GivenKey};
use crate::people::registry::Registry;
use crate::people::SourceMentions;

/// Compares surnames within blocks; returns the matches and counts comparisons. The blocks are
/// the Daitch–Mokotoff codes of the surnames and then the given names outside the table of the
/// full names that carry them: under a rare given name written the same way, a surname cut short
/// ("Luvsannamsrain Oyun-Erde" / "Luvsannamsrain Oyun-Erdene"), which its sound code no longer
/// places with the whole one, still meets it. A match found so is weak, so it joins only full
/// names whose given names agree; similar surnames that are not cut from one another (Tamuli- /
/// Tadeshvili) stay apart.
pub(super) fn match_surnames(
    surnames: &[Surname],
    nodes: &[Node],
    stats: &mut ResolutionStats,
) -> Vec<SurnameMatch> {
    let mut sound_blocks: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, s) in surnames.iter().enumerate() {
        for code in &s.codes {
            sound_blocks.entry(code.as_str()).or_default().push(i);
        }
    }
    let mut given_blocks: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for node in nodes.iter().filter(|n| n.is_full()) {
        if let Some(GivenKey::Other(keys)) = &node.given_key {
            for key in keys {
                given_blocks
                    .entry(key.as_str())
                    .or_default()
                    .insert(node.surname);
            }
        }
    }
    let mut pass = BlockPass {
        surnames,
        stats,
        compared: BTreeSet::new(),
        matches: Vec::new(),
    };
    for (code, members) in &sound_blocks {
        pass.compare(
            members,
            |_, _| true,
            || format!("Daitch–Mokotoff code {code}"),
        );
    }
    for (key, members) in &given_blocks {
        let members: Vec<usize> = members.iter().copied().collect();
        pass.compare(
            &members,
            |a, b| cut_short(&a.keys, &b.keys),
            || format!("given name {key}"),
        );
    }
    let mut matches = pass.matches;
    matches.extend(double_barrelled_parts(surnames, stats));
    matches
}

/// A surname written alone that is one part of a double-barrelled surname ("Davkova",
/// "Siljanovska" of "Siljanovska-Davkova", in any script): the same surname, as the press
/// shortens such names. Parts are looked up by their name keys, so each surname is visited once.
fn double_barrelled_parts(surnames: &[Surname], stats: &mut ResolutionStats) -> Vec<SurnameMatch> {
    let mut by_part: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (i, s) in surnames.iter().enumerate() {
        let parts: Vec<&str> = s.text.split(['-', '‐']).filter(|p| !p.is_empty()).collect();
        if parts.len() < 2 {
            continue;
        }
        for part in parts {
            for key in name_keys(part) {
                by_part.entry(key).or_default().insert(i);
            }
        }
    }
    let mut matches = Vec::new();
    let mut seen = BTreeSet::new();
    for (a, s) in surnames.iter().enumerate() {
        if s.text.contains(['-', '‐']) {
            continue;
        }
        for key in &s.keys {
            for &b in by_part.get(key).into_iter().flatten() {
                stats.comparisons += 1;
                if seen.insert((a, b)) {
                    matches.push(SurnameMatch {
                        a,
                        b,
                        score: 1.0,
                        code: format!(
                            "a part of the double-barrelled surname {}",
                            surnames[b].text
                        ),
                        weak: false,
                    });
                }
            }
        }
    }
    matches
}

/// The surname comparisons of [`match_surnames`]: each pair once, over all its blocks.
struct BlockPass<'a> {
    surnames: &'a [Surname],
    stats: &'a mut ResolutionStats,
    compared: BTreeSet<(usize, usize)>,
    matches: Vec<SurnameMatch>,
}

impl BlockPass<'_> {
    /// Compares the surnames of one block pairwise (pairs compared in an earlier block are
    /// skipped); a pair is matched only when `admit` lets it, and a match records the block as
    /// `label` says.
    fn compare(
        &mut self,
        members: &[usize],
        admit: impl Fn(&Surname, &Surname) -> bool,
        label: impl Fn() -> String,
    ) {
        if members.len() > 1 {
            self.stats.blocks += 1;
        }
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                if !self.compared.insert((a, b)) {
                    continue;
                }
                self.stats.comparisons += 1;
                let (sa, sb) = (&self.surnames[a], &self.surnames[b]);
                if !admit(sa, sb) {
                    continue;
                }
                if let Some(m) = surname_match(&sa.keys, sa.gender, &sb.keys, sb.gender) {
                    self.matches.push(SurnameMatch {
                        a,
                        b,
                        score: m.score,
                        code: label(),
                        weak: m.weak,
                    });
                }
            }
        }
    }
}

/// The fewest letters a surname cut short keeps of the whole one.
const CUT_MIN_LETTERS: usize = 5;

/// True when a key of one surname is the beginning of a key of the other, of at least
/// [`CUT_MIN_LETTERS`] letters and shorter (`aiunerd` / `aiunerdene`).
fn cut_short(a: &[String], b: &[String]) -> bool {
    let starts = |x: &String, y: &String| {
        x.len() >= CUT_MIN_LETTERS && x.len() < y.len() && y.starts_with(x.as_str())
    };
    a.iter()
        .any(|x| b.iter().any(|y| starts(x, y) || starts(y, x)))
}

/// True when both nodes have the same given name ([`crate::people::names::same_given_name`]).
/// This is the evidence that lets a weak surname match join them.
pub(super) fn same_given(a: &Node, b: &Node) -> bool {
    match (&a.given_key, &b.given_key) {
        (Some(x), Some(y)) => crate::people::names::same_given_name(x, y),
        _ => false,
    }
}

/// A note on why two surnames were put together.
pub(super) fn merge_note(m: &SurnameMatch, surnames: &[Surname]) -> String {
    let (a, b) = (&surnames[m.a], &surnames[m.b]);
    format!(
        "{} ~ {}: same {}, Jaro–Winkler {:.2} on normalised keys ({} / {})",
        a.text,
        b.text,
        m.code,
        m.score,
        a.keys.join("|"),
        b.keys.join("|")
    )
}

/// Runs the clustering phases; returns the clusters and warnings about ambiguous mentions.
pub(super) fn cluster(
    input: &Input,
    registry: &Registry,
    sources: &[SourceMentions<'_>],
    stats: &mut ResolutionStats,
) -> (Clusters, Vec<String>) {
    let nodes = &input.nodes;
    let surnames = &input.surnames;
    let mut clusters = Clusters::new(nodes, surnames, registry);
    let mut warnings = Vec::new();
    let mut by_surname: Vec<Vec<usize>> = vec![Vec::new(); surnames.len()];
    for (i, n) in nodes.iter().enumerate() {
        by_surname[n.surname].push(i);
    }
    // Registry names of one entry are one person.
    for (i, n) in nodes.iter().enumerate() {
        if let Some(r) = n.registry {
            if let Some(first) = nodes.iter().position(|m| m.registry == Some(r)) {
                clusters.union(first, i, None);
            }
        }
    }
    let mut matches = match_surnames(surnames, nodes, stats);
    matches.extend((0..surnames.len()).map(|s| SurnameMatch {
        a: s,
        b: s,
        score: 1.0,
        code: String::new(),
        weak: false,
    }));
    matches.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });
    let mut related: Vec<Vec<usize>> = vec![Vec::new(); surnames.len()];
    for m in matches.iter().filter(|m| !m.weak) {
        related[m.a].push(m.b);
        if m.a != m.b {
            related[m.b].push(m.a);
        }
    }
    // Phase 1: full names.
    for m in &matches {
        let note = (m.a != m.b).then(|| merge_note(m, surnames));
        for &x in &by_surname[m.a] {
            for &y in &by_surname[m.b] {
                if (m.a == m.b && y <= x) || !nodes[x].is_full() || !nodes[y].is_full() {
                    continue;
                }
                if m.weak && !same_given(&nodes[x], &nodes[y]) {
                    continue;
                }
                if clusters.can_union(x, y, &mut stats.comparisons) {
                    clusters.union(x, y, note.clone());
                }
            }
        }
    }
    // Phase 2: lone surnames and initials join the one full-name cluster they fit.
    let mut ambiguous = BTreeSet::new();
    for (x, node) in nodes.iter().enumerate() {
        if node.is_full() {
            continue;
        }
        let mut fits: BTreeMap<usize, bool> = BTreeMap::new();
        for &s in &related[node.surname] {
            for &y in &by_surname[s] {
                if !nodes[y].is_full() || !clusters.can_union(x, y, &mut stats.comparisons) {
                    continue;
                }
                let root = clusters.find(y);
                let same_source = node.source.is_some() && nodes[y].source == node.source;
                let entry = fits.entry(root).or_insert(false);
                *entry |= same_source;
            }
        }
        let local: Vec<usize> = fits.iter().filter(|(_, l)| **l).map(|(r, _)| *r).collect();
        let chosen = match (local.as_slice(), fits.len()) {
            ([only], _) => Some(*only),
            ([], 1) => fits.keys().next().copied(),
            ([_, _, ..], _) => nearest_preceding(x, &local, nodes, &mut clusters),
            _ => None,
        };
        match chosen {
            Some(root) => {
                let note = (nodes[root].surname != node.surname).then(|| {
                    format!(
                        "{} joined {} (surname only or initial; given names agree)",
                        surnames[node.surname].text, surnames[nodes[root].surname].text
                    )
                });
                clusters.union(x, root, note);
            }
            None if fits.len() > 1 => {
                ambiguous.insert(x);
                let (s, i) = node.mentions.first().copied().unwrap_or((0, 0));
                let mention = sources.get(s).and_then(|src| src.mentions.get(i));
                warnings.push(format!(
                    "the name `{}` in {}#p{} fits {} different people; it is kept apart \
                     (add it to one entry's `aliases` in content/officials.yaml to decide)",
                    mention.map_or("", |m| m.surface.as_str()),
                    sources.get(s).map_or("", |src| src.source),
                    mention.map_or(0, |m| m.paragraph),
                    fits.len()
                ));
            }
            None => {}
        }
    }
    // Phase 3: lone surnames and initials that fit no full name cluster among themselves.
    for m in matches.iter().filter(|m| !m.weak) {
        for &x in &by_surname[m.a] {
            for &y in &by_surname[m.b] {
                let skip = (m.a == m.b && y <= x)
                    || nodes[x].is_full()
                    || nodes[y].is_full()
                    || ambiguous.contains(&x)
                    || ambiguous.contains(&y);
                if skip {
                    continue;
                }
                let (rx, ry) = (clusters.find(x), clusters.find(y));
                if rx != x && nodes[rx].is_full() || ry != y && nodes[ry].is_full() {
                    continue;
                }
                if clusters.can_union(x, y, &mut stats.comparisons) {
                    let note = (m.a != m.b).then(|| merge_note(m, surnames));
                    clusters.union(x, y, note);
                }
            }
        }
    }
    (clusters, warnings)
}

/// Coreference in a source: of several full-name clusters that a lone surname fits in its own
/// source, the one named nearest before the lone surname's first mention.
pub(super) fn nearest_preceding(
    lone: usize,
    roots: &[usize],
    nodes: &[Node],
    clusters: &mut Clusters,
) -> Option<usize> {
    let &(source, first) = nodes[lone].mentions.first()?;
    let mut best: Option<(usize, usize)> = None;
    for (y, node) in nodes.iter().enumerate() {
        if !node.is_full() || node.source != Some(source) {
            continue;
        }
        let root = clusters.find(y);
        if !roots.contains(&root) {
            continue;
        }
        let before = node
            .mentions
            .iter()
            .filter(|(s, i)| *s == source && *i < first)
            .map(|(_, i)| *i)
            .max();
        if let Some(i) = before {
            if best.is_none_or(|(b, _)| i > b) {
                best = Some((i, root));
            }
        }
    }
    best.map(|(_, root)| root)
}
