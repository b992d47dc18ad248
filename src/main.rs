//! The `dossier` command line: parses arguments, calls the library, prints errors.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { root, out } => {
            let mut options = dossier::BuildOptions::new(&root);
            if let Some(out) = out {
                options.out = out;
            }
            match dossier::build(&options) {
                Ok(summary) => {
                    println!(
                        "Built {} sources, {} officials, {} events, {} discrepancies in {:.2} s -> {}",
                        summary.sources,
                        summary.officials,
                        summary.events,
                        summary.discrepancies,
                        summary.elapsed.as_secs_f64(),
                        options.out.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
