//! Errors: one [`Problem`] per thing wrong with the input, collected into one report.
//!
//! In: what a stage found wrong. Out: `Problem`s (file, line, column, message, help, excerpt)
//! and the `Error` a command reports. Must not: use any other module of the crate (it is a leaf).

use std::fmt;

/// One thing wrong with the input, located as precisely as the input allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, relative to the dossier root.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: String,
    /// The offending line of the file, shown with a caret under the column.
    pub excerpt: Option<Box<str>>,
}

impl Problem {
    /// A problem at a place in a file.
    pub fn at(
        file: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Problem {
            file: file.into(),
            line,
            column: None,
            message: message.into(),
            help: help.into(),
            excerpt: None,
        }
    }

    /// The same problem showing its line of `text` (whose first line is line `first_line` of the
    /// file) with a caret under the column.
    pub fn with_excerpt(mut self, text: &str, first_line: usize) -> Self {
        self.excerpt = self
            .line
            .and_then(|line| line.checked_sub(first_line))
            .and_then(|i| text.lines().nth(i))
            .map(Box::from);
        self
    }

    /// The same problem with a column.
    pub fn with_column(mut self, column: Option<usize>) -> Self {
        self.column = column;
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.message)?;
        if let Some(excerpt) = &self.excerpt {
            write!(f, "\n     | {excerpt}")?;
            if let Some(column) = self.column {
                let pad: String = excerpt
                    .chars()
                    .take(column.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                write!(f, "\n     | {pad}^")?;
            }
        }
        if !self.help.is_empty() {
            write!(f, "\n   help: {}", self.help)?;
        }
        Ok(())
    }
}

/// Everything that can stop a build.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input has problems; each names its file and line.
    #[error("{}", numbered(.0))]
    Problems(Vec<Problem>),
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A template failed to load or render.
    #[error("template {name}: {message}")]
    Template {
        /// The template's name.
        name: String,
        /// Tera's message.
        message: String,
    },
}

/// Tera's error with its causes, on one line each.
pub fn template_message(error: &tera::Error) -> String {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str(&format!("\n  caused by: {cause}"));
        source = cause.source();
    }
    message
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl AsRef<std::path::Path>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.as_ref().display().to_string(),
            source,
        }
    }
}

impl From<Problem> for Error {
    fn from(p: Problem) -> Self {
        Error::Problems(vec![p])
    }
}

fn numbered(problems: &[Problem]) -> String {
    let mut out = match problems.len() {
        1 => "1 problem in the dossier:\n".to_string(),
        n => format!("{n} problems in the dossier:\n"),
    };
    for (i, p) in problems.iter().enumerate() {
        out.push_str(&format!("{:>3}. {p}\n", i + 1));
    }
    out.trim_end().to_string()
}

/// The one of `candidates` closest to `word`, when one is close (Jaro–Winkler ≥ 0.85); of equally
/// close ones, the first in sort order. The one rule behind every "did you mean".
pub fn closest<'a, S>(word: &str, candidates: impl IntoIterator<Item = &'a S>) -> Option<&'a str>
where
    S: AsRef<str> + ?Sized + 'a,
{
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c.as_ref()), c.as_ref()))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

/// `"; did you mean `x`?"` when one of `candidates` is [`closest`] to `word`, else nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a String>) -> String {
    closest(word, candidates)
        .map(|c| format!("; did you mean `{c}`?"))
        .unwrap_or_default()
}

/// `text` safe to print on a terminal: control characters (which a file name may hold, and which
/// could move the cursor or recolour the terminal) are shown escaped, `\n` kept.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' => "\n".to_string(),
            c if c.is_control() => c.escape_default().to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// Result with the crate's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
