//! Defect 1: the output is owned. Folders and files dossier did not make survive a build.

use super::{dossier, small_dossier, stderr};

#[test]
fn build_never_deletes_old_or_building_folders_a_user_made() {
    let dir = small_dossier();
    for folder in [".site.old", ".site.building"] {
        crate::support::write(dir.path(), &format!("x/{folder}/keep"), b"mine");
    }
    let run = dossier(dir.path(), &["build", "--out", "x/site"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let again = dossier(dir.path(), &["build", "--out", "x/site"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    for folder in [".site.old", ".site.building"] {
        let kept = dir.path().join("x").join(folder).join("keep");
        assert_eq!(
            std::fs::read(&kept).unwrap(),
            b"mine",
            "{} lost",
            kept.display()
        );
    }
    assert!(dir.path().join("x/site/index.html").is_file());
    // Nothing of dossier's own is left beside the output.
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("x"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    names.sort();
    assert_eq!(names, [".site.building", ".site.old", "site"]);
}

#[test]
fn a_file_the_user_added_to_the_output_survives_and_is_reported() {
    let dir = small_dossier();
    let first = dossier(dir.path(), &["build"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    crate::support::write(dir.path(), "public/CNAME", b"dossier.example.org\n");
    crate::support::write(
        dir.path(),
        "public/.well-known/security.txt",
        b"Contact: x\n",
    );
    let second = dossier(dir.path(), &["build"]);
    assert_eq!(second.status.code(), Some(0), "{}", stderr(&second));
    assert_eq!(
        std::fs::read(dir.path().join("public/CNAME")).unwrap(),
        b"dossier.example.org\n"
    );
    assert!(dir.path().join("public/.well-known/security.txt").is_file());
    let message = stderr(&second);
    assert!(
        message.contains("CNAME: kept from the previous output; dossier did not write this file"),
        "{message}"
    );
    // A third build keeps it too, and pages that disappear from the dossier are not "kept".
    let third = dossier(dir.path(), &["build"]);
    assert_eq!(third.status.code(), Some(0));
    assert!(dir.path().join("public/CNAME").is_file());
    assert!(
        !stderr(&third).contains("index.html: kept"),
        "{}",
        stderr(&third)
    );
}

#[test]
fn a_staging_folder_left_by_a_killed_build_is_cleared_and_the_output_kept() {
    let dir = small_dossier();
    assert_eq!(dossier(dir.path(), &["build"]).status.code(), Some(0));
    // What a build killed while writing leaves: a marked staging folder beside the output.
    let leftover = dir.path().join(".public.dossier-staging-1-1");
    crate::support::write(&leftover, ".dossier-staging", b"");
    crate::support::write(&leftover, "index.html", b"half");
    // A folder with dossier's prefix but without its marker is someone else's: kept.
    crate::support::write(dir.path(), ".public.dossier-notes/keep", b"mine");
    let run = dossier(dir.path(), &["build"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert!(!leftover.exists());
    assert!(dir.path().join(".public.dossier-notes/keep").is_file());
    assert!(dir.path().join("public/index.html").is_file());
}

#[test]
fn a_build_killed_at_any_moment_leaves_a_complete_output() {
    let dir = small_dossier();
    assert_eq!(dossier(dir.path(), &["build"]).status.code(), Some(0));
    let before = crate::support::read_tree(&dir.path().join("public"));
    let binary = assert_cmd::cargo::cargo_bin("dossier");
    for attempt in 0..12u64 {
        let mut child = std::process::Command::new(&binary)
            .current_dir(dir.path())
            .arg("build")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(attempt * 7));
        let _ = child.kill();
        let _ = child.wait();
        let tree = crate::support::read_tree(&dir.path().join("public"));
        assert_eq!(tree.len(), before.len(), "attempt {attempt}: files lost");
    }
}

#[test]
fn an_output_folder_dossier_did_not_write_is_refused() {
    let dir = small_dossier();
    crate::support::write(dir.path(), "site/thesis.tex", b"years of work");
    let run = dossier(dir.path(), &["build", "--out", "site"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr(&run).contains("was not written by dossier"),
        "{}",
        stderr(&run)
    );
    assert_eq!(
        std::fs::read(dir.path().join("site/thesis.tex")).unwrap(),
        b"years of work"
    );
}
