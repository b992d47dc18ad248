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
//! saying, so the endings need no dictionary. Perfective verbal adverbs («объяснив»,
//! «назвавши») are read back to the past they are made from in the same way, and French past
//! participles in «-é» that agree with their object («qualifiée») to their masculine singular.

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
/// a masculine past form the list holds, or a perfective verbal adverb made from one (see the
/// module docs).
pub fn is_listed_verb(list: &[&str], word: &str) -> bool {
    list.contains(&word)
        || masculine_past_forms(word)
            .iter()
            .chain(verbal_adverb_bases(word).iter())
            .chain(french_participle_base(word).iter())
            .any(|m| list.contains(&m.as_str()))
}

/// The masculine singular of a French past participle in «-é» that agrees with a feminine or
/// plural object («qu'il a qualifiée de», «les a qualifiés de» → qualifié); none for any other
/// word.
pub fn french_participle_base(word: &str) -> Option<String> {
    ["ées", "ée", "és"].iter().find_map(|ending| {
        let stem = word.strip_suffix(ending)?;
        (stem.chars().count() >= MIN_STEM).then(|| format!("{stem}é"))
    })
}

/// The masculine past forms a perfective verbal adverb is made from: Russian «объяснив»,
/// «объяснивши» → объяснил (the adverb puts «в» or «вши» for the past's «л»); Ukrainian
/// «назвавши» → назвав (the adverb adds «ши» to the past in «-в»). None for any other word.
pub fn verbal_adverb_bases(word: &str) -> Vec<String> {
    let long = |stem: &&str| stem.chars().count() >= MIN_STEM;
    let vowel_before = |stem: &&str| stem.ends_with(['а', 'я', 'е', 'и', 'ы', 'у', 'о', 'і']);
    if let Some(stem) = word.strip_suffix("вши").filter(long).filter(vowel_before) {
        return vec![format!("{stem}л"), format!("{stem}в")];
    }
    match word.strip_suffix('в').filter(long).filter(vowel_before) {
        Some(stem) => vec![format!("{stem}л")],
        None => Vec::new(),
    }
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
    fn verbal_adverbs_read_back_to_the_listed_past() {
        let list = ["объяснил", "назвав"];
        assert!(is_listed_verb(&list, "объяснив"));
        assert!(is_listed_verb(&list, "объяснивши"));
        assert!(is_listed_verb(&list, "назвавши"));
        assert!(!is_listed_verb(&list, "объяснит"));
        assert!(verbal_adverb_bases("lev").is_empty());
        assert!(verbal_adverb_bases("вші").is_empty());
    }

    #[test]
    fn french_participles_that_agree_read_back_to_the_listed_form() {
        assert!(is_listed_verb(&["qualifié"], "qualifiée"));
        assert!(is_listed_verb(&["qualifié"], "qualifiés"));
        assert!(!is_listed_verb(&["qualifié"], "née"));
    }

    #[test]
    fn other_words_and_short_stems_are_not_verbs_of_the_list() {
        assert!(!is_listed_verb(LIST, "подытожит"));
        assert!(!is_listed_verb(LIST, "сказала"));
        assert!(masculine_past_forms("была").is_empty());
        assert!(masculine_past_forms("заявил").is_empty());
    }
}
