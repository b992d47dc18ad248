//! Common given names in Latin script (`data/given_names_common.txt`, through
//! [`names::is_common_given_name`](super::names::is_common_given_name)) as evidence of a name:
//! "Klaus Johannis", "Jakov Milatović". The list holds some eleven thousand names, some of them
//! also words ("Long", "Tage") and names of people a page credits once ("Reporting by Tamara
//! Vaal"), so a name whose only evidence is such a given name is taken only when its surname
//! stands in the source more than once, or another name of the source with evidence of its own
//! has that surname in another spelling ("Klaus Iohannis" for "Klaus Johannis"); a role, a verb
//! of saying or a table given name next to it still vouch alone.
//!
//! In: a word, or a mention and the source's paragraphs. Out: a [`Given`], or whether the
//! surname is named again.

use std::collections::BTreeSet;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::inflect::{Case, Given};
use super::names::{is_common_given_name, name_keys};
use crate::model::{Mention, Paragraph};

/// The given name of the common list that `word` is, as written. Its gender is left unknown
/// (`feminine` false): the list's genders are those of many countries at once ("Kristen" is
/// mostly a woman's name, Estonia's prime minister Kristen Michal is a man).
pub(super) fn common_given(word: &str) -> Option<Given> {
    is_common_given_name(word).then(|| Given {
        nominative: word.to_string(),
        oblique: false,
        feminine: false,
        case: Case::Nominative,
    })
}

/// True when the source names the mention's surname again: a name with evidence of its own
/// has a surname of one of its name keys (`known_keys`), or the surname's last word stands in
/// the paragraphs more than once.
pub(super) fn named_again(
    mention: &Mention,
    paragraphs: &[Paragraph],
    known_keys: &BTreeSet<String>,
) -> bool {
    name_keys(&mention.surname)
        .iter()
        .any(|k| known_keys.contains(k))
        || surname_named_again(mention, paragraphs)
}

/// True when the last word of the mention's surname stands in the source's paragraphs more
/// than once, as a whole word, with or without its diacritics ("Andrija Mandić … Mandic will").
fn surname_named_again(mention: &Mention, paragraphs: &[Paragraph]) -> bool {
    let Some(last) = mention.surface.split_whitespace().last() else {
        return false;
    };
    let last = without_diacritics(last);
    let uses: usize = paragraphs
        .iter()
        .map(|p| {
            p.text
                .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
                .filter(|w| without_diacritics(w) == last)
                .count()
        })
        .sum();
    uses >= 2
}

/// The word with its diacritics dropped ("Mandić" → "Mandic"), as scraped text often writes it.
fn without_diacritics(word: &str) -> String {
    word.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_common_given_name_is_read_as_written() {
        let klaus = common_given("Klaus").unwrap();
        assert_eq!(klaus.nominative, "Klaus");
        assert!(!klaus.oblique);
        assert!(common_given("Nicusor").is_some());
        assert!(common_given("Ministry").is_none());
    }
}
