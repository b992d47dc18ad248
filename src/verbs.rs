//! Verb forms: whether a word is a form of a verb a word list holds.
//!
//! In: a word in lower case and a list of verb forms (the lists of `crate::lexicon` and of the
//! stages). Out: a boolean. Must not: use any other module of the crate, or hold word lists.
//!
//! The lists hold each East Slavic verb in its masculine past form only («заявил», «підсумував»,
//! «заявіў»); the feminine, plural and reflexive forms news text also writes («подытожила»,
//! «підсумувала», «признались») are read back to it by their regular endings: Russian
//! -л/-ла/-ли/-лся/-лась/-лись, Ukrainian -в/-ла/-ли/-вся/-лася/-лися, Belarusian
//! -ў/-ла/-лі. Every East Slavic past tense is formed so, with no exception among verbs of
//! saying, so the endings need no dictionary.

/// Shortest stem (in letters) left before a past ending: shorter words («была», «шли») are no
/// verbs of saying and would match by accident.
const MIN_STEM: usize = 3;

/// Feminine, plural and reflexive past endings, with the masculine endings they stand for
/// (Russian, Ukrainian, Belarusian).
const PAST_ENDINGS: [(&str, &[&str]); 7] = [
    ("лась", &["лся", "вся"]),
    ("лись", &["лся", "вся"]),
    ("лася", &["вся"]),
    ("лися", &["вся"]),
    ("ла", &["л", "в", "ў"]),
    ("ли", &["л", "в"]),
    ("лі", &["ў"]),
];

/// True when `word` (lower case) is in `list`, or is the feminine, plural or reflexive past of
/// a masculine past form the list holds (see the module docs).
pub fn is_listed_verb(list: &[&str], word: &str) -> bool {
    list.contains(&word)
        || masculine_past_forms(word)
            .iter()
            .any(|m| list.contains(&m.as_str()))
}

/// The masculine past forms an East Slavic past form in another gender or number may stand for
/// («подытожила» → подытожил, подытожив); none for any other word.
pub fn masculine_past_forms(word: &str) -> Vec<String> {
    for (ending, masculine) in PAST_ENDINGS {
        if let Some(stem) = word.strip_suffix(ending) {
            if stem.chars().count() < MIN_STEM {
                return Vec::new();
            }
            // The masculine ending replaces the whole past ending, whose «л» it stands for.
            return masculine.iter().map(|m| format!("{stem}{}", m)).collect();
        }
    }
    Vec::new()
}

/// True when `word` (lower case) is an East Slavic past form of the plural («додали», «заявили»,
/// «сказалі», «признались»): said by several, or by nobody named («…», — додали в адміністрації
/// президента: "the president's office added"), never by one person.
pub fn is_plural_past(word: &str) -> bool {
    ["ли", "лі", "лись", "лися"].iter().any(|ending| {
        word.strip_suffix(ending)
            .is_some_and(|stem| stem.chars().count() >= MIN_STEM)
    }) && word.chars().all(|c| c.is_alphabetic() && !c.is_ascii())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: &[&str] = &[
        "подытожил",
        "підсумував",
        "заявіў",
        "признался",
        "висловився",
    ];

    #[test]
    fn feminine_and_plural_past_forms_read_back_to_the_listed_masculine() {
        assert!(is_listed_verb(LIST, "подытожила"));
        assert!(is_listed_verb(LIST, "подытожили"));
        assert!(is_listed_verb(LIST, "підсумувала"));
        assert!(is_listed_verb(LIST, "підсумували"));
        assert!(is_listed_verb(LIST, "заявіла"));
        assert!(is_listed_verb(LIST, "заявілі"));
    }

    #[test]
    fn reflexive_past_forms_read_back_to_the_listed_masculine() {
        assert!(is_listed_verb(LIST, "призналась"));
        assert!(is_listed_verb(LIST, "признались"));
        assert!(is_listed_verb(LIST, "висловилася"));
        assert!(is_listed_verb(LIST, "висловились"));
    }

    #[test]
    fn plural_past_forms_are_told_from_singular_ones() {
        assert!(is_plural_past("додали"));
        assert!(is_plural_past("признались"));
        assert!(is_plural_past("сказалі"));
        assert!(!is_plural_past("додала"));
        assert!(!is_plural_past("заявил"));
        assert!(!is_plural_past("ли"));
        assert!(!is_plural_past("daily"));
    }

    #[test]
    fn other_words_and_short_stems_are_not_verbs_of_the_list() {
        assert!(!is_listed_verb(LIST, "подытожит"));
        assert!(!is_listed_verb(LIST, "сказала"));
        assert!(masculine_past_forms("была").is_empty());
        assert!(masculine_past_forms("заявил").is_empty());
    }
}
