//! Quote figures: attribution of each truth quote, and statements quoted by two articles that
//! the machine puts together.

use std::collections::BTreeSet;

use super::figures::Counts;
use super::matching::{person_of_mention, quote_matches};
use super::truth::TruthQuote;
use super::Paired;
use crate::model::{Discrepancy, DiscrepancyKind, SourceRecord};

/// A place of a machine quotation: source slug and paragraph.
type Place = (String, usize);

/// The machine's quote clusters: each is the set of places whose quotations the machine holds
/// to be one statement. Read from the quote-variant discrepancies (each one's evidence); this is
/// the one place to change when the discrepancies change shape.
pub fn quote_clusters(discrepancies: &[Discrepancy]) -> Vec<BTreeSet<Place>> {
    discrepancies
        .iter()
        .filter(|d| d.kind == DiscrepancyKind::QuoteVariant)
        .map(|d| {
            d.evidence
                .iter()
                .filter_map(|e| Some((e.citation.source.clone(), e.citation.paragraph?)))
                .collect()
        })
        .collect()
}

/// What the machine says about who spoke a quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Said<'a> {
    /// No speaker.
    Nobody,
    /// A mention that is this truth person.
    Person(&'a str),
    /// A mention that is no truth person (its surface).
    Stranger(&'a str),
}

/// Who the machine says spoke quotation `index` of `source`.
fn said<'a>(p: &'a Paired<'a>, index: usize) -> Said<'a> {
    let Some(quote) = p.source.quotes.get(index) else {
        return Said::Nobody;
    };
    let Some(mention) = quote.speaker_mention.and_then(|m| p.source.mentions.get(m)) else {
        return Said::Nobody;
    };
    match person_of_mention(
        &mention.surface,
        mention.given.as_deref(),
        &p.article.truth.people,
    ) {
        Some(person) => Said::Person(&person.id),
        None => Said::Stranger(&mention.surface),
    }
}

/// The indexes of the machine quotations of `source` that are the truth quote `truth`.
fn matching(source: &SourceRecord, truth: &TruthQuote) -> Vec<usize> {
    (0..source.quotes.len())
        .filter(|&i| {
            source
                .quotes
                .get(i)
                .is_some_and(|q| quote_matches(&q.text, &truth.text))
        })
        .collect()
}

/// Adds the attribution and quote-pair counts of one subject to `counts`.
pub(super) fn count(
    paired: &[Paired<'_>],
    discrepancies: &[Discrepancy],
    counts: &mut Counts,
    notes: &mut Vec<String>,
) {
    let mut statements: Vec<Statement<'_>> = Vec::new();
    for p in paired {
        let mut claimed = BTreeSet::new();
        for truth in &p.article.truth.quotes {
            let found = matching(p.source, truth);
            claimed.extend(found.iter().copied());
            attribution(p, truth, &found, counts, notes);
            if let Some(statement) = &truth.statement {
                let places = found
                    .iter()
                    .filter_map(|&i| p.source.quotes.get(i))
                    .map(|q| (p.source.slug.clone(), q.paragraph))
                    .collect();
                statements.push(Statement {
                    id: statement,
                    article: &p.article.name,
                    language: p.article.truth.language.as_deref(),
                    places,
                });
            }
        }
        for i in 0..p.source.quotes.len() {
            if claimed.contains(&i) {
                continue;
            }
            if let Said::Person(who) | Said::Stranger(who) = said(p, i) {
                counts.attributed_spurious += 1;
                let text = p.source.quotes.get(i).map_or("", |q| q.text.as_str());
                notes.push(format!(
                    "{}: {text:?} is no quote of the truth but is given to {who}",
                    p.article.name
                ));
            }
        }
    }
    pairs(&statements, &quote_clusters(discrepancies), counts, notes);
}

/// Scores the machine's attribution of one truth quote (the first attributed machine quotation
/// that matches it, else the first one).
fn attribution(
    p: &Paired<'_>,
    truth: &TruthQuote,
    found: &[usize],
    counts: &mut Counts,
    notes: &mut Vec<String>,
) {
    let named = truth.named_speaker();
    counts.quotes_named += usize::from(named.is_some());
    let machine = found
        .iter()
        .map(|&i| said(p, i))
        .find(|s| *s != Said::Nobody)
        .unwrap_or(Said::Nobody);
    let note = |what: &str| format!("{}: quote {:?} {what}", p.article.name, truth.text);
    match (&machine, named) {
        (Said::Person(who), Some(speaker)) if *who == speaker => counts.attributed_right += 1,
        (Said::Nobody, Some(speaker)) if found.is_empty() => {
            notes.push(note(&format!("(by {speaker}) is not found")));
        }
        (Said::Nobody, Some(speaker)) => {
            notes.push(note(&format!("(by {speaker}) is given to nobody")));
        }
        (Said::Nobody, None) => {}
        (Said::Person(who) | Said::Stranger(who), _) => {
            counts.attributed_wrong += 1;
            notes.push(note(&format!(
                "(by {}) is given to {who}",
                named.unwrap_or("nobody named")
            )));
        }
    }
}

/// One truth quote that has a statement id, with the machine quotations that match it.
struct Statement<'a> {
    /// The statement id.
    id: &'a str,
    /// The article's name.
    article: &'a str,
    /// The article's language, as the truth gives it.
    language: Option<&'a str>,
    /// The machine quotations (source, paragraph) that match the truth quote.
    places: BTreeSet<Place>,
}

/// Pairs of one statement's quotes in two articles, and those one cluster holds; pairs within
/// one language are also counted apart.
fn pairs(
    statements: &[Statement<'_>],
    clusters: &[BTreeSet<Place>],
    counts: &mut Counts,
    notes: &mut Vec<String>,
) {
    for (i, a) in statements.iter().enumerate() {
        for b in statements.iter().skip(i + 1) {
            if a.id != b.id || a.article == b.article {
                continue;
            }
            let same_language = a.language.is_some() && a.language == b.language;
            counts.quote_pairs += 1;
            counts.quote_pairs_same_language += usize::from(same_language);
            let together = clusters.iter().any(|c| {
                c.iter().any(|x| a.places.contains(x)) && c.iter().any(|x| b.places.contains(x))
            });
            if together {
                counts.quote_pairs_found += 1;
                counts.quote_pairs_same_language_found += usize::from(same_language);
            } else {
                notes.push(format!(
                    "statement {}: {} and {} are not put together",
                    a.id, a.article, b.article
                ));
            }
        }
    }
}
