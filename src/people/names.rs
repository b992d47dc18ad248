//! Name keys: transliteration, scheme normalisation, phonetic blocking keys, similarity, and the
//! table of given names.
//!
//! Every comparison of two names goes through here. A name is first NFC-normalised and folded to
//! lowercase ASCII ([`ascii_fold`]): Latin letters with diacritics used by ISO 9 and scholarly
//! transliteration are spelled out (`š` → `sh`, `â` → `ya`, `ŭ` → `u`), Cyrillic letters are
//! written in a BGN/PCGN-like way (`х` → `kh`, `ц` → `ts`, `ў` → `u`, `э`/`ё` → `e`, `і` → `i`),
//! and anything else goes through `any_ascii`. The folded name is then read under each
//! transliteration scheme it might be written in ([`name_keys`]): English/BGN (always), German
//! (when it shows `sch`, `w`, `tz` or `ch`: `ch` is `х`, `z` is `ц`) and French (when it shows
//! `ou`, `ch` or a final `e`: `ch` is `ш`, `j` is `ж`, `ou` is `у`). Each reading is collapsed to
//! a skeleton where scheme differences vanish: `kh`/`h`/`x` → `h`, `y`/`j` → `i`, `ia`/`ya`/`ja`
//! alike, `ie` → `e`, double letters single, `o` → `a` (Belarusian akanne, so that `-enka` and
//! `-enko` meet), Belarusian `dz` → `d`, `tsi` → `ti`, `rya` → `ra` and `tse` → `tsa` (Belarusian
//! `р` and `ц` are always hard: Рябихин/Рабіхін, Цепкало/Цапкала), and `ў` after a vowel read as
//! `в` (`Tsikhanouskaya` and `Tikhanovskaya` give one skeleton).
//!
//! Blocking keys are the Daitch–Mokotoff soundex codes (with branching) of every skeleton; only
//! names that share a code are ever compared. Within a block, two surnames match when the best
//! Jaro–Winkler similarity between their skeletons reaches [`SURNAME_THRESHOLD`], the last two
//! letters of that best pair agree (endings carry gender and case, so `Peskov` and `Pesko` stay
//! apart) and they are not a masculine and a feminine form (`Khrenin` / `Khrenina`).
//!
//! Limits: the skeleton is lossy by design, so distinct names that differ only in what it erases
//! (`o`/`a`, `kh`/`h`, `y`/`i`, `rya`/`ra`, `tse`/`tsa`) get one key; a German-looking spelling like `Sacharow` stands for
//! both Сахаров and Захаров. Belarusian `г` written `h` (Aleh) meets Russian `g` only through the
//! given-name table, not in surnames.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{LazyLock, OnceLock};

use rphonetic::{DaitchMokotoffSoundex, Encoder};
use unicode_normalization::UnicodeNormalization;

use crate::model::Script;
use crate::text::script_of;

/// The lowest Jaro–Winkler similarity between surname skeletons that counts as a match.
pub const SURNAME_THRESHOLD: f64 = 0.93;

/// The lowest Jaro–Winkler similarity between given-name skeletons of names not in the table.
const GIVEN_THRESHOLD: f64 = 0.93;

/// How one lowercase letter is spelled out before `any_ascii`, when it needs to be.
fn premap(c: char) -> Option<&'static str> {
    Some(match c {
        'š' => "sh",
        'ž' => "zh",
        'č' | 'ć' => "ch",
        // Serbo-Croatian đ is Cyrillic ђ, written дж in Russian and Ukrainian (Đurić / Джурич).
        'đ' => "dzh",
        'ŝ' => "shch",
        'ś' => "s",
        'ź' => "z",
        'ł' => "l",
        'â' => "ya",
        'û' => "yu",
        'ǎ' | 'ä' => "a",
        'ŭ' | 'ü' => "u",
        'ë' | 'ê' | 'è' | 'é' => "e",
        'ï' | 'ì' | 'í' | 'ĭ' | 'î' => "i",
        'ö' | 'ô' => "o",
        'ÿ' => "y",
        'ё' | 'э' | 'є' | 'е' => "e",
        'і' | 'ї' | 'и' => "i",
        'ў' => "u",
        'ъ' | 'ь' | 'ʹ' | 'ʺ' | '\'' | '’' | 'ʼ' | '`' => "",
        'й' | 'ы' => "y",
        'х' => "kh",
        'ц' => "ts",
        'ж' => "zh",
        'ш' => "sh",
        'щ' => "shch",
        'ч' => "ch",
        'я' => "ya",
        'ю' => "yu",
        'г' => "g",
        _ => return None,
    })
}

/// NFC-normalises `text` and folds it to lowercase ASCII letters (BGN/PCGN-like for Cyrillic).
pub fn ascii_fold(text: &str) -> String {
    let mut out = String::new();
    for c in text.nfc().flat_map(char::to_lowercase) {
        match premap(c) {
            Some(s) => out.push_str(s),
            None => out.push_str(&any_ascii::any_ascii_char(c).to_lowercase()),
        }
    }
    out.retain(|c| c.is_ascii_lowercase());
    out
}

/// A name written in Latin letters for display: `any_ascii` of the NFC form ("Валерий Ревенко"
/// gives "Valeriy Revenko").
pub fn transliterate(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    any_ascii::any_ascii(&nfc).replace('\'', "")
}

/// Replaces every occurrence of the patterns in order.
fn rewrite(s: &str, rules: &[(&str, &str)]) -> String {
    let mut out = s.to_string();
    for (from, to) in rules {
        out = out.replace(from, to);
    }
    out
}

/// True for an ASCII vowel (including `y`, which is a vowel or semivowel here).
fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// The German reading: `sch` = ш, `tsch` = ч, `ch` = х, `z` = ц, `w` = в, initial `s`+vowel = з.
fn german_reading(a: &str) -> String {
    let mut s = rewrite(
        a,
        &[
            ("schtsch", "#"),
            ("tsch", "%"),
            ("sch", "@"),
            ("ch", "kh"),
            ("tz", "ts"),
            ("z", "ts"),
            ("w", "v"),
            ("ff", "v"),
        ],
    );
    if s.starts_with('s') && s.chars().nth(1).is_some_and(is_vowel) {
        s.replace_range(0..1, "z");
    }
    rewrite(&s, &[("#", "shch"), ("%", "ch"), ("@", "sh")])
}

/// The French reading: `ch` = ш, `tch` = ч, `j` = ж, `ou` = у, final mute `e` dropped.
fn french_reading(a: &str) -> String {
    let mut s = rewrite(
        a,
        &[
            ("chtch", "#"),
            ("tch", "%"),
            ("ch", "@"),
            ("j", "zh"),
            ("ou", "u"),
            ("ss", "s"),
        ],
    );
    if s.len() > 3 && s.ends_with('e') {
        let before = s.chars().rev().nth(1);
        if before.is_some_and(|c| !is_vowel(c)) {
            s.pop();
        }
    }
    rewrite(&s, &[("#", "shch"), ("%", "ch"), ("@", "sh")])
}

/// The South Slavic reading of a name written without its diacritics: `c` is `č`/`ć` (ч)
/// and `dj` is `đ` (дж), as Serbian and Croatian names are printed in English and German
/// (Vucic for Vučić / Вучич, Djuric for Đurić / Джурич). Returns the reading with every `c`
/// read so and the one with only the final `-ic` read so and the other `c` read `ц` (Cvetkovic:
/// Цветкович).
fn south_slavic_readings(a: &str) -> [String; 2] {
    let base = a.replace("dj", "dzh");
    let stem = base.strip_suffix("ic").unwrap_or(&base);
    [
        base.replace('c', "ch"),
        format!("{}ich", stem.replace('c', "ts")),
    ]
}

/// True when a folded name shows South Slavic habits: the surname suffix `-ic` (`-ić`), written
/// without its diacritic.
fn looks_south_slavic(a: &str) -> bool {
    a.len() > 3 && a.ends_with("ic")
}

/// True when a folded name shows German spelling habits.
fn looks_german(a: &str) -> bool {
    a.contains("sch") || a.contains('w') || a.contains("tz") || a.starts_with('z') || has_bare_ch(a)
}

/// True when a folded name shows French spelling habits.
fn looks_french(a: &str) -> bool {
    a.contains("ou") || has_bare_ch(a) || (a.len() > 3 && a.ends_with("ne"))
}

/// True when `ch` occurs not as part of `kh`-less English `ch` only: any `ch` counts.
fn has_bare_ch(a: &str) -> bool {
    a.contains("ch")
}

/// Collapses one scheme reading to its skeleton (see the module docs).
fn skeleton(reading: &str) -> String {
    // Digraphs to one symbol each, so later rules cannot split them.
    let s = rewrite(
        reading,
        &[
            ("shch", "Q"),
            ("sh", "S"),
            ("zh", "Z"),
            ("ch", "C"),
            ("kh", "H"),
            ("ts", "T"),
            ("x", "H"),
            ("h", "H"),
            ("q", "k"),
            ("j", "y"),
            ("w", "v"),
            ("dz", "d"),
        ],
    );
    // A lone `c`: `ts` before a front vowel (scholarly), else `k` (informal Nicolai).
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        match c {
            'c' if next.is_some_and(|n| matches!(n, 'e' | 'i' | 'y')) => out.push('T'),
            'c' => out.push('k'),
            'y' => out.push('i'),
            'o' => out.push('a'),
            _ => out.push(c),
        }
    }
    // Belarusian ў after a vowel is Russian в: "ou"/"eu"/"au" before a consonant or at the end.
    let chars: Vec<char> = out.chars().collect();
    let mut s = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i > 0 {
            chars.get(i - 1).copied()
        } else {
            None
        };
        let next = chars.get(i + 1).copied();
        let after_vowel = prev.is_some_and(|p| matches!(p, 'a' | 'e' | 'i'));
        let before_consonant = next.is_none_or(|n| !matches!(n, 'a' | 'e' | 'i' | 'u'));
        if c == 'u' && after_vowel && before_consonant && i > 1 {
            s.push('v');
        } else {
            s.push(c);
        }
    }
    // Belarusian: р and ц are always hard, so Russian ря/це are written ра/ца (Рябихин →
    // Рабіхін, Цепкало → Цапкала); ці is Russian ти (Ціханоўская → Тихановская).
    let s = rewrite(
        &s,
        &[("Ti", "ti"), ("ie", "e"), ("ria", "ra"), ("Te", "Ta")],
    );
    let mut collapsed = String::new();
    for c in s.chars() {
        if collapsed.ends_with(c) {
            continue;
        }
        collapsed.push(c);
    }
    rewrite(
        &collapsed,
        &[
            ("Q", "sh"),
            ("S", "sh"),
            ("Z", "zh"),
            ("C", "ch"),
            ("H", "h"),
            ("T", "ts"),
        ],
    )
}

/// The skeletons of a name under every scheme it may be written in, sorted and deduplicated.
/// Cyrillic input has only the one reading.
pub fn name_keys(name: &str) -> Vec<String> {
    let folded = ascii_fold(name);
    let mut keys = BTreeSet::new();
    if folded.is_empty() {
        return Vec::new();
    }
    keys.insert(skeleton(&folded));
    if script_of(name) == Script::Latin {
        if looks_german(&folded) {
            keys.insert(skeleton(&german_reading(&folded)));
        }
        if looks_french(&folded) {
            keys.insert(skeleton(&french_reading(&folded)));
        }
        if looks_south_slavic(&folded) {
            for reading in south_slavic_readings(&folded) {
                keys.insert(skeleton(&reading));
            }
        }
    }
    keys.into_iter().collect()
}

/// The shared Daitch–Mokotoff encoder.
fn encoder() -> &'static DaitchMokotoffSoundex {
    static ENCODER: OnceLock<DaitchMokotoffSoundex> = OnceLock::new();
    ENCODER.get_or_init(DaitchMokotoffSoundex::default)
}

/// Daitch–Mokotoff codes (with branching) of every key; the keys must be ASCII letters, which
/// [`name_keys`] guarantees (the encoder is not safe on other input, so this checks again).
pub fn phonetic_codes(keys: &[String]) -> Vec<String> {
    let mut codes = BTreeSet::new();
    for key in keys {
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_lowercase()) {
            continue;
        }
        for code in encoder().inner_soundex(key, true) {
            codes.insert(code);
        }
    }
    if codes.is_empty() {
        if let Some(key) = keys.first() {
            codes.insert(encoder().encode(&key.replace(|c: char| !c.is_ascii_lowercase(), "")));
        }
    }
    codes.into_iter().collect()
}

/// Grammatical gender a surname's form shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// A masculine form (`-ov`, `-in`, `-sky`, Belarusian `-au`/`-ou`).
    Masculine,
    /// A feminine form (`-ova`, `-ina`, `-skaya`, Belarusian `-ava`).
    Feminine,
    /// A form that does not change with gender (`-enko`, `-enka`, `Shoigu`, `Makei`).
    Neutral,
}

/// The gender a surname's ending shows.
pub fn surname_gender(surname: &str) -> Gender {
    let a = ascii_fold(surname);
    const FEMININE: [&str; 9] = [
        "ova", "eva", "ava", "ina", "yna", "aya", "aia", "aja", "skaa",
    ];
    const MASCULINE: [&str; 16] = [
        "ov", "ev", "in", "yn", "sky", "skiy", "skii", "skij", "ski", "au", "ou", "eu", "ow", "ew",
        "off", "ine",
    ];
    if FEMININE.iter().any(|e| a.ends_with(e)) {
        Gender::Feminine
    } else if MASCULINE.iter().any(|e| a.ends_with(e)) {
        Gender::Masculine
    } else {
        Gender::Neutral
    }
}

/// The best Jaro–Winkler similarity between two key lists, with the pair that gave it.
fn best_pair<'a>(a: &'a [String], b: &'a [String]) -> Option<(f64, &'a str, &'a str)> {
    let mut best: Option<(f64, &str, &str)> = None;
    for x in a {
        for y in b {
            let score = strsim::jaro_winkler(x, y);
            if best.is_none_or(|(s, _, _)| score > s) {
                best = Some((score, x, y));
            }
        }
    }
    best
}

/// The last `n` characters of a string.
fn tail(s: &str, n: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    chars[chars.len().saturating_sub(n)..].iter().collect()
}

/// True for a masculine and a feminine form (Khrenin / Khrenina): never one person.
fn opposite_genders(a: Gender, b: Gender) -> bool {
    matches!(
        (a, b),
        (Gender::Masculine, Gender::Feminine) | (Gender::Feminine, Gender::Masculine)
    )
}

/// True when the skeletons differ by more than one letter and the shorter is too short to
/// carry that much spelling variation: a whole syllable more is another name that
/// Jaro–Winkler scores high on a shared beginning (Vučić / Vučević, `vuchich` / `vuchevich`).
/// Transliteration variants left after the skeleton differ by one letter at most, or by two in
/// a long name.
fn extra_syllable(x: &str, y: &str) -> bool {
    let shorter = x.chars().count().min(y.chars().count());
    strsim::levenshtein(x, y) > 1 + shorter / 10
}

/// How two surnames compare: `Some(score)` when they match (see the module docs), else `None`.
pub fn surname_match(
    a_keys: &[String],
    a_gender: Gender,
    b_keys: &[String],
    b_gender: Gender,
) -> Option<f64> {
    let opposite = opposite_genders(a_gender, b_gender);
    if opposite {
        return None;
    }
    let (score, x, y) = best_pair(a_keys, b_keys)?;
    if x == y {
        return Some(1.0);
    }
    if score >= SURNAME_THRESHOLD && tail(x, 2) == tail(y, 2) && !extra_syllable(x, y) {
        Some(score)
    } else {
        None
    }
}

/// The lowest Jaro–Winkler similarity for a weak match: one that needs given names to agree.
pub const WEAK_SURNAME_THRESHOLD: f64 = 0.80;

/// A weak surname match (see [`WEAK_SURNAME_THRESHOLD`]): the same phonetic block, a similarity
/// that transliteration through another language's sounds leaves (Trump / Трамп → "tramp",
/// Kobakhidze / Kobachidse), and no masculine/feminine pair. Only full names whose given names
/// agree may be joined by it.
pub fn weak_surname_match(
    a_keys: &[String],
    a_gender: Gender,
    b_keys: &[String],
    b_gender: Gender,
) -> Option<f64> {
    let opposite = opposite_genders(a_gender, b_gender);
    let (score, _, _) = best_pair(a_keys, b_keys)?;
    (!opposite && score >= WEAK_SURNAME_THRESHOLD).then_some(score)
}

/// Groups of equivalent given names (nominative forms): Latin spellings across schemes, Russian
/// and Belarusian Cyrillic. The first entry of a group is its display form. The flag is true for
/// feminine names.
static GIVEN_NAMES: LazyLock<Vec<(bool, Vec<&'static str>)>> = LazyLock::new(|| {
    include_str!("data/given_names.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (gender, forms) = l.split_once('\t')?;
            let forms: Vec<&str> = forms
                .split(',')
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .collect();
            (!forms.is_empty()).then_some((gender.trim() == "f", forms))
        })
        .collect()
});

/// The given-name table indexed by skeleton and by exact form.
struct GivenTable {
    group_keys: Vec<Vec<String>>,
    by_key: BTreeMap<String, usize>,
    by_form: BTreeMap<String, usize>,
    initials: Vec<BTreeSet<char>>,
}

/// The shared given-name table.
fn given_table() -> &'static GivenTable {
    static TABLE: OnceLock<GivenTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut by_key = BTreeMap::new();
        let mut by_form = BTreeMap::new();
        let mut initials = Vec::new();
        let mut group_keys = Vec::new();
        for (group, (_, forms)) in GIVEN_NAMES.iter().enumerate() {
            let mut letters = BTreeSet::new();
            let mut keys = Vec::new();
            for form in forms.iter() {
                by_form.insert(form.to_lowercase(), group);
                for key in name_keys(form) {
                    keys.push(key.clone());
                    by_key.entry(key).or_insert(group);
                }
                if let Some(c) = ascii_fold(form).chars().next() {
                    letters.insert(c);
                }
            }
            initials.push(letters);
            group_keys.push(keys);
        }
        GivenTable {
            group_keys,
            by_key,
            by_form,
            initials,
        }
    })
}

/// The table group of a given name in the nominative, when it is a known given name.
pub fn given_group(name: &str) -> Option<usize> {
    let table = given_table();
    if let Some(&g) = table.by_form.get(&name.to_lowercase()) {
        return Some(g);
    }
    if script_of(name) == Script::Cyrillic {
        return None;
    }
    name_keys(name)
        .iter()
        .find_map(|k| table.by_key.get(k).copied())
}

/// True when the group's names are feminine.
pub fn given_is_feminine(group: usize) -> bool {
    GIVEN_NAMES.get(group).is_some_and(|(f, _)| *f)
}

/// The display form of a group ("Dmitry").
pub fn given_display(group: usize) -> Option<&'static str> {
    GIVEN_NAMES
        .get(group)
        .and_then(|(_, forms)| forms.first().copied())
}

/// What a mention says about the given name, for compatibility checks.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum GivenKey {
    /// A name of the table (index of its group).
    Group(usize),
    /// Only an initial (ASCII lowercase letter).
    Initial(char),
    /// A name outside the table: its skeletons.
    Other(Vec<String>),
}

impl GivenKey {
    /// The key of a given name as written in a mention ("Dmitry", "V.", "Jens").
    pub fn of(given: &str) -> Option<GivenKey> {
        let trimmed = given.trim().trim_end_matches('.');
        if trimmed.is_empty() {
            return None;
        }
        if trimmed.chars().count() <= 2 && given.trim().ends_with('.') {
            return ascii_fold(trimmed).chars().next().map(GivenKey::Initial);
        }
        if let Some(g) = given_group(trimmed) {
            return Some(GivenKey::Group(g));
        }
        Some(GivenKey::Other(name_keys(trimmed)))
    }

    /// True for a full given name (not an initial).
    pub fn is_full(&self) -> bool {
        !matches!(self, GivenKey::Initial(_))
    }

    /// The ASCII initials this given name can be abbreviated to.
    fn initials(&self) -> BTreeSet<char> {
        match self {
            GivenKey::Group(g) => given_table().initials.get(*g).cloned().unwrap_or_default(),
            GivenKey::Initial(c) => BTreeSet::from([*c]),
            GivenKey::Other(keys) => keys.iter().filter_map(|k| k.chars().next()).collect(),
        }
    }
}

/// True when two given names can belong to one person: same table group, an initial that fits,
/// similar names outside the table (or a name outside the table close to a group's form), or
/// either side unknown.
pub fn given_compatible(a: Option<&GivenKey>, b: Option<&GivenKey>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return true;
    };
    match (a, b) {
        (GivenKey::Group(x), GivenKey::Group(y)) => x == y,
        (GivenKey::Initial(c), other) | (other, GivenKey::Initial(c)) => {
            other.initials().contains(c)
        }
        (GivenKey::Other(x), GivenKey::Other(y)) => {
            best_pair(x, y).is_some_and(|(s, _, _)| s >= GIVEN_THRESHOLD)
        }
        // A name outside the table fits a group when it is a close spelling of one of the
        // group's forms (Mikheil / Mikhail, Entoni / Antony), never a different name.
        (GivenKey::Group(g), GivenKey::Other(x)) | (GivenKey::Other(x), GivenKey::Group(g)) => {
            given_table()
                .group_keys
                .get(*g)
                .and_then(|keys| best_pair(keys, x))
                .is_some_and(|(s, _, _)| s >= GIVEN_THRESHOLD)
        }
    }
}

/// A person's slug: the name transliterated (BGN/PCGN-like), then [`crate::text::slugify`].
pub fn name_slug(text: &str) -> String {
    crate::text::slugify(&transliterate(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &str, b: &str) -> bool {
        surname_match(
            &name_keys(a),
            surname_gender(a),
            &name_keys(b),
            surname_gender(b),
        )
        .is_some()
    }

    #[test]
    fn folds_scripts_and_diacritics() {
        assert_eq!(ascii_fold("Рябихин"), "ryabikhin");
        assert_eq!(ascii_fold("Râbihin"), "ryabihin");
        assert_eq!(ascii_fold("Хрэнін"), "khrenin");
        assert_eq!(ascii_fold("Lukašenka"), "lukashenka");
    }

    #[test]
    fn transliteration_schemes_share_a_key() {
        for v in [
            "Ryabihin",
            "Rjabichin",
            "Riabikhin",
            "Râbihin",
            "Рябихин",
            "Riabikhine",
        ] {
            assert!(same("Ryabikhin", v), "{v}: {:?}", name_keys(v));
        }
        assert!(same("Lukashenko", "Лукашэнка"));
        assert!(same("Tsikhanouskaya", "Tikhanovskaya"));
        assert!(same("Schoigu", "Shoigu"));
        assert!(same("Choïgou", "Шойгу"));
    }

    #[test]
    fn close_but_distinct_names_stay_apart() {
        assert!(!same("Khrenin", "Khrenina"));
        assert!(!same("Lavrov", "Lavrova"));
        assert!(!same("Peskov", "Pesko"));
        assert!(!same("Vučić", "Vučević"));
        assert!(!same("Vucic", "Vucevic"));
        assert!(!same("Вучич", "Vucevic"));
    }

    #[test]
    fn south_slavic_names_without_diacritics_meet_their_cyrillic() {
        assert!(same("Vucic", "Vučić"));
        assert!(same("Vucic", "Вучич"));
        assert!(same("Vucevic", "Вучевич"));
        assert!(same("Djuric", "Джурич"));
        assert!(same("Đurić", "Джурич"));
        assert!(same("Cvetkovic", "Цветкович"));
        assert!(same("Brnabic", "Брнабич"));
    }

    #[test]
    fn codes_block_variants_together() {
        let a = phonetic_codes(&name_keys("Ryabikhin"));
        let b = phonetic_codes(&name_keys("Rjabichin"));
        assert!(a.iter().any(|c| b.contains(c)), "{a:?} {b:?}");
    }

    #[test]
    fn given_names_by_table_and_initial() {
        let dmitry = GivenKey::of("Dmitry");
        assert_eq!(dmitry, GivenKey::of("Дзмітрый"));
        assert_eq!(GivenKey::of("Valeriy"), GivenKey::of("Валерий"));
        assert!(given_compatible(
            GivenKey::of("V.").as_ref(),
            GivenKey::of("Viktor").as_ref()
        ));
        assert!(given_compatible(
            GivenKey::of("В.").as_ref(),
            GivenKey::of("Viktor").as_ref()
        ));
        assert!(!given_compatible(
            GivenKey::of("A.").as_ref(),
            GivenKey::of("Viktor").as_ref()
        ));
        assert!(!given_compatible(
            GivenKey::of("Aleksandr").as_ref(),
            GivenKey::of("Viktor").as_ref()
        ));
    }

    #[test]
    fn slugs() {
        assert_eq!(name_slug("Dmitry Ryabikhin"), "dmitry-ryabikhin");
        assert_eq!(name_slug("Валерий Ревенко"), "valeriy-revenko");
    }
}
