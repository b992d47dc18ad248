//! Hand-made SourceRecords and Officials for the detectors' tests.

use crate::model::{
    Citation, DateKind, DateMention, Fact, Official, Origin, Paragraph, PartialDate, Quote,
    RoleClaim, Script, SourceRecord, Spelling,
};

/// A source with paragraphs 1, 2, ... and nothing else known.
pub(super) fn source(slug: &str, paragraphs: &[&str]) -> SourceRecord {
    SourceRecord::from_paragraphs(slug, Paragraph::numbered(paragraphs))
}

/// Adds a quote of `text` (which must be in paragraph `n`) spoken by `speaker`.
pub(super) fn quote(
    mut s: SourceRecord,
    n: usize,
    text: &str,
    speaker: Option<&str>,
) -> SourceRecord {
    let para = &s.paragraphs[n - 1].text;
    let start = para
        .find(text)
        .unwrap_or_else(|| panic!("{text} not in p{n}"));
    s.quotes.push(Quote {
        paragraph: n,
        start,
        end: start + text.len(),
        text: text.to_string(),
        speaker_mention: None,
        attribution: None,
        speaker: speaker.map(str::to_string),
    });
    s
}

/// Sets the publication date with an origin.
/// A source whose one paragraph is `sentence`, quoting `words` (a part of it) said by the
/// official `x`.
pub(super) fn said_by_x(slug: &str, sentence: &str, words: &str) -> SourceRecord {
    quote(source(slug, &[sentence]), 1, words, Some("x"))
}

/// Source `slug` quoting x: "We are always open to dialogue with the alliance,".
pub(super) fn open_to_dialogue(slug: &str) -> SourceRecord {
    said_by_x(
        slug,
        "“We are always open to dialogue with the alliance,” X said.",
        "We are always open to dialogue with the alliance,",
    )
}

/// Two sources quoting two different statements of x: `a` on dialogue, `b` on troops.
pub(super) fn two_statements_of_x() -> Vec<SourceRecord> {
    let b = said_by_x(
        "b",
        "“Our troops acted on a single plan within joint programmes,” X said.",
        "Our troops acted on a single plan within joint programmes,",
    );
    vec![open_to_dialogue("a"), b]
}

pub(super) fn published(mut s: SourceRecord, date: PartialDate, origin: Origin) -> SourceRecord {
    s.meta.published = Fact::known(date, origin);
    s
}

/// Adds a date mention of `text` (in paragraph `n`) of the given kind.
pub(super) fn date(
    mut s: SourceRecord,
    n: usize,
    text: &str,
    date: PartialDate,
    kind: DateKind,
) -> SourceRecord {
    let start = s.paragraphs[n - 1].text.find(text).unwrap_or(0);
    s.dates.push(DateMention {
        paragraph: Some(n),
        line: n,
        start,
        end: start + text.len(),
        text: text.to_string(),
        date,
        kind,
        inferred: None,
    });
    s
}

/// A month and day without a year.
pub(super) fn md(month: u8, day: u8) -> PartialDate {
    PartialDate {
        year: None,
        month: Some(month),
        day: Some(day),
        approximate: false,
    }
}

/// An origin "stated in paragraph n".
pub(super) fn stated(n: usize, evidence: &str) -> Origin {
    Origin::Stated {
        paragraph: Some(n),
        line: n,
        evidence: evidence.to_string(),
    }
}

/// A spelling for [`official`]: text, script and the (source, paragraph) places that use it.
pub(super) type SpellingSpec<'a> = (&'a str, Script, &'a [(&'a str, usize)]);

/// An official with spellings (text, script, [(source, paragraph)]) and roles (title, source, p).
pub(super) fn official(
    slug: &str,
    name: &str,
    spellings: &[SpellingSpec<'_>],
    roles: &[(&str, &str, usize)],
) -> Official {
    Official {
        slug: slug.to_string(),
        name: name.to_string(),
        native_name: None,
        name_origin: Origin::Unknown,
        spellings: spellings
            .iter()
            .map(|(text, script, cites)| Spelling {
                text: text.to_string(),
                script: *script,
                citations: cites.iter().map(|(s, p)| cite(s, *p)).collect(),
            })
            .collect(),
        roles: roles
            .iter()
            .map(|(title, s, p)| RoleClaim {
                title: title.to_string(),
                citation: cite(s, *p),
            })
            .collect(),
        registry_roles: Vec::new(),
        group: None,
        registered: false,
        resolution: String::new(),
    }
}

fn cite(source: &str, paragraph: usize) -> Citation {
    Citation {
        source: source.to_string(),
        paragraph: Some(paragraph),
    }
}

pub(super) const RIA: &str = "news-unrolled-ria-ryabihin";
pub(super) const TASS: &str = "tass-ryabikhin";
pub(super) const RYAB: &str = "dmitry-ryabikhin";

/// Two accounts of one interview, modelled on the seed's RIA and TASS articles.
pub(super) fn seed_like() -> (Vec<SourceRecord>, Vec<Official>) {
    let ria = source(
        RIA,
        &[
            "The Ministry of Defense of Belarus announced that Minsk is open to dialogue with NATO.",
            "MINSK, December 26 – RIA Novosti. Although NATO has unilaterally suspended cooperation with Belarus, the republic remains open to dialogue with the alliance. declaration Dmitry Ryabihin, Deputy Head of the Department of International Cooperation of the Ministry of Defense of Belarus.",
            "In the broadcast of the STV channel on Monday, the representative of the Ministry of Defense was asked whether the Belarusian side continues to maintain relations with NATO.",
            "“They unilaterally suspended it. However, the Republic of Belarus is always open to dialogue,” Ryabihin said. said.",
            "“I want to talk with the dry facts of the numbers. Let’s say “before February 24” and “after” the current year, international military cooperation has not changed in terms of quantitative and qualitative indicators. “",
            "“Belarusian equipment operates in various countries, in a wide geography. Including those thousands of kilometers away. However, this does not mean that the Republic of Belarus occupied. This or that country,” summarized the representative of the Ministry of Defense.",
        ],
    );
    let ria = quote(ria, 4, "They unilaterally suspended it. However, the Republic of Belarus is always open to dialogue,", Some(RYAB));
    let ria = quote(ria, 5, "I want to talk with the dry facts of the numbers. Let’s say “before February 24” and “after” the current year, international military cooperation has not changed in terms of quantitative and qualitative indicators.", Some(RYAB));
    let ria = quote(ria, 6, "Belarusian equipment operates in various countries, in a wide geography. Including those thousands of kilometers away. However, this does not mean that the Republic of Belarus occupied. This or that country,", Some(RYAB));
    let ria = date(
        ria,
        2,
        "MINSK, December 26",
        md(12, 26),
        DateKind::Dateline {
            place: "MINSK".into(),
        },
    );
    let ria = date(
        ria,
        3,
        "on Monday",
        PartialDate {
            year: None,
            month: None,
            day: None,
            approximate: false,
        },
        DateKind::Weekday { weekday: 1 },
    );
    let tass = source(
        TASS,
        &[
            "Belarus' international military cooperation \"has not changed either qualitatively or quantitatively\" after the launch of the special military operation, Dmitry Ryabikhin said",
            "MINSK, December 26. /TASS/. Belarus is open for dialogue with NATO, which was suspended amid Russia’s special military operation in Ukraine, a high-ranking Belarusian defense ministry official said on Monday.",
            "\"They (NATO countries - TASS) unilaterally suspended [cooperation]. But Belarus is always open for dialogue,\" Dmitry Ryabikhin, deputy chief of the ministry’s international cooperation department, said in an interview with the STV television channel.",
            "According to Ryabikhin, Belarus' international military cooperation \"has not changed either qualitatively or quantitatively\" after the launch of the special military operation. \"As an example, I can cite cooperation with the countries of the Shanghai Cooperation Organization (SCO). If we speak about top ten armies in the world, these top ten include five members of the Shanghai Cooperation Organization in terms of the number of troops only,\" he explained.",
            "\"Thus, when there were speculations about the situation in border regions with Ukraine, we brought all military attaches accredited by the defense ministry there to show the real situation,\" he recalled.",
        ],
    );
    let tass = quote(tass, 3, "They (NATO countries - TASS) unilaterally suspended [cooperation]. But Belarus is always open for dialogue,", Some(RYAB));
    let tass = quote(
        tass,
        4,
        "has not changed either qualitatively or quantitatively",
        Some(RYAB),
    );
    let tass = quote(tass, 4, "As an example, I can cite cooperation with the countries of the Shanghai Cooperation Organization (SCO). If we speak about top ten armies in the world, these top ten include five members of the Shanghai Cooperation Organization in terms of the number of troops only,", Some(RYAB));
    let tass = quote(tass, 5, "Thus, when there were speculations about the situation in border regions with Ukraine, we brought all military attaches accredited by the defense ministry there to show the real situation,", Some(RYAB));
    let tass = date(
        tass,
        2,
        "MINSK, December 26",
        md(12, 26),
        DateKind::Dateline {
            place: "MINSK".into(),
        },
    );
    let tass = date(
        tass,
        2,
        "on Monday",
        PartialDate {
            year: None,
            month: None,
            day: None,
            approximate: false,
        },
        DateKind::Weekday { weekday: 1 },
    );
    let tass = published(
        tass,
        PartialDate::ymd(2022, 12, 26),
        Origin::Editor {
            file: "content/sources/tass-ryabikhin.yaml".into(),
        },
    );
    let ryab = official(
        RYAB,
        "Dmitry Ryabikhin",
        &[
            ("Dmitry Ryabihin", Script::Latin, &[(RIA, 2)]),
            ("Ryabihin", Script::Latin, &[(RIA, 4)]),
            ("Dmitry Ryabikhin", Script::Latin, &[(TASS, 1), (TASS, 3)]),
            ("Ryabikhin", Script::Latin, &[(TASS, 4)]),
        ],
        &[
            ("Deputy Head of the Department of International Cooperation of the Ministry of Defense of Belarus", RIA, 2),
            ("deputy chief of the ministry’s international cooperation department", TASS, 3),
        ],
    );
    (vec![ria, tass], vec![ryab])
}
