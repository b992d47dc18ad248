//! Cleaning: boilerplate removal, with every removed line recorded with its reason, and metadata.
//!
//! In: one [`RawDocument`] and a [`PeopleSense`] (what it must know of people, from the caller).
//! Out: [`Cleaned`]. Must not: use the people stage directly, invent metadata, or read files.
//!
//! The rules are a plain table (`LINE_RULES`) of line patterns with the reason a reviewer sees,
//! plus a few rules that need context: the block after a "Latest news" marker, a numbered headline
//! list before the article, a byline just above a "Published" line, duplicates (pull quotes) and
//! truncated copies (breadcrumbs), and lines in another language than the page (`language`).
//! Heuristic rules (captions, navigation labels) never fire on a line that holds a quotation
//! mark, so that no quoted statement is cut by a guess.
//!
//! Limits: the rules are tuned on English and Russian news pages; a site with other furniture
//! needs a new row in the table. Nothing is ever dropped silently: every non-blank line ends up in
//! a paragraph or in the removed list.

mod furniture;
mod labels;
pub mod language;
pub mod metadata;
mod rules;
pub mod stamps;

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Paragraph, RawDocument, RemovalKind, RemovedLine};
use labels::PROSE_CHARS;
pub use metadata::Metadata;
use rules::{COMPILED_RULES, LINE_RULES, READ_MORE};

/// A document after cleaning.
#[derive(Debug, Clone, PartialEq)]
pub struct Cleaned {
    /// The kept paragraphs, numbered from 1.
    pub paragraphs: Vec<Paragraph>,
    /// Every other non-blank line, with the reason, in line order.
    pub removed: Vec<RemovedLine>,
    /// Title, outlet, dateline, publication date, language, each with its origin.
    pub metadata: Metadata,
}

/// Lines after which the rest of the page is a related-articles block
/// (`related_block_markers.txt`; a trailing `*` lets the line go on).
static TAIL_MARKERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("related_block_markers.txt")).collect());

/// True when the line opens a block of other stories ("See also", «Читайте также»).
fn is_tail_marker(text: &str) -> bool {
    crate::lexicon::holds(
        &TAIL_MARKERS,
        &text.trim_end_matches([':', ' ']).to_lowercase(),
    )
}
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| regex(r"^\d{1,2}\.\s+\S"));
/// Quotation marks: a line with one is never removed by a guess.
const QUOTE_MARKS: [char; 6] = ['"', '“', '”', '«', '»', '„'];
/// Compiles one of this module's constant patterns.
fn regex(pattern: &str) -> Regex {
    // The patterns are constants of this module, covered by its tests.
    Regex::new(pattern).unwrap_or_else(|e| panic!("bad built-in pattern {pattern}: {e}"))
}

/// A non-blank raw line.
#[derive(Debug, Clone)]
struct Line<'a> {
    number: usize,
    text: &'a str,
}

/// What cleaning must know of people, given by the caller: the people stage comes after
/// cleaning and implements this (`people::Recogniser`), so `clean` does not depend on it.
pub trait PeopleSense: Sync {
    /// True when the line names a person: such a line is never removed by a guess.
    fn names_someone(&self, line: &str) -> bool;
    /// True for a given name in any case form («Юлия», "Yulia"): a byline starts with one.
    fn is_given_name(&self, word: &str) -> bool;
    /// True for a country or capital city, given in lower case ("prague"): a dateline names one.
    fn is_place(&self, lower: &str) -> bool;
    /// True for a finite verb the dictionary knows, given in lower case («провели», «заявил»):
    /// a line with one is a clause, not a label.
    fn is_finite_verb(&self, lower: &str) -> bool;
}

/// Cleans one raw document; `people` tells which lines name someone.
pub fn clean(doc: &RawDocument, people: &dyn PeopleSense) -> Cleaned {
    let lines: Vec<Line<'_>> = doc
        .text
        .split('\n')
        .enumerate()
        .map(|(i, t)| Line {
            number: i + 1,
            text: t.trim(),
        })
        .filter(|l| !l.text.is_empty())
        .collect();
    let mut verdicts: Vec<Option<(RemovalKind, String)>> = vec![None; lines.len()];
    mark_tail(&lines, &mut verdicts);
    mark_line_rules(&lines, &mut verdicts, people);
    mark_stamps(&lines, &mut verdicts);
    mark_headline_list(&lines, &mut verdicts);
    furniture::mark_separated_list(&lines, &mut verdicts);
    furniture::mark_block_after_gap(&lines, &mut verdicts);
    let header_end = first_prose_line(&lines, &verdicts);
    furniture::mark_dated_headlines(&lines, &mut verdicts, header_end);
    furniture::mark_dated_titles(&lines, &mut verdicts, header_end);
    furniture::mark_headlines_above_repeated_title(&lines, &mut verdicts, header_end);
    let lead = first_sentence_line(&lines, &verdicts);
    furniture::mark_agency_credits(&lines, &mut verdicts, people);
    furniture::mark_name_lines(&lines, &mut verdicts, lead, people);
    furniture::mark_closing_bylines(&lines, &mut verdicts, lead, people);
    mark_bylines(&lines, &mut verdicts);
    mark_copies(&lines, &mut verdicts);
    labels::mark_navigation_labels(&lines, &mut verdicts, people);
    mark_title(&lines, &mut verdicts);
    language::mark_foreign_lines(&lines, &mut verdicts);

    let mut paragraphs = Vec::new();
    let mut removed = Vec::new();
    for (line, verdict) in lines.iter().zip(verdicts) {
        match verdict {
            Some((kind, reason)) => removed.push(RemovedLine {
                line: line.number,
                text: line.text.to_string(),
                kind,
                reason,
            }),
            None => {
                let (article, link) = furniture::split_trailing_link(line.text);
                paragraphs.push(Paragraph {
                    n: paragraphs.len() + 1,
                    line: line.number,
                    text: article.to_string(),
                });
                if let Some(link) = link {
                    removed.push(RemovedLine {
                        line: line.number,
                        text: link.to_string(),
                        kind: RemovalKind::Boilerplate,
                        reason: furniture::TRAILING_LINK_REASON.to_string(),
                    });
                }
            }
        }
    }
    let metadata = metadata::extract(doc, &paragraphs, &removed);
    Cleaned {
        paragraphs,
        removed,
        metadata,
    }
}

type Verdicts = [Option<(RemovalKind, String)>];

fn has_quote(text: &str) -> bool {
    text.contains(QUOTE_MARKS)
}

/// A line a guess must never remove: it holds a quotation, a recognised person, or is too long
/// to be page furniture.
fn must_keep(text: &str, people: &dyn PeopleSense) -> bool {
    has_quote(text) || text.len() > 300 || people.names_someone(text)
}

/// The fewest words of a sentence that reads as the article's prose: right after a
/// "Recommended" marker it shows the article going on under an empty widget rather than a list
/// of headlines.
const SENTENCE_AFTER_MARKER_WORDS: usize = 8;

/// Everything from the first marker of a block of other stories ("Related", «Читайте также») to
/// the page's end, unless the line after the marker is a sentence of prose, or a crosshead with
/// two paragraphs of prose after it: headlines of other stories do not end with a full stop, an
/// article going on under an empty widget does.
fn mark_tail(lines: &[Line<'_>], verdicts: &mut Verdicts) {
    // The next line that no line rule takes for furniture ("Follow us on Telegram." is none of
    // the article).
    let content_after = |i: usize| {
        lines[i + 1..]
            .iter()
            .filter(|l| !COMPILED_RULES.iter().any(|re| re.is_match(l.text)))
            .take(3)
            .collect::<Vec<_>>()
    };
    // A teaser cut with an ellipsis ("… Russia will counter the...") is no paragraph of prose.
    let prose = |l: &Line<'_>| {
        let end = l.text.trim_end();
        l.text.split_whitespace().count() >= SENTENCE_AFTER_MARKER_WORDS
            && end.ends_with(['.', '!', '?'])
            && !end.ends_with("..")
    };
    // Under an empty widget the article goes on: a sentence of prose right away, or a crosshead
    // and then two paragraphs of prose (a list of other stories puts a headline between teasers).
    let opens_block = |i: usize| match content_after(i).as_slice() {
        [next, ..] if prose(next) => false,
        [_, a, b] => !(prose(a) && prose(b)),
        _ => true,
    };
    // A block of other stories that opens the page is no tail: the article is still to come.
    let article_starts = first_sentence_line(lines, verdicts);
    // Markers before the block's start head empty widgets: the article goes on below them.
    let mut start = None;
    for i in (0..lines.len()).filter(|&i| is_tail_marker(lines[i].text)) {
        if i > article_starts && opens_block(i) {
            start = Some(i);
            break;
        }
        if verdicts[i].is_none() {
            verdicts[i] = Some((
                RemovalKind::Boilerplate,
                "heading of a block of other stories (the article goes on below)".to_string(),
            ));
        }
    }
    let Some(start) = start else {
        return;
    };
    let marker = lines[start].text;
    for (i, verdict) in verdicts.iter_mut().enumerate().skip(start) {
        *verdict = Some((
            RemovalKind::Boilerplate,
            if i == start {
                format!("start of a related-articles block ({marker:?})")
            } else {
                format!(
                    "in the related-articles block that starts at line {} ({marker:?})",
                    lines[start].number
                )
            },
        ));
    }
}

fn mark_line_rules(lines: &[Line<'_>], verdicts: &mut Verdicts, people: &dyn PeopleSense) {
    let last = lines.len().saturating_sub(1);
    for (i, (line, verdict)) in lines.iter().zip(verdicts.iter_mut()).enumerate() {
        if verdict.is_some() {
            continue;
        }
        let hit = LINE_RULES
            .iter()
            .zip(COMPILED_RULES.iter())
            .find(|(rule, re)| {
                re.find(line.text).is_some_and(|found| {
                    !(rule.spares_prose && is_prose(&line.text[..found.start()]))
                }) && !(rule.heuristic && must_keep(line.text, people))
                    && !(rule.spares_quotes && has_quote(line.text))
                    && !(rule.spares_cut_end && i == last)
            });
        if let Some((rule, _)) = hit {
            *verdict = Some((rule.kind, rule.reason.to_string()));
        }
    }
}

/// True when `text` reads as article prose rather than a caption: three sentences, or two and
/// 200 bytes (a sentence ends at a full stop, "!" or "?" followed by a space and a capital).
fn is_prose(text: &str) -> bool {
    static BOUNDARY: LazyLock<Regex> = LazyLock::new(|| regex(r"[.!?]\s+\p{Lu}"));
    let boundaries = BOUNDARY.find_iter(text).count();
    boundaries >= 2 || (boundaries == 1 && text.len() >= 200)
}

/// Date and time stamp lines ([`stamps`]), as metadata: the publication stamp is among them.
fn mark_stamps(lines: &[Line<'_>], verdicts: &mut Verdicts) {
    for (line, verdict) in lines.iter().zip(verdicts.iter_mut()) {
        if verdict.is_none() && stamps::is_stamp(line.text) {
            *verdict = Some((RemovalKind::Metadata, stamps::STAMP_REASON.to_string()));
        }
    }
}

/// The index of the first line that reads like article prose (long enough to be a paragraph).
fn first_prose_line(lines: &[Line<'_>], verdicts: &Verdicts) -> usize {
    lines
        .iter()
        .zip(verdicts)
        .position(|(l, v)| {
            v.is_none() && !NUMBERED.is_match(l.text) && l.text.chars().count() >= 150
        })
        .unwrap_or(lines.len())
}

/// The index of the first line that is a sentence of prose: at least [`PROSE_CHARS`] characters
/// ending like a sentence.
fn first_sentence_line(lines: &[Line<'_>], verdicts: &Verdicts) -> usize {
    lines
        .iter()
        .zip(verdicts)
        .position(|(l, v)| {
            v.is_none() && l.text.chars().count() >= PROSE_CHARS && ends_sentence(l.text)
        })
        .unwrap_or(lines.len())
}

/// A run of three or more numbered lines before the article starts is a headline list.
fn mark_headline_list(lines: &[Line<'_>], verdicts: &mut Verdicts) {
    let header_end = first_prose_line(lines, verdicts);
    let mut i = 0;
    while i < header_end {
        let run = lines[i..header_end]
            .iter()
            .take_while(|l| NUMBERED.is_match(l.text))
            .count();
        if run >= 3 {
            for verdict in &mut verdicts[i..i + run] {
                if verdict.is_none() {
                    *verdict = Some((
                        RemovalKind::Boilerplate,
                        "numbered headline list before the article (site navigation)".to_string(),
                    ));
                }
            }
            i += run;
        } else {
            i += 1;
        }
    }
}

/// A short line without sentence punctuation just above a publication line is a byline.
fn mark_bylines(lines: &[Line<'_>], verdicts: &mut Verdicts) {
    for i in 1..lines.len() {
        let below_is_published =
            matches!(&verdicts[i], Some((RemovalKind::Metadata, r)) if r == "publication line");
        let line = &lines[i - 1];
        if below_is_published
            && verdicts[i - 1].is_none()
            && line.text.split_whitespace().count() <= 8
            && !ends_sentence(line.text)
            && !has_quote(line.text)
        {
            verdicts[i - 1] = Some((RemovalKind::Metadata, "byline".to_string()));
        }
    }
}

/// Pull quotes (a line repeated later) and truncated copies ending in an ellipsis.
fn mark_copies(lines: &[Line<'_>], verdicts: &mut Verdicts) {
    for i in 0..lines.len() {
        if verdicts[i].is_some() {
            continue;
        }
        let text = lines[i].text;
        let later_copy = (i + 1..lines.len()).find(|&j| lines[j].text == text);
        if let Some(j) = later_copy {
            verdicts[i] = Some((
                RemovalKind::Duplicate,
                format!(
                    "repeats line {} word for word (pull quote)",
                    lines[j].number
                ),
            ));
            continue;
        }
        if let Some(stem) = text.strip_suffix("...").or_else(|| text.strip_suffix('…')) {
            let original = truncated_original(lines, i, stem.trim_end());
            if let Some(j) = original {
                verdicts[i] = Some((
                    RemovalKind::Duplicate,
                    format!(
                        "truncated copy of line {} (breadcrumb or teaser)",
                        lines[j].number
                    ),
                ));
            }
        }
    }
}

/// The other line that `stem` (a truncated text, maybe glued to a menu word) is a copy of.
fn truncated_original(lines: &[Line<'_>], at: usize, stem: &str) -> Option<usize> {
    let starts: Vec<usize> = stem.char_indices().map(|(b, _)| b).take(16).collect();
    starts.into_iter().find_map(|b| {
        let tail = &stem[b..];
        (tail.chars().count() >= 20)
            .then(|| (0..lines.len()).find(|&j| j != at && lines[j].text.contains(tail)))
            .flatten()
    })
}

/// The first remaining line is the headline when it reads like one.
fn mark_title(lines: &[Line<'_>], verdicts: &mut Verdicts) {
    let Some(i) = verdicts.iter().position(Option::is_none) else {
        return;
    };
    let text = lines[i].text;
    let words = text.split_whitespace().count();
    let more_follows = verdicts[i + 1..].iter().any(Option::is_none);
    if more_follows && (4..=30).contains(&words) && !ends_sentence(text) && !starts_quote(text) {
        verdicts[i] = Some((RemovalKind::Metadata, "headline".to_string()));
    }
}

fn ends_sentence(text: &str) -> bool {
    text.ends_with(['.', '!', '?', ':', '"', '”', '»', '…', ';'])
}

fn starts_quote(text: &str) -> bool {
    text.starts_with(['"', '“', '«', '—', '–'])
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_furniture;
#[cfg(test)]
mod tests_published;
