//! `content/notes/*.md`: editorial notes, YAML front matter followed by Markdown.

use std::path::Path;

use serde::Deserialize;

use super::{read_text_in, relative_display};
use crate::error::Problem;
use crate::model::DiscrepancyKind;
use crate::yaml::{split_front_matter, yaml_problem};

/// The front matter of a note.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NoteFront {
    /// A one-line summary, shown as the note's heading.
    pub title: String,
    /// The kind of discrepancy, which groups the note on the page (default `other`).
    pub kind: Option<DiscrepancyKind>,
    /// Slugs of the officials the note concerns.
    pub people: Vec<String>,
    /// Slugs of the sources the note concerns.
    pub sources: Vec<String>,
}

/// One editorial note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Path relative to the dossier root.
    pub file: String,
    /// Slug from the file name, used as the note's anchor.
    pub slug: String,
    /// The front matter.
    pub front: NoteFront,
    /// The Markdown body.
    pub body: String,
    /// The 1-based line of the file on which the body starts (for error messages).
    pub body_line: usize,
    /// The text of the front matter, for locating values in error messages.
    pub front_text: String,
}

impl Note {
    /// The 1-based line of the front matter that mentions `value` (for error messages).
    pub fn front_line(&self, value: &str) -> Option<usize> {
        self.front_text
            .lines()
            .position(|l| l.contains(value))
            .map(|i| i + 2)
    }
}

/// Reads every note in `content/notes/`, sorted by file name.
pub fn read_all(root: &Path, problems: &mut Vec<Problem>, warnings: &mut Vec<String>) -> Vec<Note> {
    let dir = root.join("content/notes");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    paths.sort();
    let mut notes = Vec::new();
    for path in paths {
        let file = relative_display(root, &path);
        match read_text_in(root, &path, &file, warnings).and_then(|text| parse(&text, &file)) {
            Ok(note) => match notes.iter().find(|n: &&Note| n.slug == note.slug) {
                Some(first) => problems.push(Problem::at(
                    &file,
                    None,
                    format!(
                        "this note's slug {:?} is already used by {}; both would get the same \
                         address on the discrepancy page",
                        note.slug, first.file
                    ),
                    "rename one of the two files so that their names differ in letters or digits",
                )),
                None => notes.push(note),
            },
            Err(p) => problems.push(p),
        }
    }
    notes
}

/// Parses a note's text; `file` names it in errors and gives its slug.
pub fn parse(text: &str, file: &str) -> Result<Note, Problem> {
    let stem = Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("note");
    let (front_text, body, body_line) = split_front_matter(text).ok_or_else(|| {
        Problem::at(
            file,
            Some(1),
            "the note has no front matter",
            "start the note with a line '---', then title: ..., kind: ..., then a line '---'",
        )
    })?;
    crate::yaml::check(front_text, file, 2)?;
    let front: NoteFront = serde_yaml::from_str(front_text).map_err(|e| {
        let mut p = yaml_problem(
            file,
            &e,
            "a note's front matter takes title, kind, people and sources",
        );
        p.line = p.line.map(|l| l + 1);
        p.with_excerpt(front_text, 2)
    })?;
    if front.title.trim().is_empty() {
        return Err(Problem::at(
            file,
            Some(2),
            "the note has no title",
            "add a line 'title: ...' to the front matter",
        ));
    }
    Ok(Note {
        file: file.to_string(),
        slug: crate::text::slugify(stem),
        front,
        body: body.to_string(),
        body_line,
        front_text: front_text.to_string(),
    })
}
