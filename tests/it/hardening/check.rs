//! Defect 6: `check` validates registry citations and finds the serve script left in public/.

use super::{dossier, small_dossier, stderr};

#[test]
fn check_reports_a_serve_script_left_in_the_output() {
    let dir = small_dossier();
    assert_eq!(dossier(dir.path(), &["build"]).status.code(), Some(0));
    assert_eq!(dossier(dir.path(), &["check"]).status.code(), Some(0));
    let index = dir.path().join("public/index.html");
    let page = std::fs::read_to_string(&index).unwrap();
    let stale = page.replace(
        "</body>",
        "<script src=\"/__dossier/reload.js\"></script></body>",
    );
    std::fs::write(&index, &stale).unwrap();
    let run = dossier(dir.path(), &["check"]);
    let message = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "{message}");
    assert!(message.contains("public/index.html:"), "{message}");
    assert!(
        message.contains("live-reload script of `dossier serve`"),
        "{message}"
    );
    assert_eq!(std::fs::read_to_string(&index).unwrap(), stale);
}

#[test]
fn check_validates_registry_citations() {
    let dir = small_dossier();
    crate::support::write(
        dir.path(),
        "content/officials.yaml",
        b"- slug: ivan-petrov\n  name: Ivan Petrov\n  roles:\n    - title: head\n      citation: nowhere#p1\n",
    );
    let run = dossier(dir.path(), &["check"]);
    let message = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "{message}");
    assert!(
        message.contains("content/officials.yaml:5: the citation `nowhere#p1` names no source"),
        "{message}"
    );
}

#[test]
fn check_finds_a_link_to_a_missing_anchor_in_an_editorial_note() {
    let dir = small_dossier();
    crate::support::write(
        dir.path(),
        "content/notes/n.md",
        b"---\ntitle: A\nkind: other\n---\nSee [the third paragraph](sources/tass.html#p99).\n",
    );
    let run = dossier(dir.path(), &["check"]);
    let message = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "{message}");
    assert!(message.contains("#p99"), "{message}");
    assert!(dir.path().join("content/notes/n.md").is_file());
}
