//! Tests of year inference: a date without a year completed from the publication date.

use super::tests::date;
use super::*;

fn found(text: &str) -> FoundDate {
    find_dates(text).into_iter().next().unwrap()
}

fn reason(fact: &DatedFact) -> &str {
    match &fact.origin {
        Origin::Inferred { reason } => reason,
        other => panic!("not inferred: {other:?}"),
    }
}

#[test]
fn infers_the_year_of_a_day_and_month_from_the_publication_date() {
    // (text, publication date, expected date or None)
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        (
            "MINSK, December 26. /TASS/.",
            Some("2022-12-26"),
            Some("2022-12-26"),
        ),
        (
            "On February 24, Putin",
            Some("2022-12-26"),
            Some("2022-02-24"),
        ),
        // A day within a month after publication is a coming one; further on, one of the same
        // year or of the half year before.
        ("December 27", Some("2022-12-26"), Some("2022-12-27")),
        ("28 вересня", Some("2025-09-22"), Some("2025-09-28")),
        ("January 30", Some("2022-12-26"), Some("2022-01-30")),
        // Further back than half a year into the year before, the year is not known.
        ("February 29", Some("2023-03-01"), None),
        ("21 June", Some("2025-02-26"), None),
        ("December 20", Some("2023-01-10"), Some("2022-12-20")),
        ("November 5", Some("2022-12"), Some("2022-11-05")),
        // Known to the month: the next month is the coming one, months further off last year's.
        ("December 27", Some("2022-11"), Some("2022-12-27")),
        ("January 3", Some("2022-12"), Some("2023-01-03")),
        ("March 3", Some("2022-11"), Some("2022-03-03")),
        // "last year" is the year before the publication's, "this year" its own.
        ("February last year", Some("2023-01-31"), Some("2022-02")),
        (
            "в декабре прошлого года",
            Some("2026-01-19"),
            Some("2025-12"),
        ),
        ("11 июля этого года", Some("2025-08-01"), Some("2025-07-11")),
        ("July 3", Some("2022-03"), None),
        ("October 3", Some("2022-03"), Some("2021-10-03")),
        // A month alone: the publication's month or an earlier one of its year, or the next.
        ("in late October", Some("2024-11-28"), Some("~2024-10")),
        ("в конце ноября", Some("2024-11-28"), Some("~2024-11")),
        ("since December", Some("2024-11-28"), Some("2024-12")),
        ("Anfang Mai", Some("2025-01-28"), None),
        ("in October", None, None),
        // The publication's own month, known to the month only: that month of its year.
        ("December 5", Some("2022-12"), Some("2022-12-05")),
        ("December 26", Some("2022"), None),
        ("December 26", Some("~2022-12-26"), None),
        ("December 26", None, None),
        ("26 December 2022", Some("2023-01-01"), None),
        ("11 июля этого года", Some("2023-09-01"), Some("2023-07-11")),
        ("в июле текущего года", Some("2023"), Some("2023-07")),
        ("said on Monday", Some("2022-12-26"), Some("2022-12-26")),
        ("said on Friday", Some("2024-01-19"), Some("2024-01-19")),
        ("said on Sunday", Some("2022-12-26"), Some("2022-12-25")),
        ("в понедельник", Some("2022-12-28"), Some("2022-12-26")),
        ("said on Monday", Some("2022-12"), None),
        ("said on Monday", None, None),
    ];
    for (text, published, expected) in cases {
        let f = found(text);
        let got = infer(&f, published.map(date));
        let got_date = got.as_ref().map(|fact| fact.date);
        let want = expected.map(date);
        assert_eq!(got_date, want, "{text:?} published {published:?}");
        if let (Some(fact), Some(published)) = (&got, published) {
            let published = date(published).display();
            assert!(reason(fact).contains(&published), "{}", reason(fact));
        }
    }
}

#[test]
fn inference_keeps_the_approximation_and_explains_itself() {
    let f = found("MINSK, December 26. /TASS/.");
    let fact = infer(&f, Some(date("2022-12-26"))).unwrap();
    assert_eq!(
        reason(&fact),
        "the text gives no year; taken as the 26 December within a month after, else the latest \
         not after, the publication date 26 December 2022"
    );
    let f = found("said on Monday");
    let fact = infer(&f, Some(date("2022-12-26"))).unwrap();
    assert!(reason(&fact).contains("the publication day itself, a Monday"));
    let f = found("said on Sunday");
    let fact = infer(&f, Some(date("2022-12-26"))).unwrap();
    assert!(reason(&fact).contains("1 day before publication"));
}

#[test]
fn a_sentence_about_the_future_reads_a_day_or_month_as_the_next_one() {
    let published = Some(date("2023-05-31"));
    let years = |text: &str| -> Vec<Option<i32>> {
        let p = crate::model::Paragraph {
            n: 1,
            line: 1,
            text: text.to_string(),
        };
        mentions(std::slice::from_ref(&p), published)
            .iter()
            .map(|m| m.inferred.as_ref().and_then(|f| f.date.year))
            .collect()
    };
    assert_eq!(years("He will be sworn in on July 8."), [Some(2023)]);
    assert_eq!(years("Церемония состоится 8 июля."), [Some(2023)]);
    assert_eq!(years("He took office in July."), [None]);
    assert_eq!(years("He will take office in July."), [Some(2023)]);
    // Without a future marker, a day more than a month ahead is last year's, or of a year not
    // known when that is more than half a year back.
    assert_eq!(years("He took the oath on July 8."), [None]);
    assert_eq!(years("He took the oath on December 8."), [Some(2022)]);
}

#[test]
fn furniture_run_into_a_paragraph_gives_no_date_mention() {
    let texts = |text: &str| -> Vec<String> {
        let paragraphs = crate::model::Paragraph::numbered(&[text]);
        mentions(&paragraphs, None)
            .into_iter()
            .map(|m| m.text)
            .collect()
    };
    // A copyright notice a scraper ran into the article's last sentence.
    assert_eq!(
        texts("The vote was annulled in December 2024.Copyright(c) 2025 RTTNews.com."),
        ["December 2024"]
    );
    // An embedded post's signature run into the next paragraph.
    assert_eq!(
        texts("— Kancelaria Prezydenta RP (@prezydentpl) August 6, 2025После присяги он выступил."),
        Vec::<String>::new()
    );
    // A handle named in a sentence does not make the sentence's date furniture.
    assert_eq!(
        texts("Sandu (@sandumaiamd) wrote on 12 March 2024 that the talks went well."),
        ["12 March 2024"]
    );
}
