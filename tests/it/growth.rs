//! Growth, not timing: on generated dossiers (examples/gen_corpus.rs), discrepancy items and
//! output bytes grow at most linearly with the number of sources (they grew with its square).

#[path = "../../examples/gen_corpus.rs"]
mod gen_corpus;

use std::path::Path;

/// (machine-found discrepancy items, total bytes of the output) of the corpus of `n` sources.
fn measure(dir: &Path, n: usize) -> (usize, u64) {
    let root = dir.join(format!("c{n}"));
    gen_corpus::write_corpus(n, &root, None);
    let dossier = dossier::analyse(&root).expect("the generated corpus analyses");
    let items = dossier.discrepancies.len();
    let mut options = dossier::BuildOptions::new(&root);
    options.out = dir.join(format!("out{n}"));
    dossier::build(&options).expect("the generated corpus builds");
    let bytes = walkdir::WalkDir::new(&options.out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.metadata().map_or(0, |m| m.len()))
        .sum();
    (items, bytes)
}

#[test]
fn discrepancies_and_output_grow_at_most_linearly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (items_small, bytes_small) = measure(dir.path(), 200);
    let (items_large, bytes_large) = measure(dir.path(), 800);
    assert!(items_small > 0, "the small corpus shows no discrepancy");
    // Four times the sources: at most four times the items and bytes, with a margin of 25 % for
    // what a larger corpus legitimately adds (more respellings met, more dates compared).
    let limit = 4.0 * 1.25;
    let items_ratio = items_large as f64 / items_small as f64;
    let bytes_ratio = bytes_large as f64 / bytes_small as f64;
    assert!(
        items_ratio <= limit,
        "discrepancy items grew {items_ratio:.1}× ({items_small} -> {items_large}) for 4× sources"
    );
    assert!(
        bytes_ratio <= limit,
        "output bytes grew {bytes_ratio:.1}× ({bytes_small} -> {bytes_large}) for 4× sources"
    );
}
