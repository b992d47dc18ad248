//! Writes a generated dossier of N sources for benchmarks and growth tests, and (with `--hugo`)
//! a Hugo site holding plain-Markdown versions of the same articles.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- 1000 /tmp/corpus-1000 --hugo /tmp/hugo-1000
//! ```
//!
//! The articles are built from varied paragraphs the way a year of coverage looks: a few hot
//! speakers quoted in many articles, each statement worded in a few ways by different outlets,
//! names respelled (kh/h, y/i transliterations), agency copies republished with a "Source:" line,
//! event dates that sometimes disagree, titles worded differently, and scraped boilerplate. The
//! output depends only on N: the same N gives the same bytes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// A small deterministic generator (SplitMix64), so that the corpus needs no crate and no seed file.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const FIRST: [&str; 16] = [
    "Dmitry",
    "Viktor",
    "Oleg",
    "Valery",
    "Sergey",
    "Andrey",
    "Pavel",
    "Nikolay",
    "Yury",
    "Alexey",
    "Mikhail",
    "Vadim",
    "Igor",
    "Konstantin",
    "Gennady",
    "Arkady",
];
const SURNAMES: [&str; 24] = [
    "Ryabikhin",
    "Khrenin",
    "Belokonev",
    "Revenko",
    "Volfovich",
    "Muraveyko",
    "Gulevich",
    "Lukyanov",
    "Kharitonov",
    "Zhadobin",
    "Kosinsky",
    "Yakovlev",
    "Khomenko",
    "Tikhonov",
    "Shevtsov",
    "Zakharov",
    "Ivashkevich",
    "Kulikov",
    "Mikhalkov",
    "Bykovsky",
    "Gorbatsevich",
    "Khlebnikov",
    "Yermolenko",
    "Sukhoruk",
];
const ROLES: [(&str, &str); 8] = [
    (
        "deputy head of the Department of International Cooperation",
        "deputy chief of the ministry's international cooperation department",
    ),
    ("Minister of Defence", "defence minister"),
    ("Chief of the General Staff", "head of the general staff"),
    (
        "State Secretary of the Security Council",
        "security council secretary",
    ),
    ("head of the press service", "spokesman of the ministry"),
    (
        "commander of the Western Operational Command",
        "western command chief",
    ),
    (
        "deputy minister for armaments",
        "deputy defence minister in charge of armaments",
    ),
    (
        "head of the military inspection",
        "chief military inspector",
    ),
];
const OUTLETS: [&str; 10] = [
    "Eastern Wire",
    "Minsk Herald",
    "Baltic Monitor",
    "Steppe News",
    "Northern Courier",
    "Continental Report",
    "Vistula Daily",
    "Danube Press",
    "Volga Bulletin",
    "Polesie Today",
];
const CITIES: [&str; 6] = ["MINSK", "MOSCOW", "BREST", "GRODNO", "VITEBSK", "BRUSSELS"];
const TOPICS: [&str; 24] = [
    "air defence",
    "border security",
    "joint exercises",
    "military attachés",
    "arms control",
    "the Shanghai Cooperation Organization",
    "the Collective Security Treaty",
    "drone incursions",
    "reserve mobilisation",
    "naval drills",
    "satellite reconnaissance",
    "cyber defence",
    "the grain corridor",
    "peacekeeping contingents",
    "nuclear doctrine",
    "officer training",
    "logistics hubs",
    "railway protection",
    "the airspace agreement",
    "radar modernisation",
    "the observer mission",
    "tactical missiles",
    "the supply chain",
    "the inspection regime",
];
const VERBS: [&str; 10] = [
    "discussed",
    "reviewed",
    "postponed",
    "announced",
    "criticised",
    "welcomed",
    "questioned",
    "extended",
    "suspended",
    "outlined",
];
const ADJECTIVES: [&str; 12] = [
    "pragmatic",
    "constructive",
    "unilateral",
    "aggressive",
    "transparent",
    "balanced",
    "strategic",
    "defensive",
    "provocative",
    "predictable",
    "reciprocal",
    "temporary",
];
const NOUNS: [&str; 12] = [
    "dialogue",
    "cooperation",
    "pressure",
    "consultations",
    "guarantees",
    "measures",
    "exercises",
    "contacts",
    "obligations",
    "proposals",
    "inspections",
    "talks",
];
/// Word swaps that turn one wording of a statement into another, as outlets' translations do.
const SWAPS: [(&str, &str); 8] = [
    ("always", "still"),
    ("ready", "prepared"),
    ("dialogue", "talks"),
    ("suspended", "froze"),
    ("partners", "counterparts"),
    ("important", "essential"),
    ("open", "willing"),
    ("we", "Belarus"),
];

/// One person: a canonical spelling, a respelling, a role in two wordings.
struct Person {
    name: String,
    respelled: String,
    role: usize,
}

/// One statement of one speaker, with its event date.
struct Statement {
    speaker: usize,
    words: String,
    event: (i32, usize, usize),
}

/// One generated article, before it is written in either format.
struct Article {
    slug: String,
    title: String,
    outlet: String,
    copied_from: Option<String>,
    published: (i32, usize, usize),
    paragraphs: Vec<String>,
}

fn respell(name: &str) -> String {
    if name.contains("kh") {
        name.replacen("kh", "h", 1)
    } else if name.contains("y") {
        name.replacen('y', "i", 1)
    } else {
        format!("{name}h")
    }
}

fn people() -> Vec<Person> {
    let mut out = Vec::new();
    for (i, surname) in SURNAMES.iter().enumerate() {
        for j in 0..3 {
            let first = FIRST[(i * 3 + j * 5) % FIRST.len()];
            let surname = if j == 0 {
                surname.to_string()
            } else {
                format!("{surname}{}", ["", "ich", "sky"][j])
            };
            out.push(Person {
                name: format!("{first} {surname}"),
                respelled: format!("{first} {}", respell(&surname)),
                role: (i + j) % ROLES.len(),
            });
        }
    }
    out
}

fn sentence(rng: &mut Rng) -> String {
    format!(
        "{} {} {} on {} and called for {} {} with {} {}",
        rng.pick(&[
            "officials",
            "delegates",
            "experts",
            "diplomats",
            "observers"
        ]),
        rng.pick(&VERBS),
        rng.pick(&ADJECTIVES),
        rng.pick(&TOPICS),
        rng.pick(&ADJECTIVES),
        rng.pick(&NOUNS),
        rng.pick(&[
            "neighbouring states",
            "the alliance",
            "partners",
            "the region"
        ]),
        rng.below(900) + 100,
    )
}

fn statements(rng: &mut Rng, n: usize, people: &[Person]) -> Vec<Statement> {
    (0..n)
        .map(|i| {
            // A few hot speakers say most statements.
            let speaker = if i % 3 == 0 { rng.below(people.len()) } else { rng.below(6) };
            let words = format!(
                "We are always ready for {} {} on {}, but our partners have suspended {}. It is important that {} remain {}",
                rng.pick(&ADJECTIVES),
                rng.pick(&NOUNS),
                rng.pick(&TOPICS),
                rng.pick(&NOUNS),
                rng.pick(&NOUNS),
                rng.pick(&["open", "possible", "on the table", "a priority"]),
            );
            Statement {
                speaker,
                words,
                event: (2020 + rng.below(5) as i32, 1 + rng.below(12), 1 + rng.below(28)),
            }
        })
        .collect()
}

/// One outlet's wording of a statement: the common one, or one or two words swapped.
fn wording(rng: &mut Rng, words: &str) -> String {
    if rng.chance(70) {
        return words.to_string();
    }
    let (from, to) = *rng.pick(&SWAPS);
    words.replacen(&format!(" {from} "), &format!(" {to} "), 1)
}

fn date_words((y, m, d): (i32, usize, usize)) -> String {
    format!("{} {d}, {y}", dossier::model::month_name(m as u8))
}

fn article(
    rng: &mut Rng,
    i: usize,
    people: &[Person],
    statements: &[Statement],
    earlier: &[Article],
) -> Article {
    let outlet = rng.pick(&OUTLETS).to_string();
    // About one article in four is an agency copy of an earlier one, lightly edited.
    if !earlier.is_empty() && rng.chance(25) {
        let original = &earlier[earlier.len() - 1 - rng.below(earlier.len().min(50))];
        let mut paragraphs = original.paragraphs.clone();
        if let Some(p) = paragraphs.last_mut() {
            *p = format!("{} {}.", p, sentence(rng));
        }
        return Article {
            slug: format!("{}-copy-{i:05}", slugify(&outlet)),
            title: original.title.clone(),
            copied_from: Some(original.outlet.clone()),
            outlet,
            published: original.published,
            paragraphs,
        };
    }
    let statement = &statements[rng.below(statements.len())];
    let person = &people[statement.speaker];
    let name = if rng.chance(20) {
        &person.respelled
    } else {
        &person.name
    };
    let surname = name.rsplit(' ').next().unwrap_or(name);
    let (ry, rm, rd) = statement.event;
    let published = (ry, rm, (rd + rng.below(3)).min(28));
    // One article in ten gets the event's day wrong, as hurried copies do.
    let event = if rng.chance(10) {
        (ry, rm, rd % 28 + 1)
    } else {
        statement.event
    };
    let role = ROLES[person.role];
    let role = if rng.chance(30) { role.1 } else { role.0 };
    let city = rng.pick(&CITIES);
    let topic = rng.pick(&TOPICS);
    let mut paragraphs = vec![
        format!(
            "{city}, {} {} /{outlet}/. {name}, {role}, spoke on {} about {topic}.",
            dossier::model::month_name(published.1 as u8),
            published.2,
            date_words(event),
        ),
        format!("\"{},\" {name} said.", wording(rng, &statement.words)),
    ];
    for _ in 0..2 + rng.below(4) {
        paragraphs.push(format!(
            "{}. {}.",
            capitalise(&sentence(rng)),
            capitalise(&sentence(rng))
        ));
    }
    if rng.chance(40) {
        let other = &statements[rng.below(statements.len())];
        paragraphs.push(format!(
            "According to {surname}, the meeting of {} followed earlier statements. \"{}\", {} added.",
            date_words(other.event),
            wording(rng, &other.words),
            people[other.speaker].name,
        ));
    }
    Article {
        slug: format!("{}-{i:05}", slugify(&outlet)),
        title: format!(
            "{surname} on {topic}: {} {}",
            rng.pick(&ADJECTIVES),
            rng.pick(&NOUNS)
        ),
        outlet,
        copied_from: None,
        published,
        paragraphs,
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn slugify(s: &str) -> String {
    s.to_lowercase().replace(' ', "-")
}

/// The article as scraped text: title, boilerplate, a "Published" line, the paragraphs.
fn scraped(a: &Article) -> String {
    let mut out = format!("{}\n\n- Advertisement -\n\n", a.title);
    if let Some(from) = &a.copied_from {
        let _ = writeln!(out, "Source: {from}\n");
    }
    let _ = writeln!(out, "Published {}\n", date_words(a.published));
    for p in &a.paragraphs {
        let _ = writeln!(out, "{p}\n");
    }
    let _ = writeln!(out, "Read more: {}\n", a.title);
    let _ = writeln!(
        out,
        "© {} {}. All rights reserved.",
        a.published.0, a.outlet
    );
    out
}

/// The same article as Hugo Markdown with front matter.
fn hugo_markdown(a: &Article) -> String {
    let (y, m, d) = a.published;
    let mut out = format!(
        "---\ntitle: {:?}\ndate: {y:04}-{m:02}-{d:02}\noutlet: {:?}\n---\n\n",
        a.title, a.outlet
    );
    for p in &a.paragraphs {
        let _ = writeln!(out, "{p}\n");
    }
    out
}

const HUGO_CONFIG: &str = "baseURL = '/'\ntitle = 'Generated corpus'\ndisableKinds = ['RSS', 'sitemap', 'taxonomy', 'term']\n";
const HUGO_SINGLE: &str = "<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1><p>{{ .Params.outlet }}, {{ .Date.Format \"2 January 2006\" }}</p>{{ .Content }}</body></html>\n";
const HUGO_LIST: &str = "<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n";

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create the corpus folder");
    }
    std::fs::write(path, text).expect("write a corpus file");
}

/// Writes the dossier of `n` generated sources into `out` and, when `hugo` is given, the same
/// articles as a Hugo site there.
pub fn write_corpus(n: usize, out: &Path, hugo: Option<&Path>) {
    let mut rng = Rng(0x5EED ^ n as u64);
    let people = people();
    // Distinct statements grow with the corpus, as a year of coverage adds new things said.
    let statements = statements(&mut rng, n / 4 + 8, &people);
    let mut articles: Vec<Article> = Vec::with_capacity(n);
    for i in 0..n {
        let a = article(&mut rng, i, &people, &statements, &articles);
        articles.push(a);
    }
    write(
        &out.join("dossier.yaml"),
        &format!("title: Generated corpus of {n} sources\n"),
    );
    for a in &articles {
        write(
            &out.join(format!("content/sources/{}.txt", a.slug)),
            &scraped(a),
        );
    }
    if let Some(hugo) = hugo {
        write(&hugo.join("hugo.toml"), HUGO_CONFIG);
        write(&hugo.join("layouts/_default/single.html"), HUGO_SINGLE);
        write(&hugo.join("layouts/_default/list.html"), HUGO_LIST);
        write(&hugo.join("layouts/index.html"), HUGO_LIST);
        for a in &articles {
            write(
                &hugo.join(format!("content/posts/{}.md", a.slug)),
                &hugo_markdown(a),
            );
        }
    }
}

#[allow(dead_code)] // The growth test includes this file as a module and calls `write_corpus` only.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen_corpus N OUT_DIR [--hugo HUGO_DIR]";
    let n: usize = args.first().and_then(|a| a.parse().ok()).expect(usage);
    let out = PathBuf::from(args.get(1).expect(usage));
    let hugo = args
        .iter()
        .position(|a| a == "--hugo")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from);
    write_corpus(n, &out, hugo.as_deref());
    println!("wrote {n} sources to {}", out.display());
}
