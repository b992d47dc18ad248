//! Tests of date finding and inference on hand-made paragraphs.

use super::*;

/// A compact reading of a found date: kind, then the date with `?` for unknown parts and `~` for
/// approximate ("dateline:MINSK ????-12-26", "calendar ~2021-11", "weekday:1 ????").
pub(super) fn summary(found: &FoundDate) -> String {
    let kind = match &found.kind {
        DateKind::Calendar => "calendar".to_string(),
        DateKind::Dateline { place } => format!("dateline:{place}"),
        DateKind::Published => "published".to_string(),
        DateKind::Copyright => "copyright".to_string(),
        DateKind::Weekday { weekday } => format!("weekday:{weekday}"),
        DateKind::ThisYear => "this_year".to_string(),
        DateKind::LastYear => "last_year".to_string(),
    };
    let d = found.date;
    let mut date = d.year.map_or("????".to_string(), |y| format!("{y:04}"));
    if let Some(m) = d.month {
        date.push_str(&format!("-{m:02}"));
    }
    if let Some(day) = d.day {
        date.push_str(&format!("-{day:02}"));
    }
    let approx = if d.approximate { "~" } else { "" };
    format!("{kind} {approx}{date}")
}

/// (text, expected [(span as written, summary)]).
const CASES: &[(&str, &[(&str, &str)])] = &[
    // Datelines.
    (
        "MINSK, December 26 – RIA Novosti. Although NATO has unilaterally suspended cooperation.",
        &[(
            "MINSK, December 26 – RIA Novosti.",
            "dateline:MINSK ????-12-26",
        )],
    ),
    (
        "MINSK, December 26. /TASS/. Belarus is open for dialogue with NATO, a high-ranking \
         Belarusian defense ministry official said on Monday.",
        &[
            ("MINSK, December 26. /TASS/.", "dateline:MINSK ????-12-26"),
            ("on Monday", "weekday:1 ????"),
        ],
    ),
    (
        "MOSCOW, March 22 (Reuters) - Russia said",
        &[("MOSCOW, March 22 (Reuters) -", "dateline:MOSCOW ????-03-22")],
    ),
    (
        "Baku / 15.07.20 / Turan: During the aggravation of the situation on June 12, the leadership was at work.",
        &[
            ("Baku / 15.07.20", "dateline:Baku 2020-07-15"),
            ("June 12", "calendar ????-06-12"),
        ],
    ),
    // A two-digit year outside a dateline is no date (a version, a score).
    ("The app moved from 2.10.15 to 3.01.16 this week.", &[]),
    (
        "МИНСК, 26 декабря – РИА Новости. Беларусь открыта для диалога.",
        &[(
            "МИНСК, 26 декабря – РИА Новости.",
            "dateline:МИНСК ????-12-26",
        )],
    ),
    (
        "NEW YORK, Jan. 5, 2023 /PRNewswire/ -- text",
        &[(
            "NEW YORK, Jan. 5, 2023 /PRNewswire/",
            "dateline:NEW YORK 2023-01-05",
        )],
    ),
    // Publication lines.
    (
        "Published January 19,2024",
        &[("Published January 19,2024", "published 2024-01-19")],
    ),
    (
        "Опубликовано 19.01.2024",
        &[("Опубликовано 19.01.2024", "published 2024-01-19")],
    ),
    // A stamp run into the lead: a full date opening the line, then a time and a bar.
    (
        "28.08.2025 | 17:45 |Глава МИД сообщил, что встреча пройдёт 29.08.2025.",
        &[
            ("28.08.2025 | 17:45 |", "published 2025-08-28"),
            ("29.08.2025", "calendar 2025-08-29"),
        ],
    ),
    // Spans of years.
    (
        "following Laimdota Straujuma in 2014-2016 and her tenure from 2014 to 2016.",
        &[
            ("2014", "calendar 2014"),
            ("2016", "calendar 2016"),
            ("2014", "calendar 2014"),
            ("2016", "calendar 2016"),
        ],
    ),
    ("У 1991 – 1995 навчався в університеті.", &[("1991", "calendar 1991"), ("1995", "calendar 1995")]),
    // A span in brackets is a term; a year word after a span is both years' and stays unread.
    (
        "був міністром фінансів (2015—2016) і прем'єром у 2014-2015 роках, а в період 1944-1945 років — ні.",
        &[
            ("2015", "calendar 2015"),
            ("2016", "calendar 2016"),
            ("2014", "calendar 2014"),
            ("2015", "calendar 2015"),
            ("1944", "calendar 1944"),
            ("1945", "calendar 1945"),
        ],
    ),
    // A year after a possessive is an attribute, as after "the".
    ("Finland joined NATO following Russia’s 2022 attack on Ukraine.", &[("2022", "calendar 2022")]),
    // A hyphenated number that is no span stays no year.
    ("Tel. 2014-55 or code 1990-x.", &[]),
    // A dateline alone on its line, in mixed case.
    (
        "Baku, March 19, AZERTAC",
        &[("Baku, March 19", "dateline:Baku ????-03-19")],
    ),
    (
        "Friday, March 19, 2021",
        &[("March 19, 2021", "calendar 2021-03-19")],
    ),
    // A Ukrainian abbreviated month in a stamp, with a comma after the day.
    ("17, Тра 2024", &[("17, Тра 2024", "calendar 2024-05-17")]),
    // A date opening a sentence is no stamp.
    (
        "24.02.2022 Russia invaded Ukraine.",
        &[("24.02.2022", "calendar 2022-02-24")],
    ),
    // English calendar dates.
    (
        "On February 24, Putin launched a special military operation in Ukraine.",
        &[("February 24", "calendar ????-02-24")],
    ),
    (
        "Let’s say “before February 24” and “after” the current year",
        &[("February 24", "calendar ????-02-24")],
    ),
    (
        "It ended on 26 December 2022.",
        &[("26 December 2022", "calendar 2022-12-26")],
    ),
    (
        "December 26, 2022",
        &[("December 26, 2022", "calendar 2022-12-26")],
    ),
    (
        "on the 9th of May 1945",
        &[("9th of May 1945", "calendar 1945-05-09")],
    ),
    ("May 9", &[("May 9", "calendar ????-05-09")]),
    ("in November 2021", &[("November 2021", "calendar 2021-11")]),
    (
        "February 29, 2024",
        &[("February 29, 2024", "calendar 2024-02-29")],
    ),
    (
        "July 11 this year",
        &[("July 11 this year", "this_year ????-07-11")],
    ),
    (
        "in July of this year",
        &[("July of this year", "this_year ????-07")],
    ),
    // Russian and Belarusian calendar dates.
    (
        "26 декабря 2022 года",
        &[("26 декабря 2022 года", "calendar 2022-12-26")],
    ),
    (
        "с ноября 2021 года",
        &[("ноября 2021 года", "calendar 2021-11")],
    ),
    (
        "где-то с\u{a0}ноября 2021 года",
        &[("где-то с\u{a0}ноября 2021 года", "calendar ~2021-11")],
    ),
    (
        "Глобальный охват должен расти. 2026-й год важен для нас.",
        &[("2026", "calendar 2026")],
    ),
    (
        "2000-й солдат вернулся домой.",
        &[],
    ),
    (
        "в ноябре 2021 г. НАТО",
        &[("ноябре 2021 г.", "calendar 2021-11")],
    ),
    (
        "— К сожалению, официального взаимодействия нет. Ориентировочно где-то с ноября 2021 \
         года НАТО в одностороннем порядке прекратила отношения с Республикой Беларусь.",
        &[(
            "Ориентировочно где-то с ноября 2021 года",
            "calendar ~2021-11",
        )],
    ),
    (
        "Напомним, 11 июля этого года в НАТО призвали Беларусь",
        &[("11 июля этого года", "this_year ????-07-11")],
    ),
    (
        "в июле текущего года",
        &[("июле текущего года", "this_year ????-07")],
    ),
    (
        "26 снежня 2022 года",
        &[("26 снежня 2022 года", "calendar 2022-12-26")],
    ),
    (
        "у лістападзе 2021 года",
        &[("лістападзе 2021 года", "calendar 2021-11")],
    ),
    ("19.01.2024", &[("19.01.2024", "calendar 2024-01-19")]),
    ("2022-12-26", &[("2022-12-26", "calendar 2022-12-26")]),
    // Years in a date-like context.
    (
        "The company was founded in 2020.",
        &[("2020", "calendar 2020")],
    ),
    ("since 2014", &[("2014", "calendar 2014")]),
    ("с 2014 года", &[("2014 года", "calendar 2014")]),
    ("в 2020 году", &[("2020 году", "calendar 2020")]),
    ("в 2020\u{a0}году", &[("2020\u{a0}году", "calendar 2020")]),
    ("By MID-2022", &[("MID-2022", "calendar ~2022")]),
    (
        "Belarus in 1991 became independent",
        &[("1991", "calendar 1991")],
    ),
    // Approximate dates.
    ("about 2020", &[("about 2020", "calendar ~2020")]),
    (
        "around November 2021",
        &[("around November 2021", "calendar ~2021-11")],
    ),
    ("in early 2020", &[("early 2020", "calendar ~2020")]),
    ("by mid-2022", &[("mid-2022", "calendar ~2022")]),
    (
        "примерно в 2019 году",
        &[("примерно в 2019 году", "calendar ~2019")],
    ),
    ("около 2015 года", &[("около 2015 года", "calendar ~2015")]),
    // Copyright notices.
    (
        "© 2020, GDC. © GDC and Unauthorized use",
        &[("© 2020", "copyright 2020")],
    ),
    (
        "Copyright 2018-2021 Example",
        &[("Copyright 2018-2021", "copyright 2021")],
    ),
    // Relative weekdays.
    (
        "The Belarusian defense minister said on Friday that",
        &[("on Friday", "weekday:5 ????")],
    ),
    (
        "In the broadcast of the STV channel on Monday,",
        &[("on Monday", "weekday:1 ????")],
    ),
    (
        "в понедельник министр заявил",
        &[("в понедельник", "weekday:1 ????")],
    ),
    (
        "Во вторник Хренин представил доктрину",
        &[("Во вторник", "weekday:2 ????")],
    ),
    (
        "у панядзелак міністр заявіў",
        &[("у панядзелак", "weekday:1 ????")],
    ),
    // Nothing.
    ("located only 400 kilometers from Moscow", &[]),
    ("US needs at least 2 trillion dollars", &[]),
    ("Section 24 of the treaty", &[]),
    ("these top ten include five members", &[]),
    ("in the 1990s", &[]),
    ("в 1990-х годах", &[]),
    ("Call +375 17 2020 1234 for details", &[]),
    ("phone 8-017-297-20-20", &[]),
    ("Unit 2020 of the army", &[]),
    ("sent in 2000 troops", &[]),
    ("in 2100", &[]),
    ("NATO may well take steps", &[]),
    ("February 30, 2020", &[]),
    ("30 февраля 2020 года", &[]),
    ("September 31", &[]),
    ("February 29, 2023", &[]),
    ("10% in 2020.5", &[]),
    // Odd letters whose case changes their length: no label is read, the year is a year.
    ("ſection PUBLİSHED 2020", &[("2020", "calendar 2020")]),
    // A year standing as a word of its own, in any language, but no quantity.
    ("2021 wurde er wiedergewählt.", &[("2021", "calendar 2021")]),
    ("die Krim, die 2014 von Russland annektiert wurde", &[("2014", "calendar 2014")]),
    ("the budget for 2026, the first in euros", &[("2026", "calendar 2026")]),
    ("more than 2000 people; über 2000 Soldaten; Resolution 2022", &[]),
    ("Dans les années 2010, il a été ministre", &[]),
    (
        "following a 1998-1999 war in which",
        &[("1998", "calendar 1998"), ("1999", "calendar 1999")],
    ),
    ("pages 1998-1999 of the report", &[]),
    // French abbreviated months and the ordinal of the first day.
    ("Le 19 janv. 2026, il a démissionné.", &[("19 janv. 2026", "calendar 2026-01-19")]),
    ("Il prendra ses fonctions le 1er mars.", &[("1er mars", "calendar ????-03-01")]),
    ("since February last year", &[("February last year", "last_year ????-02")]),
    ("в декабре прошлого года", &[("декабре прошлого года", "last_year ????-12")]),
    // Years after "of", German, French and Ukrainian prepositions; "end of" is approximate.
    (
        "until the end of 2028; bis 2030; en 2028; у 2021 році.",
        &[
            ("end of 2028", "calendar ~2028"),
            ("2030", "calendar 2030"),
            ("2028", "calendar 2028"),
            ("2021 році", "calendar 2021"),
        ],
    ),
    // The second year of a pair; a count after a year stays a count.
    (
        "entre 2003 et 2016; between 1999 and 2004; erst 2026",
        &[
            ("2003", "calendar 2003"),
            ("2016", "calendar 2016"),
            ("1999", "calendar 1999"),
            ("2004", "calendar 2004"),
            ("2026", "calendar 2026"),
        ],
    ),
    ("2000 troops and 2016 tanks", &[]),
    (
        "von 1929 bis 1991 eine Republik",
        &[("1929", "calendar 1929"), ("1991", "calendar 1991")],
    ),
    ("von 2000 Soldaten", &[]),
    // Ukrainian, German and French month names; stamps with a comma before the year, a
    // nominative month after a day, Russian abbreviations (months.tsv).
    (
        "Мітинги почалися 2 січня, а 8 серпня, 2025 п'ятниця минула.",
        &[
            ("2 січня", "calendar ????-01-02"),
            ("8 серпня, 2025", "calendar 2025-08-08"),
        ],
    ),
    (
        "Die Wahl wurde auf den 14. Dezember vorgezogen; 30. Dezember 2025.",
        &[
            ("14. Dezember", "calendar ????-12-14"),
            ("30. Dezember 2025", "calendar 2025-12-30"),
        ],
    ),
    (
        "Le président a prêté serment le 29 décembre, le 8 août 2025 à Washington.",
        &[
            ("29 décembre", "calendar ????-12-29"),
            ("8 août 2025", "calendar 2025-08-08"),
        ],
    ),
    // A month alone after a context word, or as an English attribute; never a name.
    (
        "Elections in late October were contested; protests since November, the November \
         collapse, a contested October parliamentary vote.",
        &[
            ("late October", "calendar ~????-10"),
            ("November", "calendar ????-11"),
            ("November", "calendar ????-11"),
            ("October", "calendar ????-10"),
        ],
    ),
    (
        "In May's government, June Carter sang; we may go in March. October Revolution.",
        &[("March", "calendar ????-03")],
    ),
    (
        "В конце ноября она отказалась уйти; протесты с ноября. Neuwahlen Ende April oder \
         Anfang Mai; depuis les législatives d’octobre; u novembru.",
        &[
            ("конце ноября", "calendar ~????-11"),
            ("ноября", "calendar ????-11"),
            ("Ende April", "calendar ~????-04"),
            ("Anfang Mai", "calendar ~????-05"),
            ("octobre", "calendar ????-10"),
            ("novembru", "calendar ????-11"),
        ],
    ),
    // A range of days gives its first and its last day.
    (
        "Lavrov said that on Dec. 28-29, drones flew; the summit of 12–14 March 2024; 5-7 мая в Москве.",
        &[
            ("Dec. 28-29", "calendar ????-12-28"),
            ("29", "calendar ????-12-29"),
            ("12–14 March 2024", "calendar 2024-03-12"),
            ("14", "calendar 2024-03-14"),
            ("5-7 мая", "calendar ????-05-05"),
            ("7", "calendar ????-05-07"),
        ],
    ),
    // Not a range: the last day before the first, or past the month's end.
    ("Dec. 29-28; June 30-31.", &[]),
    // A year as an attribute after "the"; a year after French "à"; never a count.
    (
        "the 1991 restoration of independence; repousser l’intégration à 2028; the 2000 troops.",
        &[
            ("1991", "calendar 1991"),
            ("2028", "calendar 2028"),
        ],
    ),
    // A year and month in digits only after a publication label.
    (
        "date 2024-11 Gegen Europa",
        &[("date 2024-11", "published 2024-11")],
    ),
    ("the 2010-12 season", &[]),
    // Numeric day-month-year with hyphens; Serbian month names.
    (
        "8-05-2025, 20:18; 28. januara 2025; 4. марта 2025.",
        &[
            ("8-05-2025", "calendar 2025-05-08"),
            ("28. januara 2025", "calendar 2025-01-28"),
            ("4. марта 2025", "calendar 2025-03-04"),
        ],
    ),
    (
        "RU 12 Август 2025 - 11:31 AMT; 29 сен 12:22.",
        &[
            ("12 Август 2025", "calendar 2025-08-12"),
            ("29 сен", "calendar ????-09-29"),
        ],
    ),
];

#[test]
fn finds_dates_in_real_phrasings() {
    let mut failures = Vec::new();
    for (text, expected) in CASES {
        let found = find_dates(text);
        for f in &found {
            assert_eq!(&text[f.start..f.end], f.text, "offsets in {text:?}");
        }
        let got: Vec<(String, String)> =
            found.iter().map(|f| (f.text.clone(), summary(f))).collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        if got != want {
            failures.push(format!("{text:?}\n   got  {got:?}\n   want {want:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
    assert!(CASES.len() >= 40);
}

#[test]
fn offsets_are_byte_offsets_in_mixed_scripts() {
    let text = "Ревенко: «Ориентировочно где-то с ноября 2021 года». Then on Monday, May 9.";
    let found = find_dates(text);
    assert_eq!(found.len(), 3);
    for f in &found {
        assert_eq!(&text[f.start..f.end], f.text);
    }
}

/// A partial date written as in the truth files ("2022-12-26", "~2024-10").
pub(super) fn date(text: &str) -> PartialDate {
    parse_editor_date(text).unwrap()
}

#[test]
fn weekdays_are_checked_with_the_calendar() {
    assert_eq!(weekday_of(date("2022-12-26")), Some(1));
    assert_eq!(weekday_of(date("2024-01-19")), Some(5));
    assert_eq!(weekday_of(date("2022-12")), None);
    assert_eq!(
        weekday_agreement("an official said on Monday", date("2022-12-26")),
        Some(WeekdayCheck::Agrees { weekday: 1 })
    );
    assert_eq!(
        weekday_agreement("заявил во вторник", date("2022-12-26")),
        Some(WeekdayCheck::Disagrees {
            stated: 2,
            actual: 1
        })
    );
    assert_eq!(
        weekday_agreement("on Monday", date("2022-12")),
        Some(WeekdayCheck::Unchecked)
    );
    assert_eq!(
        weekday_agreement("no weekday here", date("2022-12-26")),
        None
    );
    assert_eq!(
        check_weekday(2, date("2022-12-26")).explain(date("2022-12-26")),
        "the text says Tuesday but 26 December 2022 was a Monday"
    );
}

#[test]
fn a_full_month_name_leaves_the_sentence_stop_out_and_an_abbreviation_keeps_its_dot() {
    let texts: Vec<String> = [
        "le président russe ce vendredi 28 novembre.",
        "Il a démissionné mardi 3 juin.",
        "Встреча пройдёт 12 нояб. в Минске.",
        "МИНСК, 3 марта. Текст",
    ]
    .iter()
    .map(|t| find_dates(t).remove(0).text)
    .collect();
    assert_eq!(
        texts,
        ["28 novembre", "3 juin", "12 нояб.", "МИНСК, 3 марта."],
        "{texts:?}"
    );
}

#[test]
fn a_slash_date_is_read_day_first_only_when_that_is_the_one_reading() {
    let found = find_dates("Publié le 28/11/2025 à 11h42");
    assert_eq!(found[0].kind, DateKind::Published);
    assert_eq!(found[0].date, PartialDate::ymd(2025, 11, 28));
    // 05/11/2025 is 5 November or May 11: no date is read from it.
    assert!(find_dates("Updated 05/11/2025").is_empty());
    assert_eq!(
        find_dates("on 07/07/2025")[0].date,
        PartialDate::ymd(2025, 7, 7)
    );
}
