//! Long list pages in parts. The timeline, the discrepancies and the officials' and sources'
//! indexes each fit on one page up to [`PAGE_ENTRIES_MAX`] entries, and are then split by a key
//! (the year, the kind, the first letter of the name), a key with more entries than that into
//! numbered parts: the list's own page becomes a small overview linking the parts. Every part is
//! a file at the site root (`timeline-2022.html`, `discrepancies-date-2.html`), so the links of
//! the pages it holds stay as they are.
//!
//! In: the entries' keys in display order; out: the parts and, for the timeline and the
//! discrepancies (which other pages link into by anchor), which file holds each item
//! ([`Layout`]). A list that is not split has no parts, and every item is on the list's page.

use std::collections::{BTreeMap, HashMap};

use crate::model::{Discrepancy, DiscrepancyKind, Event, Official, SourceRecord};
use crate::render::context::PartLink;
use crate::render::pages::views::by_date;

/// The most entries (events, discrepancies, officials, sources) one list page holds; a longer
/// list is split into parts of at most this many.
pub(crate) const PAGE_ENTRIES_MAX: usize = 300;

/// One part of a split list page: its link, and the indices of its entries in the list.
#[derive(Debug, Clone)]
pub(crate) struct Part {
    /// Its file, key and numbers.
    pub(crate) link: PartLink,
    /// The entries it holds, as indices into the list, in order.
    pub(crate) entries: Vec<usize>,
}

/// Splits a list into parts when it has more than [`PAGE_ENTRIES_MAX`] entries: one part per
/// key (file `STEM-KEY.html`), a key with more entries in numbered parts (`STEM-KEY-2.html`).
/// `groups` gives each key (safe in a file name) with its entries' indices, in display order.
/// Nothing when the list fits on one page.
pub(crate) fn split(stem: &str, groups: Vec<(String, Vec<usize>)>) -> Vec<Part> {
    let total: usize = groups.iter().map(|(_, entries)| entries.len()).sum();
    if total <= PAGE_ENTRIES_MAX {
        return Vec::new();
    }
    let mut parts = Vec::new();
    for (key, entries) in groups {
        let chunks: Vec<&[usize]> = entries.chunks(PAGE_ENTRIES_MAX).collect();
        let count = chunks.len();
        for (i, chunk) in chunks.into_iter().enumerate() {
            let href = match i {
                0 => format!("{stem}-{key}.html"),
                _ => format!("{stem}-{key}-{}.html", i + 1),
            };
            let link = PartLink {
                href,
                key: key.clone(),
                number: i + 1,
                parts: count,
                count: chunk.len(),
            };
            parts.push(Part {
                link,
                entries: chunk.to_vec(),
            });
        }
    }
    parts
}

/// Entries grouped by key, the groups in order of their first entry.
fn grouped(keys: impl Iterator<Item = String>) -> Vec<(String, Vec<usize>)> {
    let mut order: Vec<(String, Vec<usize>)> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for (i, key) in keys.enumerate() {
        let slot = *at.entry(key.clone()).or_insert_with(|| {
            order.push((key, Vec::new()));
            order.len() - 1
        });
        order[slot].1.push(i);
    }
    order
}

/// The key of a year, or `undated` when it is not known.
fn year_key(year: Option<i32>) -> String {
    year.map_or_else(|| "undated".to_string(), |y| y.to_string())
}

/// A discrepancy kind's name as the templates know it (`name_variant`, `date`).
pub(crate) fn kind_key(kind: DiscrepancyKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{kind:?}").to_lowercase())
}

/// The timeline's parts: by year, events whose year is not known last (`undated`).
pub(crate) fn event_parts(events: &[Event]) -> Vec<Part> {
    let keys = events.iter().map(|e| year_key(e.date.and_then(|d| d.year)));
    split("timeline", grouped(keys))
}

/// The discrepancies' parts: by kind, in the order of [`DiscrepancyKind`].
pub(crate) fn discrepancy_parts(discrepancies: &[Discrepancy]) -> Vec<Part> {
    let mut kinds: BTreeMap<DiscrepancyKind, Vec<usize>> = BTreeMap::new();
    for (i, x) in discrepancies.iter().enumerate() {
        kinds.entry(x.kind).or_default().push(i);
    }
    let groups = kinds
        .into_iter()
        .map(|(kind, entries)| (kind_key(kind), entries))
        .collect();
    split("discrepancies", groups)
}

/// The officials index's parts: by the first letter of the name in ASCII (`a` … `z`),
/// names that start otherwise last (`other`). The entries index `officials`.
pub(crate) fn official_parts(officials: &[Official]) -> Vec<Part> {
    let letter = |o: &Official| {
        crate::text::slugify(&o.name)
            .chars()
            .next()
            .filter(char::is_ascii_lowercase)
            .map(String::from)
    };
    let mut letters: BTreeMap<(bool, String), Vec<usize>> = BTreeMap::new();
    for (i, o) in officials.iter().enumerate() {
        let key = letter(o).map_or((true, "other".to_string()), |l| (false, l));
        letters.entry(key).or_default().push(i);
    }
    let groups = letters
        .into_iter()
        .map(|((_, key), entries)| (key, entries))
        .collect();
    split("officials", groups)
}

/// The sources index's parts: by year of publication, in publication order ([`by_date`]),
/// sources whose year is not known last (`undated`). The entries index `by_date(sources)`.
pub(crate) fn source_parts(sources: &[SourceRecord]) -> Vec<Part> {
    let keys = by_date(sources)
        .into_iter()
        .map(|s| year_key(s.meta.published.value.and_then(|d| d.year)));
    split("sources", grouped(keys))
}

/// Where the items that other pages link into are: which part of the timeline holds each
/// event, which part of the discrepancies each item. Built once per build, before any page.
#[derive(Debug, Default)]
pub(crate) struct Layout {
    /// The timeline's parts; empty when it is one page.
    pub(crate) events: Vec<Part>,
    /// The discrepancies' parts; empty when they are one page.
    pub(crate) discrepancies: Vec<Part>,
    /// Event id → the file that holds it, when the timeline is split.
    event_file: HashMap<String, String>,
    /// Discrepancy id → the file that holds it, when the discrepancies are split.
    discrepancy_file: HashMap<String, String>,
}

impl Layout {
    /// The layout of these events and discrepancies (the machine's and the editor's).
    pub(crate) fn new(events: &[Event], discrepancies: &[Discrepancy]) -> Layout {
        let event_parts = event_parts(events);
        let discrepancy_parts = discrepancy_parts(discrepancies);
        Layout {
            event_file: files(&event_parts, |i| events[i].id.clone()),
            discrepancy_file: files(&discrepancy_parts, |i| discrepancies[i].id.clone()),
            events: event_parts,
            discrepancies: discrepancy_parts,
        }
    }

    /// The link from a page `root` away from the site root to an event on the timeline.
    pub(crate) fn event_href(&self, id: &str, root: &str) -> String {
        let file = self
            .event_file
            .get(id)
            .map_or("timeline.html", String::as_str);
        format!("{root}{file}#{id}")
    }

    /// The link from a page `root` away from the site root to a discrepancy.
    pub(crate) fn discrepancy_href(&self, id: &str, root: &str) -> String {
        let file = self
            .discrepancy_file
            .get(id)
            .map_or("discrepancies.html", String::as_str);
        format!("{root}{file}#{id}")
    }
}

/// The pages of a list of `count` entries split into `parts` (none when it fits on one page):
/// its own page at `path` (every entry, or none when split: then it is the overview linking the
/// parts), and one page per part. `build` makes a page's data from its path, its entries
/// (indices into the list) and its part.
pub(crate) fn list_pages<T>(
    path: &str,
    count: usize,
    parts: &[Part],
    build: impl Fn(&str, &[usize], Option<&PartLink>) -> T,
) -> Vec<(String, T)> {
    let all: Vec<usize> = if parts.is_empty() {
        (0..count).collect()
    } else {
        Vec::new()
    };
    let mut pages = vec![(path.to_string(), build(path, &all, None))];
    for part in parts {
        let href = &part.link.href;
        pages.push((href.clone(), build(href, &part.entries, Some(&part.link))));
    }
    pages
}

/// The links of `parts`, for the navigation between them.
pub(crate) fn links(parts: &[Part]) -> Vec<PartLink> {
    parts.iter().map(|p| p.link.clone()).collect()
}

/// Item id → the file of the part that holds it.
fn files(parts: &[Part], id: impl Fn(usize) -> String) -> HashMap<String, String> {
    parts
        .iter()
        .flat_map(|part| {
            part.entries
                .iter()
                .map(|&i| (id(i), part.link.href.clone()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_list_is_not_split() {
        let groups = vec![("2020".to_string(), (0..PAGE_ENTRIES_MAX).collect())];
        assert!(split("timeline", groups).is_empty());
    }

    #[test]
    fn a_long_list_is_split_by_key_and_a_long_key_is_numbered() {
        let n = PAGE_ENTRIES_MAX;
        let groups = vec![
            ("2020".to_string(), (0..2 * n + 1).collect()),
            ("undated".to_string(), vec![2 * n + 1]),
        ];
        let parts = split("timeline", groups);
        let files: Vec<(&str, usize, usize, usize)> = parts
            .iter()
            .map(|p| {
                let l = &p.link;
                (l.href.as_str(), l.number, l.parts, l.count)
            })
            .collect();
        assert_eq!(
            files,
            [
                ("timeline-2020.html", 1, 3, n),
                ("timeline-2020-2.html", 2, 3, n),
                ("timeline-2020-3.html", 3, 3, 1),
                ("timeline-undated.html", 1, 1, 1),
            ]
        );
        assert_eq!(parts[1].entries.first(), Some(&n));
    }

    #[test]
    fn groups_keep_the_order_of_their_first_entry() {
        let keys = ["2021", "2021", "2023", "undated"].map(str::to_string);
        let groups = grouped(keys.into_iter());
        let order: Vec<(&str, &[usize])> = groups
            .iter()
            .map(|(k, e)| (k.as_str(), e.as_slice()))
            .collect();
        assert_eq!(
            order,
            [
                ("2021", &[0, 1][..]),
                ("2023", &[2][..]),
                ("undated", &[3][..])
            ]
        );
    }

    #[test]
    fn kinds_are_named_as_the_templates_name_them() {
        assert_eq!(kind_key(DiscrepancyKind::NameVariant), "name_variant");
    }
}
