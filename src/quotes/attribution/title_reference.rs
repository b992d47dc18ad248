//! A speaker referred to by a title instead of a name ("…,” the minister said; «…», — сказал
//! глава государства; sagte der US-Präsident; a déclaré le chef de la diplomatie): the one
//! person named before the quotation whose titles fit it (or, for a title with a country, the one
//! person of the whole source). A person's titles are the roles this source gives their
//! mentions and the title written right before a mention ("le président azerbaïdjanais Ilham
//! Aliev"), read by [`super::titles`]. Two or more fitting persons give nobody, and so does
//! none: a guess is worse than "speaker not identified". A country in the title that
//! contradicts a person's own title ("US president", "Azerbaijani President") rules them out,
//! and so does a verb of the other gender («сказала» for a man).
//!
//! In: the phrase, where the quotation is, the gender its verb shows. Out: a mention index.

use std::collections::{BTreeMap, BTreeSet};

use super::titles::{fits, leading_title, titles_before_name, titles_in, Title};
use crate::quotes::pronouns::{mention_gender, oblique, Sources};

/// Bytes before a name read for the title written in front of it.
const TITLE_BEFORE_NAME: usize = 80;

/// What a phrase next to a quotation refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TitleRef {
    /// The phrase does not open with a title of `data/roles.tsv`.
    NotATitle,
    /// The one person named before the quotation whose titles fit: their nearest mention
    /// before it. When nobody named before fits, the one person of the whole source who fits,
    /// if the title names a country (« a assuré le président américain » before "M. Trump").
    Holder(usize),
    /// Nobody: two or more persons fit, or the one who fits is named only after the quotation
    /// and the title names no country ("“…,” the president told a briefing" before any
    /// president is named refers to someone this source does not name).
    Nobody,
    /// Nobody whose titles the source gives fits.
    NoneFits,
}

/// How the mentions of a source are told apart as persons: by surname, and by given name too
/// where the source names two people of one surname with given names of other first letters
/// ("Serdar Berdimuhammedov" and his father "Gurbanguli Berdimhammedov"); a surname alone is then
/// a person of its own, none of the two.
fn person_keys(mentions: &[crate::model::Mention]) -> impl Fn(&crate::model::Mention) -> String {
    // Given names are told apart by their first letter, so that an initial ("V.") or a case
    // form («Сердара») is the same given name.
    let initial = |m: &crate::model::Mention| {
        m.given
            .as_deref()
            .and_then(|g| g.chars().next())
            .map(|c| c.to_lowercase().to_string())
    };
    let mut givens: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for m in mentions {
        if let Some(given) = initial(m) {
            givens
                .entry(m.surname.to_lowercase())
                .or_default()
                .insert(given);
        }
    }
    let shared: BTreeSet<String> = givens
        .into_iter()
        .filter(|(_, g)| g.len() > 1)
        .map(|(surname, _)| surname)
        .collect();
    move |m: &crate::model::Mention| {
        let surname = m.surname.to_lowercase();
        if shared.contains(&surname) {
            format!("{surname}|{}", initial(m).unwrap_or_default())
        } else {
            surname
        }
    }
}

/// One person of the source: mentions with the same surname (and given name, where two
/// people share the surname).
#[derive(Default)]
struct Person {
    /// Paragraph index and mention index, in text order.
    mentions: Vec<(usize, usize)>,
    titles: Vec<Title>,
    feminine: Option<bool>,
}

impl Sources<'_> {
    /// The person `phrase` refers to, when it opens with a title (see the module docs); the
    /// quotation is at byte `pos` of paragraph `index`, its verb shows the gender `feminine`.
    pub(crate) fn title_reference(
        &self,
        phrase: &str,
        index: usize,
        pos: usize,
        feminine: Option<bool>,
    ) -> TitleRef {
        let Some(wanted) = leading_title(phrase) else {
            return TitleRef::NotATitle;
        };
        let people = self.people();
        let quoted = self.named_in_quote(index, pos);
        // A person key is the surname, maybe with "|" and an initial (see `person_keys`).
        let surname_of = |key: &str| key.split('|').next().unwrap_or(key).to_string();
        let fitting: Vec<&Person> = people
            .iter()
            .filter(|(key, _)| !quoted.contains(&surname_of(key)))
            .map(|(_, p)| p)
            .filter(|p| fits(&wanted, &p.titles))
            .filter(|p| crate::quotes::pronouns::genders_agree(feminine, p.feminine))
            .collect();
        let named_before: Vec<usize> = fitting
            .iter()
            .filter_map(|p| before(p, index, pos, self))
            .collect();
        // Of several who fit, the one named earlier in the quotation's own paragraph is the one
        // the title takes up ("sagte Tokajew … sagte der Staatschef" after a paragraph that named
        // "Staatschef Putin"); two named there are still nobody.
        let named_in_paragraph: Vec<usize> = fitting
            .iter()
            .filter_map(|p| before_in_paragraph(p, index, pos, self))
            .collect();
        match (named_before.as_slice(), fitting.as_slice()) {
            ([m], _) => TitleRef::Holder(*m),
            ([_, _, ..], _) if named_in_paragraph.len() == 1 => {
                TitleRef::Holder(named_in_paragraph[0])
            }
            ([], [one]) if wanted.country.is_some() => one
                .mentions
                .first()
                .map_or(TitleRef::Nobody, |&(_, m)| TitleRef::Holder(m)),
            ([], []) => self
                .one_of_gender(&people, feminine, index, pos)
                .map_or(TitleRef::NoneFits, TitleRef::Holder),
            ([_, _, ..], _) => self
                .salient_holder(&fitting, index, pos, feminine)
                .map_or(TitleRef::Nobody, TitleRef::Holder),
            _ => TitleRef::Nobody,
        }
    }

    /// Of several persons named before the quotation at byte `pos` of paragraph `index` whose
    /// titles fit, the one the text is about at that point: the subject of an earlier sentence
    /// that a later sentence has taken up with a pronoun ("Viktor Orbán se rend à Moscou pour
    /// rencontrer le président russe Vladimir Poutine. Il aura des discussions … « … », a
    /// déclaré le dirigeant nationaliste" is Orbán's), or else the subject of the sentence right
    /// before, when that sentence names nobody else who fits but in an oblique case ("Президент
    /// Володимир Зеленський провів низку зустрічей. Глава держави розповів …" is Zelensky's,
    /// though a president of another country was named further back). Nobody when neither gives one of them ("Trump met Aliyev. “…,” the
    /// president said": the sentence before names both presidents).
    fn salient_holder(
        &self,
        fitting: &[&Person],
        index: usize,
        pos: usize,
        feminine: Option<bool>,
    ) -> Option<usize> {
        let text = &self.paragraphs.get(index)?.text;
        let from = crate::quotes::clauses::sentence_start(text, 0, pos);
        let holds = |p: &Person, m: usize| p.mentions.iter().any(|&(_, k)| k == m);
        if let Some(m) = self.topic(index, from, feminine) {
            return fitting.iter().any(|p| holds(p, m)).then_some(m);
        }
        let (m, pi, range) = self.previous_named_subject(index, from)?;
        let (subject, others): (Vec<&&Person>, Vec<&&Person>) =
            fitting.iter().partition(|p| holds(p, m));
        // Another who fits, named there as a subject too, makes it ambiguous; one named in an
        // oblique case («обсудил с коллегой Сергеем Лавровым») is no rival of the subject.
        let others_there = others.iter().any(|p| {
            p.mentions.iter().any(|&(opi, k)| {
                opi == pi && range.contains(&self.mentions[k].start) && !oblique(&self.mentions[k])
            })
        });
        (!subject.is_empty() && !others_there).then_some(m)
    }

    /// For a title that fits nobody's titles («— заявила дипломат» when the source titles the
    /// speaker in words the table reads otherwise: «официальный представитель ведомства»): the
    /// one person named before the quotation, and not in it, who may have the gender the verb
    /// shows. Nobody when the verb shows no gender or two such persons are named, one of them
    /// perhaps of a gender the source does not show.
    fn one_of_gender(
        &self,
        people: &BTreeMap<String, Person>,
        feminine: Option<bool>,
        index: usize,
        pos: usize,
    ) -> Option<usize> {
        let feminine = feminine?;
        // A person the quotation names speaks of, not as, themselves.
        let quoted = self.named_in_quote(index, pos);
        let same_gender: Vec<&Person> = people
            .iter()
            .filter(|(key, _)| !quoted.contains(key.split('|').next().unwrap_or(key)))
            .map(|(_, p)| p)
            // A person whose gender the source does not show may be the one as well.
            .filter(|p| p.feminine != Some(!feminine))
            .filter(|p| before(p, index, pos, self).is_some())
            .collect();
        match same_gender.as_slice() {
            [one] => before(one, index, pos, self),
            _ => None,
        }
    }

    /// What a role noun subject refers to, the title it opens spanning bytes `at..end` of
    /// paragraph `index` («Глава государства заявил», "The minister stressed"): a title's one
    /// fitting holder (or [`TitleRef::NoneFits`]: perhaps a person the source gives no title);
    /// for a role word that opens no title of the table, the one person whose role has that
    /// word ([`Sources::person_with_role`]). Never [`TitleRef::NotATitle`].
    pub(crate) fn role_reference(
        &self,
        word: &str,
        index: usize,
        at: usize,
        end: usize,
        feminine: Option<bool>,
    ) -> TitleRef {
        let phrase = self
            .paragraphs
            .get(index)
            .and_then(|p| p.text.get(at..end))
            .unwrap_or("");
        match self.title_reference(phrase, index, at, feminine) {
            TitleRef::NotATitle => self
                .person_with_role(word, index)
                .map_or(TitleRef::Nobody, TitleRef::Holder),
            other => other,
        }
    }

    /// True when the title at bytes `at..end` of paragraph `index` names a country ("Le
    /// président du Kazakhstan"): it cannot be a bare title of someone the source never names.
    pub(crate) fn names_country(&self, index: usize, at: usize, end: usize) -> bool {
        self.paragraphs
            .get(index)
            .and_then(|p| p.text.get(at..end))
            .and_then(leading_title)
            .is_some_and(|t| t.country.is_some())
    }

    /// True when the source gives the person of mention `m` no title of `data/roles.tsv`: a
    /// title that fits nobody may still be theirs.
    pub(crate) fn untitled(&self, m: usize) -> bool {
        let key = person_keys(self.mentions)(&self.mentions[m]);
        self.people().get(&key).is_none_or(|p| p.titles.is_empty())
    }

    /// The persons the source names outside quotations, by surname, with their titles.
    fn people(&self) -> BTreeMap<String, Person> {
        let mut people: BTreeMap<String, Person> = BTreeMap::new();
        let key = person_keys(self.mentions);
        for (pi, list) in self.speakers.iter().enumerate() {
            for &m in list {
                let mention = &self.mentions[m];
                let person = people.entry(key(mention)).or_default();
                person.mentions.push((pi, m));
                if let Some(role) = &mention.role {
                    person.titles.extend(titles_in(role));
                }
                person.titles.extend(self.title_before(pi, m));
                person.feminine = person.feminine.or(mention_gender(mention));
            }
        }
        // A title given inside a quotation ("„Präsident Trump hat …“") is still the person's.
        for (m, mention) in self.mentions.iter().enumerate() {
            let Some(person) = people.get_mut(&key(mention)) else {
                continue;
            };
            if person.mentions.iter().all(|&(_, own)| own != m) {
                person
                    .titles
                    .extend(mention.role.as_deref().map(titles_in).unwrap_or_default());
            }
        }
        people
    }

    /// True when the person of mention `m` is named inside a quotation of paragraph `index`
    /// that starts at or after byte `pos`.
    pub(crate) fn named_in(&self, index: usize, pos: usize, m: usize) -> bool {
        let surname = self.mentions[m].surname.to_lowercase();
        self.named_in_quote(index, pos).contains(&surname)
    }

    /// The surnames named inside the quotations of paragraph `index` that start at or after
    /// byte `pos`: a quotation that names someone ("„Wer, wenn nicht Präsident Trump …“") is
    /// not that person's words.
    fn named_in_quote(&self, index: usize, pos: usize) -> BTreeSet<String> {
        let (Some(p), Some(spans)) = (self.paragraphs.get(index), self.quotes.get(index)) else {
            return BTreeSet::new();
        };
        self.mentions
            .iter()
            .filter(|m| m.paragraph == p.n)
            .filter(|m| {
                spans
                    .iter()
                    .any(|s| s.start >= pos && s.start <= m.start && m.end <= s.end)
            })
            .map(|m| m.surname.to_lowercase())
            .collect()
    }

    /// The titles written right before mention `m` of paragraph `pi`, after the last punctuation
    /// mark and the previous name ("le président azerbaïdjanais Ilham Aliev").
    fn title_before(&self, pi: usize, m: usize) -> Vec<Title> {
        let Some(p) = self.paragraphs.get(pi) else {
            return Vec::new();
        };
        let text = &p.text;
        let mention = &self.mentions[m];
        let previous_end = self
            .mentions
            .iter()
            .filter(|o| o.paragraph == mention.paragraph && o.end <= mention.start)
            .map(|o| o.end)
            .max()
            .unwrap_or(0);
        let mut from = previous_end.max(mention.start.saturating_sub(TITLE_BEFORE_NAME));
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let Some(window) = text.get(from..mention.start) else {
            return Vec::new();
        };
        let clause = window
            .rsplit([
                ',', ';', ':', '(', ')', '—', '–', '.', '«', '»', '"', '“', '”',
            ])
            .next()
            .unwrap_or(window);
        titles_before_name(clause)
    }
}

/// The person's last mention before byte `pos` of paragraph `index`, if any.
fn before(person: &Person, index: usize, pos: usize, sources: &Sources<'_>) -> Option<usize> {
    person
        .mentions
        .iter()
        .rev()
        .find(|&&(pi, m)| pi < index || (pi == index && sources.mentions[m].end <= pos))
        .map(|&(_, m)| m)
}

/// The nearest mention of `person` before byte `pos` in paragraph `index` itself, if any.
fn before_in_paragraph(
    person: &Person,
    index: usize,
    pos: usize,
    sources: &Sources<'_>,
) -> Option<usize> {
    before(person, index, pos, sources).filter(|&m| {
        person
            .mentions
            .iter()
            .any(|&(pi, own)| own == m && pi == index)
    })
}

#[cfg(test)]
mod tests;
