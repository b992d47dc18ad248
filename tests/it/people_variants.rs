//! People: name variants across transliteration schemes, scripts and languages resolve to one
//! official; close but distinct names stay apart; the seed-like raw articles give the right
//! officials; the registry's `not_same_as` is honoured; resolution is sub-quadratic.

use std::collections::BTreeMap;

use dossier::model::{Mention, Paragraph, Script};
use dossier::people::{recognise, resolve, Registry, SourceMentions};

/// Variant spellings of real officials, grouped by person (the first column is the truth label).
/// Schemes: BGN/PCGN and Wikipedia (Ryabikhin), ISO 9 (Râbihin, Hrenin, Šojgu), scholarly
/// (Rjabixin, Xrenin, Makej), German/Duden (Rjabichin, Chrenin, Schoigu, Lawrow, Sacharowa),
/// French (Riabikhine, Choïgou, Loukachenko), passport/ICAO 2013 (Riabikhin, Dmitrii, Iu/Ia),
/// Belarusian official forms (Lukashenka, Tsikhanouskaya, Хрэнін), and informal spellings.
const VARIANTS: &[(&str, &[&str])] = &[
    (
        "ryabikhin",
        &[
            "Dmitry Ryabikhin",
            "Dmitry Ryabihin",
            "Dmitri Rjabichin",
            "Dmitrij Râbihin",
            "Dmitrij Rjabixin",
            "Dmitri Riabikhine",
            "Dmitrii Riabikhin",
            "Дмитрий Рябихин",
            "Дзмітрый Рабіхін",
            "Ryabikhin",
        ],
    ),
    (
        "khrenin",
        &[
            "Viktor Khrenin",
            "Victor Khrenin",
            "Viktar Khrenin",
            "Віктар Хрэнін",
            "Виктор Хренин",
            "V. Khrenin",
            "Wiktor Chrenin",
            "Viktor Hrenin",
            "Viktor Xrenin",
            "Victor Khrénine",
        ],
    ),
    (
        "a-lukashenko",
        &[
            "Alexander Lukashenko",
            "Aleksandr Lukashenko",
            "Aliaksandr Lukashenka",
            "Аляксандр Лукашэнка",
            "Александр Лукашенко",
            "Alexander Lukaschenko",
            "Alexandre Loukachenko",
            "Aleksandr Lukašenko",
            "A. Lukashenko",
        ],
    ),
    (
        "revenko",
        &[
            "Valery Revenko",
            "Valeriy Revenko",
            "Valerii Revenko",
            "Valerij Revenko",
            "Валерий Ревенко",
            "V. Revenko",
        ],
    ),
    (
        "belokonev",
        &[
            "Oleg Belokonev",
            "Oleg Belokonew",
            "Олег Белоконев",
            "Алег Белаконеў",
            "Aleh Belakoneu",
            "O. Belokonev",
        ],
    ),
    (
        "volfovich",
        &[
            "Aleksandr Volfovich",
            "Alexander Volfovich",
            "Aleksandr Vol'fovich",
            "Александр Вольфович",
            "Аляксандр Вольфавіч",
            "Alexander Wolfowitsch",
            "Alexandre Volfovitch",
            "Aleksandr Volʹfovič",
        ],
    ),
    (
        "makei",
        &[
            "Vladimir Makei",
            "Vladimir Makey",
            "Uladzimir Makei",
            "Уладзімір Макей",
            "Владимир Макей",
            "Wladimir Makei",
            "Vladimir Makej",
            "Vladimir Makeï",
        ],
    ),
    (
        "shoigu",
        &[
            "Sergei Shoigu",
            "Sergey Shoygu",
            "Sergej Schoigu",
            "Sergueï Choïgou",
            "Сергей Шойгу",
            "Sergej Šojgu",
            "S. Shoigu",
            "Shoigu",
        ],
    ),
    (
        "lavrov",
        &[
            "Sergei Lavrov",
            "Sergey Lavrov",
            "Sergej Lawrow",
            "Сергей Лавров",
            "Sergueï Lavrov",
            "S. Lavrov",
        ],
    ),
    (
        "peskov",
        &[
            "Dmitry Peskov",
            "Dmitri Peskow",
            "Dmitriy Peskov",
            "Дмитрий Песков",
            "Dmitrij Peskov",
        ],
    ),
    (
        "zakharova",
        &[
            "Maria Zakharova",
            "Mariya Zakharova",
            "Maria Sacharowa",
            "Мария Захарова",
            "Marija Zaharova",
        ],
    ),
    (
        "tsikhanouskaya",
        &[
            "Sviatlana Tsikhanouskaya",
            "Svetlana Tikhanovskaya",
            "Святлана Ціханоўская",
            "Светлана Тихановская",
            "Swetlana Tichanowskaja",
            "Sviatlana Tsikhanowskaya",
            "Svetlana Tikhanovskaïa",
        ],
    ),
    (
        "tsepkalo",
        &[
            "Valery Tsepkalo",
            "Valeriy Tsepkalo",
            "Валерий Цепкало",
            "Valerij Zepkalo",
            "Валер Цапкала",
            "Valer Tsapkala",
        ],
    ),
    // Hard negatives: close to someone above, but another person.
    (
        "v-lukashenko",
        &["Viktor Lukashenko", "Віктар Лукашэнка", "Viktar Lukashenka"],
    ),
    ("khrenina", &["Khrenina", "Хренина"]),
    ("lavrova", &["Lavrova", "Лаврова"]),
    ("peskova", &["Elizaveta Peskova", "Елизавета Пескова"]),
    ("pesko", &["Pesko"]),
    ("d-ryabov", &["Dmitry Ryabov"]),
    (
        "tsepkalo-veronika",
        &["Veronika Tsepkalo", "Вероника Цепкало"],
    ),
];

/// A mention of `name` as the recogniser would give it (nominative, given name first).
fn mention(name: &str) -> Mention {
    let (given, surname) = match name.rsplit_once(' ') {
        Some((g, s)) => (Some(g.to_string()), s.to_string()),
        None => (None, name.to_string()),
    };
    let script = if name.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)) {
        Script::Cyrillic
    } else {
        Script::Latin
    };
    Mention {
        official: None,
        paragraph: 1,
        start: 0,
        end: name.len(),
        surface: name.to_string(),
        given,
        surname,
        script,
        role: None,
    }
}

/// Pairwise precision and recall of a clustering against the truth labels.
fn precision_recall(truth: &[&str], predicted: &[Option<String>]) -> (f64, f64, Vec<String>) {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut errors = Vec::new();
    for i in 0..truth.len() {
        for j in i + 1..truth.len() {
            let same_truth = truth[i] == truth[j];
            let same_pred = predicted[i].is_some() && predicted[i] == predicted[j];
            match (same_truth, same_pred) {
                (true, true) => tp += 1,
                (false, true) => {
                    fp += 1;
                    errors.push(format!("false merge: {i} {j}"));
                }
                (true, false) => {
                    fn_ += 1;
                    errors.push(format!("missed: {i} {j}"));
                }
                _ => {}
            }
        }
    }
    let precision = if tp + fp == 0 {
        1.0
    } else {
        tp as f64 / (tp + fp) as f64
    };
    let recall = if tp + fn_ == 0 {
        1.0
    } else {
        tp as f64 / (tp + fn_) as f64
    };
    (precision, recall, errors)
}

#[test]
fn variants_cluster_with_high_precision_and_recall() {
    let mut truth = Vec::new();
    let mut names = Vec::new();
    for (person, variants) in VARIANTS {
        for v in variants.iter() {
            truth.push(*person);
            names.push(*v);
        }
    }
    // Every variant in its own source, so that no same-source preference helps.
    let slugs: Vec<String> = (0..names.len()).map(|i| format!("t{i}")).collect();
    let mentions: Vec<Vec<Mention>> = names.iter().map(|n| vec![mention(n)]).collect();
    let sources: Vec<SourceMentions<'_>> = slugs
        .iter()
        .zip(&mentions)
        .map(|(s, m)| SourceMentions {
            source: s,
            mentions: m,
        })
        .collect();
    let resolution = resolve(&sources, &Registry::default());
    let predicted: Vec<Option<String>> = resolution
        .assignments
        .iter()
        .map(|a| a.first().cloned().flatten())
        .collect();
    let (precision, recall, errors) = precision_recall(&truth, &predicted);
    for e in &errors {
        let mut parts = e.split_whitespace().rev();
        let j: usize = parts.next().unwrap().parse().unwrap();
        let i: usize = parts.next().unwrap().parse().unwrap();
        println!(
            "{e}: {} / {} -> {:?} / {:?}",
            names[i], names[j], predicted[i], predicted[j]
        );
    }
    let people = VARIANTS.len();
    println!(
        "name variants: {} spellings of {people} people ({} officials found); \
         pairwise precision {precision:.3}, recall {recall:.3}; {} comparisons",
        names.len(),
        resolution.officials.len(),
        resolution.stats.comparisons
    );
    assert_eq!(precision, 1.0, "no two different people may be merged");
    assert!(recall >= 0.95, "recall {recall:.3}");
}

#[test]
fn a_bare_surname_shared_by_two_people_stays_apart_with_a_warning() {
    let a = vec![mention("Aleksandr Lukashenko")];
    let b = vec![mention("Viktor Lukashenko")];
    let c = vec![mention("Lukashenko")];
    let sources = [
        SourceMentions {
            source: "a",
            mentions: &a,
        },
        SourceMentions {
            source: "b",
            mentions: &b,
        },
        SourceMentions {
            source: "c",
            mentions: &c,
        },
    ];
    let r = resolve(&sources, &Registry::default());
    assert_eq!(r.officials.len(), 3, "{:?}", r.officials);
    assert_ne!(r.assignments[0], r.assignments[1]);
    assert_ne!(r.assignments[2], r.assignments[0]);
    assert_ne!(r.assignments[2], r.assignments[1]);
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("fits 2 different people")),
        "{:?}",
        r.warnings
    );
}

/// Paragraphs numbered from 1.
fn paragraphs(texts: &[&str]) -> Vec<Paragraph> {
    Paragraph::numbered(texts)
}

/// Made-up paragraphs resembling the five seed articles.
fn seed_like() -> Vec<(&'static str, Vec<Paragraph>)> {
    vec![
        (
            "ria",
            paragraphs(&[
                "The Ministry of Defense of Belarus announced that Minsk is open to dialogue with NATO.",
                "MINSK, December 26 – RIA Novosti. The republic remains open to dialogue with the alliance. declaration Dmitry Ryabihin, Deputy Head of the Department of International Cooperation of the Ministry of Defense of Belarus.",
                "In the broadcast of the STV channel on Monday, the representative of the Ministry of Defense was asked about NATO.",
                "“They unilaterally suspended it,” Ryabihin said. said.",
                "Ryabihin cited as an example the Shanghai Cooperation Organization.",
                "Responding to analysts, who saw an “invasion” of Belarus, Ryabihin noted that the troops of the Union State acted together.",
            ]),
        ),
        (
            "tass",
            paragraphs(&[
                "Belarus' international military cooperation \"has not changed\", Dmitry Ryabikhin said",
                "MINSK, December 26. /TASS/. Belarus is open for dialogue with NATO, a Belarusian defense ministry official said on Monday.",
                "\"Belarus is always open for dialogue,\" Dmitry Ryabikhin, deputy chief of the ministry’s international cooperation department, said in an interview.",
                "According to Ryabikhin, Belarus' cooperation \"has not changed\".",
                "On February 24, Putin launched a special military operation in Ukraine.",
            ]),
        ),
        (
            "anews",
            paragraphs(&[
                "The Belarusian defense minister said on Friday that Minsk is open to military cooperation.",
                "Presenting the new Belarusian military doctrine, Viktor Khrenin said the document required updating.",
                "Among the challenges mentioned in the doctrine, Khrenin named \"the possibility of opponents using military force.\"",
                "Russia and Belarus are formally part of a union state.",
            ]),
        ),
        (
            "zerkalo",
            paragraphs(&[
                "С таким заявлением на телеканале СТВ выступил начальник Департамента международного военного сотрудничества — помощник министра обороны Беларуси Валерий Ревенко.",
                "Отвечая на вопрос о взаимодействии по линии Беларусь-НАТО, Валерий Ревенко сказал:",
                "Напомним, 11 июля этого года в НАТО призвали Беларусь отказаться от поддержки России.",
            ]),
        ),
        (
            "gdc",
            paragraphs(&[
                "Belarus intends to replace Russia with the United States and NATO. Belarus defense chief Oleg Belokonev said his country is open.",
                "Belarus defense chief Oleg Belokonev recently told local media his country should be regarded as Serbia.",
                "“Belarus is ready for joint exercises with NATO,” Belokonev told Nasha Niva newspaper.",
                "Belokonev was responding to a question about Serbia.",
                "The visit of the US Secretary of State to Belarus was a success, and Mike Pompeo and the North Atlantic Alliance met.",
            ]),
        ),
    ]
}

#[test]
fn raw_seed_like_articles_give_the_right_officials() {
    let docs = seed_like();
    let mentions: Vec<Vec<Mention>> = docs.iter().map(|(_, ps)| recognise(ps)).collect();
    for ((slug, ps), ms) in docs.iter().zip(&mentions) {
        for m in ms {
            assert_eq!(
                &ps[m.paragraph - 1].text[m.start..m.end],
                m.surface,
                "{slug}"
            );
        }
    }
    let sources: Vec<SourceMentions<'_>> = docs
        .iter()
        .zip(&mentions)
        .map(|((slug, _), m)| SourceMentions {
            source: slug,
            mentions: m,
        })
        .collect();
    let r = resolve(&sources, &Registry::default());
    let by_slug: BTreeMap<&str, _> = r.officials.iter().map(|o| (o.slug.as_str(), o)).collect();
    let slugs: Vec<&str> = by_slug.keys().copied().collect();
    assert_eq!(
        slugs,
        [
            "dmitry-ryabikhin",
            "mike-pompeo",
            "oleg-belokonev",
            "valeriy-revenko",
            "viktor-khrenin"
        ]
    );
    let ryabikhin = by_slug["dmitry-ryabikhin"];
    let spellings: Vec<&str> = ryabikhin
        .spellings
        .iter()
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(
        spellings,
        [
            "Dmitry Ryabihin",
            "Dmitry Ryabikhin",
            "Ryabihin",
            "Ryabikhin"
        ]
    );
    assert_eq!(ryabikhin.roles.len(), 2);
    assert!(!ryabikhin.registered);
    let revenko = by_slug["valeriy-revenko"];
    assert_eq!(revenko.name, "Valeriy Revenko");
    assert_eq!(revenko.native_name.as_deref(), Some("Валерий Ревенко"));
    assert_eq!(revenko.roles.len(), 1);
    assert_eq!(by_slug["oleg-belokonev"].roles.len(), 2);
    assert_eq!(by_slug["oleg-belokonev"].group.as_deref(), Some("Belarus"));
    let khrenin = by_slug["viktor-khrenin"];
    assert_eq!(khrenin.spellings.len(), 2);
    assert!(
        khrenin.roles.is_empty(),
        "no role is attached without a name"
    );
    // Every mention resolved.
    for a in &r.assignments {
        assert!(a.iter().all(Option::is_some));
    }
    let snippet = r
        .registry_snippet
        .expect("a snippet for unregistered people");
    let pasted = Registry::parse(&snippet, "snippet.yaml").expect("the snippet parses");
    assert_eq!(pasted.people.len(), 5);
    println!("{snippet}");
}

#[test]
fn the_registry_wins_and_not_same_as_is_honoured() {
    let a = vec![mention("Dmitry Ryabihin")];
    let b = vec![mention("Dmitry Ryabikhin"), mention("Рябихин")];
    let sources = [
        SourceMentions {
            source: "ria",
            mentions: &a,
        },
        SourceMentions {
            source: "tass",
            mentions: &b,
        },
    ];
    // Without a registry the two spellings are one person.
    let free = resolve(&sources, &Registry::default());
    assert_eq!(free.officials.len(), 1);
    // The registry says the Ryabihin spelling is somebody else.
    let text = "\
- slug: dmitry-ryabikhin
  name: Dmitry Ryabikhin
  native: [Дмитрий Рябихин]
  not_same_as: [dmitry-ryabihin]
- slug: nobody-mentioned
  name: Ivan Nobody
";
    let registry = Registry::parse(text, "content/officials.yaml").unwrap();
    let r = resolve(&sources, &registry);
    assert_eq!(
        r.assignments[1],
        vec![Some("dmitry-ryabikhin".to_string()); 2]
    );
    assert_eq!(r.assignments[0], [Some("dmitry-ryabihin".to_string())]);
    let registered = r.officials.iter().find(|o| o.registered).unwrap();
    assert_eq!(registered.native_name.as_deref(), Some("Дмитрий Рябихин"));
    assert!(
        r.warnings.iter().any(|w| w.contains("nobody-mentioned")),
        "{:?}",
        r.warnings
    );
    let snippet = r.registry_snippet.unwrap();
    assert!(snippet.contains("slug: dmitry-ryabihin"), "{snippet}");
    assert!(!snippet.contains("slug: dmitry-ryabikhin"), "{snippet}");
}

#[test]
fn registry_aliases_join_what_the_machine_keeps_apart() {
    let a = vec![mention("Viktor Khrenin")];
    let b = vec![mention("Khrenina")];
    let sources = [
        SourceMentions {
            source: "a",
            mentions: &a,
        },
        SourceMentions {
            source: "b",
            mentions: &b,
        },
    ];
    assert_eq!(resolve(&sources, &Registry::default()).officials.len(), 2);
    let text = "- slug: viktor-khrenin\n  name: Viktor Khrenin\n  aliases: [Khrenina]\n";
    let registry = Registry::parse(text, "content/officials.yaml").unwrap();
    let r = resolve(&sources, &registry);
    assert_eq!(r.officials.len(), 1, "{:?}", r.officials);
}

/// A deterministic pseudo-random generator (no dependency needed for a test).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

#[test]
fn resolution_is_sub_quadratic() {
    const SYLLABLES: &[&str] = &[
        "ba", "ve", "go", "du", "ze", "ki", "lo", "mu", "na", "pe", "ri", "so", "tu", "fa", "ho",
        "ce", "shi", "zha", "yu", "ya", "mi", "le", "dra", "kro", "sve",
    ];
    const ENDINGS: &[&str] = &["nko", "vich", "ov", "in", "sky", "uk", "ets", "ian"];
    const GIVEN: &[&str] = &[
        "Dmitry", "Viktor", "Oleg", "Sergei", "Ivan", "Pavel", "Igor", "Anton",
    ];
    let mut rng = Lcg(42);
    let mut names = std::collections::BTreeSet::new();
    while names.len() < 2_000 {
        let mut surname = String::new();
        for _ in 0..3 {
            surname.push_str(SYLLABLES[rng.next(SYLLABLES.len())]);
        }
        surname.push_str(ENDINGS[rng.next(ENDINGS.len())]);
        let mut chars = surname.chars();
        let first = chars.next().unwrap().to_uppercase().collect::<String>();
        let given = GIVEN[rng.next(GIVEN.len())];
        names.insert(format!("{given} {first}{}", chars.as_str()));
    }
    let names: Vec<String> = names.into_iter().collect();
    // 10 sources, each naming every person once: 20,000 mentions.
    let per_source: Vec<Vec<Mention>> = (0..10)
        .map(|_| names.iter().map(|n| mention(n)).collect())
        .collect();
    let slugs: Vec<String> = (0..10).map(|i| format!("s{i}")).collect();
    let sources: Vec<SourceMentions<'_>> = slugs
        .iter()
        .zip(&per_source)
        .map(|(s, m)| SourceMentions {
            source: s,
            mentions: m,
        })
        .collect();
    let r = resolve(&sources, &Registry::default());
    let n = r.stats.mentions;
    let all_pairs = n * (n - 1) / 2;
    println!(
        "{n} mentions, {} names, {} surnames, {} blocks, {} comparisons ({:.4}% of {all_pairs} pairs), {} officials",
        r.stats.names,
        r.stats.surnames,
        r.stats.blocks,
        r.stats.comparisons,
        100.0 * r.stats.comparisons as f64 / all_pairs as f64,
        r.officials.len()
    );
    assert_eq!(n, 20_000);
    assert!(
        r.stats.comparisons < all_pairs / 100,
        "{} comparisons is not far below {all_pairs}",
        r.stats.comparisons
    );
    // The synthetic names are mostly distinct people.
    assert!(r.officials.len() > 1_800, "{}", r.officials.len());
}

#[test]
fn the_seed_registry_parses_and_every_entry_is_found_in_seed_like_text() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/content/officials.yaml");
    let text = std::fs::read_to_string(path).unwrap();
    let registry = Registry::parse(&text, "content/officials.yaml").unwrap();
    assert_eq!(registry.people.len(), 5);
    let docs = seed_like();
    let mentions: Vec<Vec<Mention>> = docs.iter().map(|(_, ps)| recognise(ps)).collect();
    let sources: Vec<SourceMentions<'_>> = docs
        .iter()
        .zip(&mentions)
        .map(|((slug, _), m)| SourceMentions {
            source: slug,
            mentions: m,
        })
        .collect();
    let r = resolve(&sources, &registry);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let registered: Vec<&str> = r
        .officials
        .iter()
        .filter(|o| o.registered)
        .map(|o| o.slug.as_str())
        .collect();
    assert_eq!(
        registered,
        [
            "dmitry-ryabikhin",
            "mike-pompeo",
            "oleg-belokonev",
            "valery-revenko",
            "viktor-khrenin"
        ]
    );
    let revenko = r
        .officials
        .iter()
        .find(|o| o.slug == "valery-revenko")
        .unwrap();
    assert_eq!(revenko.name, "Valery Revenko");
    // Everyone the seed names is registered: no snippet to paste.
    assert_eq!(r.registry_snippet, None);
}
