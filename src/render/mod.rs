//! Rendering: annotated Markdown to HTML pages with Tera, syntect highlighting, the search index
//! and data exports. Every link is relative and points at a file, so the site works from
//! `file://` and under any sub-path.
//!
//! The site is written into a staging folder beside the output and swapped into place only when
//! every page rendered, so a failed build leaves the previous output untouched.

pub mod highlight;
pub mod markdown;
mod pages;
pub mod search;
pub mod theme;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::Dossier;

/// The file that marks a folder as written by `dossier build` (and so safe to replace).
pub const OUTPUT_MARKER: &str = ".dossier-output";

/// The site as a map of relative path -> bytes, before it is written.
pub type Site = BTreeMap<String, Vec<u8>>;

/// Renders every page of the site in memory.
pub fn render_site(dossier: &Dossier, live_reload: bool) -> Result<Site> {
    pages::render_all(dossier, live_reload)
}

/// Writes the whole site to `out`; returns the number of files written.
pub fn write_site(dossier: &Dossier, out: &Path, live_reload: bool) -> Result<usize> {
    let site = render_site(dossier, live_reload)?;
    replace_output(out, &site)?;
    Ok(site.len())
}

/// Writes `site` into a staging folder beside `out`, then swaps it in.
fn replace_output(out: &Path, site: &Site) -> Result<()> {
    refuse_foreign_folder(out)?;
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "public".to_string());
    let staging = parent.join(format!(".{name}.building"));
    let old = parent.join(format!(".{name}.old"));
    remove_if_exists(&staging)?;
    remove_if_exists(&old)?;
    write_files(&staging, site)?;
    if out.exists() {
        std::fs::rename(out, &old).map_err(|e| Error::io(out, e))?;
    }
    if let Err(e) = std::fs::rename(&staging, out) {
        // Put the previous output back before reporting.
        let _ = std::fs::rename(&old, out);
        return Err(Error::io(out, e));
    }
    remove_if_exists(&old)
}

/// Refuses to replace an existing, non-empty folder that `dossier build` did not write.
fn refuse_foreign_folder(out: &Path) -> Result<()> {
    let is_foreign = out.is_dir()
        && !out.join(OUTPUT_MARKER).exists()
        && std::fs::read_dir(out)
            .map(|mut entries| entries.next().is_some())
            .unwrap_or(true);
    if out.exists() && !out.is_dir() || is_foreign {
        return Err(Error::Problems(vec![crate::error::Problem::at(
            out.display().to_string(),
            None,
            "the output folder already exists and was not written by dossier; it would be replaced",
            "choose another --out folder, or move this one away if you no longer need it",
        )]));
    }
    Ok(())
}

fn remove_if_exists(path: &Path) -> Result<()> {
    if path.exists() {
        std::fs::remove_dir_all(path).map_err(|e| Error::io(path, e))?;
    }
    Ok(())
}

fn write_files(dir: &Path, site: &Site) -> Result<()> {
    for (relative, bytes) in site {
        let path: PathBuf = dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))?;
    }
    Ok(())
}
