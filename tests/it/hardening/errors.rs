//! Defect 5: errors that teach. Each names the file, the line (and column, with a caret where
//! a value is at fault), says what to do, and every problem comes in one list.

use super::{dossier, stderr};

const SOURCE: &str =
    "Ministry says talks continue\n\nMINSK, March 3 (TASS). Talks continue, the ministry said.\n";

fn build_fails(files: &[(&str, &[u8])]) -> String {
    let dir = tempfile::tempdir().unwrap();
    for (path, bytes) in files {
        crate::support::write(dir.path(), path, bytes);
    }
    let run = dossier(dir.path(), &["build"]);
    let message = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "{message}");
    for (path, bytes) in files {
        assert_eq!(
            &std::fs::read(dir.path().join(path)).unwrap(),
            bytes,
            "{path} changed"
        );
    }
    assert!(!dir.path().join("public").exists());
    message
}

#[test]
fn an_unknown_key_gets_a_caret_and_a_suggestion() {
    let message = build_fails(&[
        ("content/sources/tass.txt", SOURCE.as_bytes()),
        (
            "content/sources/tass.yaml",
            b"title: Talks\noutlett: TASS\n",
        ),
    ]);
    assert!(
        message.contains("content/sources/tass.yaml:2:1"),
        "{message}"
    );
    assert!(message.contains("did you mean `outlet`?"), "{message}");
    assert!(message.contains("| outlett: TASS\n     | ^"), "{message}");
}

#[test]
fn a_duplicate_key_points_at_the_duplicate() {
    let message = build_fails(&[
        ("content/sources/tass.txt", SOURCE.as_bytes()),
        (
            "content/sources/tass.yaml",
            b"title: Talks\noutlet: TASS\ntitle: Other\n",
        ),
    ]);
    assert!(
        message.contains("content/sources/tass.yaml:3:1"),
        "{message}"
    );
    assert!(message.contains("first on line 1"), "{message}");
}

#[test]
fn encodings_are_named_and_russian_legacy_encodings_decoded() {
    let russian = "Министр заявил о переговорах\n\nМИНСК, 3 марта. Переговоры продолжаются, заявил министр обороны.\n";
    let (koi8, _, _) = encoding_rs::KOI8_R.encode(russian);
    let dir = crate::support::dossier(&[]);
    crate::support::write(dir.path(), "content/sources/koi.txt", &koi8);
    let run = dossier(dir.path(), &["build"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert!(
        stderr(&run).contains("content/sources/koi.txt: not UTF-8; read as KOI8-R"),
        "{}",
        stderr(&run)
    );
    let page = std::fs::read_to_string(dir.path().join("public/sources/koi.html")).unwrap();
    assert!(page.contains("Переговоры продолжаются"));
    let (latin1, _, _) = encoding_rs::WINDOWS_1252
        .encode("Caf\u{e9} cr\u{e8}me au caf\u{e9}, na\u{ef}ve d\u{e9}j\u{e0} vu\n\nMore text.\n");
    let message = build_fails(&[("content/sources/fr.txt", &latin1)]);
    assert!(
        message.contains("not valid UTF-8 (it looks like windows-1252)"),
        "{message}"
    );
    assert!(message.contains("iconv -f windows-1252"), "{message}");
}

#[test]
fn registry_citations_native_names_and_duplicate_notes_are_checked_in_one_list() {
    let registry = "- slug: ivan-petrov\n  name: Ivan Petrov\n  native: [Ivan Petrov]\n";
    let note = "---\ntitle: A\nkind: other\n---\nText.\n";
    let message = build_fails(&[
        ("content/sources/tass.txt", SOURCE.as_bytes()),
        ("content/officials.yaml", registry.as_bytes()),
        ("content/notes/same-note.md", note.as_bytes()),
        ("content/notes/Same note.md", note.as_bytes()),
        (
            "content/events.yaml",
            b"- date: 0000-01-01\n  title: Nothing\n  citations: [tass]\n",
        ),
    ]);
    assert!(message.contains("3 problems in the dossier"), "{message}");
    assert!(
        message.contains("content/officials.yaml:3: `native: Ivan Petrov` is in Latin script"),
        "{message}"
    );
    assert!(
        message.contains("slug \"same-note\" is already used by content/notes/Same note.md"),
        "{message}"
    );
    assert!(message.contains("year 0000"), "{message}");
    let cited = "- slug: ivan-petrov\n  name: Ivan Petrov\n  roles:\n    - title: head\n      citation: tas#p1\n    - title: head\n      citation: tass#p9\n";
    let message = build_fails(&[
        ("content/sources/tass.txt", SOURCE.as_bytes()),
        ("content/officials.yaml", cited.as_bytes()),
    ]);
    assert!(message.contains("content/officials.yaml:5: the citation `tas#p1` names no source of this dossier; did you mean `tass`?"), "{message}");
    assert!(
        message.contains(
            "content/officials.yaml:7: the citation `tass#p9`: tass has paragraphs p1 to p"
        ),
        "{message}"
    );
}

#[test]
fn nul_bytes_never_reach_the_html_and_control_characters_never_reach_the_terminal() {
    let dir = crate::support::dossier(&[(
        "content/sources/tass.txt",
        "Ministry says\0 talks continue\n\nMINSK, March 3 (TASS). Talks\0 continue.\n",
    )]);
    crate::support::write(
        dir.path(),
        "content/sources/bad\x1b[31mname.yaml",
        b"x: [\n",
    );
    let run = dossier(dir.path(), &["build"]);
    let message = stderr(&run);
    assert_eq!(run.status.code(), Some(1));
    assert!(!message.contains('\x1b'), "raw escape in {message:?}");
    assert!(message.contains("bad\\u{1b}[31mname.yaml"), "{message}");
    std::fs::remove_file(dir.path().join("content/sources/bad\x1b[31mname.yaml")).unwrap();
    let run = dossier(dir.path(), &["build"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert!(
        stderr(&run).contains("content/sources/tass.txt: 2 NUL byte(s) removed"),
        "{}",
        stderr(&run)
    );
    for (path, bytes) in crate::support::read_tree(&dir.path().join("public")) {
        assert!(!bytes.contains(&0), "NUL in {path}");
    }
}

#[test]
fn a_misspelt_slug_in_a_note_gets_a_suggestion() {
    let message = build_fails(&[
        ("content/sources/tass.txt", SOURCE.as_bytes()),
        (
            "content/notes/n.md",
            b"---\ntitle: A\nkind: other\nsources: [tas]\n---\nSee [[tasss#p1]].\n",
        ),
    ]);
    assert!(message.contains("2 problems in the dossier"), "{message}");
    assert!(
        message.contains("content/notes/n.md:4: sources: \"tas\" is not a source of this dossier; did you mean `tass`?"),
        "{message}"
    );
    assert!(
        message.contains("content/notes/n.md:6:5: [[tasss#p1]] does not name a source, a person or a note; did you mean `tass`?"),
        "{message}"
    );
}
