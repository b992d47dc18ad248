//! How machine output is matched to the truth: names by spelling, quotes by the start of their
//! words, lines by their text. Every comparison is made after NFC and lower-casing, so that a
//! composed and a decomposed letter, or a capital and a small one, count as the same.

use super::truth::TruthPerson;
use crate::text::fold;

/// The words of `text` (folded): runs of letters, digits, combining marks and apostrophes or
/// hyphens inside a word; everything else separates words.
pub fn words(text: &str) -> Vec<String> {
    let folded = fold(text);
    let mut out = Vec::new();
    let mut word = String::new();
    for c in folded.chars() {
        if c.is_alphanumeric() || is_combining(c) || (is_joiner(c) && !word.is_empty()) {
            word.push(c);
        } else if !word.is_empty() {
            out.push(trim_joiners(&word));
            word.clear();
        }
    }
    if !word.is_empty() {
        out.push(trim_joiners(&word));
    }
    out.retain(|w| !w.is_empty());
    out
}

fn is_combining(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c) || ('\u{FE20}'..='\u{FE2F}').contains(&c)
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '-' | '‐')
}

fn trim_joiners(word: &str) -> String {
    word.trim_end_matches(is_joiner).to_string()
}

/// True when the word sequence `needle` occurs contiguously in `hay`.
pub fn contains_words(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// How well a machine name matches a truth spelling: 2 for the same words, 1 when one holds the
/// other's words, 0 for no match.
fn name_match(machine: &[String], spelling: &[String]) -> u8 {
    if machine.is_empty() || spelling.is_empty() {
        0
    } else if machine == spelling {
        2
    } else if contains_words(machine, spelling) || contains_words(spelling, machine) {
        1
    } else {
        0
    }
}

/// The truth person of an article a machine mention with surface `surface` stands for: the
/// person with a spelling of the same words, else the one whose spelling holds or is held by the
/// mention's words (the longest such spelling); `None` when nobody matches or two people match
/// equally well.
pub fn person_of<'t>(surface: &str, people: &'t [TruthPerson]) -> Option<&'t TruthPerson> {
    let machine = words(surface);
    let mut best: Option<(u8, usize, &TruthPerson)> = None;
    let mut tied = false;
    for person in people {
        let score = person
            .spellings
            .iter()
            .map(|s| {
                let w = words(s);
                (name_match(&machine, &w), w.len())
            })
            .filter(|(m, _)| *m > 0)
            .max();
        let Some((m, len)) = score else { continue };
        match best {
            Some((bm, blen, bp)) if (m, len) == (bm, blen) && bp.id != person.id => tied = true,
            Some((bm, blen, _)) if (m, len) <= (bm, blen) => {}
            _ => {
                best = Some((m, len, person));
                tied = false;
            }
        }
    }
    if tied {
        None
    } else {
        best.map(|(_, _, p)| p)
    }
}

/// The truth person a machine mention stands for: [`person_of`] its surface, or, when the surface
/// is a surname several people of the truth share, the person the machine's given name picks
/// ("Berdymukhamedov" read as Serdar: the person with the spelling "Serdar Berdymukhamedov").
pub fn person_of_mention<'t>(
    surface: &str,
    given: Option<&str>,
    people: &'t [TruthPerson],
) -> Option<&'t TruthPerson> {
    person_of(surface, people).or_else(|| {
        let given = given.filter(|g| !contains_words(&words(surface), &words(g)))?;
        person_of(&format!("{given} {surface}"), people)
    })
}

/// True when a title the machine found (`machine`) agrees with one the truth gives: the same
/// words, or one holds the other's words.
pub fn title_matches(machine: &str, truth_titles: &[String]) -> bool {
    let m = words(machine);
    truth_titles.iter().any(|t| name_match(&m, &words(t)) > 0)
}

/// Fewest words a machine quotation must have to match a truth quote it is a prefix of.
const MIN_PREFIX_WORDS: usize = 3;

/// True when a machine quotation (`machine`) is the truth quote that starts with `truth_start`:
/// the machine's words start with the truth's, or contain them (the machine began the quotation
/// early), or the machine's words (at least three) are the start of the truth's (the truth's
/// first words run past a quotation the machine cut short).
pub fn quote_matches(machine: &str, truth_start: &str) -> bool {
    let m = words(machine);
    let t = words(truth_start);
    if m.is_empty() || t.is_empty() {
        return false;
    }
    m.starts_with(&t)
        || contains_words(&m, &t)
        || (m.len() >= MIN_PREFIX_WORDS && t.starts_with(&m))
}

/// True when two spans of date text are the same date expression: one holds the other (folded).
pub fn date_text_matches(machine: &str, truth: &str) -> bool {
    let (m, t) = (fold(machine), fold(truth));
    !m.is_empty() && !t.is_empty() && (m.contains(&t) || t.contains(&m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: &str, spellings: &[&str]) -> TruthPerson {
        TruthPerson {
            id: id.to_string(),
            spellings: spellings.iter().map(|s| s.to_string()).collect(),
            titles: Vec::new(),
        }
    }

    #[test]
    fn words_keep_combining_marks_and_inner_apostrophes() {
        assert_eq!(
            words("Ri\u{0361}abikhin, O'Brien's."),
            ["ri\u{0361}abikhin", "o'brien's"]
        );
        assert_eq!(words("«Пашиняном»"), ["пашиняном"]);
    }

    #[test]
    fn a_mention_maps_to_the_person_whose_spelling_it_is_or_holds() {
        let people = [
            person("ararat-mirzoyan", &["Ararat Mirzoyan", "Mirzoyan"]),
            person("nikol-pashinyan", &["Nikol Pashinyan"]),
        ];
        let id = |s: &str| person_of(s, &people).map(|p| p.id.as_str());
        assert_eq!(id("MIRZOYAN"), Some("ararat-mirzoyan"));
        assert_eq!(id("Pashinyan"), Some("nikol-pashinyan"));
        assert_eq!(
            id("Prime Minister Nikol Pashinyan"),
            Some("nikol-pashinyan")
        );
        assert_eq!(id("Vladimir"), None);
        assert_eq!(id("Mirz"), None, "a part of a word is not a match");
    }

    #[test]
    fn a_surname_two_people_share_matches_nobody() {
        let people = [
            person("a", &["Anna Smith", "Smith"]),
            person("b", &["Bob Smith", "Smith"]),
        ];
        assert!(person_of("Smith", &people).is_none());
        assert_eq!(
            person_of("Bob Smith", &people).map(|p| p.id.as_str()),
            Some("b")
        );
        let id = |given| person_of_mention("Smith", given, &people).map(|p| p.id.as_str());
        assert_eq!(id(Some("Bob")), Some("b"), "the machine's given name picks");
        assert_eq!(id(Some("Carl")), None);
        assert_eq!(id(None), None);
    }

    #[test]
    fn quotes_match_by_their_first_words() {
        assert!(quote_matches(
            "During all the meetings there were talks.",
            "During all the meetings there were"
        ));
        assert!(quote_matches(
            "He said: during all the meetings there were",
            "During all the meetings"
        ));
        assert!(quote_matches(
            "During all the meetings",
            "During all the meetings there were"
        ));
        assert!(!quote_matches("so-called", "So-called peace talks went on"));
        assert!(!quote_matches(
            "Nothing alike here",
            "During all the meetings"
        ));
    }

    #[test]
    fn titles_match_when_one_holds_the_other() {
        let titles = vec!["Armenian Foreign Minister".to_string()];
        assert!(title_matches("foreign minister", &titles));
        assert!(!title_matches("prime minister", &titles));
    }
}
