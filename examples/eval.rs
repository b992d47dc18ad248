//! The evaluation table: builds each subject of `tests/corpus/` as its own dossier and compares
//! it with the hand-made truth (see `dossier::evaluate` and `tests/corpus/README.md`).
//!
//! ```sh
//! cargo run --release --example eval                 # every subject
//! cargo run --release --example eval -- armenia      # some subjects
//! cargo run --release --example eval -- -v armenia   # with a note for every miss
//! cargo run --release --example eval -- --record-best   # raise the bests in floors.yaml
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dossier::evaluate::{self, floors, table, SubjectReport};

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v" || a == "--verbose");
    let record = args.iter().any(|a| a == "--record-best");
    let named: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let dirs: Vec<PathBuf> = if named.is_empty() {
        evaluate::subjects(&corpus).map_err(|e| e.to_string())?
    } else {
        named.iter().map(|n| corpus.join(n)).collect()
    };
    let mut reports: Vec<SubjectReport> = Vec::new();
    for dir in &dirs {
        let report = evaluate::evaluate_subject(dir).map_err(|e| e.to_string())?;
        if verbose {
            println!("== {}", report.name);
            for note in &report.notes {
                println!("  {note}");
            }
        }
        reports.push(report);
    }
    let rows = evaluate::rows(&reports);
    print!("{}", table::render(&rows));

    let floors_path = corpus.join("floors.yaml");
    let text = std::fs::read_to_string(&floors_path)
        .map_err(|e| format!("{}: {e}", floors_path.display()))?;
    let mut floors =
        floors::Floors::parse(&text, "tests/corpus/floors.yaml").map_err(|e| e.to_string())?;
    let mut failures = Vec::new();
    for (name, counts) in &rows {
        failures.extend(floors.check(name, &counts.figures()));
    }
    if record {
        for (name, counts) in &rows {
            // The total of a partial run is not the total of the corpus.
            if *name != "total" || named.is_empty() {
                floors.record_best(name, &counts.figures());
            }
        }
        let out = floors
            .to_text(&floors::header(&text))
            .map_err(|e| format!("floors.yaml: {e}"))?;
        std::fs::write(&floors_path, out).map_err(|e| format!("{}: {e}", floors_path.display()))?;
        println!("bests recorded in {}", floors_path.display());
    }
    for failure in &failures {
        println!("below floor: {failure}");
    }
    Ok(if failures.is_empty() || record {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
