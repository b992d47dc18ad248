//! The evaluation on a tiny hand-made subject: what it counts when the machine is right and
//! when it is wrong.

use super::*;

const ARTICLE: &str = "Minister meets envoy\nPosted: 12.03.2024 10:30\nForeign Minister Ararat Mirzoyan met the envoy in Yerevan on March 11.\n\"We are ready to talk about everything,\" Mirzoyan said.\nRead more:\n18:37 / 17.01.2026 / Other story about something else\n";

const TRUTH: &str = "url: https://example.org/1\noutlet: null\nlanguage: en\npublished: 2024-03-12\npeople:\n  - id: ararat-mirzoyan\n    spellings: [Ararat Mirzoyan, Mirzoyan]\n    titles: [Foreign Minister]\nquotes:\n  - text: We are ready to talk\n    speaker: ararat-mirzoyan\n    statement: ready\ndates:\n  - text: 12.03.2024\n    value: 2024-03-12\n    kind: publication\n  - text: March 11\n    value: 2024-03-11\n    kind: event\n  - text: 17.01.2026\n    value: 2026-01-17\n    kind: furniture\nboilerplate:\n  - \"Posted: 12.03.2024 10:30\"\n  - \"Read more:\"\n  - 18:37 / 17.01.2026 / Other story about something else\n";

fn article(name: &str, text: &str, truth: &str) -> Article {
    Article {
        name: name.to_string(),
        text: text.to_string(),
        truth: truth::parse(truth, name).expect("fixture truth parses"),
    }
}

#[test]
fn a_subject_is_scored_against_its_truth() {
    let report = evaluate("fixture", &[article("a", ARTICLE, TRUTH)]).expect("evaluates");
    let c = report.counts;
    assert_eq!(c.articles, 1);
    assert_eq!(c.persons, 1);
    assert_eq!(c.persons_without_page, 0, "{:#?}", report.notes);
    assert_eq!(c.junk_pages, 0, "{:#?}", report.notes);
    assert_eq!(c.quotes_named, 1);
    assert_eq!(c.attributed_right, 1, "{:#?}", report.notes);
    assert_eq!(c.dates_stated, 2);
    assert_eq!(c.dates_found + c.dates_wrong + c.dates_missed, 2);
    assert_eq!(c.boilerplate_lines, 3);
    assert!(c.boilerplate_kept <= 3);
    assert_eq!(c.language_right + c.language_wrong, 1);
    assert_eq!(
        c.published_right + c.published_wrong + c.published_missing,
        1
    );
    // Every shortfall has a note a developer can act on.
    let shortfalls = c.dates_wrong
        + c.dates_missed
        + c.dates_furniture
        + c.dates_invented
        + c.boilerplate_kept
        + c.article_lines_removed
        + c.language_wrong
        + c.published_wrong
        + c.published_missing;
    assert_eq!(report.notes.len(), shortfalls, "{:#?}", report.notes);
    let figures = c.figures();
    assert_eq!(figures.get("attribution_precision"), Some(&1.0));
}

#[test]
fn a_wrong_truth_speaker_and_a_missing_person_are_counted() {
    let truth = TRUTH
        .replace("speaker: ararat-mirzoyan", "speaker: none")
        .replace(
            "quotes:",
            "  - id: nobody-here\n    spellings: [Nikol Pashinyan]\n    titles: []\nquotes:",
        );
    let report = evaluate("fixture", &[article("a", ARTICLE, &truth)]).expect("evaluates");
    let c = report.counts;
    assert_eq!(c.quotes_named, 0);
    assert_eq!(c.attributed_wrong, 1, "{:#?}", report.notes);
    assert_eq!(c.persons, 2);
    assert_eq!(c.persons_without_page, 1);
    assert!(report
        .notes
        .iter()
        .any(|n| n.contains("nobody-here has no page")));
}

#[test]
fn furniture_kept_in_the_body_is_counted_when_the_truth_says_so() {
    let truth = TRUTH.replace(
        "  - \"Read more:\"\n  - 18:37 / 17.01.2026 / Other story about something else\n",
        "",
    );
    let text = ARTICLE.replace("Read more:\n", "");
    let report = evaluate("fixture", &[article("a", &text, &truth)]).expect("evaluates");
    let c = report.counts;
    // The furniture line is article text now as far as the truth's boilerplate goes, but its
    // date is still furniture: a date taken from it is counted as such.
    assert_eq!(
        c.dates_furniture + c.dates_invented,
        c.dates_furniture,
        "{:#?}",
        report.notes
    );
    assert_eq!(c.boilerplate_lines, 1);
}

#[test]
fn quote_pairs_across_articles_are_counted() {
    let second = ARTICLE.replace(
        "We are ready to talk about everything",
        "We are prepared to talk about anything at all",
    );
    let truth2 = TRUTH.replace("We are ready to talk", "We are prepared to talk");
    let report = evaluate(
        "fixture",
        &[article("a", ARTICLE, TRUTH), article("b", &second, &truth2)],
    )
    .expect("evaluates");
    assert_eq!(report.counts.quote_pairs, 1);
    assert!(report.counts.quote_pairs_found <= 1);
}

#[test]
fn a_missing_truth_file_is_a_problem_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("x.txt"), "Text\n").expect("write");
    let err = read_subject(dir.path()).expect_err("no truth");
    assert!(err.to_string().contains("x.truth.yaml"), "{err}");
    assert!(err.to_string().contains("no truth file"), "{err}");
}

#[test]
fn the_table_has_a_row_per_subject_and_the_total() {
    let report = evaluate("fixture", &[article("a", ARTICLE, TRUTH)]).expect("evaluates");
    let rows = [("fixture", report.counts), ("total", total(&[report]))];
    let text = table::render(&rows);
    for block in ["People", "Quotes", "Dates", "Lines and language"] {
        assert!(text.contains(block), "{text}");
    }
    assert_eq!(text.matches("\n  total").count(), 4, "{text}");
}
