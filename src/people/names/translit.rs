//! Folding names to lowercase ASCII and transliterating them.
//!
//! In: a name in any script. Out: its folded ASCII form ([`ascii_fold`]), its BGN/PCGN-like
//! transliteration ([`transliterate`]) and a person's slug ([`name_slug`]).

use unicode_normalization::UnicodeNormalization;

/// How one lowercase letter is spelled out before `any_ascii`, when it needs to be.
pub(super) fn premap(c: char) -> Option<&'static str> {
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
pub(super) fn rewrite(s: &str, rules: &[(&str, &str)]) -> String {
    let mut out = s.to_string();
    for (from, to) in rules {
        out = out.replace(from, to);
    }
    out
}

/// A person's slug: the name transliterated (BGN/PCGN-like), then [`crate::text::slugify`].
pub fn name_slug(text: &str) -> String {
    crate::text::slugify(&transliterate(text))
}
