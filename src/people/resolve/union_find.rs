//! Name nodes and the union–find over them.
//!
//! In: name nodes (one per source and distinct name, plus registry names) and their surnames.
//! Out: [`Clusters`], the disjoint sets of nodes, merged under the given-name, registry and
//! `not_same_as` guards.

use std::collections::BTreeSet;

use crate::people::names::{name_slug, Gender, GivenKey};
use crate::people::registry::Registry;

/// One distinct name: in one source, or of one registry entry.
#[derive(Debug, Clone)]
pub(super) struct Node {
    pub(super) source: Option<usize>,
    pub(super) registry: Option<usize>,
    pub(super) surname: usize,
    pub(super) given: Option<String>,
    pub(super) given_key: Option<GivenKey>,
    pub(super) mentions: Vec<(usize, usize)>,
}

impl Node {
    /// True when the node anchors a cluster: a full given name or a registry name.
    pub(super) fn is_full(&self) -> bool {
        self.registry.is_some() || self.given_key.as_ref().is_some_and(GivenKey::is_full)
    }
}

/// A distinct surname with its keys.
#[derive(Debug, Clone)]
pub(super) struct Surname {
    pub(super) text: String,
    pub(super) keys: Vec<String>,
    pub(super) gender: Gender,
    pub(super) codes: Vec<String>,
}

/// Two surnames found to match, with the evidence.
#[derive(Debug, Clone)]
pub(super) struct SurnameMatch {
    pub(super) a: usize,
    pub(super) b: usize,
    pub(super) score: f64,
    /// The block the match was found in ("Daitch–Mokotoff code 975600", "given name …").
    pub(super) code: String,
    /// True for a match below [`super::names::SURNAME_THRESHOLD`] that only full names whose
    /// given names agree by the table may use (Trump / Трамп, Kobakhidze / Kobachidse).
    pub(super) weak: bool,
}

/// Union–find over nodes with what each cluster holds.
pub(super) struct Clusters {
    pub(super) parent: Vec<usize>,
    pub(super) registry: Vec<BTreeSet<usize>>,
    pub(super) givens: Vec<Vec<GivenKey>>,
    pub(super) slugs: Vec<BTreeSet<String>>,
    pub(super) forbidden: Vec<BTreeSet<String>>,
    pub(super) notes: Vec<Vec<String>>,
}

impl Clusters {
    /// One cluster per node.
    pub(super) fn new(nodes: &[Node], surnames: &[Surname], registry: &Registry) -> Self {
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
    pub(super) fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// True when the clusters of `a` and `b` may be merged; counts given-name checks.
    pub(super) fn can_union(&mut self, a: usize, b: usize, comparisons: &mut usize) -> bool {
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
                if !crate::people::names::given_compatible(Some(x), Some(y)) {
                    return false;
                }
            }
        }
        true
    }

    /// Merges the clusters of `a` and `b` (the smaller root becomes the parent).
    pub(super) fn union(&mut self, a: usize, b: usize, note: Option<String>) {
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
