//! The evaluation corpus against its floors (`tests/corpus/floors.yaml`): every subject of
//! `tests/corpus/` is built as its own dossier and compared with its hand-made truth; the test
//! fails naming the figure, subject and value that falls below its floor (or, while a floor is
//! not reached yet, below the best figure reached so far).

use std::path::Path;

use dossier::evaluate::{self, floors::Floors, table};

#[test]
fn every_subject_meets_its_floors() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let text =
        std::fs::read_to_string(corpus.join("floors.yaml")).expect("tests/corpus/floors.yaml");
    let floors = Floors::parse(&text, "tests/corpus/floors.yaml").unwrap_or_else(|p| panic!("{p}"));
    assert!(
        floors.floors.contains_key("people_precision")
            && floors.floors.contains_key("invented_dates"),
        "floors.yaml lost the floors of issue 8"
    );
    let mut reports = Vec::new();
    for dir in evaluate::subjects(&corpus).expect("tests/corpus lists") {
        reports.push(evaluate::evaluate_subject(&dir).unwrap_or_else(|e| panic!("{e}")));
    }
    let rows = evaluate::rows(&reports);
    let failures: Vec<String> = rows
        .iter()
        .flat_map(|(name, counts)| floors.check(name, &counts.figures()))
        .map(|f| f.to_string())
        .collect();
    assert!(
        failures.is_empty(),
        "{}\n\n{}",
        failures.join("\n"),
        table::render(&rows)
    );
}
