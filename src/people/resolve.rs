//! Resolving mentions across sources into officials.
//!
//! 1. **Names.** Mentions become name nodes, one per source and distinct (surname, given name);
//!    every name of every registry entry becomes a node too, tied to its entry.
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

use std::collections::{BTreeMap, BTreeSet};

use super::names::{
    name_keys, name_slug, phonetic_codes, surname_gender, surname_match, transliterate,
    weak_surname_match, Gender, GivenKey,
};
use super::registry::{Registry, RegistryPerson, RegistryRole};
use super::{Resolution, SourceMentions};
use crate::model::{Citation, Official, Origin, RoleClaim, Script, Spelling};
use crate::text::script_of;

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

/// One distinct name: in one source, or of one registry entry.
#[derive(Debug, Clone)]
struct Node {
    source: Option<usize>,
    registry: Option<usize>,
    surname: usize,
    given: Option<String>,
    given_key: Option<GivenKey>,
    mentions: Vec<(usize, usize)>,
}

impl Node {
    /// True when the node anchors a cluster: a full given name or a registry name.
    fn is_full(&self) -> bool {
        self.registry.is_some() || self.given_key.as_ref().is_some_and(GivenKey::is_full)
    }
}

/// A distinct surname with its keys.
#[derive(Debug, Clone)]
struct Surname {
    text: String,
    keys: Vec<String>,
    gender: Gender,
    codes: Vec<String>,
}

/// Two surnames found to match, with the evidence.
#[derive(Debug, Clone)]
struct SurnameMatch {
    a: usize,
    b: usize,
    score: f64,
    code: String,
    /// True for a match below [`super::names::SURNAME_THRESHOLD`] that only full names whose
    /// given names agree by the table may use (Trump / Трамп, Kobakhidze / Kobachidse).
    weak: bool,
}

/// Union–find over nodes with what each cluster holds.
struct Clusters {
    parent: Vec<usize>,
    registry: Vec<BTreeSet<usize>>,
    givens: Vec<Vec<GivenKey>>,
    slugs: Vec<BTreeSet<String>>,
    forbidden: Vec<BTreeSet<String>>,
    notes: Vec<Vec<String>>,
}

impl Clusters {
    /// One cluster per node.
    fn new(nodes: &[Node], surnames: &[Surname], registry: &Registry) -> Self {
        let mut c = Clusters {
            parent: (0..nodes.len()).collect(),
            registry: Vec::new(),
            givens: Vec::new(),
            slugs: Vec::new(),
            forbidden: Vec::new(),
            notes: vec![Vec::new(); nodes.len()],
        };
        for node in nodes {
            let person = node.registry.and_then(|r| registry.people.get(r));
            c.registry.push(node.registry.into_iter().collect());
            c.givens.push(node.given_key.clone().into_iter().collect());
            let surname = &surnames[node.surname].text;
            let mut slugs = BTreeSet::from([name_slug(surname)]);
            if let Some(g) = &node.given {
                slugs.insert(name_slug(&format!("{g} {surname}")));
            }
            if let Some(p) = person {
                slugs.insert(p.slug.clone());
            }
            c.slugs.push(slugs);
            c.forbidden.push(
                person
                    .map(|p| p.not_same_as.iter().cloned().collect())
                    .unwrap_or_default(),
            );
        }
        c
    }

    /// The root of a node.
    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// True when the clusters of `a` and `b` may be merged; counts given-name checks.
    fn can_union(&mut self, a: usize, b: usize, comparisons: &mut usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return false;
        }
        if !self.registry[ra].is_empty()
            && !self.registry[rb].is_empty()
            && self.registry[ra] != self.registry[rb]
        {
            return false;
        }
        if !self.forbidden[ra].is_disjoint(&self.slugs[rb])
            || !self.forbidden[rb].is_disjoint(&self.slugs[ra])
        {
            return false;
        }
        for x in &self.givens[ra] {
            for y in &self.givens[rb] {
                *comparisons += 1;
                if !super::names::given_compatible(Some(x), Some(y)) {
                    return false;
                }
            }
        }
        true
    }

    /// Merges the clusters of `a` and `b` (the smaller root becomes the parent).
    fn union(&mut self, a: usize, b: usize, note: Option<String>) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        let (keep, gone) = if ra < rb { (ra, rb) } else { (rb, ra) };
        self.parent[gone] = keep;
        let registry = std::mem::take(&mut self.registry[gone]);
        self.registry[keep].extend(registry);
        let givens = std::mem::take(&mut self.givens[gone]);
        for g in givens {
            if !self.givens[keep].contains(&g) {
                self.givens[keep].push(g);
            }
        }
        let slugs = std::mem::take(&mut self.slugs[gone]);
        self.slugs[keep].extend(slugs);
        let forbidden = std::mem::take(&mut self.forbidden[gone]);
        self.forbidden[keep].extend(forbidden);
        let notes = std::mem::take(&mut self.notes[gone]);
        self.notes[keep].extend(notes);
        if let Some(n) = note {
            if !self.notes[keep].contains(&n) {
                self.notes[keep].push(n);
            }
        }
    }
}

/// Splits a registry name into (given, surname): the last word is the surname.
fn split_name(name: &str) -> (Option<String>, String) {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [] => (None, String::new()),
        [only] => (None, (*only).to_string()),
        [first, .., last] => (Some((*first).to_string()), (*last).to_string()),
    }
}

/// What makes a name node distinct: source, registry entry, surname, given name.
type NodeKey = (Option<usize>, Option<usize>, usize, Option<String>);

/// Everything the resolution works on.
struct Input {
    nodes: Vec<Node>,
    surnames: Vec<Surname>,
}

/// Builds name nodes from the mentions and the registry.
fn build_input(sources: &[SourceMentions<'_>], registry: &Registry) -> Input {
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
    for (s, source) in sources.iter().enumerate() {
        for (i, m) in source.mentions.iter().enumerate() {
            if m.surname.trim().is_empty() {
                continue;
            }
            let surname = stems.get(&m.surname).unwrap_or(&m.surname);
            add(Some(s), None, m.given.clone(), surname, Some((s, i)));
        }
    }
    Input { nodes, surnames }
}

/// Case endings of Russian and Ukrainian masculine surnames that end in a consonant
/// (Пашинян: Пашиняна, Пашиняну, Пашиняном, Пашиняне; Ukrainian Пашиняну, Пашиняном, Пашиняні).
const CASE_ENDINGS: &[&str] = &["ові", "еві", "ом", "ем", "ём", "а", "я", "у", "ю", "е", "і"];

/// Surnames that are a case form of another surname of the dossier, mapped to it: «Пашиняном»
/// in one source and «Пашинян» in another are one surname. Only stems that end in a consonant
/// other than the `-ов/-ев/-ин/-ын` of Russian surnames count (a feminine «Захарова» is not a
/// case of «Захаров»; those forms are read in context by [`super::inflect`]).
fn case_form_stems(sources: &[SourceMentions<'_>]) -> BTreeMap<String, String> {
    let all: BTreeSet<&str> = sources
        .iter()
        .flat_map(|s| s.mentions.iter().map(|m| m.surname.as_str()))
        .collect();
    let mut stems = BTreeMap::new();
    for &surname in &all {
        if script_of(surname) != Script::Cyrillic {
            continue;
        }
        for ending in CASE_ENDINGS {
            let Some(stem) = surname.strip_suffix(ending) else {
                continue;
            };
            let consonant = stem
                .chars()
                .last()
                .is_some_and(|c| !"аеёиоуыэюяіїєьй".contains(c));
            let russian_possessive = ["ов", "ев", "ёв", "ин", "ын"]
                .iter()
                .any(|e| stem.ends_with(e));
            if stem.chars().count() >= 3 && consonant && !russian_possessive && all.contains(stem) {
                stems.insert(surname.to_string(), stem.to_string());
                break;
            }
        }
    }
    stems
}

/// Compares surnames within phonetic blocks; returns the matches and counts comparisons.
fn match_surnames(surnames: &[Surname], stats: &mut ResolutionStats) -> Vec<SurnameMatch> {
    let mut blocks: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, s) in surnames.iter().enumerate() {
        for code in &s.codes {
            blocks.entry(code.as_str()).or_default().push(i);
        }
    }
    let mut compared: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut matches = Vec::new();
    for (code, members) in &blocks {
        if members.len() > 1 {
            stats.blocks += 1;
        }
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                if !compared.insert((a, b)) {
                    continue;
                }
                stats.comparisons += 1;
                let (sa, sb) = (&surnames[a], &surnames[b]);
                if let Some(score) = surname_match(&sa.keys, sa.gender, &sb.keys, sb.gender) {
                    matches.push(SurnameMatch {
                        a,
                        b,
                        score,
                        code: (*code).to_string(),
                        weak: false,
                    });
                } else if let Some(score) =
                    weak_surname_match(&sa.keys, sa.gender, &sb.keys, sb.gender)
                {
                    matches.push(SurnameMatch {
                        a,
                        b,
                        score,
                        code: (*code).to_string(),
                        weak: true,
                    });
                }
            }
        }
    }
    matches
}

/// True when both nodes have a given name of the same table group ("Donald" / «Дональд»): the
/// evidence that lets a weak surname match join them.
fn same_table_given(a: &Node, b: &Node) -> bool {
    matches!(
        (&a.given_key, &b.given_key),
        (Some(GivenKey::Group(x)), Some(GivenKey::Group(y))) if x == y
    )
}

/// A note on why two surnames were put together.
fn merge_note(m: &SurnameMatch, surnames: &[Surname]) -> String {
    let (a, b) = (&surnames[m.a], &surnames[m.b]);
    format!(
        "{} ~ {}: same Daitch–Mokotoff code {}, Jaro–Winkler {:.2} on normalised keys ({} / {})",
        a.text,
        b.text,
        m.code,
        m.score,
        a.keys.join("|"),
        b.keys.join("|")
    )
}

/// Runs the clustering phases; returns the clusters and warnings about ambiguous mentions.
fn cluster(
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
    let mut matches = match_surnames(surnames, stats);
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
                if m.weak && !same_table_given(&nodes[x], &nodes[y]) {
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
fn nearest_preceding(
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

/// How one mention's name is spelled in the nominative ("Dmitry Ryabihin", "V. Khrenin").
fn spelling_text(given: Option<&str>, surname: &str) -> String {
    match given {
        Some(g) => format!("{g} {surname}"),
        None => surname.to_string(),
    }
}

/// The most frequent entry of a count map; ties broken by the smallest text.
fn most_frequent(counts: &BTreeMap<String, usize>) -> Option<(String, usize)> {
    counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(t, c)| (t.clone(), *c))
}

/// Countries recognised in role titles, for grouping unregistered officials.
const COUNTRIES: &[(&str, &[&str])] = &[
    ("Belarus", &["belarus", "беларус", "белорус"]),
    ("Russia", &["russia", "росси", "российск"]),
    ("Ukraine", &["ukrain", "украин"]),
    (
        "United States",
        &[" us ", " u.s. ", "united states", "american", "сша"],
    ),
];

/// The one country all country-naming role titles agree on, when there is one.
fn group_from_roles(roles: &[RoleClaim]) -> Option<String> {
    let mut found = BTreeSet::new();
    for r in roles {
        let lower = format!(" {} ", r.title.to_lowercase());
        for (country, cues) in COUNTRIES {
            if cues.iter().any(|c| lower.contains(c)) {
                found.insert(*country);
            }
        }
    }
    (found.len() == 1)
        .then(|| found.into_iter().next().map(str::to_string))
        .flatten()
}

/// One cluster's mentions and names, gathered for building its official.
struct Gathered<'a> {
    registry: Option<&'a RegistryPerson>,
    spellings: BTreeMap<(String, Script), BTreeSet<Citation>>,
    latin_full: BTreeMap<String, usize>,
    latin_surname: BTreeMap<String, usize>,
    cyrillic_full: BTreeMap<String, usize>,
    cyrillic_surname: BTreeMap<String, usize>,
    roles: BTreeSet<RoleClaim>,
    mentions: usize,
    sources: BTreeSet<usize>,
}

/// Gathers what one cluster's nodes say.
fn gather<'a>(
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
fn canonical_name(g: &Gathered<'_>) -> (String, String) {
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
fn build_official(g: &Gathered<'_>, notes: &[String], registry: &Registry) -> Official {
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
fn suggestion(o: &Official) -> RegistryPerson {
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
#[path = "resolve_tests.rs"]
mod tests;
