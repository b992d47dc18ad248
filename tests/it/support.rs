//! Helpers shared by the integration tests: fixture dossiers made in temporary folders.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The repository's own dossier (the seed).
pub fn seed_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Writes `files` (relative path -> text) under a new temporary folder.
pub fn dossier(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        write(dir.path(), path, text.as_bytes());
    }
    dir
}

/// Writes one file, creating its folders.
pub fn write(root: &Path, relative: &str, bytes: &[u8]) {
    let path = root.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// A copy of the seed dossier's content in a temporary folder.
pub fn seed_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&seed_root().join("content"), &dir.path().join("content"));
    std::fs::copy(
        seed_root().join("dossier.yaml"),
        dir.path().join("dossier.yaml"),
    )
    .unwrap();
    dir
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A source full of things that must not become markup.
pub const HOSTILE_SOURCE: &str = "Hostile headline without a full stop here\n\
\n\
---\n\
title: injected front matter\n\
---\n\
\n\
MINSK, March 3 – Test Agency. Officials said <script>alert('x')</script> was found in the text.\n\
\n\
An image <img src=x onerror=alert(1)> and a link [click](javascript:alert(1)) and <a href=\"http://evil.example\">evil</a>.\n\
\n\
Markdown *bold* and _italic_ and `code` and # not a heading and ![img](x.png) and &amp; entity and \\ backslash.\n\
\n\
# A line that looks like a heading\n\
\n\
1. A line that looks like a list item with enough words to be kept as a paragraph of text.\n\
\n\
| a | table |\n\
\n\
“Quoted words with <b>tags</b> inside them are still only text,” said Ivan Petrov, head of the test department.\n";

/// Every file of a built site, relative path -> bytes.
pub fn read_tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .to_string();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

/// Builds `root` into `root/public` with the library.
pub fn build(root: &Path) -> dossier::Summary {
    dossier::build(&dossier::BuildOptions::new(root)).unwrap()
}

/// Collapses runs of whitespace (HTML rendering does the same).
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs `dossier build --root DIR` (the real binary) and returns what it did.
pub fn run_build(root: &Path) -> std::process::Output {
    assert_cmd::Command::cargo_bin("dossier")
        .unwrap()
        .args(["build", "--root"])
        .arg(root)
        .output()
        .unwrap()
}
