//! Page furniture above the article that has a recognisable shape rather than a marker line:
//! a byline (a person's name alone on its line, maybe with a role in brackets) and a list of
//! other stories, each headline followed by a line that is only a date; and a link to another
//! story that a scraper ran into the end of an article line ("… im Amt. Mehr zum Thema - …");
//! after the article, a list of teasers set apart by lines that are only a dash, and headlines
//! set apart from the article by a wider run of blank lines than its paragraphs have.

use std::sync::LazyLock;

use regex::Regex;

use super::{Line, PeopleSense, RemovalKind, Verdicts};

/// A line that is only a date ("December 21, 2025", "21.12.2025", "21 декабря 2025 14:05").
static DATE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    super::regex(
        r"(?i)^(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\p{L}+\.? \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{1,2}\.? \p{L}+\.? \d{4})( (в |at |, )?\d{1,2}:\d{2})?$",
    )
});

/// The fewest dated headlines that make a list of other stories (a page's own stamp may sit
/// next to a site's "today" stamp, with the headline between them: two are no list).
const MIN_LIST: usize = 3;

/// A name line: at most four capitalised words, the first a given name (the dictionary may read it in a case form: «Юлия»), and
/// maybe a role in brackets after them ("Юлия Мискевич (Ночной линейный редактор)").
fn is_name_line(text: &str, people: &dyn PeopleSense) -> bool {
    let core = match text.split_once('(') {
        Some((name, rest)) if rest.trim_end().ends_with(')') => name.trim_end(),
        Some(_) => return false,
        None => text,
    };
    let words: Vec<&str> = core.split_whitespace().collect();
    let capitalised = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    (2..=4).contains(&words.len())
        && words.iter().all(capitalised)
        && people.is_given_name(words[0])
}

/// True for a line that is one quotation from its opening mark to its closing mark.
fn is_quotation(text: &str) -> bool {
    let closed = text.trim_end_matches(['.', '!', '?', '…']);
    super::starts_quote(text) && closed.ends_with(['"', '”', '»', '“', '\'', '’'])
}

/// Why a line of authors' names with the page's date stamp after them is removed; the
/// publication date is read from it as from a stamp.
pub(super) const BYLINE_STAMP_REASON: &str = "byline with the date stamp of this page";

/// The authors of a byline that ends in the page's date stamp ("Oleh Pavliuk, STANISLAV
/// POHORILOV Friday, 26 September 2025, 18:07"): every name before the stamp is a name line,
/// and after the stamp's date there is at most a time. A weekday that opens the stamp may be run
/// into the last name by the scraper ("POHORILOVFriday").
fn is_byline_with_stamp(text: &str, people: &dyn PeopleSense) -> bool {
    let Some(date) = crate::dates::find_dates(text)
        .into_iter()
        .find(|d| d.date.year.is_some() && d.date.day.is_some())
    else {
        return false;
    };
    let after = &text[date.end..];
    if !after
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ':' | ',' | ' '))
    {
        return false;
    }
    let mut names = text[..date.start].trim_end_matches([',', ' ']);
    for weekday in crate::lexicon::ENGLISH_WEEKDAYS.iter() {
        if let Some(bare) = names.strip_suffix(weekday) {
            names = bare.trim_end_matches([',', ' ']);
            break;
        }
    }
    !names.is_empty() && names.split(", ").all(|name| is_name_line(name, people))
}

/// Name lines before the article's first sentence of prose are bylines and credits: the
/// article names its people inside sentences. A name line under a quotation is its signature
/// and stays (a headline that quotes someone is no quotation). A line of names that ends in a
/// date stamp is the byline with the page's own date.
pub(super) fn mark_name_lines(
    lines: &[Line<'_>],
    verdicts: &mut Verdicts,
    lead: usize,
    people: &dyn PeopleSense,
) {
    for i in 0..lead.min(lines.len()) {
        let signature = i > 0 && is_quotation(lines[i - 1].text);
        if verdicts[i].is_some() || signature {
            continue;
        }
        if is_name_line(lines[i].text, people) {
            verdicts[i] = Some((
                RemovalKind::Metadata,
                "byline (a name alone on its line above the article)".to_string(),
            ));
        } else if is_byline_with_stamp(lines[i].text, people) {
            verdicts[i] = Some((RemovalKind::Metadata, BYLINE_STAMP_REASON.to_string()));
        }
    }
}

/// An author's name (maybe with an initial) joined to the outlet's code in capitals: "L.
/// Brown--BTZ", "Jane Roe/AFP".
static SIGNED_WITH_CODE: LazyLock<Regex> = LazyLock::new(|| {
    super::regex(
        r"^(\p{Lu}\.\s?)?\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+){0,3}\s*(--|/)\s*\p{Lu}{2,6}$",
    )
});

/// The last line of the article is the author's signature when it is a name line with the
/// dateline's place first ("Ташкент, Зоя Осколкова"), a name line right above the copyright
/// line ("Зоя Осколкова" / "© 2023, …"), or a name joined to the outlet's code ("L.
/// Brown--BTZ"). A name line under a quotation is the quotation's signature and stays.
pub(super) fn mark_closing_bylines(
    lines: &[Line<'_>],
    verdicts: &mut Verdicts,
    lead: usize,
    people: &dyn PeopleSense,
) {
    for i in (lead + 1..lines.len()).rev() {
        if verdicts[i].is_some() {
            continue;
        }
        let text = lines[i].text;
        // The name alone is a byline only above the copyright line; with the dateline's place
        // it is one anywhere at the end (a bare name may be a caption's, which a guess keeps).
        let (name, dateline) = match text.split_once(", ") {
            Some((place, rest)) if is_place_word(place) => (rest, true),
            _ => (text, false),
        };
        let above_copyright = lines
            .get(i + 1)
            .is_some_and(|l| l.text.starts_with('©') || l.text.starts_with("Copyright"));
        let signature = is_quotation(lines[i - 1].text);
        let with_code = SIGNED_WITH_CODE.is_match(text);
        if !signature && with_code {
            verdicts[i] = Some((
                RemovalKind::Metadata,
                "byline (a name and the outlet's code on the last line of the article)".to_string(),
            ));
        } else if !signature && (dateline || above_copyright) && is_name_line(name, people) {
            verdicts[i] = Some((
                RemovalKind::Metadata,
                "byline (a name alone on the last line of the article)".to_string(),
            ));
        }
        // Only the last line of the article can be its signature.
        break;
    }
}

/// One capitalised word: the place of a dateline ("Ташкент").
fn is_place_word(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_uppercase)
        && text.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Before the article, a line that is only a date in a chain of [`MIN_LIST`] such lines, each two
/// lines below the last (headline, date, headline, date …), is part of a list of other stories: it and the headline above it are removed (and the
/// date is no longer a stamp the publication date could be read from).
pub(super) fn mark_dated_headlines(lines: &[Line<'_>], verdicts: &mut Verdicts, header_end: usize) {
    let end = header_end.min(lines.len());
    let dated: Vec<bool> = lines[..end]
        .iter()
        .map(|l| DATE_ONLY.is_match(l.text))
        .collect();
    // The number of date lines in the chain, two lines apart, that passes through line `i`.
    let chain = |i: usize| {
        let up = (1..=i / 2).take_while(|k| dated[i - 2 * k]).count();
        let down = (1..)
            .take_while(|k| dated.get(i + 2 * k).copied().unwrap_or(false))
            .count();
        up + 1 + down
    };
    let in_list = |i: usize| dated[i] && chain(i) >= MIN_LIST;
    for i in 0..end {
        if !in_list(i) {
            continue;
        }
        for k in [i.checked_sub(1), Some(i)].into_iter().flatten() {
            // A date line of the list is taken back from the stamps: it dates another story,
            // never this page.
            let stamp = matches!(&verdicts[k], Some((_, r)) if r == super::stamps::STAMP_REASON);
            if (verdicts[k].is_none() || stamp) && (k == i || !dated[k]) {
                verdicts[k] = Some((
                    RemovalKind::Boilerplate,
                    "list of other stories with their dates before the article".to_string(),
                ));
            }
        }
    }
}

/// A link label ("Read more", "Mehr zum Thema") after the end of a sentence, then a colon or a
/// dash and the other story's headline to the end of the line.
static TRAILING_LINK: LazyLock<Regex> = LazyLock::new(|| {
    super::regex(&format!(
        r"(?i)[.!?…»\x22”)]\s+((?:{})\s*[:\-–—]\s*\S.*)$",
        *super::READ_MORE
    ))
});

/// Why a trailing link is removed, as the page lists it.
pub(super) const TRAILING_LINK_REASON: &str =
    "link to another story at the end of an article line (\"Read more: …\")";

/// Splits an article line into its article text and a link to another story run into its end,
/// if there is one: the link is page furniture, never a source of people or dates.
pub(super) fn split_trailing_link(text: &str) -> (&str, Option<&str>) {
    match TRAILING_LINK.captures(text).and_then(|c| c.get(1)) {
        Some(link) => (text[..link.start()].trim_end(), Some(link.as_str())),
        None => (text, None),
    }
}

/// Words that open an agency's name at the end of a credit line (`agency_credits.txt`).
static AGENCY_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("agency_credits.txt")).collect());

/// The agency words as a regex alternation: what `{agencies}` stands for in a pattern of the
/// line rules.
pub(super) static AGENCIES: LazyLock<String> = LazyLock::new(|| {
    AGENCY_WORDS
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
});

/// The most words of a credit line: a name of up to three words and an agency of up to three.
const CREDIT_WORDS: usize = 6;

/// True for a credit line: a given name and a surname (maybe a middle word), then the name of a
/// news or photo agency, and nothing that ends a sentence ("Иван Шилов ИА Регнум").
fn is_agency_credit(text: &str, people: &dyn PeopleSense) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > CREDIT_WORDS || super::ends_sentence(text) || super::has_quote(text) {
        return false;
    }
    let agency = words
        .iter()
        .position(|w| AGENCY_WORDS.contains(&w.to_lowercase().as_str()));
    let name_words = |w: &[&str]| {
        w.iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    matches!(agency, Some(k) if (2..=3).contains(&k) && name_words(&words[..k]))
        && people.is_given_name(words[0])
}

/// Credit lines anywhere on the page: a person's name and a news agency on a line of their own
/// ([`is_agency_credit`]). The name is the photographer's, not a person the article names.
pub(super) fn mark_agency_credits(
    lines: &[Line<'_>],
    verdicts: &mut Verdicts,
    people: &dyn PeopleSense,
) {
    for (line, verdict) in lines.iter().zip(verdicts.iter_mut()) {
        if verdict.is_none() && is_agency_credit(line.text, people) {
            *verdict = Some((
                RemovalKind::Boilerplate,
                "photo credit (a name, then a news agency)".to_string(),
            ));
        }
    }
}

/// True for a line that is only a separator mark (a dash or a bullet between teasers).
fn is_separator(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some('-' | '–' | '—' | '•' | '*' | '·' | '|')) && chars.next().is_none()
}

/// A list of other stories set apart by separator lines ("-", teaser, "-", teaser …): two or more
/// separators, each one line below the last, and the one line after the last separator. Such a
/// list is the page's teaser block, whatever its items say (a teaser may name people and quote
/// them), so it is removed even when an item reads like prose.
pub(super) fn mark_separated_list(lines: &[Line<'_>], verdicts: &mut Verdicts) {
    let mut i = 0;
    while i < lines.len() {
        let run = (0..)
            .take_while(|k| lines.get(i + 2 * k).is_some_and(|l| is_separator(l.text)))
            .count();
        if run < 2 {
            i += 1;
            continue;
        }
        let end = (i + 2 * run).min(lines.len());
        for verdict in &mut verdicts[i..end] {
            if verdict.is_none() {
                *verdict = Some((
                    RemovalKind::Boilerplate,
                    "list of other stories set apart by separator lines".to_string(),
                ));
            }
        }
        i = end;
    }
}

/// The fewest blank lines, more than the page puts between its paragraphs, that set a block of
/// the page apart from the article ([`mark_block_after_gap`]).
const WIDER_GAP: usize = 2;

/// The most lines the block after a wide gap at the end of the page may have.
const END_BLOCK_LINES: usize = 3;

/// At the end of the page, up to [`END_BLOCK_LINES`] lines that are set apart from the article by
/// a wider run of blank lines than the page's usual one (by [`WIDER_GAP`] more, at least three)
/// and of which none ends a sentence are headlines of other stories, not the article's last
/// paragraph («Филипп Киркоров покинул Россию после заведенного дела» five blank lines below the
/// article's last sentence).
pub(super) fn mark_block_after_gap(lines: &[Line<'_>], verdicts: &mut Verdicts) {
    let gaps: Vec<usize> = lines
        .windows(2)
        .map(|w| w[1].number - w[0].number - 1)
        .collect();
    let Some(usual) = most_common(&gaps) else {
        return;
    };
    let Some(k) = gaps.iter().rposition(|&g| g >= 3 && g >= usual + WIDER_GAP) else {
        return;
    };
    let block = k + 1..lines.len();
    let headlines = block.len() <= END_BLOCK_LINES
        && lines[block.clone()]
            .iter()
            .all(|l| !super::ends_sentence(l.text) && l.text.chars().count() < 150);
    if !headlines {
        return;
    }
    for verdict in &mut verdicts[block] {
        if verdict.is_none() {
            *verdict = Some((
                RemovalKind::Boilerplate,
                "headline of another story, set apart from the article by blank lines".to_string(),
            ));
        }
    }
}

/// The most common value (the smallest of equally common ones), if any.
fn most_common(values: &[usize]) -> Option<usize> {
    let mut counts = std::collections::BTreeMap::new();
    for &v in values {
        *counts.entry(v).or_insert(0usize) += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(v, n)| (n, std::cmp::Reverse(v)))
        .map(|(v, _)| v)
}

/// A line that ends in a date in digits after some words ("… на саммите СНГ 14.10.2022",
/// "… - Sputnik Казахстан, 1920, 19.03.2022").
static ENDS_WITH_DATE: LazyLock<Regex> =
    LazyLock::new(|| super::regex(r"^\S.{8,200}[\s,]\d{1,2}\.\d{1,2}\.\d{4}$"));

/// Before the article's first paragraph of prose, a line of words that ends in a date in digits
/// is the title of a picture or video (or of another story), not the article: an article's
/// sentence ends with a full stop, a standfirst does not end with a date.
pub(super) fn mark_dated_titles(lines: &[Line<'_>], verdicts: &mut Verdicts, header_end: usize) {
    for (line, verdict) in lines.iter().zip(verdicts.iter_mut()).take(header_end) {
        if verdict.is_none() && ENDS_WITH_DATE.is_match(line.text) && !super::has_quote(line.text) {
            *verdict = Some((RemovalKind::Boilerplate, DATED_TITLE_REASON.to_string()));
        }
    }
}

/// Why a title ending in a date above the article is removed ([`mark_dated_titles`]); the
/// publication date is read from the last such line when the page has no stamp.
pub(super) const DATED_TITLE_REASON: &str =
    "title of a picture, a video or another story, ending in its date, above the article";

/// The fewest headlines above a repeated title that make a list of other stories.
const HEADLINES_ABOVE_TITLE: usize = 3;

/// Headlines above the article's title that the page repeats (a list of other stories ending in
/// this story's own headline, then the headline again as the title): a run of at least
/// [`HEADLINES_ABOVE_TITLE`] short lines with no sentence's end right above the first copy, before
/// the article starts.
pub(super) fn mark_headlines_above_repeated_title(
    lines: &[Line<'_>],
    verdicts: &mut Verdicts,
    header_end: usize,
) {
    let repeated = (0..header_end.min(lines.len()))
        .find(|&i| (i + 1..lines.len()).any(|j| lines[j].text == lines[i].text));
    let Some(first_copy) = repeated else {
        return;
    };
    let headline = |l: &Line<'_>| {
        let words = l.text.split_whitespace().count();
        (3..=25).contains(&words) && !l.text.trim_end().ends_with(['.', '!', '?', ':'])
    };
    let run = (0..first_copy)
        .rev()
        .take_while(|&k| verdicts[k].is_some() || headline(&lines[k]))
        .filter(|&k| verdicts[k].is_none())
        .collect::<Vec<_>>();
    if run.len() < HEADLINES_ABOVE_TITLE {
        return;
    }
    for k in run {
        verdicts[k] = Some((
            RemovalKind::Boilerplate,
            format!(
                "a list of other stories above this story's headline (repeated at line {})",
                lines[first_copy].number
            ),
        ));
    }
}
