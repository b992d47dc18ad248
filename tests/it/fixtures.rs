//! The fixture dossiers of `tests/fixtures/`: each valid one builds and passes `dossier check`;
//! each `invalid/*` one fails with exactly the message in its `expected.txt`.

use std::path::Path;

use crate::support::*;

/// The valid fixtures, by folder name.
const VALID: [&str; 4] = ["minimal", "seed-like", "syndicated", "hostile"];

/// Set to rewrite every `invalid/*/expected.txt` with the message the build gives now (then
/// review the change with `git diff tests/fixtures`).
const UPDATE: &str = "DOSSIER_UPDATE_EXPECTED";

/// Runs `dossier build --root DIR --out OUT` and returns (exit code, stderr).
fn build_in_place(root: &Path, out: &Path) -> (Option<i32>, String) {
    let run = assert_cmd::Command::cargo_bin("dossier")
        .unwrap()
        .args(["build", "--root"])
        .arg(root)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap();
    (
        run.status.code(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    )
}

#[test]
fn every_invalid_fixture_fails_with_its_expected_message() {
    let mut cases: Vec<_> = std::fs::read_dir(fixtures_root().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 10, "{cases:?}");
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let out = tempfile::tempdir().unwrap();
        let (code, stderr) = build_in_place(case, &out.path().join("public"));
        assert_eq!(code, Some(1), "invalid/{name}: {stderr}");
        assert!(
            !out.path().join("public").exists(),
            "invalid/{name}: a failed build wrote output"
        );
        let expected_path = case.join("expected.txt");
        if std::env::var_os(UPDATE).is_some() {
            std::fs::write(&expected_path, &stderr).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("invalid/{name}/expected.txt: {e}"));
        if stderr != expected {
            failures.push(format!(
                "invalid/{name}: expected\n{expected}\ngot\n{stderr}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n(after an intended change: {UPDATE}=1 cargo test --test it fixtures::)",
        failures.join("\n")
    );
}

#[test]
fn every_valid_fixture_builds_with_no_broken_link() {
    for name in VALID {
        let out = build_fixture(name);
        let problems = dossier::check::check_site(&out.path().join("public"));
        assert_eq!(problems, Vec::new(), "{name}");
    }
}

#[test]
fn building_a_fixture_in_place_writes_nothing_into_it() {
    let before = read_tree(&fixture("hostile"));
    let out = tempfile::tempdir().unwrap();
    let (code, stderr) = build_in_place(&fixture("hostile"), &out.path().join("public"));
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(read_tree(&fixture("hostile")), before);
}

#[test]
fn the_syndicated_copies_disagree_on_spelling_and_wording() {
    let dossier = dossier::analyse(&fixture("syndicated")).unwrap();
    let summaries: Vec<String> = dossier
        .discrepancies
        .iter()
        .map(|d| d.summary.clone())
        .collect();
    let has = |needle: &str| summaries.iter().any(|s| s.contains(needle));
    assert!(has("Kovalenko") && has("Kovalenka"), "{summaries:#?}");
    assert!(
        has("Sergei") && has("Siarhei") && has("Sergey"),
        "{summaries:#?}"
    );
    assert!(has("one statement quoted in 3 wordings"), "{summaries:#?}");
    // Three spellings, one official.
    assert_eq!(dossier.officials.len(), 1, "{:#?}", dossier.officials);
}

#[test]
fn the_hostile_fixture_reads_every_encoding_and_control_character() {
    let out = tempfile::tempdir().unwrap();
    let (code, stderr) = build_in_place(&fixture("hostile"), &out.path().join("public"));
    assert_eq!(code, Some(0), "{stderr}");
    for warning in [
        "content/sources/koi8.txt: not UTF-8; read as KOI8-R",
        "content/sources/utf16.txt: read as UTF-16LE",
        "content/sources/controls.txt: 1 NUL byte(s) removed",
    ] {
        assert!(stderr.contains(warning), "{warning}: {stderr}");
    }
    assert!(!stderr.contains('\x1b'), "raw escape in {stderr:?}");
    let koi8 = std::fs::read_to_string(out.path().join("public/sources/koi8.html")).unwrap();
    assert!(koi8.contains("Переговоры продолжаются"));
}
