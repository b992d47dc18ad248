//! Words of a paragraph for name recognition: Unicode word segmentation (UAX #29) with
//! hyphenated words, initials and forms of address marked. In: a paragraph's text; out: its
//! [`Token`]s with byte offsets.

use unicode_segmentation::UnicodeSegmentation;

use crate::text::is_cyrillic;

/// A word of a paragraph with its byte offsets.
#[derive(Debug, Clone)]
pub(super) struct Token<'a> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) text: &'a str,
    /// True for a single capital letter followed by a dot ("V.").
    pub(super) initial: bool,
    /// True when a dot and a letter follow without a space: part of a web name ("Censor.NET").
    pub(super) dotted: bool,
    /// True for a form of address of the source's language ("M." in French): no initial, no
    /// name word, but evidence that a name follows.
    pub(super) honorific: bool,
}

/// Splits a paragraph into words by Unicode word boundaries (UAX #29, `unicode-segmentation`):
/// combining marks ("Ri͡abikhin") and inner apostrophes ("O'Brien", «Прем'єр») stay inside a word.
/// Words joined by a hyphen are one word ("Kassym-Jomart"), an English possessive ("'s") is left
/// out, and a single capital letter followed by a dot and a space is an initial ("V. "), as is
/// one glued to the surname («И.Алиев»).
pub(super) fn tokenise(text: &str) -> Vec<Token<'_>> {
    let segments: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
    let is_word = |seg: &str| seg.chars().any(char::is_alphabetic);
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < segments.len() {
        let (start, seg) = segments[i];
        if !is_word(seg) {
            i += 1;
            continue;
        }
        let mut end = start + seg.len();
        let mut j = i + 1;
        while j + 1 < segments.len()
            && matches!(segments[j].1, "-" | "\u{2010}" | "\u{2011}")
            && is_word(segments[j + 1].1)
        {
            end = segments[j + 1].0 + segments[j + 1].1.len();
            j += 2;
        }
        for possessive in ["'s", "’s"] {
            if end - start > possessive.len() + 1 && text[start..end].ends_with(possessive) {
                end -= possessive.len();
            }
        }
        // Initials glued to the surname without a space («И.Алиев», «В.В.Путин») are words of
        // their own: the segmentation keeps a dot between letters inside one word.
        let mut start = start;
        while let Some(length) = glued_initial(&text[start..end]) {
            tokens.push(glued_part(text, start, start + length, true));
            start += length;
        }
        // A full stop glued to the next sentence («… подчеркнул Сикорский.Он уточнил») ends the
        // word: the segmentation keeps a dot between letters inside one word.
        while let Some(dot) = glued_sentence_dot(&text[start..end]) {
            tokens.push(glued_part(text, start, start + dot, false));
            start += dot + '.'.len_utf8();
        }
        let seg = &text[start..end];
        let letters = text[start..end]
            .chars()
            .filter(|c| c.is_alphabetic())
            .count();
        let initial = letters == 1
            && seg.chars().next().is_some_and(char::is_uppercase)
            && (text[end..].starts_with(". ") || text[end..].starts_with(".\u{a0}"));
        let dotted = !initial
            && text[end..]
                .strip_prefix('.')
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_alphanumeric);
        let end = if initial { end + 1 } else { end };
        tokens.push(Token {
            start,
            end,
            text: &text[start..end],
            initial,
            dotted,
            honorific: false,
        });
        i = j;
    }
    tokens
}

/// A word cut from the front of a segment that glued it to the next one (an initial, or a word
/// before a full stop with no space after it).
fn glued_part(text: &str, start: usize, end: usize, initial: bool) -> Token<'_> {
    Token {
        start,
        end,
        text: &text[start..end],
        initial,
        dotted: false,
        honorific: false,
    }
}

/// The byte offset of a full stop between two Cyrillic words with no space after it: a lower-case
/// letter before it, a capital and a lower-case letter after it («Сикорский.Он»). Web names keep
/// their dot ("Censor.NET", «Лента.ру»): they are Latin, or lower case after the dot.
fn glued_sentence_dot(word: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    chars.windows(4).find_map(|w| {
        let [(_, before), (dot, '.'), (_, capital), (_, after)] = *w else {
            return None;
        };
        let cyrillic = [before, capital, after].into_iter().all(is_cyrillic);
        (cyrillic && before.is_lowercase() && capital.is_uppercase() && after.is_lowercase())
            .then_some(dot)
    })
}

/// The length in bytes of an initial glued to the next word ("И." of «И.Алиев»): a capital
/// letter and a dot, then another capital letter.
fn glued_initial(word: &str) -> Option<usize> {
    let mut chars = word.chars();
    let letter = chars.next().filter(|c| c.is_uppercase())?;
    let dot = chars.next().filter(|&c| c == '.')?;
    chars
        .next()
        .filter(|c| c.is_uppercase())
        .map(|_| letter.len_utf8() + dot.len_utf8())
}

/// The words of a paragraph with the forms of address of the source's language marked.
pub(super) fn source_tokens<'a>(text: &'a str, honorifics: &[&str]) -> Vec<Token<'a>> {
    let mut tokens = tokenise(text);
    for t in &mut tokens {
        if honorifics.contains(&t.text.to_lowercase().as_str()) {
            t.honorific = true;
            t.initial = false;
        }
    }
    tokens
}

/// True for a gap of exactly one space character (a space or a no-break space), or one space
/// and the mark of a hashtag: a name written "Alar #Karis" in a social-media post is one name.
pub(super) fn is_space_gap(gap: &str) -> bool {
    let mut chars = gap.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(' ' | '\u{a0}' | '\u{202f}'), None | Some('#'), None)
    )
}
