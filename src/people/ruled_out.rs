//! Candidates that look like names but cannot be a person of the source: a single Latin word in
//! a Cyrillic text (an outlet or a handle) and a place of the gazetteer written in several words;
//! a credit or byline (a photographer's or author's name after its label); and roles that are
//! no title, only forms of address; a word cut short at the page's end.
//! In: a candidate of `recognise` and its tokens; out: whether it is ruled out.

use super::recognise::Candidate;
use super::source_words::SourceWords;
use super::tokens::Token;
use super::words::{CREDIT_LABELS, FORMS_OF_ADDRESS};
use crate::model::Paragraph;
use crate::text::{is_cyrillic, script_of};

/// True for Latin words without a given name or an initial in a Russian, Ukrainian or Belarusian
/// source («сообщает Delfi», «газета Dnevni Avaz»): those languages write people's names in
/// Cyrillic, so the words are an outlet, a brand or a handle.
pub(super) fn latin_word_in_cyrillic_text(
    tokens: &[Token<'_>],
    c: &Candidate,
    words: &SourceWords,
) -> bool {
    let cyrillic_source = matches!(
        words.language.as_deref(),
        Some("Russian" | "Ukrainian" | "Belarusian")
    );
    cyrillic_source
        && c.given.is_none()
        && c.initial.is_none()
        && tokens[c.first..=c.last]
            .iter()
            .all(|t| script_of(t.text) == crate::model::Script::Latin)
}

/// True when the candidate's words are a place of the gazetteer written in several words
/// ("Ulan Bator").
pub(super) fn names_a_place(text: &str, tokens: &[Token<'_>], c: &Candidate) -> bool {
    c.first < c.last
        && super::words::is_place(&text[tokens[c.first].start..tokens[c.last].end].to_lowercase())
}

/// True when a role phrase is only forms of address ("Mr", «господина»): no title.
pub(super) fn only_forms_of_address(role: &str) -> bool {
    role.split_whitespace().all(|w| {
        let lower = w.to_lowercase();
        let length = lower.chars().count();
        FORMS_OF_ADDRESS.iter().any(|f| {
            lower == *f
                || (f.chars().any(is_cyrillic)
                    && lower.starts_with(f)
                    && length <= f.chars().count() + 3)
        })
    })
}

/// True when the name is a credit: right after a credit label and a colon or slash ("Фото:
/// Сергей Гунеев", "AP Photo/Vadim Ghirda", "Автор: …"), right before a slash ("Vladimir
/// Tretyakov / Associated Press"), or alone on its line after a label ("by Roman Cheplyk", "-
/// Post By Ivan Petrov": at most [`BYLINE_LABEL_WORDS`] words before the name, the last a label).
pub(super) fn is_credit(text: &str, tokens: &[Token<'_>], first: usize, last: usize) -> bool {
    let after = text[tokens[last].end..].trim_start();
    if after.starts_with('/') {
        return true;
    }
    let before = text[..tokens[first].start].trim_end();
    // A byline: a line that is only a credit label and the name ("by Roman Cheplyk").
    let label_words: Vec<String> = before
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let byline = label_words.len() <= BYLINE_LABEL_WORDS
        && label_words
            .last()
            .is_some_and(|w| CREDIT_LABELS.contains(&w.as_str()));
    if after.is_empty() && byline {
        return true;
    }
    let Some(label_end) = before.strip_suffix([':', '/']) else {
        return false;
    };
    let label = label_end
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    CREDIT_LABELS.contains(&label.as_str())
}

/// Most words of a byline's label before the name ("Post By").
const BYLINE_LABEL_WORDS: usize = 2;

/// True when `token` is the last word of a page cut short in the middle of a word: it ends the
/// source's last paragraph, which ends in a letter («… у березні 2023 року президент Волод»),
/// and the source writes it nowhere else as a word of its own. Such a word may be any name's
/// first letters. A source of one paragraph is a line read alone (by cleaning), not a page.
pub(super) fn cut_short_by_the_page(
    paragraphs: &[Paragraph],
    p: &Paragraph,
    token: &Token<'_>,
) -> bool {
    let last = paragraphs.len() > 1 && paragraphs.last().is_some_and(|l| std::ptr::eq(l, p));
    let at_end = p.text.trim_end().len() == token.end;
    let cut = p
        .text
        .trim_end()
        .chars()
        .last()
        .is_some_and(char::is_alphabetic);
    // Read the source again only for the one word that ends it.
    let elsewhere = || {
        paragraphs
            .iter()
            .flat_map(|q| {
                q.text
                    .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            })
            .filter(|w| *w == token.text)
            .count()
            > 1
    };
    last && at_end && cut && !elsewhere()
}
