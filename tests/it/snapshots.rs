//! Snapshots (insta) of what each fixture dossier becomes: the annotated Markdown of every
//! source, `dossier.json`, and the visible text of the `<main>` of every page.
//!
//! A change in any of them fails here with a diff. After an intended change, review and accept
//! the new snapshots with `cargo insta review` (or `INSTA_UPDATE=always cargo test --test it
//! snapshots::` and `git diff tests/it/snapshots/`); see the README.

use std::collections::BTreeSet;
use std::path::Path;

use scraper::{ElementRef, Html, Node, Selector};

use crate::support::*;

/// Elements that start a new line of visible text.
const BLOCKS: [&str; 31] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "tr",
];

/// Table cells, shown apart on their row's line.
const CELLS: [&str; 2] = ["td", "th"];

/// Elements whose content a reader never sees as text.
const HIDDEN: [&str; 3] = ["script", "style", "template"];

/// The visible text of the `<main>` of `html`: one line per block, spaces collapsed.
fn main_text(html: &str) -> String {
    let document = Html::parse_document(html);
    let main = Selector::parse("main").unwrap();
    let mut text = String::new();
    for element in document.select(&main) {
        visible_text(element, &mut text);
    }
    text.lines()
        .map(squash)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn visible_text(element: ElementRef<'_>, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(&text.replace('\n', " ")),
            Node::Element(e) if HIDDEN.contains(&e.name()) => {}
            Node::Element(e) if CELLS.contains(&e.name()) => {
                // Table cells: apart on one line.
                out.push_str(" | ");
                if let Some(child) = ElementRef::wrap(child) {
                    visible_text(child, out);
                }
            }
            Node::Element(e) => {
                let block = BLOCKS.contains(&e.name());
                if block {
                    out.push('\n');
                }
                if let Some(child) = ElementRef::wrap(child) {
                    visible_text(child, out);
                }
                if block {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}

/// `text`, failing if it holds a path of this machine (snapshots must not depend on where the
/// test runs).
fn portable(what: &str, text: String, roots: &[&Path]) -> String {
    for root in roots {
        let shown = root.to_string_lossy();
        assert!(
            !text.contains(shown.as_ref()),
            "{what} holds the path {shown}"
        );
    }
    text
}

/// Snapshots every output of the fixture `name` that a reader or a tool reads.
fn snapshot_fixture(name: &str) {
    let out = build_fixture(name);
    let site = out.path().join("public");
    let repository = seed_root();
    let roots = [out.path(), repository.as_path()];
    let tree = read_tree(&site);
    let mut taken = BTreeSet::new();
    for (path, bytes) in &tree {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let key = path.replace('/', "-");
        let (snapshot, shown) = if path.starts_with("sources/") && path.ends_with(".md") {
            (format!("md-{key}"), text)
        } else if path == "dossier.json" {
            ("dossier-json".to_string(), text)
        } else if path.ends_with(".html") && path != "print.html" {
            (format!("page-{key}"), main_text(&text))
        } else {
            continue;
        };
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_suffix(name);
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.set_description(format!("{name}: {path}"));
        settings.bind(|| {
            insta::assert_snapshot!(snapshot.as_str(), portable(path, shown, &roots));
        });
        taken.insert(format!("{snapshot}@{name}.snap"));
    }
    assert_no_stale_snapshot(name, &taken);
}

/// Fails when `tests/it/snapshots/` holds a snapshot of fixture `name` that the build no longer
/// produces (a page renamed or gone): insta would keep it forever.
fn assert_no_stale_snapshot(name: &str, taken: &BTreeSet<String>) {
    let folder = seed_root().join("tests/it/snapshots");
    let suffix = format!("@{name}.snap");
    let stale: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|file| file.ends_with(&suffix) && !taken.contains(file))
        .collect();
    assert!(
        stale.is_empty(),
        "snapshots of outputs the {name} fixture no longer has (delete them): {stale:?}"
    );
}

#[test]
fn minimal() {
    snapshot_fixture("minimal");
}

#[test]
fn seed_like() {
    snapshot_fixture("seed-like");
}

#[test]
fn syndicated() {
    snapshot_fixture("syndicated");
}

#[test]
fn hostile() {
    snapshot_fixture("hostile");
}

#[test]
fn main_text_keeps_blocks_apart_and_hides_scripts() {
    let html = "<html><body><nav>menu</nav><main><h1>Title</h1><p>One <a href=x>link</a>\n\
                and   more.</p><script>var x = 1;</script><ul><li>a</li><li>b</li></ul>\
                <table><tr><th>Line</th><th>Text</th></tr><tr><td>1</td><td>x</td></tr></table>\
                </main></body></html>";
    assert_eq!(
        main_text(html),
        "Title\nOne link and more.\na\nb\n| Line | Text\n| 1 | x"
    );
}
