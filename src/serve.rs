//! `dossier serve`: build, serve on 127.0.0.1, rebuild on change, reload the page.
//!
//! # Method
//!
//! [`serve`] builds the site once with the live-reload snippet, then serves the output folder
//! with `tiny_http` ([`SiteServer`]) while a debounced watcher (`notify-debouncer-full`) watches
//! `content/`, `templates/`, `static/` and `dossier.yaml`. A change starts a rebuild; a rebuild
//! that fails prints its errors and leaves the previous site in place (the build only swaps in a
//! complete output). Each successful rebuild increments a counter served at [`VERSION_PATH`];
//! every page loads [`LIVE_RELOAD_JS`] from [`RELOAD_SCRIPT_PATH`], which polls the counter once
//! a second and reloads the page when it changes.
//!
//! Requests are answered from the output folder only: the path is percent-decoded and refused if
//! any segment is `..` (or holds a backslash, a colon or a NUL), `/` and folders serve their
//! `index.html`, anything else missing gets a 404 page.
//!
//! # Limits
//!
//! One thread answers requests, one after another: enough for one editor's browser. Folders
//! created after the start (for example a new `templates/`) are watched only if they existed at
//! the start or appear under `content/`; restart `serve` after creating them.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult};
use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

use crate::error::{Error, Problem};
use crate::BuildOptions;

/// The path of the live-reload script.
pub const RELOAD_SCRIPT_PATH: &str = "/__dossier/reload.js";

/// The path that answers with the site's version, a number that grows with each rebuild.
pub const VERSION_PATH: &str = "/__dossier/version";

/// The tag the renderer adds to every page when `live_reload` is on.
pub const LIVE_RELOAD_SNIPPET: &str = "<script src=\"/__dossier/reload.js\"></script>";

/// The live-reload script: polls [`VERSION_PATH`] once a second and reloads the page when the
/// version changes. `fetch` is fine here: the script is only served by `dossier serve`.
pub const LIVE_RELOAD_JS: &str = r#"// dossier serve: reload the page when the site is rebuilt.
(function () {
  "use strict";
  var seen = null;
  function poll() {
    fetch("/__dossier/version", { cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (version) {
        if (version === null) { return; }
        if (seen === null) { seen = version; }
        else if (version !== seen) { window.location.reload(); }
      })
      .catch(function () { /* the server is restarting: try again next second */ });
  }
  poll();
  window.setInterval(poll, 1000);
})();
"#;

/// How long the watcher waits for changes to settle before rebuilding.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// Builds the site with live reload, serves it on `127.0.0.1:port` and rebuilds on change.
///
/// Returns only on an error that stops serving: the first build failed, the port is taken,
/// or the watcher could not start. Stop it with Ctrl-C.
pub fn serve(options: BuildOptions, port: u16) -> Result<(), Error> {
    let options = BuildOptions {
        live_reload: true,
        ..options
    };
    let summary = crate::build(&options)?;
    println!(
        "Built {} sources, {} officials in {:.2} s",
        summary.sources,
        summary.officials,
        summary.elapsed.as_secs_f64()
    );
    let server = SiteServer::start(options.out.clone(), port)?;
    let _watcher = watch(&options, server.version_counter())?;
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

/// Starts watching the dossier's inputs; each relevant change rebuilds the site.
fn watch(options: &BuildOptions, version: Arc<AtomicU64>) -> Result<Watcher, Error> {
    let root = options
        .root
        .canonicalize()
        .map_err(|e| Error::io(&options.root, e))?;
    let inputs = WatchedInputs::new(&root);
    let build_options = options.clone();
    let handler_inputs = inputs.clone();
    let mut debouncer = new_debouncer(DEBOUNCE, None, move |result: DebounceEventResult| {
        let Ok(events) = result else {
            return;
        };
        let changed = events
            .iter()
            .filter(|event| is_change(&event.kind))
            .flat_map(|event| event.paths.iter())
            .find(|path| handler_inputs.contains(path));
        if let Some(path) = changed {
            println!("Changed: {}", path.display());
            rebuild(&build_options, &version);
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

/// Builds again; on success the version grows so that pages reload.
fn rebuild(options: &BuildOptions, version: &AtomicU64) {
    match crate::build(options) {
        Ok(summary) => {
            let v = version.fetch_add(1, Ordering::SeqCst) + 1;
            println!(
                "Rebuilt in {:.2} s (version {v})",
                summary.elapsed.as_secs_f64()
            );
        }
        Err(e) => {
            eprintln!("error: {e}");
            eprintln!("The previous site is still served; fix the problem and save again.");
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

/// A running HTTP server for a folder, on a thread of its own.
pub struct SiteServer {
    server: Arc<Server>,
    addr: SocketAddr,
    version: Arc<AtomicU64>,
    thread: Option<JoinHandle<()>>,
}

impl SiteServer {
    /// Serves `folder` on `127.0.0.1:port` (port 0 picks a free one) until [`SiteServer::shutdown`].
    /// Nothing is built: the folder is served as it is.
    pub fn start(folder: PathBuf, port: u16) -> Result<SiteServer, Error> {
        let server = Server::http(("127.0.0.1", port)).map_err(|e| {
            Error::from(Problem::at(
                format!("127.0.0.1:{port}"),
                None,
                format!("cannot listen: {e}"),
                "choose another port with --port N, or stop the program that uses this one",
            ))
        })?;
        let addr = server.server_addr().to_ip().ok_or_else(|| {
            Error::from(Problem::at(
                format!("127.0.0.1:{port}"),
                None,
                "the server did not get an IP address",
                "try another port",
            ))
        })?;
        let server = Arc::new(server);
        let version = Arc::new(AtomicU64::new(0));
        let thread = {
            let server = Arc::clone(&server);
            let version = Arc::clone(&version);
            std::thread::spawn(move || {
                for request in server.incoming_requests() {
                    answer(&folder, &version, request);
                }
            })
        };
        Ok(SiteServer {
            server,
            addr,
            version,
            thread: Some(thread),
        })
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The counter served at [`VERSION_PATH`]; incrementing it makes open pages reload.
    pub fn version_counter(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.version)
    }

    /// Stops the server and waits for its thread to finish.
    pub fn shutdown(mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }

    /// Blocks until the server stops (which it does not, unless its socket fails).
    fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Answers one request from `folder`.
fn answer(folder: &Path, version: &AtomicU64, request: Request) {
    let response = respond(folder, version, request.method(), request.url());
    let _ = request.respond(response);
}

type Reply = Response<std::io::Cursor<Vec<u8>>>;

fn respond(folder: &Path, version: &AtomicU64, method: &Method, url: &str) -> Reply {
    if !matches!(method, Method::Get | Method::Head) {
        return text_reply(405, "text/plain; charset=utf-8", "method not allowed\n");
    }
    let path = url.split(['?', '#']).next().unwrap_or("");
    match path {
        VERSION_PATH => {
            let v = version.load(Ordering::SeqCst).to_string();
            return text_reply(200, "text/plain; charset=utf-8", &v);
        }
        RELOAD_SCRIPT_PATH => {
            return text_reply(200, "text/javascript; charset=utf-8", LIVE_RELOAD_JS);
        }
        _ => {}
    }
    let Some(relative) = sanitise(path) else {
        return text_reply(400, "text/plain; charset=utf-8", "bad request path\n");
    };
    let file = folder.join(&relative);
    if file.is_dir() {
        if !path.ends_with('/') {
            // Relative links inside the folder's index need the trailing slash.
            return match header("Location", &format!("{path}/")) {
                Some(location) => {
                    text_reply(301, "text/plain; charset=utf-8", "moved\n").with_header(location)
                }
                None => text_reply(400, "text/plain; charset=utf-8", "bad request path\n"),
            };
        }
        return file_reply(&file.join("index.html"), folder);
    }
    file_reply(&file, folder)
}

fn file_reply(file: &Path, folder: &Path) -> Reply {
    match std::fs::read(file) {
        Ok(bytes) => bytes_reply(200, content_type(file), bytes),
        Err(_) => not_found(folder),
    }
}

fn not_found(folder: &Path) -> Reply {
    match std::fs::read(folder.join("404.html")) {
        Ok(bytes) => bytes_reply(404, "text/html; charset=utf-8", bytes),
        Err(_) => text_reply(
            404,
            "text/html; charset=utf-8",
            "<!DOCTYPE html><meta charset=\"utf-8\"><title>Not found</title>\
             <h1>Not found</h1><p>No such file in the site. <a href=\"/index.html\">Go to the \
             overview</a>.</p>\n",
        ),
    }
}

fn text_reply(status: u16, content_type: &str, body: &str) -> Reply {
    bytes_reply(status, content_type, body.as_bytes().to_vec())
}

fn bytes_reply(status: u16, content_type: &str, body: Vec<u8>) -> Reply {
    let mut response = Response::from_data(body).with_status_code(StatusCode(status));
    let headers = [
        ("Content-Type", content_type),
        ("Cache-Control", "no-store"),
    ];
    for (name, value) in headers {
        if let Some(h) = header(name, value) {
            response.add_header(h);
        }
    }
    response
}

/// A header, or `None` if the value cannot be one (`Cache-Control: no-store` on every reply
/// makes a reload show the latest build).
fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

/// The path of a request, relative to the served folder: percent-decoded, with empty and `.`
/// segments dropped; `None` if it could leave the folder or is not a plain path.
pub fn sanitise(url_path: &str) -> Option<PathBuf> {
    let decoded = crate::check::percent_decode(url_path)?;
    let mut relative = PathBuf::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            s if s.contains(['\\', ':', '\0']) => return None,
            s => relative.push(s),
        }
    }
    Some(relative)
}

/// The `Content-Type` for a file, from its extension.
pub fn content_type(path: &Path) -> &'static str {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match extension.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "csv" => "text/csv; charset=utf-8",
        "md" => "text/markdown; charset=utf-8",
        "txt" | "yaml" | "yml" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "atom" => "application/atom+xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitise_table() {
        let table: [(&str, Option<&str>); 12] = [
            ("/", Some("")),
            ("/index.html", Some("index.html")),
            ("/sources/tass.html", Some("sources/tass.html")),
            ("/sources//./tass.html", Some("sources/tass.html")),
            (
                "/sources/caf%C3%A9%20noir.html",
                Some("sources/café noir.html"),
            ),
            ("/../etc/passwd", None),
            ("/sources/../../etc/passwd", None),
            ("/%2e%2e/etc/passwd", None),
            ("/sources/%2E%2E/x", None),
            ("/..%2fetc", None),
            ("/a%5c..%5cb", None),
            ("/%zz", None),
        ];
        for (url, expected) in table {
            assert_eq!(sanitise(url), expected.map(PathBuf::from), "{url}");
        }
    }

    #[test]
    fn content_type_table() {
        let table = [
            ("index.html", "text/html; charset=utf-8"),
            ("static/style.css", "text/css; charset=utf-8"),
            ("static/search.js", "text/javascript; charset=utf-8"),
            ("data/sources.json", "application/json"),
            ("data/quotes.csv", "text/csv; charset=utf-8"),
            ("sources/tass.md", "text/markdown; charset=utf-8"),
            ("logo.SVG", "image/svg+xml"),
            ("a.png", "image/png"),
            ("no-extension", "application/octet-stream"),
        ];
        for (path, expected) in table {
            assert_eq!(content_type(Path::new(path)), expected, "{path}");
        }
    }

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

    /// Sends one GET request and returns the status line, the headers and the body.
    fn get(addr: SocketAddr, path: &str) -> (String, String, String) {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        let (head, body) = response.split_once("\r\n\r\n").unwrap();
        let (status, headers) = head.split_once("\r\n").unwrap_or((head, ""));
        (status.to_string(), headers.to_string(), body.to_string())
    }

    #[test]
    fn serves_a_folder_and_stops() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("public");
        std::fs::create_dir_all(site.join("sources")).unwrap();
        std::fs::write(site.join("index.html"), "<p>overview</p>").unwrap();
        std::fs::write(site.join("sources/index.html"), "<p>sources</p>").unwrap();
        std::fs::write(site.join("sources/café noir.html"), "<p>café</p>").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
        let server = SiteServer::start(site, 0).unwrap();
        let addr = server.addr();

        let (status, headers, body) = get(addr, "/");
        assert!(status.contains("200"), "{status}");
        assert!(headers.contains("text/html; charset=utf-8"), "{headers}");
        assert_eq!(body, "<p>overview</p>");

        let (status, _, body) = get(addr, "/sources/caf%C3%A9%20noir.html?x=1");
        assert!(status.contains("200"), "{status}");
        assert_eq!(body, "<p>café</p>");

        let (status, _, body) = get(addr, "/sources/");
        assert!(status.contains("200"), "{status}");
        assert_eq!(body, "<p>sources</p>");

        let (status, headers, _) = get(addr, "/sources");
        assert!(status.contains("301"), "{status}");
        assert!(headers.contains("/sources/"), "{headers}");

        let (status, _, body) = get(addr, "/missing.html");
        assert!(status.contains("404"), "{status}");
        assert!(body.contains("Not found"));

        for attack in [
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/sources/..%2f..%2fsecret.txt",
        ] {
            let (status, _, body) = get(addr, attack);
            assert!(!status.contains("200"), "{attack}: {status}");
            assert!(!body.contains("secret"), "{attack}: {body}");
        }

        let (_, headers, body) = get(addr, RELOAD_SCRIPT_PATH);
        assert!(headers.contains("text/javascript"), "{headers}");
        assert_eq!(body, LIVE_RELOAD_JS);

        assert_eq!(get(addr, VERSION_PATH).2, "0");
        server.version_counter().fetch_add(1, Ordering::SeqCst);
        assert_eq!(get(addr, VERSION_PATH).2, "1");

        server.shutdown();
        assert!(std::net::TcpStream::connect(addr)
            .and_then(|mut s| {
                use std::io::{Read, Write};
                s.set_read_timeout(Some(Duration::from_secs(2)))?;
                s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")?;
                let mut buf = String::new();
                s.read_to_string(&mut buf)?;
                Ok(buf)
            })
            .map_or(true, |answer| answer.is_empty()));
    }

    fn tiny_dossier() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/sources")).unwrap();
        std::fs::write(dir.path().join("content/sources/a.txt"), "Title\n\nText.\n").unwrap();
        dir
    }

    #[test]
    fn a_failed_rebuild_leaves_the_version_alone() {
        let dir = tiny_dossier();
        std::fs::write(dir.path().join("dossier.yaml"), "title: [unclosed\n").unwrap();
        let version = AtomicU64::new(0);
        rebuild(&BuildOptions::new(dir.path()), &version);
        assert_eq!(version.load(Ordering::SeqCst), 0);
        std::fs::write(dir.path().join("dossier.yaml"), "title: Fixed\n").unwrap();
        rebuild(&BuildOptions::new(dir.path()), &version);
        assert_eq!(version.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn a_saved_source_starts_a_rebuild() {
        let dir = tiny_dossier();
        let version = Arc::new(AtomicU64::new(0));
        let _watcher = watch(&BuildOptions::new(dir.path()), Arc::clone(&version)).unwrap();
        std::fs::write(dir.path().join("content/sources/a.txt"), "Title\n\nNew.\n").unwrap();
        // Bounded wait: the debouncer reports after about 200 ms; give it up to 20 s.
        for _ in 0..200 {
            if version.load(Ordering::SeqCst) > 0 {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        assert!(
            version.load(Ordering::SeqCst) > 0,
            "no rebuild after a change"
        );
    }
}
