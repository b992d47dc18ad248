//! Builders shared by the tests of quotation detection (`quotes::tests`, `tests_speech`,
//! `tests_discourse`, `attribution::title_reference::tests`): paragraphs and mentions made by
//! hand, and the summary of what `detect` found.
//!
//! In: made-up text. Out: `Paragraph`s and `Mention`s as recognition would give them. Must not:
//! hold assertions (each test says what it expects).

use crate::model::{Mention, Paragraph, Script};
use crate::quotes::detect;

/// Paragraph `n` (also its line) with `text`.
pub(crate) fn para(n: usize, text: &str) -> Paragraph {
    Paragraph {
        n,
        line: n,
        text: text.to_string(),
    }
}

/// Paragraphs numbered from 1, one for each text.
pub(crate) fn ps(texts: &[&str]) -> Vec<Paragraph> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| para(i + 1, t))
        .collect()
}

/// A mention of `surface` (its `nth` occurrence, 0-based) in paragraph `p`, with its role: the
/// last word is the surname, a first word before it the given name.
pub(crate) fn mention_nth(p: &Paragraph, surface: &str, nth: usize, role: Option<&str>) -> Mention {
    let start = p
        .text
        .match_indices(surface)
        .nth(nth)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("{surface} not in p{}", p.n));
    let surname = surface.split_whitespace().last().unwrap_or(surface);
    let given = surface
        .split_whitespace()
        .next()
        .filter(|g| *g != surname)
        .map(str::to_string);
    Mention {
        official: None,
        paragraph: p.n,
        start,
        end: start + surface.len(),
        surface: surface.to_string(),
        given,
        surname: surname.to_string(),
        script: if crate::text::has_cyrillic(surface) {
            Script::Cyrillic
        } else {
            Script::Latin
        },
        role: role.map(str::to_string),
    }
}

/// A mention of the first occurrence of `surface` in paragraph `p`, with its role.
pub(crate) fn mention(p: &Paragraph, surface: &str, role: Option<&str>) -> Mention {
    mention_nth(p, surface, 0, role)
}

/// (quoted text, surface of the speaker) of each quote `detect` finds.
pub(crate) fn said(ps: &[Paragraph], ms: &[Mention]) -> Vec<(String, Option<String>)> {
    detect(ps, ms)
        .into_iter()
        .map(|q| (q.text, q.speaker_mention.map(|m| ms[m].surface.clone())))
        .collect()
}
