//! How the words of a name join into one run: a single space or an initial glued to the
//! surname («И.Алиев»), name particles ("Ursula von der Leyen") and Turkic patronymics
//! («Эльмара Магеррам оглы Мамедъярова»). Read by [`super::recognise`] when it gathers
//! candidate spans.

use super::tokens::{is_space_gap, Token};
use super::words::{NAME_PARTICLES, PATRONYMIC_PARTICLES};

/// The index of the last word of a name particle run ("von der", "De") followed by a name word,
/// when one starts right after `last`. Particles are matched in any case: Flemish and Dutch
/// names write them capitalised ("Bart De Wever").
pub(super) fn particles_then_name(
    text: &str,
    tokens: &[Token<'_>],
    last: usize,
    usable: &[bool],
) -> Option<usize> {
    let mut k = last + 1;
    while tokens
        .get(k)
        .is_some_and(|t| NAME_PARTICLES.contains(&t.text.to_lowercase().as_str()))
        && is_space_gap(&text[tokens[k - 1].end..tokens[k].start])
    {
        k += 1;
    }
    let next = tokens.get(k)?;
    (k > last + 1
        && usable[k]
        && !next.initial
        && is_space_gap(&text[tokens[k - 1].end..next.start]))
    .then_some(k)
}

/// True when two words are one run of a name: a single space between them, or nothing after an
/// initial glued to the surname («И.Алиев»).
pub(super) fn joined(text: &str, a: &Token<'_>, b: &Token<'_>) -> bool {
    let gap = &text[a.end..b.start];
    is_space_gap(gap) || (a.initial && gap.is_empty())
}

/// The index of the surname after a Turkic patronymic word («Эльмара Магеррам оглы
/// Мамедъярова»), when `last` is the father's name and the word and a name word follow it.
pub(super) fn patronymic_then_surname(
    text: &str,
    tokens: &[Token<'_>],
    last: usize,
    usable: &[bool],
) -> Option<usize> {
    let (word, surname) = (tokens.get(last + 1)?, tokens.get(last + 2)?);
    (is_patronymic_particle(word)
        && usable[last + 2]
        && !surname.initial
        && is_space_gap(&text[tokens[last].end..word.start])
        && is_space_gap(&text[word.end..surname.start]))
    .then_some(last + 2)
}

/// True for a word that closes a Turkic patronymic («оглы», "oglu", «кызы»).
pub(super) fn is_patronymic_particle(token: &Token<'_>) -> bool {
    PATRONYMIC_PARTICLES.contains(&token.text.to_lowercase().as_str())
}
