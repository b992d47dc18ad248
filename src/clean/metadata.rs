//! Metadata: title, outlet, original outlet, dateline, publication date and language, each with
//! where it came from. The editor's sidecar overrides whatever the text gives; a value neither
//! gives stays unknown.

use std::sync::LazyLock;

use regex::Regex;

use crate::dates;
use crate::model::{
    DateKind, Fact, Origin, Paragraph, PartialDate, RawDocument, RemovalKind, RemovedLine,
};

/// A source's metadata, each value with its origin.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    /// The headline.
    pub title: Fact<String>,
    /// The outlet that published this copy.
    pub outlet: Fact<String>,
    /// The outlet this copy republishes.
    pub original_outlet: Fact<String>,
    /// The dateline's place.
    pub dateline: Fact<String>,
    /// The publication date.
    pub published: Fact<PartialDate>,
    /// The language name.
    pub language: Fact<String>,
}

/// "MINSK, December 26 – RIA Novosti." or "MINSK, December 26. /TASS/."
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    super::regex(
        r"^(?P<place>[A-ZА-ЯЁ][A-ZА-ЯЁ\-]+(?: [A-ZА-ЯЁ][A-ZА-ЯЁ\-]+)?),\s+[^.–—/]{3,30}?(?:\s*[–—-]\s*(?P<agency>[A-ZА-ЯЁ][\w ]{1,30}?)\.|\.\s*/(?P<agency2>[^/]{2,30})/\.)",
    )
});
static BLURB_SITE: LazyLock<Regex> = LazyLock::new(|| {
    super::regex(
        r"(?i)\b(?:author|editor|journalist|writer|reporter) for (?P<site>[A-Z][\w&' ]{1,40}?)(?:,| - | – |\.)",
    )
});
static COPYRIGHT_OUTLET: LazyLock<Regex> =
    LazyLock::new(|| super::regex(r"^©\s*\d{4},?\s*(?P<outlet>[^.©]{2,40})\."));
static SOURCE_LINE: LazyLock<Regex> =
    LazyLock::new(|| super::regex(r"(?i)^(?:source|источник|крыніца):\s*(?P<outlet>.+)$"));
static BYLINE_NOISE: LazyLock<Regex> =
    LazyLock::new(|| super::regex(r"(?i)^(?:by\s+|agencies and\s+|agencies,\s*)|\s+[A-Z]{3,}$"));

/// Extracts the metadata of one cleaned document, applying its sidecar last.
pub fn extract(doc: &RawDocument, paragraphs: &[Paragraph], removed: &[RemovedLine]) -> Metadata {
    let (dateline, agency) = find_dateline(paragraphs);
    let (outlet, original_outlet) = outlets(removed, agency);
    let mut meta = Metadata {
        title: title(removed, paragraphs),
        outlet,
        original_outlet,
        published: published(removed, paragraphs),
        dateline,
        language: super::language::detect(paragraphs),
    };
    if let (Some(sidecar), Some(file)) = (&doc.sidecar, &doc.sidecar_path) {
        let editor = || Origin::Editor { file: file.clone() };
        override_with(&mut meta.title, &sidecar.title, editor());
        override_with(&mut meta.outlet, &sidecar.outlet, editor());
        override_with(
            &mut meta.original_outlet,
            &sidecar.republished_from,
            editor(),
        );
        override_with(&mut meta.language, &sidecar.language, editor());
        if let Some(date) = sidecar
            .published
            .as_deref()
            .and_then(|d| dates::parse_editor_date(d).ok())
        {
            meta.published = Fact::known(date, editor());
        }
    }
    meta
}

fn override_with(fact: &mut Fact<String>, value: &Option<String>, origin: Origin) {
    if let Some(v) = value.as_ref().filter(|v| !v.trim().is_empty()) {
        *fact = Fact::known(v.trim().to_string(), origin);
    }
}

fn stated_line(line: &RemovedLine) -> Origin {
    Origin::Stated {
        paragraph: None,
        line: line.line,
        evidence: line.text.clone(),
    }
}

fn stated_paragraph(p: &Paragraph, evidence: &str) -> Origin {
    Origin::Stated {
        paragraph: Some(p.n),
        line: p.line,
        evidence: evidence.to_string(),
    }
}

fn title(removed: &[RemovedLine], paragraphs: &[Paragraph]) -> Fact<String> {
    if let Some(line) = removed.iter().find(|r| r.reason == "headline") {
        let origin = Origin::Stated {
            paragraph: None,
            line: line.line,
            evidence: String::new(),
        };
        // The stored page's date label run into the headline is no part of it.
        let text = super::stamps::after_leading_stamp(&line.text)
            .map_or(&line.text[..], |at| &line.text[at..]);
        return Fact::known(text.to_string(), origin);
    }
    let Some(first) = paragraphs.first() else {
        return Fact::unknown();
    };
    let sentence = first_sentence(&first.text);
    Fact::known(
        sentence.to_string(),
        Origin::Inferred {
            reason: "the text has no headline; this is the first sentence of p1".to_string(),
        },
    )
}

/// The first sentence of `text` (up to and including its full stop), or the whole text.
fn first_sentence(text: &str) -> &str {
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_space = chars.peek().is_some_and(|(_, n)| n.is_whitespace());
        if matches!(c, '.' | '!' | '?') && next_is_space && i > 20 {
            return &text[..i + c.len_utf8()];
        }
    }
    text
}

/// The dateline's place, and the news agency it names, from the first paragraphs.
fn find_dateline(paragraphs: &[Paragraph]) -> (Fact<String>, Option<Fact<String>>) {
    for p in paragraphs.iter().take(3) {
        if let Some(caps) = DATELINE.captures(&p.text) {
            let whole = caps.get(0).map_or("", |m| m.as_str());
            let place = caps.name("place").map_or("", |m| m.as_str()).to_string();
            let agency = caps
                .name("agency")
                .or_else(|| caps.name("agency2"))
                .map(|m| Fact::known(m.as_str().trim().to_string(), stated_paragraph(p, whole)));
            return (Fact::known(place, stated_paragraph(p, whole)), agency);
        }
    }
    (Fact::unknown(), None)
}

/// The outlet of this copy and the original outlet it republishes, from the text.
fn outlets(removed: &[RemovedLine], agency: Option<Fact<String>>) -> (Fact<String>, Fact<String>) {
    let from_line = |re: &Regex, group: &str| {
        removed.iter().find_map(|r| {
            re.captures(&r.text)
                .and_then(|c| c.name(group))
                .map(|m| Fact::known(m.as_str().trim().to_string(), stated_line(r)))
        })
    };
    let byline = removed
        .iter()
        .find(|r| r.kind == RemovalKind::Metadata && r.reason == "byline")
        .map(|r| {
            let name = BYLINE_NOISE.replace_all(&r.text, "").trim().to_string();
            Fact::known(name, stated_line(r))
        })
        .filter(|f| f.value.as_deref().is_some_and(|v| !v.is_empty()));
    let site = from_line(&BLURB_SITE, "site")
        .or(byline)
        .or_else(|| from_line(&COPYRIGHT_OUTLET, "outlet"));
    let credited = agency.or_else(|| from_line(&SOURCE_LINE, "outlet"));
    match (site, credited) {
        (Some(site), Some(original)) if site.value != original.value => (site, original),
        (Some(site), _) => (site, Fact::unknown()),
        (None, Some(original)) => (original, Fact::unknown()),
        (None, None) => (Fact::unknown(), Fact::unknown()),
    }
}

/// The publication date: a "Published" line (or a "Published"/"date" label in the first
/// paragraphs), else the last date stamp before the body, else a stamp that is the page's foot,
/// else the date that ends a picture's title above the article ("… - Sputnik, 1920,
/// 19.03.2022"), else a dateline that gives a year, else
/// the copyright year as an inference. A dateline's day without a year leaves it unknown.
fn published(removed: &[RemovedLine], paragraphs: &[Paragraph]) -> Fact<PartialDate> {
    for line in removed {
        for found in dates::find_dates(&line.text) {
            if found.kind == DateKind::Published {
                return Fact::known(found.date, stated_line(line));
            }
        }
    }
    for p in paragraphs.iter().take(3) {
        for found in dates::find_dates(&p.text) {
            if found.kind == DateKind::Published {
                return Fact::known(found.date, stated_paragraph(p, &found.text));
            }
        }
    }
    if let Some(fact) = stamp_before_body(removed, paragraphs)
        .or_else(|| stamp_at_foot(removed, paragraphs))
        .or_else(|| dated_title(removed))
    {
        return fact;
    }
    for p in paragraphs.iter().take(3) {
        for found in dates::find_dates(&p.text) {
            // A dateline without a year is a day, not a publication date.
            if matches!(found.kind, DateKind::Dateline { .. }) && found.date.year.is_some() {
                return Fact::known(found.date, stated_paragraph(p, &found.text));
            }
        }
    }
    for line in removed {
        for found in dates::find_dates(&line.text) {
            if found.kind == DateKind::Copyright {
                return Fact::known(
                    found.date,
                    Origin::Inferred {
                        reason: format!(
                            "from the copyright notice {:?} (line {}); the text gives no other date",
                            found.text, line.line
                        ),
                    },
                );
            }
        }
    }
    Fact::unknown()
}

/// Characters from which a paragraph is body text: date stamps above it are the page's own.
const BODY_CHARS: usize = 150;

/// The first date with a year of the last date stamp line above the body (the first paragraph of
/// [`BODY_CHARS`] characters or more). Stamps above it belong to this page; a site's "today"
/// stamp comes first, the story's own stamp last, next to the headline. When that last stamp
/// gives only a time ("13:04"), the stamps right above it (no other line between) may give its
/// date; a stamp further up, above navigation, is the site's clock, not this story's date.
/// Stamps below the body are other stories' and are never read.
fn stamp_before_body(
    removed: &[RemovedLine],
    paragraphs: &[Paragraph],
) -> Option<Fact<PartialDate>> {
    let body = paragraphs
        .iter()
        .find(|p| p.text.chars().count() >= BODY_CHARS)
        .map_or(usize::MAX, |p| p.line);
    let is_stamp = |r: &RemovedLine| {
        (r.reason == super::stamps::STAMP_REASON
            || r.reason == super::furniture::BYLINE_STAMP_REASON)
            && r.line < body
            && !dates_an_update(r, removed, paragraphs)
    };
    let last = removed.iter().rposition(is_stamp)?;
    // The stamp lines that run up from the last one without another line between them.
    let mut first = last;
    while first > 0
        && is_stamp(&removed[first - 1])
        && adjacent(&removed[first - 1], &removed[first], removed, paragraphs)
    {
        first -= 1;
    }
    removed[first..=last].iter().rev().find_map(stamp_date)
}

/// True when the stamp line `r` dates the page's last update, not its publication: its label
/// says so, or the line right above it is only an update label ("Останнє оновлення" /
/// "28 лют. 2024 09:52"). An update is never read as the publication date.
fn dates_an_update(r: &RemovedLine, removed: &[RemovedLine], paragraphs: &[Paragraph]) -> bool {
    let labelled_above = removed
        .iter()
        .rev()
        .find(|above| above.line < r.line)
        .is_some_and(|above| {
            super::stamps::is_update_label_line(&above.text)
                && adjacent(above, r, removed, paragraphs)
        });
    super::stamps::dates_an_update(&r.text) || labelled_above
}

/// A year run into the time after it ("26 февраля 202515:44": the page lost the space).
static YEAR_GLUED_TO_TIME: LazyLock<Regex> =
    LazyLock::new(|| super::regex(r"\b(\d{4})(\d{1,2}:\d{2})\b"));

/// The first date of a stamp line that gives at least a year and a month, as stated there (a
/// year run into the time after it read apart from it).
fn stamp_date(line: &RemovedLine) -> Option<Fact<PartialDate>> {
    dates::find_dates(&YEAR_GLUED_TO_TIME.replace_all(&line.text, "$1 $2"))
        .into_iter()
        .find(|d| d.date.year.is_some() && d.date.month.is_some())
        .map(|d| Fact::known(d.date, stated_line(line)))
}

/// True when no other non-blank line of the page stands between the lines `a` and `b`.
fn adjacent(
    a: &RemovedLine,
    b: &RemovedLine,
    removed: &[RemovedLine],
    paragraphs: &[Paragraph],
) -> bool {
    let between = |line: usize| a.line < line && line < b.line;
    !removed.iter().any(|r| between(r.line)) && !paragraphs.iter().any(|p| between(p.line))
}

/// The date of a stamp that closes the page right under the article's last paragraph, with
/// nothing else removed below the article: the page's own stamp at its foot ("16 July 2020
/// 17:55"). A stamp among other removed lines below the article may date another story and is not
/// read.
fn stamp_at_foot(removed: &[RemovedLine], paragraphs: &[Paragraph]) -> Option<Fact<PartialDate>> {
    let last_paragraph = paragraphs.last()?.line;
    let mut below = removed.iter().filter(|r| r.line > last_paragraph);
    let stamp = below.next()?;
    if below.next().is_some()
        || stamp.reason != super::stamps::STAMP_REASON
        || dates_an_update(stamp, removed, paragraphs)
    {
        return None;
    }
    stamp_date(stamp)
}

/// The date that ends the last picture or video title above the article, on a page with no
/// stamp of its own: such a title carries the page's date (a stamp, when there is one, wins).
fn dated_title(removed: &[RemovedLine]) -> Option<Fact<PartialDate>> {
    let line = removed
        .iter()
        .rev()
        .find(|r| r.reason == super::furniture::DATED_TITLE_REASON)?;
    dates::find_dates(&line.text)
        .into_iter()
        .rev()
        .find(|d| d.date.year.is_some() && d.date.day.is_some())
        .map(|d| Fact::known(d.date, stated_line(line)))
}
