//! `content/events.yaml`: editorial timeline events.
//!
//! The file is a YAML list; each event has a `date` in the editor format of
//! [`crate::dates::parse_editor_date`] (`2022-12-26`, `2021-11`, `2020`, `~2021-11`, `about
//! 2021-11`), a `title`, an optional `description`, the `people` involved (official slugs) and
//! the `citations` that support it (`tass-ryabikhin#p3` for a paragraph, `tass-ryabikhin` for a
//! whole source; at least one):
//!
//! ```yaml
//! - date: ~2021-11
//!   title: NATO suspends relations with Belarus
//!   people: [valery-revenko]
//!   citations: [zerkalo-revenko#p3]
//! ```
//!
//! [`parse`] checks the shape (YAML, dates, citation syntax) and reports the first problem with
//! its file and line. Whether a cited source, paragraph or person exists can only be checked
//! once the sources are read: [`crate::analysis::references::validate`] does that and reports
//! every problem.
//!
//! Lines of values are found by searching the text of the event's own list item for the value
//! as written; serde gives no positions for values that parse, so a value repeated elsewhere in
//! the same item may be reported on its first occurrence.

use serde::Deserialize;

use crate::dates::parse_editor_date;
use crate::error::Problem;
use crate::model::{Citation, PartialDate};
use crate::slug::Slug;
use crate::yaml::yaml_problem;

/// One editorial event as written in `content/events.yaml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventEntry {
    /// The date, parsed.
    pub date: PartialDate,
    /// The date as the editor wrote it.
    pub date_text: String,
    /// A one-line title.
    pub title: String,
    /// Longer description (plain text), when given.
    pub description: Option<String>,
    /// Slugs of the officials involved.
    pub people: Vec<String>,
    /// Sources and paragraphs supporting the event, in the order written.
    pub citations: Vec<Citation>,
    /// The file the event comes from, relative to the dossier root.
    pub file: String,
    /// 1-based line of the event's list item.
    pub line: usize,
    /// 1-based line of each person, parallel to `people`.
    pub people_lines: Vec<usize>,
    /// 1-based line of each citation, parallel to `citations`.
    pub citation_lines: Vec<usize>,
}

/// The fields as read by serde, before checking.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    date: serde_yaml::Value,
    title: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    people: Vec<String>,
    #[serde(default)]
    citations: Vec<String>,
}

const HELP_SHAPE: &str = "content/events.yaml is a list of events, each with date, title, \
     description (optional), people (optional list of official slugs) and citations (a list \
     such as [tass-ryabikhin#p3, zerkalo-revenko])";

/// Parses `content/events.yaml`; `file` names it in errors.
pub fn parse(text: &str, file: &str) -> Result<Vec<EventEntry>, Problem> {
    let raw: Option<Vec<RawEntry>> = serde_yaml::from_str(text)
        .map_err(|e| yaml_problem(file, &e, HELP_SHAPE).with_excerpt(text, 1))?;
    let raw = raw.unwrap_or_default();
    let items = item_lines(text);
    let lines: Vec<&str> = text.lines().collect();
    raw.into_iter()
        .enumerate()
        .map(|(i, entry)| {
            let first = items.get(i).copied().unwrap_or(1);
            let last = items.get(i + 1).map_or(lines.len(), |next| next - 1);
            let item = ItemText {
                lines: &lines,
                first,
                last,
            };
            check_entry(entry, &item, file)
        })
        .collect()
}

/// The lines of one list item, to locate values in.
struct ItemText<'a> {
    lines: &'a [&'a str],
    /// 1-based first line of the item.
    first: usize,
    /// 1-based last line of the item.
    last: usize,
}

impl ItemText<'_> {
    /// The 1-based line of the first occurrence of `value` in the item, else the item's line.
    fn line_of(&self, value: &str) -> usize {
        if value.is_empty() {
            return self.first;
        }
        (self.first..=self.last)
            .find(|&n| {
                self.lines
                    .get(n - 1)
                    .is_some_and(|line| line.contains(value))
            })
            .unwrap_or(self.first)
    }

    /// The 1-based line of `key:` in the item, else the item's line.
    fn line_of_key(&self, key: &str) -> usize {
        let wanted = format!("{key}:");
        (self.first..=self.last)
            .find(|&n| {
                self.lines.get(n - 1).is_some_and(|line| {
                    line.trim_start()
                        .trim_start_matches('-')
                        .trim_start()
                        .starts_with(&wanted)
                })
            })
            .unwrap_or(self.first)
    }
}

/// 1-based lines where the top-level list items start: lines beginning with "-" at the smallest
/// indentation used by such lines (comments and blank lines ignored).
fn item_lines(text: &str) -> Vec<usize> {
    let dashes: Vec<(usize, usize)> = text
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let trimmed = line.trim_start();
            let is_item = trimmed == "-" || trimmed.starts_with("- ");
            is_item.then(|| (i + 1, line.len() - trimmed.len()))
        })
        .collect();
    let Some(indent) = dashes.iter().map(|&(_, indent)| indent).min() else {
        return Vec::new();
    };
    dashes
        .into_iter()
        .filter(|&(_, i)| i == indent)
        .map(|(line, _)| line)
        .collect()
}

fn check_entry(raw: RawEntry, item: &ItemText<'_>, file: &str) -> Result<EventEntry, Problem> {
    let date_text =
        match &raw.date {
            serde_yaml::Value::String(s) => s.clone(),
            serde_yaml::Value::Number(n) => n.to_string(),
            _ => return Err(Problem::at(
                file,
                Some(item.line_of_key("date")),
                "the date must be text such as 2022-12-26, 2021-11 or 2020",
                "write the date as YYYY, YYYY-MM or YYYY-MM-DD, with ~ in front when approximate",
            )),
        };
    let date = parse_editor_date(&date_text).map_err(|message| {
        Problem::at(
            file,
            Some(item.line_of_key("date")),
            message,
            "write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022-12-26; put ~ in front \
             (quoted: \"~2021-11\") for an approximate date",
        )
    })?;
    let title = raw.title.trim().to_string();
    if title.is_empty() {
        return Err(Problem::at(
            file,
            Some(item.line_of_key("title")),
            "the event has an empty title",
            "give the event a one-line title in your own words",
        ));
    }
    if raw.citations.is_empty() {
        return Err(Problem::at(
            file,
            Some(item.first),
            format!("the event {title:?} cites no source"),
            "add citations: [SOURCE-SLUG#pN] naming the paragraphs that support the event",
        ));
    }
    let mut citations = Vec::new();
    let mut citation_lines = Vec::new();
    for text in &raw.citations {
        let line = item.line_of(text);
        let citation = text.parse::<Citation>().map_err(|message| {
            Problem::at(
                file,
                Some(line),
                message.to_string(),
                "cite a paragraph as SOURCE-SLUG#pN (e.g. tass-ryabikhin#p3) or a whole source \
                 as SOURCE-SLUG",
            )
        })?;
        citations.push(citation);
        citation_lines.push(line);
    }
    let mut people = Vec::new();
    let mut people_lines = Vec::new();
    for person in &raw.people {
        let slug = person.trim();
        if !Slug::is_valid(slug) {
            return Err(Problem::at(
                file,
                Some(item.line_of(person)),
                format!("{person:?} is not an official's slug"),
                "name people by their slug: lower-case letters, digits and dashes, e.g. \
                 dmitry-ryabikhin",
            ));
        }
        people.push(slug.to_string());
        people_lines.push(item.line_of(slug));
    }
    Ok(EventEntry {
        date,
        date_text,
        title,
        description: raw
            .description
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty()),
        people,
        citations,
        file: file.to_string(),
        line: item.first,
        people_lines,
        citation_lines,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "content/events.yaml";

    const GOOD: &str = "\
# Editorial events
- date: \"~2021-11\"
  title: NATO suspends relations with Belarus
  people: [valery-revenko]
  citations:
    - zerkalo-revenko#p3

- date: 2020
  title: A year-only event
  description: |
    Two lines
    of text.
  citations: [gdc-belokonev]
";

    #[test]
    fn parses_events_with_their_lines() {
        let events = parse(GOOD, FILE).unwrap();
        assert_eq!(events.len(), 2);
        let first = &events[0];
        assert_eq!(first.date, parse_editor_date("~2021-11").unwrap());
        assert!(first.date.approximate);
        assert_eq!(first.line, 2);
        assert_eq!(first.people, ["valery-revenko"]);
        assert_eq!(first.people_lines, [4]);
        assert_eq!(
            first.citations,
            [Citation {
                source: "zerkalo-revenko".into(),
                paragraph: Some(3)
            }]
        );
        assert_eq!(first.citation_lines, [6]);
        assert_eq!(first.file, FILE);
        let second = &events[1];
        assert_eq!(second.date_text, "2020");
        assert_eq!(second.line, 8);
        assert_eq!(second.description.as_deref(), Some("Two lines\nof text."));
        assert_eq!(second.citations[0].paragraph, None);
        assert_eq!(second.citation_lines, [13]);
    }

    #[test]
    fn empty_file_has_no_events() {
        assert!(parse("", FILE).unwrap().is_empty());
        assert!(parse("# nothing yet\n", FILE).unwrap().is_empty());
    }

    #[test]
    fn bad_input_names_the_line() {
        let cases: &[(&str, usize, &str)] = &[
            (
                "- date: 2021-13\n  title: x\n  citations: [a#p1]\n",
                1,
                "month 13",
            ),
            (
                "- date: 2022-12-26\n  title: x\n  citations: [a#p1]\n- title: y\n  date: 26 Dec\n  citations: [a]\n",
                5,
                "cannot read the date",
            ),
            (
                "- date: 2022-12-26\n  title: x\n  citations:\n    - a#p1\n    - tass#3\n",
                5,
                "after # write p",
            ),
            (
                "- date: 2022-12-26\n  title: x\n  citations: [a#p0]\n",
                3,
                "paragraph number from 1",
            ),
            (
                "- date: 2022-12-26\n  title: x\n  citations: [Tass Report]\n",
                3,
                "is not a source slug",
            ),
            (
                "- date: 2022-12-26\n  title: x\n",
                1,
                "cites no source",
            ),
            (
                "- date: 2022-12-26\n  title: x\n  people: [Dmitry Ryabikhin]\n  citations: [a]\n",
                3,
                "is not an official's slug",
            ),
            (
                "- date: 2022-12-26\n  title: x\n  citatons: [a]\n",
                3,
                "unknown field",
            ),
            ("- date: [2022\n", 2, "cannot read the YAML"),
        ];
        for (text, line, message) in cases {
            let problem = parse(text, FILE).unwrap_err();
            assert_eq!(problem.file, FILE);
            assert_eq!(problem.line, Some(*line), "{text:?}: {problem}");
            assert!(problem.message.contains(message), "{text:?}: {problem}");
        }
    }
}
