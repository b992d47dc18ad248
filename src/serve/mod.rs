//! `dossier serve`: build, serve on 127.0.0.1, rebuild on change, reload the page.
//!
//! # Method
//!
//! [`serve`] builds the site once, then serves the output folder ([`http::SiteServer`]: `axum`
//! and `tower-http` on a small `tokio` runtime) while a debounced watcher
//! (`notify-debouncer-full`) watches `content/`, `templates/`, `static/` and `dossier.yaml`.
//! A change starts a rebuild. When the change is one saved source file, its own page is written
//! first ([`crate::Rebuilder::quick_page`]: that source analysed again, linked with the last
//! build's officials, discrepancies and timeline) and pages reload at once; the full incremental
//! rebuild follows and reloads them again only if it changed some file. Each HTML response gets a script tag as it is sent (never written
//! into the output, which stays exactly what `dossier build` writes); the script listens to
//! [`EVENTS_PATH`] (Server-Sent Events) and reloads the page after each successful rebuild, or
//! shows the failed build's problems (file, line, message) over the page, which stays the
//! previous build (the build only swaps in a complete output).
//!
//! # Limits
//!
//! Folders created after the start (for example a new `templates/`) are watched only if they
//! existed at the start or appear under `content/`; restart `serve` after creating them.

pub mod http;

use std::path::{Path, PathBuf};
use std::time::Duration;

use axum::response::sse::Event;
use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult};
use serde::Serialize;
use tokio::sync::watch;

use crate::error::{Error, Problem};
use crate::{BuildOptions, Rebuilder};

pub use http::{SiteServer, LIVE_RELOAD_JS, LIVE_RELOAD_SNIPPET};

/// The path of the live-reload script.
pub const RELOAD_SCRIPT_PATH: &str = "/__dossier/reload.js";

/// The path that answers with the site's version, a number that grows with each rebuild.
pub const VERSION_PATH: &str = "/__dossier/version";

/// The Server-Sent Events stream of build results.
pub const EVENTS_PATH: &str = "/__dossier/events";

/// The state of the last build, as the pages are told it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildStatus {
    /// Grows with each successful build.
    pub version: u64,
    /// The problems of the last build, when it failed.
    pub failure: Option<Vec<ProblemView>>,
}

/// One problem of a failed build, as the overlay shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProblemView {
    /// The file, relative to the dossier.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// What to do.
    pub help: String,
}

impl BuildStatus {
    /// The event telling pages about this status.
    fn event(&self) -> Event {
        match &self.failure {
            None => Event::default()
                .event("built")
                .data(self.version.to_string()),
            Some(problems) => Event::default()
                .event("failed")
                .data(serde_json::json!({ "problems": problems }).to_string()),
        }
    }
}

/// The problems of a failed build, one per line of the overlay.
pub fn problem_views(error: &Error) -> Vec<ProblemView> {
    let view = |p: &Problem| ProblemView {
        file: p.file.clone(),
        line: p.line,
        column: p.column,
        message: p.message.clone(),
        help: p.help.clone(),
    };
    match error {
        Error::Problems(problems) => problems.iter().map(view).collect(),
        other => vec![ProblemView {
            file: String::new(),
            line: None,
            column: None,
            message: other.to_string(),
            help: String::new(),
        }],
    }
}

/// How long the watcher waits for changes to settle before rebuilding.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// Builds the site with live reload, serves it on `127.0.0.1:port` and rebuilds on change.
///
/// A failed build (the first one too) is printed and shown in the browser. Returns only on an
/// error that stops serving: the port is taken, or the watcher could not start. Stop it with
/// Ctrl-C.
pub fn serve(options: BuildOptions, port: u16) -> Result<(), Error> {
    let options = BuildOptions {
        live_reload: false,
        ..options
    };
    let server = SiteServer::start(options.out.clone(), port)?;
    let mut rebuilder = Rebuilder::new(options.clone());
    rebuild(&mut rebuilder, &server.status());
    let _watcher = watch(&options, rebuilder, server.status())?;
    println!(
        "Serving {} at http://{}/ (rebuilds on change; Ctrl-C to stop)",
        options.out.display(),
        server.addr()
    );
    server.wait();
    Ok(())
}

/// The watcher; dropping it stops watching.
type Watcher = notify_debouncer_full::Debouncer<
    notify_debouncer_full::notify::RecommendedWatcher,
    notify_debouncer_full::RecommendedCache,
>;

/// Starts watching the dossier's inputs; each relevant change rebuilds the site with
/// `rebuilder` (incrementally: only changed sources are analysed again, only changed files
/// rewritten).
fn watch(
    options: &BuildOptions,
    mut rebuilder: Rebuilder,
    status: watch::Sender<BuildStatus>,
) -> Result<Watcher, Error> {
    let root = options
        .root
        .canonicalize()
        .map_err(|e| Error::io(&options.root, e))?;
    let inputs = WatchedInputs::new(&root);
    let handler_inputs = inputs.clone();
    let mut debouncer = new_debouncer(DEBOUNCE, None, move |result: DebounceEventResult| {
        let Ok(events) = result else {
            return;
        };
        let changed: std::collections::BTreeSet<&PathBuf> = events
            .iter()
            .filter(|event| is_change(&event.kind))
            .flat_map(|event| event.paths.iter())
            .filter(|path| handler_inputs.contains(path))
            .collect();
        for path in &changed {
            println!("Changed: {}", path.display());
        }
        if let (Some(only), 1) = (changed.iter().next(), changed.len()) {
            quick_page(&mut rebuilder, only, &status);
        }
        if !changed.is_empty() {
            rebuild(&mut rebuilder, &status);
        }
    })
    .map_err(|e| watch_problem(&root, &e.to_string()))?;
    for (path, mode) in inputs.watch_list() {
        debouncer
            .watch(&path, mode)
            .map_err(|e| watch_problem(&path, &e.to_string()))?;
    }
    Ok(debouncer)
}

fn watch_problem(path: &Path, message: &str) -> Error {
    Error::from(Problem::at(
        path.display().to_string(),
        None,
        format!("cannot watch for changes: {message}"),
        "use `dossier build` and reload the page by hand, or raise the limit on watched files",
    ))
}

/// Whether an event kind is a change worth a rebuild (not a mere read of a file, which the
/// build itself causes).
fn is_change(kind: &EventKind) -> bool {
    use notify_debouncer_full::notify::event::ModifyKind;
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
    }
}

/// The quick answer to an edit of one source ([`Rebuilder::quick_page`]): when it wrote the
/// source's page, the version grows so that pages reload at once.
fn quick_page(rebuilder: &mut Rebuilder, path: &Path, status: &watch::Sender<BuildStatus>) {
    let started = std::time::Instant::now();
    let Some(page) = rebuilder.quick_page(path) else {
        return;
    };
    let version = bump_version(status);
    println!(
        "Rewrote {page} first in {:.0} ms (version {version}); rebuilding the rest",
        started.elapsed().as_secs_f64() * 1000.0
    );
}

/// Marks a successful build: the version grows (pages reload) and any failure is cleared.
fn bump_version(status: &watch::Sender<BuildStatus>) -> u64 {
    let mut version = 0;
    status.send_modify(|s| {
        s.version += 1;
        s.failure = None;
        version = s.version;
    });
    version
}

/// Builds; on success the version grows so that pages reload, on failure the pages show the
/// problems over the previous build.
/// Pages reload only if some file changed (or a failure is cleared).
fn rebuild(rebuilder: &mut Rebuilder, status: &watch::Sender<BuildStatus>) {
    match rebuilder.rebuild() {
        Ok(summary) => {
            let nothing_new = summary.files_changed == 0 && status.borrow().failure.is_none();
            let version = if nothing_new && status.borrow().version > 0 {
                status.borrow().version
            } else {
                bump_version(status)
            };
            for warning in &summary.warnings {
                eprintln!("warning: {}", crate::error::printable(warning));
            }
            println!(
                "Built {} sources ({} unchanged, taken from the last build) in {:.2} s; {} files changed (version {version})",
                summary.sources,
                summary.sources_reused,
                summary.elapsed.as_secs_f64(),
                summary.files_changed
            );
        }
        Err(e) => {
            eprintln!("error: {}", crate::error::printable(&e.to_string()));
            eprintln!("The previous site is still served; fix the problem and save again.");
            let problems = problem_views(&e);
            status.send_modify(|s| s.failure = Some(problems));
        }
    }
}

/// The inputs of a build: the paths whose changes start a rebuild.
#[derive(Debug, Clone)]
struct WatchedInputs {
    root: PathBuf,
    folders: Vec<PathBuf>,
    config: PathBuf,
}

impl WatchedInputs {
    fn new(root: &Path) -> Self {
        WatchedInputs {
            root: root.to_path_buf(),
            folders: ["content", "templates", "static"]
                .iter()
                .map(|f| root.join(f))
                .collect(),
            config: root.join("dossier.yaml"),
        }
    }

    fn contains(&self, path: &Path) -> bool {
        path == self.config || self.folders.iter().any(|f| path.starts_with(f))
    }

    /// What to hand to the watcher: each existing folder recursively, and the root itself
    /// without recursion (for `dossier.yaml`, which editors often replace rather than modify).
    fn watch_list(&self) -> Vec<(PathBuf, RecursiveMode)> {
        let mut list: Vec<(PathBuf, RecursiveMode)> = self
            .folders
            .iter()
            .filter(|f| f.is_dir())
            .map(|f| (f.clone(), RecursiveMode::Recursive))
            .collect();
        list.push((self.root.clone(), RecursiveMode::NonRecursive));
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_input_paths_start_a_rebuild() {
        let inputs = WatchedInputs::new(Path::new("/d"));
        for (path, expected) in [
            ("/d/content/sources/a.txt", true),
            ("/d/templates/base.html", true),
            ("/d/static/style.css", true),
            ("/d/dossier.yaml", true),
            ("/d/public/index.html", false),
            ("/d/.public.building/index.html", false),
            ("/d/README.md", false),
        ] {
            assert_eq!(inputs.contains(Path::new(path)), expected, "{path}");
        }
    }

    #[test]
    fn reading_a_file_is_not_a_change() {
        use notify_debouncer_full::notify::event::{
            AccessKind, CreateKind, DataChange, ModifyKind,
        };
        assert!(!is_change(&EventKind::Access(AccessKind::Any)));
        assert!(is_change(&EventKind::Create(CreateKind::File)));
        assert!(is_change(&EventKind::Modify(ModifyKind::Data(
            DataChange::Content
        ))));
    }

    fn tiny_dossier() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/sources")).unwrap();
        std::fs::write(dir.path().join("content/sources/a.txt"), "Title\n\nText.\n").unwrap();
        dir
    }

    #[test]
    fn a_failed_rebuild_keeps_the_version_and_reports_its_problems() {
        let dir = tiny_dossier();
        std::fs::write(dir.path().join("dossier.yaml"), "title: [unclosed\n").unwrap();
        let (status, _) = watch::channel(BuildStatus::default());
        let mut rebuilder = Rebuilder::new(BuildOptions::new(dir.path()));
        rebuild(&mut rebuilder, &status);
        let failed = status.borrow().clone();
        assert_eq!(failed.version, 0);
        let problems = failed.failure.unwrap();
        assert_eq!(problems[0].file, "dossier.yaml");
        assert!(problems[0].line.is_some());
        std::fs::write(dir.path().join("dossier.yaml"), "title: Fixed\n").unwrap();
        rebuild(&mut rebuilder, &status);
        assert_eq!(
            *status.borrow(),
            BuildStatus {
                version: 1,
                failure: None
            }
        );
    }

    #[test]
    fn a_saved_source_starts_a_rebuild() {
        let dir = tiny_dossier();
        let (status, _) = watch::channel(BuildStatus::default());
        let options = BuildOptions::new(dir.path());
        let rebuilder = Rebuilder::new(options.clone());
        let _watcher = watch(&options, rebuilder, status.clone()).unwrap();
        std::fs::write(dir.path().join("content/sources/a.txt"), "Title\n\nNew.\n").unwrap();
        // Bounded wait: the debouncer reports after about 200 ms; give it up to 20 s.
        for _ in 0..200 {
            if status.borrow().version > 0 {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        assert!(status.borrow().version > 0, "no rebuild after a change");
    }
}
