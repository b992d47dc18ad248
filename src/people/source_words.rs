//! What a source as a whole says about its words, for people recognition: the words it writes
//! in lower case, its language and forms of address, and the pairs of capitalised words that
//! end a name.
//!
//! In: the paragraphs of one source. Out: [`SourceWords`]. Must not: decide what is a name
//! (that is [`super::recognise`]'s job).

use std::collections::BTreeSet;

use super::tokens::{is_space_gap, tokenise, Token};
use super::words::HONORIFICS;
use crate::model::Paragraph;

/// What the source as a whole says about its words.
pub(super) struct SourceWords {
    /// Every word the source writes in lower case (a capitalised form of one of them at the start
    /// of a sentence is a common word: "Officials said").
    pub(super) lowercase: BTreeSet<String>,
    /// The forms of address of the source's language ([`HONORIFICS`]).
    pub(super) honorifics: Vec<&'static str>,
    /// The source's language, when the detector is sure ("German").
    pub(super) language: Option<String>,
    /// Pairs of capitalised words that end a run of capitals somewhere in the source ("Shavkat
    /// Mirziyoyev", then lower case or punctuation), lower case: the names the source writes in
    /// full. A longer run that starts with one of them ran on into the next capitalised word
    /// ("Shavkat Mirziyoyev Copyright", "Wladimir Putins Datscha").
    pub(super) two_word_names: BTreeSet<(String, String)>,
    /// The words the source writes right after a given name of the table, lower case: the
    /// surnames of the people it names in full («Владимир Зеленский» → «зеленский»).
    pub(super) surnames_after_given: BTreeSet<String>,
}

/// The capitalised words right after a given name of the table (see
/// [`SourceWords::surnames_after_given`]).
fn surnames_after_given(text: &str, tokens: &[Token<'_>], out: &mut BTreeSet<String>) {
    for pair in tokens.windows(2) {
        let [given, surname] = pair else { continue };
        let capitalised = surname.text.chars().next().is_some_and(char::is_uppercase);
        if capitalised
            && is_space_gap(&text[given.end..surname.start])
            && super::inflect::given_name(given.text).is_some()
        {
            out.insert(surname.text.to_lowercase());
        }
    }
}

/// The pairs of capitalised words that end a run of capitals in a text (see [`SourceWords::two_word_names`]).
fn two_word_runs(text: &str, tokens: &[Token<'_>], out: &mut BTreeSet<(String, String)>) {
    let capitalised = |t: &Token<'_>| t.text.chars().next().is_some_and(char::is_uppercase);
    let joined = |a: usize, b: usize| {
        capitalised(&tokens[a])
            && capitalised(&tokens[b])
            && is_space_gap(&text[tokens[a].end..tokens[b].start])
    };
    for i in 0..tokens.len().saturating_sub(1) {
        // What comes before does not matter: a capitalised title often does ("President").
        // A Turkic patronymic word after the pair continues the name («Магеррам оглы …»).
        let alone_after = i + 2 >= tokens.len()
            || !(joined(i + 1, i + 2) || super::runs::is_patronymic_particle(&tokens[i + 2]));
        if joined(i, i + 1) && alone_after {
            out.insert((
                tokens[i].text.to_lowercase(),
                tokens[i + 1].text.to_lowercase(),
            ));
        }
    }
}

impl SourceWords {
    /// True when the source writes these two words alone as a name somewhere, the second maybe
    /// without a German genitive `-s` here ("Putins" / "Putin").
    pub(super) fn is_two_word_name(&self, first: &str, second: &str) -> bool {
        let first = first.to_lowercase();
        let second = second.to_lowercase();
        let bare = second.strip_suffix('s').unwrap_or(&second).to_string();
        self.two_word_names.contains(&(first.clone(), second))
            || self.two_word_names.contains(&(first, bare))
    }

    /// True when `word` is a case form of a surname the source writes after a given name, not
    /// that surname itself («Зеленским» when the source writes «Владимир Зеленский»): another
    /// person's surname, never the given name of a name that follows it («с Зеленским Османи»).
    pub(super) fn is_case_form_of_named_surname(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        !self.surnames_after_given.contains(&lower)
            && super::inflect::surname_readings(word)
                .iter()
                .any(|r| self.surnames_after_given.contains(&r.to_lowercase()))
    }

    /// What the paragraphs of one source say about its words.
    pub(super) fn of(paragraphs: &[Paragraph]) -> Self {
        let mut lowercase = BTreeSet::new();
        let mut two_word_names = BTreeSet::new();
        let mut after_given = BTreeSet::new();
        let language = crate::clean::language::detect(paragraphs).value;
        let honorifics = language
            .as_deref()
            .and_then(|l| HONORIFICS.iter().find(|(name, _)| *name == l))
            .map(|(_, forms)| forms.clone())
            .unwrap_or_default();
        for p in paragraphs {
            let tokens = tokenise(&p.text);
            two_word_runs(&p.text, &tokens, &mut two_word_names);
            surnames_after_given(&p.text, &tokens, &mut after_given);
            for t in tokens {
                if t.text.chars().next().is_some_and(char::is_lowercase) {
                    lowercase.insert(t.text.to_string());
                }
            }
        }
        SourceWords {
            lowercase,
            honorifics,
            language,
            two_word_names,
            surnames_after_given: after_given,
        }
    }
}
