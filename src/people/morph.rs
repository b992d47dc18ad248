//! Russian morphology from a real dictionary: `rsmorphy` (pymorphy2's port) on the OpenCorpora
//! dictionary of `rsmorphy-dict-ru`.
//!
//! The dictionary tells what a capitalised Russian word is: a given name (`Name`: «Павла» →
//! павел), a surname (`Surn`), a patronymic (`Patr`), a place (`Geox`: «Белоруссии»), an
//! organisation (`Orgn`: «Совбеза»), or a common word («Ранее» is an adverb), and gives its
//! dictionary form and grammatical case. Recognition uses it to reject places, organisations and
//! common words as parts of names and to put names back into the nominative
//! ([`super::inflect`] keeps suffix rules for surnames the dictionary does not know).
//!
//! The dictionary (about 7 MB of gzip files) is embedded in the binary by `build.rs`, because
//! `rsmorphy` can only load it from a folder: it is unpacked once into
//! `$XDG_CACHE_HOME/dossier/rsmorphy-ID` (or `~/.cache/…`, falling back to the system's temporary
//! folder), written to a fresh folder and renamed into place so that a half-written copy is never
//! read. When it cannot be unpacked or loaded, [`analyse`] returns nothing and recognition falls
//! back to its word lists and suffix rules; nothing fails.
//!
//! Limits: the dictionary is Russian. Ukrainian and Belarusian words it does not know are
//! guessed from Russian endings, so only parses the dictionary *knows* are trusted
//! ([`Parse::known`]); Ukrainian names are left to the suffix rules and the given-name table.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::sync::OnceLock;

use rsmorphy::prelude::*;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/rsmorphy_dict.rs"));
}

/// One reading of a word.
#[derive(Debug, Clone, PartialEq)]
pub struct Parse {
    /// The dictionary form, lower case ("павел").
    pub normal: String,
    /// The OpenCorpora grammemes ("NOUN", "anim", "masc", "Name", "sing", "gent").
    pub grammemes: Vec<String>,
    /// True when the dictionary lists the word (not guessed from its ending).
    pub known: bool,
    /// The estimator's probability of this reading.
    pub score: f64,
}

impl Parse {
    /// True when the reading has grammeme `g`.
    pub fn has(&self, g: &str) -> bool {
        self.grammemes.iter().any(|x| x == g)
    }

    /// The case grammeme ("nomn", "gent", "datv", "accs", "ablt", "loct", ...), if any.
    pub fn case(&self) -> Option<&str> {
        const CASES: [&str; 9] = [
            "nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2",
        ];
        self.grammemes
            .iter()
            .map(String::as_str)
            .find(|g| CASES.contains(g))
    }

    /// True for a feminine reading.
    pub fn feminine(&self) -> bool {
        self.has("femn")
    }
}

/// The shared analyser, loaded on first use; `None` when the dictionary cannot be loaded.
fn analyser() -> Option<&'static MorphAnalyzer> {
    static ANALYSER: OnceLock<Option<MorphAnalyzer>> = OnceLock::new();
    ANALYSER.get_or_init(load).as_ref()
}

/// True when the dictionary is loaded (it is, unless no folder could be written).
pub fn available() -> bool {
    analyser().is_some()
}

/// Unpacks the embedded dictionary (once) and loads it.
fn load() -> Option<MorphAnalyzer> {
    let dir = unpacked_dictionary()?;
    // rsmorphy panics on a missing or corrupt file instead of returning an error; a damaged
    // cache must not bring the build down, so its panic is caught and the dictionary skipped.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let loaded = std::panic::catch_unwind(|| MorphAnalyzer::from_file(&dir)).ok();
    std::panic::set_hook(previous);
    loaded
}

/// The folder holding the unpacked dictionary, unpacking it when needed.
fn unpacked_dictionary() -> Option<PathBuf> {
    let name = format!("rsmorphy-{}", embedded::ID);
    cache_roots()
        .into_iter()
        .map(|root| root.join("dossier").join(&name))
        .find(|dir| complete(dir) || unpack(dir).is_ok())
}

/// Candidate cache folders: `$XDG_CACHE_HOME`, `~/.cache`, then the temporary folder.
fn cache_roots() -> Vec<PathBuf> {
    let mut roots = Vec::new();
    if let Some(xdg) = std::env::var_os("XDG_CACHE_HOME").filter(|v| !v.is_empty()) {
        roots.push(PathBuf::from(xdg));
    }
    if let Some(home) = std::env::var_os("HOME").filter(|v| !v.is_empty()) {
        roots.push(PathBuf::from(home).join(".cache"));
    }
    roots.push(std::env::temp_dir());
    roots
}

/// True when every embedded file is in `dir` with its full length.
fn complete(dir: &Path) -> bool {
    embedded::FILES.iter().all(|(name, bytes)| {
        fs::metadata(dir.join(name)).is_ok_and(|m| m.len() == bytes.len() as u64)
    })
}

/// Writes the files into a fresh sibling folder, then renames it to `dir`.
fn unpack(dir: &Path) -> std::io::Result<()> {
    let parent = dir.parent().unwrap_or(dir);
    fs::create_dir_all(parent)?;
    let staging = parent.join(format!(
        ".{}.{}",
        dir.file_name().and_then(|n| n.to_str()).unwrap_or("dict"),
        std::process::id()
    ));
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging)?;
    for (name, bytes) in embedded::FILES {
        fs::write(staging.join(name), bytes)?;
    }
    if dir.exists() {
        // A damaged copy from an interrupted run: replace it.
        let _ = fs::remove_dir_all(dir);
    }
    match fs::rename(&staging, dir) {
        Ok(()) => Ok(()),
        // Another process won the race: its copy is as good as ours.
        Err(_) if complete(dir) => {
            let _ = fs::remove_dir_all(&staging);
            Ok(())
        }
        Err(e) => {
            let _ = fs::remove_dir_all(&staging);
            Err(e)
        }
    }
}

/// Every reading of a word, most probable first; empty without a dictionary, for words not in
/// Cyrillic, and for words of fewer than three letters or with a hyphen, apostrophe or digit
/// (parts of `rsmorphy` that handle those are unfinished and panic, so such words are not given
/// to it).
pub fn analyse(word: &str) -> Vec<Parse> {
    let plain = word.chars().count() >= 3 && word.chars().all(crate::text::is_cyrillic);
    if !plain {
        return Vec::new();
    }
    let Some(morph) = analyser() else {
        return Vec::new();
    };
    // A panic inside the analyser on some unforeseen word must not stop the build: the word is
    // then treated as unknown to the dictionary.
    std::panic::catch_unwind(|| parse_with(morph, word)).unwrap_or_default()
}

/// True when every reading the dictionary knows of `word` is a finite verb in the indicative
/// (past, present or future: «провели», «говорит»), not an infinitive or an imperative
/// («подписаться», «читайте»); false for words it does not know.
pub fn is_finite_verb(word: &str) -> bool {
    let readings: Vec<Parse> = analyse(word).into_iter().filter(|p| p.known).collect();
    !readings.is_empty() && readings.iter().all(|p| p.has("VERB") && p.has("indc"))
}

/// The readings `rsmorphy` gives for a word.
fn parse_with(morph: &MorphAnalyzer, word: &str) -> Vec<Parse> {
    morph
        .parse(word)
        .into_iter()
        .map(|p| Parse {
            normal: p.lex.get_normal_form(morph).to_string(),
            grammemes: p
                .lex
                .get_tag(morph)
                .string
                .split([',', ' '])
                .filter(|g| !g.is_empty())
                .map(str::to_string)
                .collect(),
            known: p.lex.is_known(),
            score: p.score.value(),
        })
        .collect()
}

/// What the dictionary says a capitalised word is.
#[derive(Debug, Clone, PartialEq)]
pub enum WordKind {
    /// A given name, with its nominative (capitalised) and whether it is feminine.
    GivenName {
        /// The nominative ("Павел").
        nominative: String,
        /// True for a feminine name.
        feminine: bool,
    },
    /// A surname the dictionary knows, with its nominative in the gender it shows.
    Surname {
        /// The nominative ("Петров").
        nominative: String,
    },
    /// A patronymic ("Владимировича").
    Patronymic,
    /// A place (`Geox`).
    Place,
    /// An organisation (`Orgn`).
    Organisation,
    /// A word the dictionary knows only as something other than a noun (an adverb, an
    /// adjective, a verb, a preposition...): never part of a name.
    Function,
    /// A word the dictionary knows only as a verb, a short adjective, a short participle or a
    /// gerund («Росен» as «росный», «Радев» as «радеть», «Туск» as «тускнуть»): forms that take a
    /// capital only at the start of a sentence, so a capital elsewhere makes them a name (Росен
    /// Радев, Туск).
    Predicative,
    /// A noun for people the dictionary knows («политик», «госпожа», «эксперт»): it names a
    /// kind of person, not a person.
    PersonNoun,
    /// A common noun the dictionary knows as masculine («совета», but also «трамп», «песок»):
    /// not a given name, but many surnames are also such nouns (Трамп, Песков, Макрон).
    CommonNoun,
    /// A feminine or neuter thing («Партии», «Думы»): alone, never a person (masculine surnames
    /// that are also common nouns are masculine); after a given name it may still be a surname
    /// the dictionary knows only as a noun («Виктора Хренина»).
    Thing,
    /// The dictionary does not know it (a foreign surname, a Ukrainian word, Latin script).
    Unknown,
}

/// Capitalises the first letter of a lowercase dictionary form.
fn capitalise(lower: &str) -> String {
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Classifies a word by its known readings: a name reading wins over a common one when it is at
/// least a third as probable as the best reading. Plural readings of names are ignored («Алиев»
/// is a surname, not the genitive plural of «Алий»). Ukrainian words the dictionary does not
/// know are looked up again spelled the Russian way (і → и, и → ы, ї → и, є → е, ґ → г), which
/// finds places, adjectives and things («України» → «Украины», «Новгородській» →
/// «Новгородский», «Вікіпедія» → «Википедия»).
pub fn classify(word: &str) -> WordKind {
    let kind = classify_known(word);
    if kind != WordKind::Unknown {
        return kind;
    }
    // A compound the dictionary does not know takes the kind of its last part when that part is
    // an ordinary word («Народно-демократической»: an adjective); a surname or an unknown last
    // part leaves the compound unknown («Римский-Корсаков»).
    if let Some((_, last)) = word.rsplit_once('-') {
        let last_kind = classify(last);
        if matches!(
            last_kind,
            WordKind::Place | WordKind::Organisation | WordKind::Function | WordKind::Thing
        ) {
            return last_kind;
        }
    }
    if is_ukrainian_land_name(word) {
        return WordKind::Place;
    }
    ukrainian_as_russian(word)
        .iter()
        .map(|russian| classify_known(russian))
        .find(|k| {
            matches!(
                k,
                WordKind::Place | WordKind::Organisation | WordKind::Function | WordKind::Thing
            )
        })
        .unwrap_or(WordKind::Unknown)
}

/// Case forms of Ukrainian names of lands made with the suffix «-щина»/«-ччина» (Угорщина,
/// Німеччина, Туреччина, Київщина), in the forms Russian does not share with its surnames in
/// «-щин» (`ukrainian_land_endings.txt`).
static UKRAINIAN_LAND_ENDINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::lexicon::entries(include_str!("data/ukrainian_land_endings.txt")).collect()
});

/// True for a capitalised Ukrainian name of a land in a case form of «-щина»/«-ччина»
/// («Угорщини», «Німеччині»): the dictionary is Russian and knows them under other names
/// (Венгрия, Германия).
fn is_ukrainian_land_name(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().count() > 6
        && UKRAINIAN_LAND_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// A word rewritten as if it were Ukrainian spelled with Russian letters, when it has letters
/// that differ (Ukrainian «и» is Russian «ы»: «Молдови» → «Молдовы»). A final «і» is also read
/// as the Russian locative and dative «е» («Європі» → «Европе») and a final «-ій» as the
/// feminine adjective's «-ой» («Центральній» → «Центральной»), after the plain reading.
fn ukrainian_as_russian(word: &str) -> Vec<String> {
    if !word.chars().any(|c| "іїєґІЇЄҐиИ".contains(c)) {
        return Vec::new();
    }
    // Ukrainian adjectives write «-ськ-» where Russian writes «-ск-» («Новгородській»).
    let word = word.replace("ськ", "ск");
    let plain: String = word
        .chars()
        .map(|c| match c {
            'и' => 'ы',
            'И' => 'Ы',
            'і' | 'ї' => 'и',
            'І' | 'Ї' => 'И',
            'є' => 'е',
            'Є' => 'Е',
            'ґ' => 'г',
            'Ґ' => 'Г',
            other => other,
        })
        .collect();
    let mut readings = vec![plain.clone()];
    if word.ends_with("ій") {
        if let Some(stem) = plain.strip_suffix("ий") {
            readings.push(format!("{stem}ой"));
        }
    } else if word.ends_with('і') {
        if let Some(stem) = plain.strip_suffix('и') {
            readings.push(format!("{stem}е"));
        }
    }
    readings
}

/// [`classify`] on the dictionary's own readings only.
fn classify_known(word: &str) -> WordKind {
    let parses: Vec<Parse> = analyse(word)
        .into_iter()
        .filter(|p| p.known && !(p.has("plur") && (p.has("Name") || p.has("Surn"))))
        .collect();
    let Some(best) = parses.first() else {
        return WordKind::Unknown;
    };
    let floor = best.score / 3.0;
    let plausible = |p: &&Parse| p.score >= floor;
    if let Some(p) = parses.iter().filter(plausible).find(|p| p.has("Name")) {
        return WordKind::GivenName {
            nominative: capitalise(&p.normal),
            feminine: p.feminine(),
        };
    }
    if let Some(p) = parses.iter().filter(plausible).find(|p| p.has("Surn")) {
        return WordKind::Surname {
            nominative: capitalise(&surname_nominative(p)),
        };
    }
    if parses.iter().filter(plausible).any(|p| p.has("Patr")) {
        return WordKind::Patronymic;
    }
    if parses.iter().filter(plausible).any(|p| p.has("Geox")) {
        return WordKind::Place;
    }
    if parses.iter().filter(plausible).any(|p| p.has("Orgn")) {
        return WordKind::Organisation;
    }
    let nouns: Vec<&Parse> = parses
        .iter()
        .filter(plausible)
        .filter(|p| p.has("NOUN"))
        .collect();
    if !nouns.is_empty() && nouns.iter().all(|p| p.has("anim")) {
        return WordKind::PersonNoun;
    }
    if nouns.iter().any(|p| p.has("masc") || p.has("anim")) {
        return WordKind::CommonNoun;
    }
    if !nouns.is_empty() {
        return WordKind::Thing;
    }
    let predicative = |p: &&Parse| {
        ["VERB", "INFN", "GRND", "ADJS", "PRTS"]
            .iter()
            .any(|g| p.has(g))
    };
    if parses.iter().filter(plausible).all(|p| predicative(&p)) {
        return WordKind::Predicative;
    }
    WordKind::Function
}

/// Endings of a masculine dictionary form whose feminine is another form (`masculine-normal` of
/// `data/endings.tsv`).
static MASCULINE_NORMAL_ENDINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::words::endings("masculine-normal"));

/// The nominative (lower case) of a surname reading in the reading's own gender (OpenCorpora's normal form
/// of «Ивановой» is the masculine «иванов»; a woman keeps «Иванова»).
pub fn surname_nominative(p: &Parse) -> String {
    let masculine_normal = MASCULINE_NORMAL_ENDINGS
        .iter()
        .any(|e| p.normal.ends_with(e));
    if p.feminine() && !p.has("Fixd") && masculine_normal {
        if let Some(stem) = p.normal.strip_suffix("ий") {
            return format!("{stem}ая");
        }
        return format!("{}а", p.normal);
    }
    p.normal.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_dictionary_loads() {
        assert!(available());
        assert!(complete(&unpacked_dictionary().unwrap()));
    }

    #[test]
    fn names_places_organisations_and_common_words() {
        assert_eq!(
            classify("Павла"),
            WordKind::GivenName {
                nominative: "Павел".into(),
                feminine: false
            }
        );
        assert_eq!(
            classify("Иваном"),
            WordKind::GivenName {
                nominative: "Иван".into(),
                feminine: false
            }
        );
        assert_eq!(classify("Белоруссии"), WordKind::Place);
        assert_eq!(classify("Армении"), WordKind::Place);
        assert_eq!(classify("Совбеза"), WordKind::Organisation);
        assert_eq!(classify("Ранее"), WordKind::Function);
        assert_eq!(classify("Госпожа"), WordKind::PersonNoun);
        assert_eq!(classify("Политик"), WordKind::PersonNoun);
        assert_eq!(classify("Совета"), WordKind::CommonNoun);
        assert_eq!(classify("Партии"), WordKind::Thing);
        assert_eq!(classify("Трамп"), WordKind::CommonNoun);
        assert_eq!(classify("Нобелевскую"), WordKind::Function);
        assert_eq!(
            classify("Алиев"),
            WordKind::Surname {
                nominative: "Алиев".into()
            }
        );
        assert_eq!(
            classify("Меркель"),
            WordKind::Surname {
                nominative: "Меркель".into()
            }
        );
        assert_eq!(classify("Пашиняном"), WordKind::Unknown);
        assert_eq!(classify("Blinken"), WordKind::Unknown);
    }

    #[test]
    fn surnames_in_their_own_gender() {
        assert_eq!(
            classify("Петровым"),
            WordKind::Surname {
                nominative: "Петров".into()
            }
        );
        assert_eq!(
            classify("Петровой"),
            WordKind::Surname {
                nominative: "Петрова".into()
            }
        );
    }

    #[test]
    fn ukrainian_places_and_adjectives_through_russian_spelling() {
        assert_eq!(classify("України"), WordKind::Place);
        assert_eq!(classify("Молдови"), WordKind::Place);
        assert_eq!(classify("Новгородській"), WordKind::Function);
        assert_eq!(classify("Кобахідзе"), WordKind::Unknown);
        assert_eq!(classify("Європі"), WordKind::Place);
        assert_eq!(classify("Угорщини"), WordKind::Place);
        assert_eq!(classify("Німеччині"), WordKind::Place);
        assert_ne!(classify("Центральній"), WordKind::Unknown);
        // A Russian surname in «-щин» is not a land.
        assert!(matches!(classify("Гущиной"), WordKind::Surname { .. }));
    }

    #[test]
    fn words_the_analyser_cannot_take_are_unknown() {
        for word in ["С", "Юй", "Касым-Жомарт", "Прем'єр", "Т-72", ""] {
            assert!(analyse(word).is_empty(), "{word}");
        }
    }

    #[test]
    fn a_damaged_cache_is_replaced() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("rsmorphy-x");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join(embedded::FILES[0].0), b"half").unwrap();
        assert!(!complete(&dir));
        unpack(&dir).unwrap();
        assert!(complete(&dir));
    }
}
