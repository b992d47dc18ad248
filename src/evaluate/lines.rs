//! Line figures: article lines removed, boilerplate lines kept, and the language.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use super::figures::Counts;
use super::Paired;
use crate::text::fold;

/// Language names the machine gives, with their ISO 639-1 codes (`languages.tsv`).
static LANGUAGE_CODES: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("languages.tsv"))
        .map(|(name, code)| (fold(name), code.to_string()))
        .collect()
});

/// The reason the cleaner gives the headline, which is kept as the title (not lost).
const HEADLINE_REASON: &str = "headline";

/// Adds the boilerplate and language counts of one article to `counts`.
pub(super) fn count(p: &Paired<'_>, counts: &mut Counts, notes: &mut Vec<String>) {
    let name = &p.article.name;
    let boilerplate: BTreeSet<String> = p
        .article
        .truth
        .boilerplate
        .iter()
        .map(|l| fold(l))
        .collect();
    let raw: BTreeSet<String> = p.article.text.lines().map(fold).collect();
    // A link run into the end of an article line is listed by its own words: a line's end.
    let line_end = |b: &String| raw.iter().any(|l| l.ends_with(b.as_str()));
    for line in boilerplate.difference(&raw).filter(|b| !line_end(b)) {
        notes.push(format!(
            "{name}: truth boilerplate {line:?} is no line of the text"
        ));
    }
    counts.boilerplate_lines += p
        .article
        .text
        .lines()
        .filter(|l| boilerplate.contains(&fold(l)))
        .count();
    let headline = p
        .source
        .removed
        .iter()
        .filter(|r| r.reason == HEADLINE_REASON)
        .map(|r| fold(&r.text));
    let kept: BTreeSet<String> = p
        .source
        .paragraphs
        .iter()
        .map(|q| fold(&q.text))
        .chain(headline)
        .collect();
    for paragraph in &p.source.paragraphs {
        if boilerplate.contains(&fold(&paragraph.text)) {
            counts.boilerplate_kept += 1;
            notes.push(format!(
                "{name}: boilerplate kept as p{}: {:?}",
                paragraph.n, paragraph.text
            ));
        }
    }
    for removed in &p.source.removed {
        let text = fold(&removed.text);
        if removed.reason != HEADLINE_REASON
            && !boilerplate.contains(&text)
            && !kept.contains(&text)
        {
            counts.article_lines_removed += 1;
            notes.push(format!(
                "{name}: article line {} removed ({}): {:?}",
                removed.line, removed.reason, removed.text
            ));
        }
    }
    language(p, counts, notes);
}

/// The machine's language against the truth's.
fn language(p: &Paired<'_>, counts: &mut Counts, notes: &mut Vec<String>) {
    let Some(truth) = &p.article.truth.language else {
        return;
    };
    let machine = p.source.meta.language.value.as_deref().map(fold);
    let code = machine
        .as_ref()
        .and_then(|m| LANGUAGE_CODES.iter().find(|(n, _)| n == m))
        .map(|(_, c)| c.as_str());
    if code == Some(truth.as_str()) {
        counts.language_right += 1;
    } else {
        counts.language_wrong += 1;
        notes.push(format!(
            "{}: language {} but truth {truth}",
            p.article.name,
            machine.as_deref().unwrap_or("unknown")
        ));
    }
}
