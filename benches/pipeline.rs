//! Benchmarks of the build, run with `cargo bench`. Speed targets live here, never in tests.
//!
//! 1. `analyse` + render of the seed dossier (5 sources), median of 20 runs.
//! 2. The same for a dossier of 200 sources (the seed copied 40 times), to see how the
//!    per-document stages and name resolution scale.
//!
//! A plain harness (no framework): it prints the median and spread of wall-clock times.

use std::path::Path;
use std::time::{Duration, Instant};

fn copy_seed(to: &Path, copies: usize) {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let sources = to.join("content/sources");
    std::fs::create_dir_all(&sources).expect("create the bench folder");
    for entry in std::fs::read_dir(seed.join("sources")).expect("read the seed") {
        let path = entry.expect("seed entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("source");
            for i in 0..copies {
                std::fs::copy(&path, sources.join(format!("{stem}-{i:03}.txt"))).expect("copy");
            }
        }
    }
    std::fs::copy(
        seed.join("officials.yaml"),
        to.join("content/officials.yaml"),
    )
    .expect("copy");
}

fn measure(name: &str, root: &Path, runs: usize) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            let dossier = dossier::analyse(root).expect("the bench dossier builds");
            let theme = dossier::render::Theme::load(root).expect("the theme loads");
            let annotated =
                dossier::annotate::annotate(&dossier.sources, &dossier.officials, &theme.templates)
                    .expect("the bench sources are annotated");
            dossier::render::render_site(&dossier, &annotated, &theme, false)
                .expect("the bench site renders");
            started.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "{name}: median {:.1} ms, min {:.1} ms, max {:.1} ms over {runs} runs",
        times[runs / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[runs - 1].as_secs_f64() * 1e3,
    );
}

fn main() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"));
    measure("seed dossier (5 sources), analyse + render", seed, 20);
    let big = tempfile::tempdir().expect("temporary folder");
    copy_seed(big.path(), 40);
    measure("200 sources, analyse + render", big.path(), 5);
}
