//! What a browser shows: the built site opened from file:// (and over HTTP under a sub-path) in
//! headless Chromium.
//!
//! Needs Debian's `chromium` and, for the Playwright scenarios, `npm ci` in `tests/browser/`
//! (`.ci/run` does both; the tests run `npm ci` themselves when `node_modules` is missing). Without
//! a browser these tests fail with a message saying so, unless DOSSIER_SKIP_BROWSER=1 is set.

use std::path::Path;
use std::process::Command;

use crate::support::*;

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
        file_url(&dir.path().join("public/search.html"))
    );
    let Some(dom) = dump_dom(&url) else { return };
    let results = dom.split("id=\"search-results\"").nth(1).unwrap_or("");
    assert!(
        results.contains("href=\"sources/news-unrolled-ria-ryabihin.html?hl="),
        "search for Ryabihin found no paragraph of the RIA copy:\n{results:.2000}"
    );
    assert!(
        !results.contains("tass-ryabikhin.html?hl=Ryabihin"),
        "TASS never spells Ryabihin"
    );
}

#[test]
fn search_results_show_hostile_text_as_text() {
    let dir = fixture_copy("hostile");
    build(dir.path());
    let url = format!(
        "{}?q=onerror",
        file_url(&dir.path().join("public/search.html"))
    );
    let Some(dom) = dump_dom(&url) else { return };
    let results = dom.split("id=\"search-results\"").nth(1).unwrap_or("");
    // Matched words are wrapped in <mark>; the text around them must be text.
    let results = results.replace("<mark>", "").replace("</mark>", "");
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

// ---- Scenarios driven through Playwright (tests/browser/check.mjs) ----

/// The folder of the Node driver.
fn driver_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// Installs the driver's packages (`npm ci`) once when they are missing.
fn ensure_driver() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if driver_dir().join("node_modules/playwright-core").is_dir() {
            return;
        }
        eprintln!("installing the browser-test driver: npm ci in tests/browser");
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(driver_dir())
            .status()
            .expect("npm is needed for the browser tests (apt-get install npm)");
        assert!(status.success(), "npm ci in tests/browser failed");
    });
}

/// Runs one scenario of the driver on a built site; `None` when browser tests are skipped.
fn scenario(name: &str, site: &Path) -> Option<serde_json::Value> {
    if chromium().is_none() && std::env::var("DOSSIER_SKIP_BROWSER").is_ok_and(|v| v == "1") {
        eprintln!("browser test skipped: DOSSIER_SKIP_BROWSER=1");
        return None;
    }
    assert!(
        chromium().is_some(),
        "Chromium is not installed: apt-get install chromium (or set DOSSIER_SKIP_BROWSER=1)"
    );
    ensure_driver();
    let artefacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    let out = Command::new("node")
        .arg(driver_dir().join("check.mjs"))
        .arg(name)
        .arg(site)
        .arg(&artefacts)
        .current_dir(driver_dir())
        .output()
        .expect("node is needed for the browser tests (apt-get install nodejs)");
    assert!(
        out.status.success(),
        "browser scenario {name} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(serde_json::from_slice(&out.stdout).expect("the driver prints JSON"))
}

fn built_seed() -> tempfile::TempDir {
    let dir = seed_copy();
    build(dir.path());
    dir
}

#[test]
fn every_spelling_of_a_name_finds_the_official_first_from_file_and_http() {
    let dir = built_seed();
    let Some(report) = scenario("search", &dir.path().join("public")) else {
        return;
    };
    for mode in ["file", "http"] {
        for run in report[mode].as_array().unwrap() {
            let name = &run["name"];
            assert_eq!(
                run["focused"], "site-search",
                "{mode} {name}: / did not focus the search box"
            );
            assert_eq!(
                run["results"][0]["text"], "Dmitry Ryabikhin",
                "{mode} {name}: first result\n{run:#}"
            );
            assert_eq!(
                run["groups"][0], "Officials (1)",
                "{mode} {name}: groups {}",
                run["groups"]
            );
            let landed = run["landed"].as_str().unwrap_or("");
            assert!(
                landed.contains("officials/dmitry-ryabikhin.html"),
                "{mode} {name}: landed on {landed}"
            );
            if mode == "http" {
                assert!(landed.contains("/sub/path/"), "left the sub-path: {landed}");
            }
            assert_eq!(run["landedHeading"], "Dmitry Ryabikhin");
            assert!(
                !run["marks"].as_array().unwrap().is_empty(),
                "{mode} {name}: no matched word highlighted in the results"
            );
            assert!(
                !run["landedMarks"].as_array().unwrap().is_empty(),
                "{mode} {name}: no matched word highlighted on the landing page"
            );
            assert_eq!(
                run["errors"],
                serde_json::json!([]),
                "{mode} {name}: console errors"
            );
        }
    }
}

#[test]
fn discrepancy_evidence_lands_on_a_highlighted_paragraph() {
    let dir = built_seed();
    let Some(r) = scenario("evidence", &dir.path().join("public")) else {
        return;
    };
    let target = &r["target"];
    assert!(target.is_object(), "no element for {}: {r:#}", r["hash"]);
    assert_ne!(
        target["background"], target["pageBackground"],
        "the landed paragraph is not highlighted: {r:#}"
    );
    assert!(
        target["top"].as_f64().unwrap_or(-1.0) >= 0.0,
        "the landed paragraph's top (and its focus ring) is clipped: {r:#}"
    );
    // The paragraph says what cites it, and the discrepancy followed is among them.
    let cited_by = target["citedBy"].as_str().unwrap_or("");
    assert!(
        cited_by.contains("cited by") && cited_by.contains("discrepancy"),
        "no 'cited by' beside the landed paragraph: {r:#}"
    );
    assert_eq!(r["errors"], serde_json::json!([]));
}

#[test]
fn hover_card_appears_when_a_person_link_is_focused() {
    let dir = built_seed();
    let Some(r) = scenario("card", &dir.path().join("public")) else {
        return;
    };
    assert_eq!(r["card"]["hidden"], false, "{r:#}");
    let text = r["card"]["text"].as_str().unwrap_or("");
    assert!(
        text.contains("source"),
        "card without a source count: {text}"
    );
    assert_eq!(r["describedBy"], "person-card-live");
    assert_eq!(r["errors"], serde_json::json!([]));
}

#[test]
fn every_page_kind_is_accessible_error_free_and_fits_a_phone() {
    let dir = built_seed();
    let Some(r) = scenario("pages", &dir.path().join("public")) else {
        return;
    };
    let kinds = r.as_object().unwrap();
    assert!(kinds.len() >= 9, "page kinds checked: {:?}", kinds.keys());
    for (kind, page) in kinds {
        assert_eq!(
            page["errors"],
            serde_json::json!([]),
            "{kind}: console errors"
        );
        for scheme in ["light", "dark"] {
            let serious: Vec<_> = page["axe"][scheme]
                .as_array()
                .unwrap()
                .iter()
                .filter(|v| v["impact"] == "serious" || v["impact"] == "critical")
                .collect();
            assert!(
                serious.is_empty(),
                "{kind} ({scheme}): axe-core {serious:#?}"
            );
        }
        for width in ["320", "390"] {
            assert!(
                page["overflow"][width]["over"].as_i64().unwrap_or(1) <= 0,
                "{kind} overflows at {width} px: {}",
                page["overflow"][width]
            );
        }
    }
}

#[test]
fn screenshots_of_every_page_kind_are_saved() {
    let dir = built_seed();
    let Some(r) = scenario("screenshots", &dir.path().join("public")) else {
        return;
    };
    let written = r["written"].as_array().unwrap();
    // Each kind: phone and desktop in light and dark, and print.
    assert!(written.len() >= 9 * 5, "screenshots: {}", written.len());
    for file in written {
        let path = Path::new(file.as_str().unwrap());
        assert!(
            std::fs::metadata(path).is_ok_and(|m| m.len() > 1000),
            "{} is missing or empty",
            path.display()
        );
    }
}
