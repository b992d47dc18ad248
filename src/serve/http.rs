//! The HTTP side of `dossier serve`: `axum` on a small `tokio` runtime, the output folder served
//! by `tower-http`'s `ServeDir`, live reload over Server-Sent Events.
//!
//! Every connection is its own task, so a client that stops reading holds only its own
//! connection. Requests are refused unless their `Host` is a loopback name (a page on another
//! site cannot read this one through DNS rebinding), their method is GET or HEAD and their body
//! is empty. HTML responses get the live-reload script tag as they are sent; nothing is written
//! into the output folder.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::thread::JoinHandle;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tokio::sync::{oneshot, watch};
use tokio_stream::wrappers::WatchStream;
use tokio_stream::{Stream, StreamExt};
use tower_http::services::ServeDir;

use super::{BuildStatus, EVENTS_PATH, RELOAD_SCRIPT_PATH, VERSION_PATH};
use crate::error::{Error, Problem};

/// The script that reloads pages and shows a failed build over them.
pub const LIVE_RELOAD_JS: &str = include_str!("reload.js");

/// The tag added to every HTML response (before `</body>`, or at the end).
pub const LIVE_RELOAD_SNIPPET: &str = "<script src=\"/__dossier/reload.js\"></script>";

/// The largest request body accepted (requests are GET or HEAD: they need none).
const MAX_REQUEST_BODY: usize = 1024;

/// The largest HTML page the script tag is added to; larger pages are sent as they are.
const MAX_INJECTED_PAGE: usize = 64 * 1024 * 1024;

/// A running HTTP server for a folder, on threads of its own.
pub struct SiteServer {
    addr: SocketAddr,
    status: watch::Sender<BuildStatus>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl SiteServer {
    /// Serves `folder` on `127.0.0.1:port` (port 0 picks a free one) until
    /// [`SiteServer::shutdown`]. Nothing is built: the folder is served as it is.
    pub fn start(folder: PathBuf, port: u16) -> Result<SiteServer, Error> {
        let listener = std::net::TcpListener::bind(("127.0.0.1", port))
            .and_then(|l| l.set_nonblocking(true).map(|()| l))
            .map_err(|e| listen_problem(port, &e.to_string()))?;
        let addr = listener
            .local_addr()
            .map_err(|e| listen_problem(port, &e.to_string()))?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .map_err(|e| listen_problem(port, &e.to_string()))?;
        let (status, _) = watch::channel(BuildStatus::default());
        let (stop, stopped) = oneshot::channel::<()>();
        let app = router(folder, status.clone());
        let thread = std::thread::spawn(move || {
            runtime.block_on(async move {
                let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                    return;
                };
                let _ = axum::serve(listener, app)
                    .with_graceful_shutdown(async {
                        let _ = stopped.await;
                    })
                    .await;
            });
            runtime.shutdown_background();
        });
        Ok(SiteServer {
            addr,
            status,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The channel of the build's status; sending a new one tells every open page.
    pub fn status(&self) -> watch::Sender<BuildStatus> {
        self.status.clone()
    }

    /// Stops the server and waits for its threads to finish.
    pub fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }

    /// Blocks until the server stops (which it does not, unless its socket fails).
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn listen_problem(port: u16, message: &str) -> Error {
    Error::from(Problem::at(
        format!("127.0.0.1:{port}"),
        None,
        format!("cannot listen: {message}"),
        "choose another port with --port N, or stop the program that uses this one",
    ))
}

fn router(folder: PathBuf, status: watch::Sender<BuildStatus>) -> Router {
    let files = ServeDir::new(&folder)
        .append_index_html_on_directories(true)
        .not_found_service(axum::handler::HandlerWithoutStateExt::into_service(
            not_found,
        ));
    Router::new()
        .route(RELOAD_SCRIPT_PATH, get(reload_script))
        .route(VERSION_PATH, get(version))
        .route(EVENTS_PATH, get(events))
        .fallback_service(files)
        .with_state(status)
        .layer(axum::middleware::map_response(add_reload_script))
        .layer(axum::middleware::from_fn(guard))
}

/// Refuses what a local preview never needs: a foreign `Host`, a method other than GET or
/// HEAD, a request body.
async fn guard(request: Request, next: Next) -> Response {
    if !host_is_loopback(request.headers().get(header::HOST)) {
        return plain(
            StatusCode::MISDIRECTED_REQUEST,
            "this server answers only to localhost\n",
        );
    }
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return plain(StatusCode::METHOD_NOT_ALLOWED, "method not allowed\n");
    }
    let length = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let chunked = request.headers().contains_key(header::TRANSFER_ENCODING);
    if chunked || length.is_some_and(|n| n > MAX_REQUEST_BODY) {
        return plain(StatusCode::PAYLOAD_TOO_LARGE, "request too large\n");
    }
    next.run(request).await
}

/// Whether a `Host` header names this machine (`localhost`, `127.0.0.1`, `[::1]`, any port).
/// A request without one (HTTP/1.0) cannot come from a rebinding page, which always sends it.
pub fn host_is_loopback(host: Option<&HeaderValue>) -> bool {
    let Some(host) = host else {
        return true;
    };
    let Ok(host) = host.to_str() else {
        return false;
    };
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split(']').next().unwrap_or("")
    } else {
        host.split(':').next().unwrap_or("")
    };
    let name = name.to_ascii_lowercase();
    name == "localhost" || name == "127.0.0.1" || name == "::1" || name.ends_with(".localhost")
}

async fn reload_script() -> Response {
    with_type(LIVE_RELOAD_JS.to_string(), "text/javascript; charset=utf-8")
}

async fn version(State(status): State<watch::Sender<BuildStatus>>) -> Response {
    let version = status.borrow().version;
    with_type(version.to_string(), "text/plain; charset=utf-8")
}

/// The event stream every page listens to: `built` with the version after each good build,
/// `failed` with the problems of a failed one; the current state is sent at once.
async fn events(
    State(status): State<watch::Sender<BuildStatus>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream = WatchStream::new(status.subscribe()).map(|s| Ok(s.event()));
    Sse::new(stream).keep_alive(KeepAlive::default())
}

async fn not_found() -> Response {
    let body = "<!DOCTYPE html><meta charset=\"utf-8\"><title>Not found</title>\
                <h1>Not found</h1><p>No such file in the site. <a href=\"/index.html\">Go to \
                the overview</a>.</p>\n";
    (
        StatusCode::NOT_FOUND,
        with_type(body.to_string(), "text/html; charset=utf-8"),
    )
        .into_response()
}

/// Every response: not cached (a reload shows the latest build); HTML gets the script tag.
async fn add_reload_script(response: Response) -> Response {
    let (mut parts, body) = response.into_parts();
    parts
        .headers
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    let is_html = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return Response::from_parts(parts, body);
    }
    let Ok(bytes) = axum::body::to_bytes(body, MAX_INJECTED_PAGE).await else {
        return plain(
            StatusCode::INTERNAL_SERVER_ERROR,
            "page too large to serve\n",
        );
    };
    let html = inject(&bytes);
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(html))
}

/// `html` with the live-reload tag before its last `</body>` (or at its end).
pub fn inject(html: &[u8]) -> Vec<u8> {
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + LIVE_RELOAD_SNIPPET.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(LIVE_RELOAD_SNIPPET.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn with_type(body: String, content_type: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

fn plain(status: StatusCode, body: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        body,
    )
        .into_response()
}
