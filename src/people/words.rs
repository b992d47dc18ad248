//! Word lists for recognising people: words that are never names, role titles in both scripts,
//! name particles and the little words around a name that tell whether it is a person. The lists
//! live in `src/people/data/*.txt` (one lowercase entry a line, `#` comments, each file names its
//! source); verbs of saying are shared with other stages in [`crate::lexicon`].

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::lexicon::{entries, rows};

/// Declares a word list loaded from a data file.
macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub(super) static $name: LazyLock<Vec<&'static str>> =
            LazyLock::new(|| entries(include_str!(concat!("data/", $file))).collect());
    };
}

word_list!(
    /// Words that are never names: function words, places, organisations, outlets, nationalities.
    NOT_NAMES,
    "not_names.txt"
);
/// Single-word country names and capital cities (`places.txt`), in a set: the list is long and
/// every capitalised word of every source is looked up in it.
static PLACES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| entries(include_str!("data/places.txt")).collect());

/// True when a lowercase word names a country or a capital city, or is the German genitive in -s
/// of a Latin-script one ("estlands").
pub(super) fn is_place(lower: &str) -> bool {
    PLACES.contains(lower)
        || lower
            .strip_suffix('s')
            .is_some_and(|stem| stem.is_ascii() && PLACES.contains(stem))
        || cyrillic_place_nominative(lower).is_some()
}

/// Case endings of Russian and Ukrainian place names in -а/-я/-ия and their nominative endings
/// (`place` of `data/case_endings.tsv`).
static PLACE_ENDINGS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("data/case_endings.tsv"))
        .filter(|(kind, _)| *kind == "place")
        .filter_map(|(_, rest)| rest.split_once('\t'))
        .collect()
});

/// The nominatives a Cyrillic case form is read against: the gazetteer and the places of
/// `not_names.txt` («литва»), in one set (every ending of every capitalised Cyrillic word is
/// looked up).
static PLACE_NOMINATIVES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| PLACES.iter().chain(NOT_NAMES.iter()).copied().collect());

/// Letters a place's nominative must have for its case forms to be read: shorter ones («Гана»,
/// «Куба») would take surnames for places («Гани»).
const MIN_PLACE_LETTERS: usize = 5;

/// The nominative in the gazetteer (or among the places of `not_names.txt`) of a Cyrillic place
/// name in a case form («Литви» → литва, «Латвії» → латвія, «Эстонией» → эстония), if any.
fn cyrillic_place_nominative(lower: &str) -> Option<String> {
    if !lower.chars().any(crate::text::is_cyrillic) {
        return None;
    }
    PLACE_ENDINGS.iter().find_map(|(ending, nominative)| {
        let stem = lower.strip_suffix(ending)?;
        if stem.chars().count() + nominative.chars().count() < MIN_PLACE_LETTERS {
            return None;
        }
        let candidate = format!("{stem}{nominative}");
        PLACE_NOMINATIVES
            .contains(candidate.as_str())
            .then_some(candidate)
    })
}

word_list!(
    /// Adjectives that begin organisation and place names: nationality and institution words.
    PHRASE_ADJECTIVES,
    "phrase_adjectives.txt"
);
word_list!(
    /// Role words (whole words) in English, German and French.
    LATIN_ROLES,
    "roles_latin.txt"
);
word_list!(
    /// Lowercase words that may stand in an English role title before a name.
    LATIN_ROLE_MODIFIERS,
    "roles_latin_modifiers.txt"
);
word_list!(
    /// French adjectives that follow a role word in its title ("sortant", «élue»).
    LATIN_ROLE_ADJECTIVES_AFTER,
    "roles_latin_after.txt"
);
word_list!(
    /// French and German nationality adjectives, in all their forms ("estonien", "estnischen").
    NATIONALITY_ADJECTIVES,
    "nationality_adjectives.txt"
);
word_list!(
    /// Stems of role words in Russian, Ukrainian and Belarusian (lowercase prefixes).
    CYRILLIC_ROLES,
    "roles_cyrillic.txt"
);
word_list!(
    /// Verbs of saying that come before a name after a quotation or comma.
    SAYING_BEFORE,
    "saying_before.txt"
);
word_list!(
    /// Adverbs that may stand between a name and its verb of saying.
    SAYING_ADVERBS,
    "saying_adverbs.txt"
);
word_list!(
    /// Prepositions that put a following name in an oblique case.
    PREPOSITIONS,
    "prepositions.txt"
);
word_list!(
    /// English, German and French prepositions of place and relation: the word after one is no
    /// subject of the verb that follows.
    LATIN_PREPOSITIONS,
    "prepositions_latin.txt"
);
word_list!(
    /// Stems of nouns that head the description of an institution («палат», "chamber").
    INSTITUTION_NOUNS,
    "institution_nouns.txt"
);
word_list!(
    /// English, German and French conjunctions that join two nouns ("and", "und", "et").
    LATIN_CONJUNCTIONS,
    "conjunctions.txt"
);
word_list!(
    /// Coordinating conjunctions of the languages read ("and", «и», «та»).
    TITLE_CONJUNCTIONS,
    "title_conjunctions.txt"
);
word_list!(
    /// Words that open a subordinate clause ("dass", «що»): after a name and a comma they start
    /// a clause, not an apposition.
    CLAUSE_CONJUNCTIONS,
    "clause_conjunctions.txt"
);
word_list!(
    /// Verbs in the present tense that cite an outlet ("Yle writes", «пишет Reuters»).
    OUTLET_VERBS,
    "outlet_verbs.txt"
);
word_list!(
    /// Words that close a Turkic patronymic inside a full name («Магеррам оглы»).
    PATRONYMIC_PARTICLES,
    "patronymic_particles.txt"
);
word_list!(
    /// Lowercase particles inside names ("von der", "de").
    NAME_PARTICLES,
    "name_particles.txt"
);

word_list!(
    /// Personal pronouns in the nominative ("er", "she", «он»): the subject of the verb before.
    SUBJECT_PRONOUNS,
    "subject_pronouns.txt"
);
word_list!(
    /// Possessive determiners ("his", "seiner", "son"): like an article before a noun.
    POSSESSIVES,
    "possessives.txt"
);
/// Articles and possessive determiners: a capitalised word right after one is a noun, not a name.
pub(super) static ARTICLES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    entries(include_str!("data/articles.txt"))
        .chain(POSSESSIVES.iter().copied())
        .collect()
});

word_list!(
    /// Forms of address ("Mr", «господин»): evidence of a name, never a title.
    FORMS_OF_ADDRESS,
    "forms_of_address.txt"
);

word_list!(
    /// Labels of photo and text credits ("Фото:", "Photo/").
    CREDIT_LABELS,
    "credit_labels.txt"
);

/// Forms of address by language: the language name and its forms, lower case (`honorifics.tsv`).
pub(super) static HONORIFICS: LazyLock<Vec<(&'static str, Vec<&'static str>)>> =
    LazyLock::new(|| {
        rows(include_str!("data/honorifics.tsv"))
            .map(|(language, forms)| (language, forms.split(',').map(str::trim).collect()))
            .collect()
    });

/// The endings of `data/endings.tsv` with the role `role` (`feminine`, `masculine`,
/// `cyrillic-case`, `consonant-case`, `strip`, `masculine-normal`, `past-verb`, `instrumental`).
pub(super) fn endings(role: &str) -> Vec<&'static str> {
    crate::lexicon::keyed_words(include_str!("data/endings.tsv"), |r| r == role).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_genitives_of_places_are_places_but_surnames_are_not() {
        assert!(is_place("estlands"));
        assert!(is_place("kasachstans"));
        assert!(!is_place("michal"));
        assert!(!is_place("tsahkna"));
        assert!(is_place("литви") && is_place("латвії") && is_place("эстонией"));
        assert!(
            !is_place("гани"),
            "Ghana's nominative is too short to read its cases"
        );
    }

    #[test]
    fn lists_load_without_comments_or_blanks() {
        assert!(NOT_NAMES.contains(&"moscow"));
        assert!(LATIN_ROLES.contains(&"counterpart"));
        assert!(NAME_PARTICLES.contains(&"von"));
        assert!(is_place("estonia") && is_place("tallinn") && is_place("warschau"));
        for list in [&NOT_NAMES, &LATIN_ROLES, &CYRILLIC_ROLES, &PREPOSITIONS] {
            assert!(list.iter().all(|w| !w.starts_with('#') && !w.is_empty()));
        }
    }
}
