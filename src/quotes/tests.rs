//! Tests of `detect`: each form of quotation and each attribution rule, on hand-made paragraphs
//! modelled on the seed, including cases that must stay unattributed.

use super::*;
use crate::quotes::test_support::{mention, mention_nth, para};

/// (paragraph, quoted text, speaker mention, attribution) of each quote.
fn summary(quotes: &[Quote]) -> Vec<(usize, String, Option<usize>, Option<String>)> {
    quotes
        .iter()
        .map(|q| {
            (
                q.paragraph,
                q.text.clone(),
                q.speaker_mention,
                q.attribution.clone(),
            )
        })
        .collect()
}

fn ria() -> (Vec<Paragraph>, Vec<Mention>) {
    let ps = vec![
        para(2, "MINSK, December 26 – RIA Novosti. Although NATO has unilaterally suspended cooperation with Belarus, the republic remains open to dialogue with the alliance. declaration Dmitry Ryabihin, Deputy Head of the Department of International Cooperation of the Ministry of Defense of Belarus."),
        para(3, "In the broadcast of the STV channel on Monday, the representative of the Ministry of Defense was asked whether the Belarusian side continues to maintain relations with NATO."),
        para(4, "“They unilaterally suspended it. However, the Republic of Belarus is always open to dialogue,” Ryabihin said. said."),
        para(5, "“I want to talk with the dry facts of the numbers. Let’s say “before February 24” and “after” the current year, international military cooperation has not changed. “"),
        para(6, "Ryabihin cited as an example of cooperation with the countries of the Shanghai Cooperation Organization, which also has a military component."),
        para(7, "“This is the distinctive feature of the foreign policy of the Republic of Belarus. We are always open to dialogue, ”the representative of the Ministry of Defense of Belarus emphasized."),
        para(8, "Responding to the comment of many external so-called analysts, who interpreted the interaction as an “invasion” of Belarus, Ryabihin noted that the troop groups acted on a single basis."),
        para(9, "“Belarusian equipment operates in various countries, in a wide geography. This or that country,” summarized the representative of the Ministry of Defense."),
    ];
    let ms = vec![
        mention(&ps[0], "Dmitry Ryabihin", Some("Deputy Head of the Department of International Cooperation of the Ministry of Defense of Belarus")),
        mention(&ps[2], "Ryabihin", None),
        mention(&ps[4], "Ryabihin", None),
        mention(&ps[6], "Ryabihin", None),
    ];
    (ps, ms)
}

#[test]
fn ria_like_source_every_rule() {
    let (ps, ms) = ria();
    let quotes = detect(&ps, &ms);
    let got = summary(&quotes);
    assert_eq!(got.len(), 5, "{got:#?}");
    assert_eq!(got[0].0, 4);
    assert_eq!(got[0].2, Some(1));
    assert_eq!(
        got[0].3.as_deref(),
        Some("said-verb after the quote (name, then “said”)")
    );
    assert_eq!(got[1].0, 5);
    assert_eq!(got[1].2, Some(1));
    assert_eq!(
        got[1].3.as_deref(),
        Some("quote filling its paragraph continues the speaker of ¶4")
    );
    assert!(got[1].1.starts_with("I want to talk") && got[1].1.ends_with("has not changed."));
    assert_eq!((got[2].0, got[2].2), (7, Some(2)));
    assert!(
        got[2].3.as_deref().unwrap().contains("title in ¶2 matches"),
        "{:?}",
        got[2].3
    );
    assert_eq!(
        (got[3].0, got[3].1.as_str(), got[3].2),
        (8, "invasion", None)
    );
    assert_eq!(got[3].3, None);
    assert_eq!((got[4].0, got[4].2), (9, Some(3)));
}

#[test]
fn byte_offsets_are_exact() {
    let (ps, ms) = ria();
    for q in detect(&ps, &ms) {
        let text = &ps.iter().find(|p| p.n == q.paragraph).unwrap().text;
        let slice = &text[q.start..q.end];
        assert!(slice.contains(&q.text), "{slice:?} vs {:?}", q.text);
        assert!(slice.starts_with(['“', '"', '«', '—']), "{slice:?}");
    }
}

#[test]
fn tass_like_straight_quotes_according_to_and_pronouns() {
    let ps = vec![
        para(3, "\"They (NATO countries - TASS) unilaterally suspended [cooperation]. But Belarus is always open for dialogue,\" Dmitry Ryabikhin, deputy chief of the ministry’s international cooperation department, said in an interview with the STV television channel."),
        para(5, "According to Ryabikhin, Belarus' international military cooperation \"has not changed either qualitatively or quantitatively\" after the launch of the special military operation, but \"certain vectors have changed.\" \"As an example, I can cite cooperation with the countries of the Shanghai Cooperation Organization (SCO),\" he explained."),
        para(6, "He stressed that Belarus invites \"all without exception\" military attaches to all events. \"Thus, when there were speculations about the situation in border regions with Ukraine, we brought all military attaches there,\" he recalled, adding that diplomats spoke to soldiers."),
    ];
    let ms = vec![
        mention(
            &ps[0],
            "Dmitry Ryabikhin",
            Some("deputy chief of the ministry’s international cooperation department"),
        ),
        mention(&ps[1], "Ryabikhin", None),
    ];
    let got = summary(&detect(&ps, &ms));
    let expected: Vec<(usize, &str, Option<usize>)> = vec![
        (3, "They (NATO countries - TASS) unilaterally suspended [cooperation]. But Belarus is always open for dialogue,", Some(0)),
        (5, "has not changed either qualitatively or quantitatively", Some(1)),
        (5, "certain vectors have changed.", Some(1)),
        (5, "As an example, I can cite cooperation with the countries of the Shanghai Cooperation Organization (SCO),", Some(1)),
        (6, "all without exception", Some(1)),
        (6, "Thus, when there were speculations about the situation in border regions with Ukraine, we brought all military attaches there,", Some(1)),
    ];
    let short: Vec<(usize, &str, Option<usize>)> =
        got.iter().map(|g| (g.0, g.1.as_str(), g.2)).collect();
    assert_eq!(short, expected);
    assert_eq!(got[1].3.as_deref(), Some("“according to” before the quote"));
    assert_eq!(
        got[3].3.as_deref(),
        Some("a pronoun: the subject of an earlier sentence (¶5)")
    );
    assert_eq!(
        got[5].3.as_deref(),
        Some("a pronoun: the subject of an earlier sentence (¶5)")
    );
}

#[test]
fn continuation_after_told_and_unmatched_descriptor() {
    let ps = vec![
        para(3, "Belarus defense chief Oleg Belokonev recently told local media his country should be regarded like Serbia."),
        para(4, "“Belarus is ready for joint exercises with NATO. There are talks on possible formats,” Belokonev told Nasha Niva newspaper. “But we will agree on this if NATO understands that Russia is our strategic ally.”"),
        para(7, "The visit of the US Secretary of State to Belarus suggested that Mike Pompeo settle in the country."),
        para(8, "“We would welcome a more active role of the USA in Belarus. The intention was noted ”- said the head of the Belarusian Foreign Ministry, obviously pointing to the fact."),
    ];
    let ms = vec![
        mention(&ps[0], "Oleg Belokonev", Some("Belarus defense chief")),
        mention(&ps[1], "Belokonev", None),
        mention(&ps[2], "Mike Pompeo", Some("US Secretary of State")),
    ];
    let got = summary(&detect(&ps, &ms));
    assert_eq!(got.len(), 3);
    assert_eq!(got[0].2, Some(1));
    assert_eq!(
        got[0].3.as_deref(),
        Some("said-verb after the quote (name, then “told”)")
    );
    assert_eq!(got[1].2, Some(1));
    assert_eq!(
        got[1].3.as_deref(),
        Some("continues the attributed quote before it in this paragraph")
    );
    // The foreign minister is not named: neither Belokonev nor Pompeo has that role.
    assert_eq!((got[2].0, got[2].2, got[2].3.clone()), (8, None, None));
}

#[test]
fn anews_like_pronoun_then_continuation() {
    let ps = vec![
        para(13, "Presenting the new doctrine, Viktor Khrenin said the document required updating due to the escalation into a \"hot phase.\""),
        para(15, "\"An important message of the new Military Doctrine is that Belarus treats no nation as its enemy,\" he said."),
        para(27, "Deployment of nuclear weapons is \"an important component of preventive deterrence of potential opponents,\" he said. \"In general, in our opinion, the document turned out to be balanced and verified.\""),
    ];
    let ms = vec![mention(
        &ps[0],
        "Viktor Khrenin",
        Some("Belarusian defense minister"),
    )];
    let got = summary(&detect(&ps, &ms));
    let short: Vec<(usize, Option<usize>)> = got.iter().map(|g| (g.0, g.2)).collect();
    assert_eq!(
        short,
        vec![(13, Some(0)), (15, Some(0)), (27, Some(0)), (27, Some(0))]
    );
    assert_eq!(
        got[1].3.as_deref(),
        Some("a pronoun: the subject of an earlier sentence (¶13)")
    );
    assert_eq!(
        got[3].3.as_deref(),
        Some("continues the attributed quote before it in this paragraph")
    );
}

#[test]
fn zerkalo_like_dash_dialogue_and_guillemets() {
    let ps = vec![
        para(1, "У Беларуси отсутствует официальное взаимодействие с НАТО, но «де-факто поддерживаются минимального уровня контакты». С таким заявлением выступил Валерий Ревенко."),
        para(2, "Отвечая на вопрос о взаимодействии по линии Беларусь-НАТО, Валерий Ревенко сказал:"),
        para(3, "— К сожалению, официального взаимодействия нет. НАТО в одностороннем порядке прекратила отношения."),
        para(4, "— Де-факто у нас поддерживаются минимального уровня контакты, чтобы сохранить каналы."),
    ];
    let ms = vec![
        mention(&ps[0], "Валерий Ревенко", None),
        mention(&ps[1], "Валерий Ревенко", None),
    ];
    let quotes = detect(&ps, &ms);
    let got = summary(&quotes);
    assert_eq!(got.len(), 3);
    // Guillemets: a statement of five words, but the attribution is in the next sentence,
    // which the rules do not read (documented limit).
    assert_eq!(
        got[0].1,
        "де-факто поддерживаются минимального уровня контакты"
    );
    assert_eq!(got[0].2, None);
    assert_eq!(got[1].2, Some(1));
    assert_eq!(got[1].3.as_deref(), Some("dash dialogue introduced in ¶2"));
    assert!(got[1].1.starts_with("К сожалению"));
    assert_eq!((quotes[1].start, quotes[1].end), (0, ps[2].text.len()));
    assert_eq!(got[2].2, Some(1));
    assert_eq!(got[2].3.as_deref(), Some("dash dialogue continued from ¶3"));
}

#[test]
fn dash_paragraph_without_an_introduction_has_no_speaker() {
    let ps = vec![
        para(1, "Валерий Ревенко прибыл в Минск на переговоры."),
        para(2, "— К сожалению, официального взаимодействия нет сейчас."),
    ];
    let ms = vec![mention(&ps[0], "Валерий Ревенко", None)];
    let got = summary(&detect(&ps, &ms));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].2, None);
}

#[test]
fn verb_then_name_and_verb_then_colon() {
    let ps = vec![
        para(1, "“We are always open to dialogue with everyone,” said Dmitry Ryabikhin, a deputy chief."),
        para(2, "Viktor Khrenin said: “The document turned out to be balanced and verified.”"),
    ];
    let ms = vec![
        mention(&ps[0], "Dmitry Ryabikhin", None),
        mention(&ps[1], "Viktor Khrenin", None),
    ];
    let got = summary(&detect(&ps, &ms));
    assert_eq!(got[0].2, Some(0));
    assert_eq!(
        got[0].3.as_deref(),
        Some("said-verb after the quote (“said”, then name)")
    );
    assert_eq!(got[1].2, Some(1));
    assert_eq!(
        got[1].3.as_deref(),
        Some("said-verb before the quote (name, then “said”)")
    );
}

#[test]
fn negatives_stay_unattributed() {
    let ps = vec![
        // A pronoun with nobody named before it.
        para(1, "“I met Lukashenko yesterday at noon in Minsk,” he said."),
        // A quote with no saying verb and nobody to continue.
        para(2, "Khrenin named “the possibility of opponents using military force against Belarus.”"),
        // Two quotes separated by a long passage: no continuation.
        para(3, "“Belarus is ready for joint exercises with NATO,” Belokonev told the newspaper, and then the article went on for a long while about many other matters entirely. “We will see what the future holds for us all.”"),
    ];
    let ms = vec![
        mention(&ps[0], "Lukashenko", None),
        mention(&ps[1], "Khrenin", None),
        mention(&ps[2], "Belokonev", None),
    ];
    let got = summary(&detect(&ps, &ms));
    assert_eq!(got.len(), 4);
    assert_eq!(got[0].2, None, "a name inside a quote is not its speaker");
    assert_eq!(got[1].2, None, "“named” is not a saying verb");
    assert_eq!(got[2].2, Some(2));
    assert_eq!(got[3].2, None, "too far from the attributed quote");
}

#[test]
fn single_quoted_words_are_kept_without_speaker() {
    assert!(!is_statement("удобные"));
    assert!(!is_statement("counter-terrorist"));
    assert!(is_statement("hot phase."));
    assert!(is_statement("all without exception"));
    let ps = vec![
        para(1, "Viktor Khrenin said these were «удобные» things."),
        para(
            2,
            "The escalation entered a \"hot phase\", Viktor Khrenin said.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Viktor Khrenin", None),
        mention(&ps[1], "Viktor Khrenin", None),
    ];
    let quotes = detect(&ps, &ms);
    assert_eq!(quotes.len(), 2);
    assert_eq!(
        (quotes[0].speaker_mention, quotes[0].attribution.clone()),
        (None, None)
    );
    assert_eq!(quotes[1].speaker_mention, Some(1));
}

#[test]
fn empty_input() {
    assert!(detect(&[], &[]).is_empty());
    assert!(detect(&[para(1, "“”  \"\"")], &[]).is_empty());
}

/// The seed's paragraphs for `lines` (raw line numbers, numbered p1, p2, ... in order).
fn seed_paragraphs(raw: &str, lines: &[usize]) -> Vec<Paragraph> {
    let all: Vec<&str> = raw.lines().collect();
    lines
        .iter()
        .enumerate()
        .map(|(i, &l)| Paragraph {
            n: i + 1,
            line: l,
            text: all[l - 1].trim().to_string(),
        })
        .collect()
}

/// Every occurrence of `surface` in the paragraphs, as mentions.
fn every_mention(ps: &[Paragraph], surface: &str, role: Option<&str>) -> Vec<Mention> {
    ps.iter()
        .flat_map(|p| {
            let count = p.text.matches(surface).count();
            (0..count).map(move |k| mention_nth(p, surface, k, role))
        })
        .collect()
}

#[test]
fn real_seed_ria_text() {
    let raw = include_str!("../../content/sources/news-unrolled-ria-ryabihin.txt");
    let ps = seed_paragraphs(raw, &[9, 13, 15, 19, 21, 25, 27, 29, 31]);
    let mut ms = every_mention(&ps, "Ryabihin", None);
    ms[0].role = Some(
        "Deputy Head of the Department of International Cooperation of the Ministry of Defense of Belarus".into(),
    );
    let got: Vec<(usize, Option<usize>)> = detect(&ps, &ms)
        .iter()
        .map(|q| (q.paragraph, q.speaker_mention))
        .collect();
    // p4, p5 (continuation), p7 and p9 (the representative) are Ryabihin's; "invasion" is not.
    let speaker_of = |n: usize| ms.iter().position(|m| m.paragraph == n);
    assert_eq!(
        got,
        vec![
            (4, speaker_of(4)),
            (5, speaker_of(4)),
            (7, speaker_of(6)),
            (8, None),
            (9, speaker_of(8)),
        ]
    );
}

#[test]
fn real_seed_tass_and_gdc_text() {
    let raw = include_str!("../../content/sources/tass-ryabikhin.txt");
    let ps = seed_paragraphs(raw, &[2, 3, 4, 5, 6, 7]);
    let ms = every_mention(&ps, "Ryabikhin", None);
    let quotes = detect(&ps, &ms);
    let attributed: Vec<usize> = quotes
        .iter()
        .filter(|q| q.speaker_mention.is_some())
        .map(|q| q.paragraph)
        .collect();
    // p1 partial quote ("…, Dmitry Ryabikhin said" after it), p3, p4 fragment and statement,
    // p5 statement, and the fragments "certain vectors have changed." (p4) and "all without
    // exception" (p5).
    assert_eq!(attributed, vec![1, 3, 4, 4, 4, 5, 5], "{quotes:#?}");

    let raw = include_str!("../../content/sources/gdc-belokonev.txt");
    let ps = seed_paragraphs(raw, &[3, 5, 7, 9, 11, 13, 15, 17, 19]);
    let mut ms = every_mention(&ps, "Belokonev", None);
    ms.extend(every_mention(&ps, "Mike Pompeo", None));
    let quotes = detect(&ps, &ms);
    let got: Vec<(usize, bool)> = quotes
        .iter()
        .map(|q| (q.paragraph, q.speaker_mention.is_some()))
        .collect();
    assert_eq!(got, vec![(4, true), (4, true), (8, false)], "{quotes:#?}");
}

#[test]
fn pronoun_goes_to_the_subject_not_the_last_name() {
    let ps = vec![
        para(1, "Foreign Minister Ararat Mirzoyan met his German counterpart in Berlin."),
        para(2, "The minister expressed regret that Chancellor Olaf Scholz did not attend the talks. “We expected more from our partners in Europe,” he said."),
    ];
    let ms = vec![
        mention(&ps[0], "Ararat Mirzoyan", Some("Foreign Minister")),
        mention(&ps[1], "Olaf Scholz", Some("Chancellor")),
    ];
    let got = summary(&detect(&ps, &ms));
    assert_eq!(got[0].2, Some(0), "{got:?}");
}

#[test]
fn pronoun_with_two_people_of_the_role_stays_unattributed() {
    let ps = vec![
        para(1, "Minister Ararat Mirzoyan and Minister Jeyhun Bayramov met in Washington."),
        para(2, "The minister regretted that nothing was signed. “We expected more from this meeting,” he said."),
    ];
    let ms = vec![
        mention(&ps[0], "Ararat Mirzoyan", Some("Minister")),
        mention(&ps[0], "Jeyhun Bayramov", Some("Minister")),
    ];
    let got = summary(&detect(&ps, &ms));
    assert_eq!((got[0].2, got[0].3.clone()), (None, None), "{got:?}");
}

#[test]
fn russian_and_ukrainian_pronouns_agree_in_gender() {
    let ps = vec![
        para(
            1,
            "Мария Захарова ответила журналистам после встречи с Сергеем Лавровым.",
        ),
        para(
            2,
            "«Мы не будем это комментировать сегодня вечером», — сказала она.",
        ),
        para(3, "Прем'єр Ираклий Кобахидзе виступив у парламенті."),
        para(
            4,
            "«Ми не можемо допустити такої поведінки партнерів», — заявив він.",
        ),
        para(5, "Сергей Лавров прибыл в Минск."),
        para(
            6,
            "«Мы обсудим все вопросы без исключения сегодня», — сказала она.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Мария Захарова", None),
        mention(&ps[0], "Сергеем Лавровым", None),
        mention(&ps[2], "Ираклий Кобахидзе", Some("Прем'єр")),
        mention(&ps[4], "Сергей Лавров", None),
    ];
    let got = summary(&detect(&ps, &ms));
    let speakers: Vec<Option<usize>> = got.iter().map(|g| g.2).collect();
    // «сказала она» after a sentence whose subject is Lavrov: the genders disagree.
    assert_eq!(speakers, vec![Some(0), Some(2), None], "{got:?}");
}

#[test]
fn german_and_french_verbs_of_saying() {
    let ps = vec![
        para(1, "«Wir haben es endlich geschafft, Frieden zu schliessen», sagte Trump."),
        para(2, "«J'ai donné l'ordre de tirer pour tuer sans avertissement», a déclaré Kassym-Jomart Tokaïev."),
    ];
    let ms = vec![
        mention(&ps[0], "Trump", None),
        mention(&ps[1], "Kassym-Jomart Tokaïev", None),
    ];
    let got = summary(&detect(&ps, &ms));
    let speakers: Vec<Option<usize>> = got.iter().map(|g| g.2).collect();
    assert_eq!(speakers, vec![Some(0), Some(1)], "{got:?}");
}

#[test]
fn the_subject_is_in_the_nominative() {
    let ps = vec![
        para(1, "Москва пересмотрит позицию после атаки на резиденцию президента Владимира Путина, сообщил глава МИД Сергей Лавров."),
        para(2, "«Переговорная позиция России будет пересмотрена после этого», — сказал он."),
    ];
    let ms = vec![
        mention(&ps[0], "Владимира Путина", Some("президента")),
        mention(&ps[0], "Сергей Лавров", Some("глава МИД")),
    ];
    let got = summary(&detect(&ps, &ms));
    assert_eq!(got[0].2, Some(1), "{got:?}");
}

#[test]
fn descriptors_in_any_language_go_to_the_one_person_with_that_role() {
    let ps = vec![
        para(1, "Премьер-министр Молдавии Дорин Речан выступил на брифинге вместе с Майей Санду."),
        para(2, "«Те, кто годами грабили Молдову, вернутся на должности министров», – подчеркнул премьер."),
        para(3, "Trump: «Wir haben es endlich geschafft, Frieden zu schliessen»"),
    ];
    let ms = vec![
        mention(&ps[0], "Дорин Речан", Some("Премьер-министр Молдавии")),
        mention(&ps[0], "Майей Санду", None),
        mention(&ps[2], "Trump", None),
    ];
    let got = summary(&detect(&ps, &ms));
    let speakers: Vec<Option<usize>> = got.iter().map(|g| g.2).collect();
    assert_eq!(speakers, vec![Some(0), Some(2)], "{got:?}");
}

#[test]
fn a_possessive_is_never_the_speaker() {
    let ps = vec![para(
        1,
        "Igor Grosu, leader of Sandu’s party, said Russia had “thrown everything it had” into the vote.",
    )];
    let ms = vec![
        mention(&ps[0], "Igor Grosu", None),
        mention(&ps[0], "Sandu", None),
    ];
    let got = summary(&detect(&ps, &ms));
    assert_eq!(got[0].2, Some(0), "{got:?}");
}

#[test]
fn quoted_names_of_parties_and_shows_get_no_speaker() {
    let ps = vec![
        para(1, "Мария Захарова заявила в эфире программы «Соловьев Live», что партия «Грузинская мечта» победила."),
        para(2, "«Это правда»: Мария Захарова о словах министра."),
        para(3, "Мария Захарова сослалась на статью 35 закона «О выборах президента Российской Федерации» в эфире."),
    ];
    let ms = vec![
        mention(&ps[0], "Мария Захарова", None),
        mention(&ps[1], "Мария Захарова", None),
        mention(&ps[2], "Мария Захарова", None),
    ];
    let got = summary(&detect(&ps, &ms));
    let speakers: Vec<Option<usize>> = got.iter().map(|g| g.2).collect();
    assert_eq!(speakers, vec![None, None, Some(1), None], "{got:?}");
    // The title of a work may hold punctuation; the sentence that speaks ("spoke") gives the
    // paragraph of speech after it its speaker.
    let ps = vec![
        para(
            1,
            "Pavel Strand spoke at the opening of the exhibition “Norland, a war crime.”",
        ),
        para(
            2,
            "“This exhibition comes on the eve of the visit. We will host many leaders.”",
        ),
    ];
    let ms = vec![mention(&ps[0], "Pavel Strand", None)];
    let got = summary(&detect(&ps, &ms));
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[0].2, got[1].2), (None, Some(0)), "{got:?}");
    // The full name of an abbreviation, after it in brackets or before it.
    let ps = vec![
        para(
            1,
            "Петр Фиала поздравил лидера движения ANO («Акция недовольных граждан») с победой.",
        ),
        para(
            2,
            "Petr Fiala said the winner, \"Action of Dissatisfied Citizens\" (ANO), had won.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Петр Фиала", None),
        mention(&ps[1], "Petr Fiala", None),
    ];
    let got = summary(&detect(&ps, &ms));
    assert!(got.iter().all(|g| g.2.is_none()), "{got:?}");
    // A long name in title case; a quoted sentence after it keeps its speaker.
    let ps = vec![para(
        1,
        "The leader of the pro-Russian \"Alliance for the Unity of Romanians\" George Simion admitted defeat. Simion said \"it was the will of the Romanian people.\"",
    )];
    let ms = vec![
        mention(&ps[0], "George Simion", None),
        mention_nth(&ps[0], "Simion", 1, None),
    ];
    let got = summary(&detect(&ps, &ms));
    let speakers: Vec<Option<usize>> = got.iter().map(|g| g.2).collect();
    assert_eq!(speakers, vec![None, Some(1)], "{got:?}");
}

#[test]
fn reporting_verbs_source_phrases_and_colon_paragraphs() {
    let ps = vec![
        para(1, "Maia Sandu addressed the nation on Monday."),
        para(
            2,
            "According to her, the Kremlin is spending “hundreds of millions of euros” on votes.",
        ),
        para(
            3,
            "Igor Grosu accused the opposition of “selling the country cheaply”.",
        ),
        para(4, "Im genauen Wortlaut sagte Lawrow:"),
        para(5, "„Diese Handlungen werden nicht unbeantwortet bleiben.“"),
    ];
    let ms = vec![
        mention(&ps[0], "Maia Sandu", None),
        mention(&ps[2], "Igor Grosu", None),
        mention(&ps[3], "Lawrow", None),
    ];
    let got = summary(&detect(&ps, &ms));
    assert_eq!(got.len(), 3);
    // "According to her": the pronoun refers to the subject of the sentence before.
    assert_eq!(got[0].2, Some(0));
    // "Grosu accused … of “…”": the reporting verb's subject.
    assert_eq!(got[1].2, Some(1));
    // A paragraph ending with a colon introduces the quote that opens the next one.
    assert_eq!(got[2].2, Some(2));
}
