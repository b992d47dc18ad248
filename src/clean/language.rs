//! The language of a source's text.
//!
//! Cyrillic text is told by its letters: each language's alphabet lacks letters the others have
//! (`alphabets.tsv`: Ukrainian has і, ї, є, ґ and no ы, э, ъ, ё; Belarusian has ў and no и, щ;
//! Russian has no і, ї, є, ґ, ў), so the text is given the language whose alphabet it breaks
//! least. A quoted phrase or a name in another language breaks it a little; the body of the
//! article decides. Latin text goes to `whatlang` (trigram models of many languages), which is
//! trusted only when it says its guess is reliable.

use std::sync::LazyLock;

use crate::model::{Fact, Origin, Paragraph, RemovalKind};
use crate::text::{is_cyrillic, is_latin};

/// Each Cyrillic-script language with the letters its alphabet lacks.
static ALPHABETS: LazyLock<Vec<(&'static str, Vec<char>)>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("alphabets.tsv"))
        .map(|(name, letters)| (name, letters.chars().collect()))
        .collect()
});

/// English language names and their ISO 639-1 codes (`language_codes.tsv`).
static CODES: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| crate::lexicon::rows(include_str!("language_codes.tsv")).collect());

/// The BCP 47 tag of a language given by name ("Russian") or by its code ("ru"), for `lang`
/// attributes and stemming; `None` for a language the table does not know.
pub fn bcp47(language: &str) -> Option<&'static str> {
    let language = language.trim();
    CODES
        .iter()
        .find(|(name, code)| {
            name.eq_ignore_ascii_case(language) || code.eq_ignore_ascii_case(language)
        })
        .map(|(_, code)| *code)
}

/// The language of the paragraphs, inferred from their letters.
pub fn detect(paragraphs: &[Paragraph]) -> Fact<String> {
    let text: String = paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let latin = text
        .chars()
        .filter(|c| c.is_alphabetic() && is_latin(*c))
        .count();
    let cyrillic = text.chars().filter(|c| is_cyrillic(*c)).count();
    if latin + cyrillic == 0 {
        return Fact::unknown();
    }
    let share = |n: usize| n * 100 / (latin + cyrillic);
    if cyrillic > latin {
        cyrillic_language(&text, share(cyrillic))
    } else {
        latin_language(&text, share(latin))
    }
}

/// The Cyrillic-script language whose alphabet the text breaks least.
fn cyrillic_language(text: &str, share: usize) -> Fact<String> {
    let lower = text.to_lowercase();
    let breaks = |letters: &[char]| lower.chars().filter(|c| letters.contains(c)).count();
    let mut scored: Vec<(usize, &str, &[char])> = ALPHABETS
        .iter()
        .map(|(name, letters)| (breaks(letters), *name, letters.as_slice()))
        .collect();
    scored.sort();
    let Some(&(best, name, letters)) = scored.first() else {
        return Fact::unknown();
    };
    let runner_up = scored.get(1).map_or(usize::MAX, |s| s.0);
    if best == runner_up {
        return Fact::unknown();
    }
    let lacks: String = letters.iter().collect();
    let others: Vec<String> = scored
        .iter()
        .skip(1)
        .map(|(n, other, _)| format!("{other} {n}"))
        .collect();
    let reason = format!(
        "{share}% of letters are Cyrillic; letters {name} lacks ({lacks}): {best}, fewer than any other language's ({})",
        others.join(", ")
    );
    Fact::known(name.to_string(), Origin::Inferred { reason })
}

/// The Latin-script language `whatlang` finds, when it is sure.
fn latin_language(text: &str, share: usize) -> Fact<String> {
    let Some(info) = whatlang::detect(text) else {
        return Fact::unknown();
    };
    if !info.is_reliable() {
        return Fact::unknown();
    }
    let reason = format!(
        "{share}% of letters are Latin; whatlang's trigram models give {} with confidence {:.2}",
        info.lang().eng_name(),
        info.confidence()
    );
    Fact::known(
        info.lang().eng_name().to_string(),
        Origin::Inferred { reason },
    )
}

/// The fewest words in lower case of a line judged to be in another language than its page:
/// fewer (a name, an outlet, a slogan) say too little to tell.
const FOREIGN_LINE_WORDS: usize = 6;
/// The `whatlang` confidence from which a Latin line's language is trusted against its page's.
/// Lower than whatlang's own "reliable" mark: one line is short, and the page's language, which
/// it is compared with, is known from the whole page.
const FOREIGN_LINE_CONFIDENCE: f64 = 0.5;
/// The least share of a line's letters in Latin script for a line of a Cyrillic page to count
/// as written in another language.
const LATIN_LINE_SHARE: usize = 90;

/// A `whatlang` detector that chooses among the languages of `language_codes.tsv` only. On one
/// line, whatlang's trigrams confuse close relatives (it reads a French sentence of election
/// results as Catalan with full confidence); the languages a dossier's sources are written in
/// are those the table names, so a relative outside it is no answer.
/// Built once per run, not once per document.
static KNOWN_LANGUAGES: LazyLock<whatlang::Detector> = LazyLock::new(|| {
    let known: Vec<whatlang::Lang> = whatlang::Lang::all()
        .iter()
        .copied()
        .filter(|lang| CODES.iter().any(|(name, _)| *name == lang.eng_name()))
        .collect();
    whatlang::Detector::with_allowlist(known)
});

/// Removes kept lines written in another language than their page: an untranslated caption
/// in a machine-translated page, a browser warning or an embedded post left in the original.
/// The page's language is that of its kept lines; a line with a quotation mark is spared (a
/// statement quoted in its original words belongs to the article).
pub(super) fn mark_foreign_lines(lines: &[super::Line<'_>], verdicts: &mut super::Verdicts) {
    let kept: Vec<&str> = lines
        .iter()
        .zip(verdicts.iter())
        .filter(|(_, v)| v.is_none())
        .map(|(l, _)| l.text)
        .collect();
    let page = kept.join("\n");
    let letters = |text: &str, latin: bool| {
        text.chars()
            .filter(|c| c.is_alphabetic() && (!latin || is_latin(*c)))
            .count()
    };
    let cyrillic_page =
        page.chars().filter(|c| is_cyrillic(*c)).count() * 2 > letters(&page, false);
    let page_language = whatlang::detect(&page).filter(whatlang::Info::is_reliable);
    for (line, verdict) in lines.iter().zip(verdicts.iter_mut()) {
        let text = line.text;
        // Names and places say little of a language (whatlang reads "… Minister Sergey Lavrov
        // is holding a meeting with …" as Indonesian): only the words in lower case are read.
        let common: Vec<&str> = text
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .collect();
        if verdict.is_some() || common.len() < FOREIGN_LINE_WORDS || super::has_quote(text) {
            continue;
        }
        let latin_share = letters(text, true) * 100 / letters(text, false).max(1);
        let foreign = if cyrillic_page {
            latin_share >= LATIN_LINE_SHARE
        } else {
            latin_share >= LATIN_LINE_SHARE
                && page_language.as_ref().is_some_and(|page| {
                    KNOWN_LANGUAGES
                        .detect(&common.join(" "))
                        .is_some_and(|line| {
                            line.lang() != page.lang()
                                && line.confidence() >= FOREIGN_LINE_CONFIDENCE
                        })
                })
        };
        if foreign {
            *verdict = Some((
                RemovalKind::Boilerplate,
                "a line in another language than the page (an untranslated caption or widget)"
                    .to_string(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language(text: &str) -> Option<String> {
        detect(&Paragraph::numbered(&[text])).value
    }

    #[test]
    fn language_names_and_codes_give_their_bcp47_tag() {
        assert_eq!(bcp47("Ukrainian"), Some("uk"));
        assert_eq!(bcp47("russian"), Some("ru"));
        assert_eq!(bcp47("de"), Some("de"));
        assert_eq!(bcp47("Klingon"), None);
    }

    #[test]
    fn cyrillic_languages_are_told_by_their_letters() {
        assert_eq!(
            language("Міністр закордонних справ України заявив, що Київ готовий до переговорів і їхніх умов.").as_deref(),
            Some("Ukrainian")
        );
        assert_eq!(
            language("Міністэрства абароны Беларусі паведаміла, што ўсе вучэнні скончаныя.")
                .as_deref(),
            Some("Belarusian")
        );
        assert_eq!(
            language("Министр иностранных дел заявил, что переговоры с Ереваном продолжатся.")
                .as_deref(),
            Some("Russian")
        );
    }

    #[test]
    fn a_ukrainian_text_with_i_is_not_belarusian() {
        // і is in both Ukrainian and Belarusian; и decides.
        assert_eq!(
            language("Президент підписав закон, який визначає нові правила.").as_deref(),
            Some("Ukrainian")
        );
    }

    #[test]
    fn latin_languages_come_from_whatlang() {
        assert_eq!(
            language("Der Außenminister sagte am Montag, dass die Gespräche mit der Regierung in Jerewan fortgesetzt werden und dass beide Seiten einen Vertrag unterzeichnen wollen.").as_deref(),
            Some("German")
        );
        assert_eq!(
            language("Le ministre des Affaires étrangères a déclaré lundi que les négociations avec le gouvernement allaient se poursuivre dans les prochaines semaines.").as_deref(),
            Some("French")
        );
        assert_eq!(
            language("The foreign minister said on Monday that the talks with the government would continue in the coming weeks.").as_deref(),
            Some("English")
        );
    }
}
