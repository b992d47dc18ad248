//! Reading the built site: the list of its files and folders, and the text of its pages.
//!
//! In: the output folder. Out: a [`SiteListing`] (relative paths with `/`, sorted), the text of
//! a page, and the pages that still load the live-reload script of `dossier serve`. Reads only;
//! never writes or deletes anything.

use std::collections::BTreeSet;
use std::path::Path;

use walkdir::WalkDir;

use crate::error::Problem;

/// The files and folders of the site, as relative paths with `/`.
#[derive(Debug, Default)]
pub(crate) struct SiteListing {
    /// Every file.
    pub(crate) files: BTreeSet<String>,
    /// Every folder except the site folder itself.
    pub(crate) folders: BTreeSet<String>,
}

impl SiteListing {
    /// Lists the site in `out`; a problem when the folder cannot be read.
    pub(crate) fn read(out: &Path) -> Result<SiteListing, Problem> {
        let mut listing = SiteListing::default();
        for entry in WalkDir::new(out).sort_by_file_name() {
            let entry = entry.map_err(|e| {
                Problem::at(
                    out.display().to_string(),
                    None,
                    format!("cannot read the site folder: {e}"),
                    "build the site first, and check that the folder is readable",
                )
            })?;
            let relative = relative_key(out, entry.path());
            if relative.is_empty() {
                continue;
            }
            if entry.file_type().is_dir() {
                listing.folders.insert(relative);
            } else {
                listing.files.insert(relative);
            }
        }
        Ok(listing)
    }

    /// The HTML pages, sorted by path.
    pub(crate) fn pages(&self) -> Vec<String> {
        self.files.iter().filter(|f| is_html(f)).cloned().collect()
    }
}

/// The text of the page `page` (relative to `out`), invalid UTF-8 replaced.
pub(crate) fn read_page(out: &Path, page: &str) -> std::io::Result<String> {
    std::fs::read(out.join(page)).map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

/// Pages of the published output (`out`, usually `public/`) that still load the live-reload
/// script of `dossier serve` (earlier versions wrote it into the pages): published, they would
/// try to reach a server that is not there. Files are named relative to `root`.
pub fn leftover_serve_scripts(root: &Path, out: &Path) -> Vec<Problem> {
    let mut problems = Vec::new();
    for entry in WalkDir::new(out).sort_by_file_name().into_iter().flatten() {
        let path = entry.path();
        if !entry.file_type().is_file() || !is_html(&path.to_string_lossy()) {
            continue;
        }
        let Ok(html) = std::fs::read_to_string(path) else {
            continue;
        };
        if let Some(at) = html.find(crate::serve::RELOAD_SCRIPT_PATH) {
            let line = html[..at].matches('\n').count() + 1;
            problems.push(Problem::at(
                crate::content::relative_display(root, path),
                Some(line),
                "this page loads the live-reload script of `dossier serve`; published, it would \
                 call a server that is not there",
                "run `dossier build` before publishing (serve no longer writes the script into \
                 the output)",
            ));
        }
    }
    problems
}

/// `path` relative to `root`, components joined with `/`.
fn relative_key(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Whether `path` names an HTML page (`.html` or `.htm`, any case).
pub(crate) fn is_html(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm")
}
