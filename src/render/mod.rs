//! Rendering: the analysed dossier, its annotated Markdown (from [`crate::annotate`]) and a
//! loaded [`Theme`] to HTML pages with Tera, and the data exports ([`export`]: search index,
//! JSON, CSV, feeds, sitemap). Every link is relative and points at a file, so the site works
//! from `file://` and under any sub-path. Rendering reads nothing from disk.
//!
//! In: the [`Dossier`] and the theme. Out: the site's files, handed to `output`.
//! Must not: change what analysis found, or put words a reader sees in Rust strings (templates).
//!
//! The site is handed to [`crate::output`], which writes it into a staging folder beside the
//! output and swaps it into place only when every page rendered, so a failed build leaves the
//! previous output untouched.

pub mod context;
pub mod export;
pub mod highlight;
pub mod markdown;
mod pages;
pub mod theme;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use crate::annotate::AnnotatedFile;
use crate::error::Result;
use crate::output::{Committed, Mode, Output};
use crate::Dossier;

/// The file that marks a folder as written by `dossier build` (see [`crate::output`]).
pub use crate::output::OUTPUT_MARKER;

/// The site as a map of relative path -> bytes, before it is written.
pub type Site = BTreeMap<String, Vec<u8>>;

pub use theme::Theme;

/// Where each rendered file goes as soon as it is rendered: (relative path, bytes). Called from
/// several threads at once.
pub type Sink<'a> = dyn Fn(String, Vec<u8>) -> Result<()> + Sync + 'a;

/// Where a large file goes that is written as it is produced (a data export): (relative path, the
/// function that writes it).
pub type StreamSink<'a> =
    dyn Fn(&str, &dyn Fn(&mut dyn Write) -> std::io::Result<()>) -> Result<()> + Sync + 'a;

/// Renders every page of the site in memory, from the dossier, its annotated Markdown
/// ([`crate::annotate::annotate`]) and the theme.
pub fn render_site(
    dossier: &Dossier,
    annotated: &[AnnotatedFile<'_>],
    theme: &Theme,
    live_reload: bool,
) -> Result<Site> {
    let site = std::sync::Mutex::new(Site::new());
    let keep = |path: String, bytes: Vec<u8>| {
        if let Ok(mut site) = site.lock() {
            site.insert(path, bytes);
        }
        Ok(())
    };
    let keep_streamed = |path: &str, write: &dyn Fn(&mut dyn Write) -> std::io::Result<()>| {
        let mut bytes = Vec::new();
        write(&mut bytes).map_err(|e| crate::error::Error::io(Path::new(path), e))?;
        keep(path.to_string(), bytes)
    };
    pages::render_all(
        dossier,
        annotated,
        theme,
        live_reload,
        &keep,
        &keep_streamed,
    )?;
    Ok(site.into_inner().unwrap_or_default())
}

/// Renders the site into `out` in the given [`Mode`]: [`Mode::Swap`] for a build, or
/// [`Mode::InPlace`] for `dossier serve`'s incremental rebuilds, which rewrite only the files
/// whose bytes changed.
/// Each page is handed to the output as soon as it is rendered: the site is never held whole in
/// memory.
pub fn write_site_in(
    dossier: &Dossier,
    annotated: &[AnnotatedFile<'_>],
    theme: &Theme,
    out: &Path,
    live_reload: bool,
    mode: Mode,
) -> Result<Committed> {
    let output = Output::begin(out, mode)?;
    pages::render_all(
        dossier,
        annotated,
        theme,
        live_reload,
        &|relative, bytes| output.write(&relative, &bytes),
        &|relative, write| output.write_streamed(relative, write),
    )?;
    output.commit()
}

/// Renders one source's page and annotated Markdown ((relative path, bytes) each) as
/// [`write_site_in`] would with the same dossier, for `dossier serve`'s quick answer to an edit.
pub fn source_page(
    dossier: &Dossier,
    file: &AnnotatedFile<'_>,
    theme: &Theme,
    live_reload: bool,
) -> Result<Vec<(String, Vec<u8>)>> {
    pages::source_page(dossier, file, theme, live_reload)
}
