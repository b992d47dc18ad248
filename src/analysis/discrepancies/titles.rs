//! Title variants: one official given different titles by sources of about the same time.
//!
//! Method: each source's titles for an official ([`Official::roles`]) are reduced to content
//! words ([`crate::quotes::similarity::role_words`]: function words dropped, "chief"~"head",
//! "defence"~"defense", light stemming). Titles from two different sources are compared when
//! they are in the same script (a Russian title is not compared with an English one) and the
//! sources' dates (publication date, else dateline) are not known to be more than
//! [`MAX_MONTHS_APART`] month apart (unknown dates are compared, and the method says so).
//! Verdict per pair: the same words → nothing to report; words in common and the same rank
//! words ("deputy", "head", "minister", ...; one title may have none) and an overlap of at least
//! [`MINOR_OVERLAP`] → minor ("same role, different words"); otherwise a real conflict. One item
//! per official lists every title involved.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use super::evidence::{evidence, label_of};
use crate::model::{
    Authorship, Discrepancy, DiscrepancyKind, Official, PartialDate, RoleClaim, SourceRecord,
};
use crate::quotes::similarity::{overlap, role_words, stem};

/// Sources further apart than this (in months) may legitimately give different titles.
pub const MAX_MONTHS_APART: i32 = 1;
/// Share of the shorter title's words in the longer one for a minor variant.
pub const MINOR_OVERLAP: f64 = 0.6;
/// Words that give a rank; titles differing in them are not "the same role" (stemmed forms;
/// `rank_words.txt`).
static RANK_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("rank_words.txt")).collect());

/// One discrepancy per official whose titles differ across sources.
pub fn find(sources: &[SourceRecord], officials: &[Official]) -> Vec<Discrepancy> {
    officials
        .iter()
        .filter_map(|o| compare_titles(sources, o))
        .collect()
}

/// The verdict on two titles.
struct Verdict {
    minor: bool,
    note: String,
}

/// A title claim with its source's date.
type Dated<'a> = (Option<PartialDate>, &'a RoleClaim);

fn compare_titles(sources: &[SourceRecord], official: &Official) -> Option<Discrepancy> {
    // Claims with the same content words are one title: titles are compared once per distinct
    // pair, not once per pair of sources.
    let mut groups: BTreeMap<(bool, BTreeSet<String>), Vec<&RoleClaim>> = BTreeMap::new();
    for c in &official.roles {
        groups
            .entry((crate::text::has_cyrillic(&c.title), role_words(&c.title)))
            .or_default()
            .push(c);
    }
    let groups: Vec<(bool, Vec<Dated<'_>>)> = groups
        .into_iter()
        .map(|((cyr, _), claims)| {
            let dated = claims
                .into_iter()
                .map(|c| (source_date_of(sources, &c.citation.source), c))
                .collect();
            (cyr, dated)
        })
        .collect();
    let mut involved: BTreeSet<&RoleClaim> = BTreeSet::new();
    let mut notes = Vec::new();
    let mut all_minor = true;
    for (i, (cyr_a, ga)) in groups.iter().enumerate() {
        for (cyr_b, gb) in &groups[i + 1..] {
            if cyr_a != cyr_b {
                continue;
            }
            let Some(((da, a), (db, b))) = witness(ga, gb) else {
                continue;
            };
            let Some(verdict) = judge(&a.title, &b.title) else {
                continue;
            };
            let dates = (da, db);
            all_minor &= verdict.minor;
            involved.insert(a);
            involved.insert(b);
            notes.push(format!(
                "{} vs {} ({}; dates: {} / {})",
                a.citation.source,
                b.citation.source,
                verdict.note,
                dates
                    .0
                    .map(|d| d.display())
                    .unwrap_or_else(|| "unknown".into()),
                dates
                    .1
                    .map(|d| d.display())
                    .unwrap_or_else(|| "unknown".into()),
            ));
        }
    }
    if involved.is_empty() {
        return None;
    }
    let summary = format!(
        "{}: {}",
        official.name,
        involved
            .iter()
            .map(|c| format!("“{}” ({})", c.title, label_of(sources, &c.citation.source)))
            .collect::<Vec<_>>()
            .join(" vs ")
    );
    let mut slugs: Vec<String> = involved.iter().map(|c| c.citation.source.clone()).collect();
    slugs.dedup();
    Some(Discrepancy {
        id: format!("title-{}", official.slug),
        kind: DiscrepancyKind::TitleVariant,
        summary,
        minor: all_minor,
        evidence: involved
            .iter()
            .map(|c| evidence(c.citation.clone(), c.title.clone(), format!("title given by {}", c.citation.source)))
            .collect(),
        diff: None,
        method: format!(
            "titles compared by content words (function words dropped, chief~head, defence~defense, light stemming): {}",
            notes.join("; ")
        ),
        authorship: Authorship::Machine,
        people: vec![official.slug.clone()],
        sources: slugs,
        body_html: None,
    })
}

/// How two titles differ, or `None` when they have the same content words.
fn judge(a: &str, b: &str) -> Option<Verdict> {
    let (wa, wb) = (role_words(a), role_words(b));
    if wa == wb {
        return None;
    }
    let shared: Vec<&String> = wa.intersection(&wb).collect();
    let (ra, rb) = (ranks(&wa), ranks(&wb));
    let score = overlap(&wa, &wb);
    let same_rank = ra == rb || ra.is_empty() || rb.is_empty();
    let shared_list = shared
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if shared.is_empty() {
        return Some(Verdict {
            minor: false,
            note: "no words in common: a real conflict".into(),
        });
    }
    if same_rank && score >= MINOR_OVERLAP {
        return Some(Verdict {
            minor: true,
            note: format!("shared: {shared_list}; overlap {score:.2}: same role, different words"),
        });
    }
    let why = if same_rank {
        "too few words in common"
    } else {
        "different ranks"
    };
    Some(Verdict {
        minor: false,
        note: format!("shared: {shared_list}; overlap {score:.2}; {why}: a real conflict"),
    })
}

fn ranks(words: &BTreeSet<String>) -> BTreeSet<&String> {
    words
        .iter()
        .filter(|w| RANK_WORDS.iter().any(|r| stem(r) == **w))
        .collect()
}

/// The date of the source with slug `slug`: its publication date, else its dateline's date.
pub(super) fn source_date_of(sources: &[SourceRecord], slug: &str) -> Option<PartialDate> {
    crate::model::source_by_slug(sources, slug)?.date()
}

/// The first two claims, one of each group, from different sources and not too far apart in
/// time; each group is walked once against the other's claims, so the cost grows with the
/// claims times the (few) distinct titles.
fn witness<'a>(a: &[Dated<'a>], b: &[Dated<'a>]) -> Option<(Dated<'a>, Dated<'a>)> {
    // Claims of `b` by month (and those without one), to look up the nearby ones.
    let mut by_month: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
    let mut loose = Vec::new();
    for (k, (d, _)) in b.iter().enumerate() {
        match d.and_then(|d| Some(d.year? * 12 + i32::from(d.month?))) {
            Some(m) => by_month.entry(m).or_default().push(k),
            None => loose.push(k),
        }
    }
    for &(da, ca) in a {
        let near: Vec<usize> = match da.and_then(|d| Some(d.year? * 12 + i32::from(d.month?))) {
            Some(m) => by_month
                .range(m - MAX_MONTHS_APART..=m + MAX_MONTHS_APART)
                .flat_map(|(_, ks)| ks.iter().copied())
                .chain(loose.iter().copied())
                .collect(),
            None => (0..b.len()).collect(),
        };
        for k in near {
            let (db, cb) = b[k];
            if ca.citation.source != cb.citation.source && !too_far_apart(da, db) {
                return Some(((da, ca), (db, cb)));
            }
        }
    }
    None
}

/// True when both dates are known well enough to be more than [`MAX_MONTHS_APART`] apart.
fn too_far_apart(a: Option<PartialDate>, b: Option<PartialDate>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    match (a.year, b.year, a.month, b.month) {
        (Some(ya), Some(yb), Some(ma), Some(mb)) => {
            ((ya * 12 + i32::from(ma)) - (yb * 12 + i32::from(mb))).abs() > MAX_MONTHS_APART
        }
        (Some(ya), Some(yb), _, _) => (ya - yb).abs() > 1,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::model::Origin;

    #[test]
    fn seed_like_titles_are_a_minor_variant() {
        let (sources, officials) = seed_like();
        let found = find(&sources, &officials);
        assert_eq!(found.len(), 1);
        let d = &found[0];
        assert_eq!(d.id, "title-dmitry-ryabikhin");
        assert!(d.minor, "{}", d.method);
        assert!(
            d.method.contains("same role, different words"),
            "{}",
            d.method
        );
        assert_eq!(d.evidence.len(), 2);
    }

    #[test]
    fn verdicts() {
        let cases: &[(&str, &str, Option<bool>)] = &[
            ("defense minister", "Defence Minister", None),
            ("Belarusian defense minister", "foreign minister", Some(false)),
            ("defense minister", "deputy defense minister", Some(false)),
            ("press secretary", "commander of the air force", Some(false)),
            ("Deputy Head of the Department of International Cooperation", "deputy chief of the international cooperation department", None),
            ("Deputy Head of the Department of International Cooperation of the Ministry of Defense", "deputy chief of the ministry’s international cooperation department", Some(true)),
        ];
        for (a, b, expected) in cases {
            assert_eq!(judge(a, b).map(|v| v.minor), *expected, "{a} / {b}");
        }
    }

    #[test]
    fn same_source_and_distant_dates_are_not_compared() {
        let o = official(
            "x",
            "X",
            &[],
            &[
                ("defense minister", "a", 1),
                ("foreign minister", "a", 3),
                ("chief of staff", "b", 1),
            ],
        );
        let a = published(
            source("a", &["p"]),
            PartialDate::ymd(2020, 1, 1),
            Origin::Unknown,
        );
        let b = published(
            source("b", &["p"]),
            PartialDate::ymd(2024, 1, 1),
            Origin::Unknown,
        );
        assert!(find(&[a, b], &[o]).is_empty());
    }

    #[test]
    fn different_scripts_are_not_compared() {
        let o = official(
            "x",
            "X",
            &[],
            &[("министр обороны", "a", 1), ("defense minister", "b", 1)],
        );
        assert!(find(&[], &[o]).is_empty());
    }
}
