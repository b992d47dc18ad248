//! Quote variants: one statement of one speaker worded differently by two outlets.
//!
//! Method: the pairs of [`super::alignment`] whose normalised wording differs (lowercased,
//! punctuation and bracketed insertions dropped: [`crate::quotes::similarity::normalised`]);
//! identical quotations are agreement, not a discrepancy. The word-level diff (the `similar`
//! crate, Unicode word boundaries) is of the quotations as printed, brackets included, so a
//! reader sees the outlet's insertions. Ids: `quote-{speaker}-{n}`, numbered in alignment order.

use similar::{Algorithm, ChangeTag, TextDiff};

use super::alignment::{Cluster, Statement, FULL_MATCH_DICE};
use super::evidence::{cite, evidence, label, listed_note, LISTED};
use super::official_name;
use crate::model::{Authorship, DiffSegment, Discrepancy, DiscrepancyKind, Official, SourceRecord};
use crate::quotes::similarity::normalised;

/// One discrepancy per statement (a cluster of aligned quotations) quoted in more than one
/// wording: its wordings, most common first, each with the sources using it and a word diff
/// against the most common one.
pub fn find(
    sources: &[SourceRecord],
    officials: &[Official],
    clusters: &[Cluster],
) -> Vec<Discrepancy> {
    let mut numbers: std::collections::BTreeMap<&str, usize> = Default::default();
    let mut out = Vec::new();
    for cluster in clusters {
        let wordings = wordings(cluster);
        if wordings.len() < 2 {
            continue;
        }
        let Some(first) = cluster.first() else {
            continue;
        };
        let n = numbers.entry(first.speaker.as_str()).or_insert(0);
        *n += 1;
        let common = wordings[0][0].text.as_str();
        let mut ev = Vec::new();
        let mut slugs = std::collections::BTreeSet::new();
        for s in wordings.iter().flatten() {
            if let Some(src) = sources.get(s.source) {
                slugs.insert(src.slug.clone());
            }
        }
        for (i, members) in wordings.iter().enumerate().take(LISTED) {
            for (k, s) in members.iter().enumerate().take(LISTED) {
                let Some(src) = sources.get(s.source) else {
                    continue;
                };
                let mut e = evidence(
                    cite(&src.slug, s.paragraph),
                    if k == 0 {
                        s.text.clone()
                    } else {
                        String::new()
                    },
                    if k == 0 {
                        format!(
                            "wording {} of {}, used by {}: as quoted by {}",
                            i + 1,
                            wordings.len(),
                            sources_count(members.len()),
                            label(src)
                        )
                    } else {
                        format!("wording {}, also quoted by {}", i + 1, label(src))
                    },
                );
                if k == 0 && i > 0 {
                    e.diff = Some(word_diff(common, &s.text));
                }
                ev.push(e);
            }
        }
        let mut counts: Vec<String> = wordings
            .iter()
            .take(SUMMARY_COUNTS)
            .map(|m| sources_count(m.len()))
            .collect();
        if wordings.len() > SUMMARY_COUNTS {
            counts.push("…".to_string());
        }
        let cut = wordings.len() > LISTED || wordings.iter().any(|m| m.len() > LISTED);
        out.push(Discrepancy {
            id: format!("quote-{}-{}", first.speaker, n),
            kind: DiscrepancyKind::QuoteVariant,
            summary: format!(
                "{}: one statement quoted in {} wordings (by {})",
                official_name(officials, &first.speaker),
                wordings.len(),
                counts.join(", ")
            ),
            minor: false,
            evidence: ev,
            diff: None,
            method: format!(
                "quotations of one speaker grouped when they share at least {:.0} % of their content words (Dice coefficient ≥ {FULL_MATCH_DICE:.2}; brackets and function words dropped, light stemming), candidates looked up by their rarest words; wordings compared after lower-casing and dropping punctuation. Word diffs (the `similar` crate) against the most common wording{}.",
                FULL_MATCH_DICE * 100.0,
                if cut { listed_note(LISTED) } else { String::new() }
            ),
            authorship: Authorship::Machine,
            people: vec![first.speaker.clone()],
            sources: slugs.into_iter().collect(),
            body_html: None,
        });
    }
    out
}

/// How many wordings' source counts the summary gives before "…".
const SUMMARY_COUNTS: usize = 3;

/// "1 source", "31 sources".
fn sources_count(n: usize) -> String {
    if n == 1 {
        "1 source".to_string()
    } else {
        format!("{n} sources")
    }
}

/// The cluster's quotations grouped by normalised wording, most used first (ties: first seen).
fn wordings(cluster: &Cluster) -> Vec<Vec<&Statement>> {
    let mut groups: Vec<(String, Vec<&Statement>)> = Vec::new();
    let mut at: std::collections::HashMap<String, usize> = Default::default();
    for s in cluster {
        let key = normalised(&s.text);
        match at.get(&key) {
            Some(&i) => groups[i].1.push(s),
            None => {
                at.insert(key.clone(), groups.len());
                groups.push((key, vec![s]));
            }
        }
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.1.len()));
    groups.into_iter().map(|(_, m)| m).collect()
}

/// A word-level diff of `a` and `b`: Patience diff over Unicode words (the `similar` crate),
/// then a small clean-up so a reader sees phrases rather than word salad: a lone space left
/// "equal" between two changes joins them, and within each run of changes all deleted words come
/// before all inserted ones.
pub fn word_diff(a: &str, b: &str) -> Vec<DiffSegment> {
    let diff = TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .diff_unicode_words(a, b);
    let changes: Vec<(ChangeTag, &str)> = diff
        .iter_all_changes()
        .map(|c| (c.tag(), c.value()))
        .collect();
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for (i, &(tag, value)) in changes.iter().enumerate() {
        let between_changes = tag == ChangeTag::Equal
            && value.trim().is_empty()
            && i > 0
            && changes.get(i - 1).is_some_and(|c| c.0 != ChangeTag::Equal)
            && changes.get(i + 1).is_some_and(|c| c.0 != ChangeTag::Equal);
        if between_changes {
            runs.push((ChangeTag::Delete, value.to_string()));
            runs.push((ChangeTag::Insert, value.to_string()));
        } else {
            runs.push((tag, value.to_string()));
        }
    }
    let mut segments: Vec<DiffSegment> = Vec::new();
    let (mut deleted, mut inserted) = (String::new(), String::new());
    for (tag, value) in runs {
        match tag {
            ChangeTag::Delete => deleted.push_str(&value),
            ChangeTag::Insert => inserted.push_str(&value),
            ChangeTag::Equal => {
                flush(&mut segments, &mut deleted, &mut inserted);
                push_segment(&mut segments, "equal", &value);
            }
        }
    }
    flush(&mut segments, &mut deleted, &mut inserted);
    segments
}

/// Emits the pending deleted and inserted words.
fn flush(segments: &mut Vec<DiffSegment>, deleted: &mut String, inserted: &mut String) {
    push_segment(segments, "delete", deleted);
    push_segment(segments, "insert", inserted);
    deleted.clear();
    inserted.clear();
}

/// Appends `text` to the last segment when it has the same op, else starts a segment.
fn push_segment(segments: &mut Vec<DiffSegment>, op: &str, text: &str) {
    if text.is_empty() {
        return;
    }
    match segments.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => segments.push(DiffSegment {
            op: op.to_string(),
            text: text.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::super::alignment::{align, clusters};
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn seed_like_variant_with_diff() {
        let (sources, officials) = seed_like();
        let found = find(&sources, &officials, &clusters(&sources, &align(&sources)));
        // The fragment RIA ¶5 / TASS ¶4 is a partial match: no item of its own.
        assert_eq!(found.len(), 1, "{found:#?}");
        let first = &found[0];
        assert_eq!(first.id, "quote-dmitry-ryabikhin-1");
        assert!(
            first
                .summary
                .contains("quoted in 2 wordings (by 1 source, 1 source)"),
            "{}",
            first.summary
        );
        let cited: Vec<String> = first
            .evidence
            .iter()
            .map(|e| format!("{}#{:?}", e.citation.source, e.citation.paragraph))
            .collect();
        assert_eq!(
            cited,
            [
                "news-unrolled-ria-ryabihin#Some(4)",
                "tass-ryabikhin#Some(3)"
            ]
        );
        assert!(first.evidence[0].diff.is_none());
        let diff = first.evidence[1].diff.as_ref().unwrap();
        let inserted: String = diff
            .iter()
            .filter(|s| s.op == "insert")
            .map(|s| s.text.as_str())
            .collect();
        let deleted: String = diff
            .iter()
            .filter(|s| s.op == "delete")
            .map(|s| s.text.as_str())
            .collect();
        assert!(
            inserted.contains("NATO countries - TASS") && inserted.contains("cooperation"),
            "{inserted}"
        );
        assert!(
            deleted.contains("However") && deleted.contains("Republic"),
            "{deleted}"
        );
    }

    #[test]
    fn diff_groups_changes_into_phrases() {
        let diff = word_diff(
            "They unilaterally suspended it. However, the Republic of Belarus is always open to dialogue,",
            "They (NATO countries - TASS) unilaterally suspended [cooperation]. But Belarus is always open for dialogue,",
        );
        let equal: Vec<&str> = diff
            .iter()
            .filter(|s| s.op == "equal")
            .map(|s| s.text.as_str())
            .collect();
        assert!(
            equal.iter().any(|t| t.contains("unilaterally suspended")),
            "{diff:#?}"
        );
        assert!(
            equal.iter().any(|t| t.contains("is always open")),
            "{diff:#?}"
        );
        assert!(diff.len() <= 14, "{diff:#?}");
    }

    #[test]
    fn diff_rebuilds_both_texts() {
        let (a, b) = (
            "They suspended it. However, we are open",
            "They (NATO) suspended [cooperation]. But we are open",
        );
        let diff = word_diff(a, b);
        let left: String = diff
            .iter()
            .filter(|s| s.op != "insert")
            .map(|s| s.text.as_str())
            .collect();
        let right: String = diff
            .iter()
            .filter(|s| s.op != "delete")
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!((left.as_str(), right.as_str()), (a, b));
    }

    #[test]
    fn identical_quotes_are_not_reported() {
        let text = "We are always open to dialogue with everyone,";
        let a = quote(
            source(
                "a",
                &["“We are always open to dialogue with everyone,” X said."],
            ),
            1,
            text,
            Some("x"),
        );
        let b = quote(
            source(
                "b",
                &["\"We are always open to dialogue with everyone\", X said."],
            ),
            1,
            "We are always open to dialogue with everyone",
            Some("x"),
        );
        let sources = vec![a, b];
        let aligned = align(&sources);
        assert_eq!(aligned.len(), 1);
        assert!(find(&sources, &[], &clusters(&sources, &aligned)).is_empty());
    }
}
