//! `dossier new DIR`: scaffold a new dossier with example content.
//!
//! Writes a small, complete dossier: settings, one made-up example article with its sidecar, an
//! empty registry and timeline with commented examples, one editorial note that cites the
//! article, and a `.gitignore` for the output.
//!
//! It never overwrites or loses anything: it refuses a folder that exists and is not empty, and
//! creates each file with `create_new`, so that even a file appearing meanwhile is left alone.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Problem};

/// The files of a new dossier: path relative to the dossier folder, and content.
pub const FILES: [(&str, &str); 7] = [
    ("dossier.yaml", DOSSIER_YAML),
    (".gitignore", GITIGNORE),
    ("content/sources/example-article.txt", EXAMPLE_ARTICLE),
    ("content/sources/example-article.yaml", EXAMPLE_SIDECAR),
    ("content/officials.yaml", OFFICIALS_YAML),
    ("content/events.yaml", EVENTS_YAML),
    ("content/notes/example-note.md", EXAMPLE_NOTE),
];

const DOSSIER_YAML: &str = "\
# Site settings. Every field is optional.
title: My dossier
description: What this dossier is about, in a sentence or two. Markdown is allowed.
# The language of the site's own text (for <html lang>).
language: en
# The public address of the site, for absolute links in exports (optional):
# base_url: https://example.org/my-dossier/
";

const GITIGNORE: &str = "\
# The built site: rebuild it with `dossier build`.
/public
";

const EXAMPLE_ARTICLE: &str = "\
Example article: Northbridge council approves a second river bridge
NORTHBRIDGE, March 4 – Example News. The Northbridge city council on Tuesday approved plans for a second bridge across the river, Deputy Mayor for Transport Anna Kowalski said.
- Advertisement -
\u{201c}We have waited ten years for this decision, and construction can start next spring,\u{201d} Kowalski told reporters after the vote.
The council did not say how much the bridge would cost.
";

const EXAMPLE_SIDECAR: &str = "\
# Optional sidecar for example-article.txt: editorial metadata that overrides what dossier
# extracts from the text. Every field is optional; delete the ones you do not need.

# The outlet that published this copy.
outlet: Example News
# Where the text was scraped from:
# url: https://example.org/news/northbridge-bridge
# Publication date as YYYY, YYYY-MM or YYYY-MM-DD. The text gives only \"March 4\" and
# \"on Tuesday\", so the year comes from the editor, not from the text.
published: \"2025-03-04\"
# Language name or code.
language: English
# When this copy republishes or translates another outlet's article:
# republished_from: Another Outlet
# translated_from: Polish
# Editorial notes (Markdown), shown on the source page and marked as editorial.
notes: >
  This article is made up: it ships with `dossier new` to show the format.
  Replace it with real sources and delete this example.
";

const OFFICIALS_YAML: &str = "\
# The registry of officials (optional). dossier finds people in the text by itself; list them
# here to fix their canonical name, add native-script spellings, or keep two people apart.
# An entry looks like this (remove the # to use it):
#
# - name: Anna Kowalski
#   native: [Anna Kowalska]
#   aliases: [A. Kowalski]
#   roles: [Deputy Mayor for Transport]
[]
";

const EVENTS_YAML: &str = "\
# Editorial timeline events (optional). dossier builds a timeline from the dates in the sources;
# add events here, each citing the source paragraphs it rests on, e.g. (remove the # to use it):
#
# - date: 2025-03-04
#   title: Northbridge council approves a second bridge
#   sources: [example-article#p1]
[]
";

const EXAMPLE_NOTE: &str = "\
---
# A one-line summary, shown as the note's heading.
title: The example article does not give the bridge's cost
# name_variant, quote_variant, title_variant, date, omission or other.
kind: omission
# Slugs of the officials the note concerns, as listed on officials.html,
# for example [anna-kowalski] once dossier has found her in the sources.
people: []
# Slugs of the sources the note concerns.
sources: [example-article]
---
An editorial note: notes join the discrepancies page. This one is an example; delete it.

The council's approval is reported in [[example-article#p1]], but the article says nothing about
the cost of the bridge. Double brackets cite a source ([[example-article]]), one of its
paragraphs (as above), or an official by the slug shown on the officials page.
";

/// Scaffolds a new dossier in `dir`, which must not exist or be empty; returns the files
/// written, relative to `dir`.
pub fn create(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    refuse_occupied(dir)?;
    let mut written = Vec::new();
    for (relative, content) in FILES {
        write_new(dir, relative, content)?;
        written.push(PathBuf::from(relative));
    }
    Ok(written)
}

/// Refuses a `dir` that is a file, or a folder that holds anything.
fn refuse_occupied(dir: &Path) -> Result<(), Error> {
    if !dir.exists() {
        return Ok(());
    }
    let shown = dir.display().to_string();
    if !dir.is_dir() {
        return Err(Problem::at(
            shown,
            None,
            "this is a file, not a folder; a new dossier needs a folder of its own",
            "choose a new folder name, e.g. `dossier new my-dossier`",
        )
        .into());
    }
    let mut entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    if entries.next().is_some() {
        return Err(Problem::at(
            shown,
            None,
            "the folder already exists and is not empty; dossier new never writes into it",
            "choose a new folder name (dossier new creates it), or empty this folder first",
        )
        .into());
    }
    Ok(())
}

/// Writes one file, creating its folders; fails rather than overwrite an existing file.
fn write_new(dir: &Path, relative: &str, content: &str) -> Result<(), Error> {
    let path = dir.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| Error::io(&path, e))?;
    file.write_all(content.as_bytes())
        .map_err(|e| Error::io(&path, e))
}
