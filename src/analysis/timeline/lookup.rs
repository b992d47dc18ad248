//! What drafting looks up in one source, indexed once per source: its officials by paragraph
//! (sorted by position), the paragraphs that have dates or quotations, its relative weekdays and
//! datelines. In: one analysed source; out: lookups that cost no scan of the whole source per
//! date, so that a paragraph full of dates is drafted in time linear in its dates (not in their
//! square).

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::model::{DateKind, DateMention, Paragraph, SourceRecord};

#[cfg(test)]
thread_local! {
    /// How many mentions of officials the lookups examined on this thread (tests of growth).
    static VISITS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts `n` mentions examined (tests only).
fn visited(n: usize) {
    #[cfg(test)]
    VISITS.with(|v| v.set(v.get() + n));
    let _ = n;
}

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
    /// (paragraph, sentence span) → the officials it names: the dates of one sentence ask once.
    named_cache: RefCell<HashMap<(usize, usize, usize), BTreeSet<String>>>,
    /// (paragraph, sentence span) → whether the sentence speaks (see `draft`).
    speaks_cache: RefCell<HashMap<(usize, usize, usize), bool>>,
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
            named_cache: RefCell::default(),
            speaks_cache: RefCell::default(),
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

    /// The known officials named in paragraph `p` within bytes `start..end` (a sentence: each
    /// sentence is looked at once, however many dates it holds).
    pub(super) fn named_in(&self, p: usize, start: usize, end: usize) -> BTreeSet<String> {
        if let Some(found) = self.named_cache.borrow().get(&(p, start, end)) {
            return found.clone();
        }
        let found = self.named_in_uncached(p, start, end);
        self.named_cache
            .borrow_mut()
            .insert((p, start, end), found.clone());
        found
    }

    /// Whether the sentence `span` of paragraph `p` speaks, worked out by `decide` once per
    /// sentence.
    pub(super) fn speaks(
        &self,
        p: usize,
        span: (usize, usize),
        decide: impl FnOnce() -> bool,
    ) -> bool {
        let key = (p, span.0, span.1);
        if let Some(&known) = self.speaks_cache.borrow().get(&key) {
            return known;
        }
        let speaks = decide();
        self.speaks_cache.borrow_mut().insert(key, speaks);
        speaks
    }

    fn named_in_uncached(&self, p: usize, start: usize, end: usize) -> BTreeSet<String> {
        let list = self.named.get(&p).map_or(&[][..], Vec::as_slice);
        let from = list.partition_point(|&(s, _, _)| s < start);
        let within: Vec<&(usize, usize, &str)> = list[from..]
            .iter()
            .take_while(|&&(s, _, _)| s < end)
            .collect();
        visited(within.len());
        within
            .into_iter()
            .filter(|&&(_, e, _)| e <= end)
            .map(|&(_, _, slug)| slug.to_string())
            .collect()
    }

    /// The known officials named anywhere in paragraph `p`.
    pub(super) fn named_anywhere(&self, p: usize) -> BTreeSet<String> {
        let set = self.officials.get(&p);
        visited(set.map_or(0, BTreeSet::len));
        set.map(|set| set.iter().map(|s| s.to_string()).collect())
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

#[cfg(test)]
mod tests {
    use super::super::draft::source_drafts;
    use super::*;
    use crate::model::{Mention, Script};

    /// One paragraph of `n` clauses ending in `end`, each with a date and a minister's name;
    /// the source's date mentions found by the dates stage and its name mentions set by hand.
    fn long_line(n: usize, end: &str) -> SourceRecord {
        let names = ["Ivan Petrov", "Anna Smirnova", "Oleg Voronin"];
        let mut text = String::new();
        let mut mentions = Vec::new();
        for i in 0..n {
            text.push_str(&format!("On March {}, 2021 Minister ", i % 28 + 1));
            let name = names[i % names.len()];
            let start = text.len();
            text.push_str(name);
            mentions.push(Mention {
                paragraph: 1,
                start,
                end: text.len(),
                surface: name.to_string(),
                given: None,
                surname: name.to_string(),
                script: Script::Latin,
                role: None,
                official: Some(name.to_lowercase().replace(' ', "-")),
            });
            text.push_str(" said talks resumed");
            text.push_str(end);
        }
        let mut source =
            SourceRecord::from_paragraphs("long-line", Paragraph::numbered(&[text.trim_end()]));
        source.dates = crate::dates::mentions(&source.paragraphs, None);
        source.mentions = mentions;
        source
    }

    /// Drafts of a line full of dates and names: the events and the mentions examined grow with
    /// the dates (each sentence's names are looked at once), not with their square, whether the
    /// line is many sentences or one.
    #[test]
    fn a_line_of_many_dates_and_names_is_drafted_in_linear_work() {
        let work = |n: usize, end: &str| {
            let source = long_line(n, end);
            VISITS.with(|v| v.set(0));
            let drafts = source_drafts(&source, &BTreeSet::new());
            let people: usize = drafts.iter().map(|d| d.people.len()).sum();
            (VISITS.with(|v| v.get()), drafts.len(), people)
        };
        let (few_visits, few_events, few_people) = work(20, ". ");
        let (many_visits, many_events, many_people) = work(400, ". ");
        assert_eq!((few_events, many_events), (20, 400));
        assert_eq!(
            (few_people, many_people),
            (20, 400),
            "one minister per date"
        );
        assert!(
            many_visits <= few_visits * 20 + 40,
            "{few_visits} -> {many_visits} mentions examined"
        );
        // One sentence of 400 dates: every date takes the sentence's three ministers.
        let (one_visits, one_events, one_people) = work(400, "; ");
        assert_eq!((one_events, one_people), (400, 1200));
        assert!(
            one_visits <= 2 * 400,
            "{one_visits} mentions examined for 400"
        );
    }
}
