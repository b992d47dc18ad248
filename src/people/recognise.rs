//! Recognising person names in paragraphs, with the role titles the text gives them.
//!
//! A candidate is a run of capitalised words (Latin or Cyrillic) joined by single spaces, or an
//! initial and a capitalised word ("V. Khrenin"). All-capital words (NATO, TASS, MINSK), role
//! words ("Minister") and words of a stop list (function words, months, weekdays, places,
//! organisations, outlets, nationality adjectives) break runs and are never names. A candidate is
//! taken as a person only with evidence:
//!
//! 1. a known given name (any case form) followed by a surname: "Dmitry Ryabihin", "Валерия
//!    Ревенко"; a given name only of the common Latin list ("Klaus Johannis") when the source
//!    names the surname again (`common_given`);
//! 2. an initial followed by a surname: "V. Khrenin";
//! 3. a role title just before it or in an apposition just after it ("Belarus defense chief Oleg
//!    Belokonev", "Dmitry Ryabihin, Deputy Head of ..."), or a verb of saying next to it ("Ryabihin
//!    said", "according to Ryabikhin", "сказал", "по словам Хренина");
//! 4. for a lone surname: a full mention (by rules 1–3) of the same surname anywhere in the
//!    same source ("Belokonev was responding" after "Oleg Belokonev");
//! 5. a form of address of the source's language before it ("M. Tokaïev" in French,
//!    `data/honorifics.tsv`).
//!
//! A single word after a title must agree with it (module `context`): «прем'єр-міністром
//! Вірмені» and "Der Präsident Aserbaidschans" name a country; "according to" alone does not
//! vouch for a single word (outlets and agencies follow it too).
//!
//! So "Putin launched ..." with no title, verb of saying or full mention in the source is not
//! taken: the rules are the same for everyone, famous or not.
//!
//! Limits: a person named once by bare surname with an unusual verb is missed; a capitalised word
//! outside the stop list next to a verb of saying ("Kremlin said" is listed, "Bankova said" is
//! not) is taken for a person; roles are taken only when adjacent to the name.

use std::collections::BTreeSet;
use std::sync::LazyLock;

pub use super::context::is_role_word;

/// True for an English, German or French preposition (`data/prepositions_latin.txt`), given in
/// lower case: a title after one is no subject ("Ausnahmen gelten für Diplomaten").
pub fn is_latin_preposition(lower: &str) -> bool {
    super::words::LATIN_PREPOSITIONS.contains(&lower)
}

/// True for a preposition of any language the lists hold (`data/prepositions.txt`,
/// `data/prepositions_latin.txt`), given in lower case: a name right after one is its object
/// ("Über Orbán sagte der Kreml-Chef", «про Сіярто»), not the subject of a verb.
pub fn is_preposition(lower: &str) -> bool {
    is_latin_preposition(lower) || super::words::PREPOSITIONS.contains(&lower)
}
use super::context::{
    agrees_with_role, governed_by_latin_preposition, has_age_apposition, is_person_verb,
    role_after, role_before, role_before_comma, saying_after, saying_before,
};
use super::runs::{is_patronymic_particle, joined, particles_then_name, patronymic_then_surname};
use super::source_words::SourceWords;
use super::subject::subject_elsewhere;
use super::tokens::{is_space_gap, source_tokens, Token};
use super::word_shapes::{
    glued_words, has_vowel, is_compound_adjective, is_reflexive_verb, is_title_case,
};

use super::inflect::{given_name, is_table_given_form, surname_nominative, Given, SurnameContext};
use super::morph::{self, WordKind};
use super::names::is_common_given_name;
use super::names::{given_group, name_keys};
use super::words::{
    is_place, ARTICLES, LATIN_ROLE_MODIFIERS, NAME_PARTICLES, NOT_NAMES, PHRASE_ADJECTIVES,
    PREPOSITIONS,
};
use crate::model::{Mention, Paragraph};
use crate::text::{is_cyrillic, script_of};

/// True when a lowercase word is on the stop list.
fn is_not_name(lower: &str) -> bool {
    NOT_NAMES.contains(&lower)
        || is_place(lower)
        || PHRASE_ADJECTIVES.contains(&lower)
        || crate::dates::is_calendar_word(lower)
}

/// True when the token can be part of a name: capitalised, not all capitals, not listed.
pub(super) fn is_name_word(token: &Token<'_>) -> bool {
    if token.honorific {
        return false;
    }
    if token.initial {
        return true;
    }
    let mut chars = token.text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let letters: Vec<char> = token.text.chars().filter(|c| c.is_alphabetic()).collect();
    let all_caps = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
    let has_caps_part = token
        .text
        .split('-')
        .any(|part| part.chars().count() > 1 && part.chars().all(|c| c.is_uppercase()));
    let lower = token.text.to_lowercase();
    let inner_dot = token.text.contains('.');
    !all_caps
        && has_vowel(token.text)
        && !has_caps_part
        && !token.dotted
        && !inner_dot
        && !glued_words(token.text)
        && !is_compound_adjective(&lower)
        && !is_reflexive_verb(&lower)
        && !is_not_name(&lower)
        && !is_role_word(&lower)
        && !LATIN_ROLE_MODIFIERS.contains(&lower.as_str())
}

/// A run of name words: token indices `first..=last`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Span {
    first: usize,
    last: usize,
}

/// True when the token starts a sentence (only quotes, brackets and dashes before it).
pub(super) fn starts_sentence(text: &str, token: &Token<'_>) -> bool {
    let before = text[..token.start]
        .trim_end_matches(|c: char| c.is_whitespace() || "\"'“”„«»‘’([—–-".contains(c));
    before.is_empty() || before.ends_with(['.', '!', '?', '…', ':'])
}

/// What the dictionary says about a Cyrillic word (Latin words are [`WordKind::Unknown`]).
fn dictionary_kind(token: &Token<'_>) -> WordKind {
    if token.initial {
        return WordKind::Unknown;
    }
    morph::classify(token.text)
}

/// True when the dictionary says the word is never part of a name: a place, an organisation or a
/// word that is not a noun (an adverb such as «Ранее», an adjective such as «Нобелевскую»).
fn dictionary_rejects(kind: &WordKind) -> bool {
    matches!(
        kind,
        WordKind::Place | WordKind::Organisation | WordKind::Function | WordKind::Predicative
    )
}

/// True when the first word of a longer run is not a name: a common noun that is no given name
/// («Госпожа Захарова», «Совета …»), a sentence's first word that the source also writes in
/// lower case, or a case form of another person's surname («с Зеленским Османи»).
fn drop_as_first(text: &str, token: &Token<'_>, kind: &WordKind, words: &SourceWords) -> bool {
    let not_given = given_name(token.text).is_none();
    let common_noun = matches!(kind, WordKind::CommonNoun | WordKind::PersonNoun) && not_given;
    common_noun
        || ukrainian_oblique_feminine(token, kind)
        || sentence_common_word(text, token, words)
        || (not_given && words.is_case_form_of_named_surname(token.text))
}

/// True for a Ukrainian oblique feminine form («Вірменії», «Росії», «Британії») that is no given
/// name: a place or a thing in the genitive, dative or locative, never a name's first word nor a
/// surname standing alone.
fn ukrainian_oblique_feminine(token: &Token<'_>, kind: &WordKind) -> bool {
    *kind == WordKind::Unknown
        && given_name(token.text).is_none()
        && token.text.chars().any(is_cyrillic)
        && token.text.ends_with("ії")
}

/// True for a capitalised word at the start of a sentence that the source also writes in lower
/// case ("Officials said …" when "officials" occurs elsewhere).
fn sentence_common_word(text: &str, token: &Token<'_>, words: &SourceWords) -> bool {
    starts_sentence(text, token) && words.lowercase.contains(&token.text.to_lowercase())
}

/// Endings of Russian surnames in a case form (`cyrillic-case` of `data/endings.tsv`).
static CYRILLIC_CASE_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::words::endings("cyrillic-case"));

/// Endings of Latinate abstract nouns, never a surname (`abstract-noun` of `data/endings.tsv`).
static ABSTRACT_NOUN_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::words::endings("abstract-noun"));

/// True for a word with the ending of a Russian surname in a case form (Хренина, Захаровой,
/// Иванову), which the dictionary may know only as a feminine noun.
fn surname_shaped(word: &str) -> bool {
    CYRILLIC_CASE_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// True when an article stands before the token, maybe with lower-case words between ("the
/// Kremlin", "im Ausland", "the nationalist Georgian Dream").
fn after_article(text: &str, tokens: &[Token<'_>], first: usize) -> bool {
    let mut k = first;
    // An article, then at most two lower-case words ("the nationalist Georgian Dream", "im
    // genauen Wortlaut").
    for _ in 0..3 {
        if k == 0 || !is_space_gap(&text[tokens[k - 1].end..tokens[k].start]) {
            return false;
        }
        let prev = tokens[k - 1].text;
        if ARTICLES.contains(&prev.to_lowercase().as_str()) {
            return true;
        }
        let lower_word = prev.chars().next().is_some_and(char::is_lowercase);
        // A title or a verb between the article and the name makes it a person ("le président
        // Tokaïev", "a déclaré M. Tokaïev").
        let lower = prev.to_lowercase();
        // So does a comparative of age ("the younger Berdymukhamedov").
        if !lower_word
            || is_role_word(&lower)
            || is_person_verb(&lower)
            || super::age::is_age_comparative(&lower)
        {
            return false;
        }
        k -= 1;
    }
    false
}

/// True when a capitalised adjective that begins organisation and place names stands right
/// before the token ("Georgian Dream", "Public Broadcaster").
fn after_phrase_adjective(text: &str, tokens: &[Token<'_>], first: usize) -> bool {
    first > 0
        && is_space_gap(&text[tokens[first - 1].end..tokens[first].start])
        && tokens[first - 1]
            .text
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        && PHRASE_ADJECTIVES.contains(&tokens[first - 1].text.to_lowercase().as_str())
}

/// Runs of name words joined by single spaces (at most four words, name particles aside).
pub(super) fn candidate_spans(text: &str, tokens: &[Token<'_>], words: &SourceWords) -> Vec<Span> {
    let kinds: Vec<WordKind> = tokens.iter().map(dictionary_kind).collect();
    let usable: Vec<bool> = tokens
        .iter()
        .enumerate()
        .zip(&kinds)
        .map(|((i, t), k)| {
            // The table of given names wins over the dictionary (Арарат is also a mountain).
            let table_given = given_group(t.text).is_some();
            let predicative_in_sentence = *k == WordKind::Predicative && !starts_sentence(text, t);
            is_name_word(t)
                && (table_given || predicative_in_sentence || !dictionary_rejects(k))
                && !super::next_word::opens_a_date(text, tokens, i)
        })
        .collect();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !usable[i] {
            i += 1;
            continue;
        }
        let mut first = i;
        let mut last = i;
        let mut count = 1;
        let starts_with_given =
            given_name(tokens[i].text).is_some() || is_common_given_name(tokens[i].text);
        loop {
            let next = last + 1;
            // Particles join only a name that starts with a given name ("Ursula von der Leyen",
            // "Bart de Wever", "Bart De Wever"), never a noun phrase ("Tokajew der Polizei").
            let particles = particles_then_name(text, tokens, last, &usable)
                .filter(|_| starts_with_given && count < 4);
            if let Some(k) = particles {
                last = k;
                count += 1;
            } else if next < tokens.len()
                && count < 4
                && usable[next]
                && !tokens[next].initial
                && joined(text, &tokens[last], &tokens[next])
            {
                last = next;
                count += 1;
            } else if let Some(k) = (2..4)
                .contains(&count)
                .then(|| patronymic_then_surname(text, tokens, last, &usable))
                .flatten()
            {
                // Given name, father's name, «оглы», surname: one name.
                last = k;
                count += 1;
            } else {
                break;
            }
        }
        while first < last && drop_as_first(text, &tokens[first], &kinds[first], words) {
            // Another person's surname run into the name is a name of its own.
            if words.is_case_form_of_named_surname(tokens[first].text) {
                spans.push(Span { first, last: first });
            }
            first += 1;
        }
        // A name is given name and surname (and a middle name or patronymic): a third word that
        // the dictionary knows as a thing is the next noun, run on by scraping («Іраклій
        // Кобахідзе Вікіпедія»).
        while last >= first + 2 && kinds[last] == WordKind::Thing {
            last -= 1;
        }
        // A given name and surname that the source writes alone elsewhere end the name here.
        // The given name is the table's, else the run's first word (as [`examine`] reads it).
        let given_at = (first..last.saturating_sub(1))
            .find(|&k| given_name(tokens[k].text).is_some())
            .or((last >= first + 2).then_some(first));
        // The words run on after such a name are no name of their own either.
        let run_end = last;
        if let Some(k) = given_at {
            if words.is_two_word_name(tokens[k].text, tokens[k + 1].text) {
                last = k + 1;
            }
        }
        let lone_common = first == last
            && (sentence_common_word(text, &tokens[first], words)
                || super::next_word::opens_a_place_name(text, tokens, first)
                || kinds[first] == WordKind::PersonNoun
                || ukrainian_oblique_feminine(&tokens[first], &kinds[first])
                || (kinds[first] == WordKind::Thing && !surname_shaped(tokens[first].text)));
        // A given name of the table or of the common list ("the elected Andrija Mandić").
        let is_given =
            |k: usize| given_name(tokens[k].text).is_some() || is_common_given_name(tokens[k].text);
        let noun_phrase = (after_article(text, tokens, first)
            || after_phrase_adjective(text, tokens, first))
            && !is_given(first);
        // A noun phrase run on into a name ("im georgischen Parlament Ministerpräsident Irakli
        // Kobachidse") keeps the name: the span starts again at its given name.
        let restart = noun_phrase
            .then(|| (first + 1..last).find(|&k| is_given(k)))
            .flatten();
        if let Some(k) = restart {
            first = k;
        }
        let span = Span { first, last };
        let noun_phrase = noun_phrase && restart.is_none();
        if !lone_common
            && !noun_phrase
            && !super::ruled_out::is_credit(text, tokens, span.first, span.last)
        {
            spans.push(span);
        }
        i = run_end + 1;
    }
    spans
}

/// What is known about one candidate.
pub(super) struct Candidate {
    /// Index of the name's first token.
    pub(super) first: usize,
    /// Index of the name's last token.
    pub(super) last: usize,
    /// The given name the table knows, if any.
    pub(super) given: Option<Given>,
    /// True when the given name is one of the common list only (see `common_given`).
    common_given: bool,
    /// The initial before the surname, if any ("V.").
    pub(super) initial: Option<String>,
    role: Option<String>,
    saying: bool,
    after_preposition: bool,
    /// An age in apposition right after the name ("…, 40, …").
    aged: bool,
}

/// Every person-like name in the paragraphs, in text order.
pub fn recognise(paragraphs: &[Paragraph]) -> Vec<Mention> {
    let words = SourceWords::of(paragraphs);
    let mut pending = Vec::new();
    let mut weak = Vec::new();
    // Pass 1: names with their own evidence.
    for p in paragraphs {
        let tokens = source_tokens(&p.text, &words.honorifics);
        let title_case = is_title_case(&tokens);
        for span in candidate_spans(&p.text, &tokens, &words) {
            let candidate = examine(&p.text, &tokens, span, &words);
            // A name explained as an institution right after it is the institution's.
            let institution = candidate.given.is_none()
                && super::context::institution_after(&p.text, tokens[candidate.last].end);
            if !names_a_surname(&tokens, &candidate)
                || institution
                || super::ruled_out::cut_short_by_the_page(paragraphs, p, &tokens[candidate.last])
                || super::ruled_out::latin_word_in_cyrillic_text(&tokens, &candidate, &words)
                || super::ruled_out::names_a_place(&p.text, &tokens, &candidate)
            {
                continue;
            }
            // A Turkic patronymic inside the run makes it a full name even when the given name
            // is none of the table's.
            let patronymic =
                (candidate.first..candidate.last).any(|k| is_patronymic_particle(&tokens[k]));
            let full = candidate.given.is_some() || candidate.initial.is_some() || patronymic;
            let addressed = candidate.first > 0 && tokens[candidate.first - 1].honorific;
            // In a Title Case headline every word is capitalised: a role word before a
            // capitalised word ("on Official Visit") is no evidence of a surname.
            let titled = candidate.role.is_some() && !title_case;
            let vouched = titled || candidate.saying || addressed || candidate.aged;
            let only_common_given = candidate.common_given && !patronymic && !vouched;
            if only_common_given {
                weak.push(to_mention(p, &tokens, &candidate, None));
            } else if full || vouched {
                pending.push(to_mention(p, &tokens, &candidate, None));
            }
        }
    }
    let keys_of = |mentions: &[Mention]| -> BTreeSet<String> {
        mentions
            .iter()
            .flat_map(|m| name_keys(&m.surname))
            .collect()
    };
    // Names vouched for only by a common given name: when the source names them again.
    let vouched_keys = keys_of(&pending);
    pending.extend(
        weak.into_iter()
            .filter(|m| super::common_given::named_again(m, paragraphs, &vouched_keys)),
    );
    let known_keys = keys_of(&pending);
    let known_forms: BTreeSet<String> = pending.iter().map(|m| m.surname.to_lowercase()).collect();
    // Pass 2: lone surnames that the source names in full elsewhere.
    let lone =
        super::coreference::lone_surnames(paragraphs, &words, &pending, &known_keys, &known_forms);
    pending.extend(lone);
    let mut mentions = super::coreference::finish(pending, &words);
    super::age::name_by_relative_age(paragraphs, &mut mentions);
    mentions
}

/// True when the candidate ends in a word that can be a surname: not a given name standing
/// alone ("Vladimir" cut off at a line's end, «Сергей», or a case form of a name of the table,
/// «Сергея»: a person called by given name alone is not told apart from others of that name),
/// not a patronymic («Сергей Викторович»), not an abstract noun («Реєстрація»). After a title
/// a word in «-ович» is a surname: news names an official by surname (the South Slavic «Мило
/// Джуканович» after «Президент Черногории»), not by given name and patronymic alone.
pub(super) fn names_a_surname(tokens: &[Token<'_>], c: &Candidate) -> bool {
    let last = tokens[c.last].text;
    let lower = last.to_lowercase();
    if ABSTRACT_NOUN_ENDINGS.iter().any(|e| lower.ends_with(e)) {
        return false;
    }
    let lone_given = c.first == c.last
        && (given_name(last).is_some_and(|g| !g.oblique) || is_table_given_form(last));
    let patronymic =
        c.first < c.last && c.role.is_none() && morph::classify(last) == WordKind::Patronymic;
    !lone_given && !patronymic
}

/// Looks at a span and its surroundings: given name, initial, role, verbs of saying.
pub(super) fn examine(
    text: &str,
    tokens: &[Token<'_>],
    span: Span,
    words: &SourceWords,
) -> Candidate {
    let mut first = span.first;
    let mut given = None;
    let mut common_given = false;
    let mut initial = None;
    // The given name is the first word of a multi-word span that the table knows.
    for (i, token) in tokens.iter().enumerate().take(span.last).skip(span.first) {
        if token.initial {
            initial = Some(token.text.to_string());
            first = i;
            break;
        }
        if let Some(g) = given_name(token.text) {
            given = Some(g);
            first = i;
            break;
        }
        if let Some(g) = super::common_given::common_given(token.text) {
            given = Some(g);
            common_given = true;
            first = i;
            break;
        }
    }
    if given.is_none() && initial.is_none() && span.last > span.first {
        // Several capitalised words without a known given name: the first is taken as an
        // unknown given name only when other evidence makes the run a person. Right after
        // "<role> of" it is the role's portfolio ("Minister of Agriculture Schmidt").
        first =
            span.first + usize::from(super::context::after_role_and_connector(tokens, span.first));
    }
    let last = span.last;
    let start = tokens[first].start;
    let end = tokens[last].end;
    let lone = given.is_none() && initial.is_none() && first == last;
    let before = role_before(text, tokens, first);
    // A single word that is the complement of the title before it is no name at all.
    let complement =
        lone && before.is_some() && !agrees_with_role(tokens, first, words.language.as_deref());
    let role = before
        .filter(|_| !complement)
        .or_else(|| role_before_comma(text, tokens, first, last))
        .or_else(|| role_after(text, end))
        .filter(|r| !super::ruled_out::only_forms_of_address(r));
    let after_preposition = first > 0
        && PREPOSITIONS.contains(&tokens[first - 1].text.to_lowercase().as_str())
        && text[tokens[first - 1].end..start].trim().is_empty();
    // A single word governed by a preposition is no subject of the verb after it ("Armenians in
    // Nagorno-Karabakh declared", «в Карабахе заявили»).
    let governed =
        lone && (after_preposition || governed_by_latin_preposition(text, tokens, first));
    // A single word whose verb has its subject elsewhere (after a comma, or after a phrase that
    // German puts before the verb), or is an outlet's ("Yle writes").
    let subject_elsewhere = lone && subject_elsewhere(text, tokens, first, last, words);
    let saying = !complement
        && ((saying_after(text, tokens, last) && !governed && !subject_elsewhere)
            || saying_before(text, tokens, first, lone));
    let aged = has_age_apposition(&text[end..]);
    Candidate {
        first,
        last,
        given,
        common_given,
        initial,
        role,
        saying,
        after_preposition,
        aged,
    }
}

/// Builds the mention of a candidate: surface, given and surname in the nominative.
pub(super) fn to_mention(
    p: &Paragraph,
    tokens: &[Token<'_>],
    c: &Candidate,
    known: Option<&BTreeSet<String>>,
) -> Mention {
    // A form of address belongs to the mention ("M. Tokaïev"), as a role title does not.
    let start = match c.first.checked_sub(1).map(|k| &tokens[k]) {
        Some(t) if t.honorific && is_space_gap(&p.text[t.end..tokens[c.first].start]) => t.start,
        _ => tokens[c.first].start,
    };
    let end = tokens[c.last].end;
    let surname_word = tokens[c.last].text;
    let mut surname_start = tokens[c.last].start;
    let mut k = c.last;
    let is_particle = |t: &Token<'_>| NAME_PARTICLES.contains(&t.text.to_lowercase().as_str());
    // A name that opens with a particle and has no given name is a surname alone ("De Wever
    // said"): the particle is no given name.
    let particle_first = c.given.is_none() && c.initial.is_none() && is_particle(&tokens[c.first]);
    let floor = if particle_first { c.first } else { c.first + 1 };
    // A particle before the surname is part of it, written small or capitalised ("Bart de
    // Wever", "Bart De Wever": "De Wever").
    while k > floor && is_particle(&tokens[k - 1]) {
        k -= 1;
        surname_start = tokens[k].start;
    }
    let ctx = SurnameContext {
        given: c.given.as_ref(),
        after_preposition: c.after_preposition,
        known,
    };
    // The particles stay as written; the last word takes its nominative («Де Вевера» →
    // «Де Вевер»).
    let particles = &p.text[surname_start..tokens[c.last].start];
    let surname = format!("{particles}{}", surname_nominative(surname_word, ctx));
    let given = match (&c.given, &c.initial) {
        (Some(g), _) => Some(g.nominative.clone()),
        (None, Some(i)) => Some(i.clone()),
        (None, None) if c.last > c.first && !particle_first => {
            Some(tokens[c.first].text.to_string())
        }
        _ => None,
    };
    Mention {
        official: None,
        paragraph: p.n,
        start,
        end,
        surface: p.text[start..end].to_string(),
        given,
        surname,
        script: script_of(surname_word),
        role: c.role.clone(),
    }
}

#[cfg(test)]
#[path = "recognise_tests.rs"]
mod tests;
#[cfg(test)]
#[path = "recognise_tests_words.rs"]
mod tests_words;
