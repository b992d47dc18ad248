//! Tests of `clean` on the publication date: date stamps, update stamps, labels, bylines and
//! broadcast notices that date the page, and stamps that date nothing of it.

use super::stamps;
use super::tests::{clean, doc, verdict};
use crate::model::{Origin, PartialDate};

#[test]
fn date_stamps_are_removed_and_the_last_one_before_the_body_is_the_publication_date() {
    let c = clean(&doc("18.11.2025\nMinisters find problems on the way to a treaty\n08.11.2022\nOn November 7 the foreign ministers of the two countries met in Washington and discussed the elements of a possible peace treaty, the ministry said in a statement.\nRelated\n14:34 / 17.01.2026\n"));
    assert_eq!(verdict(&c, 1), stamps::STAMP_REASON);
    assert_eq!(verdict(&c, 3), stamps::STAMP_REASON);
    assert_eq!(
        c.metadata.published.value,
        Some(PartialDate::ymd(2022, 11, 8))
    );
    assert!(matches!(
        c.metadata.published.origin,
        Origin::Stated { line: 3, .. }
    ));
    assert_eq!(
        c.metadata.title.value.as_deref(),
        Some("Ministers find problems on the way to a treaty")
    );
}

#[test]
fn an_update_stamp_is_no_publication_date() {
    let body = "On November 7 the foreign ministers of the two countries met in Washington and \
                discussed the elements of a possible peace treaty, the ministry said in a statement.";
    let c = clean(&doc(&format!(
        "Последнее обновление: 26.11.2024 18:00\nMinisters find problems on the way to a treaty\n{body}\n"
    )));
    assert_eq!(verdict(&c, 1), stamps::STAMP_REASON);
    assert_eq!(c.metadata.published.value, None);
    // The label may stand on the line above; the publication stamp above it is the date.
    let c = clean(&doc(&format!(
        "Ministers find problems on the way to a treaty\n28 лют. 2024 09:51\nОстаннє оновлення\n28 лют. 2024 09:52\n{body}\n"
    )));
    assert!(
        matches!(c.metadata.published.origin, Origin::Stated { line: 2, .. }),
        "{:?}",
        c.metadata.published.origin
    );
}

#[test]
fn a_broadcast_notice_gives_the_publication_date() {
    let body = "Der Präsident und der Regierungschef unterzeichneten in der Hauptstadt eine \
                Erklärung über freundschaftliche Beziehungen und gute Nachbarschaft.";
    let c = clean(&doc(&format!(
        "Eine Überschrift aus mehreren Wörtern hier\n{body}\nDiese Nachricht wurde am 07.12.2023 im Programm Deutschlandfunk gesendet.\n"
    )));
    assert!(
        verdict(&c, 3).starts_with("broadcast notice"),
        "{}",
        verdict(&c, 3)
    );
    assert_eq!(
        c.metadata.published.value,
        Some(PartialDate::ymd(2023, 12, 7))
    );
}

#[test]
fn a_site_clock_above_the_navigation_is_no_publication_date() {
    let body =
        "The president of the country demanded equal relations at the summit in the capital, \
                saying that the small nations of the region deserve respect from their partners.";
    // The story's own stamp gives only a time; the clock of the site above the menu is not its date.
    let c = clean(&doc(&format!(
        "Пт, 2024-03-29, 14:06\nГоловна Реєстрація RSS\nНовини минулих днів\n13:04\nAsia is not the USSR, says the president\n{body}\n"
    )));
    assert_eq!(verdict(&c, 1), stamps::STAMP_REASON);
    assert_eq!(c.metadata.published.value, None);
    // A date right above the time is the story's own.
    let c = clean(&doc(&format!(
        "Головна Реєстрація RSS\n15.10.2022\n13:04\nAsia is not the USSR, says the president\n{body}\n"
    )));
    assert_eq!(
        c.metadata.published.value,
        Some(PartialDate::ymd(2022, 10, 15))
    );
}

#[test]
fn a_date_label_at_the_start_of_a_line_gives_the_publication_date() {
    let c = clean(&doc(" date 2025-08-09 Aliyev and Pashinyan propose Trump for the Nobel prize\n\nThe two leaders signed a joint declaration at the White House on Friday, the agencies reported.\n"));
    assert_eq!(
        c.metadata.published.value,
        Some(PartialDate::ymd(2025, 8, 9))
    );
    assert_eq!(
        c.metadata.title.value.as_deref(),
        Some("Aliyev and Pashinyan propose Trump for the Nobel prize"),
        "the date label is no part of the headline"
    );
}

#[test]
fn a_bar_of_page_data_with_a_date_gives_the_publication_date() {
    let text = "Minister named prime minister by parliament\n\
                Jan 11, 2022  •  1 hour ago  •  < 1 minute read  •  Join the conversation\n\
                The president nominated the minister for prime minister on Tuesday, and the lower \
                house of parliament swiftly voted him in during a session broadcast live.";
    let c = clean(&doc(text));
    assert_eq!(verdict(&c, 2), super::stamps::STAMP_REASON);
    assert_eq!(
        c.metadata.published.value,
        Some(PartialDate::ymd(2022, 1, 11))
    );
}

#[test]
fn a_stamp_closing_the_page_under_the_article_gives_the_publication_date() {
    let prose = "International concern is amplified regarding the conflict because of the danger to stability in the region, which serves as a corridor for the oil and gas pipelines that bring goods from the Caspian Sea.";
    let c = clean(&doc(&format!(
        "A headline of several words here\n\n{prose}\n\n\n16 July 2020 17:55\n"
    )));
    assert_eq!(verdict(&c, 6), super::stamps::STAMP_REASON);
    assert_eq!(
        c.metadata.published.value,
        Some(PartialDate::ymd(2020, 7, 16))
    );
    // Under a list of other stories, a stamp may date one of them.
    let c = clean(&doc(&format!(
        "A headline of several words here\n\n{prose}\n\nRead more: Another story of the day\n16 July 2020 17:55\n"
    )));
    assert_eq!(c.metadata.published.value, None);
}

#[test]
fn a_stamp_with_a_two_digit_year_or_a_year_run_into_its_time_dates_the_page() {
    let body = "On November 7 the foreign ministers of the two countries met in Washington and \
                discussed the elements of a possible peace treaty, the ministry said in a statement.";
    for (stamp, date) in [
        ("26.02.25 20:43", PartialDate::ymd(2025, 2, 26)),
        ("20:43 26.02.25", PartialDate::ymd(2025, 2, 26)),
        ("26 февраля 202515:44", PartialDate::ymd(2025, 2, 26)),
    ] {
        let c = clean(&doc(&format!(
            "Ministers find problems on the way to a treaty\n{stamp}\n{body}\n"
        )));
        assert_eq!(verdict(&c, 2), stamps::STAMP_REASON, "{stamp}");
        assert_eq!(c.metadata.published.value, Some(date), "{stamp}");
    }
    // Without a time beside it, a two-digit year may be a version or a score: no date.
    let c = clean(&doc(&format!(
        "Ministers find problems on the way to a treaty\nVersion 26.02.25\n{body}\n"
    )));
    assert_eq!(c.metadata.published.value, None);
}
