//! Direct speech whose quotation marks the page lost: a paragraph of someone's words that ends at
//! an author's remark after a comma ("We believe that peace must be built on justice. Only such
//! a peace brings stability, Mickoski said."). News prose reports speech in the third person
//! ("The talks went well, the ministry said."; "He would stay. The talks went well, Orbán
//! said."), so the words before the remark count as speech only when they say "I" or "we"
//! (`data/first_person.txt`). Remarks after a dash are `marks::dash_speech`'s.
//!
//! In: one paragraph's text. Out: the span of the speech, if any; attribution then reads the
//! remark as it reads one after a marked quotation.

use std::sync::LazyLock;

use super::clauses::{is_saying_verb, words_in};
use super::marks::{Span, QUOTATION_MARKS};

/// First-person pronouns and possessives (`data/first_person.txt`).
static FIRST_PERSON: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("data/first_person.txt")).collect());

/// Words of a remark within which its saying verb stands (", Prime Minister Mickoski said").
const VERB_WITHIN: usize = 5;

/// Words a remark may have in all (", Mickoski wrote in a social media comment after the
/// meeting.").
const MAX_REMARK_WORDS: usize = 12;

/// The speech before a remark after the paragraph's last comma (see the module docs).
pub(crate) fn comma_speech(text: &str) -> Option<Span> {
    if text.contains(QUOTATION_MARKS) {
        return None;
    }
    let comma = text.rfind(',')?;
    let remark = text[comma + 1..].trim_end_matches(['.', '!', '?', ' ', '…']);
    if remark.contains(['.', '!', '?', ';', ':']) {
        return None;
    }
    let words = words_in(remark, 0, remark.len());
    if words.is_empty() || words.len() > MAX_REMARK_WORDS {
        return None;
    }
    let verb = words
        .iter()
        .take(VERB_WITHIN)
        .position(|w| is_saying_verb(&w.lower))?;
    let opens_remark = |w: &super::clauses::Word| {
        let original = &remark[w.start..w.end];
        original.chars().next().is_some_and(char::is_uppercase)
            || super::attribution::titles::is_determiner(&w.lower)
            || super::pronouns::pronoun_gender(&w.lower).is_some()
    };
    if verb > 0 && !opens_remark(&words[0]) {
        return None;
    }
    let speech = &text[..comma];
    says_i_or_we(speech).then_some(Span {
        start: 0,
        end: comma + 1,
        inner_start: 0,
        inner_end: comma + 1,
    })
}

/// True when `text` has a first-person pronoun: "I" in capitals, the others in any case.
fn says_i_or_we(text: &str) -> bool {
    words_in(text, 0, text.len()).iter().any(|w| {
        let original = &text[w.start..w.end];
        if w.lower == "i" {
            original == "I"
        } else {
            FIRST_PERSON.contains(&w.lower.as_str())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::comma_speech;

    fn speech(text: &str) -> Option<&str> {
        comma_speech(text).map(|s| &text[s.inner_start..s.inner_end])
    }

    #[test]
    fn words_in_the_first_person_before_a_remark_are_speech() {
        assert_eq!(
            speech("We believe peace must be just. It brings stability, Mickoski wrote in a post."),
            Some("We believe peace must be just. It brings stability,")
        );
        assert_eq!(
            speech("I will stay, said the president."),
            Some("I will stay,")
        );
        assert_eq!(
            speech("Wir bleiben, sagte der Kanzler."),
            Some("Wir bleiben,")
        );
    }

    #[test]
    fn reported_speech_marked_quotes_and_other_clauses_are_not() {
        // One sentence in the third person is reported speech.
        assert_eq!(speech("The talks went well, the ministry said."), None);
        assert_eq!(
            speech("He would stay. The talks went well, Orbán said."),
            None
        );
        // Quotation marks are the marks' business.
        assert_eq!(speech("\"We will stay. Yes,\" he said."), None);
        // The remark must be the paragraph's last sentence and open with its subject or verb.
        assert_eq!(speech("We will stay, he said. Then he left."), None);
        assert_eq!(
            speech("We met him. The deal, which we said was good, is signed."),
            None
        );
        assert_eq!(speech("I went home, and then we ate."), None);
        // "US" is not "us".
        assert_eq!(
            speech("The talks with US went well, the ministry said."),
            None
        );
    }
}
