//! The `dossier` command line: parses arguments, calls the library, prints errors.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use dossier::error::printable;

/// A static site generator for research dossiers.
#[derive(Debug, Parser)]
#[command(name = "dossier", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site.
    Build {
        /// The dossier folder (holds content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The output folder [default: ROOT/public].
        #[arg(long)]
        out: Option<PathBuf>,
        /// Print how long each stage took.
        #[arg(long)]
        timings: bool,
    },
    /// Build, serve on 127.0.0.1, rebuild on change and reload the page.
    Serve {
        /// The dossier folder (holds content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port to listen on.
        #[arg(long, default_value_t = 8000)]
        port: u16,
    },
    /// Validate the content and every link of the built site; non-zero on problems.
    Check {
        /// The dossier folder (holds content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Scaffold a new dossier with example content.
    New {
        /// The folder to create (must not exist or be empty).
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Build { root, out, timings } => build(root, out, timings),
        Command::Serve { root, port } => {
            dossier::serve::serve(dossier::BuildOptions::new(&root), port)
        }
        Command::Check { root } => check(root),
        Command::New { dir } => new(dir),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", printable(&e.to_string()));
            ExitCode::FAILURE
        }
    }
}

fn build(root: PathBuf, out: Option<PathBuf>, timings: bool) -> Result<(), dossier::error::Error> {
    let mut options = dossier::BuildOptions::new(&root);
    if let Some(out) = out {
        options.out = out;
    }
    let summary = dossier::build(&options)?;
    for warning in &summary.warnings {
        eprintln!("warning: {}", printable(warning));
    }
    if summary.base_url.is_none() {
        eprintln!(
            "note: dossier.yaml gives no base_url, so sitemap.xml, feed.xml, canonical links and OpenGraph tags were skipped; set base_url to the site's address to have them"
        );
    }
    if let Some(snippet) = &summary.registry_snippet {
        eprintln!(
            "note: people found but not in content/officials.yaml; to register them, paste:\n{snippet}"
        );
    }
    println!(
        "Built {} sources, {} officials, {} events, {} discrepancies in {:.2} s -> {}",
        summary.sources,
        summary.officials,
        summary.events,
        summary.discrepancies,
        summary.elapsed.as_secs_f64(),
        options.out.display()
    );
    if timings {
        for (stage, took) in &summary.timings.stages {
            println!("  {stage:<20} {:>8.3} s", took.as_secs_f64());
        }
    }
    Ok(())
}

fn check(root: PathBuf) -> Result<(), dossier::error::Error> {
    let report = dossier::check::check(&root)?;
    println!("{}", report.summary());
    if report.problems.is_empty() {
        Ok(())
    } else {
        Err(dossier::error::Error::Problems(report.problems))
    }
}

fn new(dir: PathBuf) -> Result<(), dossier::error::Error> {
    for file in dossier::scaffold::create(&dir)? {
        println!("created {}", dir.join(file).display());
    }
    println!(
        "Next: cd {} && dossier build, then open public/index.html",
        dir.display()
    );
    Ok(())
}
