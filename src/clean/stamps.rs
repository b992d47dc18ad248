//! Date stamps: lines that hold nothing but a date or a time, with a label, a weekday, a time
//! zone or a name beside it ("Posted: 12.03.2024 10:30", "12 Август 2025 - 11:31 AMT",
//! "8 серпня, 2025 п'ятниця", "14:34 / 11.01.2022", "08:06"). They are page furniture: the stamp of
//! this page (its publication date, read by [`super::metadata`]) or of another story in a
//! related-news list. Either way they are not article text, so they never give an event.
//!
//! Method: the line's dates ([`crate::dates::find_dates`], relative weekdays and datelines
//! aside) and times (`hh:mm`, `hh:mm:ss`) are taken out, then the words of `stamp_words.txt`
//! (labels, weekday names, time zones); what is left must be at most three words (an author, an
//! outlet, a counter) in a line of at most twelve words, with no quotation mark, and not two
//! words in lower case with a full stop at the end (a sentence: «Он вступит в должность 9
//! декабря.»).

use std::sync::LazyLock;

use regex::Regex;

use crate::dates::{find_dates, FoundDate};
use crate::model::DateKind;

/// The reason a stamp line is removed with.
pub const STAMP_REASON: &str = "date or time stamp (of this page, or of another story)";

/// Most words a stamp line may have in all.
const MAX_WORDS: usize = 12;
/// Most words left beside the dates, times and stamp words.
const MAX_LEFT: usize = 3;

static TIME: LazyLock<Regex> = LazyLock::new(|| super::regex(r"\b\d{1,2}:\d{2}(?::\d{2})?\b"));

static STAMP_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("stamp_words.txt")).collect());

static UPDATE_LABELS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("update_labels.txt")).collect());

/// Most words of a line that is only an update label ("Останнє оновлення").
const MAX_LABEL_WORDS: usize = 3;

/// True when `text` holds an update label of `update_labels.txt`.
fn has_update_label(text: &str) -> bool {
    let lower = text.to_lowercase();
    UPDATE_LABELS.iter().any(|label| lower.contains(label))
}

/// True when the stamp line `text` dates the page's last update, not its publication: an update
/// label stands before its first date or time ("Последнее обновление: 26.11.2024 18:00"). A stamp
/// that gives the publication first keeps it ("21:29 29.12.2025 (обновлено: 21:48 29.12.2025)").
pub fn dates_an_update(text: &str) -> bool {
    let first_date = find_dates(text).first().map_or(text.len(), |d| d.start);
    let first_time = TIME.find(text).map_or(text.len(), |m| m.start());
    text.get(..first_date.min(first_time))
        .is_some_and(has_update_label)
}

/// True when `text` is only an update label, the stamp it labels on the next line ("Останнє
/// оновлення" above "28 лют. 2024 09:52").
pub fn is_update_label_line(text: &str) -> bool {
    text.split_whitespace().count() <= MAX_LABEL_WORDS
        && !text.chars().any(|c| c.is_ascii_digit())
        && has_update_label(text)
}

/// Characters that separate the items of a bar of page data ("Jan 11, 2022 • 1 hour ago •
/// < 1 minute read").
const BAR_SEPARATORS: [char; 3] = ['•', '|', '·'];
/// Most words of an item beside the stamp in such a bar.
const MAX_BAR_ITEM_WORDS: usize = 4;

/// True when `text` is a date stamp line, or a bar of short items one of which is a stamp.
pub fn is_stamp(text: &str) -> bool {
    is_plain_stamp(text) || is_stamp_bar(text)
}

/// A bar of at least two short items separated by [`BAR_SEPARATORS`], one a stamp, the others
/// of at most [`MAX_BAR_ITEM_WORDS`] words without sentence punctuation ("1 hour ago", "Join the
/// conversation").
fn is_stamp_bar(text: &str) -> bool {
    let items: Vec<&str> = text
        .split(BAR_SEPARATORS)
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .collect();
    if items.len() < 2 || super::has_quote(text) {
        return false;
    }
    let short = |i: &&str| {
        i.split_whitespace().count() <= MAX_BAR_ITEM_WORDS && !i.contains(['.', '!', '?'])
    };
    let stamps = items.iter().filter(|i| is_plain_stamp(i)).count();
    stamps >= 1 && items.iter().all(|i| is_plain_stamp(i) || short(i))
}

/// True when `text` is one date stamp (see the module documentation).
fn is_plain_stamp(text: &str) -> bool {
    if text.split_whitespace().count() > MAX_WORDS || super::has_quote(text) {
        return false;
    }
    // "In 2018": the start of a sentence (a paragraph the page cut short), not a stamp.
    if crate::dates::opens_with_a_year_preposition(text) {
        return false;
    }
    let dates = find_dates(text);
    if dates
        .iter()
        .any(|d| matches!(d.kind, DateKind::Dateline { .. }))
    {
        return false;
    }
    if runs_into_text(text, dates.first()) {
        return false;
    }
    let mut rest = text.to_string();
    let mut found = false;
    for date in dates.iter().rev() {
        if matches!(date.kind, DateKind::Weekday { .. }) {
            continue;
        }
        if let Some(span) = rest.get(date.start..date.end) {
            let blank = " ".repeat(span.len());
            rest.replace_range(date.start..date.end, &blank);
            found = true;
        }
    }
    let without_times = TIME.replace_all(&rest, " ");
    found |= without_times.len() != rest.len() || TIME.is_match(&rest);
    if !found {
        return false;
    }
    let left: Vec<&str> = without_times
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == 'ʼ' || c == '.'))
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty() && !STAMP_WORDS.contains(&w.to_lowercase().as_str()))
        .collect();
    // "Он вступит в должность 9 декабря.": words in lower case and a full stop make a sentence.
    let lower_case = left
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    let sentence = text.trim_end().ends_with('.') && lower_case >= MIN_SENTENCE_WORDS;
    left.len() <= MAX_LEFT && !sentence
}

/// Words in lower case, besides stamp words, from which a stamp-sized line that ends with a full
/// stop is a sentence.
const MIN_SENTENCE_WORDS: usize = 2;

/// Words other than stamp words after a stamp that opens a line, from which the line is text run
/// into the stamp ("date 2025-11-28 Орбан прибыл в Москву"), not a stamp with a byline ("Posted:
/// 12.03.2024 10:30 by John Smith").
const MIN_RUN_ON_WORDS: usize = 3;

/// True when a stamp opens the line and words follow it right away (not a time or a separator:
/// "8-05-2025, 20:18 / Автор: …" is a bar of page data), at least [`MIN_RUN_ON_WORDS`] of them
/// other than stamp words.
fn runs_into_text(text: &str, first_date: Option<&FoundDate>) -> bool {
    after_stamp_date(text, first_date).is_some_and(|at| {
        let rest = &text[at..];
        rest.starts_with(char::is_alphabetic)
            && rest
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
                .filter(|w| !w.is_empty() && !STAMP_WORDS.contains(&w.as_str()))
                .count()
                >= MIN_RUN_ON_WORDS
    })
}

/// Where the text after a stamp that opens a line starts, when a line opens with one and goes
/// on ("date 2025-11-13 Глава МИД: …", the stored page's date label run into its headline): a
/// date with a year and a month, with only stamp words before it.
pub fn after_leading_stamp(text: &str) -> Option<usize> {
    after_stamp_date(text, find_dates(text).first())
}

/// [`after_leading_stamp`] given the first date found in `text`.
fn after_stamp_date(text: &str, first_date: Option<&FoundDate>) -> Option<usize> {
    let date = first_date.filter(|d| d.date.year.is_some() && d.date.month.is_some())?;
    let before_is_label = text[..date.start]
        .split_whitespace()
        .all(|w| STAMP_WORDS.contains(&w.trim_matches(':').to_lowercase().as_str()));
    let rest = &text[date.end..];
    let start = date.end + (rest.len() - rest.trim_start().len());
    (before_is_label && start < text.len()).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stamp_run_into_a_headline_ends_where_the_headline_starts() {
        let line = "date 2025-11-13 Глава МИД: В 2026 году Эстония откроет посольства";
        let at = after_leading_stamp(line).expect("a leading stamp");
        assert_eq!(
            &line[at..],
            "Глава МИД: В 2026 году Эстония откроет посольства"
        );
        assert_eq!(after_leading_stamp("date 2025-11-13"), None);
        assert_eq!(
            after_leading_stamp("Talks on 13 November 2025 went well"),
            None
        );
    }

    #[test]
    fn stamps_of_many_sites_are_recognised() {
        for line in [
            "Posted: 12.03.2024 10:30",
            "12 Август 2025 - 11:31 AMT",
            "8 серпня, 2025 п'ятниця",
            "14:34 / 11.01.2022",
            "08:06",
            "by November 8, 2022",
            "21:29 29.12.2025 (обновлено: 21:48 29.12.2025)",
            "Виктория Бокий 2025-08-09 00:44:03",
            "UA.NEWS 07 Січня 2022 11:10",
            "29 декабря 2025 в 19:47",
            "Понеділок 29 грудня 2025 17:57",
            "30. Dezember 2025",
            "Jan. 6, 2022",
            "Jan 11, 2022  •  1 hour ago  •  < 1 minute read  •  Join the conversation",
            "8-05-2025, 20:18 / Автор: Артем Шах",
        ] {
            assert!(is_stamp(line), "{line}");
        }
    }

    #[test]
    fn update_stamps_are_told_from_publication_stamps() {
        assert!(dates_an_update("Последнее обновление: 26.11.2024 18:00"));
        assert!(dates_an_update("Updated: 12:05, 3 March 2024"));
        assert!(dates_an_update("Mis à jour le 12.03.2024"));
        assert!(!dates_an_update("Posted: 12.03.2024 10:30"));
        assert!(!dates_an_update(
            "21:29 29.12.2025 (обновлено: 21:48 29.12.2025)"
        ));
        assert!(is_update_label_line("Останнє оновлення  "));
        assert!(!is_update_label_line("Політика"));
        assert!(!is_update_label_line("Updated 12.03.2024"));
    }

    #[test]
    fn sentences_datelines_and_quotes_are_not_stamps() {
        for line in [
            "The ministers met in Washington on November 7 and agreed to meet again.",
            "MINSK, December 26 – RIA Novosti.",
            "\"On 7 January 2022\"",
            "Tokayev said on Friday that the order stands",
            "Read more: Trump to secure key transit route with Armenia-Azerbaijan deal",
            "Песков заявил о лишении молдаван возможности проголосовать - РИА Новости, 29.09.2025",
            "World | Politics | Sport",
            "Jan 11, 2022 • The minister resigned after the vote in parliament on Tuesday.",
            "Он вступит в должность 9 декабря.",
            "In 2018",
        ] {
            assert!(!is_stamp(line), "{line}");
        }
    }
}
