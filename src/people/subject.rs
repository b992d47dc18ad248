//! Where the verb after a single capitalised word has its subject elsewhere, so that the verb
//! is no evidence the word is a person: after a comma, in German verb-second order, with a
//! pronoun after the verb, or when the verb cites an outlet.
//!
//! In: a source's text, its tokens and the candidate word. Out: a boolean. Must not: decide
//! whether the word is a name (`recognise` weighs this with the other evidence).

use super::source_words::SourceWords;
use super::tokens::{is_space_gap, Token};
use super::words::{CLAUSE_CONJUNCTIONS, LATIN_CONJUNCTIONS, OUTLET_VERBS, SUBJECT_PRONOUNS};

/// True when the verb after the single word `tokens[first..=last]` has its subject elsewhere
/// (see the module docs).
pub(super) fn subject_elsewhere(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
    words: &SourceWords,
) -> bool {
    comma_after(text, tokens, last)
        || pronoun_after_verb(text, tokens, last)
        || verb_second_inversion(text, tokens, first, words)
        || cites_an_outlet(text, tokens, last)
}

/// True when a verb that cites an outlet follows the word ("Yle writes"): a single word there
/// is a person only if the source names them in full elsewhere.
fn cites_an_outlet(text: &str, tokens: &[Token<'_>], last: usize) -> bool {
    tokens.get(last + 1).is_some_and(|next| {
        is_space_gap(&text[tokens[last].end..next.start])
            && OUTLET_VERBS.contains(&next.text.to_lowercase().as_str())
    })
}

/// True when a single German word ends a phrase put before the verb: a lower-case word other
/// than a conjunction comes right before it ("In einem am Donnerstag veröffentlichten Video
/// warnte Fico"). German puts the verb second, so its subject then comes after the verb.
fn verb_second_inversion(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    words: &SourceWords,
) -> bool {
    let Some(prev) = first.checked_sub(1).map(|i| &tokens[i]) else {
        return false;
    };
    words.language.as_deref() == Some("German")
        && is_space_gap(&text[prev.end..tokens[first].start])
        && prev.text.chars().next().is_some_and(char::is_lowercase)
        && !LATIN_CONJUNCTIONS.contains(&prev.text)
        && !CLAUSE_CONJUNCTIONS.contains(&prev.text)
}

/// True when a personal pronoun in the nominative follows the word after the token
/// ("Zugleich betonte er", "Dies erklärte sie"): the pronoun is that verb's subject, so the
/// single word before the verb is not.
fn pronoun_after_verb(text: &str, tokens: &[Token<'_>], last: usize) -> bool {
    let (Some(verb), Some(pronoun)) = (tokens.get(last + 1), tokens.get(last + 2)) else {
        return false;
    };
    is_space_gap(&text[tokens[last].end..verb.start])
        && is_space_gap(&text[verb.end..pronoun.start])
        && SUBJECT_PRONOUNS.contains(&pronoun.text.to_lowercase().as_str())
}

/// True when a comma follows the token: a single word there ends a clause («… на площади
/// Улан-Батора, сообщает телеканал»), and the verb after the comma has its subject elsewhere.
fn comma_after(text: &str, tokens: &[Token<'_>], last: usize) -> bool {
    text[tokens[last].end..].trim_start().starts_with(',')
}
