//! Command-line tests for the defects of issue 11 (the author's loop, hardened): each runs the
//! real binary and asserts its exit code, its message and that no file was lost.

mod check;
mod errors;
mod input;
mod output;
mod props;
mod sanitise;
mod serve;

use std::path::Path;
use std::process::Output;

/// Runs the `dossier` binary with `args` in `dir`.
pub fn dossier(dir: &Path, args: &[&str]) -> Output {
    assert_cmd::Command::cargo_bin("dossier")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

/// The process's standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).to_string()
}

/// A small dossier: one source.
pub fn small_dossier() -> tempfile::TempDir {
    crate::support::dossier(&[(
        "content/sources/tass.txt",
        "Ministry says talks continue\n\nMINSK, March 3 (TASS). Talks continue, the ministry said on Monday.\n",
    )])
}
