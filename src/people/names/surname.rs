//! Surname gender and surname matching.
//!
//! In: surnames and their skeletons. Out: the gender a form shows ([`surname_gender`]) and
//! whether two surnames match, strongly or weakly ([`surname_match`]).

use std::sync::LazyLock;

use super::translit::ascii_fold;

/// The lowest Jaro–Winkler similarity between surname skeletons that counts as a match.
pub const SURNAME_THRESHOLD: f64 = 0.93;

/// Grammatical gender a surname's form shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// A masculine form (`-ov`, `-in`, `-sky`, Belarusian `-au`/`-ou`).
    Masculine,
    /// A feminine form (`-ova`, `-ina`, `-skaya`, Belarusian `-ava`).
    Feminine,
    /// A form that does not change with gender (`-enko`, `-enka`, `Shoigu`, `Makei`).
    Neutral,
}

/// Endings of feminine surnames in their ASCII folding (`feminine` of
/// `data/endings.tsv`).
static FEMININE_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::people::words::endings("feminine"));

/// Endings of masculine surnames in their ASCII folding (`masculine` of
/// `data/endings.tsv`).
static MASCULINE_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::people::words::endings("masculine"));

/// The gender a surname's ending shows.
pub fn surname_gender(surname: &str) -> Gender {
    let a = ascii_fold(surname);
    if FEMININE_ENDINGS.iter().any(|e| a.ends_with(e)) {
        Gender::Feminine
    } else if MASCULINE_ENDINGS.iter().any(|e| a.ends_with(e)) {
        Gender::Masculine
    } else {
        Gender::Neutral
    }
}

/// The best Jaro–Winkler similarity between two key lists, with the pair that gave it.
pub(super) fn best_pair<'a>(a: &'a [String], b: &'a [String]) -> Option<(f64, &'a str, &'a str)> {
    let mut best: Option<(f64, &str, &str)> = None;
    for x in a {
        for y in b {
            let score = strsim::jaro_winkler(x, y);
            if best.is_none_or(|(s, _, _)| score > s) {
                best = Some((score, x, y));
            }
        }
    }
    best
}

/// The last `n` characters of a string.
pub(super) fn tail(s: &str, n: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    chars[chars.len().saturating_sub(n)..].iter().collect()
}

/// True for a masculine and a feminine form (Khrenin / Khrenina): never one person.
pub(super) fn opposite_genders(a: Gender, b: Gender) -> bool {
    matches!(
        (a, b),
        (Gender::Masculine, Gender::Feminine) | (Gender::Feminine, Gender::Masculine)
    )
}

/// True when one skeleton has a whole syllable more than the other: another name that
/// Jaro–Winkler scores high on a shared beginning (Vučić / Vučević, `vuchich` / `vuchevich`).
/// Transliteration variants keep the syllables and change letters inside them, often more than
/// one (Мирзиёев as `mirzieev` or `mirziyoyev`, Бахтиёр as `bakhtier` or `bakhtiyor`), so the
/// test is a different count of syllables together with more than one letter changed (two in
/// a long name).
pub(super) fn extra_syllable(x: &str, y: &str) -> bool {
    let shorter = x.chars().count().min(y.chars().count());
    syllables(x) != syllables(y) && strsim::levenshtein(x, y) > 1 + shorter / 10
}

/// The number of vowel groups in an ASCII skeleton, `y` counted as a vowel so that a glide
/// between vowels (`iyo`, `iye`) stays inside one group.
fn syllables(skeleton: &str) -> usize {
    let mut count = 0;
    let mut in_vowel = false;
    for c in skeleton.chars() {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if vowel && !in_vowel {
            count += 1;
        }
        in_vowel = vowel;
    }
    count
}

/// The lowest Jaro–Winkler similarity for a weak match: one that needs given names to agree.
pub const WEAK_SURNAME_THRESHOLD: f64 = 0.80;

/// A match of two surnames: its similarity and whether it is weak.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SurnameScore {
    /// The best Jaro–Winkler similarity of their keys (1.0 for the same key).
    pub score: f64,
    /// True for a weak match (see [`WEAK_SURNAME_THRESHOLD`]): the same phonetic block, a
    /// similarity that transliteration through another language's sounds leaves (Trump / Трамп
    /// → "tramp", Kobakhidze / Kobachidse). Only full names whose given names agree may be
    /// joined by it.
    pub weak: bool,
}

/// How two surnames compare (see the module docs): a strong match (the same key, or a similarity
/// of at least [`SURNAME_THRESHOLD`] with the same last two letters and no extra syllable), else a
/// weak one, else `None`. A masculine and a feminine form never match.
pub fn surname_match(
    a_keys: &[String],
    a_gender: Gender,
    b_keys: &[String],
    b_gender: Gender,
) -> Option<SurnameScore> {
    if opposite_genders(a_gender, b_gender) {
        return None;
    }
    let (score, x, y) = best_pair(a_keys, b_keys)?;
    if x == y {
        return Some(SurnameScore {
            score: 1.0,
            weak: false,
        });
    }
    if score >= SURNAME_THRESHOLD && tail(x, 2) == tail(y, 2) && !extra_syllable(x, y) {
        return Some(SurnameScore { score, weak: false });
    }
    (score >= WEAK_SURNAME_THRESHOLD).then_some(SurnameScore { score, weak: true })
}
