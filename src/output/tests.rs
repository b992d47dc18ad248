//! Tests of the output writer.

use super::*;

#[test]
fn a_path_outside_the_output_is_refused() {
    assert!(checked_relative("../x").is_err());
    assert!(checked_relative("/etc/x").is_err());
    assert!(checked_relative("").is_err());
    assert_eq!(
        checked_relative("a/b.html").ok().as_deref(),
        Some("a/b.html")
    );
}

#[test]
fn in_place_rewrites_only_changed_files_and_removes_stale_ones() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let first = Output::begin(&out, Mode::Swap).unwrap();
    first.write("a.html", b"a").unwrap();
    first.write("b.html", b"b").unwrap();
    first.commit().unwrap();
    let second = Output::begin(&out, Mode::InPlace).unwrap();
    second.write("a.html", b"a").unwrap();
    second.write("c.html", b"c").unwrap();
    let done = second.commit().unwrap();
    assert_eq!(done.changed, 1);
    assert_eq!(done.removed, vec!["b.html".to_string()]);
    assert!(!out.join("b.html").exists());
    assert_eq!(std::fs::read(out.join("c.html")).unwrap(), b"c");
}

#[test]
fn a_dropped_writer_leaves_the_output_and_no_staging_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let first = Output::begin(&out, Mode::Swap).unwrap();
    first.write("a.html", b"old").unwrap();
    first.commit().unwrap();
    let failed = Output::begin(&out, Mode::Swap).unwrap();
    failed.write("a.html", b"new").unwrap();
    drop(failed);
    assert_eq!(std::fs::read(out.join("a.html")).unwrap(), b"old");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_streamed_file_is_written_and_rewritten_in_place_only_when_it_changed() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let first = Output::begin(&out, Mode::Swap).unwrap();
    first
        .write_streamed("data/big.json", &|w| w.write_all(b"{\"a\": 1}"))
        .unwrap();
    first.commit().unwrap();
    assert_eq!(
        std::fs::read(out.join("data/big.json")).unwrap(),
        b"{\"a\": 1}"
    );
    let same = Output::begin(&out, Mode::InPlace).unwrap();
    same.write_streamed("data/big.json", &|w| w.write_all(b"{\"a\": 1}"))
        .unwrap();
    assert_eq!(same.commit().unwrap().changed, 0);
    let other = Output::begin(&out, Mode::InPlace).unwrap();
    other
        .write_streamed("data/big.json", &|w| w.write_all(b"{\"a\": 2}"))
        .unwrap();
    let done = other.commit().unwrap();
    assert_eq!((done.files, done.changed), (1, 1));
    assert_eq!(
        std::fs::read(out.join("data/big.json")).unwrap(),
        b"{\"a\": 2}"
    );
    let mut file = std::fs::File::open(out.join("data/big.json")).unwrap();
    assert!(same_contents(&mut file, &out.join("data/big.json")));
}
