//! Evaluation against the hand-made truth of `tests/corpus/`: how right the analysis is on real
//! articles it was not fitted to.
//!
//! Each subject folder (`tests/corpus/SUBJECT/`, articles `NAME.txt` with truth files
//! `NAME.truth.yaml`, format in `tests/corpus/README.md`) is built as its own dossier: the
//! `.txt` files are copied into a temporary dossier's `content/sources/` (no registry, no
//! sidecars) and [`crate::analyse`]d; the result is compared with the truth. Used by
//! `examples/eval.rs` (the table) and `tests/it/corpus_eval.rs` (the floors of
//! `tests/corpus/floors.yaml`).
//!
//! # Matching
//!
//! All text is compared after NFC and lower-casing ([`crate::text::fold`]), word by word where words
//! matter ([`matching::words`]).
//!
//! - A machine **mention** is the truth person of its article one of whose spellings has the
//!   mention's words, else holds or is held by them (the longest such spelling wins; two people
//!   matching equally well, e.g. a shared surname, leave the mention unmatched).
//! - A machine **quotation** is the truth quote of its article whose first words it starts with
//!   or contains, or (three words at least) whose first words start with it.
//! - A machine **date** is a truth date when the truth's words are on the machine date's raw
//!   line and one text holds the other.
//! - **Lines** are compared by their whole text.
//!
//! # Figures
//!
//! - People, pairwise: over every pair of machine mentions of the subject that match a truth
//!   person, *precision* = pairs on one page and of one person / pairs on one page, *recall* =
//!   pairs on one page and of one person / pairs of one person. *Junk pages*: pages none of whose
//!   mentions matches a truth person (the floor is per 20 articles). *Persons without a page*:
//!   truth persons no matched mention with a page stands for.
//! - Titles: distinct (article, person, title) the machine gives a matched mention; *right* when
//!   the title has the words of, holds, or is held by a title the truth gives that person there.
//! - Attribution: each truth quote is scored by the first machine quotation matching it that has
//!   a speaker. *Right*: the speaker's mention is the truth speaker. *Wrong*: it is someone else,
//!   or the truth names no one. *Spurious*: a machine quotation matching no truth quote that is
//!   given a speaker. *Precision* = right / (right + wrong + spurious); *coverage* = right /
//!   truth quotes with a named speaker.
//! - Dates: the truth's publication and event dates are *stated*. A stated date is *found* when a
//!   machine date matches it (a publication date: or the machine's publication date has its
//!   value, read from whichever of the page's stamps) with the same value at the same precision (or no year where the
//!   truth's value is unknown), *wrong* when matched only with other values, *missed* when not
//!   matched. Machine dates are the dates of the paragraphs (relative weekdays excepted: the truth
//!   does not list them) and the stated publication date; one
//!   matching no truth date is *invented*, one matching only furniture dates is *from
//!   furniture*. The publication date is also compared as a whole (right, wrong, missing).
//! - Boilerplate: *article lines removed*: removed lines that are not truth boilerplate, not the
//!   headline (kept as the title) and not kept as a paragraph elsewhere; *boilerplate kept*:
//!   paragraphs whose text is a truth boilerplate line.
//! - Quote pairs: two truth quotes in different articles with the same `statement` id are a pair;
//!   it is *found* when one machine quote cluster ([`quotes::quote_clusters`]) holds a place
//!   (source, paragraph) of a machine quotation matching each. The clusters come from the
//!   quote-variant discrepancies, which leave out quotations worded identically. Pairs whose two
//!   articles share a language are also counted apart (the machine does not translate).
//! - Language: the machine's language name against the truth's code (`languages.tsv`).

pub mod dates;
pub mod figures;
pub mod floors;
pub mod lines;
pub mod matching;
pub mod people;
pub mod quotes;
pub mod table;
pub mod truth;

#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use crate::error::{Error, Problem};
use crate::model::SourceRecord;
pub use figures::Counts;
pub use truth::Truth;

/// One article of the corpus: its name, raw text (as the dossier reads it) and truth.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file name without `.txt`.
    pub name: String,
    /// The text, NFC-normalised with `\n` line endings.
    pub text: String,
    /// The hand-made truth.
    pub truth: Truth,
}

/// An article with the machine's record of it.
pub(crate) struct Paired<'a> {
    article: &'a Article,
    source: &'a SourceRecord,
}

/// The evaluation of one subject.
#[derive(Debug, Clone)]
pub struct SubjectReport {
    /// The subject's folder name.
    pub name: String,
    /// What was counted.
    pub counts: Counts,
    /// One line per thing the machine got wrong, for a developer to look at.
    pub notes: Vec<String>,
}

/// The subject folders of a corpus: its sub-folders holding at least one `.txt`, sorted.
pub fn subjects(corpus: &Path) -> Result<Vec<PathBuf>, Error> {
    let entries = std::fs::read_dir(corpus).map_err(|e| Error::io(corpus, e))?;
    let mut out: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .filter(|p| !articles_in(p).unwrap_or_default().is_empty())
        .collect();
    out.sort();
    Ok(out)
}

/// The `.txt` files of a subject folder, sorted.
fn articles_in(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut out: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    out.sort();
    Ok(out)
}

/// Reads the articles of a subject folder with their truth files; a missing or unreadable truth
/// file is a problem naming it.
pub fn read_subject(dir: &Path) -> Result<Vec<Article>, Error> {
    let mut articles = Vec::new();
    let mut problems = Vec::new();
    for path in articles_in(dir)? {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let truth_path = dir.join(format!("{name}.truth.yaml"));
        let shown = |p: &Path| p.display().to_string();
        if !truth_path.is_file() {
            problems.push(Problem::at(
                shown(&truth_path),
                None,
                "the article has no truth file",
                "write one as tests/corpus/README.md describes, or move the article out",
            ));
            continue;
        }
        let text = crate::content::read_text(&path, &shown(&path));
        let truth = truth::read(&truth_path, &shown(&truth_path));
        match (text, truth) {
            (Ok(text), Ok(truth)) => articles.push(Article { name, text, truth }),
            (text, truth) => problems.extend(text.err().into_iter().chain(truth.err())),
        }
    }
    if problems.is_empty() {
        Ok(articles)
    } else {
        Err(Error::Problems(problems))
    }
}

/// Builds the articles as one dossier (in a temporary folder) and scores it against the truth.
pub fn evaluate(name: &str, articles: &[Article]) -> Result<SubjectReport, Error> {
    let dir = tempfile::tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let sources = dir.path().join("content").join("sources");
    std::fs::create_dir_all(&sources).map_err(|e| Error::io(&sources, e))?;
    for article in articles {
        let path = sources.join(format!("{}.txt", article.name));
        std::fs::write(&path, &article.text).map_err(|e| Error::io(&path, e))?;
    }
    let dossier = crate::analyse(dir.path())?;
    let mut counts = Counts::default();
    let mut notes = Vec::new();
    let paired: Vec<Paired<'_>> = articles
        .iter()
        .filter_map(|article| {
            let path = format!("content/sources/{}.txt", article.name);
            let source = dossier.sources.iter().find(|s| s.path == path)?;
            Some(Paired { article, source })
        })
        .collect();
    counts.articles = paired.len();
    people::count(&paired, &dossier.officials, &mut counts, &mut notes);
    quotes::count(&paired, &dossier.discrepancies, &mut counts, &mut notes);
    for p in &paired {
        dates::count(p, &mut counts, &mut notes);
        lines::count(p, &mut counts, &mut notes);
    }
    Ok(SubjectReport {
        name: name.to_string(),
        counts,
        notes,
    })
}

/// Reads and evaluates one subject folder.
pub fn evaluate_subject(dir: &Path) -> Result<SubjectReport, Error> {
    let name = dir
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    evaluate(&name, &read_subject(dir)?)
}

/// The table's rows: one per subject, then the total.
pub fn rows(reports: &[SubjectReport]) -> Vec<(&str, Counts)> {
    let mut rows: Vec<(&str, Counts)> = reports
        .iter()
        .map(|r| (r.name.as_str(), r.counts))
        .collect();
    rows.push(("total", total(reports)));
    rows
}

/// The sum of several subjects' counts.
pub fn total(reports: &[SubjectReport]) -> Counts {
    let mut sum = Counts::default();
    for r in reports {
        sum += r.counts;
    }
    sum
}
