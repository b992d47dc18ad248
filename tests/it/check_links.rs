//! Invariant 3: every internal link of the built site resolves to a file (and anchor) in the
//! output. These tests run the link checker on small hand-made sites.

use std::fs;
use std::path::Path;

use dossier::check::{attributes, check, check_site, check_site_report};
use dossier::error::Problem;

/// Writes `files` (relative path, content) under `dir`.
fn write_site(dir: &Path, files: &[(&str, &str)]) {
    for (path, content) in files {
        let path = dir.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, content).unwrap();
    }
}

const INDEX: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
<link rel="stylesheet" href="static/style.css">
<link rel="preconnect" href="https://fonts.example.org">
<script src="static/search-index.js"></script>
</head>
<body>
<main id="main">
<a href="sources/tass.html">TASS</a>
<a href="sources/tass.html#p2">paragraph 2</a>
<a href='sources/caf%C3%A9%20noir.html#p1'>percent-encoded</a>
<a href="#main">skip</a>
<a href="#">top</a>
<a href=officials.html>unquoted</a>
<a href="sources/tass.html?highlight=x#p1">query</a>
<a href="mailto:editor@example.org">mail</a>
<a href="//cdn.example.org/x.js">protocol-relative</a>
<a href="javascript:void(0)">js</a>
<img src="data:image/png;base64,AAAA" alt="">
<img src="static/a.png" srcset="static/a.png 1x, static/a%402x.png 2x" alt="">
<!-- <a href="commented-out.html"> -->
<script>const s = '<a href="in-script.html">';</script>
</main>
</body>
</html>
"##;

const TASS: &str = r#"<html><body>
<a href="../index.html#main">home</a>
<p id="p1">one</p>
<p id="p2">two</p>
<a href="../sources/caf%C3%A9%20noir.html">sibling</a>
<a href="tass.md">markdown</a>
</body></html>
"#;

fn good_site(dir: &Path) {
    write_site(
        dir,
        &[
            ("index.html", INDEX),
            ("officials.html", "<p>officials</p>"),
            ("sources/tass.html", TASS),
            ("sources/tass.md", "# md"),
            ("sources/café noir.html", "<p id=\"p1\">x</p>"),
            ("static/style.css", "body{}"),
            ("static/search-index.js", "window.SEARCH_INDEX = [];"),
            ("static/a.png", "png"),
            ("static/a@2x.png", "png"),
        ],
    );
}

#[test]
fn a_site_with_good_links_has_no_problems() {
    let dir = tempfile::tempdir().unwrap();
    good_site(dir.path());
    let report = check_site_report(dir.path());
    assert_eq!(report.problems, Vec::<Problem>::new());
    assert_eq!(report.pages, 4);
    // index: style, search-index, tass, tass#p2, café, #main, #, officials, query, a.png, 2 srcset
    // tass: index#main, café, tass.md
    assert_eq!(report.links, 15);
    // preconnect, mailto, //cdn, javascript:, data:
    assert_eq!(report.external, 5);
}

/// One line per problem: "file:line: message", as `dossier check` prints them.
fn lines(problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .map(|p| format!("{}:{}: {}", p.file, p.line.unwrap_or(0), p.message))
        .collect()
}

#[test]
fn broken_links_are_reported_with_page_line_and_reason() {
    let dir = tempfile::tempdir().unwrap();
    good_site(dir.path());
    write_site(
        dir.path(),
        &[(
            "sources/broken.html",
            concat!(
                "<html><body>\n",
                "<a href=\"missing.html\">missing file</a>\n",
                "<a href=\"tass.html#p9\">missing anchor</a>\n",
                "<a href=\"../sources/\">folder with slash</a>\n",
                "<a href=\"../static\">folder</a>\n",
                "<a href=\"/sources/tass.html\">absolute</a>\n",
                "<a href=\"../../outside.html\">outside</a>\n",
                "<a href=\"TASS.html\">wrong case</a>\n",
                "<a href=\"caf%C3%A9 noir.html#p1\">ok: unencoded space</a>\n",
                "<a href=\"%E9.html\">not UTF-8</a>\n",
                "<p id=\"x\">a</p><p id=\"x\">b</p>\n",
                "<a href=\"#x\">ok</a> <a href=\"#nowhere\">missing same-page anchor</a>\n",
                "<a href=\"https://example.org/missing.html\">external: not checked</a>\n",
                "</body></html>\n",
            ),
        )],
    );
    let problems = check_site(dir.path());
    assert_eq!(
        lines(&problems),
        vec![
            "sources/broken.html:11: the id \"x\" is used twice (first on line 11)",
            "sources/broken.html:2: the link \"missing.html\" points at sources/missing.html, which is not in the site",
            "sources/broken.html:3: the link \"tass.html#p9\": sources/tass.html has no id \"p9\"",
            "sources/broken.html:4: the link \"../sources/\" points at the folder sources/, not at a file",
            "sources/broken.html:5: the link \"../static\" points at the folder static/, not at a file",
            "sources/broken.html:6: the link \"/sources/tass.html\" starts with \"/\"",
            "sources/broken.html:7: the link \"../../outside.html\" leaves the site folder",
            "sources/broken.html:8: the link \"TASS.html\" points at sources/TASS.html, which is not in the site",
            "sources/broken.html:10: the link \"%E9.html\" is not valid percent-encoded UTF-8",
            "sources/broken.html:12: the link \"#nowhere\": sources/broken.html has no id \"nowhere\"",
        ]
    );
    // Columns point at the value; help says what to do.
    assert_eq!(problems[1].column, Some(10));
    assert!(problems[5].help.contains("\"../sources/tass.html\""));
    assert!(problems[3].help.contains("index.html"));
}

#[test]
fn problems_come_in_page_order_and_are_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    write_site(
        dir.path(),
        &[
            ("b.html", "<a href=\"x.html\">"),
            ("a.html", "<a href=\"y.html\">"),
            ("sub/c.html", "<a href=\"z.html\">"),
        ],
    );
    let first = check_site(dir.path());
    let files: Vec<&str> = first.iter().map(|p| p.file.as_str()).collect();
    assert_eq!(files, vec!["a.html", "b.html", "sub/c.html"]);
    assert_eq!(first, check_site(dir.path()));
}

#[test]
fn a_missing_site_folder_is_one_problem_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let problems = check_site(&dir.path().join("public"));
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("cannot read the site folder"));
}

/// The checker's reading (html5ever's tokenizer, raw text switched by its own sink) agrees with
/// html5ever's full tree builder (through scraper) on every link and id of the test pages.
#[test]
fn attributes_agree_with_the_tree_builder() {
    for html in [INDEX, TASS] {
        let document = scraper::Html::parse_document(html);
        let selector = scraper::Selector::parse("[href], [src], [srcset], [id]").unwrap();
        let mut expected = Vec::new();
        for element in document.select(&selector) {
            for name in ["href", "src", "srcset", "id"] {
                if let Some(value) = element.value().attr(name) {
                    expected.push(format!("{} {name}={value}", element.value().name()));
                }
            }
        }
        let got: Vec<String> = attributes(html)
            .into_iter()
            .filter(|a| ["href", "src", "srcset", "id"].contains(&a.name.as_str()))
            .map(|a| format!("{} {}={}", a.tag, a.name, a.value))
            .collect();
        expected.sort();
        let mut got_sorted = got.clone();
        got_sorted.sort();
        assert_eq!(got_sorted, expected);
    }
}

#[test]
fn check_reports_content_problems_as_errors() {
    let dir = tempfile::tempdir().unwrap();
    // No content/sources: the dossier cannot be analysed.
    let error = check(dir.path()).unwrap_err();
    assert!(error.to_string().contains("content/sources"), "{error}");
}

#[test]
fn the_seed_dossier_has_no_broken_links() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let report = check(root).unwrap();
    assert_eq!(lines(&report.problems), Vec::<String>::new());
    assert!(report.pages >= 9, "{}", report.summary());
    assert!(report.links > 50, "{}", report.summary());
}
