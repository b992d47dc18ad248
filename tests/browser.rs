//! What a browser shows: the built site opened from file:// in headless Chromium.
//!
//! Needs Debian's `chromium` (`.ci/run` installs it). Without it these tests fail with a message
//! saying so, unless DOSSIER_SKIP_BROWSER=1 is set.

mod common;

use std::path::Path;
use std::process::Command;

use common::*;

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| {
            Command::new(c)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

/// The DOM of `url` after its scripts ran, or `None` when the tests are skipped on purpose.
fn dump_dom(url: &str) -> Option<String> {
    let Some(browser) = chromium() else {
        if std::env::var("DOSSIER_SKIP_BROWSER").is_ok_and(|v| v == "1") {
            eprintln!("browser test skipped: DOSSIER_SKIP_BROWSER=1");
            return None;
        }
        panic!(
            "Chromium is not installed: apt-get install chromium (or set DOSSIER_SKIP_BROWSER=1)"
        );
    };
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--allow-file-access-from-files",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(url)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).to_string())
}

fn file_url(path: &Path) -> String {
    format!("file://{}", path.canonicalize().unwrap().display())
}

#[test]
fn search_works_from_file_url() {
    let dir = seed_copy();
    build(dir.path());
    let url = format!(
        "{}?q=Ryabihin",
        file_url(&dir.path().join("public/index.html"))
    );
    let Some(dom) = dump_dom(&url) else { return };
    let results = dom.split("id=\"search-results\"").nth(1).unwrap_or("");
    assert!(
        results.contains("href=\"sources/news-unrolled-ria-ryabihin.html#p"),
        "search for Ryabihin found no paragraph of the RIA copy:\n{results:.2000}"
    );
    assert!(
        !results.contains("tass-ryabikhin.html#p"),
        "TASS never spells Ryabihin"
    );
}

#[test]
fn search_results_show_hostile_text_as_text() {
    let dir = dossier(&[("content/sources/hostile.txt", HOSTILE_SOURCE)]);
    build(dir.path());
    let url = format!(
        "{}?q=onerror",
        file_url(&dir.path().join("public/index.html"))
    );
    let Some(dom) = dump_dom(&url) else { return };
    let results = dom.split("id=\"search-results\"").nth(1).unwrap_or("");
    assert!(
        results.contains("&lt;img src=x onerror"),
        "hostile text not shown as text:\n{results:.2000}"
    );
    assert!(!results.contains("<img"), "an <img> element was injected");
}

#[test]
fn paragraph_anchor_is_in_the_rendered_page() {
    let dir = seed_copy();
    build(dir.path());
    let url = format!(
        "{}#p3",
        file_url(&dir.path().join("public/sources/tass-ryabikhin.html"))
    );
    let Some(dom) = dump_dom(&url) else { return };
    assert!(dom.contains("id=\"p3\""));
    assert!(dom.contains("unilaterally suspended"));
}
