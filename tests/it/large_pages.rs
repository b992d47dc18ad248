//! Large pages stay usable (issue 9): a dossier whose timeline, discrepancies, officials and
//! sources each pass the page limit is built; the long list pages are split into parts linked
//! from small overview pages, no page holds more entries than the limit, and every link of the
//! site, of the search index and of the sitemap reaches the part that holds its item.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// The most entries a list page holds (`PAGE_ENTRIES_MAX` in `src/render/pages/parts.rs`).
const PAGE_ENTRIES_MAX: usize = 300;

/// Sources, officials and editorial notes of the generated dossier: each above the limit.
const SOURCES: usize = 360;
const NOTES: usize = 320;

const FIRST: [&str; 12] = [
    "Anna", "Boris", "Dmitry", "Elena", "Fyodor", "Galina", "Igor", "Kirill", "Leonid", "Maria",
    "Oleg", "Pavel",
];
/// Syllables whose consonants name resolution never takes for respellings of each other (it
/// joins k/kh/ch/s/sh, b/p/v/w, d/t, m/n).
const SYLLABLES: [&str; 6] = ["ko", "ra", "li", "mu", "de", "bi"];

/// A surname, different for every `i / 12` below 36: with the first name (`i % 12`), every
/// official below 432 has a name of their own.
fn surname(i: usize) -> String {
    let middle: String = [(i / 12) % 6, (i / 72) % 6]
        .iter()
        .map(|&k| SYLLABLES[k])
        .collect();
    format!("Ta{middle}shvili")
}

/// Writes the dossier: one source per official, each dated and quoting its official, and
/// editorial notes that cite the sources (they join the discrepancies, kind `other`).
fn write_dossier(root: &Path) {
    let sources = root.join("content/sources");
    let notes = root.join("content/notes");
    fs::create_dir_all(&sources).unwrap();
    fs::create_dir_all(&notes).unwrap();
    fs::write(
        root.join("dossier.yaml"),
        "title: Large\nbase_url: https://example.org/large/\n",
    )
    .unwrap();
    for i in 0..SOURCES {
        let name = format!("{} {}", FIRST[i % FIRST.len()], surname(i));
        let (year, month, day) = (2010 + i % 12, i % 12, 1 + i % 28);
        let text = format!(
            "Talks on item {i} resume\n\n\
             MINSK, {month_name} {day}. Defence Minister {name} said on {day} {month_name} {year} \
             that the talks on item {i} would resume.\n\n\
             \"We are ready to discuss item {i},\" {name} told reporters.\n",
            month_name = dossier::model::month_name(u8::try_from(month + 1).unwrap()),
        );
        fs::write(sources.join(format!("s{i:03}.txt")), text).unwrap();
        let sidecar = format!(
            "published: {year}-{:02}-{day:02}\noutlet: Agency {}\n",
            month + 1,
            i % 7
        );
        fs::write(sources.join(format!("s{i:03}.yaml")), sidecar).unwrap();
    }
    for i in 0..NOTES {
        let source = format!("s{:03}", i % SOURCES);
        let note = format!(
            "---\ntitle: Note {i} on item {}\nkind: other\nsources: [{source}]\n---\n\n\
             See [[{source}#p1]].\n",
            i % SOURCES
        );
        fs::write(notes.join(format!("note-{i:03}.md")), note).unwrap();
    }
}

/// Every file of the output, by path relative to it.
fn files(out: &Path) -> Vec<String> {
    walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let relative = e.path().strip_prefix(out).unwrap();
            relative.to_string_lossy().replace('\\', "/")
        })
        .collect()
}

/// The number of list entries of a page: events, discrepancies, and the items of the
/// officials' and sources' lists.
fn entries(html: &str) -> usize {
    let events = html.matches("<li class=\"event").count();
    let discrepancies = html.matches("<article class=\"discrepancy").count();
    let lists: usize = [
        "<ul class=\"officials-index\">",
        "<ol class=\"source-list\">",
    ]
    .iter()
    .flat_map(|marker| html.split(marker).skip(1))
    .map(count_items)
    .sum();
    events + discrepancies + lists
}

/// The `<li>` items of a list, up to its end.
fn count_items(list: &str) -> usize {
    let end = ["</ul>", "</ol>"]
        .iter()
        .filter_map(|close| list.find(close))
        .min()
        .unwrap_or(list.len());
    list[..end].matches("<li>").count()
}

#[test]
fn long_list_pages_are_split_into_parts_and_every_link_reaches_its_item() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("dossier");
    write_dossier(&root);
    let out = dir.path().join("public");
    let mut options = dossier::BuildOptions::new(&root);
    options.out = out.clone();
    let summary = dossier::build(&options).expect("the large dossier builds");
    assert!(summary.sources > PAGE_ENTRIES_MAX);
    assert!(
        summary.events > PAGE_ENTRIES_MAX,
        "{} events",
        summary.events
    );
    assert!(summary.discrepancies > PAGE_ENTRIES_MAX);
    assert!(
        summary.officials > PAGE_ENTRIES_MAX,
        "{} officials",
        summary.officials
    );

    let all = files(&out);
    let listed: BTreeSet<&str> = all.iter().map(String::as_str).collect();
    // The parts exist: the timeline and the sources by year, the officials by letter, the
    // discrepancies by kind (the notes' 320 items in two numbered parts).
    for part in [
        "timeline-2010.html",
        "timeline-2021.html",
        "sources-2010.html",
        "sources-2021.html",
        "officials-a.html",
        "officials-p.html",
        "discrepancies-other.html",
        "discrepancies-other-2.html",
    ] {
        assert!(listed.contains(part), "{part} is missing");
    }
    // The overview pages link their parts and hold no entries themselves.
    for (page, part) in [
        ("timeline.html", "timeline-2015.html"),
        ("sources.html", "sources-2015.html"),
        ("officials.html", "officials-k.html"),
        ("discrepancies.html", "discrepancies-other-2.html"),
    ] {
        let html = fs::read_to_string(out.join(page)).unwrap();
        assert!(
            html.contains(&format!("href=\"{part}\"")),
            "{page} does not link {part}"
        );
        assert_eq!(entries(&html), 0, "{page} lists entries");
    }
    let part = fs::read_to_string(out.join("discrepancies-other-2.html")).unwrap();
    assert!(part.contains("<title>Discrepancies: Other notes (2 of 2) · Large</title>"));

    // No page holds more entries than the limit.
    for page in all.iter().filter(|p| p.ends_with(".html")) {
        let html = fs::read_to_string(out.join(page)).unwrap();
        let n = entries(&html);
        assert!(n <= PAGE_ENTRIES_MAX, "{page} holds {n} entries");
    }
    let index = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.matches("class=\"officials-list\"").count() == 1);
    let listed_officials = index.matches("href=\"officials/").count();
    assert!(
        listed_officials <= 25,
        "index.html lists {listed_officials} officials"
    );

    // Every link of the site reaches a file and an anchor.
    let report = dossier::check::check_site_report(&out);
    assert!(report.links > 10_000, "{} links checked", report.links);
    assert!(
        report.problems.is_empty(),
        "{:#?}",
        &report.problems[..5.min(report.problems.len())]
    );

    // The search index: the first file holds the officials only, and every address with an
    // anchor reaches it.
    let core = fs::read_to_string(out.join("search/core.js")).unwrap();
    assert!(!core.contains("\"k\":\"discrepancy\""));
    assert!(listed.contains("search/items-1.js"));
    for file in all.iter().filter(|p| p.starts_with("search/")) {
        let script = fs::read_to_string(out.join(file)).unwrap();
        for address in script.split("\"u\":\"").skip(1) {
            let address = address.split('"').next().unwrap();
            let Some((path, anchor)) = address.split_once('#') else {
                assert!(listed.contains(address), "{file}: {address} is missing");
                continue;
            };
            let target = fs::read_to_string(out.join(path))
                .unwrap_or_else(|_| panic!("{file}: {address}: no such page"));
            assert!(
                target.contains(&format!("id=\"{anchor}\"")),
                "{file}: {address}: no such anchor"
            );
        }
    }
    // The sitemap lists the parts.
    let sitemap = fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("https://example.org/large/discrepancies-other-2.html"));
    assert!(sitemap.contains("https://example.org/large/officials-a.html"));
}
