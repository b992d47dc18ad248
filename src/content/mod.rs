//! Reading a dossier's `content/` folder: raw documents, sidecars, registry, events and notes.
//!
//! In: the dossier folder. Out: [`Content`] (raw documents, config, registry, events, notes) and
//! every problem found. Must not: clean, recognise or analyse (validation against analysed
//! sources belongs to the stage that has them).
//!
//! Nothing here interprets the text; it only reads, checks encoding and names, and reports every
//! problem with its file and line.

pub mod events;
pub mod notes;
pub mod read;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::config::Config;
use crate::error::{Error, Problem};
use crate::model::{RawDocument, Sidecar};
use crate::people::Registry;
use crate::yaml::{self, value_line, yaml_problem};

/// Everything read from a dossier folder.
#[derive(Debug, Clone)]
pub struct Content {
    /// Site settings.
    pub config: Config,
    /// The raw documents, sorted by slug.
    pub documents: Vec<RawDocument>,
    /// The registry of officials (empty when absent).
    pub registry: Registry,
    /// Editorial events (empty when absent).
    pub events: Vec<events::EventEntry>,
    /// Editorial notes, sorted by file name.
    pub notes: Vec<notes::Note>,
    /// Warnings about how files were read (a legacy encoding decoded, NUL bytes removed).
    pub warnings: Vec<String>,
}

/// File extensions read as source documents.
const SOURCE_EXTENSIONS: [&str; 2] = ["txt", "md"];

/// Reads the dossier at `root`, collecting every problem before failing.
pub fn load(root: &Path) -> Result<Content, Error> {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut read = |relative: &str, problems: &mut Vec<Problem>| {
        read_optional(root, relative, problems, &mut warnings)
            .and_then(|text| collect(yaml::check(&text, relative, 1).map(|()| text), problems))
    };
    let config = read("dossier.yaml", &mut problems)
        .and_then(|text| collect(Config::parse(&text, "dossier.yaml"), &mut problems))
        .unwrap_or_default();
    let registry = read("content/officials.yaml", &mut problems)
        .and_then(|t| collect(Registry::parse(&t, "content/officials.yaml"), &mut problems))
        .unwrap_or_default();
    let events = read("content/events.yaml", &mut problems)
        .and_then(|t| collect(events::parse(&t, "content/events.yaml"), &mut problems))
        .unwrap_or_default();
    let documents = read_documents(root, &mut problems, &mut warnings)?;
    let notes = notes::read_all(root, &mut problems, &mut warnings);
    if problems.is_empty() {
        Ok(Content {
            config,
            documents,
            registry,
            events,
            notes,
            warnings,
        })
    } else {
        Err(Error::Problems(problems))
    }
}

fn collect<T>(result: Result<T, Problem>, problems: &mut Vec<Problem>) -> Option<T> {
    result.map_err(|p| problems.push(p)).ok()
}

/// Reads an optional file relative to `root`; `None` when it does not exist.
fn read_optional(
    root: &Path,
    relative: &str,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<String>,
) -> Option<String> {
    let path = root.join(relative);
    std::fs::symlink_metadata(&path).ok()?;
    collect(read_text_in(root, &path, relative, warnings), problems)
}

/// Reads a file of the dossier `root` as text (see [`read::read_in`]): NFC-normalised, with `\n`
/// line endings and no byte-order mark; how it was read is added to `warnings`.
pub fn read_text_in(
    root: &Path,
    path: &Path,
    display: &str,
    warnings: &mut Vec<String>,
) -> Result<String, Problem> {
    let read = read::read_in(root, path, display)?;
    warnings.extend(read.warnings);
    Ok(read.text)
}

/// Reads a file outside a dossier as text (see [`read::read_file`]); a file that is not UTF-8
/// is an error (no silent decoding where nobody sees a warning).
pub fn read_text(path: &Path, display: &str) -> Result<String, Problem> {
    let read = read::read_file(path, display)?;
    match read.warnings.first() {
        None => Ok(read.text),
        Some(warning) => Err(Problem::at(
            display,
            None,
            warning
                .trim_start_matches(&format!("{display}: "))
                .to_string(),
            "save the file as UTF-8",
        )),
    }
}

fn read_documents(
    root: &Path,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<String>,
) -> Result<Vec<RawDocument>, Error> {
    let dir = root.join("content/sources");
    if !dir.is_dir() {
        problems.push(Problem::at(
            "content/sources",
            None,
            "the folder content/sources does not exist",
            "put the source documents (.txt or .md) in content/sources/, or pass --root DIR",
        ));
        return Ok(Vec::new());
    }
    let mut by_slug: BTreeMap<String, RawDocument> = BTreeMap::new();
    for path in source_files(&dir)? {
        let display = relative_display(root, &path);
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let slug = crate::text::slugify(stem);
        if slug.is_empty() {
            problems.push(Problem::at(
                &display,
                None,
                "the file name gives no usable slug",
                "rename the file with letters or digits, e.g. tass-2022-12-26.txt",
            ));
            continue;
        }
        let Some(text) = collect(read_text_in(root, &path, &display, warnings), problems) else {
            continue;
        };
        if text.trim().is_empty() {
            problems.push(Problem::at(
                &display,
                None,
                "the file is empty",
                "paste the article's text into it, or delete the file",
            ));
            continue;
        }
        let (sidecar, sidecar_path) = read_sidecar(root, &path, problems, warnings);
        if let Some(previous) = by_slug.get(&slug) {
            problems.push(Problem::at(
                &display,
                None,
                format!("the slug {slug:?} is already used by {}", previous.path),
                "rename one of the two files so that their names differ in letters or digits",
            ));
            continue;
        }
        by_slug.insert(
            slug.clone(),
            RawDocument {
                slug,
                path: display,
                text,
                sidecar,
                sidecar_path,
            },
        );
    }
    report_orphan_sidecars(root, &dir, problems)?;
    if by_slug.is_empty() && problems.is_empty() {
        problems.push(Problem::at(
            "content/sources",
            None,
            "there are no source documents",
            "add at least one .txt or .md file to content/sources/",
        ));
    }
    Ok(by_slug.into_values().collect())
}

/// The source files under `dir`, sorted by path.
fn source_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    for entry in WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| {
            let path = e
                .path()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| dir.to_path_buf());
            Error::io(path, std::io::Error::other(e.to_string()))
        })?;
        // Links and special files are listed too: reading them says why they are refused.
        let is_source = !entry.file_type().is_dir()
            && entry
                .path()
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| SOURCE_EXTENSIONS.contains(&e));
        if is_source {
            files.push(entry.into_path());
        }
    }
    Ok(files)
}

/// A sidecar whose source file does not exist is most likely a misspelt name: say so.
fn report_orphan_sidecars(
    root: &Path,
    dir: &Path,
    problems: &mut Vec<Problem>,
) -> Result<(), Error> {
    for entry in WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::io(dir, std::io::Error::other(e.to_string())))?;
        let path = entry.path();
        let is_yaml = path.extension().is_some_and(|e| e == "yaml" || e == "yml");
        let has_source = SOURCE_EXTENSIONS
            .iter()
            .any(|ext| path.with_extension(ext).is_file());
        if entry.file_type().is_file() && is_yaml && !has_source {
            problems.push(Problem::at(
                relative_display(root, path),
                None,
                "this sidecar has no source document beside it",
                "name it after its source (tass.txt takes tass.yaml), or delete it",
            ));
        }
    }
    Ok(())
}

fn read_sidecar(
    root: &Path,
    source: &Path,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<String>,
) -> (Option<Sidecar>, Option<String>) {
    let path = source.with_extension("yaml");
    if std::fs::symlink_metadata(&path).is_err() {
        return (None, None);
    }
    let display = relative_display(root, &path);
    let Some(text) = collect(read_text_in(root, &path, &display, warnings), problems) else {
        return (None, Some(display));
    };
    let sidecar = yaml::check(&text, &display, 1)
        .and_then(|()| {
            serde_yaml::from_str::<Option<Sidecar>>(&text).map_err(|e| {
                yaml_problem(
                    &display,
                    &e,
                    "a sidecar takes title, outlet, url, published, language, republished_from, \
                     translated_from and notes",
                )
                .with_excerpt(&text, 1)
            })
        })
        .map(Option::unwrap_or_default)
        .and_then(|sidecar| check_sidecar_date(sidecar, &text, &display))
        .map(|sidecar| Sidecar {
            notes_line: value_line(&text, "notes"),
            ..sidecar
        });
    (collect(sidecar, problems), Some(display))
}

/// A sidecar's `published` must be a date the editor format can read.
fn check_sidecar_date(sidecar: Sidecar, text: &str, file: &str) -> Result<Sidecar, Problem> {
    if let Some(published) = &sidecar.published {
        if let Err(message) = crate::dates::parse_editor_date(published) {
            let line = text
                .lines()
                .position(|l| l.trim_start().starts_with("published:"))
                .map(|i| i + 1);
            return Err(Problem::at(
                file,
                line,
                format!("published: {message}"),
                "write the date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-12-26), with ~ in front \
                 when approximate",
            ));
        }
    }
    Ok(sidecar)
}

/// `path` relative to `root`, with forward slashes, for messages.
pub fn relative_display(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}
