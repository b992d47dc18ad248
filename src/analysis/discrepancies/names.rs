//! Name variants: one official spelled differently by the sources.
//!
//! Method: the spellings the people stage collected for each official ([`Official::spellings`])
//! are split into surname (last word) and given names (the words before), and compared within
//! one script, case-insensitively. Two or more forms of a surname (or of a given name) in one
//! script make one item listing every form with its sources and paragraphs, and the words around
//! it. A name in Latin and in Cyrillic script ("Revenko" / "Ревенко") is one name in two
//! writing systems, not a variant: it is not reported (the official's page lists every
//! spelling). "Ryabihin" vs "Ryabikhin" (two transliterations) is reported. Limits: the surname
//! is taken to be the last word, as in "Given Surname" order.

use std::collections::{BTreeMap, BTreeSet};

use super::evidence::{evidence, excerpt_around, label_of, listed_note, paragraph_text, LISTED};
use crate::model::{
    Authorship, Citation, Discrepancy, DiscrepancyKind, Official, Script, SourceRecord,
};

/// Which part of a name is compared.
#[derive(Clone, Copy)]
enum Part {
    Surname,
    Given,
}

/// One form of a name part, with where it is used.
struct Form {
    text: String,
    /// Every use, sorted, each once.
    citations: Vec<Citation>,
}

/// One discrepancy per official, script and name part with two or more forms.
pub fn find(sources: &[SourceRecord], officials: &[Official]) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    for official in officials {
        for script in [Script::Latin, Script::Cyrillic] {
            for part in [Part::Surname, Part::Given] {
                let forms = forms_of(official, script, part);
                if forms.len() >= 2 {
                    out.push(report(sources, official, script, part, &forms));
                }
            }
        }
    }
    out
}

/// The distinct forms (case-insensitive) of one part of the official's name in one script.
fn forms_of(official: &Official, script: Script, part: Part) -> Vec<Form> {
    let mut forms: BTreeMap<String, (String, BTreeSet<&Citation>)> = BTreeMap::new();
    for spelling in official.spellings.iter().filter(|s| s.script == script) {
        let words: Vec<&str> = spelling.text.split_whitespace().collect();
        let Some((surname, given)) = words.split_last() else {
            continue;
        };
        let text = match part {
            Part::Surname => surname.to_string(),
            Part::Given if !given.is_empty() => given.join(" "),
            Part::Given => continue,
        };
        let form = forms
            .entry(text.to_lowercase())
            .or_insert_with(|| (text, BTreeSet::new()));
        form.1.extend(&spelling.citations);
    }
    let mut list: Vec<Form> = forms
        .into_values()
        .map(|(text, citations)| Form {
            text,
            citations: citations.into_iter().cloned().collect(),
        })
        .collect();
    list.sort_by(|a, b| (a.citations.first(), &a.text).cmp(&(b.citations.first(), &b.text)));
    list
}

/// How many outlets a summary names for one spelling before "…".
const SUMMARY_OUTLETS: usize = 3;

/// The discrepancy for one official, script and part.
fn report(
    sources: &[SourceRecord],
    official: &Official,
    script: Script,
    part: Part,
    forms: &[Form],
) -> Discrepancy {
    let mut id = format!("name-{}", official.slug);
    if matches!(part, Part::Given) {
        id.push_str("-given");
    }
    if script == Script::Cyrillic {
        id.push_str("-cyrillic");
    }
    let what = match part {
        Part::Surname => "surname",
        Part::Given => "given name",
    };
    let summary = forms
        .iter()
        .map(|f| {
            let slugs = source_list(&f.citations);
            // Each outlet once, and only the first few: the summary stays one line however
            // many sources use the spelling.
            let mut outlets: Vec<String> = Vec::new();
            for slug in &slugs {
                let label = label_of(sources, slug);
                if !outlets.contains(&label) {
                    outlets.push(label);
                }
                if outlets.len() > SUMMARY_OUTLETS {
                    break;
                }
            }
            let more = outlets.len() > SUMMARY_OUTLETS;
            outlets.truncate(SUMMARY_OUTLETS);
            match (slugs.len(), more) {
                (1, _) => format!("{} ({})", f.text, outlets.join(", ")),
                (n, false) if n == outlets.len() => format!("{} ({})", f.text, outlets.join(", ")),
                (n, more) => format!(
                    "{} ({n} sources: {}{})",
                    f.text,
                    outlets.join(", "),
                    if more { ", …" } else { "" }
                ),
            }
        })
        .collect::<Vec<_>>()
        .join(" vs ");
    let mut evidence_list = Vec::new();
    let slugs: BTreeSet<&str> = forms
        .iter()
        .flat_map(|f| &f.citations)
        .map(|c| c.source.as_str())
        .collect();
    for form in forms {
        for c in form.citations.iter().take(LISTED) {
            let text = crate::model::source_by_slug(sources, &c.source)
                .and_then(|s| c.paragraph.and_then(|n| paragraph_text(s, n)))
                .map(|t| excerpt_around(t, &form.text))
                .unwrap_or_else(|| form.text.clone());
            evidence_list.push(evidence(
                c.clone(),
                text,
                format!("spelling used: {}", form.text),
            ));
        }
    }
    let cut = forms.iter().any(|f| f.citations.len() > LISTED);
    Discrepancy {
        id,
        kind: DiscrepancyKind::NameVariant,
        summary,
        minor: false,
        evidence: evidence_list,
        diff: None,
        method: format!(
            "{} {what} forms of {} in {} script compared case-insensitively across the spellings the sources use (forms in different scripts are not compared){}",
            forms.len(),
            official.name,
            match script {
                Script::Latin => "Latin",
                Script::Cyrillic => "Cyrillic",
            },
            if cut { listed_note(LISTED) } else { String::new() }
        ),
        authorship: Authorship::Machine,
        people: vec![official.slug.clone()],
        sources: slugs.into_iter().map(str::to_string).collect(),
        body_html: None,
    }
}

/// The distinct source slugs of some citations, in order.
fn source_list(citations: &[Citation]) -> Vec<&str> {
    let mut seen = BTreeSet::new();
    citations
        .iter()
        .map(|c| c.source.as_str())
        .filter(|s| seen.insert(*s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn seed_like_surname_variant() {
        let (sources, officials) = seed_like();
        let found = find(&sources, &officials);
        assert_eq!(found.len(), 1, "{found:#?}");
        let d = &found[0];
        assert_eq!(d.id, "name-dmitry-ryabikhin");
        assert_eq!(
            d.summary,
            "Ryabihin (news-unrolled-ria-ryabihin) vs Ryabikhin (tass-ryabikhin)"
        );
        assert_eq!(d.sources, vec![RIA.to_string(), TASS.to_string()]);
        assert_eq!(d.evidence.len(), 5);
        assert!(
            d.evidence[0]
                .text
                .contains("declaration Dmitry Ryabihin, Deputy Head"),
            "{}",
            d.evidence[0].text
        );
        assert_eq!(d.evidence[0].label, "spelling used: Ryabihin");
    }

    #[test]
    fn same_spelling_twice_and_case_are_not_variants() {
        let o = official(
            "viktor-khrenin",
            "Viktor Khrenin",
            &[
                ("Viktor Khrenin", Script::Latin, &[("a", 1), ("b", 2)]),
                ("Khrenin", Script::Latin, &[("a", 3)]),
                ("KHRENIN", Script::Latin, &[("b", 4)]),
            ],
            &[],
        );
        assert!(find(&[], &[o]).is_empty());
    }

    #[test]
    fn latin_and_cyrillic_forms_are_not_variants() {
        let o = official(
            "valery-revenko",
            "Valery Revenko",
            &[
                ("Valery Revenko", Script::Latin, &[("a", 1)]),
                ("Валерий Ревенко", Script::Cyrillic, &[("b", 1)]),
            ],
            &[],
        );
        assert!(find(&[], &[o]).is_empty());
    }

    #[test]
    fn given_name_and_cyrillic_variants_get_their_own_ids() {
        let o = official(
            "valery-revenko",
            "Valery Revenko",
            &[
                ("Valery Revenko", Script::Latin, &[("a", 1)]),
                ("Valeriy Revenko", Script::Latin, &[("b", 1)]),
                ("Ревенко", Script::Cyrillic, &[("c", 1)]),
                ("Ревенка", Script::Cyrillic, &[("d", 1)]),
            ],
            &[],
        );
        let ids: Vec<String> = find(&[], &[o]).into_iter().map(|d| d.id).collect();
        assert_eq!(
            ids,
            vec!["name-valery-revenko-given", "name-valery-revenko-cyrillic"]
        );
    }
}
