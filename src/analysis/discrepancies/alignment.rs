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

use std::collections::BTreeSet;

use crate::model::SourceRecord;
use crate::quotes::is_statement;
use crate::quotes::similarity::{content_tokens, dice, overlap};

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
}

/// Two statements aligned across two sources (`a` in the source whose slug sorts first).
#[derive(Debug, Clone, PartialEq)]
pub struct Aligned {
    /// The statement in the first source.
    pub a: Statement,
    /// The statement in the second source.
    pub b: Statement,
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
pub fn statements(sources: &[SourceRecord]) -> Vec<Statement> {
    let mut out = Vec::new();
    for (si, s) in sources.iter().enumerate() {
        for (qi, q) in s.quotes.iter().enumerate() {
            let Some(Some(speaker)) = s.quote_speakers.get(qi) else {
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
            });
        }
    }
    out
}

/// The aligned statement pairs, sorted by first source slug, paragraph, second source slug,
/// paragraph.
pub fn align(sources: &[SourceRecord]) -> Vec<Aligned> {
    let all = statements(sources);
    let mut order: Vec<usize> = (0..sources.len()).collect();
    order.sort_by(|&x, &y| sources[x].slug.cmp(&sources[y].slug));
    let mut out = Vec::new();
    for (k, &x) in order.iter().enumerate() {
        for &y in &order[k + 1..] {
            out.extend(align_pair(&all, x, y));
        }
    }
    out.sort_by(|p, q| {
        let key = |a: &Aligned| {
            (
                sources[a.a.source].slug.clone(),
                a.a.paragraph,
                a.a.quote,
                sources[a.b.source].slug.clone(),
                a.b.paragraph,
                a.b.quote,
            )
        };
        key(p).cmp(&key(q))
    });
    out
}

/// The aligned pairs between sources `x` and `y`.
fn align_pair(all: &[Statement], x: usize, y: usize) -> Vec<Aligned> {
    let mut candidates = Vec::new();
    for a in all.iter().filter(|s| s.source == x) {
        for b in all
            .iter()
            .filter(|s| s.source == y && s.speaker == a.speaker)
        {
            if let Some(pair) = score_pair(a, b) {
                candidates.push(pair);
            }
        }
    }
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

/// The alignment of two statements, when they match fully or partially.
fn score_pair(a: &Statement, b: &Statement) -> Option<Aligned> {
    let d = dice(&a.tokens, &b.tokens);
    let o = overlap(&a.tokens, &b.tokens);
    let shorter = a.tokens.len().min(b.tokens.len());
    let partial = d < FULL_MATCH_DICE && shorter >= PARTIAL_MIN_WORDS && o >= PARTIAL_MATCH_OVERLAP;
    (d >= FULL_MATCH_DICE || partial).then(|| Aligned {
        a: a.clone(),
        b: b.clone(),
        dice: d,
        overlap: o,
        partial,
    })
}

/// The best Dice coefficient of `s` against the statements of the same speaker in source
/// `other`, with that statement's paragraph.
pub fn best_counterpart(all: &[Statement], s: &Statement, other: usize) -> Option<(f64, usize)> {
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
        let a = quote(
            source(
                "a",
                &["“They unilaterally suspended it and we are open,” X said."],
            ),
            1,
            "They unilaterally suspended it and we are open,",
            Some("x"),
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
        let a = quote(
            source(
                "a",
                &["“We are always open to dialogue with the alliance,” X said."],
            ),
            1,
            "We are always open to dialogue with the alliance,",
            Some("x"),
        );
        let b = quote(
            source(
                "b",
                &["“Our troops acted on a single plan within joint programmes,” X said."],
            ),
            1,
            "Our troops acted on a single plan within joint programmes,",
            Some("x"),
        );
        assert!(align(&[a, b]).is_empty());
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
