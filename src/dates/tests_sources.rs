//! Dates outside article phrasings: an editor's dates in sidecars, messy text cut anywhere, and
//! the dates of the seed sources.

use super::tests::summary;
use super::*;

/// Year, month, day, approximate.
type Parts = (Option<i32>, Option<u8>, Option<u8>, bool);

#[test]
fn editor_dates_parse_or_explain() {
    let ok: &[(&str, Parts)] = &[
        ("2022-12-26", (Some(2022), Some(12), Some(26), false)),
        ("2021-11", (Some(2021), Some(11), None, false)),
        ("2020", (Some(2020), None, None, false)),
        ("~2021-11", (Some(2021), Some(11), None, true)),
        ("about 2021-11", (Some(2021), Some(11), None, true)),
        (" About 2020 ", (Some(2020), None, None, true)),
        ("2024-02-29", (Some(2024), Some(2), Some(29), false)),
    ];
    for (text, (y, m, d, approx)) in ok {
        let got = parse_editor_date(text).unwrap();
        assert_eq!(
            (got.year, got.month, got.day, got.approximate),
            (*y, *m, *d, *approx)
        );
    }
    let bad: &[(&str, &str)] = &[
        ("", "is empty"),
        ("~", "is empty"),
        ("2021-13", "month 13"),
        ("2021-02-30", "day 30 does not exist in February 2021"),
        ("2023-02-29", "day 29 does not exist in February 2023"),
        ("21-11", "year in \"21-11\" must have 4 digits"),
        ("2021-1", "month in \"2021-1\" must have 2 digits"),
        ("2021/11", "write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("26 December 2022", "write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2021-11-05-01", "write YYYY, YYYY-MM or YYYY-MM-DD"),
    ];
    for (text, message) in bad {
        let err = parse_editor_date(text).unwrap_err();
        assert!(err.contains(message), "{text:?}: {err}");
    }
}

#[test]
fn never_panics_and_offsets_hold_on_any_cut_of_messy_text() {
    let text = "MİNSK, 26 декабря – РИА Новости. Published\u{a0}January 19,2024 © 2020 \
                ориентировочно где-то с\u{a0}ноября 2021 года, mid-2022, в понедельник, \
                İstanbul 1 января, K 2020 года, on Monday.";
    let cuts: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    for &a in &cuts {
        for &b in cuts.iter().filter(|&&b| b >= a).step_by(7) {
            let piece = &text[a..b];
            for f in find_dates(piece) {
                assert_eq!(&piece[f.start..f.end], f.text);
            }
        }
    }
}

#[test]
fn seed_sources_give_the_expected_dates() {
    let sources = [
        include_str!("../../content/sources/tass-ryabikhin.txt"),
        include_str!("../../content/sources/news-unrolled-ria-ryabihin.txt"),
        include_str!("../../content/sources/anews-khrenin-doctrine.txt"),
        include_str!("../../content/sources/zerkalo-revenko.txt"),
        include_str!("../../content/sources/gdc-belokonev.txt"),
    ];
    let mut found = Vec::new();
    for text in sources {
        for line in text.lines() {
            for f in find_dates(line) {
                assert_eq!(&line[f.start..f.end], f.text);
                found.push(summary(&f));
            }
        }
    }
    assert_eq!(
        found,
        [
            "dateline:MINSK ????-12-26",
            "weekday:1 ????",
            "calendar ????-02-24",
            "dateline:MINSK ????-12-26",
            "weekday:1 ????",
            "calendar ????-02-24",
            "calendar ????-03-22",
            "published 2024-01-19",
            "weekday:5 ????",
            "calendar ????-01-01",
            "calendar ~2021-11",
            "this_year ????-07-11",
            "copyright 2020",
        ]
    );
}
