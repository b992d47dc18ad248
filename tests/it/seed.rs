//! The seed dossier end to end: the pages, people, timeline and discrepancies a reviewer expects.

use std::sync::OnceLock;

use crate::support::*;
use scraper::{Html, Selector};

/// One build of the seed dossier shared by the tests of this file.
fn site() -> &'static std::path::Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = seed_copy();
        build(dir.path());
        dir
    })
    .path()
}

fn page(relative: &str) -> String {
    std::fs::read_to_string(site().join("public").join(relative))
        .unwrap_or_else(|e| panic!("{relative}: {e}"))
}

fn text_of(html: &str, selector: &str) -> String {
    let doc = Html::parse_document(html);
    let sel = Selector::parse(selector).unwrap();
    squash(
        &doc.select(&sel)
            .map(|e| e.text().collect::<String>())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

const SOURCES: [&str; 5] = [
    "anews-khrenin-doctrine",
    "gdc-belokonev",
    "news-unrolled-ria-ryabihin",
    "tass-ryabikhin",
    "zerkalo-revenko",
];

#[test]
fn every_page_of_the_output_layout_exists() {
    for p in [
        "index.html",
        "officials.html",
        "timeline.html",
        "discrepancies.html",
        "search.html",
        "sources.html",
        "404.html",
        "search/core.js",
        "people.js",
        "timeline.json",
        "timeline.csv",
    ] {
        assert!(site().join("public").join(p).is_file(), "{p} missing");
    }
    for s in SOURCES {
        let html = page(&format!("sources/{s}.html"));
        let md = page(&format!("sources/{s}.md"));
        assert!(md.starts_with("---\n"), "{s}.md has no front matter");
        assert!(
            html.contains(&format!("href=\"{s}.md\"")),
            "{s}.html does not link its Markdown"
        );
        // The annotated Markdown is linked, not copied into the page (it made up most of its
        // bytes); syntect highlights only code blocks in editorial notes.
        assert!(
            !html.contains("class=\"code\""),
            "{s}.html still holds a highlighted copy of its Markdown"
        );
        assert!(
            html.contains("id=\"p1\""),
            "{s}.html has no paragraph anchors"
        );
    }
}

#[test]
fn index_lists_sources_officials_and_discrepancies() {
    let index = page("index.html");
    for s in SOURCES {
        assert!(
            index.contains(&format!("sources/{s}.html")),
            "index lacks {s}"
        );
    }
    for o in [
        "dmitry-ryabikhin",
        "viktor-khrenin",
        "valery-revenko",
        "oleg-belokonev",
    ] {
        assert!(
            index.contains(&format!("officials/{o}.html")),
            "index lacks {o}"
        );
    }
    assert!(
        index.contains("discrepancies.html#"),
        "index lists no discrepancy"
    );
    assert!(index.contains("href=\"timeline.html\""));
}

#[test]
fn officials_have_pages_with_every_spelling_and_its_source() {
    let ryabikhin = page("officials/dmitry-ryabikhin.html");
    let spellings = text_of(&ryabikhin, "#h-spellings + ul.spellings");
    assert!(
        spellings.contains("Ryabihin") && spellings.contains("Ryabikhin"),
        "{spellings}"
    );
    assert!(ryabikhin.contains("../sources/news-unrolled-ria-ryabihin.html#p"));
    assert!(ryabikhin.contains("../sources/tass-ryabikhin.html#p"));
    let revenko = page("officials/valery-revenko.html");
    assert!(
        revenko.contains("Ревенко"),
        "Revenko's page lacks the Cyrillic name"
    );
    assert!(
        page("officials/viktor-khrenin.html").contains("../sources/anews-khrenin-doctrine.html#p")
    );
    assert!(page("officials/oleg-belokonev.html").contains("../sources/gdc-belokonev.html#p"));
}

#[test]
fn nobody_named_only_in_boilerplate_gets_a_page() {
    let officials = page("officials.html");
    for name in [
        "Лукашенко",
        "Lukashenko",
        "Лосик",
        "Беляцк",
        "O'Connor",
        "O&#39;Connor",
        "Статкевич",
    ] {
        assert!(
            !officials.contains(name),
            "{name} has a page but is named only in boilerplate"
        );
    }
}

#[test]
fn people_are_linked_and_quotes_marked_in_the_source_text() {
    let tass = page("sources/tass-ryabikhin.html");
    assert!(tass.contains("class=\"person\" href=\"../officials/dmitry-ryabikhin.html\""));
    assert!(tass.contains("class=\"quote\""));
    assert!(tass.contains("data-speaker=\"dmitry-ryabikhin\""));
}

#[test]
fn discrepancies_show_the_ryabihin_ryabikhin_spelling_with_paragraph_links() {
    let html = page("discrepancies.html");
    let text = text_of(&html, "main");
    assert!(text.contains("Ryabihin") && text.contains("Ryabikhin"));
    assert!(html.contains("sources/news-unrolled-ria-ryabihin.html#p"));
    assert!(html.contains("sources/tass-ryabikhin.html#p"));
}

#[test]
fn every_date_is_machine_readable() {
    let valid = regex::Regex::new(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{2}-\d{2})$").unwrap();
    for p in [
        "index.html",
        "timeline.html",
        "sources/anews-khrenin-doctrine.html",
    ] {
        let html = page(p);
        assert!(html.contains("<time datetime=\""), "{p} has no <time>");
        let doc = Html::parse_document(&html);
        for t in doc.select(&Selector::parse("time").unwrap()) {
            let dt = t.value().attr("datetime").unwrap_or("");
            assert!(valid.is_match(dt), "{p}: bad datetime {dt:?}");
        }
    }
}

#[test]
fn summary_counts_what_was_built() {
    let dir = seed_copy();
    let out = run_build(dir.path());
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("5 sources"), "{stdout}");
    assert!(
        regex::Regex::new(r"\d+ officials, \d+ events, \d+ discrepancies in \d+\.\d+ s")
            .unwrap()
            .is_match(&stdout),
        "{stdout}"
    );
}

#[test]
fn a_folder_of_raw_articles_builds_a_complete_site() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("raw");
    for s in SOURCES {
        let text = std::fs::read(seed_root().join(format!("content/sources/{s}.txt"))).unwrap();
        write(&root, &format!("content/sources/{s}.txt"), &text);
    }
    let out = dir.path().join("site");
    let mut options = dossier::BuildOptions::new(&root);
    options.out = out.clone();
    let summary = dossier::build(&options).unwrap();
    assert_eq!(summary.sources, 5);
    assert!(
        summary.officials >= 4,
        "only {} officials without a registry",
        summary.officials
    );
    assert!(out.join("officials.html").is_file());
    assert!(!root.join("public").exists(), "--out was ignored");
    let mut pages: Vec<String> = std::fs::read_dir(out.join("officials"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    pages.sort();
    assert_eq!(
        pages,
        [
            "dmitry-ryabikhin.html",
            "mike-pompeo.html",
            "oleg-belokonev.html",
            "valeriy-revenko.html",
            "viktor-khrenin.html"
        ],
        "without a registry"
    );
    let read = |p: &str| std::fs::read_to_string(out.join("officials").join(p)).unwrap();
    let ryabikhin = read("dmitry-ryabikhin.html");
    assert!(ryabikhin.contains("Ryabihin") && ryabikhin.contains("Ryabikhin"));
    let revenko = read("valeriy-revenko.html");
    assert!(revenko.contains("Valeriy Revenko") && revenko.contains("Валерий Ревенко"));
}

/// The discrepancy articles of the page, as (id, text, html).
fn discrepancy_items() -> Vec<(String, String, String)> {
    let html = page("discrepancies.html");
    let doc = Html::parse_document(&html);
    doc.select(&Selector::parse("article.discrepancy").unwrap())
        .map(|a| {
            (
                a.value().attr("id").unwrap_or("").to_string(),
                squash(&a.text().collect::<String>()),
                a.html(),
            )
        })
        .collect()
}

#[test]
fn quote_variant_of_ria_and_tass_is_shown_with_a_word_diff() {
    let items = discrepancy_items();
    let (_, text, html) = items
        .iter()
        .find(|(id, _, h)| {
            id.starts_with("quote-")
                && h.contains("news-unrolled-ria-ryabihin.html#p4")
                && h.contains("tass-ryabikhin.html#p3")
        })
        .expect("no item pairs RIA ¶4 with TASS ¶3");
    assert!(
        html.contains("<del>") && html.contains("<ins>"),
        "no word diff: {html}"
    );
    assert!(text.contains("unilaterally suspended"), "{text}");
    assert!(text.contains("found by the machine"), "{text}");
}

#[test]
fn title_variant_of_ryabikhin_is_a_minor_variant() {
    let items = discrepancy_items();
    let (_, text, _) = items
        .iter()
        .find(|(id, _, _)| id.starts_with("title-dmitry-ryabikhin"))
        .expect("no title variant for Ryabikhin");
    assert!(text.contains("minor variant"), "{text}");
    assert!(
        text.contains("Deputy Head of the Department of International Cooperation"),
        "{text}"
    );
    assert!(
        text.contains("deputy chief of the ministry’s international cooperation department"),
        "{text}"
    );
}

#[test]
fn zerkalo_publication_date_is_reported_missing() {
    let items = discrepancy_items();
    assert!(
        items
            .iter()
            .any(|(id, _, html)| id.contains("zerkalo-revenko")
                && html.contains("sources/zerkalo-revenko.html")),
        "no missing-date item for Zerkalo"
    );
    // TASS's date comes from its sidecar: not missing.
    assert!(!items
        .iter()
        .any(|(id, _, _)| id == "date-unknown-tass-ryabikhin"));
}

#[test]
fn editorial_notes_are_shown_and_marked() {
    let items = discrepancy_items();
    let editorial: Vec<_> = items
        .iter()
        .filter(|(_, t, _)| t.contains("editorial"))
        .collect();
    assert!(
        editorial.len() >= 3,
        "only {} editorial notes",
        editorial.len()
    );
    assert!(items.iter().any(|(id, _, _)| id == "nato-suspension-dates"));
}

#[test]
fn discrepancies_are_linked_from_officials_and_sources() {
    assert!(page("officials/dmitry-ryabikhin.html")
        .contains("../discrepancies.html#name-dmitry-ryabikhin"));
    assert!(page("sources/tass-ryabikhin.html").contains("../discrepancies.html#"));
    assert!(page("sources/zerkalo-revenko.html").contains("../discrepancies.html#"));
}

/// The events of the timeline page in order, as (datetime or "", text).
fn timeline_events() -> Vec<(String, String)> {
    let html = page("timeline.html");
    let doc = Html::parse_document(&html);
    let time = Selector::parse(".event-date time").unwrap();
    doc.select(&Selector::parse("li.event").unwrap())
        .map(|li| {
            let dt = li
                .select(&time)
                .next()
                .and_then(|t| t.value().attr("datetime"))
                .unwrap_or("")
                .to_string();
            (dt, squash(&li.text().collect::<String>()))
        })
        .collect()
}

#[test]
fn timeline_shows_the_seed_events_in_order() {
    let events = timeline_events();
    let position = |pred: &dyn Fn(&(String, String)) -> bool, what: &str| {
        events
            .iter()
            .position(pred)
            .unwrap_or_else(|| panic!("timeline lacks {what}:\n{events:#?}"))
    };
    let gdc = position(
        &|(dt, t)| dt == "2020" && t.contains("GDC"),
        "the GDC article (2020)",
    );
    let nato = position(
        &|(dt, t)| dt == "2021-11" && t.contains("approximate"),
        "NATO's suspension, about November 2021",
    );
    let february = position(&|(dt, _)| dt == "2022-02-24", "24 February 2022");
    let stv = position(
        &|(dt, t)| dt == "2022-12-26" && t.contains("Monday"),
        "the STV interview on 26 December 2022 with its year's origin",
    );
    let doctrine = position(
        &|(dt, t)| dt == "2024-01-19" && t.contains("Khrenin"),
        "Khrenin's doctrine, 19 January 2024",
    );
    assert!(
        gdc < nato && nato < february && february < stv && stv < doctrine,
        "{events:#?}"
    );
    let undated = page("timeline.html");
    let undated = undated
        .split("id=\"undated\"")
        .nth(1)
        .expect("no undated section");
    assert!(
        undated.contains("sources/zerkalo-revenko.html"),
        "Zerkalo is not listed as undated"
    );
}

#[test]
fn timeline_is_exported_as_json_and_csv() {
    let json: serde_json::Value = serde_json::from_str(&page("timeline.json")).unwrap();
    let events = json.as_array().expect("timeline.json is a list");
    assert!(events.iter().any(|e| e["date"] == "2024-01-19"));
    let csv = page("timeline.csv");
    assert!(
        csv.starts_with("id,date,precision,approximate,title,people,sources,origin,authorship\n"),
        "{csv:.200}"
    );
    assert_eq!(csv.lines().count(), events.len() + 1);
}

#[test]
fn base_url_gives_each_page_its_canonical_address_and_links_stay_relative() {
    let dir = seed_copy();
    write(
        dir.path(),
        "dossier.yaml",
        b"title: T\nbase_url: https://example.org/dossier/\n",
    );
    build(dir.path());
    let page =
        std::fs::read_to_string(dir.path().join("public/sources/tass-ryabikhin.html")).unwrap();
    assert!(page.contains(
        "<link rel=\"canonical\" href=\"https://example.org/dossier/sources/tass-ryabikhin.html\">"
    ));
    assert!(page.contains("href=\"../index.html\""));
    assert!(!std::fs::read_to_string(site().join("public/index.html"))
        .unwrap()
        .contains("canonical"));
}

#[test]
fn the_build_offers_a_registry_snippet_and_warns_about_unmentioned_entries() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read(seed_root().join("content/sources/tass-ryabikhin.txt")).unwrap();
    write(dir.path(), "content/sources/tass.txt", &text);
    write(
        dir.path(),
        "content/officials.yaml",
        b"- slug: ivan-nobody\n  name: Ivan Nobody\n",
    );
    let out = run_build(dir.path());
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning:") && stderr.contains("ivan-nobody"),
        "{stderr}"
    );
    assert!(stderr.contains("- slug: dmitry-ryabikhin"), "{stderr}");
    // The snippet is ready to paste: appended to the registry, it parses and registers him.
    let snippet: String = stderr
        .lines()
        .skip_while(|l| !l.starts_with("- slug: dmitry-ryabikhin"))
        .take_while(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    let registry = format!("- slug: ivan-nobody\n  name: Ivan Nobody\n{snippet}");
    write(dir.path(), "content/officials.yaml", registry.as_bytes());
    let again = run_build(dir.path());
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert!(!String::from_utf8_lossy(&again.stderr).contains("- slug: dmitry-ryabikhin"));
}

#[test]
fn references_resolve_in_every_piece_of_editorial_markdown() {
    let dir = seed_copy();
    write(
        dir.path(),
        "dossier.yaml",
        "title: T\ndescription: Start with [[tass-ryabikhin#p3]] and [[dmitry-ryabikhin]].\n"
            .as_bytes(),
    );
    write(
        dir.path(),
        "content/sources/gdc-belokonev.yaml",
        b"notes: Compare [[oleg-belokonev]] in [[anews-khrenin-doctrine]].\n",
    );
    build(dir.path());
    let index = std::fs::read_to_string(dir.path().join("public/index.html")).unwrap();
    assert!(
        index.contains("href=\"sources/tass-ryabikhin.html#p3\""),
        "{index}"
    );
    assert!(index.contains("href=\"officials/dmitry-ryabikhin.html\""));
    let gdc =
        std::fs::read_to_string(dir.path().join("public/sources/gdc-belokonev.html")).unwrap();
    assert!(gdc.contains("href=\"../officials/oleg-belokonev.html\""));
    assert!(gdc.contains("href=\"../sources/anews-khrenin-doctrine.html\""));
}

/// The search index marks Russian paragraphs as Russian, so the browser stems them as Russian;
/// English paragraphs carry no stemmer.
#[test]
fn search_index_marks_the_language_of_russian_paragraphs() {
    let paragraphs = page("search/paragraphs-1.js");
    let docs: Vec<&str> = paragraphs.split("{\"id\":").skip(1).collect();
    let zerkalo: Vec<&&str> = docs
        .iter()
        .filter(|d| d.contains("zerkalo-revenko"))
        .collect();
    assert!(!zerkalo.is_empty(), "no Zerkalo paragraph in the index");
    assert!(zerkalo.iter().all(|d| d.contains("\"l\":\"ru\"")));
    let tass: Vec<&&str> = docs
        .iter()
        .filter(|d| d.contains("tass-ryabikhin"))
        .collect();
    assert!(!tass.is_empty() && tass.iter().all(|d| d.contains("\"l\":\"\"")));
}
