//! DESIGN.md quality invariants 1–6, over the seed dossier and over a small hostile dossier.

use std::path::Path;

use crate::support::*;
use scraper::{Html, Selector};

/// The paragraphs of a source page, as a browser shows their text.
fn page_paragraphs(html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let sel = Selector::parse(".source-text p").unwrap();
    doc.select(&sel)
        .map(|p| squash(&p.text().collect::<String>()))
        .collect()
}

/// A copy of the hostile fixture (tests/fixtures/hostile): markup, odd encodings, control
/// characters, a very long line, hostile editorial text.
fn hostile() -> tempfile::TempDir {
    fixture_copy("hostile")
}

fn assert_fidelity(root: &Path) {
    let dossier = dossier::analyse(root).unwrap();
    assert!(!dossier.sources.is_empty());
    for source in &dossier.sources {
        let page =
            std::fs::read_to_string(root.join(format!("public/sources/{}.html", source.slug)))
                .unwrap();
        let shown = page_paragraphs(&page);
        let cleaned: Vec<String> = source.paragraphs.iter().map(|p| squash(&p.text)).collect();
        assert_eq!(
            shown, cleaned,
            "page text differs from the cleaned text of {}",
            source.slug
        );
    }
}

#[test]
fn fidelity_seed() {
    let dir = seed_copy();
    build(dir.path());
    assert_fidelity(dir.path());
}

#[test]
fn fidelity_hostile() {
    let dir = hostile();
    build(dir.path());
    assert_fidelity(dir.path());
}

fn assert_no_silent_loss(root: &Path) {
    let dossier = dossier::analyse(root).unwrap();
    for source in &dossier.sources {
        // Decoded as the build decodes it (legacy encodings, UTF-16, NUL bytes removed), in
        // Unicode normal form C.
        let raw = dossier::content::read::read_file(&root.join(&source.path), &source.path)
            .unwrap()
            .text;
        for (i, line) in raw.lines().enumerate() {
            let (number, text) = (i + 1, line.trim());
            if text.is_empty() {
                continue;
            }
            // A line is kept, or removed, or kept up to a link at its end that is removed.
            let kept = source.paragraphs.iter().find(|p| p.line == number);
            let removed = source
                .removed
                .iter()
                .find(|r| r.line == number && !r.reason.is_empty());
            let accounted = match (kept, removed) {
                (Some(p), None) => p.text == text,
                (None, Some(r)) => r.text == text,
                (Some(p), Some(r)) => text
                    .strip_prefix(p.text.as_str())
                    .and_then(|rest| rest.trim_start().strip_suffix(r.text.as_str()))
                    .is_some_and(str::is_empty),
                (None, None) => false,
            };
            assert!(
                accounted,
                "{}:{number} is not exactly its kept and removed parts: {text:?}",
                source.path
            );
        }
    }
}

#[test]
fn no_silent_loss_seed() {
    assert_no_silent_loss(seed_copy().path());
}

#[test]
fn no_silent_loss_hostile() {
    assert_no_silent_loss(hostile().path());
}

#[test]
fn removed_lines_are_listed_on_the_page() {
    let dir = seed_copy();
    build(dir.path());
    let page = std::fs::read_to_string(
        dir.path()
            .join("public/sources/news-unrolled-ria-ryabihin.html"),
    )
    .unwrap();
    for expected in [
        "advertisement marker",
        "author blurb",
        "comment form",
        "photo caption",
        "Latest news",
    ] {
        assert!(page.contains(expected), "removed list lacks {expected:?}");
    }
}

fn assert_links_resolve(root: &Path) {
    let problems = dossier::check::check_site(&root.join("public"));
    assert!(
        problems.is_empty(),
        "broken links:\n{}",
        problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn links_resolve_seed() {
    let dir = seed_copy();
    build(dir.path());
    assert_links_resolve(dir.path());
}

#[test]
fn links_resolve_hostile() {
    let dir = hostile();
    build(dir.path());
    assert_links_resolve(dir.path());
}

fn assert_nothing_injected(root: &Path) {
    let allowed_scripts = ["static/site.js", "static/search.js"];
    for (path, bytes) in read_tree(&root.join("public")) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = Html::parse_document(std::str::from_utf8(&bytes).unwrap());
        for el in html.select(&Selector::parse("*").unwrap()) {
            let name = el.value().name();
            assert!(
                !["img", "iframe", "object", "embed", "b"].contains(&name),
                "{path}: injected <{name}>"
            );
            for (attr, value) in el.value().attrs() {
                assert!(
                    !attr.starts_with("on"),
                    "{path}: event handler {attr}={value:?}"
                );
                assert!(
                    !value.trim_start().to_lowercase().starts_with("javascript:"),
                    "{path}: javascript: URL"
                );
            }
            if name == "script" {
                let src = el.value().attr("src").unwrap_or("");
                assert!(
                    allowed_scripts.iter().any(|a| src.ends_with(a)),
                    "{path}: unexpected script {src:?}"
                );
            }
            if name == "a" {
                let href = el.value().attr("href").unwrap_or("");
                assert!(!href.contains("evil.example"), "{path}: injected link");
            }
        }
        let headings = html.select(&Selector::parse(".source-text h1, .source-text ol, .source-text em, .source-text code, .source-text table").unwrap()).count();
        assert_eq!(headings, 0, "{path}: source text became Markdown markup");
    }
}

#[test]
fn nothing_injected_hostile() {
    let dir = hostile();
    build(dir.path());
    assert_nothing_injected(dir.path());
    let page = std::fs::read_to_string(dir.path().join("public/sources/markup.html")).unwrap();
    assert!(
        page.contains("&lt;script&gt;alert("),
        "the script text should be shown as text"
    );
    let md = std::fs::read_to_string(dir.path().join("public/sources/markup.md")).unwrap();
    assert_eq!(
        md.matches("\n---\n").count(),
        1,
        "source text must not add front matter delimiters"
    );
}

#[test]
fn nothing_injected_seed() {
    let dir = seed_copy();
    build(dir.path());
    assert_nothing_injected(dir.path());
}

fn assert_deterministic(root: &Path) {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for out in [a.path(), b.path()] {
        let mut options = dossier::BuildOptions::new(root);
        options.out = out.join("site");
        dossier::build(&options).unwrap();
    }
    let (ta, tb) = (
        read_tree(&a.path().join("site")),
        read_tree(&b.path().join("site")),
    );
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (path, bytes) in &ta {
        assert!(bytes == &tb[path], "{path} differs between two builds");
    }
}

#[test]
fn deterministic_seed() {
    assert_deterministic(seed_copy().path());
}

#[test]
fn deterministic_hostile() {
    assert_deterministic(hostile().path());
}

#[test]
fn failed_build_leaves_previous_output_untouched() {
    let dir = seed_copy();
    build(dir.path());
    let before = read_tree(&dir.path().join("public"));
    write(
        dir.path(),
        "content/sources/tass-ryabikhin.yaml",
        b"outlet: [unclosed\n",
    );
    let err = dossier::build(&dossier::BuildOptions::new(dir.path()))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("content/sources/tass-ryabikhin.yaml:"),
        "{err}"
    );
    assert_eq!(
        before,
        read_tree(&dir.path().join("public")),
        "the previous output changed"
    );
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_write() {
    let dir = seed_copy();
    write(dir.path(), "mine/notes.txt", b"precious");
    let mut options = dossier::BuildOptions::new(dir.path());
    options.out = dir.path().join("mine");
    let err = dossier::build(&options).unwrap_err().to_string();
    assert!(err.contains("not written by dossier"), "{err}");
    assert_eq!(
        std::fs::read(dir.path().join("mine/notes.txt")).unwrap(),
        b"precious"
    );
}

/// Deterministic pseudo-random text made of the characters scraped news is made of.
fn noise(seed: u64, len: usize) -> String {
    const POOL: &[&str] = &[
        "a",
        "Z",
        "я",
        "Ў",
        "і",
        "Ё",
        " ",
        " ",
        "\u{a0}",
        "\n",
        "\n\n",
        "“",
        "”",
        "\"",
        "«",
        "»",
        "„",
        "—",
        "–",
        "-",
        ".",
        ",",
        ":",
        "*",
        "_",
        "#",
        "<",
        ">",
        "&",
        "[",
        "]",
        "(",
        ")",
        "\\",
        "`",
        "e\u{301}",
        "😀",
        "\t",
        "1",
        "2024",
        "December 26",
        "26 декабря",
        "on Monday",
        "said",
        "сказал",
        "Dmitry Ryabihin",
        "Хренина",
        "V. Khrenin",
        "MINSK, ",
        " – RIA Novosti. ",
        "- Advertisement -",
        "Latest news",
        "© 2020",
        "---",
        "Published January 19,2024",
    ];
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut out = String::new();
    for _ in 0..len {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.push_str(POOL[(state >> 33) as usize % POOL.len()]);
    }
    out
}

#[test]
fn arbitrary_text_never_panics_and_keeps_every_line() {
    let files: Vec<(String, String)> = (0..40)
        .map(|i| {
            (
                format!("content/sources/noise-{i:02}.txt"),
                format!("x{i}\n{}", noise(i, 400)),
            )
        })
        .collect();
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let dir = dossier(&refs);
    build(dir.path());
    assert_no_silent_loss(dir.path());
    assert_fidelity(dir.path());
    assert_nothing_injected(dir.path());
}
