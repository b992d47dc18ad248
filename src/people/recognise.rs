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

use super::inflect::{given_name, surname_nominative, Given, SurnameContext};
use super::names::{is_cyrillic, name_keys, script_of};
use super::words::{
    CYRILLIC_ROLES, LATIN_ROLES, LATIN_ROLE_MODIFIERS, NOT_NAMES, PREPOSITIONS, SAYING_ADVERBS,
    SAYING_BEFORE,
};
use crate::model::{Mention, Paragraph};

/// A word of a paragraph with its byte offsets.
#[derive(Debug, Clone)]
struct Token<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    /// True for a single capital letter followed by a dot ("V.").
    initial: bool,
}

/// Splits a paragraph into words (letters with inner apostrophes and hyphens) and initials.
fn tokenise(text: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if !c.is_alphabetic() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let ch = chars[j].1;
            let joiner = matches!(ch, '\'' | '’' | '-' | 'ʼ');
            let next_is_letter = chars.get(j + 1).is_some_and(|(_, n)| n.is_alphabetic());
            if ch.is_alphabetic() || (joiner && next_is_letter) {
                j += 1;
            } else {
                break;
            }
        }
        let mut end = chars.get(j).map_or(text.len(), |(b, _)| *b);
        let word = &text[start..end];
        for possessive in ["'s", "’s"] {
            if word.len() > possessive.len() + 1 && word.ends_with(possessive) {
                end -= possessive.len();
            }
        }
        let initial = j == i + 1
            && c.is_uppercase()
            && chars.get(j).is_some_and(|(_, d)| *d == '.')
            && chars.get(j + 1).is_some_and(|(_, s)| *s == ' ');
        let end = if initial { end + 1 } else { end };
        tokens.push(Token {
            start,
            end,
            text: &text[start..end],
            initial,
        });
        i = j;
    }
    tokens
}

/// True when a lowercase word is on the stop list.
fn is_not_name(lower: &str) -> bool {
    NOT_NAMES.contains(&lower) || crate::dates::is_calendar_word(lower)
}

/// True for a role word (either script).
fn is_role_word(lower: &str) -> bool {
    LATIN_ROLES.contains(&lower) || CYRILLIC_ROLES.iter().any(|r| lower.starts_with(r))
}

/// True when the token can be part of a name: capitalised, not all capitals, not listed.
fn is_name_word(token: &Token<'_>) -> bool {
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
    !all_caps && !has_caps_part && !is_not_name(&lower) && !is_role_word(&lower)
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

/// Runs of name words joined by single spaces (at most four words).
fn candidate_spans(text: &str, tokens: &[Token<'_>]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !is_name_word(&tokens[i]) {
            i += 1;
            continue;
        }
        let mut last = i;
        while last + 1 < tokens.len()
            && last - i < 3
            && is_name_word(&tokens[last + 1])
            && !tokens[last + 1].initial
            && is_space_gap(&text[tokens[last].end..tokens[last + 1].start])
        {
            last += 1;
        }
        spans.push(Span { first: i, last });
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
    let mut pending = Vec::new();
    let mut known_keys: BTreeSet<String> = BTreeSet::new();
    let mut known_forms: BTreeSet<String> = BTreeSet::new();
    // Pass 1: names with their own evidence.
    for p in paragraphs {
        let tokens = tokenise(&p.text);
        for span in candidate_spans(&p.text, &tokens) {
            let candidate = examine(&p.text, &tokens, span);
            let full = candidate.given.is_some() || candidate.initial.is_some();
            if full || candidate.role.is_some() || candidate.saying {
                let mention = to_mention(p, &tokens, &candidate, None);
                known_forms.insert(mention.surname.to_lowercase());
                known_keys.extend(name_keys(&mention.surname));
                pending.push(mention);
            }
        }
    }
    // Pass 2: lone surnames that the source names in full elsewhere.
    for p in paragraphs {
        let tokens = tokenise(&p.text);
        for span in candidate_spans(&p.text, &tokens) {
            let candidate = examine(&p.text, &tokens, span);
            if candidate.first != candidate.last || candidate.given.is_some() {
                continue;
            }
            let taken = pending
                .iter()
                .any(|m: &Mention| m.paragraph == p.n && m.start == tokens[candidate.first].start);
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

/// Looks at a span and its surroundings: given name, initial, role, verbs of saying.
fn examine(text: &str, tokens: &[Token<'_>], span: Span) -> Candidate {
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
    let role = role_before(text, tokens, first).or_else(|| role_after(text, end));
    let saying = saying_after(text, tokens, last) || saying_before(text, tokens, first);
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
    let start = tokens[c.first].start;
    let end = tokens[c.last].end;
    let surname_word = tokens[c.last].text;
    let ctx = SurnameContext {
        given: c.given.as_ref(),
        after_preposition: c.after_preposition,
        known,
    };
    let surname = surname_nominative(surname_word, ctx);
    let given = match (&c.given, &c.initial) {
        (Some(g), _) => Some(g.nominative.clone()),
        (None, Some(i)) => Some(i.clone()),
        (None, None) if c.last > c.first => Some(tokens[c.first].text.to_string()),
        _ => None,
    };
    Mention {
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
    let mut i = first;
    let mut earliest_role = None;
    while i > 0 {
        let prev = &tokens[i - 1];
        let gap = text[prev.end..tokens[i].start].trim();
        if !(gap.is_empty() || gap == "—" || gap == "–") || first - (i - 1) > 20 {
            break;
        }
        let lower = prev.text.to_lowercase();
        let role_word = CYRILLIC_ROLES.iter().any(|r| lower.starts_with(r));
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

/// True when a verb of saying comes before the name after a quotation or comma ("…,” said X"),
/// or "according to" / "по словам" does.
fn saying_before(text: &str, tokens: &[Token<'_>], first: usize) -> bool {
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
            return true;
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
