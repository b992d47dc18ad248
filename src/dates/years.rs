//! Bare years: a four-digit number in the range of years is a year when it stands as a word of
//! its own (news text writes counts of that size with a separator: "2,000", «2 000»), unless a
//! count word follows it ("2000 troops"), a quantity or numbering word precedes it ("more than
//! 2000", "Resolution 2022"), or it is a decade, part of a longer number or a range of other
//! numbers. Glued to a sign or letter ("mid-2022", "1998-1999") it needs a date-like context.

use super::find::{year_only, BARE_YEARS};
use super::words::{
    COUNT_WORDS, NOT_YEAR_BEFORE, YEAR_CONTEXT_AFTER, YEAR_CONTEXT_BEFORE, YEAR_PAIR_OPENERS,
    YEAR_PAIR_WORDS,
};
use crate::model::{DateKind, PartialDate};

/// A four-digit number read as a year (see the module docs): on its own as a word ("2021 wurde
/// er wiedergewählt", "die 2014 annektierte Krim", "the budget for 2026") unless a quantity or
/// numbering word precedes it or "von" does without a second year after it; glued to a sign
/// only with a date-like context ("mid-2022", "(2015—2016)"); never a count ("in 2000
/// troops"), a decade ("1990-х"), a share or part of a longer number.
pub(super) fn bare_year(
    text: &str,
    start: usize,
    end: usize,
    caps: &regex::Captures<'_>,
) -> Option<(PartialDate, DateKind, bool)> {
    let date = year_only(caps, BARE_YEARS.clone())?;
    let after = &text[end..];
    if let Some(rest) = after.strip_prefix('-') {
        let suffix: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        // "2014-2016" is a span of years; other hyphenated numbers are no years.
        let span = rest.get(..4).is_some_and(is_year_word);
        if !span && !["м", "го", "й"].contains(&suffix.as_str()) {
            return None;
        }
    }
    let mut after_chars = after.chars();
    if let (Some(first), Some(second)) = (after_chars.next(), after_chars.next()) {
        if first == '%' || ([',', '.'].contains(&first) && second.is_ascii_digit()) {
            return None;
        }
    }
    let next = next_word(after);
    if COUNT_WORDS.contains(&next.as_str()) {
        return None;
    }
    let before = &text[..start];
    let context_before = match before.chars().last() {
        None => false,
        Some(c) if c.is_whitespace() => {
            YEAR_CONTEXT_BEFORE.contains(&previous_word(before).as_str())
                || ends_a_year_pair(before)
                || opens_a_year_pair(before, after)
                || ends_a_year_span(before)
        }
        Some(_) => {
            ends_with_mid(before) || ends_a_year_span(before) || ends_a_free_year_span(before)
        }
    };
    // A span of years in brackets is a term ("міністром фінансів (2015—2016)"), and so is a
    // span whose second year a year word follows ("1944-1945 років"), both its years.
    let span = bracketed_year_span(before, after)
        || span_before_year_word(after)
        || (ends_a_span(before) && YEAR_CONTEXT_AFTER.contains(&next.as_str()));
    let context_before = context_before || span;
    let glued = before.chars().last().is_some_and(|c| !c.is_whitespace());
    if glued && !context_before {
        return None;
    }
    // A word of its own is a year, unless a word before it makes it a quantity or a number of
    // something ("more than 2000", "Resolution 2022"), "von" opens no pair ("von 2000
    // Soldaten"), it is a group of a longer number ("+375 17 2020 1234") or an ordinal («2000-й
    // солдат», a year only with a year word after it).
    let previous = previous_word(before);
    let digits = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == '+');
    let counted = NOT_YEAR_BEFORE.contains(&previous.as_str())
        || (YEAR_PAIR_OPENERS.contains(&previous.as_str()) && !opens_a_year_pair(before, after))
        || digits(&previous)
        || (after.starts_with(char::is_whitespace) && digits(&next))
        || (after.starts_with('-') && !after[1..].get(..4).is_some_and(is_year_word));
    let context_before = context_before || (!glued && !counted);
    // «2026-й год», «2026-й рік»: the ordinal ending and a year word after it.
    let ordinal_year_word = after
        .strip_prefix("-й")
        .is_some_and(|rest| YEAR_CONTEXT_AFTER.contains(&next_word(rest).as_str()));
    let context_after = after.trim_start().starts_with("г.")
        || YEAR_CONTEXT_AFTER.contains(&next.as_str())
        || after.starts_with("-м")
        || after.starts_with("-го")
        || ordinal_year_word;
    (context_before || context_after).then_some((date, DateKind::Calendar, true))
}

/// True when `before` ends with a year in a date-like context and a word joining a second
/// year to it ("between 2003 and", "entre 2003 et", "zwischen 2003 und", "в 2003 и").
fn ends_a_year_pair(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let (Some(join), Some(year), Some(context)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    YEAR_PAIR_WORDS.contains(&join.to_lowercase().as_str())
        && is_year_word(year)
        && YEAR_CONTEXT_BEFORE.contains(&context.to_lowercase().as_str())
}

/// True when `before` ends with a year in a date-like context and a dash, the first year of a
/// span ("in 2014-2016", «У 1991 – 1995»).
fn ends_a_year_span(before: &str) -> bool {
    let Some(open) = before.trim_end().strip_suffix(['-', '–', '—']) else {
        return false;
    };
    let mut words = open.split_whitespace().rev();
    let (Some(year), Some(context)) = (words.next(), words.next()) else {
        return false;
    };
    is_year_word(year) && YEAR_CONTEXT_BEFORE.contains(&context.to_lowercase().as_str())
}

/// True when `before` ends with a year standing as a word of its own and a dash, the first year
/// of a span ("a 1998-1999 war"): the second year is a year too.
fn ends_a_free_year_span(before: &str) -> bool {
    let Some(open) = before.strip_suffix(['-', '–', '—']) else {
        return false;
    };
    let Some(year_at) = open.len().checked_sub(4) else {
        return false;
    };
    let (head, year) = (open.get(..year_at), open.get(year_at..));
    let free = head.is_some_and(|h| h.is_empty() || h.ends_with(char::is_whitespace))
        && !head.is_some_and(|h| NOT_YEAR_BEFORE.contains(&previous_word(h).as_str()));
    free && year.is_some_and(is_year_word)
}

/// True when the year is one end of a span of years in brackets: "(" before it and a dash and a
/// year and ")" after it, or "(", a year and a dash before it and ")" after it ("(2015—2016)").
fn bracketed_year_span(before: &str, after: &str) -> bool {
    let opens = before.ends_with('(')
        && after.strip_prefix(['-', '–', '—']).is_some_and(|rest| {
            rest.get(..4).is_some_and(is_year_word) && rest[4..].starts_with(')')
        });
    let closes = after.starts_with(')')
        && before
            .strip_suffix(['-', '–', '—'])
            .and_then(|open| {
                Some((
                    open.get(..open.len().checked_sub(4)?)?,
                    open.get(open.len() - 4..)?,
                ))
            })
            .is_some_and(|(head, year)| is_year_word(year) && head.ends_with('('));
    opens || closes
}

/// True when `before` ends with a year and a dash: what follows is a span's second year.
pub(super) fn ends_a_span(before: &str) -> bool {
    before
        .strip_suffix(['-', '–', '—'])
        .map(str::trim_end)
        .and_then(|open| open.get(open.len().checked_sub(4)?..))
        .is_some_and(is_year_word)
}

/// True when the year opens a span whose second year a year word follows ("2014-2015 років").
fn span_before_year_word(after: &str) -> bool {
    after
        .strip_prefix(['-', '–', '—'])
        .and_then(|rest| {
            rest.get(..4)
                .filter(|y| is_year_word(y))
                .map(|_| &rest[4..])
        })
        .is_some_and(|rest| YEAR_CONTEXT_AFTER.contains(&next_word(rest).as_str()))
}

/// True for a word of four digits in the range of bare years ("2003").
fn is_year_word(word: &str) -> bool {
    word.len() == 4 && word.parse::<i32>().is_ok_and(|y| BARE_YEARS.contains(&y))
}

/// True when a word opening a range stands before the year and a joining word and a second
/// year follow it ("von 1929 bis 1991"): such a word ("von") is no year context on its own.
fn opens_a_year_pair(before: &str, after: &str) -> bool {
    let opener = before
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    let mut next = after.split_whitespace();
    let (Some(join), Some(year)) = (next.next(), next.next()) else {
        return false;
    };
    let year = year.trim_end_matches(|c: char| !c.is_ascii_digit());
    YEAR_PAIR_OPENERS.contains(&opener.as_str())
        && YEAR_PAIR_WORDS.contains(&join.to_lowercase().as_str())
        && is_year_word(year)
}

/// True when `text` ends with "mid-" in any case ("mid-2022").
pub(super) fn ends_with_mid(text: &str) -> bool {
    text.len()
        .checked_sub("mid-".len())
        .and_then(|i| text.get(i..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case("mid-"))
}

/// Widens a bare year over a following "года"/"году"/"год"/"г." so that the span reads whole.
pub(super) fn extend_over_year_word(text: &str, end: usize) -> usize {
    let after = &text[end..];
    let trimmed = after.trim_start();
    let gap = after.len() - trimmed.len();
    let gap_text = &after[..gap];
    if gap_text.chars().count() > 1 || gap_text.contains('\n') {
        return end;
    }
    if trimmed.starts_with("г.") {
        return end + gap + "г.".len();
    }
    let word: String = trimmed.chars().take_while(|c| c.is_alphabetic()).collect();
    if YEAR_CONTEXT_AFTER.contains(&word.to_lowercase().as_str()) {
        end + gap + word.len()
    } else {
        end
    }
}

/// The word right before `before`'s end, lower case, without surrounding punctuation other
/// than a trailing dot or hyphen.
fn previous_word(before: &str) -> String {
    before
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_start_matches(['(', '"', '«', '“', '„', '\''])
        .to_lowercase()
}

/// The first word of `after`, lower case, punctuation trimmed.
fn next_word(after: &str) -> String {
    after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// True when `text` opens with a preposition that takes a year, then a year ("In 2018", «У 2018
/// році»): the start of a sentence.
pub fn opens_with_a_year_preposition(text: &str) -> bool {
    let mut words = text.split_whitespace();
    match (words.next(), words.next()) {
        (Some(first), Some(second)) => {
            let second = second.trim_end_matches([',', '.', ':', ';']);
            YEAR_CONTEXT_BEFORE.contains(&first.to_lowercase().as_str()) && is_year_word(second)
        }
        _ => false,
    }
}
