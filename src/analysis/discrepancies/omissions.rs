//! Omissions: statements one account of an event quotes and another leaves out.
//!
//! Method: two sources report the same event when at least one statement of a speaker is
//! aligned between them ([`super::alignment`]) and their dates (publication date, else dateline)
//! do not differ in a part both give. For each such pair of sources and each speaker aligned
//! between them, a statement of that speaker in one source is *absent* from the other when it
//! was not aligned and its best Dice similarity against that speaker's statements there is
//! below [`COUNTERPART_DICE`]. The longer side of a partial alignment (a passage of which the
//! other source quotes only a fragment) counts as absent too, with a label saying so. One item
//! per pair of sources lists every absent statement with its citation.
//!
//! Limits: only quoted statements are compared; paraphrase in reported speech is not read, so a
//! statement the other outlet paraphrases without quoting shows as absent.

use std::collections::{BTreeMap, BTreeSet};

use super::alignment::{best_counterpart, clusters, statements, Aligned, Statement};
use super::evidence::{cite, evidence, label};
use super::official_name;
use crate::model::{Authorship, Discrepancy, DiscrepancyKind, Evidence, Official, SourceRecord};

/// Dice similarity below which a statement has no counterpart in the other source.
pub const COUNTERPART_DICE: f64 = 0.25;

/// One omission item per pair of sources reporting the same event.
///
/// Each source is compared with one account only: the first source (by slug) of each cluster of
/// aligned statements it belongs to ([`super::alignment::clusters`]), so that the items grow
/// with the sources, not with their pairs.
pub fn find(
    sources: &[SourceRecord],
    officials: &[Official],
    aligned: &[Aligned],
) -> Vec<Discrepancy> {
    let all = statements(sources);
    let mut by_source: BTreeMap<usize, Vec<&Statement>> = BTreeMap::new();
    for s in &all {
        by_source.entry(s.source).or_default().push(s);
    }
    let mut between_pairs: BTreeMap<(usize, usize), Vec<&Aligned>> = BTreeMap::new();
    for p in aligned {
        between_pairs
            .entry((p.a.source, p.b.source))
            .or_default()
            .push(p);
    }
    let mut pairs: BTreeSet<(usize, usize)> = BTreeSet::new();
    for cluster in clusters(sources, aligned) {
        let Some(first) = cluster.first() else {
            continue;
        };
        for member in &cluster[1..] {
            if member.source != first.source
                && between_pairs.contains_key(&(first.source, member.source))
            {
                pairs.insert((first.source, member.source));
            }
        }
    }
    let mut out = Vec::new();
    for (x, y) in pairs {
        let (Some(sx), Some(sy)) = (sources.get(x), sources.get(y)) else {
            continue;
        };
        if let (Some(dx), Some(dy)) = (sx.date(), sy.date()) {
            let differ =
                |a: Option<u8>, b: Option<u8>| matches!((a, b), (Some(a), Some(b)) if a != b);
            if differ(dx.month, dy.month)
                || differ(dx.day, dy.day)
                || matches!((dx.year, dy.year), (Some(a), Some(b)) if a != b)
            {
                continue;
            }
        }
        let between: &[&Aligned] = between_pairs.get(&(x, y)).map_or(&[], Vec::as_slice);
        let speakers: BTreeSet<&str> = between.iter().map(|p| p.a.speaker.as_str()).collect();
        let mut ev = Vec::new();
        let mut counts = (0, 0);
        let empty = Vec::new();
        let here_and_there: Vec<&Statement> = by_source
            .get(&x)
            .unwrap_or(&empty)
            .iter()
            .chain(by_source.get(&y).unwrap_or(&empty))
            .copied()
            .collect();
        for speaker in &speakers {
            for s in here_and_there.iter().filter(|s| s.speaker == *speaker) {
                let other = if s.source == x { y } else { x };
                if let Some(e) = absent(sources, &here_and_there, between, s, other) {
                    if s.source == x {
                        counts.0 += 1;
                    } else {
                        counts.1 += 1;
                    }
                    ev.push(e);
                }
            }
        }
        if ev.is_empty() {
            continue;
        }
        let people: Vec<String> = speakers.iter().map(|s| s.to_string()).collect();
        out.push(Discrepancy {
            id: format!("omission-{}-{}", sx.slug, sy.slug),
            kind: DiscrepancyKind::Omission,
            summary: format!(
                "{} and {} quote the same occasion ({}) but each leaves out statements: {} only in {}, {} only in {}",
                label(sx),
                label(sy),
                people
                    .iter()
                    .map(|p| official_name(officials, p))
                    .collect::<Vec<_>>()
                    .join(", "),
                counts.0,
                label(sx),
                counts.1,
                label(sy)
            ),
            minor: false,
            evidence: ev,
            diff: None,
            method: format!(
                "sources paired by {} aligned statement(s) of the same speaker and compatible dates; a statement is absent from the other source when it is not aligned and its best Dice similarity there is below {COUNTERPART_DICE:.2}",
                between.len()
            ),
            authorship: Authorship::Machine,
            people,
            sources: vec![sx.slug.clone(), sy.slug.clone()],
            body_html: None,
        });
    }
    out
}

/// Evidence that statement `s` is absent from source `other`, or `None` when it is there.
fn absent(
    sources: &[SourceRecord],
    all: &[&Statement],
    between: &[&Aligned],
    s: &Statement,
    other: usize,
) -> Option<Evidence> {
    let here = sources.get(s.source)?;
    let there = sources.get(other)?;
    let is = |t: &Statement| t.source == s.source && t.quote == s.quote;
    let mut partly = None;
    for pair in between {
        let (mine, theirs) = if is(&pair.a) {
            (&pair.a, &pair.b)
        } else if is(&pair.b) {
            (&pair.b, &pair.a)
        } else {
            continue;
        };
        if pair.partial && mine.tokens.len() > theirs.tokens.len() {
            partly = Some((theirs.paragraph, pair.overlap));
        } else {
            return None;
        }
    }
    let best = best_counterpart(all, s, other);
    let label = match (partly, best) {
        (Some((p, o)), _) => format!(
            "only in {}; {} quotes a fragment of it (p{p}, word overlap {o:.2})",
            label(here),
            label(there)
        ),
        (None, Some((d, _))) if d >= COUNTERPART_DICE => return None,
        (None, Some((d, p))) => format!(
            "only in {}; no counterpart in {} (best Dice {d:.2}, p{p})",
            label(here),
            label(there)
        ),
        (None, None) => format!(
            "only in {}; {} quotes nothing else of this speaker",
            label(here),
            label(there)
        ),
    };
    Some(evidence(
        cite(&here.slug, s.paragraph),
        s.text.clone(),
        label,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::alignment::align;
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn seed_like_omissions_both_ways() {
        let (sources, _) = seed_like();
        let found = find(&sources, &[], &align(&sources));
        assert_eq!(found.len(), 1);
        let d = &found[0];
        assert_eq!(d.id, "omission-news-unrolled-ria-ryabihin-tass-ryabikhin");
        let cited: Vec<(String, usize)> = d
            .evidence
            .iter()
            .map(|e| (e.citation.source.clone(), e.citation.paragraph.unwrap()))
            .collect();
        assert_eq!(
            cited,
            vec![
                (RIA.into(), 5),
                (RIA.into(), 6),
                (TASS.into(), 4),
                (TASS.into(), 5)
            ]
        );
        assert!(d.evidence[0].text.contains("dry facts of the numbers"));
        assert!(
            d.evidence[0].label.contains("quotes a fragment of it (p4"),
            "{}",
            d.evidence[0].label
        );
        assert!(d.evidence[1].text.contains("thousands of kilometers away"));
        assert!(d.evidence[2].text.contains("top ten armies"));
        assert!(d.evidence[3].text.contains("border regions with Ukraine"));
        assert!(
            d.summary
                .contains("2 only in news-unrolled-ria-ryabihin, 2 only in tass-ryabikhin"),
            "{}",
            d.summary
        );
    }

    #[test]
    fn no_alignment_no_omission() {
        let sources = two_statements_of_x();
        assert!(find(&sources, &[], &align(&sources)).is_empty());
    }

    #[test]
    fn fully_matched_accounts_have_no_omission() {
        let a = open_to_dialogue("a");
        let b = said_by_x(
            "b",
            "\"We are always open for dialogue with the alliance,\" X said.",
            "We are always open for dialogue with the alliance,",
        );
        let sources = vec![a, b];
        assert!(find(&sources, &[], &align(&sources)).is_empty());
    }

    #[test]
    fn different_dates_mean_different_events() {
        let (mut sources, _) = seed_like();
        sources[0].dates[0].date = md(11, 3);
        assert!(find(&sources, &[], &align(&sources)).is_empty());
    }
}
