//! Sentences of a dated paragraph, cut once per paragraph (not once per date: a line full of
//! dates would be rescanned for each of them).

use std::sync::LazyLock;

use crate::model::{DateKind, DateMention, SourceRecord};

#[cfg(test)]
thread_local! {
    /// How many times a text was scanned for sentence ends on this thread (tests of growth).
    pub(super) static SCANS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// What the timeline needs of one paragraph's text, computed once for all its dates.
#[derive(Debug)]
pub(super) struct ParagraphSentences<'a> {
    /// The paragraph's text.
    pub(super) text: &'a str,
    /// Byte offsets just past each sentence end (see [`sentence_ends`]).
    ends: Vec<usize>,
    /// Byte offsets just past each dateline of the paragraph, ascending.
    datelines: Vec<usize>,
}

impl<'a> ParagraphSentences<'a> {
    /// Cuts `text`, paragraph `n` of `source`, into sentences, never inside one of its dates.
    pub(super) fn new(text: &'a str, source: &SourceRecord, n: usize) -> Self {
        let here = || source.dates.iter().filter(|m| m.paragraph == Some(n));
        let protected = merged_spans(here().map(|m| (m.start, m.end)).collect());
        let mut datelines: Vec<usize> = here()
            .filter(|m| matches!(m.kind, DateKind::Dateline { .. }))
            .map(|m| m.end)
            .collect();
        datelines.sort_unstable();
        Self {
            text,
            ends: sentence_ends(text, &protected),
            datelines,
        }
    }

    /// The sentence of `mention` as written (see [`Self::span`]).
    pub(super) fn title(&self, mention: &DateMention) -> &'a str {
        let (start, end) = self.span(mention);
        let sentence = self.text.get(start..end).unwrap_or(self.text);
        sentence
            .trim_start_matches(|c: char| c.is_whitespace() || "–—-.".contains(c))
            .trim()
    }

    /// The byte span of the sentence that holds `mention` (after a dateline: the sentence that
    /// follows it). Any dateline at the sentence's start is left out.
    pub(super) fn span(&self, mention: &DateMention) -> (usize, usize) {
        let len = self.text.len();
        let first_end_after = |at: usize| {
            let i = self.ends.partition_point(|&b| b < at);
            self.ends.get(i).copied().unwrap_or(len)
        };
        let (start, end) = if matches!(mention.kind, DateKind::Dateline { .. }) {
            let i = self.ends.partition_point(|&b| b <= mention.end);
            let end = self.ends.get(i).copied().unwrap_or(len);
            (mention.end.min(len), end)
        } else {
            let i = self.ends.partition_point(|&b| b <= mention.start);
            let start = i.checked_sub(1).map_or(0, |i| self.ends[i]);
            (start, first_end_after(mention.end))
        };
        let upto = mention.start.max(start);
        let i = self.datelines.partition_point(|&d| d <= upto);
        let start = match i.checked_sub(1).map(|i| self.datelines[i]) {
            Some(d) if d > start => d,
            _ => start,
        };
        (start, end)
    }
}

/// Spans sorted and overlapping ones joined, so that a binary search finds the one at a point.
fn merged_spans(mut spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// Whether byte `i` lies inside one of the sorted, disjoint `spans`.
fn inside(spans: &[(usize, usize)], i: usize) -> bool {
    let k = spans.partition_point(|&(s, _)| s <= i);
    k > 0 && i < spans[k - 1].1
}

/// Byte offsets just past each sentence-ending mark (`.`, `!`, `?`, `…` before whitespace), not
/// inside a protected span (sorted, disjoint), after initials ("V.") or common abbreviations.
pub(super) fn sentence_ends(text: &str, protected: &[(usize, usize)]) -> Vec<usize> {
    #[cfg(test)]
    SCANS.with(|n| n.set(n.get() + 1));
    let mut ends = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !".!?…".contains(c) {
            continue;
        }
        let after = i + c.len_utf8();
        let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        if next_is_space && !inside(protected, i) && !(c == '.' && is_abbreviation(&text[..i])) {
            ends.push(after);
        }
    }
    ends
}

/// Abbreviations whose stop ends no sentence, as written (`abbreviations.txt`).
static ABBREVIATIONS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("abbreviations.txt")).collect());

/// True when the word before a dot is an initial or an abbreviation ("V", "U.S", "Mr", "г").
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let single_capital = letters == 1 && word.chars().all(|c| c.is_uppercase() || c == '.');
    single_capital || word.contains('.') || ABBREVIATIONS.contains(&word)
}
