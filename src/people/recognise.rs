//! Recognising person names in paragraphs, with the role titles the text gives them.
//!
//! A candidate is a run of capitalised words (Latin or Cyrillic) joined by single spaces, or an
//! initial and a capitalised word ("V. Khrenin"). All-capital words (NATO, TASS, MINSK), role
//! words ("Minister") and words of a stop list (function words, months, weekdays, places,
//! organisations, outlets, nationality adjectives) break runs and are never names. A candidate is
//! taken as a person only with evidence:
//!
//! 1. a known given name (any case form) followed by a surname: "Dmitry Ryabihin", "Валерия
//!    Ревенко";
//! 2. an initial followed by a surname: "V. Khrenin";
//! 3. a role title just before it or in an apposition just after it ("Belarus defense chief Oleg
//!    Belokonev", "Dmitry Ryabihin, Deputy Head of ..."), or a verb of saying next to it ("Ryabihin
//!    said", "according to Ryabikhin", "сказал", "по словам Хренина");
//! 4. for a lone surname: a full mention (by rules 1–3) of the same surname anywhere in the
//!    same source ("Belokonev was responding" after "Oleg Belokonev").
//!
//! So "Putin launched ..." with no title, verb of saying or full mention in the source is not
//! taken: the rules are the same for everyone, famous or not.
//!
//! Limits: a person named once by bare surname with an unusual verb is missed; a capitalised word
//! outside the stop list next to a verb of saying ("Kremlin said" is listed, "Bankova said" is
//! not) is taken for a person; roles are taken only when adjacent to the name.

use crate::lexicon::{PERSON_VERBS, SAYING_VERBS};
use std::collections::BTreeSet;

use super::inflect::{given_name, is_table_given_form, surname_nominative, Given, SurnameContext};
use super::morph::{self, WordKind};
use super::names::{given_group, name_keys};
use super::words::{
    ARTICLES, CREDIT_LABELS, CYRILLIC_ROLES, HONORIFICS, LATIN_ROLES, LATIN_ROLE_MODIFIERS,
    NAME_PARTICLES, NOT_NAMES, PHRASE_ADJECTIVES, PREPOSITIONS, SAYING_ADVERBS, SAYING_BEFORE,
};
use crate::model::{Mention, Paragraph};
use crate::text::{is_cyrillic, script_of};
use unicode_segmentation::UnicodeSegmentation;

/// A word of a paragraph with its byte offsets.
#[derive(Debug, Clone)]
struct Token<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    /// True for a single capital letter followed by a dot ("V.").
    initial: bool,
    /// True when a dot and a letter follow without a space: part of a web name ("Censor.NET").
    dotted: bool,
    /// True for a form of address of the source's language ("M." in French): no initial, no
    /// name word, but evidence that a name follows.
    honorific: bool,
}

/// Splits a paragraph into words by Unicode word boundaries (UAX #29, `unicode-segmentation`):
/// combining marks ("Ri͡abikhin") and inner apostrophes ("O'Brien", «Прем'єр») stay inside a word.
/// Words joined by a hyphen are one word ("Kassym-Jomart"), an English possessive ("'s") is left
/// out, and a single capital letter followed by a dot and a space is an initial ("V. ").
fn tokenise(text: &str) -> Vec<Token<'_>> {
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

/// The words of a paragraph with the forms of address of the source's language marked.
fn source_tokens<'a>(text: &'a str, honorifics: &[&str]) -> Vec<Token<'a>> {
    let mut tokens = tokenise(text);
    for t in &mut tokens {
        if honorifics.contains(&t.text.to_lowercase().as_str()) {
            t.honorific = true;
            t.initial = false;
        }
    }
    tokens
}

/// True when a lowercase word is on the stop list.
fn is_not_name(lower: &str) -> bool {
    NOT_NAMES.contains(&lower)
        || PHRASE_ADJECTIVES.contains(&lower)
        || crate::dates::is_calendar_word(lower)
}

/// True for a role word (either script), given in lower case: "minister", «министра», «прем'єр».
pub fn is_role_word(lower: &str) -> bool {
    LATIN_ROLES.contains(&lower) || is_cyrillic_role(lower)
}

/// True for a Cyrillic role word: a listed stem and at most three more letters (a case ending),
/// so that surnames that begin like a role word (Головченко) are not taken for one.
fn is_cyrillic_role(lower: &str) -> bool {
    let length = lower.chars().count();
    CYRILLIC_ROLES
        .iter()
        .any(|r| lower.starts_with(r) && length <= r.chars().count() + 3)
}

/// True when the token can be part of a name: capitalised, not all capitals, not listed.
fn is_name_word(token: &Token<'_>) -> bool {
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
        && !is_not_name(&lower)
        && !is_role_word(&lower)
        && !LATIN_ROLE_MODIFIERS.contains(&lower.as_str())
}

/// True when the word has a vowel letter: a word without one is a cut-off word or an
/// abbreviation («Тр» where a page ends mid-word), never a name.
fn has_vowel(word: &str) -> bool {
    word.to_lowercase()
        .chars()
        .any(|c| "aeiouyáéíóúàèìòùâêîôûäëïöüåæøаеёиоуыэюяіїєў".contains(c))
}

/// True for two Cyrillic words run together by scraping («ВикторовичРоссия»): a capital letter
/// right after a lower-case one inside a Cyrillic word (Latin names may have one: McDonald).
fn glued_words(word: &str) -> bool {
    word.chars().any(is_cyrillic)
        && word
            .chars()
            .zip(word.chars().skip(1))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

/// True when the name is a credit: right after a credit label and a colon or slash ("Фото:
/// Сергей Гунеев", "AP Photo/Vadim Ghirda", "Автор: …") or right before a slash ("Vladimir
/// Tretyakov / Associated Press").
fn is_credit(text: &str, tokens: &[Token<'_>], span: Span) -> bool {
    let after = text[tokens[span.last].end..].trim_start();
    if after.starts_with('/') {
        return true;
    }
    let before = text[..tokens[span.first].start].trim_end();
    let Some(label_end) = before.strip_suffix([':', '/']) else {
        return false;
    };
    let label = label_end
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    CREDIT_LABELS.contains(&label.as_str())
}

/// True for a gap of exactly one space character (a space or a no-break space).
fn is_space_gap(gap: &str) -> bool {
    let mut chars = gap.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some(' ' | '\u{a0}' | '\u{202f}'), None)
    )
}

/// A run of name words: token indices `first..=last`.
#[derive(Debug, Clone, Copy)]
struct Span {
    first: usize,
    last: usize,
}

/// What the source as a whole says about its words.
struct SourceWords {
    /// Every word the source writes in lower case (a capitalised form of one of them at the start
    /// of a sentence is a common word: "Officials said").
    lowercase: BTreeSet<String>,
    /// The forms of address of the source's language ([`HONORIFICS`]).
    honorifics: Vec<&'static str>,
    /// The source's language, when the detector is sure ("German").
    language: Option<String>,
}

impl SourceWords {
    fn of(paragraphs: &[Paragraph]) -> Self {
        let mut lowercase = BTreeSet::new();
        let language = crate::clean::language::detect(paragraphs).value;
        let honorifics = language
            .as_deref()
            .and_then(|l| HONORIFICS.iter().find(|(name, _)| *name == l))
            .map(|(_, forms)| forms.clone())
            .unwrap_or_default();
        for p in paragraphs {
            for t in tokenise(&p.text) {
                if t.text.chars().next().is_some_and(char::is_lowercase) {
                    lowercase.insert(t.text.to_string());
                }
            }
        }
        SourceWords {
            lowercase,
            honorifics,
            language,
        }
    }
}

/// True when the token starts a sentence (only quotes, brackets and dashes before it).
fn starts_sentence(text: &str, token: &Token<'_>) -> bool {
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
        WordKind::Place | WordKind::Organisation | WordKind::Function
    )
}

/// True when the first word of a longer run is not a name: a common noun that is no given name
/// («Госпожа Захарова», «Совета …»), or a sentence's first word that the source also writes in
/// lower case.
fn drop_as_first(text: &str, token: &Token<'_>, kind: &WordKind, words: &SourceWords) -> bool {
    let not_given = given_name(token.text).is_none();
    let common_noun = matches!(kind, WordKind::CommonNoun | WordKind::PersonNoun) && not_given;
    common_noun
        || ukrainian_oblique_feminine(token, kind)
        || sentence_common_word(text, token, words)
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

/// True for a word with the ending of a Russian surname in a case form (Хренина, Захаровой,
/// Иванову), which the dictionary may know only as a feminine noun.
fn surname_shaped(word: &str) -> bool {
    [
        "ова", "ева", "ина", "ына", "ову", "еву", "ину", "ыну", "овой", "евой", "иной", "ыной",
    ]
    .iter()
    .any(|e| word.ends_with(e))
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
        if !lower_word || is_role_word(&lower) || is_person_verb(&lower) {
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

/// The index of the last word of a name particle run ("von der") followed by a name word, when
/// one starts right after `last`.
fn particles_then_name(
    text: &str,
    tokens: &[Token<'_>],
    last: usize,
    usable: &[bool],
) -> Option<usize> {
    let mut k = last + 1;
    while tokens
        .get(k)
        .is_some_and(|t| NAME_PARTICLES.contains(&t.text))
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

/// Runs of name words joined by single spaces (at most four words, name particles aside).
fn candidate_spans(text: &str, tokens: &[Token<'_>], words: &SourceWords) -> Vec<Span> {
    let kinds: Vec<WordKind> = tokens.iter().map(dictionary_kind).collect();
    let usable: Vec<bool> = tokens
        .iter()
        .zip(&kinds)
        .map(|(t, k)| {
            // The table of given names wins over the dictionary (Арарат is also a mountain).
            let table_given = given_group(t.text).is_some();
            is_name_word(t) && (table_given || !dictionary_rejects(k))
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
        loop {
            let next = last + 1;
            if next < tokens.len()
                && count < 4
                && usable[next]
                && !tokens[next].initial
                && is_space_gap(&text[tokens[last].end..tokens[next].start])
            {
                last = next;
                count += 1;
            } else if let Some(k) = particles_then_name(text, tokens, last, &usable)
                .filter(|_| given_name(tokens[i].text).is_some())
            {
                // Particles join only a name that starts with a given name ("Ursula von der
                // Leyen"), never a noun phrase ("Tokajew der Polizei").
                last = k;
                count += 1;
            } else {
                break;
            }
        }
        while first < last && drop_as_first(text, &tokens[first], &kinds[first], words) {
            first += 1;
        }
        // A name is given name and surname (and a middle name or patronymic): a third word that
        // the dictionary knows as a thing is the next noun, run on by scraping («Іраклій
        // Кобахідзе Вікіпедія»).
        while last >= first + 2 && kinds[last] == WordKind::Thing {
            last -= 1;
        }
        let lone_common = first == last
            && (sentence_common_word(text, &tokens[first], words)
                || kinds[first] == WordKind::PersonNoun
                || ukrainian_oblique_feminine(&tokens[first], &kinds[first])
                || (kinds[first] == WordKind::Thing && !surname_shaped(tokens[first].text)));
        let span = Span { first, last };
        let noun_phrase = (after_article(text, tokens, first)
            || after_phrase_adjective(text, tokens, first))
            && given_name(tokens[first].text).is_none();
        if !lone_common && !noun_phrase && !is_credit(text, tokens, span) {
            spans.push(span);
        }
        i = last + 1;
    }
    spans
}

/// What is known about one candidate.
struct Candidate {
    first: usize,
    last: usize,
    given: Option<Given>,
    initial: Option<String>,
    role: Option<String>,
    saying: bool,
    after_preposition: bool,
}

/// Every person-like name in the paragraphs, in text order.
pub fn recognise(paragraphs: &[Paragraph]) -> Vec<Mention> {
    let words = SourceWords::of(paragraphs);
    let mut pending = Vec::new();
    let mut known_keys: BTreeSet<String> = BTreeSet::new();
    let mut known_forms: BTreeSet<String> = BTreeSet::new();
    // Pass 1: names with their own evidence.
    for p in paragraphs {
        let tokens = source_tokens(&p.text, &words.honorifics);
        for span in candidate_spans(&p.text, &tokens, &words) {
            let candidate = examine(&p.text, &tokens, span, &words);
            if !names_a_surname(&tokens, &candidate) {
                continue;
            }
            let full = candidate.given.is_some() || candidate.initial.is_some();
            let addressed = candidate.first > 0 && tokens[candidate.first - 1].honorific;
            if full || candidate.role.is_some() || candidate.saying || addressed {
                let mention = to_mention(p, &tokens, &candidate, None);
                known_forms.insert(mention.surname.to_lowercase());
                known_keys.extend(name_keys(&mention.surname));
                pending.push(mention);
            }
        }
    }
    // Pass 2: lone surnames that the source names in full elsewhere.
    for p in paragraphs {
        let tokens = source_tokens(&p.text, &words.honorifics);
        for span in candidate_spans(&p.text, &tokens, &words) {
            let candidate = examine(&p.text, &tokens, span, &words);
            if candidate.first != candidate.last
                || candidate.given.is_some()
                || !names_a_surname(&tokens, &candidate)
            {
                continue;
            }
            let taken = pending.iter().any(|m: &Mention| {
                let at = tokens[candidate.first].start;
                m.paragraph == p.n && m.start <= at && at < m.end
            });
            if taken {
                continue;
            }
            let mention = to_mention(p, &tokens, &candidate, Some(&known_forms));
            if name_keys(&mention.surname)
                .iter()
                .any(|k| known_keys.contains(k))
            {
                pending.push(mention);
            }
        }
    }
    pending.sort_by_key(|m| (m.paragraph, m.start));
    pending.dedup_by_key(|m| (m.paragraph, m.start));
    pending
}

/// True when the candidate ends in a word that can be a surname: not a given name standing
/// alone ("Vladimir" cut off at a line's end, «Сергей», or a case form of a name of the table,
/// «Сергея»: a person called by given name alone is not told apart from others of that name),
/// not a patronymic («Сергей Викторович»).
fn names_a_surname(tokens: &[Token<'_>], c: &Candidate) -> bool {
    let last = tokens[c.last].text;
    let lone_given = c.first == c.last
        && (given_name(last).is_some_and(|g| !g.oblique) || is_table_given_form(last));
    let patronymic = c.first < c.last && morph::classify(last) == WordKind::Patronymic;
    !lone_given && !patronymic
}

/// Looks at a span and its surroundings: given name, initial, role, verbs of saying.
fn examine(text: &str, tokens: &[Token<'_>], span: Span, words: &SourceWords) -> Candidate {
    let mut first = span.first;
    let mut given = None;
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
    }
    if given.is_none() && initial.is_none() && span.last > span.first {
        // Several capitalised words without a known given name: the first is taken as an
        // unknown given name only when other evidence makes the run a person.
        first = span.first;
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
        .or_else(|| role_after(text, end));
    let saying = !complement
        && (saying_after(text, tokens, last) || saying_before(text, tokens, first, lone));
    let after_preposition = first > 0
        && PREPOSITIONS.contains(&tokens[first - 1].text.to_lowercase().as_str())
        && text[tokens[first - 1].end..start].trim().is_empty();
    Candidate {
        first,
        last,
        given,
        initial,
        role,
        saying,
        after_preposition,
    }
}

/// Builds the mention of a candidate: surface, given and surname in the nominative.
fn to_mention(
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
    while k > c.first + 1 && NAME_PARTICLES.contains(&tokens[k - 1].text) {
        k -= 1;
        surname_start = tokens[k].start;
    }
    let ctx = SurnameContext {
        given: c.given.as_ref(),
        after_preposition: c.after_preposition,
        known,
    };
    let surname = if surname_start < tokens[c.last].start {
        p.text[surname_start..end].to_string()
    } else {
        surname_nominative(surname_word, ctx)
    };
    let given = match (&c.given, &c.initial) {
        (Some(g), _) => Some(g.nominative.clone()),
        (None, Some(i)) => Some(i.clone()),
        (None, None) if c.last > c.first => Some(tokens[c.first].text.to_string()),
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

/// The role title just before the name, if any ("Belarus defense chief", "начальник ...").
fn role_before(text: &str, tokens: &[Token<'_>], first: usize) -> Option<String> {
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

/// An English role title: role words, modifiers and capitalised words right before the name.
fn latin_role_before(text: &str, tokens: &[Token<'_>], first: usize) -> Option<String> {
    let mut i = first;
    let mut has_role = false;
    while i > 0 {
        let prev = &tokens[i - 1];
        let gap = &text[prev.end..tokens[i].start];
        if !is_space_gap(gap) || first - (i - 1) > 8 {
            break;
        }
        let lower = prev.text.to_lowercase();
        let capitalised = prev.text.chars().next().is_some_and(char::is_uppercase);
        let role_word = LATIN_ROLES.contains(&lower.as_str());
        let is_function = matches!(lower.as_str(), "the" | "a" | "an" | "and" | "that" | "by");
        if is_function
            || !(role_word || capitalised || LATIN_ROLE_MODIFIERS.contains(&lower.as_str()))
        {
            break;
        }
        has_role |= role_word;
        i -= 1;
    }
    while i < first && tokens[i].text.eq_ignore_ascii_case("of") {
        i += 1;
    }
    // The run must end in a role word or a capitalised word of the title, and hold a role word.
    let last = &tokens[first - 1];
    let last_lower = last.text.to_lowercase();
    let ends_well = LATIN_ROLES.contains(&last_lower.as_str())
        || last.text.chars().next().is_some_and(char::is_uppercase);
    if !has_role || i == first || !ends_well {
        return None;
    }
    let role = text[tokens[i].start..tokens[first - 1].end].trim();
    (!role.is_empty()).then(|| role.to_string())
}

/// True for a Russian past-tense verb or a conjunction that ends a role phrase going back.
fn ends_cyrillic_role(lower: &str) -> bool {
    let verb = lower.chars().count() >= 4
        && ["л", "ла", "ли", "лся", "лась", "лись", "ло"]
            .iter()
            .any(|e| lower.ends_with(e));
    verb || matches!(
        lower,
        "и" | "с"
            | "со"
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
fn cyrillic_role_before(text: &str, tokens: &[Token<'_>], first: usize) -> Option<String> {
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
        if !role_word && ends_cyrillic_role(&lower) {
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

/// A role in apposition after the name: ", Deputy Head of ..." up to the next comma or full stop.
fn role_after(text: &str, end: usize) -> Option<String> {
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
    (has_role && !starts_with_verb).then(|| phrase.to_string())
}

/// True when a verb of saying follows the name, maybe after one adverb.
fn saying_after(text: &str, tokens: &[Token<'_>], last: usize) -> bool {
    for i in last + 1..last + 3 {
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
/// is the country, not a person; in German a word in the genitive `-s` right after the role is
/// its complement («Der Präsident Aserbaidschans», "Kanzler Österreichs").
fn agrees_with_role(tokens: &[Token<'_>], first: usize, language: Option<&str>) -> bool {
    let name = tokens[first].text.to_lowercase();
    let before = tokens[first - 1].text.to_lowercase();
    // The head of a compound title is its last part («прем'єр-міністром»).
    let role = before.rsplit('-').next().unwrap_or(&before);
    if name.chars().any(is_cyrillic) {
        let instrumental = |w: &str| {
            ["ом", "ем", "ём", "ою", "ею", "ым", "им", "ой", "ей"]
                .iter()
                .any(|e| w.ends_with(e))
        };
        let indeclinable = name.ends_with(['о', 'е', 'у', 'ю', 'э']);
        return !(is_role_word(role) && instrumental(role)) || instrumental(&name) || indeclinable;
    }
    let german_genitive = language == Some("German")
        && LATIN_ROLES.contains(&role)
        && name.ends_with('s')
        && !name.ends_with("ss");
    !german_genitive
}

/// True when a verb of saying comes before the name after a quotation or comma ("…,” said X"),
/// or "according to" / "по словам" does before a full name (those also introduce outlets,
/// agencies and documents: "according to Sova", so a single word after them needs a full mention
/// of it elsewhere in the source).
fn saying_before(text: &str, tokens: &[Token<'_>], first: usize, lone: bool) -> bool {
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
    let head = text[..prev.start].trim_end();
    head.ends_with([',', '”', '"', '»', '—', '–', '“'])
}

/// A verb of saying, or another verb that takes a person as its subject.
fn is_person_verb(word: &str) -> bool {
    SAYING_VERBS.contains(&word) || PERSON_VERBS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(texts: &[&str]) -> Vec<Paragraph> {
        Paragraph::numbered(texts)
    }

    /// Paragraph, surface, given, surname, role.
    type Found = (usize, String, Option<String>, String, Option<String>);

    fn names(texts: &[&str]) -> Vec<Found> {
        let ps = paras(texts);
        let found = recognise(&ps);
        for m in &found {
            assert_eq!(&ps[m.paragraph - 1].text[m.start..m.end], m.surface);
        }
        found
            .into_iter()
            .map(|m| (m.paragraph, m.surface, m.given, m.surname, m.role))
            .collect()
    }

    #[test]
    fn role_in_apposition_and_later_surname() {
        let found = names(&[
            "MINSK, December 26 – RIA Novosti. Although NATO has unilaterally suspended cooperation with Belarus, the republic remains open to dialogue with the alliance. declaration Dmitry Ryabihin, Deputy Head of the Department of International Cooperation of the Ministry of Defense of Belarus.",
            "“They unilaterally suspended it. However, the Republic of Belarus is always open to dialogue,” Ryabihin said. said.",
            "Ryabihin cited as an example of cooperation with the countries of the Shanghai Cooperation Organization, which also has a military component.",
        ]);
        assert_eq!(found.len(), 3, "{found:?}");
        assert_eq!(found[0].1, "Dmitry Ryabihin");
        assert_eq!(found[0].2.as_deref(), Some("Dmitry"));
        assert_eq!(
            found[0].4.as_deref(),
            Some("Deputy Head of the Department of International Cooperation of the Ministry of Defense of Belarus")
        );
        assert_eq!(found[1].1, "Ryabihin");
        assert_eq!(found[2].1, "Ryabihin");
    }

    #[test]
    fn role_before_name_english_and_russian() {
        let found = names(&[
            "Belarus defense chief Oleg Belokonev recently told local media his country should be regarded in similar terms as Serbia.",
            "“Belarus is ready for joint exercises with NATO. There are talks on possible formats,” Belokonev told Nasha Niva newspaper.",
            "С таким заявлением на телеканале СТВ выступил начальник Департамента международного военного сотрудничества — помощник министра обороны Беларуси по вопросам международного военного сотрудничества Валерий Ревенко.",
            "Отвечая на вопрос о взаимодействии по линии Беларусь-НАТО, Валерий Ревенко сказал:",
        ]);
        assert_eq!(found.len(), 4, "{found:?}");
        assert_eq!(found[0].4.as_deref(), Some("Belarus defense chief"));
        assert_eq!(found[1].1, "Belokonev");
        assert_eq!(
            found[2].4.as_deref(),
            Some("начальник Департамента международного военного сотрудничества — помощник министра обороны Беларуси по вопросам международного военного сотрудничества")
        );
        assert_eq!(found[3].3, "Ревенко");
    }

    #[test]
    fn case_forms_and_initials() {
        let found = names(&[
            "Встреча министра обороны Виктора Хренина прошла в Минске.",
            "По словам Хренина, всё спокойно. Позже с Хрениным встретился V. Khrenin.",
        ]);
        let surnames: Vec<&str> = found.iter().map(|f| f.3.as_str()).collect();
        assert_eq!(
            surnames,
            ["Хренин", "Хренин", "Хренин", "Khrenin"],
            "{found:?}"
        );
        assert_eq!(found[0].2.as_deref(), Some("Виктор"));
        assert_eq!(found[0].4.as_deref(), Some("министра обороны"));
        assert_eq!(found[3].2.as_deref(), Some("V."));
    }

    #[test]
    fn places_organisations_and_bare_surnames_without_evidence_are_not_people() {
        let found = names(&[
            "The top military official in Belarus says his country is open to NATO.",
            "On February 24, Putin launched a special military operation in Ukraine.",
            "Former vice president of Lehman Brothers: Russia will counter the Black Sea Fleet.",
            "Moscow said on Monday that the Union State acted. The Kremlin said nothing in January.",
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn organisation_names_led_by_an_adjective_and_ukrainian_oblique_places_are_not_people() {
        let found = names(&[
            "The elections saw Georgian Dream declared the victor.",
            "He took the oath, according to Public Broadcaster 1TV.",
            "Про це повідомило агентство Росії, заявив він.",
            "Накануне в Вашингтоне, при посредничестве Дональда Тр",
        ]);
        assert!(found.is_empty(), "{found:?}");
        let found =
            names(&["Georgian Prime Minister Irakli Kobakhidze said the talks would wait."]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].3, "Kobakhidze");
    }

    #[test]
    fn dictionary_and_context_rules_on_russian_and_ukrainian() {
        let found = names(&[
            "Министр иностранных дел Армении Арарат Мирзоян встретился с министром Иваном Петровым.",
            "Ранее Петров заявил, что Совета Безопасности не будет.",
            "Госсекретарь США Энтони Блинкен провёл переговоры с Павлом Пашиняном и Майей Санду.",
            "Прем'єр-міністр Вірменії Нікол Пашинян зустрівся з Володимиром Зеленським.",
        ]);
        let names: Vec<(String, Option<String>)> =
            found.iter().map(|f| (f.3.clone(), f.2.clone())).collect();
        let expect = |s: &str, g: &str| (s.to_string(), Some(g.to_string()));
        assert_eq!(
            names,
            vec![
                expect("Мирзоян", "Арарат"),
                expect("Петров", "Иван"),
                ("Петров".to_string(), None),
                expect("Блинкен", "Энтони"),
                expect("Пашинян", "Павел"),
                expect("Санду", "Майя"),
                expect("Пашинян", "Нікол"),
                expect("Зеленський", "Володимир"),
            ],
            "{found:?}"
        );
    }

    #[test]
    fn titles_before_names_in_english() {
        let found = names(&[
            "Hoekstra spoke after her Dutch counterpart Wopke Hoekstra arrived.",
            "Russian President Vladimir Putin said nothing.",
            "The ALA-LC spelling Dmitriĭ Ri͡abikhin keeps its marks.",
        ]);
        let full: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert!(full.contains(&"Wopke Hoekstra"), "{found:?}");
        assert!(full.contains(&"Vladimir Putin"), "{found:?}");
        assert!(full.contains(&"Dmitriĭ Ri͡abikhin"), "{found:?}");
    }

    #[test]
    fn a_french_form_of_address_is_no_initial() {
        let found = names(&[
            "Le président Arman Lurov a ordonné aux forces de l'ordre de tirer sans sommation.",
            "Selon M. Lurov, les bandits armés ont attaqué les bâtiments de la ville pendant la nuit.",
        ]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].1, "M. Lurov");
        assert_eq!(found[1].2, None);
        assert_eq!(found[1].3, "Lurov");
        let found = names(&["The report was signed by M. Lurov and nobody else."]);
        assert_eq!(found[0].2.as_deref(), Some("M."), "{found:?}");
    }

    #[test]
    fn nouns_after_possessives_lone_given_names_and_run_on_nouns_are_not_names() {
        let found = names(&[
            "In seiner Rede betonte der Präsident die Lage.",
            "По словам Сергея, переговоры прошли хорошо.",
            "\"Ми переможемо\", – зазначила Санду.",
            "Прем'єр Іраклій Мамадзе Вікіпедія заявив про зупинку переговорів.",
        ]);
        let surnames: Vec<&str> = found.iter().map(|f| f.3.as_str()).collect();
        assert_eq!(surnames, ["Санду", "Мамадзе"], "{found:?}");
    }

    #[test]
    fn a_single_word_after_a_role_must_agree_with_it() {
        let found = names(&[
            "Зустріч з президентом Азербайджану та прем'єр-міністром Вірмені відбулася.",
            "Об этом они заявили представителям прессы в Белом доме.",
            "That is according to Sova, the agency reports.",
            "Він зустрівся з міністром Мамадзе.",
        ]);
        let surnames: Vec<&str> = found.iter().map(|f| f.3.as_str()).collect();
        assert_eq!(surnames, ["Мамадзе"], "{found:?}");
        let german = names(&[
            "Der Präsident Aserbaidschans erklärte, er sei zu einem Abkommen mit dem Nachbarland bereit, und dankte den Vermittlern für ihre Geduld.",
            "Die Gespräche sollen in der kommenden Woche in der Hauptstadt fortgesetzt werden, hieß es aus dem Ministerium.",
        ]);
        assert!(german.is_empty(), "{german:?}");
    }

    #[test]
    fn no_break_spaces_join_names() {
        let found = names(&["Отвечая на вопрос, Валерий\u{a0}Ревенко сказал:"]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].2.as_deref(), Some("Валерий"));
    }

    #[test]
    fn mentions_do_not_overlap() {
        let ps =
            paras(&["Mike Pompeo and Viktor Khrenin met Oleg Belokonev, said Dmitry Ryabikhin."]);
        let found = recognise(&ps);
        assert_eq!(found.len(), 4, "{found:?}");
        for pair in found.windows(2) {
            assert!(pair[0].end <= pair[1].start);
        }
    }
}
