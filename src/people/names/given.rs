//! The table of given names and given-name comparison.
//!
//! In: a given name (or initial). Out: its table group, gender and display form, its
//! [`GivenKey`], and whether two given names can be one person's ([`given_compatible`]).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{LazyLock, OnceLock};

use super::keys::name_keys;
use super::surname::best_pair;
use super::translit::ascii_fold;
use crate::model::Script;
use crate::text::script_of;

/// The lowest Jaro–Winkler similarity between given-name skeletons of names not in the table.
pub(super) const GIVEN_THRESHOLD: f64 = 0.93;

/// Groups of equivalent given names (nominative forms): Latin spellings across schemes, Russian
/// and Belarusian Cyrillic. The first entry of a group is its display form. The flag is true for
/// feminine names.
pub(super) static GIVEN_NAMES: LazyLock<Vec<(bool, Vec<&'static str>)>> = LazyLock::new(|| {
    crate::lexicon::rows(include_str!("../data/given_names.tsv"))
        .filter_map(|(gender, forms)| {
            let forms: Vec<&str> = forms
                .split(',')
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .collect();
            (!forms.is_empty()).then_some((gender == "f", forms))
        })
        .collect()
});

/// Common given names in Latin script (`data/given_names_common.txt`).
static COMMON_GIVEN_NAMES: LazyLock<BTreeSet<&'static str>> = LazyLock::new(|| {
    crate::lexicon::entries(include_str!("../data/given_names_common.txt")).collect()
});

/// True when `word`, as written, is a common given name in Latin script ("Klaus", "Jakov",
/// "Nicusor"): no table group, but evidence that a capitalised word after it is a surname.
pub fn is_common_given_name(word: &str) -> bool {
    COMMON_GIVEN_NAMES.contains(word)
}

/// The given-name table indexed by skeleton and by exact form.
pub(super) struct GivenTable {
    pub(super) group_keys: Vec<Vec<String>>,
    pub(super) by_key: BTreeMap<String, usize>,
    pub(super) by_form: BTreeMap<String, usize>,
    pub(super) initials: Vec<BTreeSet<char>>,
}

/// The shared given-name table.
pub(super) fn given_table() -> &'static GivenTable {
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

/// True when two given names are one name: one group of the table ("Donald" / «Дональд»), or
/// names outside the table with a skeleton in common ("Shavkat" / «Шавкат», "Tayyip" /
/// «Тайип»). A name outside the table that is only similar (Jaro–Winkler) is not enough.
pub fn same_given_name(a: &GivenKey, b: &GivenKey) -> bool {
    match (a, b) {
        (GivenKey::Group(x), GivenKey::Group(y)) => x == y,
        (GivenKey::Other(x), GivenKey::Other(y)) => x.iter().any(|k| y.contains(k)),
        _ => false,
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
