//! The words around a candidate name that make it a person: role titles before it (English,
//! German, French; Russian, Ukrainian, Belarusian) or in apposition after it, the case agreement
//! of a single word with the title before it, and verbs of saying before or after it. In: a
//! paragraph's text and tokens and the candidate's position; out: the title, or whether a verb
//! of saying or a title vouches for it.

use std::sync::LazyLock;

use super::tokens::{is_space_gap, Token};
use super::words::{
    CLAUSE_CONJUNCTIONS, CYRILLIC_ROLES, INSTITUTION_NOUNS, LATIN_CONJUNCTIONS, LATIN_PREPOSITIONS,
    LATIN_ROLES, LATIN_ROLE_ADJECTIVES_AFTER, LATIN_ROLE_MODIFIERS, NATIONALITY_ADJECTIVES,
    PREPOSITIONS, SAYING_ADVERBS, SAYING_BEFORE,
};
use crate::lexicon::{PERSON_VERBS, SAYING_VERBS};
use crate::text::is_cyrillic;

/// True for a role word (either script), given in lower case: "minister", «министра», «прем'єр»,
/// or a compound whose last part is one ("Kreml-Chef", "ex-president").
pub fn is_role_word(lower: &str) -> bool {
    LATIN_ROLES.contains(&lower)
        || is_cyrillic_role(lower)
        || is_compound_role(lower)
        || lower
            .rsplit_once('-')
            .is_some_and(|(_, head)| LATIN_ROLES.contains(&head))
}

/// True for a German compound whose head is a listed role of six letters or more
/// ("justizminister", "staatspräsident", "vizekanzler"): German writes the field and the role
/// as one word. The part before the head must be a word of its own (three letters or more).
fn is_compound_role(lower: &str) -> bool {
    LATIN_ROLES.iter().any(|role| {
        role.chars().count() >= 6
            && lower.strip_suffix(role).is_some_and(|field| {
                field.chars().count() >= 3 && field.chars().all(char::is_alphabetic)
            })
    })
}

/// True for a Cyrillic role word: a listed stem and at most three more letters (a case ending),
/// so that surnames that begin like a role word (Головченко) are not taken for one; or a
/// compound whose last part is one («вице-премьера»).
pub(super) fn is_cyrillic_role(lower: &str) -> bool {
    let is_role = |word: &str| {
        let length = word.chars().count();
        CYRILLIC_ROLES
            .iter()
            .any(|r| word.starts_with(r) && length <= r.chars().count() + 3)
    };
    // A compound title's head is its last part («вице-премьера», «экс-министр»).
    is_role(lower)
        || lower
            .rsplit_once('-')
            .is_some_and(|(_, head)| is_role(head))
}

/// The role title just before the name, if any ("Belarus defense chief", "начальник ...").
pub(super) fn role_before(text: &str, tokens: &[Token<'_>], first: usize) -> Option<String> {
    if first == 0 {
        return None;
    }
    let cyrillic = tokens[first].text.chars().any(is_cyrillic);
    if cyrillic {
        cyrillic_role_before(text, tokens, first)
    } else {
        latin_role_before(text, tokens, first)
    }
}

/// True for a word that joins a role word to its place or body ("Mayor of Bucharest", «maire de
/// Bucarest»).
pub(super) fn is_role_connector(lower: &str) -> bool {
    matches!(lower, "of" | "de" | "du" | "des")
}

/// True when the tokens right before `first` are a Latin role word and its connector
/// ("Minister of"): the capitalised word at `first` is then the role's body or portfolio.
pub(super) fn after_role_and_connector(tokens: &[Token<'_>], first: usize) -> bool {
    first >= 2
        && is_role_connector(tokens[first - 1].text)
        && is_role_word(&tokens[first - 2].text.to_lowercase())
}

/// An English role title: role words, modifiers and capitalised words right before the name.
pub(super) fn latin_role_before(text: &str, tokens: &[Token<'_>], first: usize) -> Option<String> {
    let mut i = first;
    let mut has_role = false;
    let mut connected = false;
    while i > 0 {
        let prev = &tokens[i - 1];
        let gap = &text[prev.end..tokens[i].start];
        if !is_space_gap(gap) || first - (i - 1) > 8 {
            break;
        }
        let lower = prev.text.to_lowercase();
        let capitalised = prev.text.chars().next().is_some_and(char::is_uppercase);
        let role_word = LATIN_ROLES.contains(&lower.as_str()) || is_compound_role(&lower);
        let is_function = matches!(lower.as_str(), "a" | "and" | "that" | "by")
            || super::words::ARTICLES.contains(&lower.as_str());
        let connector = is_role_connector(&lower);
        if is_function
            || !(role_word
                || connector
                || capitalised
                || LATIN_ROLE_MODIFIERS.contains(&lower.as_str())
                || is_adjective_after_role(&lower))
        {
            break;
        }
        has_role |= role_word;
        connected |= connector;
        i -= 1;
    }
    // Across "of" the capitalised words are the role's place or body: a single word there is
    // the end of it ("Prime Minister of North Macedonia"), only a name of two words or more is
    // the holder's ("Mayor of Bucharest Nicusor Dan").
    let two_word_name = tokens.get(first + 1).is_some_and(|next| {
        is_space_gap(&text[tokens[first].end..next.start]) && super::recognise::is_name_word(next)
    });
    if connected && !two_word_name {
        return None;
    }
    while i < first && is_role_connector(&tokens[i].text.to_lowercase()) {
        i += 1;
    }
    // The run must end in a role word or a capitalised word of the title, and hold a role word.
    let last = &tokens[first - 1];
    let last_lower = last.text.to_lowercase();
    // French adjectives follow their role word («le président estonien», «sortant»).
    let adjective_after_role = is_adjective_after_role(&last_lower)
        && (i..first - 1)
            .rev()
            .map(|k| tokens[k].text.to_lowercase())
            .find(|w| !is_adjective_after_role(w))
            .is_some_and(|w| is_role_word(&w));
    let ends_well = LATIN_ROLES.contains(&last_lower.as_str())
        || is_compound_role(&last_lower)
        || adjective_after_role
        || last.text.chars().next().is_some_and(char::is_uppercase);
    if !has_role || i == first || !ends_well {
        return None;
    }
    let role = text[tokens[i].start..tokens[first - 1].end].trim();
    (!role.is_empty()).then(|| role.to_string())
}

/// True for an adjective that follows a French role word in its title: a nationality
/// («estonien») or a state of office («sortant», «élue»).
fn is_adjective_after_role(lower: &str) -> bool {
    NATIONALITY_ADJECTIVES.contains(&lower) || LATIN_ROLE_ADJECTIVES_AFTER.contains(&lower)
}

/// Endings of a Russian past-tense verb (`past-verb` of `data/endings.tsv`).
static PAST_VERB_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::words::endings("past-verb"));

/// Instrumental-case endings (`instrumental` of `data/endings.tsv`).
static INSTRUMENTAL_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::words::endings("instrumental"));

/// Genitive endings of Russian and Ukrainian adjectives (`genitive-adjective` of
/// `data/endings.tsv`).
static GENITIVE_ADJECTIVE_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::words::endings("genitive-adjective"));

/// Genitive endings of feminine nouns («Республіки») and, after one, of a feminine adjective
/// that is its attribute («Сербської»): `attribute-noun` and `attribute-adjective` of
/// `data/endings.tsv`.
static ATTRIBUTE_NOUN_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::words::endings("attribute-noun"));
static ATTRIBUTE_ADJECTIVE_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::words::endings("attribute-adjective"));

/// The Cyrillic vowels and the soft sign: a role word ending in none of them is in the
/// nominative.
const CYRILLIC_VOWELS_AND_SIGNS: &str = "аеёиоуыэюяіїєьъ";

/// True for a word shaped like a Russian past-tense verb («подписали», «заявил»).
fn is_cyrillic_past_verb(lower: &str) -> bool {
    lower.chars().count() >= 4 && PAST_VERB_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Endings of Russian active participles in an oblique case (`participle` of
/// `data/endings.tsv`).
static PARTICIPLE_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::words::endings("participle"));

/// True for a Russian past-tense verb, an active participle in an oblique case («занимающего»),
/// a conjunction or «вместо» ("instead of", which brings in another person): a word that ends a
/// role phrase going back.
pub(super) fn ends_cyrillic_role(lower: &str) -> bool {
    is_cyrillic_past_verb(lower)
        || (lower.chars().count() >= 7 && PARTICIPLE_ENDINGS.iter().any(|e| lower.ends_with(e)))
        || matches!(
            lower,
            "и" | "с"
                | "со"
                | "вместо"
                | "замість"
                | "что"
                | "как"
                | "который"
                | "которая"
                | "когда"
                | "і"
                | "з"
                | "як"
        )
}

/// A Russian or Belarusian role title: from the earliest role word of the clause to the name.
pub(super) fn cyrillic_role_before(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
) -> Option<String> {
    // A title never ends in a preposition: «представителям прессы в Белом доме» is a place.
    if PREPOSITIONS.contains(&tokens[first - 1].text.to_lowercase().as_str()) {
        return None;
    }
    let mut i = first;
    let mut earliest_role = None;
    while i > 0 {
        let prev = &tokens[i - 1];
        let gap = text[prev.end..tokens[i].start].trim();
        if !(gap.is_empty() || gap == "—" || gap == "–") || first - (i - 1) > 20 {
            break;
        }
        let lower = prev.text.to_lowercase();
        let role_word = is_cyrillic_role(&lower);
        // Another person's name ends the title going back: «лидера Владимира Путина на площади
        // Улан-Батора» gives the square no title.
        let given_name = super::inflect::given_name(prev.text).is_some();
        if !role_word && (ends_cyrillic_role(&lower) || given_name) {
            break;
        }
        if role_word {
            earliest_role = Some(i - 1);
        }
        i -= 1;
    }
    let from = earliest_role?;
    let role = text[tokens[from].start..tokens[first - 1].end].trim();
    (!role.is_empty()).then(|| role.to_string())
}

/// Words of a role phrase read back from the comma before a name in apposition.
const ROLE_BEFORE_COMMA_WORDS: usize = 6;

/// A role phrase before a comma, with the name in apposition after it ("sagte der
/// Außenminister des Landes, Kestutis Budris, im Radio", «заявил глава МИД страны, Кястутис
/// Будрис,»): from the first role word among the last few words before the comma up to it, when
/// the name is closed by a comma or a full stop. Only for names of two words or more: a single
/// word after a comma may begin any clause.
pub(super) fn role_before_comma(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
    last: usize,
) -> Option<String> {
    if first == 0 || last == first {
        return None;
    }
    let gap = &text[tokens[first - 1].end..tokens[first].start];
    let closed = text[tokens[last].end..]
        .trim_start()
        .starts_with([',', '.', ')']);
    if gap.trim() != "," || !closed {
        return None;
    }
    // The words before the comma, back to punctuation or the word limit.
    let mut from = first - 1;
    while from > 0
        && first - from < ROLE_BEFORE_COMMA_WORDS
        && is_space_gap(&text[tokens[from - 1].end..tokens[from].start])
    {
        from -= 1;
    }
    let mut role_at = (from..first).find(|&i| is_role_word(&tokens[i].text.to_lowercase()))?;
    // The words that qualify the role word belong to the title ("Albania's Prime Minister, Edi
    // Rama": "Prime Minister", not "Minister").
    while role_at > from && is_role_modifier(&tokens[role_at - 1].text.to_lowercase()) {
        role_at -= 1;
    }
    // "le Premier ministre de son prédécesseur, Islam Karimov": the name is the predecessor's.
    let possessive = (role_at..first)
        .any(|i| super::words::POSSESSIVES.contains(&tokens[i].text.to_lowercase().as_str()));
    let role = text[tokens[role_at].start..tokens[first - 1].end].trim();
    // A French elided article stays outside the title ("l’ex-ministre" -> "ex-ministre").
    let role = ["l’", "l'"]
        .iter()
        .find_map(|a| {
            role.strip_prefix(a)
                .or_else(|| role.strip_prefix(&a.to_uppercase()))
        })
        .unwrap_or(role);
    (!possessive && !role.is_empty()).then(|| role.to_string())
}

/// True for a word that qualifies an English role word before it ("prime", "foreign",
/// "Estonian"), but not the preposition "of", which only joins a role to its place.
fn is_role_modifier(lower: &str) -> bool {
    lower != "of"
        && (LATIN_ROLE_MODIFIERS.contains(&lower) || NATIONALITY_ADJECTIVES.contains(&lower))
}

/// A role in apposition after the name: ", Deputy Head of ..." up to the next comma or full stop.
pub(super) fn role_after(text: &str, end: usize) -> Option<String> {
    let rest = text.get(end..)?;
    let rest = rest.strip_prefix(", ")?;
    let stop = rest
        .char_indices()
        .find(|(i, c)| {
            matches!(
                c,
                ',' | ';' | ':' | '!' | '?' | '"' | '“' | '”' | '«' | '»' | '(' | ')'
            ) || (*c == '.' && rest[i + 1..].chars().next().is_none_or(char::is_whitespace))
        })
        .map_or(rest.len(), |(i, _)| i);
    let phrase = rest[..stop].trim();
    let words: Vec<String> = phrase
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphabetic() && c != '-')
                .to_lowercase()
        })
        .collect();
    if words.is_empty() || words.len() > 30 {
        return None;
    }
    let leading = words.iter().take(4);
    let has_role = leading.clone().any(|w| is_role_word(w));
    let starts_with_verb = is_person_verb(&words[0]);
    // An apposition names the role itself; a clause that starts with a preposition (", на выборы
    // президента были …", ", with the President of Ukraine …") or a subordinating conjunction
    // (", dass der Präsident …") only mentions one, and a coordinating conjunction adds another
    // person (", and the Prime Minister of Greece, Kyriakos Mitsotakis").
    let starts_with_preposition = PREPOSITIONS.contains(&words[0].as_str())
        || LATIN_PREPOSITIONS.contains(&words[0].as_str())
        || CLAUSE_CONJUNCTIONS.contains(&words[0].as_str())
        || super::is_conjunction(&words[0]);
    // A clause with a Russian verb or verbal adverb in it is a sentence going on, not an
    // apposition (", президент США … подписали декларацию", ", обращаясь к лидеру").
    let has_verb = words.iter().any(|w| {
        w.chars().any(is_cyrillic) && (is_cyrillic_past_verb(w) || is_cyrillic_verbal_adverb(w))
    });
    (has_role && !starts_with_verb && !starts_with_preposition && !has_verb)
        .then(|| phrase.to_string())
}

/// True for a Russian or Ukrainian verbal adverb («обращаясь», «подписав», «заявивши»).
fn is_cyrillic_verbal_adverb(lower: &str) -> bool {
    lower.chars().count() >= 5
        && ["ясь", "ась", "вши", "вшись"]
            .iter()
            .any(|e| lower.ends_with(e))
}

/// Words of a verb phrase (auxiliaries and adverbs) allowed between a name and its verb of
/// saying: "has also said", « a également déclaré », «також навіть зазначив».
const SAYING_ADVERBS_BETWEEN: usize = 2;

/// True when a verb of saying follows the name, maybe after auxiliaries and adverbs.
pub(super) fn saying_after(text: &str, tokens: &[Token<'_>], last: usize) -> bool {
    for i in last + 1..=last + SAYING_ADVERBS_BETWEEN + 1 {
        let Some(next) = tokens.get(i) else {
            return false;
        };
        let gap = &text[tokens[i - 1].end..next.start];
        if gap.trim() != "" && gap.trim() != "," {
            return false;
        }
        let lower = next.text.to_lowercase();
        if is_person_verb(&lower) {
            return true;
        }
        if !SAYING_ADVERBS.contains(&lower.as_str()) && !lower.ends_with("ly") {
            return false;
        }
    }
    false
}

/// True when a single word after a role title can be the name it titles, by case agreement:
/// after a Russian or Ukrainian role noun in the instrumental («прем'єр-міністром») a name is in
/// the instrumental too or does not decline (ends in о, е, у, ю), so «прем'єр-міністром Вірмені»
/// is the country, not a person; after one in the nominative («прем'єр-міністр») a word with the
/// genitive ending of an adjective («Словацької») is its complement; in German a word in the
/// genitive `-s` right after the role is its complement ("Der Präsident Aserbaidschans",
/// "Kanzler Österreichs").
pub(super) fn agrees_with_role(tokens: &[Token<'_>], first: usize, language: Option<&str>) -> bool {
    let name = tokens[first].text.to_lowercase();
    let before = tokens[first - 1].text.to_lowercase();
    // The head of a compound title is its last part («прем'єр-міністром»).
    let role = before.rsplit('-').next().unwrap_or(&before);
    if name.chars().any(is_cyrillic) {
        let instrumental = |w: &str| INSTRUMENTAL_ENDINGS.iter().any(|e| w.ends_with(e));
        let indeclinable = name.ends_with(['о', 'е', 'у', 'ю', 'э']);
        // A role word in the nominative ends in a consonant («міністр», «президент»), maybe
        // softened («представитель», «председатель»).
        let nominative_role = is_role_word(role)
            && role.chars().last().is_some_and(|c| {
                c == 'ь' || (c.is_alphabetic() && !CYRILLIC_VOWELS_AND_SIGNS.contains(c))
            });
        let genitive_adjective = GENITIVE_ADJECTIVE_ENDINGS.iter().any(|e| name.ends_with(e));
        let agrees =
            !(is_role_word(role) && instrumental(role)) || instrumental(&name) || indeclinable;
        // A feminine adjective in the genitive right after a capitalised noun in the genitive
        // that is no role is that noun's attribute: a land or body named in two words
        // («президента Республіки Сербської»).
        let attribute = !is_role_word(role)
            && tokens[first - 1].text.starts_with(char::is_uppercase)
            && ATTRIBUTE_NOUN_ENDINGS.iter().any(|e| role.ends_with(e))
            && ATTRIBUTE_ADJECTIVE_ENDINGS
                .iter()
                .any(|e| name.ends_with(e));
        return agrees
            && !attribute
            && !(nominative_role && (genitive_adjective || genitive_thing(&name)));
    }
    let german_genitive = language == Some("German")
        && LATIN_ROLES.contains(&role)
        && name.ends_with('s')
        && !name.ends_with("ss");
    !german_genitive
}

/// True when the dictionary knows `lower` only as a thing in the genitive singular («сейма»,
/// «комитета»): after a role in the nominative («Представитель Сейма», «Председатель
/// Комитета») it is the role's complement, not its holder. Surnames that are also nouns stand
/// there in the plural («песков») or have a surname reading of their own.
fn genitive_thing(lower: &str) -> bool {
    let readings = super::morph::analyse(lower);
    let known: Vec<_> = readings.iter().filter(|p| p.known).collect();
    !known.is_empty()
        && known
            .iter()
            .all(|p| p.has("NOUN") && p.has("inan") && p.has("sing") && p.case() == Some("gent"))
}

/// True when a verb of saying comes before the name after a quotation or comma ("…,” said X"),
/// or "according to" / "по словам" does before a full name (those also introduce outlets,
/// agencies and documents: "according to Sova", so a single word after them needs a full mention
/// of it elsewhere in the source).
pub(super) fn saying_before(text: &str, tokens: &[Token<'_>], first: usize, lone: bool) -> bool {
    if first == 0 {
        return false;
    }
    let prev = &tokens[first - 1];
    if !is_space_gap(&text[prev.end..tokens[first].start]) {
        return false;
    }
    let lower = prev.text.to_lowercase();
    if first >= 2 {
        let before = tokens[first - 2].text.to_lowercase();
        if (before == "according" && lower == "to") || (before == "по" && lower == "словам")
        {
            return !lone;
        }
    }
    if !SAYING_BEFORE.contains(&lower.as_str()) {
        return false;
    }
    let mut head = text[..prev.start].trim_end();
    // French puts the auxiliary between the quote and the participle ("«…», a déclaré Macron").
    if let Some(before_auxiliary) = head.strip_suffix(" a") {
        head = before_auxiliary.trim_end();
    }
    head.ends_with([',', '”', '"', '»', '—', '–', '“'])
}

/// A verb of saying, or another verb that takes a person as its subject.
pub(super) fn is_person_verb(word: &str) -> bool {
    crate::verbs::is_listed_verb(&SAYING_VERBS, word)
        || crate::verbs::is_listed_verb(&PERSON_VERBS, word)
}

/// The most lower-case words before the head noun of an institution's description.
const INSTITUTION_MODIFIERS: usize = 2;

/// True when the text right after a name explains it as an institution: in brackets, after a
/// dash or a comma, up to [`INSTITUTION_MODIFIERS`] lower-case words and then a noun of
/// `data/institution_nouns.txt` («Халк Маслахаты (верхней палаты парламента)», "Milli Majlis,
/// the parliament").
pub(super) fn institution_after(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let rest = rest.trim_start();
    let Some(rest) = rest
        .strip_prefix('(')
        .or_else(|| rest.strip_prefix(['—', '–', '-']))
        .or_else(|| rest.strip_prefix(','))
    else {
        return false;
    };
    let raw: Vec<&str> = rest
        .split_whitespace()
        .take(INSTITUTION_MODIFIERS + 2)
        .collect();
    let lower: Vec<String> = raw
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .collect();
    // A description is in lower case: "(Agrarian Party)" is a person's party, not what the
    // name is.
    let described = raw
        .first()
        .and_then(|w| w.chars().find(|c| c.is_alphabetic()))
        .is_some_and(char::is_lowercase);
    let Some(head) = lower
        .iter()
        .take(INSTITUTION_MODIFIERS + 1)
        .position(|w| !w.is_empty() && INSTITUTION_NOUNS.iter().any(|stem| w.starts_with(stem)))
    else {
        return false;
    };
    // An institution named after its noun ("партия «Единая Россия»") is a person's affiliation.
    let named_after = raw.get(head + 1).is_some_and(|w| {
        w.starts_with(['«', '"', '„', '“']) || w.chars().next().is_some_and(char::is_uppercase)
    });
    // "the party leader" describes a person: a role word there makes it no institution.
    described && !named_after && !lower.iter().any(|w| is_role_word(w))
}

/// True when the token is the second of two words joined by a conjunction after a preposition
/// ("on Elections and Referendums"): governed by the preposition like the first.
fn coordinated_after_preposition(text: &str, tokens: &[Token<'_>], first: usize) -> bool {
    first >= 2
        && is_space_gap(&text[tokens[first - 1].end..tokens[first].start])
        && LATIN_CONJUNCTIONS.contains(&tokens[first - 1].text.to_lowercase().as_str())
        && tokens[first - 2]
            .text
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && after_latin_preposition(text, tokens, first - 2)
}

/// True when an English, German or French preposition of place or relation stands right before
/// the token ("in", "aus", "dans").
fn after_latin_preposition(text: &str, tokens: &[Token<'_>], first: usize) -> bool {
    first > 0
        && is_space_gap(&text[tokens[first - 1].end..tokens[first].start])
        && LATIN_PREPOSITIONS.contains(&tokens[first - 1].text.to_lowercase().as_str())
}

/// True when an English, German or French preposition governs the single word at `first`:
/// right before it, or before the word it is coordinated with.
pub(super) fn governed_by_latin_preposition(
    text: &str,
    tokens: &[Token<'_>],
    first: usize,
) -> bool {
    after_latin_preposition(text, tokens, first)
        || coordinated_after_preposition(text, tokens, first)
}

/// True when the text right after a name opens with an age in apposition (", 40, ").
pub(super) fn has_age_apposition(after: &str) -> bool {
    super::age::apposition_age(after).is_some()
}
