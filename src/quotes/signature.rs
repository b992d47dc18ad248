//! Signature lines and speaker labels: a short paragraph under a quotation that says who spoke
//! it, a caption rather than speech ("– Саломе Зурабишвили", "Касим-Жомарт Токаєв", "–
//! бывший президент страны"), and a name with a colon over a paragraph of speech, as
//! transcripts write it ("Sandu:"). In: the paragraphs and mentions; out: whether a paragraph
//! is such a line, and the mention it is made of when it is only a name. A signature line is
//! never dash dialogue; the paragraph under a speaker label is speech.

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
