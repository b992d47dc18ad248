//! The editor's Markdown in the site: `[[references]]` resolved against the dossier (link
//! targets), notes as discrepancies, the site's description. Problems are collected, not
//! thrown, so that one build reports them all.

use crate::error::{Error, Problem, Result};
use crate::model::{Authorship, Discrepancy, DiscrepancyKind};
use crate::render::context::Site;
use crate::render::markdown::{self, LinkTargets};
use crate::render::pages::views::source_label;
use crate::Dossier;

/// Everything a `[[reference]]` may point at.
pub(crate) fn link_targets(d: &Dossier) -> LinkTargets {
    LinkTargets {
        sources: d
            .sources
            .iter()
            .map(|s| (s.slug.clone(), (source_label(s), s.paragraphs.len())))
            .collect(),
        people: d
            .officials
            .iter()
            .map(|o| (o.slug.clone(), o.name.clone()))
            .collect(),
        notes: d.notes.iter().map(|n| n.slug.clone()).collect(),
    }
}

/// Moves the problems of a failed step into `problems` (so that the build reports them all at
/// once) and gives `None` for it; any other error stops at once.
pub(crate) fn keep_problems<T>(
    result: Result<T>,
    problems: &mut Vec<Problem>,
) -> Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(Error::Problems(mut found)) => {
            problems.append(&mut found);
            Ok(None)
        }
        Err(other) => Err(other),
    }
}

/// Editorial Markdown held in a YAML value, as HTML, its `[[references]]` resolved; `file` and
/// `first_line` locate it for error messages. Columns are left out of those messages: YAML's
/// indentation and keys shift them, so only the line is exact.
pub(crate) fn editorial_html(
    markdown: &str,
    file: &str,
    first_line: usize,
    targets: &LinkTargets,
    root: &str,
) -> Result<String> {
    markdown::resolve_wikilinks(markdown, file, first_line, targets, root)
        .map(|md| markdown::editorial_to_html(&md))
        .map_err(|problems| {
            Error::Problems(problems.into_iter().map(|p| p.with_column(None)).collect())
        })
}

/// Machine-found discrepancies followed by the editor's notes, every reference resolved.
pub(crate) fn all_discrepancies(d: &Dossier, targets: &LinkTargets) -> Result<Vec<Discrepancy>> {
    let mut problems: Vec<Problem> = Vec::new();
    let mut all = d.discrepancies.clone();
    for note in &d.notes {
        for slug in &note.front.people {
            if !targets.people.contains_key(slug) {
                problems.push(unknown_slug(
                    note,
                    slug,
                    "people",
                    "an official",
                    targets.people.keys(),
                    "use an official's slug as listed on officials.html",
                ));
            }
        }
        for slug in &note.front.sources {
            if !targets.sources.contains_key(slug) {
                problems.push(unknown_slug(
                    note,
                    slug,
                    "sources",
                    "a source",
                    targets.sources.keys(),
                    "use a source's slug (its file name without extension)",
                ));
            }
        }
        match markdown::resolve_wikilinks(&note.body, &note.file, note.body_line, targets, "") {
            Ok(body) => all.push(Discrepancy {
                id: note.slug.clone(),
                kind: note.front.kind.unwrap_or(DiscrepancyKind::Other),
                summary: note.front.title.clone(),
                minor: false,
                evidence: Vec::new(),
                diff: None,
                method: format!("editorial note ({})", note.file),
                authorship: Authorship::Editorial,
                people: note.front.people.clone(),
                sources: note.front.sources.clone(),
                body_html: Some(markdown::editorial_to_html(&body)),
            }),
            Err(mut p) => problems.append(&mut p),
        }
    }
    if problems.is_empty() {
        Ok(all)
    } else {
        Err(Error::Problems(problems))
    }
}

/// The problem of a note whose front matter `field` names `slug`, which is not `what` of this
/// dossier; `known` are the slugs it could have named.
fn unknown_slug<'a>(
    note: &crate::content::notes::Note,
    slug: &str,
    field: &str,
    what: &str,
    known: impl IntoIterator<Item = &'a String>,
    help: &str,
) -> Problem {
    Problem::at(
        &note.file,
        note.front_line(slug),
        format!(
            "{field}: {slug:?} is not {what} of this dossier{}",
            crate::error::did_you_mean(slug, known)
        ),
        help,
    )
}

pub(crate) fn site_view(
    d: &Dossier,
    targets: &LinkTargets,
    live_reload: bool,
    problems: &mut Vec<Problem>,
) -> Site {
    let c = &d.config;
    // Shown on the index only, so its links are relative to the site root.
    let description = keep_problems(
        editorial_html(
            &c.description,
            "dossier.yaml",
            c.description_line,
            targets,
            "",
        ),
        problems,
    )
    .ok()
    .flatten();
    Site {
        title: d.config.title.clone(),
        description_html: description,
        language: d.config.language.clone(),
        base_url: d
            .config
            .base_url
            .as_deref()
            .map(|u| format!("{}/", u.trim_end_matches('/'))),
        live_reload,
    }
}
