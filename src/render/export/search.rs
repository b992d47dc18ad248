//! The search index and the people cards, written as classic scripts (`fetch()` of a JSON file
//! is blocked on `file://`) that the pages load only when a reader searches or hovers a name.
//!
//! The index is split: `search/core.js` holds officials, sources, quotes, events and
//! discrepancies (for a large dossier, the officials only, the rest following in
//! `search/items-N.js`), and the paragraphs follow in `search/paragraphs-N.js` files of a bounded
//! size, so that results for names show before a large dossier's full text has loaded. The engine
//! (MiniSearch, vendored in `static/vendor/`) runs in the browser; the name keys it matches
//! officials by come from [`crate::people::names`], the code that resolved the names, so that
//! any spelling or script of a name that resolution joined also finds the official.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::model::{Discrepancy, Official, SourceRecord};
use crate::people::names;
use crate::render::pages::parts::Layout;
use crate::Dossier;

/// Documents per file of the index after the first: each `search/items-N.js` and
/// `search/paragraphs-N.js` holds at most this many.
const DOCS_PER_FILE: usize = 2000;

/// The first file, `search/core.js`, holds every document but paragraphs up to this many; above,
/// the officials only, so that the first results (names) come from a small file.
const CORE_DOCS_MAX: usize = 1000;

/// One searchable thing. Field names are short: the index of a large dossier is large.
#[derive(Debug, Serialize)]
pub struct SearchDoc {
    /// Unique id (kind and position).
    pub id: String,
    /// Kind: `official`, `source`, `quote`, `event`, `discrepancy` or `paragraph`.
    pub k: &'static str,
    /// Title shown as the result's link text.
    pub t: String,
    /// Address relative to the site root.
    pub u: String,
    /// Context line under the title (outlet and date, paragraph number, speaker).
    pub c: String,
    /// The text searched and shown as the snippet.
    pub x: String,
    /// Names: every spelling as written, folded to ASCII and as name keys (officials only).
    pub n: String,
    /// Language of `x` when it is not the site's (`ru`, `uk`), for stemming and `lang`.
    pub l: String,
}

/// The first file of the index: the fold table and the documents other than paragraphs.
#[derive(Debug, Serialize)]
struct CoreIndex<'a> {
    /// How each non-ASCII letter folds to ASCII, from [`names::ascii_fold`], so that the query
    /// is folded in the browser exactly as names were when they were resolved.
    fold: BTreeMap<String, String>,
    /// The paragraph files to load after this one, relative to the site root.
    parts: Vec<String>,
    /// The documents.
    docs: &'a [SearchDoc],
}

/// What the hover card of a person link shows.
#[derive(Debug, Serialize)]
pub struct PersonCard {
    /// Canonical name.
    pub name: String,
    /// Name in its native script.
    pub native: Option<String>,
    /// The first title a source gives, else the first registry title.
    pub title: Option<String>,
    /// Organisation or country.
    pub group: Option<String>,
    /// Number of sources that mention the person.
    pub sources: usize,
}

/// The files of the search index: `search/core.js`, then (for a large dossier) the other items
/// in `search/items-N.js`, then the paragraph files. `layout` says which page holds each event
/// and discrepancy.
pub(crate) fn index_files(
    d: &Dossier,
    discrepancies: &[Discrepancy],
    layout: &Layout,
) -> Vec<(String, Vec<u8>)> {
    let mut core: Vec<SearchDoc> = d.officials.iter().map(official_doc).collect();
    let mut items: Vec<SearchDoc> = d.sources.iter().map(source_doc).collect();
    for s in &d.sources {
        items.extend(quote_docs(d, s));
    }
    items.extend(d.events.iter().map(|e| SearchDoc {
        id: format!("e-{}", e.id),
        k: "event",
        t: e.title.clone(),
        u: layout.event_href(&e.id, ""),
        c: e.date.map(|date| date.display()).unwrap_or_default(),
        x: e.description.clone().unwrap_or_default(),
        n: String::new(),
        l: String::new(),
    }));
    items.extend(discrepancies.iter().map(|x| discrepancy_doc(x, layout)));
    if core.len() + items.len() <= CORE_DOCS_MAX {
        core.append(&mut items);
    }
    let paragraphs: Vec<SearchDoc> = d.sources.iter().flat_map(paragraph_docs).collect();
    let mut parts: Vec<(String, &[SearchDoc])> = Vec::new();
    for (i, chunk) in items.chunks(DOCS_PER_FILE).enumerate() {
        parts.push((format!("search/items-{}.js", i + 1), chunk));
    }
    for (i, chunk) in paragraphs.chunks(DOCS_PER_FILE).enumerate() {
        parts.push((format!("search/paragraphs-{}.js", i + 1), chunk));
    }
    let index = CoreIndex {
        fold: fold_table(d),
        parts: parts.iter().map(|(name, _)| name.clone()).collect(),
        docs: &core,
    };
    let mut files = vec![(
        "search/core.js".to_string(),
        script("window.DOSSIER_SEARCH_CORE = ", &index),
    )];
    for (name, chunk) in parts {
        files.push((
            name,
            script(
                "(window.DOSSIER_SEARCH_PARTS = window.DOSSIER_SEARCH_PARTS || []).push(",
                &chunk,
            ),
        ));
    }
    files
}

/// `people.js`: the hover cards of every official, by slug.
pub fn people_file(d: &Dossier) -> Vec<u8> {
    let counts = source_counts(d);
    let cards: BTreeMap<&str, PersonCard> = d
        .officials
        .iter()
        .map(|o| {
            let sources = counts.get(o.slug.as_str()).copied().unwrap_or(0);
            (o.slug.as_str(), card(o, sources))
        })
        .collect();
    script("window.DOSSIER_PEOPLE = ", &cards)
}

fn card(o: &Official, sources: usize) -> PersonCard {
    PersonCard {
        name: o.name.clone(),
        native: o.native_name.clone(),
        title: o
            .roles
            .first()
            .map(|r| r.title.clone())
            .or_else(|| o.registry_roles.first().cloned()),
        group: o.group.clone(),
        sources,
    }
}

/// The number of sources that mention each official, by slug: one pass over the sources.
fn source_counts(d: &Dossier) -> BTreeMap<&str, usize> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &d.sources {
        let named: BTreeSet<&str> = s
            .mentions
            .iter()
            .filter_map(|m| m.official.as_deref())
            .collect();
        for slug in named {
            *counts.entry(slug).or_default() += 1;
        }
    }
    counts
}

/// A classic script: `prefix` followed by `value` as JSON (closing a call when `prefix` opens one).
fn script<T: Serialize + ?Sized>(prefix: &str, value: &T) -> Vec<u8> {
    // JSON cannot fail to serialise these plain structs; "null" keeps the script valid anyway.
    let json = serde_json::to_string(value).unwrap_or_else(|_| "null".to_string());
    // `</script` cannot occur in a separate .js file's meaning, but U+2028/9 are escaped by
    // serde_json already; nothing else in JSON is special to a JavaScript parser.
    let close = if prefix.ends_with('(') { ")" } else { "" };
    format!("{prefix}{json}{close};\n").into_bytes()
}

/// Every non-ASCII letter of the dossier's names and texts, with what [`names::ascii_fold`]
/// makes of it; a query letter not in the table is folded by the browser's own rules.
fn fold_table(d: &Dossier) -> BTreeMap<String, String> {
    let mut letters: BTreeSet<char> = BTreeSet::new();
    // The Cyrillic block and the Latin letters of transliteration schemes, always; so that a
    // query in a script no source uses still folds.
    letters.extend(('\u{00C0}'..='\u{024F}').filter(|c| c.is_lowercase()));
    letters.extend(('\u{0400}'..='\u{04FF}').filter(|c| c.is_lowercase()));
    for s in &d.sources {
        for p in &s.paragraphs {
            letters.extend(p.text.chars().flat_map(char::to_lowercase));
        }
    }
    letters
        .into_iter()
        .filter(|c| !c.is_ascii() && c.is_alphabetic())
        .map(|c| (c.to_string(), names::ascii_fold(&c.to_string())))
        .collect()
}

fn official_doc(o: &Official) -> SearchDoc {
    let mut spellings: BTreeSet<String> = BTreeSet::new();
    spellings.insert(o.name.clone());
    spellings.extend(o.native_name.clone());
    spellings.extend(o.spellings.iter().map(|s| s.text.clone()));
    let mut words: BTreeSet<String> = BTreeSet::new();
    for spelling in &spellings {
        for word in spelling
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
        {
            words.insert(word.to_lowercase());
            words.insert(names::ascii_fold(word));
            words.extend(names::name_keys(word));
        }
    }
    let mut roles: BTreeSet<String> = o.roles.iter().map(|r| r.title.clone()).collect();
    // Registry roles are written "title (from – to) [citation]"; the citation is not a word a
    // reader would search for.
    roles.extend(o.registry_roles.iter().map(|r| match r.rsplit_once(" [") {
        Some((title, _)) if r.ends_with(']') => title.to_string(),
        _ => r.clone(),
    }));
    let context = [o.native_name.clone(), o.group.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    SearchDoc {
        id: format!("o-{}", o.slug),
        k: "official",
        t: o.name.clone(),
        u: format!("officials/{}.html", o.slug),
        c: context,
        x: roles.into_iter().collect::<Vec<_>>().join("; "),
        n: words.into_iter().collect::<Vec<_>>().join(" "),
        l: String::new(),
    }
}

fn source_title(s: &SourceRecord) -> String {
    s.meta.title.value.clone().unwrap_or_else(|| s.slug.clone())
}

fn source_context(s: &SourceRecord) -> String {
    [
        s.meta.outlet.value.clone(),
        s.meta.published.value.map(|date| date.display()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ")
}

/// The language code of a source's text when it is Russian or Ukrainian, for stemming.
fn language(s: &SourceRecord) -> String {
    let code = crate::render::pages::views::lang_code(s);
    match code.as_str() {
        "ru" | "uk" | "be" => code,
        _ => String::new(),
    }
}

fn source_doc(s: &SourceRecord) -> SearchDoc {
    let outlets = [
        s.meta.outlet.value.clone(),
        s.meta.original_outlet.value.clone(),
    ];
    SearchDoc {
        id: format!("s-{}", s.slug),
        k: "source",
        t: source_title(s),
        u: format!("sources/{}.html", s.slug),
        c: source_context(s),
        x: outlets.into_iter().flatten().collect::<Vec<_>>().join(" "),
        n: String::new(),
        l: language(s),
    }
}

fn paragraph_docs(s: &SourceRecord) -> Vec<SearchDoc> {
    let context = source_context(s);
    s.paragraphs
        .iter()
        .map(|p| SearchDoc {
            id: format!("p-{}-{}", s.slug, p.n),
            k: "paragraph",
            t: source_title(s),
            u: format!("sources/{}.html#p{}", s.slug, p.n),
            c: format!("{context} ¶{}", p.n),
            x: p.text.clone(),
            n: String::new(),
            l: language(s),
        })
        .collect()
}

fn quote_docs(d: &Dossier, s: &SourceRecord) -> Vec<SearchDoc> {
    s.quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let speaker = q
                .speaker
                .as_ref()
                .and_then(|slug| crate::model::official_by_slug(&d.officials, slug))
                .map(|o| o.name.clone())
                .unwrap_or_default();
            SearchDoc {
                id: format!("q-{}-{}", s.slug, i + 1),
                k: "quote",
                t: speaker,
                u: format!("sources/{}.html#q{}", s.slug, i + 1),
                c: format!("{} ¶{}", source_context(s), q.paragraph),
                x: q.text.clone(),
                n: String::new(),
                l: language(s),
            }
        })
        .collect()
}

fn discrepancy_doc(x: &Discrepancy, layout: &Layout) -> SearchDoc {
    let evidence: Vec<&str> = x.evidence.iter().map(|e| e.text.as_str()).collect();
    SearchDoc {
        id: format!("d-{}", x.id),
        k: "discrepancy",
        t: x.summary.clone(),
        u: layout.discrepancy_href(&x.id, ""),
        c: String::new(),
        x: evidence.join(" … "),
        n: String::new(),
        l: String::new(),
    }
}
