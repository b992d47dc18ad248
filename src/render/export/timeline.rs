//! The timeline's data exports: `timeline.json` and `timeline.csv`, from the analysed events
//! (in the order the timeline gives them). They only format; nothing is decided here.

use serde::Serialize;

use crate::analysis::timeline::cite;
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

/// One CSV field, quoted per RFC 4180 when needed. Titles come from untrusted source text, so a
/// field that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or carriage return
/// first) gets a leading apostrophe, the usual guard against CSV formula injection.
fn csv_field(field: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Citation, PartialDate};

    /// An editorial event dated "about November 2021" by the editor, and an undated publication.
    fn sample_events() -> Vec<Event> {
        let cited = |n| Citation {
            source: "zerkalo-revenko".to_string(),
            paragraph: Some(n),
        };
        vec![
            Event {
                id: "2021-11-nato-suspends".to_string(),
                date: Some(PartialDate {
                    year: Some(2021),
                    month: Some(11),
                    day: None,
                    approximate: true,
                }),
                date_origin: Origin::Editor {
                    file: "content/events.yaml".to_string(),
                },
                title: "NATO suspends relations with Belarus, by NATO's own decision".to_string(),
                description: None,
                people: vec!["valery-revenko".to_string()],
                citations: vec![cited(1), cited(3)],
                authorship: Authorship::Editorial,
                kind: "editorial".to_string(),
            },
            Event {
                id: "undated-zerkalo-revenko".to_string(),
                date: None,
                date_origin: Origin::Unknown,
                title: "zerkalo-revenko is published".to_string(),
                description: None,
                people: Vec::new(),
                citations: vec![Citation {
                    source: "zerkalo-revenko".to_string(),
                    paragraph: None,
                }],
                authorship: Authorship::Machine,
                kind: "publication".to_string(),
            },
        ]
    }

    #[test]
    fn csv_fields_cannot_become_spreadsheet_formulas() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-2+3"), "'-2+3");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("plain, text"), "\"plain, text\"");
        assert_eq!(csv_field("2022-12-26"), "2022-12-26");
    }

    #[test]
    fn exports_quote_properly() {
        let events = sample_events();
        let csv = to_csv(&events);
        let mut lines = csv.lines();
        assert_eq!(
            lines.next(),
            Some("id,date,precision,approximate,title,people,sources,origin,authorship")
        );
        assert!(csv.contains(
            "2021-11,month,true,\"NATO suspends relations with Belarus, by NATO's own \
             decision\",valery-revenko,zerkalo-revenko#p1;zerkalo-revenko#p3,editor: content/events.yaml,\
             editorial\n"
        ));
        assert_eq!(csv_field("say \"hi\", twice"), "\"say \"\"hi\"\", twice\"");
        assert_eq!(csv_field("a\nb"), "\"a\nb\"");
        assert_eq!(csv_field("plain"), "plain");
        let json: serde_json::Value = serde_json::from_str(&to_json(&events)).unwrap();
        let first = &json[0];
        assert_eq!(first["date"], "2021-11");
        assert_eq!(first["display"], "about November 2021");
        assert_eq!(first["approximate"], true);
        assert_eq!(first["precision"], "month");
        assert_eq!(first["date_origin"]["kind"], "editor");
        assert_eq!(json[1]["date"], serde_json::Value::Null);
    }
}
