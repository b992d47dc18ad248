//! Defect 3: bounded input. Alias amplification, huge files, FIFOs and symbolic links that leave
//! the dossier are refused with a clear message, quickly, and nothing is lost.

use std::time::Duration;

use super::stderr;

const SOURCE: &str =
    "Ministry says talks continue\n\nMINSK, March 3 (TASS). Talks continue, the ministry said.\n";

/// Runs `dossier build` with a generous limit (a hang before the fix fails instead of blocking).
fn build(dir: &std::path::Path) -> std::process::Output {
    assert_cmd::Command::cargo_bin("dossier")
        .unwrap()
        .current_dir(dir)
        .arg("build")
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap()
}

/// A YAML value `&x [..20 KB..]` and then a list of 1,000 aliases of it.
fn amplified(indent: &str) -> String {
    let anchor: Vec<String> = (0..2000).map(|i| format!("w{i:05}")).collect();
    let aliases = vec!["*x"; 1000].join(", ");
    format!(
        "{indent}bulk: &x [{}]\n{indent}aliases: [{aliases}]\n",
        anchor.join(", ")
    )
}

#[test]
fn alias_amplification_is_refused_in_every_yaml_file() {
    let cases: [(&str, String, usize); 5] = [
        ("dossier.yaml", amplified(""), 2),
        ("content/sources/tass.yaml", amplified(""), 2),
        (
            "content/officials.yaml",
            format!("- slug: a\n  name: A B\n{}", amplified("  ")),
            4,
        ),
        (
            "content/events.yaml",
            format!("- date: 2020\n  title: t\n{}", amplified("  ")),
            4,
        ),
        (
            "content/notes/n.md",
            format!("---\ntitle: t\n{}---\nbody\n", amplified("")),
            4,
        ),
    ];
    for (file, text, line) in cases {
        let dir = crate::support::dossier(&[("content/sources/tass.txt", SOURCE), (file, &text)]);
        let run = build(dir.path());
        let message = stderr(&run);
        assert_eq!(run.status.code(), Some(1), "{file}: {message}");
        assert!(
            message.contains(&format!("{file}:{line}:"))
                && message.contains("would expand it past"),
            "{file}: {message}"
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join(file)).unwrap(),
            text
        );
    }
}

#[test]
fn a_fifo_in_content_is_refused_without_blocking() {
    let dir = crate::support::dossier(&[("content/sources/tass.txt", SOURCE)]);
    for fifo in [
        "content/sources/tass.yaml",
        "content/officials.yaml",
        "content/sources/b.txt",
    ] {
        let status = std::process::Command::new("mkfifo")
            .arg(dir.path().join(fifo))
            .status()
            .unwrap();
        assert!(status.success());
    }
    let run = build(dir.path());
    let message = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "{message}");
    for fifo in [
        "content/sources/tass.yaml",
        "content/officials.yaml",
        "content/sources/b.txt",
    ] {
        assert!(
            message.contains(&format!("{fifo}: this is not a regular file")),
            "{fifo}: {message}"
        );
    }
    assert!(dir.path().join("content/sources/tass.txt").is_file());
}

#[test]
fn symbolic_links_are_followed_inside_the_dossier_only() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.yaml");
    std::fs::write(&secret, "password: hunter2-SECRET\n").unwrap();
    let dir = crate::support::dossier(&[
        ("content/sources/tass.txt", SOURCE),
        ("originals/ria.txt", SOURCE),
    ]);
    let sources = dir.path().join("content/sources");
    std::os::unix::fs::symlink(&secret, sources.join("tass.yaml")).unwrap();
    std::os::unix::fs::symlink("../../originals/ria.txt", sources.join("ria.txt")).unwrap();
    let run = build(dir.path());
    let message = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "{message}");
    assert!(
        message.contains(
            "content/sources/tass.yaml: this is a symbolic link to a file outside the dossier"
        ),
        "{message}"
    );
    assert!(
        !message.contains("hunter2"),
        "the target's contents leaked: {message}"
    );
    assert!(
        !message.contains("ria.txt"),
        "the link inside the dossier is fine: {message}"
    );
    // Without the outside link, the inside one builds as a source.
    std::fs::remove_file(sources.join("tass.yaml")).unwrap();
    let run = build(dir.path());
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert!(dir.path().join("public/sources/ria.html").is_file());
    assert_eq!(
        std::fs::read_to_string(&secret).unwrap(),
        "password: hunter2-SECRET\n"
    );
}

#[test]
fn a_source_over_the_size_limit_is_refused_with_its_size() {
    let huge = "Word ".repeat(2 * 1024 * 1024);
    let dir = crate::support::dossier(&[
        ("content/sources/tass.txt", SOURCE),
        ("content/sources/big.txt", &huge),
    ]);
    let run = build(dir.path());
    let message = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "{message}");
    assert!(
        message.contains(
            "content/sources/big.txt: the file is 10.0 MiB; dossier reads files of up to 8 MiB"
        ),
        "{message}"
    );
    assert_eq!(
        std::fs::metadata(dir.path().join("content/sources/big.txt"))
            .unwrap()
            .len(),
        huge.len() as u64
    );
}
