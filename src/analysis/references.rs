//! Editorial references checked against the analysed sources: every source, paragraph and
//! official an event of `content/events.yaml` names must exist.
//!
//! In: the parsed events ([`EventEntry`]), the `SourceRecord`s and the officials' slugs. Out: one
//! `Problem` per unknown reference, at the line of the value, with a "did you mean". Must not:
//! parse YAML (that is `content::events`) or change the events.

use crate::content::events::EventEntry;
use crate::error::Problem;
use crate::model::{Citation, SourceRecord};

/// Checks that every cited source and paragraph and every person exists; one problem per
/// unknown reference, naming `file` and the line of the value.
pub fn validate(
    entries: &[EventEntry],
    sources: &[SourceRecord],
    official_slugs: &[String],
    file: &str,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for entry in entries {
        for (i, citation) in entry.citations.iter().enumerate() {
            let line = entry.citation_lines.get(i).copied().unwrap_or(entry.line);
            if let Some(problem) = check_citation(citation, sources, file, line) {
                problems.push(problem);
            }
        }
        for (i, person) in entry.people.iter().enumerate() {
            if official_slugs.iter().any(|s| s == person) {
                continue;
            }
            let line = entry.people_lines.get(i).copied().unwrap_or(entry.line);
            let known: Vec<&str> = official_slugs.iter().map(String::as_str).collect();
            problems.push(Problem::at(
                file,
                Some(line),
                format!(
                    "the event {:?} names an unknown official {person:?}",
                    entry.title
                ),
                suggestion(person, &known, "official"),
            ));
        }
    }
    problems
}

fn check_citation(
    citation: &Citation,
    sources: &[SourceRecord],
    file: &str,
    line: usize,
) -> Option<Problem> {
    let Some(source) = sources.iter().find(|s| s.slug == citation.source) else {
        let known: Vec<&str> = sources.iter().map(|s| s.slug.as_str()).collect();
        return Some(Problem::at(
            file,
            Some(line),
            format!("the citation names an unknown source {:?}", citation.source),
            suggestion(&citation.source, &known, "source"),
        ));
    };
    let n = citation.paragraph?;
    if source.paragraphs.iter().any(|p| p.n == n) {
        return None;
    }
    Some(Problem::at(
        file,
        Some(line),
        format!(
            "the source {} has no paragraph {n} (it has {})",
            source.slug,
            source.paragraphs.len()
        ),
        format!(
            "cite one of {}#p1 to {}#p{}; the source page shows the numbers",
            source.slug,
            source.slug,
            source.paragraphs.len()
        ),
    ))
}

/// "did you mean X?" when a known slug is close to `wanted`, else a list of what is known.
fn suggestion(wanted: &str, known: &[&str], what: &str) -> String {
    match crate::error::closest(wanted, known.iter().copied()) {
        Some(slug) => format!("did you mean {slug}?"),
        None if known.is_empty() => format!("there is no {what} to cite yet"),
        None => {
            let mut list: Vec<&str> = known.to_vec();
            list.sort_unstable();
            let shown: Vec<&str> = list.iter().take(10).copied().collect();
            let more = if list.len() > shown.len() {
                ", …"
            } else {
                ""
            };
            format!("known {what}s: {}{more}", shown.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::events::parse;
    use crate::model::Paragraph;

    const FILE: &str = "content/events.yaml";

    fn source(slug: &str, paragraphs: usize) -> SourceRecord {
        SourceRecord::from_paragraphs(
            slug,
            (1..=paragraphs)
                .map(|n| Paragraph {
                    n,
                    line: n,
                    text: format!("Paragraph {n}."),
                })
                .collect(),
        )
    }

    #[test]
    fn validation_reports_unknown_sources_paragraphs_and_people() {
        let text = "\
- date: 2022-12-26
  title: Interview
  people: [dmitry-ryabikhin, dmitry-ryabihkin]
  citations: [tass-ryabikhin#p3, tass-ryabikhin#p9, tass-ryabikin, zerkalo-revenko]
";
        let events = parse(text, FILE).unwrap();
        let sources = [source("tass-ryabikhin", 6), source("zerkalo-revenko", 4)];
        let officials = ["dmitry-ryabikhin".to_string()];
        let problems = validate(&events, &sources, &officials, FILE);
        let got: Vec<(Option<usize>, &str, &str)> = problems
            .iter()
            .map(|p| (p.line, p.message.as_str(), p.help.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some(4),
                    "the source tass-ryabikhin has no paragraph 9 (it has 6)",
                    "cite one of tass-ryabikhin#p1 to tass-ryabikhin#p6; the source page shows \
                     the numbers"
                ),
                (
                    Some(4),
                    "the citation names an unknown source \"tass-ryabikin\"",
                    "did you mean tass-ryabikhin?"
                ),
                (
                    Some(3),
                    "the event \"Interview\" names an unknown official \"dmitry-ryabihkin\"",
                    "did you mean dmitry-ryabikhin?"
                ),
            ]
        );
        assert!(problems.iter().all(|p| p.file == FILE));
    }
}
