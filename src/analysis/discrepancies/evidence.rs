//! Small helpers shared by the detectors: excerpts and citations.

use crate::model::{Citation, Evidence, SourceRecord};

/// Words kept on each side of a name in an excerpt.
const CONTEXT_WORDS: usize = 6;

/// How many entries an item lists for one form, wording or date (and how many wordings it
/// lists): the first ones; the item's sources (and the official's page) give the rest, so that an
/// item quoted by thousands of sources stays a readable size.
pub(super) const LISTED: usize = 20;

/// The words a method ends with when an item's lists were cut at `listed` entries.
pub(super) fn listed_note(listed: usize) -> String {
    format!("; each list stops after {listed} entries, the item's sources name every source")
}

/// How a source is named in summaries and labels: its outlet, else its slug.
pub(super) fn label(source: &SourceRecord) -> String {
    source
        .meta
        .outlet
        .value
        .clone()
        .unwrap_or_else(|| source.slug.clone())
}

/// The label of the source with slug `slug` (the slug itself when it is not among `sources`).
pub(super) fn label_of(sources: &[SourceRecord], slug: &str) -> String {
    crate::model::source_by_slug(sources, slug)
        .map(label)
        .unwrap_or_else(|| slug.to_string())
}

/// A citation of paragraph `paragraph` of `source`.
pub(super) fn cite(source: &str, paragraph: usize) -> Citation {
    Citation {
        source: source.to_string(),
        paragraph: Some(paragraph),
    }
}

/// The text of paragraph `n` of `source`, when it exists.
pub(super) fn paragraph_text(source: &SourceRecord, n: usize) -> Option<&str> {
    source
        .paragraphs
        .iter()
        .find(|p| p.n == n)
        .map(|p| p.text.as_str())
}

/// The words around the first occurrence of `needle` in `text` (a few words each side, with
/// "…" where cut), or the start of `text` when `needle` is not in it.
pub(super) fn excerpt_around(text: &str, needle: &str) -> String {
    let Some(at) = text.find(needle) else {
        return first_words(text, 2 * CONTEXT_WORDS);
    };
    let end = at + needle.len();
    let spans: Vec<(usize, usize)> = word_spans(text);
    let before: Vec<&(usize, usize)> = spans.iter().filter(|s| s.1 <= at).collect();
    let after: Vec<&(usize, usize)> = spans.iter().filter(|s| s.0 >= end).collect();
    let from = before
        .len()
        .checked_sub(CONTEXT_WORDS)
        .and_then(|k| before.get(k))
        .map(|s| s.0);
    let to = after.get(CONTEXT_WORDS - 1).map(|s| s.1);
    let slice_from = from.unwrap_or(0);
    let slice_to = to.unwrap_or(text.len());
    let mut out = String::new();
    if from.is_some() && slice_from > 0 {
        out.push('…');
    }
    out.push_str(text.get(slice_from..slice_to).unwrap_or(needle));
    if slice_to < text.len() {
        out.push('…');
    }
    out
}

/// Byte spans of the white-space separated words of `text`.
fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

/// The first `n` words of `text`, with "…" when cut.
pub(super) fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words[..words.len().min(n)].join(" ");
    if words.len() > n {
        out.push('…');
    }
    out
}

/// A piece of evidence.
pub(super) fn evidence(
    citation: Citation,
    text: impl Into<String>,
    label: impl Into<String>,
) -> Evidence {
    Evidence {
        citation,
        text: text.into(),
        label: label.into(),
        diff: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_keep_a_few_words_each_side() {
        let text = "one two three four five six seven eight Ryabihin, Deputy Head of the Department of International Cooperation";
        assert_eq!(
            excerpt_around(text, "Ryabihin"),
            "…three four five six seven eight Ryabihin, Deputy Head of the Department of…"
        );
        assert_eq!(
            excerpt_around("Ryabihin said.", "Ryabihin"),
            "Ryabihin said."
        );
        assert_eq!(excerpt_around("a b", "zzz"), "a b");
    }
}
