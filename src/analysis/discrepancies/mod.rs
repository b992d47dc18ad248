//! Discrepancies between sources, found by the machine.
//!
//! Five small detectors, each in its own module, each documenting its method and limits:
//!
//! - [`names`]: one official spelled differently (same script) across or within sources;
//! - [`quote_variants`]: one statement of one speaker worded differently by two outlets, with a
//!   word-level diff ([`alignment`] pairs the quotations once for this and the next two);
//! - [`titles`]: one official given different titles by sources of about the same time;
//! - [`dates`]: unknown publication dates, datelines or weekdays that contradict the publication
//!   date, and one statement dated differently by two sources;
//! - [`omissions`]: statements one account of an event quotes and the other leaves out.
//!
//! Every item cites source paragraphs as evidence and says in `method` how it was found. Ids are
//! stable slugs (`name-dmitry-ryabikhin`, `quote-dmitry-ryabikhin-1`, ...); the output is sorted
//! by kind, then id, so the same input always gives the same list.

pub mod alignment;
pub mod dates;
mod evidence;
pub mod names;
pub mod omissions;
pub mod quote_variants;
pub mod titles;

#[cfg(test)]
mod test_support;

use crate::model::{Discrepancy, Official, SourceRecord};

/// Every discrepancy the machine finds, sorted by kind, then id.
pub fn find(sources: &[SourceRecord], officials: &[Official]) -> Vec<Discrepancy> {
    let aligned = alignment::align(sources);
    let clusters = alignment::clusters(sources, &aligned);
    let mut found = Vec::new();
    found.extend(names::find(sources, officials));
    found.extend(quote_variants::find(sources, officials, &clusters));
    found.extend(titles::find(sources, officials));
    found.extend(dates::find(sources, &clusters));
    found.extend(omissions::find(sources, officials, &aligned));
    found.sort_by(|a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));
    found.dedup_by(|a, b| a.id == b.id);
    found
}

/// The display name of official `slug`, or the slug itself.
fn official_name<'a>(officials: &'a [Official], slug: &'a str) -> &'a str {
    crate::model::official_by_slug(officials, slug)
        .map(|o| o.name.as_str())
        .unwrap_or(slug)
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use super::*;
    use crate::model::DiscrepancyKind;

    #[test]
    fn output_is_sorted_by_kind_then_id_and_deterministic() {
        let (sources, officials) = seed_like();
        let first = find(&sources, &officials);
        let second = find(&sources, &officials);
        assert_eq!(first, second);
        let keys: Vec<(DiscrepancyKind, String)> =
            first.iter().map(|d| (d.kind, d.id.clone())).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        let ids: Vec<&str> = first.iter().map(|d| d.id.as_str()).collect();
        assert!(ids.contains(&"name-dmitry-ryabikhin"), "{ids:?}");
        assert!(ids.contains(&"quote-dmitry-ryabikhin-1"), "{ids:?}");
        assert!(ids.contains(&"title-dmitry-ryabikhin"), "{ids:?}");
        assert!(
            ids.contains(&"date-unknown-news-unrolled-ria-ryabihin"),
            "{ids:?}"
        );
        assert!(
            ids.contains(&"omission-news-unrolled-ria-ryabihin-tass-ryabikhin"),
            "{ids:?}"
        );
    }

    #[test]
    #[ignore = "prints the seed-like findings for a reviewer: cargo test -- --ignored --nocapture"]
    fn print_seed_like() {
        let (sources, officials) = seed_like();
        println!(
            "{}",
            serde_json::to_string_pretty(&find(&sources, &officials)).unwrap()
        );
    }

    #[test]
    fn empty_input_gives_nothing() {
        assert!(find(&[], &[]).is_empty());
    }
}
