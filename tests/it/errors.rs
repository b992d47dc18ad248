//! Invariant 7: bad input gives a clear error naming file and line, never a panic.
//!
//! One broken thing at a time is the fixture loop's job (`tests/fixtures/invalid/*`, checked by
//! `fixtures::every_invalid_fixture_fails_with_its_expected_message`); here, several problems
//! reported in one list, and what a successful build says.

use crate::support::*;

const ARTICLE: &str = "A title for the test article here\n\nMINSK, June 2 – Agency. Ivan Petrov said the article is fine.\n";

/// Runs `dossier build --root DIR` and returns (exit code, stderr).
fn build_err(dir: &std::path::Path) -> (i32, String) {
    let out = run_build(dir);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

fn assert_error(files: &[(&str, &[u8])], expected: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    for (path, bytes) in files {
        write(dir.path(), path, bytes);
    }
    let (code, stderr) = build_err(dir.path());
    assert_eq!(
        code, 1,
        "expected a clean failure (not a panic), got {code}: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    for e in expected {
        assert!(stderr.contains(e), "stderr lacks {e:?}:\n{stderr}");
    }
    assert!(
        !dir.path().join("public").exists(),
        "a failed build wrote output"
    );
}

#[test]
fn unknown_reference_in_a_note_names_file_and_line() {
    assert_error(
        &[
            ("content/sources/a.txt", ARTICLE.as_bytes()),
            ("content/notes/n.md", b"---\ntitle: A note\n---\n\nFine [[a#p1]].\nBroken [[nobody-here]] and [[a#p7]].\n"),
        ],
        &["content/notes/n.md:6:8", "[[nobody-here]]", "content/notes/n.md:6:28", "p1 to p1", "2 problems"],
    );
}

#[test]
fn unknown_references_in_sidecar_notes_and_settings_name_file_and_line() {
    assert_error(
        &[
            ("content/sources/a.txt", ARTICLE.as_bytes()),
            (
                "content/sources/a.yaml",
                b"outlet: TASS\nnotes: |\n  Fine [[a#p1]].\n  Broken [[b]].\n",
            ),
            ("dossier.yaml", b"title: T\ndescription: See [[a#p9]].\n"),
        ],
        &[
            "content/sources/a.yaml:4: [[b]]",
            "dossier.yaml:2: [[a#p9]]",
            "2 problems",
        ],
    );
}

/// Without `base_url` the build says which published extras it skipped; with one it writes them
/// and says nothing of the kind.
#[test]
fn a_build_without_base_url_says_what_it_skipped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("content/sources")).unwrap();
    std::fs::write(dir.path().join("content/sources/a.txt"), ARTICLE).unwrap();
    let (code, stderr) = build_err(dir.path());
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("no base_url, so sitemap.xml, feed.xml"),
        "{stderr}"
    );
    assert!(!dir.path().join("public/sitemap.xml").exists());

    std::fs::write(
        dir.path().join("dossier.yaml"),
        "base_url: https://example.org/dossier/\n",
    )
    .unwrap();
    let (code, stderr) = build_err(dir.path());
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("base_url"), "{stderr}");
    assert!(dir.path().join("public/sitemap.xml").is_file());
}
