//! Signature lines and speaker labels: a short paragraph under a quotation that says who spoke
//! it, a caption rather than speech ("– Саломе Зурабишвили", "Касим-Жомарт Токаєв", "–
//! бывший президент страны"), and a name with a colon over a paragraph of speech, as
//! transcripts write it ("Sandu:"), and a name and title closing a paragraph of words (a quote
//! card). In: the paragraphs and mentions; out: whether a paragraph is such a line, and the
//! mention it is made of when it is only a name. A signature line is never dash dialogue; the
//! paragraph under a speaker label is speech.

use super::marks::{Span, QUOTATION_MARKS};
use crate::model::{Mention, Paragraph};

/// A signature line has fewer words than this.
const MAX_WORDS: usize = 6;

/// Marks that close a quotation at the end of the paragraph above a signature line.
const CLOSING_MARKS: &[char] = &['"', '”', '»', '“', '«'];

/// The mention that is the whole of paragraph `n` after an optional dash: a name alone.
pub(crate) fn name_alone(text: &str, n: usize, mentions: &[Mention]) -> Option<usize> {
    let rest = text.trim_start_matches(['—', '–', '-', ' ']);
    let start = text.len() - rest.len();
    let end = start + rest.trim_end_matches(['.', ' ']).len();
    mentions
        .iter()
        .position(|m| m.paragraph == n && m.start == start && m.end == end && end > start)
}

/// True when the paragraph before `index` is a speaker label: a person's name alone and a
/// colon ("Sandu:"), so paragraph `index` is that person's speech.
pub(crate) fn labelled_speech(
    paragraphs: &[Paragraph],
    index: usize,
    mentions: &[Mention],
) -> bool {
    let Some(label) = index.checked_sub(1).and_then(|k| paragraphs.get(k)) else {
        return false;
    };
    label
        .text
        .trim_end()
        .strip_suffix(':')
        .is_some_and(|name| name_alone(name, label.n, mentions).is_some())
}

/// True when paragraph `index` signs the quotation ending the paragraph above it: a name alone,
/// or a dash and a few words with no full stop ("– бывший президент страны").
pub(crate) fn signs_quote_above(
    paragraphs: &[Paragraph],
    index: usize,
    mentions: &[Mention],
) -> bool {
    let Some(p) = paragraphs.get(index) else {
        return false;
    };
    let above = index
        .checked_sub(1)
        .and_then(|k| paragraphs.get(k))
        .is_some_and(|a| a.text.trim_end().ends_with(CLOSING_MARKS));
    if name_alone(&p.text, p.n, mentions).is_some() {
        return above;
    }
    let dashed = p.text.starts_with(['—', '–']);
    let short = super::similarity::word_count(&p.text) < MAX_WORDS;
    let unfinished = !p.text.trim_end().ends_with(['.', '!', '?', '…', ':']);
    above && dashed && short && unfinished
}

/// A quote card: a paragraph of someone's words, without quotation marks, that ends after its
/// last sentence's punctuation with the speaker's name and title and no full stop ("… after the
/// election of a new president. Klaus Johannis President of Romania", as pages flatten an
/// embedded post or a pull quote). The span of the words and the mention that signs them.
pub(crate) fn signed_at_end(text: &str, n: usize, mentions: &[Mention]) -> Option<(Span, usize)> {
    if text.contains(QUOTATION_MARKS) {
        return None;
    }
    let (m, last) = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.paragraph == n)
        .max_by_key(|(_, m)| m.start)?;
    let words = text.get(..last.start)?.trim_end();
    let title = text.get(last.end..)?.trim();
    let signed = words.ends_with(['.', '!', '?', '…'])
        && !title.is_empty()
        && !title.contains(['.', '!', '?', ',', ';', ':'])
        && super::similarity::word_count(title) < MAX_WORDS
        && super::attribution::titles::leading_title(title).is_some();
    signed.then_some((
        Span {
            start: 0,
            end: words.len(),
            inner_start: 0,
            inner_end: words.len(),
        },
        m,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Script;

    fn mention(n: usize, start: usize, end: usize) -> Mention {
        Mention {
            paragraph: n,
            start,
            end,
            surface: String::new(),
            given: None,
            surname: String::new(),
            script: Script::Cyrillic,
            role: None,
            official: None,
        }
    }

    #[test]
    fn a_name_or_a_short_title_under_a_quote_signs_it() {
        let ps = Paragraph::numbered(&[
            "\"Я покидаю резиденцию\"",
            "– Саломе Зурабишвили",
            "\"Сюда никто не пришел\"",
            "– бывший президент страны",
        ]);
        let name = "– ".len();
        let mentions = vec![mention(2, name, ps[1].text.len())];
        assert_eq!(name_alone(&ps[1].text, 2, &mentions), Some(0));
        assert!(signs_quote_above(&ps, 1, &mentions));
        assert!(signs_quote_above(&ps, 3, &mentions));
    }

    #[test]
    fn a_name_and_a_colon_labels_the_next_paragraph_as_speech() {
        let ps = Paragraph::numbered(&[
            "Popescu:",
            "Hier gibt es keine Hilfe.",
            "Die Frau:",
            "Nein.",
        ]);
        let mentions = vec![mention(1, 0, "Popescu".len())];
        assert!(labelled_speech(&ps, 1, &mentions));
        assert!(!labelled_speech(&ps, 3, &mentions));
        assert!(!labelled_speech(&ps, 0, &mentions));
    }

    #[test]
    fn a_name_and_title_after_the_last_full_stop_sign_the_words_before() {
        let text = "I will leave my post. Klaus Johannis President of Romania";
        let name = text.find("Klaus").unwrap();
        let mentions = vec![mention(1, name, name + "Klaus Johannis".len())];
        let (span, m) = signed_at_end(text, 1, &mentions).unwrap();
        assert_eq!(
            &text[span.inner_start..span.inner_end],
            "I will leave my post."
        );
        assert_eq!(m, 0);
        // A name alone, a sentence that goes on, or marks are no card.
        let bare = "I will leave my post. Klaus Johannis";
        assert!(signed_at_end(bare, 1, &mentions).is_none());
        let prose = "I will leave my post. Klaus Johannis President of Romania said so.";
        assert!(signed_at_end(prose, 1, &mentions).is_none());
        let marked = "\"I will leave my post.\" Klaus Johannis President of Romania";
        let name = marked.find("Klaus").unwrap();
        let mentions = vec![mention(1, name, name + "Klaus Johannis".len())];
        assert!(signed_at_end(marked, 1, &mentions).is_none());
    }

    #[test]
    fn dash_dialogue_and_lines_under_plain_text_are_no_signature() {
        let ps = Paragraph::numbered(&[
            "\"Я покидаю резиденцию\"",
            "– Мы готовы к переговорам.",
            "Она напомнила о сроках.",
            "– бывший президент страны",
        ]);
        assert!(!signs_quote_above(&ps, 1, &[]));
        assert!(!signs_quote_above(&ps, 3, &[]));
    }
}
