//! What drafting looks up in one source, indexed once per source: its officials by paragraph
//! (sorted by position), the paragraphs that have dates or quotations, its relative weekdays and
//! datelines. In: one analysed source; out: lookups that cost no scan of the whole source per
//! date, so that a paragraph full of dates is drafted in time linear in its dates (not in their
//! square).

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{DateKind, DateMention, Paragraph, SourceRecord};

/// One source's lookups (see the module doc).
pub(super) struct SourceLookup<'a> {
    /// Paragraph → (start, end, official slug) of its mentions of known officials, by start.
    named: BTreeMap<usize, Vec<(usize, usize, &'a str)>>,
    /// Paragraph → the known officials it names.
    officials: BTreeMap<usize, BTreeSet<&'a str>>,
    /// Paragraphs with a date mention.
    dated: BTreeSet<usize>,
    /// Paragraphs with a quotation.
    quoted: BTreeSet<usize>,
    /// Paragraphs (or none) with a relative weekday that was resolved.
    resolved_weekday: BTreeSet<Option<usize>>,
    /// Paragraph → its relative weekdays, each (weekday, text) once, in text order.
    weekdays: BTreeMap<usize, Vec<(u8, &'a DateMention)>>,
    /// Paragraph → (position in the source's dates, weekday, text) of its unresolved weekdays.
    unresolved: BTreeMap<usize, Vec<(usize, u8, &'a str)>>,
    /// The source's datelines, in order.
    pub(super) datelines: Vec<&'a DateMention>,
}

impl<'a> SourceLookup<'a> {
    /// Indexes `source`; only officials in `known` count (all when `known` is empty).
    pub(super) fn new(source: &'a SourceRecord, known: &BTreeSet<&str>) -> Self {
        let mut named: BTreeMap<usize, Vec<(usize, usize, &str)>> = BTreeMap::new();
        for m in &source.mentions {
            let Some(slug) = m.official.as_deref() else {
                continue;
            };
            if known.is_empty() || known.contains(slug) {
                named
                    .entry(m.paragraph)
                    .or_default()
                    .push((m.start, m.end, slug));
            }
        }
        for list in named.values_mut() {
            list.sort_by_key(|&(start, _, _)| start);
        }
        let officials = named
            .iter()
            .map(|(&p, list)| (p, list.iter().map(|&(_, _, slug)| slug).collect()))
            .collect();
        let mut lookup = SourceLookup {
            named,
            officials,
            dated: source.dates.iter().filter_map(|m| m.paragraph).collect(),
            quoted: source.quotes.iter().map(|q| q.paragraph).collect(),
            resolved_weekday: BTreeSet::new(),
            weekdays: BTreeMap::new(),
            unresolved: BTreeMap::new(),
            datelines: Vec::new(),
        };
        let mut seen: BTreeSet<(usize, u8, &str)> = BTreeSet::new();
        for (i, m) in source.dates.iter().enumerate() {
            match m.kind {
                DateKind::Weekday { weekday } => {
                    if m.inferred.is_some() {
                        lookup.resolved_weekday.insert(m.paragraph);
                    }
                    let Some(p) = m.paragraph else { continue };
                    if seen.insert((p, weekday, m.text.as_str())) {
                        lookup.weekdays.entry(p).or_default().push((weekday, m));
                    }
                    if m.inferred.is_none() {
                        let entry = (i, weekday, m.text.as_str());
                        lookup.unresolved.entry(p).or_default().push(entry);
                    }
                }
                DateKind::Dateline { .. } => lookup.datelines.push(m),
                _ => {}
            }
        }
        lookup
    }

    /// The known officials named in paragraph `p` within bytes `start..end`.
    pub(super) fn named_in(&self, p: usize, start: usize, end: usize) -> BTreeSet<String> {
        let list = self.named.get(&p).map_or(&[][..], Vec::as_slice);
        let from = list.partition_point(|&(s, _, _)| s < start);
        list[from..]
            .iter()
            .take_while(|&&(s, _, _)| s < end)
            .filter(|&&(_, e, _)| e <= end)
            .map(|&(_, _, slug)| slug.to_string())
            .collect()
    }

    /// The known officials named anywhere in paragraph `p`.
    pub(super) fn named_anywhere(&self, p: usize) -> BTreeSet<String> {
        self.officials
            .get(&p)
            .map(|set| set.iter().map(|s| s.to_string()).collect())
            .unwrap_or_default()
    }

    /// Whether paragraph `p` has a date mention.
    pub(super) fn is_dated(&self, p: usize) -> bool {
        self.dated.contains(&p)
    }

    /// Whether paragraph `p` has a quotation.
    pub(super) fn is_quoted(&self, p: usize) -> bool {
        self.quoted.contains(&p)
    }

    /// Whether paragraph `p` (or the source's undated part) has a resolved relative weekday.
    pub(super) fn has_resolved_weekday(&self, p: Option<usize>) -> bool {
        self.resolved_weekday.contains(&p)
    }

    /// The relative weekdays of paragraph `p`, each (weekday, text) once, in text order.
    pub(super) fn weekdays_of(&self, p: Option<usize>) -> &[(u8, &'a DateMention)] {
        p.and_then(|p| self.weekdays.get(&p))
            .map_or(&[][..], Vec::as_slice)
    }

    /// The unresolved relative weekdays of paragraphs `n` and `n + 1`, in the source's order.
    pub(super) fn unresolved_weekdays(&self, n: usize) -> Vec<(u8, String)> {
        let mut found: Vec<&(usize, u8, &str)> = [n, n + 1]
            .iter()
            .filter_map(|p| self.unresolved.get(p))
            .flatten()
            .collect();
        found.sort_by_key(|&&(i, _, _)| i);
        found
            .into_iter()
            .map(|&(_, weekday, text)| (weekday, text.to_string()))
            .collect()
    }
}

/// Paragraph number `n` of `source`: a binary search (paragraphs are numbered in order), else a
/// scan.
pub(super) fn paragraph(source: &SourceRecord, n: usize) -> Option<&Paragraph> {
    match source.paragraphs.binary_search_by_key(&n, |p| p.n) {
        Ok(i) => source.paragraphs.get(i),
        Err(_) => source.paragraphs.iter().find(|p| p.n == n),
    }
}
