//! Hard-wrapped lines: text copied from a page or an e-mail with a line break every 70–80
//! characters, so that one sentence (and one quotation) runs over several lines, and the cleaned
//! source has one paragraph per line:
//!
//! ```text
//! “The militants have not laid down their
//! arms, they continue to commit crimes or are preparing for them. The fight
//! destroyed,” Tokayev said on state television.
//! ```
//!
//! Quotation marks and attribution read such lines as one paragraph. A line continues the one
//! before it when it stands on the next raw line, the line before has at least
//! [`MIN_WRAPPED_WORDS`] words (or opens a quotation) and ends without a sentence's closing
//! punctuation, and the line
//! starts with a lower-case letter (after an opening quotation mark, if any). A headline and
//! its first body line, a list of links or tags, and lines ending with a full stop stay apart.
//!
//! In: the paragraphs and mentions of a source. Out: the joined paragraphs (numbered as their
//! first line, lines joined by one space) with the mentions moved into them, and the way back:
//! a quotation found in a joined paragraph belongs to the line it opens on, its end cut at that
//! line's end, its text the whole quotation.

use crate::model::{Mention, Paragraph, Quote};

/// The fewest words of a line that a following line may continue.
const MIN_WRAPPED_WORDS: usize = 4;

/// Punctuation that ends a line that is not wrapped.
const LINE_END: &[char] = &['.', '!', '?', '…', ':', ';', '»', '”', '"', ')'];

/// Opening quotation marks a wrapped line may start with.
const OPENING_MARKS: &[char] = &['“', '"', '«', '„', '‘'];

/// One line of a joined paragraph: its index in the source's paragraphs and byte offset in the
/// joined text.
#[derive(Debug, Clone, Copy)]
struct Part {
    index: usize,
    base: usize,
}

/// The source with its wrapped lines joined.
pub(crate) struct Joined {
    /// The joined paragraphs.
    pub paragraphs: Vec<Paragraph>,
    /// The mentions, same order, moved into the joined paragraphs.
    pub mentions: Vec<Mention>,
    /// For each joined paragraph, its lines.
    parts: Vec<Vec<Part>>,
}

/// True when `line` continues `before` (see the module docs).
fn continues(before: &Paragraph, line: &Paragraph) -> bool {
    let adjacent = line.line == before.line + 1;
    let open = !before.text.trim_end().ends_with(LINE_END);
    let long = super::similarity::word_count(&before.text) >= MIN_WRAPPED_WORDS
        || before.text.starts_with(OPENING_MARKS);
    let lower = line
        .text
        .trim_start_matches(OPENING_MARKS)
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    adjacent && open && long && lower
}

/// Joins the wrapped lines of a source.
pub(crate) fn join(paragraphs: &[Paragraph], mentions: &[Mention]) -> Joined {
    let mut joined: Vec<Paragraph> = Vec::new();
    let mut parts: Vec<Vec<Part>> = Vec::new();
    for (index, p) in paragraphs.iter().enumerate() {
        let wrapped = index > 0 && continues(&paragraphs[index - 1], p);
        match (wrapped, joined.last_mut(), parts.last_mut()) {
            (true, Some(last), Some(lines)) => {
                last.text.push(' ');
                lines.push(Part {
                    index,
                    base: last.text.len(),
                });
                last.text.push_str(&p.text);
            }
            _ => {
                joined.push(p.clone());
                parts.push(vec![Part { index, base: 0 }]);
            }
        }
    }
    let mut place = vec![(0, 0); paragraphs.len()];
    for (j, lines) in parts.iter().enumerate() {
        for part in lines {
            place[part.index] = (joined[j].n, part.base);
        }
    }
    let moved = mentions
        .iter()
        .map(|m| {
            let at = paragraphs.iter().position(|p| p.n == m.paragraph);
            let (n, base) = at.map_or((m.paragraph, 0), |i| place[i]);
            Mention {
                paragraph: n,
                start: m.start + base,
                end: m.end + base,
                ..m.clone()
            }
        })
        .collect();
    Joined {
        paragraphs: joined,
        mentions: moved,
        parts,
    }
}

impl Joined {
    /// A quotation of a joined paragraph, placed back on the line it opens on.
    pub(crate) fn place(&self, original: &[Paragraph], mut quote: Quote) -> Quote {
        let Some(j) = self.paragraphs.iter().position(|p| p.n == quote.paragraph) else {
            return quote;
        };
        let Some(part) = self.parts[j]
            .iter()
            .rev()
            .find(|part| part.base <= quote.start)
        else {
            return quote;
        };
        let Some(line) = original.get(part.index) else {
            return quote;
        };
        quote.paragraph = line.n;
        quote.start -= part.base;
        quote.end = (quote.end - part.base).min(line.text.len());
        quote
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<Paragraph> {
        Paragraph::numbered(texts)
    }

    #[test]
    fn wrapped_lines_join_and_quotes_go_back_to_their_line() {
        let ps = lines(&[
            "Headline without a stop",
            "“The militants have",
            "not laid down their arms. Whoever does not surrender will be",
            "destroyed,” Tokayev said.",
            "He dismissed calls to hold talks.",
        ]);
        let joined = join(&ps, &[]);
        let texts: Vec<&str> = joined.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert_eq!(joined.paragraphs[1].n, 2);
        assert!(texts[1].starts_with("“The militants") && texts[1].ends_with("Tokayev said."));
        let quote = Quote {
            paragraph: 2,
            start: 0,
            end: texts[1].find(" Tokayev").unwrap(),
            text: "The militants …".into(),
            speaker_mention: None,
            attribution: None,
            speaker: None,
        };
        let placed = joined.place(&ps, quote);
        assert_eq!(
            (placed.paragraph, placed.start, placed.end),
            (2, 0, ps[1].text.len())
        );
    }

    #[test]
    fn headlines_short_lines_and_finished_sentences_stay_apart() {
        let ps = lines(&[
            "Лавров: Россия пересмотрит позицию",
            "Переговорная позиция России будет пересмотрена.",
            "в мире",
            "россия",
            "He said it was over.",
            "then he left.",
        ]);
        assert_eq!(join(&ps, &[]).paragraphs.len(), ps.len());
    }

    #[test]
    fn mentions_move_into_the_joined_paragraph() {
        let ps = lines(&[
            "It was important to understand why",
            "the state had slept, Tokayev added.",
        ]);
        let at = ps[1].text.find("Tokayev").unwrap();
        let m = Mention {
            paragraph: 2,
            start: at,
            end: at + "Tokayev".len(),
            surface: "Tokayev".into(),
            given: None,
            surname: "Tokayev".into(),
            script: crate::text::Script::Latin,
            role: None,
            official: None,
        };
        let joined = join(&ps, &[m]);
        let moved = &joined.mentions[0];
        assert_eq!(moved.paragraph, 1);
        assert_eq!(
            &joined.paragraphs[0].text[moved.start..moved.end],
            "Tokayev"
        );
    }
}
