//! Export of the timeline as `timeline.json` and `timeline.csv`. In: the events; out: the files'
//! text. It reads only the public `Event` data, so that it can move to the render stage.

use serde::Serialize;

use super::cite;
use crate::model::{Authorship, Event, Origin, Precision};

/// One event as exported to `timeline.json`.
#[derive(Serialize)]
struct JsonEvent<'a> {
    id: &'a str,
    date: Option<String>,
    display: String,
    precision: Option<Precision>,
    approximate: bool,
    date_origin: &'a Origin,
    title: &'a str,
    description: Option<&'a str>,
    people: &'a [String],
    citations: Vec<String>,
    kind: &'a str,
    authorship: Authorship,
}

/// The events as pretty JSON for `public/timeline.json`: each with its id, date (`YYYY-MM-DD`,
/// `YYYY-MM`, `YYYY`, `MM-DD` when the year is unknown, or null), a human reading of the date,
/// precision, approximate flag, the date's origin, title, description, people, citations
/// (`slug#pN`), kind and authorship.
pub fn to_json(events: &[Event]) -> String {
    let rows: Vec<JsonEvent<'_>> = events
        .iter()
        .map(|e| JsonEvent {
            id: &e.id,
            date: e.date.map(|d| d.datetime()).filter(|d| !d.is_empty()),
            display: e.date.map_or("undated".to_string(), |d| d.display()),
            precision: e.date.and_then(|d| d.precision()),
            approximate: e.date.is_some_and(|d| d.approximate),
            date_origin: &e.date_origin,
            title: &e.title,
            description: e.description.as_deref(),
            people: &e.people,
            citations: e.citations.iter().map(cite).collect(),
            kind: &e.kind,
            authorship: e.authorship,
        })
        .collect();
    let mut json = serde_json::to_string_pretty(&rows).unwrap_or_else(|_| "[]".to_string());
    json.push('\n');
    json
}

/// The events as CSV (RFC 4180 quoting, `\n` line ends) for `public/timeline.csv`, with the
/// columns id, date, precision, approximate, title, people, sources, origin, authorship. People
/// and sources are `;`-separated; origin is `stated`, `editor: FILE`, `inferred: REASON` or
/// `unknown`.
pub fn to_csv(events: &[Event]) -> String {
    let mut out =
        String::from("id,date,precision,approximate,title,people,sources,origin,authorship\n");
    for e in events {
        let precision = match e.date.map(|d| d.precision()) {
            Some(Some(Precision::Day)) => "day",
            Some(Some(Precision::Month)) => "month",
            Some(Some(Precision::Year)) => "year",
            Some(None) => "year unknown",
            None => "",
        };
        let origin = match &e.date_origin {
            Origin::Inferred { reason } => format!("inferred: {reason}"),
            Origin::Editor { file } => format!("editor: {file}"),
            other => other.label().to_string(),
        };
        let authorship = match e.authorship {
            Authorship::Machine => "machine",
            Authorship::Editorial => "editorial",
        };
        let fields = [
            e.id.clone(),
            e.date.map(|d| d.datetime()).unwrap_or_default(),
            precision.to_string(),
            e.date.is_some_and(|d| d.approximate).to_string(),
            e.title.clone(),
            e.people.join(";"),
            e.citations.iter().map(cite).collect::<Vec<_>>().join(";"),
            origin,
            authorship.to_string(),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// Quotes a CSV field when it holds a comma, a quote, a line break or edge spaces.
/// One CSV field, quoted per RFC 4180 when needed. Titles come from untrusted source text, so a
/// field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage return
/// first) gets a leading apostrophe, the usual guard against CSV formula injection.
pub(super) fn csv_field(field: &str) -> String {
    let field = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}")
    } else {
        field.to_string()
    };
    let needs_quotes =
        field.contains([',', '"', '\n', '\r']) || field.starts_with(' ') || field.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}
