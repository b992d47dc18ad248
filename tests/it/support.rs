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

/// The fixture dossiers, `tests/fixtures/` (see its README).
pub fn fixtures_root() -> PathBuf {
    seed_root().join("tests/fixtures")
}

/// The folder of the fixture dossier `name`; `seed-like` is the repository's own seed.
pub fn fixture(name: &str) -> PathBuf {
    match name {
        "seed-like" => seed_root(),
        _ => fixtures_root().join(name),
    }
}

/// A copy of the fixture dossier `name` in a temporary folder, for tests that build into
/// `ROOT/public` or change the content.
pub fn fixture_copy(name: &str) -> tempfile::TempDir {
    if name == "seed-like" {
        return seed_copy();
    }
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixture(name), dir.path());
    dir
}

/// Builds the fixture `name` (read in place) into `OUT/public` of a new temporary folder.
pub fn build_fixture(name: &str) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let mut options = dossier::BuildOptions::new(fixture(name));
    options.out = out.path().join("public");
    dossier::build(&options).unwrap_or_else(|e| panic!("fixture {name}: {e}"));
    out
}

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
