//! The evaluation table: one block per area, one row per subject and a total row.

use std::fmt::Write;

use super::figures::Counts;

/// A ratio as a two-decimal number, or "–" when there is nothing to measure.
fn r(part: usize, whole: usize) -> String {
    if whole == 0 {
        "–".to_string()
    } else {
        format!("{:.2}", part as f64 / whole as f64)
    }
}

/// One block: a header and one row per (name, counts).
fn block(
    out: &mut String,
    title: &str,
    header: &[&str],
    rows: &[(&str, Counts)],
    cells: fn(&Counts) -> Vec<String>,
) {
    let _ = writeln!(out, "{title}");
    let mut all: Vec<Vec<String>> = vec![header.iter().map(|h| h.to_string()).collect()];
    for (name, counts) in rows {
        let mut row = vec![name.to_string()];
        row.extend(cells(counts));
        all.push(row);
    }
    let columns = header.len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            all.iter()
                .filter_map(|row| row.get(c))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in &all {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, w))| {
                if i == 0 {
                    format!("{cell:<w$}")
                } else {
                    format!("{cell:>w$}")
                }
            })
            .collect();
        let _ = writeln!(out, "  {}", line.join("  ").trim_end());
    }
    out.push('\n');
}

/// The whole table for `rows` (each subject, then the total).
pub fn render(rows: &[(&str, Counts)]) -> String {
    let mut out = String::new();
    block(
        &mut out,
        "People",
        &[
            "subject",
            "articles",
            "precision",
            "recall",
            "pages",
            "junk",
            "persons",
            "no page",
            "unmatched",
            "titles ok",
            "titles wrong",
        ],
        rows,
        |c| {
            vec![
                c.articles.to_string(),
                r(c.pairs_right, c.pairs_machine),
                r(c.pairs_right, c.pairs_truth),
                c.pages.to_string(),
                c.junk_pages.to_string(),
                c.persons.to_string(),
                c.persons_without_page.to_string(),
                c.mentions_unmatched.to_string(),
                c.titles_right.to_string(),
                c.titles_wrong.to_string(),
            ]
        },
    );
    block(
        &mut out,
        "Quotes",
        &[
            "subject",
            "named",
            "right",
            "wrong",
            "spurious",
            "precision",
            "coverage",
            "pairs",
            "pairs found",
            "same-lang pairs",
            "found",
        ],
        rows,
        |c| {
            let given = c.attributed_right + c.attributed_wrong + c.attributed_spurious;
            vec![
                c.quotes_named.to_string(),
                c.attributed_right.to_string(),
                c.attributed_wrong.to_string(),
                c.attributed_spurious.to_string(),
                r(c.attributed_right, given),
                r(c.attributed_right, c.quotes_named),
                c.quote_pairs.to_string(),
                c.quote_pairs_found.to_string(),
                c.quote_pairs_same_language.to_string(),
                c.quote_pairs_same_language_found.to_string(),
            ]
        },
    );
    block(
        &mut out,
        "Dates",
        &[
            "subject",
            "stated",
            "found",
            "wrong",
            "missed",
            "found share",
            "invented",
            "furniture",
            "pub ok",
            "pub wrong",
            "pub missing",
        ],
        rows,
        |c| {
            vec![
                c.dates_stated.to_string(),
                c.dates_found.to_string(),
                c.dates_wrong.to_string(),
                c.dates_missed.to_string(),
                r(c.dates_found, c.dates_stated),
                c.dates_invented.to_string(),
                c.dates_furniture.to_string(),
                c.published_right.to_string(),
                c.published_wrong.to_string(),
                c.published_missing.to_string(),
            ]
        },
    );
    block(
        &mut out,
        "Lines and language",
        &[
            "subject",
            "boilerplate",
            "kept",
            "article removed",
            "language ok",
            "language wrong",
        ],
        rows,
        |c| {
            vec![
                c.boilerplate_lines.to_string(),
                c.boilerplate_kept.to_string(),
                c.article_lines_removed.to_string(),
                c.language_right.to_string(),
                c.language_wrong.to_string(),
            ]
        },
    );
    out
}
