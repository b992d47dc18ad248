//! Case forms read against the dossier: a Cyrillic two-word name whose case the source alone
//! cannot tell takes the reading that another source writes in the nominative.
//!
//! «Росена Желязкова» may be the nominative of a woman or the genitive of «Росен Желязков»;
//! «Илиана Йотова» may be the genitive of «Илиан Йотов» or the nominative of a woman; «Юраем
//! Бланаром» is the instrumental of a name no table knows. Recognition reads each source on its
//! own and so must guess. Here every reading of the two written words (as recognition read them,
//! as written, and with each case ending of `data/case_endings.tsv` replaced) is looked up among
//! the names other sources write in full in the nominative, in any script ("Iliana Yotova",
//! "Juraj Blanar"); the first reading found there is taken, a given name written the same way
//! before a similar one. When recognition's own reading is found, or none is, the mention is
//! left as it was.
//!
//! In: every source's mentions from [`super::recognise()`]. Out: the same mentions, some with
//! another given name and surname. Must not: join a name to a reading found only in its own
//! source (that would confirm the guess by itself), or compare a reading's given name loosely
//! without its surname matching exactly by key.

use std::collections::{BTreeMap, BTreeSet};

use super::inflect::{given_readings, surname_readings};
use super::names::{given_compatible, name_keys, GivenKey};
use crate::model::Mention;
use crate::text::is_cyrillic;

/// The full names the dossier writes in the nominative, by surname key: each with its given
/// name's key, the given name in lower case and the source that writes it.
#[derive(Debug, Clone, Default)]
pub struct DossierNominatives {
    by_surname_key: BTreeMap<String, BTreeSet<(GivenKey, String, usize)>>,
}

/// How well the dossier attests a reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Attested {
    /// No other source writes it.
    No,
    /// Another source writes the surname with a similar given name (or another script's).
    Similar,
    /// Another source writes the surname with this given name, letter for letter.
    Exactly,
}

impl DossierNominatives {
    /// The two-word full names of every source (`sources[i]` is source `i`) that are written as
    /// recognition reads them: in the nominative, or in a script without cases.
    pub fn of(sources: &[Vec<Mention>]) -> Self {
        let mut known = DossierNominatives::default();
        for (source, mentions) in sources.iter().enumerate() {
            for m in mentions {
                let (Some(given), Some((first, last))) = (&m.given, two_words(&m.surface)) else {
                    continue;
                };
                if first != given || last != m.surname {
                    continue;
                }
                let Some(given_key) = GivenKey::of(given) else {
                    continue;
                };
                for key in name_keys(&m.surname) {
                    known.by_surname_key.entry(key).or_default().insert((
                        given_key.clone(),
                        given.to_lowercase(),
                        source,
                    ));
                }
            }
        }
        known
    }

    /// The full names other sources than `source` write in the nominative with a surname that
    /// has a key of `surname`: each with its given name's key and the given name in lower case.
    fn written_elsewhere(&self, surname: &str, source: usize) -> Vec<(&GivenKey, &str)> {
        name_keys(surname)
            .iter()
            .filter_map(|key| self.by_surname_key.get(key))
            .flatten()
            .filter(|(_, _, s)| *s != source)
            .map(|(key, written, _)| (key, written.as_str()))
            .collect()
    }

    /// How well sources other than `source` attest `given` `surname` in the nominative.
    fn attests(&self, given: &str, surname: &str, source: usize) -> Attested {
        attested(&self.written_elsewhere(surname, source), given)
    }
}

/// How well `names` (from [`DossierNominatives::written_elsewhere`]) attest the given name `given`.
fn attested(names: &[(&GivenKey, &str)], given: &str) -> Attested {
    let Some(given_key) = GivenKey::of(given) else {
        return Attested::No;
    };
    let lower = given.to_lowercase();
    names
        .iter()
        .map(|&(key, written)| {
            if written == lower {
                Attested::Exactly
            } else if given_compatible(Some(&given_key), Some(key)) {
                Attested::Similar
            } else {
                Attested::No
            }
        })
        .max()
        .unwrap_or(Attested::No)
}

/// The given name and surname of a name written as exactly two words, else `None`.
fn two_words(surface: &str) -> Option<(&str, &str)> {
    let mut words = surface.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(first), Some(last), None) => Some((first, last)),
        _ => None,
    }
}

/// Re-reads the Cyrillic two-word full names of source `source` against the names other
/// sources write in the nominative (see the module documentation).
pub fn reread_case_forms(
    mentions: Vec<Mention>,
    source: usize,
    known: &DossierNominatives,
) -> Vec<Mention> {
    mentions
        .into_iter()
        .map(|m| reread(m, source, known))
        .collect()
}

/// One mention re-read; unchanged unless another reading is attested and its own is not.
fn reread(mut m: Mention, source: usize, known: &DossierNominatives) -> Mention {
    let Some(given) = m.given.clone() else {
        return m;
    };
    let Some((first, last)) = two_words(&m.surface) else {
        return m;
    };
    if !last.chars().any(is_cyrillic) {
        return m;
    }
    let own = known.attests(&given, &m.surname, source);
    if own == Attested::Exactly {
        return m;
    }
    // Each surname reading is looked up once; most find nothing and need no given name.
    let surnames: Vec<(String, Vec<(&GivenKey, &str)>)> = surname_readings(last)
        .into_iter()
        .map(|s| {
            let names = known.written_elsewhere(&s, source);
            (s, names)
        })
        .filter(|(_, names)| !names.is_empty())
        .collect();
    let givens = given_readings(first);
    for level in [Attested::Exactly, Attested::Similar] {
        if own == level {
            return m;
        }
        let found = surnames.iter().find_map(|(surname, names)| {
            givens
                .iter()
                .find(|g| attested(names, g) == level)
                .map(|g| (g.clone(), surname.clone()))
        });
        if let Some((given, surname)) = found {
            m.given = Some(given);
            m.surname = surname;
            return m;
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Paragraph;

    fn mentions(text: &str) -> Vec<Mention> {
        super::super::recognise(&Paragraph::numbered(&[text]))
    }

    fn reread_second(first: &str, second: &str) -> Vec<(Option<String>, String)> {
        let sources = vec![mentions(first), mentions(second)];
        let known = DossierNominatives::of(&sources);
        reread_case_forms(sources[1].clone(), 1, &known)
            .into_iter()
            .map(|m| (m.given, m.surname))
            .collect()
    }

    fn name(given: &str, surname: &str) -> (Option<String>, String) {
        (Some(given.to_string()), surname.to_string())
    }

    #[test]
    fn a_genitive_read_as_a_woman_takes_the_nominative_another_source_writes() {
        let got = reread_second(
            "Об этом заявил премьер-министр Росен Желязков.",
            "Парламент проведет голосование по вотуму недоверия правительству премьер-министра Росена Желязкова.",
        );
        assert_eq!(got, vec![name("Росен", "Желязков")]);
    }

    #[test]
    fn a_woman_read_as_a_genitive_takes_the_name_another_source_writes_in_latin() {
        let got = reread_second(
            "Vice-President Iliana Yotova will take over.",
            "Я убежден, что Илиана Йотова будет достойной главой государства.",
        );
        assert_eq!(got, vec![name("Илиана", "Йотова")]);
    }

    #[test]
    fn an_instrumental_takes_the_name_another_source_writes_in_latin() {
        let got = reread_second(
            "Foreign Minister Juraj Blanar said the talks went well.",
            "Министр встретился с главой МИД Словакии Юраем Бланаром в Братиславе.",
        );
        assert_eq!(got, vec![name("Юрай", "Бланар")]);
    }

    #[test]
    fn a_name_only_its_own_source_attests_is_left_as_read() {
        let text = "Парламент проведет голосование по вотуму недоверия правительству премьер-министра Росена Желязкова.";
        let got = reread_second("Парламент собрался в среду.", text);
        assert_eq!(got, vec![name("Росена", "Желязкова")]);
    }

    #[test]
    fn another_person_of_the_same_surname_is_not_joined() {
        let got = reread_second(
            "Об этом заявил министр Иван Петров.",
            "Об этом заявила министр Анна Петрова.",
        );
        assert_eq!(got, vec![name("Анна", "Петрова")]);
    }
}
