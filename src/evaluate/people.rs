//! People figures: pairwise clustering of mentions into officials, junk pages, missed persons,
//! and titles.

use std::collections::{BTreeMap, BTreeSet};

use super::figures::Counts;
use super::matching::{person_of_mention, title_matches};
use super::Paired;
use crate::model::Official;
use crate::text::fold;

/// One machine mention: the page it went to and the truth person it stands for.
struct Placed<'a> {
    page: Option<&'a str>,
    person: Option<&'a str>,
}

/// Adds the people and title counts of one subject to `counts`, with a note for each mention,
/// page and person that goes wrong.
pub(super) fn count(
    paired: &[Paired<'_>],
    officials: &[Official],
    counts: &mut Counts,
    notes: &mut Vec<String>,
) {
    let mut placed: Vec<Placed<'_>> = Vec::new();
    let mut titles: BTreeMap<(String, String, String), bool> = BTreeMap::new();
    for p in paired {
        for mention in &p.source.mentions {
            let page = mention.official.as_deref();
            let person = person_of_mention(
                &mention.surface,
                mention.given.as_deref(),
                &p.article.truth.people,
            );
            if person.is_none() {
                counts.mentions_unmatched += 1;
                notes.push(format!(
                    "{}: mention {:?} (p{}, page {}) is no person of the truth",
                    p.article.name,
                    mention.surface,
                    mention.paragraph,
                    page.unwrap_or("none")
                ));
            }
            if let (Some(person), Some(role)) = (person, &mention.role) {
                let right = title_matches(role, &person.titles);
                titles.insert(
                    (p.article.name.clone(), person.id.clone(), fold(role)),
                    right,
                );
            }
            placed.push(Placed {
                page,
                person: person.map(|t| t.id.as_str()),
            });
        }
    }
    count_pairs(&placed, counts);
    count_pages(&placed, officials, counts, notes);
    count_persons(paired, &placed, counts, notes);
    note_splits(&placed, notes);
    for ((article, person, title), right) in titles {
        if right {
            counts.titles_right += 1;
        } else {
            counts.titles_wrong += 1;
            notes.push(format!(
                "{article}: title {title:?} is not one the truth gives {person}"
            ));
        }
    }
}

/// Pairs of matched mentions: on one page, of one person, both.
fn count_pairs(placed: &[Placed<'_>], counts: &mut Counts) {
    let matched: Vec<&Placed<'_>> = placed.iter().filter(|m| m.person.is_some()).collect();
    for (i, a) in matched.iter().enumerate() {
        for b in matched.iter().skip(i + 1) {
            let same_page = a.page.is_some() && a.page == b.page;
            let same_person = a.person == b.person;
            counts.pairs_machine += usize::from(same_page);
            counts.pairs_truth += usize::from(same_person);
            counts.pairs_right += usize::from(same_page && same_person);
        }
    }
}

/// Pages, and pages none of whose mentions is a true person.
fn count_pages(
    placed: &[Placed<'_>],
    officials: &[Official],
    counts: &mut Counts,
    notes: &mut Vec<String>,
) {
    let real: BTreeSet<&str> = placed
        .iter()
        .filter(|m| m.person.is_some())
        .filter_map(|m| m.page)
        .collect();
    counts.pages += officials.len();
    for official in officials {
        if !real.contains(official.slug.as_str()) {
            counts.junk_pages += 1;
            notes.push(format!(
                "page {} ({}) is no true person",
                official.slug, official.name
            ));
        }
    }
}

/// A note for each true person whose mentions are on more than one page (what lowers recall).
fn note_splits(placed: &[Placed<'_>], notes: &mut Vec<String>) {
    let mut pages: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for m in placed {
        if let (Some(person), Some(page)) = (m.person, m.page) {
            *pages.entry(person).or_default().entry(page).or_insert(0) += 1;
        }
    }
    for (person, on) in pages.iter().filter(|(_, on)| on.len() > 1) {
        let list: Vec<String> = on.iter().map(|(p, n)| format!("{p} ({n})")).collect();
        notes.push(format!("person {person} is split over {}", list.join(", ")));
    }
}

/// True persons of the subject, and those no page holds.
fn count_persons(
    paired: &[Paired<'_>],
    placed: &[Placed<'_>],
    counts: &mut Counts,
    notes: &mut Vec<String>,
) {
    let persons: BTreeSet<&str> = paired
        .iter()
        .flat_map(|p| p.article.truth.people.iter().map(|t| t.id.as_str()))
        .collect();
    let paged: BTreeSet<&str> = placed
        .iter()
        .filter(|m| m.page.is_some())
        .filter_map(|m| m.person)
        .collect();
    counts.persons += persons.len();
    for person in persons.difference(&paged) {
        counts.persons_without_page += 1;
        notes.push(format!("person {person} has no page"));
    }
}
