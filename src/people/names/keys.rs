//! Scheme readings, skeletons and phonetic blocking keys.
//!
//! In: a name. Out: the skeletons of its readings under each transliteration scheme it might be
//! written in ([`name_keys`]) and their Daitch–Mokotoff codes ([`phonetic_codes`]).

use std::collections::BTreeSet;
use std::sync::OnceLock;

use rphonetic::{DaitchMokotoffSoundex, Encoder};

use super::translit::{ascii_fold, rewrite};
use crate::model::Script;
use crate::text::script_of;

/// True for an ASCII vowel (including `y`, which is a vowel or semivowel here).
pub(super) fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// The German reading: `sch` = ш, `tsch` = ч, `ch` = х, `z` = ц, `w` = в, initial `s`+vowel = з,
/// `ds` = дз (Kobachidse, Schewardnadse: Georgian -дзе).
pub(super) fn german_reading(a: &str) -> String {
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
    rewrite(&s, &[("#", "shch"), ("%", "ch"), ("@", "sh"), ("ds", "dz")])
}

/// The French reading: `ch` = ш, `tch` = ч, `j` = ж, `ou` = у, final mute `e` dropped.
pub(super) fn french_reading(a: &str) -> String {
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

/// French endings whose last consonants are not pronounced, each with how Russian and
/// Ukrainian write them (`people/data/french_silent_endings.tsv`: Prévot → Прево, Renault → Рено).
static FRENCH_SILENT_ENDINGS: std::sync::LazyLock<Vec<(&'static str, &'static str)>> =
    std::sync::LazyLock::new(|| {
        crate::lexicon::rows(include_str!("../data/french_silent_endings.tsv")).collect()
    });

/// The reading of a French name whose final consonants are silent ("prevot" → "prevo"), when it
/// ends in one of [`FRENCH_SILENT_ENDINGS`] and has more than that ending.
pub(super) fn french_silent_reading(a: &str) -> Option<String> {
    FRENCH_SILENT_ENDINGS.iter().find_map(|(ending, sound)| {
        a.strip_suffix(ending)
            .filter(|stem| stem.len() >= 2)
            .map(|stem| format!("{stem}{sound}"))
    })
}

/// The South Slavic reading of a name written without its diacritics: `c` is `č`/`ć` (ч)
/// and `dj` is `đ` (дж), as Serbian and Croatian names are printed in English and German
/// (Vucic for Vučić / Вучич, Djuric for Đurić / Джурич). Returns the reading with every `c`
/// read so and the one with only the final `-ic` read so and the other `c` read `ц` (Cvetkovic:
/// Цветкович).
pub(super) fn south_slavic_readings(a: &str) -> [String; 2] {
    let base = a.replace("dj", "dzh");
    let stem = base.strip_suffix("ic").unwrap_or(&base);
    [
        base.replace('c', "ch"),
        format!("{}ich", stem.replace('c', "ts")),
    ]
}

/// True when a folded name shows South Slavic habits: the surname suffix `-ic` (`-ić`), written
/// without its diacritic.
pub(super) fn looks_south_slavic(a: &str) -> bool {
    a.len() > 3 && a.ends_with("ic")
}

/// The Latvian and Lithuanian readings of a name in Latin letters: the masculine nominative
/// ending `-s` after a consonant, which Russian and Ukrainian transcription may drop (Edgars
/// Rinkēvičs / Эдгар Ринкевич), and, for a name printed without its diacritics, `c` as `č` and
/// `s` before a consonant or at the end as `š` (Rinkevics, Karins, Krisjanis / Ринкевич,
/// Кариньш, Кришьянис). Returns the readings to add.
pub(super) fn baltic_readings(a: &str) -> Vec<String> {
    let with_ch = rewrite(&a.replace("ch", "#"), &[("c", "ch"), ("#", "ch")]);
    // `s` before a consonant, or at the end after one, read as `š`.
    let chars: Vec<char> = with_ch.chars().collect();
    let mut hushed = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|k| chars[k]);
        let before_consonant = next.is_some_and(|n| !is_vowel(n) && n != 'h' && n != 's');
        let final_after_consonant = next.is_none() && prev.is_some_and(|p| !is_vowel(p));
        if c == 's' && (before_consonant || final_after_consonant) {
            hushed.push_str("sh");
        } else {
            hushed.push(c);
        }
    }
    let mut readings = vec![with_ch.clone(), hushed];
    // The nominative ending dropped after a consonant: Edgars / Эдгар, Rinkevičs / Ринкевич.
    if let Some(bare) = with_ch.strip_suffix('s') {
        if bare.chars().last().is_some_and(|c| !is_vowel(c)) {
            readings.push(bare.to_string());
        }
    }
    readings
}

/// True when a folded name may be Latvian or Lithuanian: it ends in the nominative `-s` after a
/// consonant other than `s`, `t` or `d` (English plurals of names: Roberts, Edwards, Jones are
/// left alone by that and by the vowel), or holds `sj`, `cs` or `zs`.
pub(super) fn looks_baltic(a: &str) -> bool {
    let chars: Vec<char> = a.chars().collect();
    let ends = chars.len() > 3
        && chars.last() == Some(&'s')
        && chars
            .get(chars.len() - 2)
            .is_some_and(|&c| !is_vowel(c) && !matches!(c, 's' | 't' | 'd' | 'e'));
    ends || a.contains("sj") || a.contains("cs")
}

/// The Russian reading of the Lithuanian open `e` and `ę` after a consonant: `я` (Kęstutis,
/// printed Kestutis / Кястутис; Petras / Пятрас), as Russian practical transcription of
/// Lithuanian writes them.
pub(super) fn lithuanian_open_e_reading(a: &str) -> String {
    let chars: Vec<char> = a.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let after_consonant = i.checked_sub(1).is_some_and(|k| !is_vowel(chars[k]));
        if c == 'e' && after_consonant {
            out.push_str("ya");
        } else {
            out.push(c);
        }
    }
    out
}

/// True when a folded name may be a Lithuanian masculine name: it ends in the nominative
/// `-as`, `-is`, `-us` or `-ys` and holds an `e` after a consonant.
pub(super) fn looks_lithuanian(a: &str) -> bool {
    let ending = ["as", "is", "us", "ys"].iter().any(|e| a.ends_with(e));
    let chars: Vec<char> = a.chars().collect();
    let open_e = chars.windows(2).any(|w| !is_vowel(w[0]) && w[1] == 'e');
    a.chars().count() > 4 && ending && open_e
}

/// The Mongolian and Central Asian reading of a name in Latin letters: `j` is ж, as in the
/// Mongolian national romanisation and Uzbek Latin (Gombojav / Гомбожав, Jargalsaikhan /
/// Жаргалсайхан), and `dz` is з, as in Mongolian (Dzandanshatar / Занданшатар). The skeleton
/// alone reads `j` as й and `dz` as Belarusian дз (д), which such names do not meet.
pub(super) fn central_asian_reading(a: &str) -> String {
    rewrite(
        &a.replace("dzh", "#"),
        &[("dz", "z"), ("j", "zh"), ("#", "dzh")],
    )
}

/// True when a folded name may follow [`central_asian_reading`]: it holds `j` or a `dz` that
/// is not `dzh`.
pub(super) fn looks_central_asian(a: &str) -> bool {
    a.contains('j') || a.replace("dzh", "").contains("dz")
}

/// The Central European reading of a name in Latin letters: a lone `c` is `ц`, as in the
/// Latin alphabets of Slovak, Czech, Polish, Croatian, Slovene, Hungarian and the Baltic
/// languages (Fico / Фицо, Kocur / Коцур, Macinkevič), also before the `k` of the adjectival
/// surname endings `-cki`, `-cka`, `-cký` (Nawrocki / Навроцкий, Nawrocka / Навроцкая) and in
/// the `ck` of a surname in `-ski` (Mickoski / Мицкоски). The skeleton alone reads a `c` before a back vowel or a consonant as `k`, as English spelling
/// does (Nicolai, Marco), and `ck` elsewhere stays English `k` (Jackson).
pub(super) fn central_european_reading(a: &str) -> String {
    // A Slavic adjectival surname has no English `ck`: its `ck` is `цк` (Mickoski / Мицкоски).
    let ck = if slavic_adjectival(a) { "tsk" } else { "ck" };
    rewrite(
        &adjectival_ck(a).replace("ch", "#").replace("ck", "%"),
        &[("c", "ts"), ("#", "ch"), ("%", ck)],
    )
}

/// True for a folded surname with a Slavic adjectival ending (`-ski`, `-ska`, `-sky`).
fn slavic_adjectival(a: &str) -> bool {
    ["ski", "ska", "sky"].iter().any(|e| a.ends_with(e))
}

/// The name with the `c` of a final `-cki`, `-cka` or `-cky` written `ts` (see
/// [`central_european_reading`]).
fn adjectival_ck(a: &str) -> String {
    for ending in ["cki", "cka", "cky"] {
        if let Some(stem) = a.strip_suffix(ending) {
            if stem.chars().count() >= 3 {
                return format!("{stem}ts{}", &ending[1..]);
            }
        }
    }
    a.to_string()
}

/// True when a folded name may follow [`central_european_reading`]: it holds a `c` that is not
/// part of `ch` or `ck`, or ends in an adjectival `-cki`, `-cka`, `-cky`.
pub(super) fn looks_central_european(a: &str) -> bool {
    adjectival_ck(a)
        .replace("ch", "")
        .replace("ck", "")
        .contains('c')
        || adjectival_ck(a) != a
        || (slavic_adjectival(a) && a.contains("ck"))
}

/// True when a folded name shows German spelling habits.
pub(super) fn looks_german(a: &str) -> bool {
    a.contains("sch") || a.contains('w') || a.contains("tz") || a.starts_with('z') || has_bare_ch(a)
}

/// True when a folded name shows French spelling habits.
pub(super) fn looks_french(a: &str) -> bool {
    a.contains("ou") || has_bare_ch(a) || (a.len() > 3 && a.ends_with("ne"))
}

/// True when `ch` occurs not as part of `kh`-less English `ch` only: any `ch` counts.
pub(super) fn has_bare_ch(a: &str) -> bool {
    a.contains("ch")
}

/// Reads the spellings of Cyrillic ё and of е after a vowel as plain `e`, as passports and
/// Russian-based transliterations write them: `yo` after a consonant or `i` (Bakhtiyor /
/// Bakhtier, Fyodor / Fedor, Konoplyov / Konoplev) and `ye` after a vowel (Aliyev / Aliev,
/// Sergeyev / Sergeev). A `yo` at the start or after another vowel is й + о (Yosif, Mayorov) and
/// stays.
pub(super) fn yo_as_e(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let prev = out.chars().last();
        let pair = (chars[i], chars.get(i + 1).copied());
        let yo = pair == ('y', Some('o'))
            && prev.is_some_and(|p| p == 'i' || (p.is_ascii_alphabetic() && !is_vowel(p)));
        let ye = pair == ('y', Some('e')) && prev.is_some_and(is_vowel);
        if yo || ye {
            out.push('e');
            i += 2;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Collapses one scheme reading to its skeleton (see the module docs).
pub(super) fn skeleton(reading: &str) -> String {
    // Digraphs to one symbol each, so later rules cannot split them.
    let s = rewrite(
        reading,
        &[
            ("shch", "Q"),
            ("sh", "S"),
            ("zh", "Z"),
            ("ch", "C"),
            ("kh", "H"),
            ("th", "t"),
            ("ts", "T"),
            ("x", "H"),
            ("h", "H"),
            ("q", "k"),
            ("j", "y"),
            ("w", "v"),
            ("dz", "d"),
        ],
    );
    let s = yo_as_e(&s);
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
    // Not after `i`: `iu`/`yu` is ю (ALA-LC and BGN), as in Oyun, Yury, Liudmila.
    let chars: Vec<char> = out.chars().collect();
    let mut s = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i > 0 {
            chars.get(i - 1).copied()
        } else {
            None
        };
        let next = chars.get(i + 1).copied();
        let after_vowel = prev.is_some_and(|p| matches!(p, 'a' | 'e'));
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
/// Cyrillic input has only the one reading. A surname with particles ("de Wever") has the keys of
/// its last word too.
pub fn name_keys(name: &str) -> Vec<String> {
    let folded = ascii_fold(name);
    let mut keys = BTreeSet::new();
    if folded.is_empty() {
        return Vec::new();
    }
    // A surname with particles is also written without them («Вевер» for "de Wever").
    let words: Vec<&str> = name.split_whitespace().collect();
    if let Some((last, particles)) = words.split_last() {
        let only_particles = !particles.is_empty()
            && particles
                .iter()
                .all(|w| crate::people::words::NAME_PARTICLES.contains(&w.to_lowercase().as_str()));
        if only_particles {
            keys.extend(name_keys(last));
        }
    }
    keys.insert(skeleton(&folded));
    if let Some(glide) = soft_sign_glide_reading(name) {
        keys.insert(skeleton(&ascii_fold(&glide)));
    }
    if script_of(name) == Script::Latin {
        if looks_german(&folded) {
            keys.insert(skeleton(&german_reading(&folded)));
        }
        if looks_french(&folded) {
            keys.insert(skeleton(&french_reading(&folded)));
        }
        if let Some(hard) = hard_ch_reading(&folded) {
            keys.insert(skeleton(&hard));
        }
        if let Some(reading) = french_silent_reading(&folded) {
            keys.insert(skeleton(&reading));
        }
        if looks_south_slavic(&folded) {
            for reading in south_slavic_readings(&folded) {
                keys.insert(skeleton(&reading));
            }
        }
        if looks_central_asian(&folded) {
            keys.insert(skeleton(&central_asian_reading(&folded)));
        }
        if looks_central_european(&folded) {
            keys.insert(skeleton(&central_european_reading(&folded)));
        }
        if looks_baltic(&folded) {
            for reading in baltic_readings(&folded) {
                keys.insert(skeleton(&reading));
            }
        }
        if looks_lithuanian(&folded) {
            keys.insert(skeleton(&lithuanian_open_e_reading(&folded)));
        }
    }
    keys.into_iter().collect()
}

/// The reading of a name that opens with the `ch` of Greek words before a consonant (Christian,
/// Christophe, Chlodwig), which English, German and French say as `k` («Кристиан»); `None`
/// for every other name.
fn hard_ch_reading(folded: &str) -> Option<String> {
    let rest = folded.strip_prefix("ch")?;
    rest.starts_with(['r', 'l']).then(|| format!("k{rest}"))
}

/// The reading of a Cyrillic name whose soft or hard sign stands before a vowel, where it is
/// heard as a `j` glide that Latin spellings write (Вьоса / Vjosa, Ильин / Ilyin): the sign
/// read as «й». `None` when the name has no such sign.
fn soft_sign_glide_reading(name: &str) -> Option<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut glide = false;
    let reading: String = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let before_vowel = chars
                .get(i + 1)
                .is_some_and(|n| n.to_lowercase().any(|l| "оаеёиуыэ".contains(l)));
            if matches!(c, 'ь' | 'ъ') && before_vowel {
                glide = true;
                'й'
            } else {
                c
            }
        })
        .collect();
    glide.then_some(reading)
}

/// The shared Daitch–Mokotoff encoder.
pub(super) fn encoder() -> &'static DaitchMokotoffSoundex {
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
