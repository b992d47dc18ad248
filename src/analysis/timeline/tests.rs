use super::draft::{source_drafts, trim_title};
use super::order::finish;
use super::*;
use crate::content::events;
use crate::dates::parse_editor_date;
use crate::model::{Fact, Mention, Paragraph, Script};

/// A source record with only what the timeline reads; dates are found and inferred the way
/// `lib.rs` does it. `people` gives (paragraph, name as written, official slug).
fn record(
    slug: &str,
    published: Fact<PartialDate>,
    paragraphs: &[&str],
    people: &[(usize, &str, &str)],
) -> SourceRecord {
    let paragraphs: Vec<Paragraph> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, text)| Paragraph {
            n: i + 1,
            line: i + 3,
            text: text.to_string(),
        })
        .collect();
    let dates = crate::dates::mentions(&paragraphs, published.value);
    let mentions = people
        .iter()
        .map(|(paragraph, surface, slug)| Mention {
            official: Some(slug.to_string()),
            paragraph: *paragraph,
            start: 0,
            end: surface.len(),
            surface: surface.to_string(),
            given: None,
            surname: surface.to_string(),
            script: Script::Latin,
            role: None,
        })
        .collect();
    let mut source = SourceRecord {
        mentions,
        dates,
        ..SourceRecord::from_paragraphs(slug, paragraphs)
    };
    source.meta.published = published;
    source
}

fn day(text: &str) -> PartialDate {
    parse_editor_date(text).unwrap()
}

fn seed_sources() -> Vec<SourceRecord> {
    let mut tass = record(
        "tass-ryabikhin",
        Fact::known(
            day("2022-12-26"),
            Origin::Editor {
                file: "content/sources/tass-ryabikhin.yaml".into(),
            },
        ),
        &[
            "Belarus' international military cooperation \"has not changed either \
             qualitatively or quantitatively\" after the launch of the special military \
             operation, Dmitry Ryabikhin said",
            "MINSK, December 26. /TASS/. Belarus is open for dialogue with NATO, which was \
             suspended amid Russia’s special military operation in Ukraine, a high-ranking \
             Belarusian defense ministry official said on Monday.",
            "\"They (NATO countries - TASS) unilaterally suspended [cooperation]. But Belarus \
             is always open for dialogue,\" Dmitry Ryabikhin, deputy chief of the ministry’s \
             international cooperation department, said in an interview with the STV \
             television channel.",
            "According to Ryabikhin, Belarus' international military cooperation \"has not \
             changed\".",
            "He stressed that as part of its policy of openness, Belarus invites \"all \
             without exception\" military attaches.",
            "On February 24, Putin launched a special military operation in Ukraine in \
             response to a request for help from the heads of the Donbass republics.",
        ],
        &[
            (1, "Dmitry Ryabikhin", "dmitry-ryabikhin"),
            (3, "Dmitry Ryabikhin", "dmitry-ryabikhin"),
            (4, "Ryabikhin", "dmitry-ryabikhin"),
            (6, "Putin", "vladimir-putin"),
        ],
    );
    tass.meta.outlet = Fact::known("TASS".into(), Origin::Unknown);
    tass.meta.title = Fact::known(
        "Minsk open for dialogue with NATO suspended amid special operation — defense \
         ministry"
            .into(),
        Origin::Unknown,
    );
    let ria = record(
        "news-unrolled-ria-ryabihin",
        Fact::unknown(),
        &[
            "The Ministry of Defense of Belarus announced that Minsk is open to dialogue \
             with NATO.",
            "MINSK, December 26 – RIA Novosti. Although NATO has unilaterally suspended \
             cooperation with Belarus, the republic remains open to dialogue with the \
             alliance. declaration Dmitry Ryabihin, Deputy Head of the Department of \
             International Cooperation of the Ministry of Defense of Belarus.",
            "In the broadcast of the STV channel on Monday, the representative of the \
             Ministry of Defense was asked whether the Belarusian side continues to \
             maintain relations with NATO.",
            "“They unilaterally suspended it. However, the Republic of Belarus is always \
             open to dialogue,” Ryabihin said. said.",
            "“I want to talk with the dry facts of the numbers. Let’s say “before February \
             24” and “after” the current year, international military cooperation has not \
             changed in terms of quantitative and qualitative indicators.",
        ],
        &[
            (2, "Dmitry Ryabihin", "dmitry-ryabikhin"),
            (4, "Ryabihin", "dmitry-ryabikhin"),
        ],
    );
    let anews = record(
        "anews-khrenin-doctrine",
        Fact::known(
            day("2024-01-19"),
            Origin::Stated {
                paragraph: None,
                line: 8,
                evidence: "Published January 19,2024".into(),
            },
        ),
        &[
            "\"An important message of the new Military Doctrine is that the Republic of \
             Belarus does not treat any nation as its enemy,\" Belarusian defense minister \
             Viktor Khrenin said.",
            "The Belarusian defense minister said on Friday that Minsk is open to military \
             cooperation with any state, including NATO members.",
            "Presenting the new Belarusian military doctrine for the press in the capital, \
             Viktor Khrenin said the document required updating due to geopolitical shifts.",
        ],
        &[
            (1, "Viktor Khrenin", "viktor-khrenin"),
            (3, "Viktor Khrenin", "viktor-khrenin"),
        ],
    );
    let zerkalo = record(
        "zerkalo-revenko",
        Fact::unknown(),
        &[
            "У Беларуси отсутствует официальное взаимодействие с НАТО. С таким заявлением \
             на телеканале СТВ выступил Валерий Ревенко.",
            "Отвечая на вопрос о взаимодействии по линии Беларусь-НАТО, Валерий Ревенко \
             сказал:",
            "— К сожалению, официального взаимодействия нет. Ориентировочно где-то с \
             ноября 2021 года НАТО в одностороннем порядке прекратила отношения с \
             Республикой Беларусь.",
            "Напомним, 11 июля этого года в НАТО призвали Беларусь отказаться от поддержки \
             России в войне с Украиной.",
        ],
        &[
            (1, "Валерий Ревенко", "valery-revenko"),
            (2, "Валерий Ревенко", "valery-revenko"),
        ],
    );
    let gdc = record(
        "gdc-belokonev",
        Fact::known(
            day("2020"),
            Origin::Inferred {
                reason: "the year of the copyright notice “© 2020”".into(),
            },
        ),
        &[
            "Belarus intends to replace Russia with the United States and NATO. Belarus \
             defense chief Oleg Belokonev said his country is open to participating in \
             joint exercises with NATO.",
            "Belarus is a border state with Russia, located only 400 kilometers from \
             Moscow.",
        ],
        &[(1, "Oleg Belokonev", "oleg-belokonev")],
    );
    vec![tass, ria, anews, zerkalo, gdc]
}

fn seed_timeline() -> Vec<Event> {
    let editorial = events::parse(
        include_str!("../../../content/events.yaml"),
        "content/events.yaml",
    )
    .unwrap();
    build(&seed_sources(), &[], &editorial)
}

fn summary(e: &Event) -> String {
    let date = e.date.map_or("undated".to_string(), |d| d.display());
    let cites: Vec<String> = e.citations.iter().map(cite).collect();
    format!("{date} | {} | {} | {}", e.kind, e.title, cites.join(" "))
}

#[test]
fn seed_timeline_is_in_order() {
    let events = seed_timeline();
    let got: Vec<String> = events.iter().map(summary).collect();
    let want = [
        "2020 | publication | gdc-belokonev is published | gdc-belokonev",
        "about November 2021 | editorial | NATO suspends relations with Belarus, by NATO's \
         own decision | zerkalo-revenko#p1 zerkalo-revenko#p3",
        "24 February 2022 | editorial | Putin launches what Russia calls a special military \
         operation in Ukraine | tass-ryabikhin#p6",
        "26 December 2022 | editorial | Dmitry Ryabikhin tells STV that Belarus remains open \
         to dialogue with NATO | news-unrolled-ria-ryabihin#p2 news-unrolled-ria-ryabihin#p3 \
         tass-ryabikhin#p2 tass-ryabikhin#p3",
        "26 December 2022 | publication | TASS publishes “Minsk open for dialogue with NATO \
         suspended amid special operation — defense ministry” | tass-ryabikhin",
        "19 January 2024 | editorial | Defence minister Viktor Khrenin presents Belarus's \
         new military doctrine | anews-khrenin-doctrine#p2 anews-khrenin-doctrine#p3",
        "19 January 2024 | publication | anews-khrenin-doctrine is published | \
         anews-khrenin-doctrine",
        "24 February (year unknown) | statement | Let’s say “before February 24” and “after” \
         the current year, international military cooperation has not changed in terms of \
         quantitative… | news-unrolled-ria-ryabihin#p5",
        "11 July (year unknown) | reported | Напомним, 11 июля этого года в НАТО призвали \
         Беларусь отказаться от поддержки России в войне с Украиной. | zerkalo-revenko#p4",
        "undated | publication | news-unrolled-ria-ryabihin is published | \
         news-unrolled-ria-ryabihin",
        "undated | publication | zerkalo-revenko is published | zerkalo-revenko",
    ];
    assert_eq!(got, want, "\n{}", got.join("\n"));
}

#[test]
fn the_interview_date_says_where_its_year_comes_from() {
    let events = build(&seed_sources(), &[], &[]);
    let interview = events
        .iter()
        .find(|e| e.kind == "statement" && e.date == Some(day("2022-12-26")))
        .unwrap();
    let Origin::Inferred { reason } = &interview.date_origin else {
        panic!("{:?}", interview.date_origin)
    };
    assert_eq!(
        reason,
        "“on Monday” read as the most recent Monday on or before the publication date 26 \
         December 2022: 26 December 2022 (the publication day itself, a Monday); the \
         publication date is supplied by the editor in content/sources/tass-ryabikhin.yaml; \
         the dateline “MINSK, December 26. /TASS/.” gives the same day"
    );
    assert_eq!(interview.people, ["dmitry-ryabikhin"]);
    assert_eq!(interview.authorship, Authorship::Machine);
    let description = interview.description.as_deref().unwrap();
    assert!(
        description.contains(
            "news-unrolled-ria-ryabihin#p2 gives the date as 26 December, without a year"
        ) && description.contains("its “on Monday” fits: 26 December 2022 was a Monday"),
        "{description}"
    );
}

#[test]
fn an_editorial_event_keeps_the_reason_the_text_gives_for_its_date() {
    let events = seed_timeline();
    let interview = events.iter().find(|e| e.title.contains("STV")).unwrap();
    assert_eq!(interview.authorship, Authorship::Editorial);
    let description = interview.description.as_deref().unwrap();
    assert!(
        description.contains("The text supports this date (news-unrolled-ria-ryabihin#p2, tass-ryabikhin#p2): “on Monday” read as the most recent Monday"),
        "{description}"
    );
}

#[test]
fn editorial_events_keep_their_origin_and_take_people_from_absorbed_events() {
    let events = seed_timeline();
    let khrenin = events.iter().find(|e| e.title.contains("Khrenin")).unwrap();
    assert_eq!(khrenin.authorship, Authorship::Editorial);
    assert_eq!(
        khrenin.date_origin,
        Origin::Editor {
            file: "content/events.yaml".into()
        }
    );
    // Absorbed the machine event of paragraph 2 ("on Friday"); its people come from the
    // next paragraph, which names Khrenin.
    assert_eq!(khrenin.people, ["viktor-khrenin"]);
    let february = events
        .iter()
        .find(|e| e.title.starts_with("Putin"))
        .unwrap();
    assert_eq!(february.people, ["vladimir-putin"]);
    assert!(events
        .iter()
        .all(|e| !e.title.starts_with("On February 24")));
}

#[test]
fn ids_are_stable_and_unique() {
    let events = seed_timeline();
    let ids: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len());
    assert_eq!(ids[0], "2020-gdc-belokonev-is-published");
    assert_eq!(
        ids[1],
        "2021-11-nato-suspends-relations-with-belarus-by-nato-s"
    );
    assert_eq!(seed_timeline(), events, "deterministic");
}

fn draft_source(slug: &str, text: &str, published: &str, who: &[(usize, &str)]) -> SourceRecord {
    let people: Vec<(usize, &str, &str)> = who.iter().map(|(p, s)| (*p, *s, *s)).collect();
    let mut r = record(
        slug,
        Fact::known(day(published), Origin::Unknown),
        &text.split('\n').collect::<Vec<_>>(),
        &people,
    );
    r.meta.outlet = Fact::known(slug.to_uppercase(), Origin::Unknown);
    r
}

#[test]
fn same_day_and_official_merge_but_other_people_do_not() {
    let a = draft_source(
        "a",
        "Khrenin said on Monday that talks resumed.",
        "2023-03-06",
        &[(1, "khrenin")],
    );
    let b = draft_source(
        "b",
        "On March 6, 2023, Khrenin spoke about talks.",
        "2023-03-07",
        &[(1, "khrenin")],
    );
    let c = draft_source(
        "c",
        "On March 6, 2023, Lukashenko spoke about gas.",
        "2023-03-07",
        &[(1, "lukashenko")],
    );
    let events = build(&[a, b, c], &[], &[]);
    let statements: Vec<&Event> = events.iter().filter(|e| e.kind != "publication").collect();
    assert_eq!(statements.len(), 2, "{statements:#?}");
    assert_eq!(
        statements[0].citations.iter().map(cite).collect::<Vec<_>>(),
        ["a#p1", "b#p1"]
    );
    assert_eq!(statements[1].people, ["lukashenko"]);
}

#[test]
fn similar_titles_merge_without_people() {
    let a = draft_source(
        "a",
        "NATO suspended cooperation with Belarus in November 2021.",
        "2023-01-01",
        &[],
    );
    let b = draft_source(
        "b",
        "NATO suspended its cooperation with Belarus in November 2021.",
        "2023-01-01",
        &[],
    );
    let events = build(&[a, b], &[], &[]);
    let merged: Vec<&Event> = events.iter().filter(|e| e.kind != "publication").collect();
    assert_eq!(merged.len(), 1);
    assert_eq!(merged[0].citations.len(), 2);
    assert!(merged[0]
        .description
        .as_deref()
        .unwrap()
        .contains("nearly the same words"));
}

#[test]
fn a_contradicting_weekday_keeps_a_yearless_report_apart() {
    let dated = draft_source(
        "a",
        "MINSK, December 26. /TASS/. Ryabikhin spoke on Monday.",
        "2022-12-26",
        &[(1, "ryabikhin")],
    );
    let mut other = record(
        "b",
        Fact::unknown(),
        &[
            "MINSK, December 26 – RIA Novosti. Ryabikhin spoke.",
            "He was on air on Tuesday.",
        ],
        &[(1, "R", "ryabikhin")],
    );
    other.meta.outlet = Fact::known("B".into(), Origin::Unknown);
    let events = build(&[dated, other], &[], &[]);
    let yearless: Vec<&Event> = events
        .iter()
        .filter(|e| e.date.is_some_and(|d| d.year.is_none()))
        .collect();
    assert_eq!(yearless.len(), 1, "{events:#?}");
    assert_eq!(yearless[0].citations[0].source, "b");
}

#[test]
fn order_puts_coarse_and_approximate_dates_sensibly() {
    let mk = |date: Option<&str>, title: &str, kind: &str| Draft {
        date: date.map(day),
        date_origin: Origin::Unknown,
        title: title.into(),
        description: None,
        notes: Vec::new(),
        people: BTreeSet::new(),
        citations: BTreeSet::new(),
        authorship: Authorship::Machine,
        kind: kind.into(),
        weekdays: Vec::new(),
    };
    let mut yearless = mk(None, "Yearless", "reported");
    yearless.date = Some(PartialDate {
        year: None,
        month: Some(1),
        day: Some(5),
        approximate: false,
    });
    let drafts = vec![
        mk(None, "Undated", "publication"),
        yearless,
        mk(Some("2021-11-02"), "Day", "reported"),
        mk(Some("2021-11"), "Published", "publication"),
        mk(Some("~2021-11"), "Approximate month", "reported"),
        mk(Some("2021-11"), "Month", "reported"),
        mk(Some("2021"), "Year", "reported"),
        mk(Some("2020-12-31"), "Earlier", "reported"),
        mk(Some("2021-11"), "Month", "reported"),
    ];
    let events = finish(drafts);
    let got: Vec<(&str, &str)> = events
        .iter()
        .map(|e| (e.title.as_str(), e.id.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("Earlier", "2020-12-31-earlier"),
            ("Year", "2021-year"),
            ("Month", "2021-11-month"),
            ("Month", "2021-11-month-2"),
            ("Published", "2021-11-published"),
            ("Approximate month", "2021-11-approximate-month"),
            ("Day", "2021-11-02-day"),
            ("Yearless", "01-05-yearless"),
            ("Undated", "undated-undated"),
        ]
    );
}

#[test]
fn titles_are_cut_at_a_word() {
    let long = "word ".repeat(40);
    let title = trim_title(&long);
    assert!(title.chars().count() <= TITLE_MAX_CHARS + 1);
    assert!(title.ends_with("word…"));
    assert_eq!(trim_title("Short."), "Short.");
}

#[test]
fn a_date_in_passing_is_no_event_of_the_person_the_paragraph_names() {
    let mut source = SourceRecord::from_paragraphs(
        "embassy",
        Paragraph::numbered(&[
            "Minister Ararat Mirzoyan visited Kyiv on March 3. The embassy had closed shortly after the invasion on February 24.",
        ]),
    );
    source.meta.published = Fact::known(day("2022-03-04"), Origin::Unknown);
    source.dates = crate::dates::mentions(&source.paragraphs, source.meta.published.value);
    let at = source.paragraphs[0]
        .text
        .find("Ararat Mirzoyan")
        .unwrap_or(0);
    source.mentions = vec![crate::model::Mention {
        paragraph: 1,
        start: at,
        end: at + "Ararat Mirzoyan".len(),
        surface: "Ararat Mirzoyan".into(),
        given: Some("Ararat".into()),
        surname: "Mirzoyan".into(),
        script: crate::model::Script::Latin,
        role: None,
        official: Some("ararat-mirzoyan".into()),
    }];
    let events = build(&[source], &[], &[]);
    let visit = events
        .iter()
        .find(|e| e.date == Some(day("2022-03-03")))
        .unwrap();
    assert_eq!(visit.people, ["ararat-mirzoyan"]);
    let invasion = events
        .iter()
        .find(|e| e.date == Some(day("2022-02-24")))
        .unwrap();
    assert!(invasion.people.is_empty(), "{:?}", invasion.people);
}

/// A line full of dates is cut into sentences once, not once per date: the number of scans
/// stays one per paragraph while the dates (and events) grow.
#[test]
fn a_paragraph_of_many_dates_is_cut_into_sentences_once() {
    let scans_for = |dates: usize| {
        let days: Vec<String> = (1..=dates)
            .map(|d| format!("March {}, 2021", d % 28 + 1))
            .collect();
        let line = format!("The minister listed the days {}.", days.join("; "));
        let source = record(
            "long-line",
            Fact::known(
                day("2022-12-26"),
                Origin::Editor {
                    file: "content/sources/long-line.yaml".into(),
                },
            ),
            &[&line, "Another paragraph on May 9, 2020. And more."],
            &[],
        );
        sentences::SCANS.with(|n| n.set(0));
        let drafts = source_drafts(&source, &BTreeSet::new());
        (sentences::SCANS.with(|n| n.get()), drafts.len())
    };
    let (few_scans, few_events) = scans_for(10);
    let (many_scans, many_events) = scans_for(200);
    assert_eq!((few_scans, many_scans), (2, 2));
    assert!(
        many_events > few_events * 10,
        "{few_events} -> {many_events}"
    );
}
