//! The theme: Tera templates and static files, embedded defaults overridden by the dossier's
//! own `templates/` and `static/` folders, file by file.

use std::collections::BTreeMap;
use std::path::Path;

use tera::Tera;
use walkdir::WalkDir;

use crate::error::{Error, Result};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/default_theme.rs"));
}

/// The class-based stylesheet for highlighted Markdown, made by `build.rs`.
pub const HIGHLIGHT_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/highlight.css"));

/// The theme a build renders with: templates and static files, loaded once before annotation
/// and rendering (both use the templates).
#[derive(Debug)]
pub struct Theme {
    /// The Tera templates: the embedded defaults, overridden by the dossier's `templates/`.
    pub templates: Tera,
    /// The static files (relative name, bytes), written under `static/`: the embedded defaults
    /// and `highlight.css`, overridden by the dossier's `static/`.
    pub static_files: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// Loads the theme of the dossier at `root`: the embedded defaults, then its overrides.
    pub fn load(root: &Path) -> Result<Theme> {
        Ok(Theme {
            templates: templates(root)?,
            static_files: static_files(root)?,
        })
    }
}

/// Loads the templates: the embedded defaults, then every file in `ROOT/templates/`.
pub fn templates(root: &Path) -> Result<Tera> {
    let mut sources: BTreeMap<String, String> = embedded::TEMPLATES
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    for (name, bytes) in overrides(&root.join("templates"))? {
        let text = String::from_utf8(bytes).map_err(|_| Error::Template {
            name: format!("templates/{name}"),
            message: "the template is not valid UTF-8".to_string(),
        })?;
        sources.insert(name, text);
    }
    let mut tera = Tera::new();
    tera.add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        .map_err(|e| Error::Template {
            name: "templates/*.html".to_string(),
            message: crate::error::template_message(&e),
        })?;
    Ok(tera)
}

/// The static files: the embedded defaults, then every file in `ROOT/static/`.
pub fn static_files(root: &Path) -> Result<BTreeMap<String, Vec<u8>>> {
    let mut files: BTreeMap<String, Vec<u8>> = embedded::STATIC
        .iter()
        .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
        .collect();
    files.insert(
        "highlight.css".to_string(),
        HIGHLIGHT_CSS.as_bytes().to_vec(),
    );
    files.extend(overrides(&root.join("static"))?);
    Ok(files)
}

/// Every file under `dir` (relative name, bytes), sorted; nothing when `dir` does not exist.
fn overrides(dir: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    for entry in WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::io(dir, std::io::Error::other(e.to_string())))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let name = entry
            .path()
            .strip_prefix(dir)
            .unwrap_or(entry.path())
            .to_string_lossy()
            .replace('\\', "/");
        let bytes = std::fs::read(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
        files.push((name, bytes));
    }
    Ok(files)
}
