//! The hand-made truth files of the evaluation corpus (`NAME.truth.yaml`), as described in
//! `tests/corpus/README.md`.

use std::path::Path;

use serde::Deserialize;

use crate::error::Problem;

/// The truth about one article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Truth {
    /// Where the text came from.
    pub url: Option<String>,
    /// The outlet as the page names it.
    #[serde(default)]
    pub outlet: Option<String>,
    /// ISO 639-1 code of the article body.
    #[serde(default)]
    pub language: Option<String>,
    /// The publication date the text states (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or none.
    #[serde(default)]
    pub published: Option<String>,
    /// Every real person the article text names.
    #[serde(default)]
    pub people: Vec<TruthPerson>,
    /// Every direct quotation in the article text.
    #[serde(default)]
    pub quotes: Vec<TruthQuote>,
    /// Every date written in the text, article and furniture alike.
    #[serde(default)]
    pub dates: Vec<TruthDate>,
    /// Every line of the text that is not article text, exact.
    #[serde(default)]
    pub boilerplate: Vec<String>,
}

/// A real person the article names.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TruthPerson {
    /// One id per real person, the same in every article of the subject.
    pub id: String,
    /// Every exact form the text uses.
    #[serde(default)]
    pub spellings: Vec<String>,
    /// Role titles the text gives this person, exact words.
    #[serde(default)]
    pub titles: Vec<String>,
}

/// A direct quotation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TruthQuote {
    /// The quote's first words, exact.
    pub text: String,
    /// A person id, or `none`.
    pub speaker: Option<String>,
    /// The statement id shared by the articles of the subject quoting the same statement.
    #[serde(default)]
    pub statement: Option<String>,
}

impl TruthQuote {
    /// The speaker's person id, or `None` when the truth says no one is named.
    pub fn named_speaker(&self) -> Option<&str> {
        self.speaker.as_deref().filter(|s| *s != "none")
    }
}

/// What a date dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TruthDateKind {
    /// The article's publication date.
    Publication,
    /// An event the article reports.
    Event,
    /// Page furniture: related-news lists, credits, stamps of other stories, copyright years.
    Furniture,
}

/// A date written in the text.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TruthDate {
    /// The exact words of the date.
    pub text: String,
    /// What it means (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or none when it cannot be known.
    pub value: Option<String>,
    /// What it dates.
    pub kind: TruthDateKind,
}

impl TruthDate {
    /// True for a date the article states (publication or event), as opposed to furniture.
    pub fn is_stated(&self) -> bool {
        self.kind != TruthDateKind::Furniture
    }
}

/// Reads and parses the truth file at `path`; `display` names it in messages.
pub fn read(path: &Path, display: &str) -> Result<Truth, Problem> {
    let text = crate::content::read_text(path, display)?;
    parse(&text, display)
}

/// Parses a truth file's text; a syntax error names the file, line and column.
pub fn parse(text: &str, display: &str) -> Result<Truth, Problem> {
    serde_yaml::from_str(text).map_err(|e| {
        let location = e.location();
        Problem::at(
            display,
            location.as_ref().map(|l| l.line()),
            format!("truth file cannot be read: {e}"),
            "see the truth file format in tests/corpus/README.md",
        )
        .with_column(location.as_ref().map(|l| l.column()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_truth_file_parses_with_every_section() {
        let truth = parse(
            "url: https://example.org/1\noutlet: TASS\nlanguage: en\npublished: 2023-05-24\npeople:\n  - id: a-b\n    spellings: [A B, B]\n    titles: []\nquotes:\n  - text: We are ready\n    speaker: none\n    statement: s1\ndates:\n  - text: May 24\n    value: 2023-05-24\n    kind: event\n  - text: 17.01.2026\n    value: null\n    kind: furniture\nboilerplate:\n  - All news\n",
            "x.truth.yaml",
        )
        .expect("parses");
        assert_eq!(truth.people[0].spellings, ["A B", "B"]);
        assert_eq!(truth.quotes[0].named_speaker(), None);
        assert!(truth.dates[0].is_stated());
        assert!(!truth.dates[1].is_stated());
        assert_eq!(truth.boilerplate, ["All news"]);
    }

    #[test]
    fn a_bad_truth_file_names_file_and_line() {
        let err = parse(
            "url: x\ndates:\n  - text: May\n    kind: sometime\n",
            "a.truth.yaml",
        )
        .expect_err("bad kind");
        assert_eq!(err.file, "a.truth.yaml");
        assert_eq!(err.line, Some(4));
        assert!(err.message.contains("sometime"), "{}", err.message);
    }
}
