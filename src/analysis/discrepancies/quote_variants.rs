//! Quote variants: one statement of one speaker worded differently by two outlets.
//!
//! Method: the pairs of [`super::alignment`] whose normalised wording differs (lowercased,
//! punctuation and bracketed insertions dropped: [`crate::quotes::similarity::normalised`]);
//! identical quotations are agreement, not a discrepancy. The word-level diff (the `similar`
//! crate, Unicode word boundaries) is of the quotations as printed, brackets included, so a
//! reader sees the outlet's insertions. Ids: `quote-{speaker}-{n}`, numbered in alignment order.

use similar::{Algorithm, ChangeTag, TextDiff};

use super::alignment::{Aligned, FULL_MATCH_DICE, PARTIAL_MATCH_OVERLAP};
use super::evidence::{cite, evidence, label};
use super::official_name;
use crate::model::{Authorship, DiffSegment, Discrepancy, DiscrepancyKind, Official, SourceRecord};
use crate::quotes::similarity::{content_tokens, normalised, overlap};

/// One discrepancy per aligned pair whose wording differs.
pub fn find(
    sources: &[SourceRecord],
    officials: &[Official],
    aligned: &[Aligned],
) -> Vec<Discrepancy> {
    let mut numbers: std::collections::BTreeMap<&str, usize> = Default::default();
    let mut out = Vec::new();
    for pair in aligned {
        if normalised(&pair.a.text) == normalised(&pair.b.text) {
            continue;
        }
        let (Some(sa), Some(sb)) = (sources.get(pair.a.source), sources.get(pair.b.source)) else {
            continue;
        };
        let n = numbers.entry(pair.a.speaker.as_str()).or_insert(0);
        *n += 1;
        let name = official_name(officials, &pair.a.speaker);
        let method = if pair.partial {
            format!(
                "aligned by speaker ({}) and word overlap {:.2} (threshold {:.2}): the shorter quotation's content words found in the longer one (brackets and function words dropped, light stemming); Dice {:.2}. Word diff (the `similar` crate) against the sentence of the longer quotation that holds the fragment.",
                pair.a.speaker, pair.overlap, PARTIAL_MATCH_OVERLAP, pair.dice
            )
        } else {
            format!(
                "aligned by speaker ({}) and Dice similarity {:.2} of content words (threshold {:.2}; brackets and function words dropped, light stemming). Word diff by the `similar` crate.",
                pair.a.speaker, pair.dice, FULL_MATCH_DICE
            )
        };
        let what = if pair.partial {
            "a fragment of one passage quoted differently"
        } else {
            "one statement quoted differently"
        };
        let diff = if pair.partial {
            let (long, short, flip) = if pair.a.tokens.len() >= pair.b.tokens.len() {
                (&pair.a.text, &pair.b.text, false)
            } else {
                (&pair.b.text, &pair.a.text, true)
            };
            let sentence = best_sentence(long, short);
            if flip {
                word_diff(short, sentence)
            } else {
                word_diff(sentence, short)
            }
        } else {
            word_diff(&pair.a.text, &pair.b.text)
        };
        out.push(Discrepancy {
            id: format!("quote-{}-{}", pair.a.speaker, n),
            kind: DiscrepancyKind::QuoteVariant,
            summary: format!(
                "{name}: {what}: {} ¶{} vs {} ¶{} (score {:.2})",
                label(sa),
                pair.a.paragraph,
                label(sb),
                pair.b.paragraph,
                pair.score()
            ),
            minor: false,
            evidence: vec![
                evidence(
                    cite(&sa.slug, pair.a.paragraph),
                    pair.a.text.clone(),
                    format!("as quoted by {}", label(sa)),
                ),
                evidence(
                    cite(&sb.slug, pair.b.paragraph),
                    pair.b.text.clone(),
                    format!("as quoted by {}", label(sb)),
                ),
            ],
            diff: Some(diff),
            method,
            authorship: Authorship::Machine,
            people: vec![pair.a.speaker.clone()],
            sources: vec![sa.slug.clone(), sb.slug.clone()],
            body_html: None,
        });
    }
    out
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

/// For a partial match, the sentence of the longer quotation that best holds the shorter one.
fn best_sentence<'a>(longer: &'a str, shorter: &str) -> &'a str {
    let wanted = content_tokens(shorter);
    let mut best = (0.0, longer);
    let mut start = 0;
    for (i, c) in longer.char_indices() {
        let end = i + c.len_utf8();
        let at_boundary = matches!(c, '.' | '!' | '?') || end == longer.len();
        if at_boundary {
            let sentence = longer[start..end].trim();
            let score = overlap(&wanted, &content_tokens(sentence));
            if score > best.0 {
                best = (score, sentence);
            }
            start = end;
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::super::alignment::align;
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn seed_like_variant_with_diff() {
        let (sources, officials) = seed_like();
        let found = find(&sources, &officials, &align(&sources));
        assert_eq!(found.len(), 2);
        let first = &found[0];
        assert_eq!(first.id, "quote-dmitry-ryabikhin-1");
        assert!(
            first
                .summary
                .contains("news-unrolled-ria-ryabihin ¶4 vs tass-ryabikhin ¶3"),
            "{}",
            first.summary
        );
        assert!(
            first.method.contains("Dice similarity 0.92"),
            "{}",
            first.method
        );
        let diff = first.diff.as_ref().unwrap();
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
        assert_eq!(found[1].id, "quote-dmitry-ryabikhin-2");
        assert!(
            found[1].method.contains("word overlap"),
            "{}",
            found[1].method
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
    fn partial_diff_uses_the_matching_sentence() {
        let long = "I want to talk with facts. The cooperation has not changed in terms of quantitative and qualitative indicators. The end.";
        assert_eq!(
            best_sentence(
                long,
                "has not changed either qualitatively or quantitatively"
            ),
            "The cooperation has not changed in terms of quantitative and qualitative indicators."
        );
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
        assert!(find(&sources, &[], &aligned).is_empty());
    }
}
