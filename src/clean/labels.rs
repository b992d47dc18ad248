//! Navigation labels: very short lines without a sentence (menu items, section names), told
//! from the article's own short lines (subheadings, signatures, datelines, crossheads).

use super::{
    ends_sentence, must_keep, Line, PeopleSense, Verdicts, QUOTE_MARKS, SENTENCE_AFTER_MARKER_WORDS,
};
use std::sync::LazyLock;

use crate::model::RemovalKind;

/// Characters from which a line ending a sentence reads as prose for [`in_the_body`].
pub(super) const PROSE_CHARS: usize = 80;
/// Characters from which any line reads as prose for [`in_the_body`] (a paragraph cut short).
const LONG_PROSE_CHARS: usize = 150;
/// Words from which a line ending in a full stop, with no label's colon, may stand above a
/// subheading for [`in_the_body`]: a short sentence of the article ("Про це пише RTS.").
const SHORT_SENTENCE_WORDS: usize = 3;
/// Words from which a line ending in a colon is a sentence that leads into what follows
/// ("За підсумками голосування Спаїч заявив:"), not a label ("Читайте також:").
const LEAD_IN_WORDS: usize = 4;

/// True when the short line `i` belongs to the article: a quotation's signature (it opens with a
/// dash, or the line above ends with a closing quotation mark), or a line between prose lines
/// (a subheading; lines already removed as furniture between are skipped) or the page's last
/// line after prose (the start of a paragraph the page cut short), unless it is a label with a
/// colon ("Автор: …") or in capitals anywhere but between prose lines ("DETAILS TO FOLLOW"
/// ends an article, "MAIN FOCUS" heads a section of one). Prose: a line of
/// [`LONG_PROSE_CHARS`], or of [`PROSE_CHARS`] that ends a sentence, or a sentence of
/// [`SENTENCE_AFTER_MARKER_WORDS`] words ending in a full stop; above a subheading not in
/// capitals, also a sentence of [`SHORT_SENTENCE_WORDS`] words without a colon. Below a
/// subheading, the page's last line counts as prose when the page cut a paragraph short there
/// ([`PROSE_CHARS`], or a digit that no label has: "In 2018"), and a sentence of
/// [`LEAD_IN_WORDS`] words ending in a colon counts when prose follows it, and so
/// does a list item of more than [`SENTENCE_AFTER_MARKER_WORDS`] words (a summary under "In Short").
/// A question ("What Belgium says") with prose below it heads that prose wherever it stands.
fn in_the_body(lines: &[Line<'_>], i: usize, removed: &[bool]) -> bool {
    let text = lines[i].text;
    let is_prose = |l: &Line<'_>| {
        let n = l.text.chars().count();
        let words = l.text.split_whitespace().count();
        n >= LONG_PROSE_CHARS
            || (n >= PROSE_CHARS && ends_sentence(l.text))
            || (words >= SENTENCE_AFTER_MARKER_WORDS && l.text.trim_end().ends_with('.'))
    };
    // A short sentence of the article ("Про це пише RTS.") may stand right above a subheading.
    let short_sentence = |j: Option<usize>| {
        j.and_then(|j| lines.get(j)).is_some_and(|l| {
            l.text.split_whitespace().count() >= SHORT_SENTENCE_WORDS
                && l.text.trim_end().ends_with('.')
                && !l.text.contains(':')
        })
    };
    // The nearest line on each side that is not already removed as furniture.
    let kept_before = (0..i).rev().find(|&j| !removed[j]);
    let kept_after = (i + 1..lines.len()).find(|&j| !removed[j]);
    let prose = |j: Option<usize>| j.and_then(|j| lines.get(j)).is_some_and(is_prose);
    let after_quote = |j: Option<usize>| {
        j.and_then(|j| lines.get(j))
            .is_some_and(|l| l.text.ends_with(['"', '”', '»']))
    };
    let short = |j: Option<usize>| {
        j.and_then(|j| lines.get(j))
            .is_some_and(|l| l.text.split_whitespace().count() <= 3)
    };
    // A signature is a name, maybe followed by a title line ("Name" / "Head of State").
    let signature = text.starts_with(['–', '—'])
        || after_quote(i.checked_sub(1))
        || (short(i.checked_sub(1)) && after_quote(i.checked_sub(2)));
    let shouted = text.chars().filter(|c| c.is_alphabetic()).count() > 1
        && !text.chars().any(char::is_lowercase);
    let above = prose(kept_before) || (!shouted && short_sentence(kept_before));
    // The page's last line, cut short in the middle of a paragraph.
    let cut_end = |j: Option<usize>| {
        j.filter(|&j| j + 1 == lines.len()).is_some_and(|j| {
            let t = lines[j].text;
            t.chars().count() >= PROSE_CHARS || t.chars().any(|c| c.is_ascii_digit())
        })
    };
    // A sentence ending in a colon that leads into the prose below it.
    let lead_in = |j: Option<usize>| {
        j.is_some_and(|j| {
            let t = lines[j].text;
            t.trim_end().ends_with(':')
                && t.split_whitespace().count() >= LEAD_IN_WORDS
                && prose((j + 1..lines.len()).find(|&k| !removed[k]))
        })
    };
    // A list of summary sentences ("- Dan aims for a coalition government …") under its label.
    let summary_list = |j: Option<usize>| {
        j.and_then(|j| lines.get(j)).is_some_and(|l| {
            LIST_MARKS.iter().any(|m| l.text.starts_with(m))
                && l.text.split_whitespace().count() > SENTENCE_AFTER_MARKER_WORDS
        })
    };
    let below =
        prose(kept_after) || cut_end(kept_after) || lead_in(kept_after) || summary_list(kept_after);
    let between = above && (i + 1 == lines.len() || below);
    // A question heads the answer the article gives below it («Що говорить Бельгія»).
    let question = below && is_question(text);
    // A line in capitals is a subheading only between prose ("MAIN FOCUS"); after the
    // article's last words it is a notice ("DETAILS TO FOLLOW").
    let subheading = between && !(shouted && i + 1 == lines.len());
    ((signature && !shouted) || subheading || question) && !text.contains(':')
}

/// Marks that open an item of a list ("- ", "• ").
const LIST_MARKS: [&str; 4] = ["- ", "• ", "* ", "· "];

/// Question words (`question_words.txt`), lower case.
static QUESTION_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("question_words.txt")).collect());

/// True when the line opens with a question word ("What next", «Що говорить Бельгія»).
fn is_question(text: &str) -> bool {
    text.split_whitespace()
        .next()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .is_some_and(|w| crate::lexicon::holds(&QUESTION_WORDS, &w))
}

/// Very short lines without punctuation (menu items, section labels) are navigation, unless
/// they belong to the article ([`in_the_body`]).
pub(super) fn mark_navigation_labels(
    lines: &[Line<'_>],
    verdicts: &mut Verdicts,
    people: &dyn PeopleSense,
) {
    // Lines already removed as furniture (a copy of a paragraph is still the article's text),
    // labels in lower case (an image's alt text: «допис Сіярто»), which head nothing, and lines
    // of quotation marks alone (a lone «, which opens the line after it).
    let removed: Vec<bool> = lines
        .iter()
        .zip(verdicts.iter())
        .map(|(line, v)| {
            matches!(
                v,
                Some((RemovalKind::Boilerplate | RemovalKind::Metadata, _))
            ) || (v.is_none() && is_lower_case_label(line.text))
                || line.text.chars().all(|c| QUOTE_MARKS.contains(&c))
        })
        .collect();
    for (i, (line, verdict)) in lines.iter().zip(verdicts.iter_mut()).enumerate() {
        let words = line.text.split_whitespace().count();
        if verdict.is_none()
            && words <= 3
            && !ends_sentence(line.text)
            && !line.text.chars().any(|c| c.is_ascii_digit())
            && !must_keep(line.text, people)
            && !is_dateline(line.text, people)
            && !is_clause(line.text, people)
            && !in_the_body(lines, i, &removed)
        {
            *verdict = Some((
                RemovalKind::Boilerplate,
                "short label without a sentence (navigation or section name)".to_string(),
            ));
        }
    }
}

/// True for a short line with a finite verb («Провели тайное голосование»): a crosshead that
/// says what happened, where a navigation label names a section or an action («Политика»,
/// «Подписаться»).
fn is_clause(text: &str, people: &dyn PeopleSense) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(|w| !w.is_empty() && people.is_finite_verb(&w.to_lowercase()))
}

/// True for a dateline on a line of its own: a country or capital in capitals ("PRAGUE"), which
/// begins the article's report, where a navigation label would be written in lower case.
fn is_dateline(text: &str, people: &dyn PeopleSense) -> bool {
    let place = text.trim_end_matches([',', ' ', '—', '–', '-']);
    let shouted = place.chars().any(char::is_alphabetic) && !place.chars().any(char::is_lowercase);
    shouted && !place.contains(char::is_whitespace) && people.is_place(&place.to_lowercase())
}

/// True for a label of at most three words that starts in lower case and ends no sentence.
fn is_lower_case_label(text: &str) -> bool {
    text.split_whitespace().count() <= 3
        && text.chars().next().is_some_and(char::is_lowercase)
        && !ends_sentence(text)
}
