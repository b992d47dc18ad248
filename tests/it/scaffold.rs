//! `dossier new DIR`: scaffolds a dossier that builds, and never overwrites user data.

use std::fs;
use std::path::PathBuf;

use dossier::scaffold::create;

#[test]
fn creates_a_new_dossier_in_a_missing_folder() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("my-dossier");
    let written = create(&dir).unwrap();
    let expected: Vec<PathBuf> = [
        "dossier.yaml",
        ".gitignore",
        "content/sources/example-article.txt",
        "content/sources/example-article.yaml",
        "content/officials.yaml",
        "content/events.yaml",
        "content/notes/example-note.md",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    assert_eq!(written, expected);
    for file in &written {
        assert!(dir.join(file).is_file(), "{}", file.display());
    }
    let article = fs::read_to_string(dir.join("content/sources/example-article.txt")).unwrap();
    assert!(article.contains("Example article"));
    assert!(article.contains("- Advertisement -"));
    assert!(article.contains("NORTHBRIDGE, March 4"));
    let note = fs::read_to_string(dir.join("content/notes/example-note.md")).unwrap();
    assert!(note.contains("[[example-article#p1]]"));
    assert_eq!(
        fs::read_to_string(dir.join(".gitignore"))
            .unwrap()
            .lines()
            .last(),
        Some("/public")
    );
}

#[test]
fn creates_a_new_dossier_in_an_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(create(dir.path()).unwrap().len(), 7);
}

#[test]
fn the_new_dossier_reads_without_problems() {
    let dir = tempfile::tempdir().unwrap();
    create(dir.path()).unwrap();
    let dossier = dossier::analyse(dir.path()).unwrap();
    assert_eq!(dossier.config.title, "My dossier");
    assert_eq!(dossier.sources.len(), 1);
    assert_eq!(dossier.sources[0].slug, "example-article");
    assert_eq!(dossier.notes.len(), 1);
}

#[test]
fn refuses_a_folder_that_is_not_empty_and_leaves_it_untouched() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("dossier.yaml"), "title: Mine\n").unwrap();
    fs::create_dir(dir.path().join("content")).unwrap();
    let error = create(dir.path()).unwrap_err().to_string();
    assert!(error.contains(&dir.path().display().to_string()), "{error}");
    assert!(error.contains("not empty"), "{error}");
    assert!(error.contains("choose a new folder name"), "{error}");
    assert_eq!(
        fs::read_to_string(dir.path().join("dossier.yaml")).unwrap(),
        "title: Mine\n"
    );
    let mut entries: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    entries.sort();
    assert_eq!(entries, vec!["content", "dossier.yaml"]);
    assert_eq!(fs::read_dir(dir.path().join("content")).unwrap().count(), 0);
}

#[test]
fn refuses_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.txt");
    fs::write(&file, "keep me").unwrap();
    assert!(create(&file).is_err());
    assert_eq!(fs::read_to_string(&file).unwrap(), "keep me");
}

#[test]
fn a_hidden_file_counts_as_content() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join(".git")).unwrap();
    assert!(create(dir.path()).is_err());
    assert!(!dir.path().join("dossier.yaml").exists());
}
