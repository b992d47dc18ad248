//! Titles as words: which office a role noun phrase names ("the minister", «глава государства»,
//! "US-Präsident", « le chef de la diplomatie russe ») and which country qualifies it, read with
//! the tables `data/roles.tsv`, `data/role_classes.tsv` and `data/countries.tsv`. In: a phrase
//! or a mention's role; out: [`Title`]s, and whether a title a speaker is referred to by fits
//! the titles a person has. Knows nothing of sources or mentions (see `title_reference`).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// An office, as a role class of `roles.tsv`, with the country that qualifies it, when given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Title {
    /// The role class ("head-of-state", "foreign-minister").
    pub class: &'static str,
    /// The country of the title ("us", "russia"), when the phrase names one.
    pub country: Option<&'static str>,
    /// True for a past office ("former president", «бывший министр»).
    pub former: bool,
}

/// Words that make a title a past one (`data/former_words.txt`; `*` ends a stem).
static FORMER_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("../data/former_words.txt")).collect());

/// True for a word that makes a title a past one ("former", «бывшего», "ex").
fn is_former_word(word: &str) -> bool {
    crate::lexicon::holds(&FORMER_WORDS, word)
}

/// The role phrases, as words, with their class; longest first.
static ROLES: LazyLock<Vec<(Vec<String>, &'static str)>> = LazyLock::new(|| {
    let mut roles: Vec<(Vec<String>, &'static str)> =
        crate::lexicon::rows(include_str!("../data/roles.tsv"))
            .map(|(class, phrase)| (words(phrase), class))
            .filter(|(w, _)| !w.is_empty())
            .collect();
    roles.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    roles
});

/// For each broad class, the classes it covers.
static COVERS: LazyLock<BTreeMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("../data/role_classes.tsv"))
        .map(|(class, covered)| (class, covered.split_whitespace().collect()))
        .collect()
});

/// Each country word with its country.
static COUNTRIES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("../data/countries.tsv"))
        .flat_map(|(country, forms)| forms.split_whitespace().map(move |f| (f, country)))
        .collect()
});

/// Words that may stand before a title without being part of it: articles and possessives
/// (`data/determiners.txt`).
static DETERMINERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::lexicon::entries(include_str!("../data/determiners.txt")).collect());

/// True for a determiner of `data/determiners.txt` ("the", "his"), given in lower case.
pub(crate) fn is_determiner(lower: &str) -> bool {
    DETERMINERS.contains(&lower)
}

/// Words that join a title to the country after it ("President of the United States",
/// « président du Kazakhstan », "Präsident des Landes"; `data/title_connectors.txt`).
static CONNECTORS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::entries(include_str!("../data/title_connectors.txt")).collect()
});

/// Words other than determiners and countries allowed before a title ("the outgoing president",
/// «экс-глава государства»).
const MAX_MODIFIERS: usize = 2;

/// The words of a phrase: lower case, accents dropped, split at hyphens, with elided French
/// articles ("l'État", "d'État") cut off and "U.S." read as "us".
pub(crate) fn words(text: &str) -> Vec<String> {
    let plain: String = text
        .nfc()
        .flat_map(without_accent)
        .collect::<String>()
        .to_lowercase()
        .replace("u.s.", "us")
        .replace(['’', 'ʼ'], "'");
    plain
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .map(|w| {
            ["l'", "d'", "qu'"]
                .iter()
                .find_map(|p| w.strip_prefix(p))
                .unwrap_or(w)
        })
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A Latin letter without its accents ("é" → "e"); other letters as they are («й», «ї»).
fn without_accent(c: char) -> Vec<char> {
    if crate::text::is_latin(c) {
        c.nfd().filter(|m| !is_combining_mark(*m)).collect()
    } else {
        vec![c]
    }
}

/// True when the text word is the table word, or that word with a case or plural ending: in
/// Cyrillic up to three letters in place of a final vowel ("главы" for «глава», «президентом»),
/// in Latin up to two letters added ("präsidenten"; not "Ministerium" for "minister", nor
/// "ministry" for "ministre").
fn word_matches(text: &str, table: &str) -> bool {
    if text == table {
        return true;
    }
    let length = table.chars().count();
    if length < 4 {
        return false;
    }
    let cyrillic = crate::text::has_cyrillic(table);
    let (base, ending) = if cyrillic {
        (
            table.trim_end_matches(['а', 'е', 'о', 'я', 'ы', 'и', 'ь', 'й', 'і']),
            3,
        )
    } else {
        (table, 2)
    };
    text.starts_with(base) && text.chars().count() <= base.chars().count() + ending
}

/// The country a word names, if any (the longest matching country word wins).
fn country_of(word: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .filter(|(form, _)| {
            if form.chars().count() < 4 {
                word == *form
            } else {
                word.starts_with(form)
            }
        })
        .max_by_key(|(form, _)| form.len())
        .map(|&(_, country)| country)
}

/// The role phrase starting at `words[at]`, longest first: its class, the index past it and a
/// country word met inside it («глава российского МИД»).
fn role_at(words: &[String], at: usize) -> Option<(&'static str, usize, Option<&'static str>)> {
    ROLES.iter().find_map(|(phrase, class)| {
        let mut k = at;
        let mut country = None;
        for (i, table) in phrase.iter().enumerate() {
            let inside = i > 0 && !words.get(k).is_some_and(|w| word_matches(w, table));
            if inside {
                country = words.get(k).and_then(|w| country_of(w));
                country?;
                k += 1;
            }
            if !words.get(k).is_some_and(|w| word_matches(w, table)) {
                return None;
            }
            k += 1;
        }
        Some((*class, k, country))
    })
}

/// The country named right after a title, through connectors ("of the United States").
fn country_after(words: &[String], from: usize) -> Option<&'static str> {
    words
        .iter()
        .skip(from)
        .take(3)
        .find(|w| !CONNECTORS.contains(&w.as_str()))
        .and_then(|w| country_of(w))
}

/// The title a phrase opens with: determiners, country words and at most [`MAX_MODIFIERS`]
/// other words, then a role phrase, then perhaps a country ("the Serbian president", «глава
/// МИД России», "der US-Präsident", « le président américain »). `None` when the phrase does
/// not open with a title.
pub(crate) fn leading_title(phrase: &str) -> Option<Title> {
    title_after_modifiers(&words(phrase), MAX_MODIFIERS)
}

/// Role classes that describe a person rather than name an office (`data/epithet_classes.txt`).
static EPITHET_CLASSES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::entries(include_str!("../data/epithet_classes.txt")).collect()
});

/// True when the phrase opens with a title of an epithet class ("the politician"): it refers
/// back like a pronoun.
pub(crate) fn is_epithet(phrase: &str) -> bool {
    leading_title(phrase).is_some_and(|t| EPITHET_CLASSES.contains(&t.class))
}

/// True when the phrase starts with a title or the country word before one, with no article
/// or other word first ("Президент Казахстана считает", "US-Präsident Trump", «глава МИД»).
pub(crate) fn opens_with_title(phrase: &str) -> bool {
    let words = words(phrase);
    let first_is_determiner = words
        .first()
        .is_some_and(|w| DETERMINERS.contains(&w.as_str()));
    !first_is_determiner && title_after_modifiers(&words, 0).is_some()
}

/// The title that follows determiners, country words and at most `max_modifiers` other words.
fn title_after_modifiers(words: &[String], max_modifiers: usize) -> Option<Title> {
    let mut before = None;
    let mut modifiers = 0;
    for at in 0..words.len() {
        if let Some((class, end, inside)) = role_at(words, at) {
            let country = before.or(inside).or_else(|| country_after(words, end));
            let former = words[..at].iter().any(|w| is_former_word(w));
            return Some(Title {
                class,
                country,
                former,
            });
        }
        let word = words[at].as_str();
        if let Some(country) = country_of(word) {
            before = Some(country);
        } else if !DETERMINERS.contains(&word) {
            modifiers += 1;
            if modifiers > max_modifiers {
                return None;
            }
        }
    }
    None
}

/// Every title a role text names ("Azerbaijani President", «Міністр закордонних справ Росії»),
/// each with the country next to it.
pub(crate) fn titles_in(role: &str) -> Vec<Title> {
    let words = words(role);
    let mut titles = Vec::new();
    let mut at = 0;
    while at < words.len() {
        let Some((title, end)) = title_at(&words, at) else {
            at += 1;
            continue;
        };
        titles.push(title);
        at = end;
    }
    titles
}

/// The title whose role phrase starts at `words[at]`, with the country of the word before it,
/// inside it or after it, and the index past the role phrase.
fn title_at(words: &[String], at: usize) -> Option<(Title, usize)> {
    let (class, end, inside) = role_at(words, at)?;
    let before = at
        .checked_sub(1)
        .and_then(|k| words.get(k))
        .and_then(|w| country_of(w));
    let country = before.or(inside).or_else(|| country_after(words, end));
    // "former" right before the role, maybe with a country word between ("former Uzbek
    // president", «бывшего президента»).
    let former = words[at.saturating_sub(2)..at]
        .iter()
        .any(|w| is_former_word(w));
    Some((
        Title {
            class,
            country,
            former,
        },
        end,
    ))
}

/// The titles a phrase ends with, as they stand right before a name ("Uzbek Foreign Minister",
/// "President of Georgia", « le président azerbaïdjanais », "Former Prime Minister and leader
/// of the ruling party"): a role phrase followed by nothing but connectors and country words,
/// or by a conjunction and a second title with at most [`TRAILING_TITLE_WORDS`] words after it.
/// A title earlier in the phrase, with other words after it ("Uzbek Foreign Minister
/// discusses security with"), is not the name's.
pub(crate) fn titles_before_name(phrase: &str) -> Vec<Title> {
    let words = words(phrase);
    for at in 0..words.len() {
        let Some((title, end)) = title_at(&words, at) else {
            continue;
        };
        let rest = &words[end..];
        let plain = |ws: &[String]| {
            ws.iter()
                .all(|w| CONNECTORS.contains(&w.as_str()) || country_of(w).is_some())
        };
        if rest.len() <= TRAILING_TITLE_WORDS && plain(rest) {
            return vec![title];
        }
        let joined = rest
            .first()
            .is_some_and(|w| crate::people::is_conjunction(w));
        if let Some((second, second_end)) = title_at(&words, end + 1).filter(|_| joined) {
            if words.len() - second_end <= TRAILING_TITLE_WORDS {
                return vec![title, second];
            }
        }
    }
    Vec::new()
}

/// Connector and country words that may follow a title before the name ("of the United States").
const TRAILING_TITLE_WORDS: usize = 4;

/// True when a person referred to by `wanted` may be one who has the titles `have`: one of them
/// is of the wanted class or of a class it covers ("minister" covers "foreign-minister"), and,
/// when `wanted` names a country, no such title names another one while none names it.
pub(crate) fn fits(wanted: &Title, have: &[Title]) -> bool {
    let covered = |class: &str| {
        class == wanted.class
            || COVERS
                .get(wanted.class)
                .is_some_and(|list| list.contains(&class))
    };
    // A past office and a present one never refer to each other.
    let fitting: Vec<&Title> = have
        .iter()
        .filter(|t| covered(t.class) && t.former == wanted.former)
        .collect();
    let Some(country) = wanted.country else {
        return !fitting.is_empty();
    };
    fitting.iter().any(|t| t.country == Some(country))
        || (!fitting.is_empty() && fitting.iter().all(|t| t.country.is_none()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(phrase: &str) -> Option<(&'static str, Option<&'static str>)> {
        leading_title(phrase).map(|t| (t.class, t.country))
    }

    #[test]
    fn titles_in_five_languages_with_their_country() {
        let cases = [
            ("the minister", ("minister", None)),
            ("the head of state", ("head-of-state", None)),
            ("Serbian President", ("head-of-state", Some("serbia"))),
            ("глава государства", ("head-of-state", None)),
            ("главы МИД России", ("foreign-minister", Some("russia"))),
            (
                "глава российского МИД",
                ("foreign-minister", Some("russia")),
            ),
            ("президент США", ("head-of-state", Some("us"))),
            (
                "глава російського дипломатичного відомства",
                ("foreign-minister", Some("russia")),
            ),
            ("міністр", ("minister", None)),
            ("der US-Präsident", ("head-of-state", Some("us"))),
            ("der Regierungschef", ("head-of-government", None)),
            ("le chef de la diplomatie", ("foreign-minister", None)),
            ("le président américain", ("head-of-state", Some("us"))),
            (
                "le président du Kazakhstan",
                ("head-of-state", Some("kazakhstan")),
            ),
            ("экс-глава государства", ("head-of-state", None)),
            (
                "le Premier ministre arménien",
                ("head-of-government", Some("armenia")),
            ),
            (
                "The head of Albania's government",
                ("head-of-government", Some("albania")),
            ),
            (
                "премьер Северной Македонии",
                ("head-of-government", Some("north-macedonia")),
            ),
        ];
        for (phrase, expected) in cases {
            assert_eq!(title(phrase), Some(expected), "{phrase}");
        }
    }

    #[test]
    fn the_title_before_a_name_ends_the_phrase() {
        let before = |p: &str| {
            titles_before_name(p)
                .into_iter()
                .map(|t| (t.class, t.country))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            before("Uzbek Foreign Minister"),
            [("foreign-minister", Some("uzbekistan"))]
        );
        assert_eq!(before("le président azerbaïdjanais")[0].0, "head-of-state");
        assert_eq!(
            before("Former Prime Minister and leader of the ruling party"),
            [("head-of-government", None), ("leader", None)]
        );
        assert!(before("Uzbek Foreign Minister discusses security issues with").is_empty());
    }

    #[test]
    fn phrases_that_open_with_no_title_are_none() {
        assert_eq!(title("on state television"), None);
        assert_eq!(title("de chacune, a"), None);
        assert_eq!(title("в интервью американскому телеканалу"), None);
        assert_eq!(title("президентский дворец"), None);
    }

    #[test]
    fn a_longer_phrase_wins_over_the_word_inside_it() {
        assert_eq!(
            title("the prime minister").map(|t| t.0),
            Some("head-of-government")
        );
        assert_eq!(
            title("Präsidentin des Parlaments").map(|t| t.0),
            Some("parliament-speaker")
        );
        assert_eq!(title("вице-президент").map(|t| t.0), Some("vice-president"));
    }

    #[test]
    fn a_role_text_names_its_titles() {
        let titles = titles_in("Azerbaijani President");
        assert_eq!(
            titles,
            vec![Title {
                class: "head-of-state",
                country: Some("azerbaijan"),
                former: false,
            }]
        );
        assert!(titles_in("former president")[0].former);
        assert!(titles_in("бывшего президента Туркмении")[0].former);
        assert_eq!(
            titles_in("Міністр закордонних справ Росії")[0].class,
            "foreign-minister"
        );
        assert_eq!(
            titles_in("представитель МИД России")[0].class,
            "foreign-ministry-spokesperson"
        );
    }

    #[test]
    fn broad_titles_cover_narrow_ones_and_countries_must_agree() {
        let have = titles_in("Russian Foreign Minister");
        let wanted = |p: &str| leading_title(p).unwrap();
        assert!(fits(&wanted("the minister"), &have));
        assert!(fits(&wanted("дипломат"), &have));
        assert!(fits(&wanted("глава МИД России"), &have));
        assert!(!fits(&wanted("the US top diplomat"), &have));
        // A past office and a present one never refer to each other.
        let former = titles_in("former president");
        assert!(!fits(&wanted("the new president"), &former));
        assert!(fits(&wanted("the former president"), &former));
        assert!(fits(&wanted("der ehemalige Präsident"), &former));
        assert!(!fits(
            &wanted("the former president"),
            &titles_in("President")
        ));
        assert!(!fits(&wanted("the president"), &have));
        let untold = titles_in("President");
        assert!(fits(&wanted("US president"), &untold));
        assert!(!fits(
            &wanted("US president"),
            &titles_in("Azerbaijani President")
        ));
    }
}
