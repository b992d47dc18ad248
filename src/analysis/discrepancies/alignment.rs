//! Aligning quotations across sources: the same statement by the same speaker in two outlets.
//!
//! Method: every attributed statement (a quote with a known speaker and at least
//! [`crate::quotes::MIN_STATEMENT_WORDS`] words) is reduced to its content words
//! ([`crate::quotes::similarity::content_tokens`]: brackets such as "(NATO countries - TASS)"
//! and "\[cooperation\]" dropped, function words dropped, light stemming). For each pair of
//! sources and each speaker, every pair of statements is scored:
//!
//! - a *full* match when the Dice coefficient is at least [`FULL_MATCH_DICE`];
//! - a *partial* match when the shorter statement has at least [`PARTIAL_MIN_WORDS`] content
//!   words and at least [`PARTIAL_MATCH_OVERLAP`] of them are in the longer one (a fragment
//!   quoted inside a sentence of one outlet, a whole passage in the other).
//!
//! Pairs are then taken greedily, best score first (full matches before partial ones), each
//! statement in at most one pair. Statements of different speakers never pair.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use rayon::prelude::*;

use crate::model::SourceRecord;
use crate::quotes::is_statement;
use crate::quotes::similarity::{content_tokens, dice};

/// Dice coefficient from which two statements count as one statement worded differently.
pub const FULL_MATCH_DICE: f64 = 0.5;
/// Share of the shorter statement's words found in the longer one for a partial match.
pub const PARTIAL_MATCH_OVERLAP: f64 = 0.75;
/// The fewest content words the shorter statement needs for a partial match.
pub const PARTIAL_MIN_WORDS: usize = 4;

/// One attributed statement of one source.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// Index of the source in the input slice.
    pub source: usize,
    /// Index of the quote in the source's quotes.
    pub quote: usize,
    /// The speaker's official slug.
    pub speaker: String,
    /// The paragraph of the quote.
    pub paragraph: usize,
    /// The quoted words.
    pub text: String,
    /// Its content words.
    pub tokens: BTreeSet<String>,
    /// Its content words as numbers (one number per distinct word of the dossier), sorted: the
    /// same sets as `tokens`, compared without comparing strings.
    words: Vec<u32>,
}

/// Two statements aligned across two sources (`a` in the source whose slug sorts first). The
/// statements are shared, not copied: one statement takes part in many pairs.
#[derive(Debug, Clone, PartialEq)]
pub struct Aligned {
    /// The statement in the first source.
    pub a: Arc<Statement>,
    /// The statement in the second source.
    pub b: Arc<Statement>,
    /// Dice coefficient of their content words.
    pub dice: f64,
    /// Overlap coefficient of their content words.
    pub overlap: f64,
    /// True for a partial match (a fragment inside a longer passage).
    pub partial: bool,
}

impl Aligned {
    /// The score that aligned the pair: Dice for a full match, overlap for a partial one.
    pub fn score(&self) -> f64 {
        if self.partial {
            self.overlap
        } else {
            self.dice
        }
    }
}

/// Every attributed statement of every source, in source then quote order.
pub fn statements(sources: &[SourceRecord]) -> Vec<Arc<Statement>> {
    let mut all: Vec<Statement> = sources
        .par_iter()
        .enumerate()
        .flat_map_iter(|(si, s)| source_statements(si, s))
        .collect();
    let mut numbers: HashMap<String, u32> = HashMap::new();
    for s in &mut all {
        s.words = s
            .tokens
            .iter()
            .map(|t| {
                let next = u32::try_from(numbers.len()).unwrap_or(u32::MAX);
                *numbers.entry(t.clone()).or_insert(next)
            })
            .collect();
        s.words.sort_unstable();
    }
    all.into_iter().map(Arc::new).collect()
}

/// The attributed statements of source `s` (index `si`), without their word numbers.
fn source_statements(si: usize, s: &SourceRecord) -> Vec<Statement> {
    let mut out = Vec::new();
    for (qi, q) in s.quotes.iter().enumerate() {
        let Some(speaker) = &q.speaker else {
            continue;
        };
        if !is_statement(&q.text) {
            continue;
        }
        out.push(Statement {
            source: si,
            quote: qi,
            speaker: speaker.clone(),
            paragraph: q.paragraph,
            text: q.text.clone(),
            tokens: content_tokens(&q.text),
            words: Vec::new(),
        });
    }
    out
}

/// The rarest content words of each statement through which candidates are looked up.
pub const RARE_WORDS: usize = 4;
/// At most this many statements are taken from one word's list of statements, so that a word
/// every statement shares never makes the candidates quadratic.
pub const MAX_POSTING: usize = 64;

/// The aligned statement pairs, sorted by first source slug, paragraph, second source slug,
/// paragraph.
///
/// Candidates come from an inverted index (speaker, content word) → statements: each statement
/// is scored only against the statements sharing one of its [`RARE_WORDS`] rarest words, never
/// against every statement of every other source. Scoring runs in parallel.
pub fn align(sources: &[SourceRecord]) -> Vec<Aligned> {
    let all = statements(sources);
    let scored: Vec<Aligned> = candidate_pairs(&all)
        .into_par_iter()
        .filter_map(|(i, j)| {
            let (a, b) = if sources[all[i].source].slug <= sources[all[j].source].slug {
                (&all[i], &all[j])
            } else {
                (&all[j], &all[i])
            };
            score_pair(a, b)
        })
        .collect();
    let mut by_pair: BTreeMap<(usize, usize), Vec<Aligned>> = BTreeMap::new();
    for pair in scored {
        by_pair
            .entry((pair.a.source, pair.b.source))
            .or_default()
            .push(pair);
    }
    let mut out: Vec<Aligned> = by_pair.into_values().flat_map(greedy).collect();
    let key = |a: &Aligned| {
        (
            sources[a.a.source].slug.as_str(),
            a.a.paragraph,
            a.a.quote,
            sources[a.b.source].slug.as_str(),
            a.b.paragraph,
            a.b.quote,
        )
    };
    out.par_sort_by(|p, q| key(p).cmp(&key(q)));
    out
}

/// Pairs of statements (indices into `all`, smaller first, sorted, each once) of one speaker in
/// two different sources that share one of their rarest content words.
fn candidate_pairs(all: &[Arc<Statement>]) -> Vec<(usize, usize)> {
    let mut index: HashMap<(&str, u32), Vec<usize>> = HashMap::new();
    for (i, s) in all.iter().enumerate() {
        for &w in &s.words {
            index.entry((s.speaker.as_str(), w)).or_default().push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = all
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, s)| {
            let mut lists: Vec<&Vec<usize>> = s
                .words
                .iter()
                .filter_map(|&w| index.get(&(s.speaker.as_str(), w)))
                .collect();
            lists.sort_by_key(|l| l.len());
            let mut mine: Vec<(usize, usize)> = lists
                .into_iter()
                .take(RARE_WORDS)
                .flat_map(|list| list.iter().take(MAX_POSTING))
                .filter(|&&j| all[j].source != s.source)
                .map(|&j| (i.min(j), i.max(j)))
                .collect();
            mine.sort_unstable();
            mine.dedup();
            mine
        })
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

/// The candidates of one pair of sources taken greedily, best score first (full matches before
/// partial ones), each statement in at most one pair.
fn greedy(mut candidates: Vec<Aligned>) -> Vec<Aligned> {
    candidates.sort_by(|p, q| {
        p.partial
            .cmp(&q.partial)
            .then(q.score().total_cmp(&p.score()))
            .then((p.a.quote, p.b.quote).cmp(&(q.a.quote, q.b.quote)))
    });
    let mut used_a = BTreeSet::new();
    let mut used_b = BTreeSet::new();
    let mut out = Vec::new();
    for pair in candidates {
        if used_a.contains(&pair.a.quote) || used_b.contains(&pair.b.quote) {
            continue;
        }
        used_a.insert(pair.a.quote);
        used_b.insert(pair.b.quote);
        out.push(pair);
    }
    out
}

/// One statement as quoted by several sources: the statements joined by full alignments
/// (transitively), in source-slug then paragraph order.
pub type Cluster = Vec<Arc<Statement>>;

/// The clusters of fully aligned statements (partial matches, a fragment inside a longer
/// passage, join no cluster), ordered by their first statement's source slug and paragraph.
pub fn clusters(sources: &[SourceRecord], aligned: &[Aligned]) -> Vec<Cluster> {
    let key = |s: &Statement| (s.source, s.quote);
    let mut parent: BTreeMap<(usize, usize), (usize, usize)> = BTreeMap::new();
    let mut members: BTreeMap<(usize, usize), &Arc<Statement>> = BTreeMap::new();
    for pair in aligned.iter().filter(|p| !p.partial) {
        members.insert(key(&pair.a), &pair.a);
        members.insert(key(&pair.b), &pair.b);
        let (ra, rb) = (
            root(&mut parent, key(&pair.a)),
            root(&mut parent, key(&pair.b)),
        );
        if ra != rb {
            parent.insert(ra.max(rb), ra.min(rb));
        }
    }
    let mut groups: BTreeMap<(usize, usize), Cluster> = BTreeMap::new();
    for (k, s) in members {
        let r = root(&mut parent, k);
        groups.entry(r).or_default().push(Arc::clone(s));
    }
    let order = |s: &Statement| (sources[s.source].slug.as_str(), s.paragraph, s.quote);
    let mut out: Vec<Cluster> = groups
        .into_values()
        .map(|mut c| {
            c.sort_by(|x, y| order(x).cmp(&order(y)));
            c
        })
        .collect();
    out.sort_by(|x, y| {
        x.first()
            .map(|s| order(s))
            .cmp(&y.first().map(|s| order(s)))
    });
    out
}

/// The representative of `k`'s set (union-find with path halving).
fn root(
    parent: &mut BTreeMap<(usize, usize), (usize, usize)>,
    mut k: (usize, usize),
) -> (usize, usize) {
    while let Some(&p) = parent.get(&k) {
        if p == k {
            break;
        }
        if let Some(&gp) = parent.get(&p) {
            parent.insert(k, gp);
        }
        k = p;
    }
    k
}

/// The alignment of two statements, when they match fully or partially.
fn score_pair(a: &Arc<Statement>, b: &Arc<Statement>) -> Option<Aligned> {
    let common = common_words(&a.words, &b.words) as f64;
    let (la, lb) = (a.words.len(), b.words.len());
    // The Dice and overlap coefficients of `crate::quotes::similarity`, on word numbers.
    let d = if la + lb == 0 {
        0.0
    } else {
        2.0 * common / (la + lb) as f64
    };
    let shorter = la.min(lb);
    let o = if shorter == 0 {
        0.0
    } else {
        common / shorter as f64
    };
    let partial = d < FULL_MATCH_DICE && shorter >= PARTIAL_MIN_WORDS && o >= PARTIAL_MATCH_OVERLAP;
    (d >= FULL_MATCH_DICE || partial).then(|| Aligned {
        a: Arc::clone(a),
        b: Arc::clone(b),
        dice: d,
        overlap: o,
        partial,
    })
}

/// How many numbers two sorted lists share (a merge, linear in their lengths).
fn common_words(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The best Dice coefficient of `s` against the statements of the same speaker in source
/// `other`, with that statement's paragraph.
pub fn best_counterpart(all: &[&Statement], s: &Statement, other: usize) -> Option<(f64, usize)> {
    all.iter()
        .filter(|t| t.source == other && t.speaker == s.speaker)
        .map(|t| (dice(&s.tokens, &t.tokens), t.paragraph))
        .max_by(|p, q| p.0.total_cmp(&q.0).then(q.1.cmp(&p.1)))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn seed_like_alignment() {
        let (sources, _) = seed_like();
        let aligned = align(&sources);
        let pairs: Vec<(usize, usize, bool)> = aligned
            .iter()
            .map(|p| (p.a.paragraph, p.b.paragraph, p.partial))
            .collect();
        assert_eq!(pairs, vec![(4, 3, false), (5, 4, true)]);
        assert!(aligned[0].dice > 0.8, "{}", aligned[0].dice);
    }

    #[test]
    fn different_speakers_never_pair() {
        let a = said_by_x(
            "a",
            "“They unilaterally suspended it and we are open,” X said.",
            "They unilaterally suspended it and we are open,",
        );
        let b = quote(
            source(
                "b",
                &["“They unilaterally suspended it and we are open,” Y said."],
            ),
            1,
            "They unilaterally suspended it and we are open,",
            Some("y"),
        );
        assert!(align(&[a, b]).is_empty());
    }

    #[test]
    fn two_different_statements_of_one_speaker_do_not_pair() {
        assert!(align(&two_statements_of_x()).is_empty());
    }

    #[test]
    fn unattributed_and_short_quotes_are_ignored() {
        let a = quote(
            source(
                "a",
                &["“They unilaterally suspended it and we are open,” he said."],
            ),
            1,
            "They unilaterally suspended it and we are open,",
            None,
        );
        let b = quote(
            source("b", &["an “invasion” of Belarus"]),
            1,
            "invasion",
            Some("x"),
        );
        assert!(statements(&[a, b]).is_empty());
    }
}
