//! Tests of `detect` for speech across sentences (continued, introduced, named after, signed)
//! and hard-wrapped lines, on made-up paragraphs in several languages.

use super::*;
use crate::quotes::test_support::{mention, para, ps, said};

#[test]
fn a_quote_after_an_attributed_quote_continues_it() {
    let ps =
        ps(&["„Wir haben lange verhandelt“, sagte Müller. „Die Gespräche gehen morgen weiter.“"]);
    let ms = vec![mention(&ps[0], "Müller", None)];
    let got = said(&ps, &ms);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Müller"));
}

#[test]
fn a_continuation_needs_a_short_remark_naming_nobody_else() {
    let ps = ps(&[
        "„Wir haben lange verhandelt“, sagte Müller über Schmidt. „Die Gespräche gehen weiter.“",
        "“We talked for long,” Weber told the paper, and then the article went on about trade for a while. “Nothing will change.”",
    ]);
    let ms = vec![
        mention(&ps[0], "Müller", None),
        mention(&ps[0], "Schmidt", None),
        mention(&ps[1], "Weber", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Müller"));
    assert_eq!(got[1].1, None, "another person is named after the quote");
    assert_eq!(got[2].1.as_deref(), Some("Weber"));
    assert_eq!(got[3].1, None, "the remark goes on about something else");
}

#[test]
fn a_long_remark_that_goes_on_speaking_is_continued() {
    let ps = ps(&[
        "Marie Dupont a parlé lundi soir.",
        "Elle a attiré l'attention sur le fait que Paris aurait \"perdu des millions d'euros\", et a appelé les citoyens à ne pas céder aux provocations des autres partis du pays. \"Aujourd'hui, notre avenir est menacé.\"",
    ]);
    let ms = vec![mention(&ps[0], "Marie Dupont", None)];
    let got = said(&ps, &ms);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Marie Dupont"));
    assert_eq!(got[1].1.as_deref(), Some("Marie Dupont"));
}

#[test]
fn speech_opening_a_paragraph_goes_to_the_subject_of_a_sentence_about_speaking() {
    let ps = ps(&[
        "Петренко також пообіцяв, що уряд змінить позицію.",
        "«Ми не маємо наміру виходити з переговорів»",
        "Иванова также предупредила о последствиях.",
        "— Пострадают все, независимо от того, за кого голосовали.",
    ]);
    let ms = vec![
        mention(&ps[0], "Петренко", None),
        mention(&ps[2], "Иванова", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Петренко"));
    assert_eq!(got[1].1.as_deref(), Some("Иванова"));
}

#[test]
fn speech_after_a_sentence_not_about_speaking_stays_unattributed() {
    let ps = ps(&[
        "Иванова прибыла в Минск утром.",
        "«Пострадают все жители региона»",
        "Smith met Jones and Brown in Paris. “We will not give up the fight.”",
    ]);
    let ms = vec![
        mention(&ps[0], "Иванова", None),
        mention(&ps[2], "Smith", None),
        mention(&ps[2], "Jones", None),
        mention(&ps[2], "Brown", None),
    ];
    let got = said(&ps, &ms);
    assert!(got.iter().all(|(_, who)| who.is_none()), "{got:?}");
}

#[test]
fn a_pronoun_separated_from_its_verb_by_an_adverb_refers_back() {
    let ps = ps(&[
        "Тарас Коваль сказав журналістам про загрозу.",
        "Він також додав, що \"сили порядку готові до виконання завдання\".",
    ]);
    let ms = vec![mention(&ps[0], "Тарас Коваль", None)];
    assert_eq!(said(&ps, &ms)[0].1.as_deref(), Some("Тарас Коваль"));
}

#[test]
fn a_quote_in_a_sentence_without_a_speaker_continues_the_sentence_before() {
    let ps = ps(&[
        "Марія Коваленко заявила про загрозу.",
        "За її словами, уряд витрачає \"сотні мільйонів гривень\" на рекламу. Також людям платять, щоб вони \"сіяли безлад і страх\".",
        "Коваль назвав план \"великою помилкою\". Опозиція вимагає \"нових виборів негайно\".",
    ]);
    let ms = vec![
        mention(&ps[0], "Марія Коваленко", None),
        mention(&ps[2], "Коваль", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Марія Коваленко"));
    assert_eq!(got[1].1.as_deref(), Some("Марія Коваленко"));
    assert_eq!(got[2].1.as_deref(), Some("Коваль"));
    assert_eq!(got[3].1, None, "a sentence with a verb of its own");
}

#[test]
fn a_sentence_pointing_back_names_the_speaker() {
    let ps = ps(&[
        "Позиция будет пересмотрена из-за «политики государственного террора». Об этом сообщил министр иностранных дел Сергей Иванов.",
        "Решение назвали «ошибкой всей команды». Об этом сообщили журналисты.",
        "\"Дан приказ открыть огонь\". Петров обратился к нации.",
        "Опрос показал \"рост доверия к власти\". Петров обратился к нации.",
    ]);
    let ms = vec![
        mention(&ps[0], "Сергей Иванов", Some("министр иностранных дел")),
        mention(&ps[2], "Петров", None),
        mention(&ps[3], "Петров", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Сергей Иванов"));
    assert_eq!(got[1].1, None, "nobody named");
    assert_eq!(got[2].1.as_deref(), Some("Петров"), "a quoted headline");
    assert_eq!(got[3].1, None, "not a quote opening its paragraph");
}

#[test]
fn a_name_alone_under_a_quote_signs_it() {
    let ps = ps(&[
        "\"Я покидаю резиденцию и уношу с собой легитимность\"",
        "– Анна Петрова",
        "\"Сюда никто не пришел на встречу\"",
        "– бывший президент страны",
    ]);
    let ms = vec![mention(&ps[1], "Анна Петрова", None)];
    let got = said(&ps, &ms);
    assert_eq!(got.len(), 2, "signature lines are no quotes: {got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Анна Петрова"));
}

#[test]
fn hard_wrapped_lines_are_read_as_one_paragraph() {
    let ps = ps(&[
        "He dismissed calls to hold talks with the protesters.",
        "“The militants have not laid down their",
        "arms. Whoever does not surrender will be",
        "destroyed,” Tokarev said on state television.",
    ]);
    let ms = vec![mention(&ps[3], "Tokarev", None)];
    let quotes = detect(&ps, &ms);
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert_eq!(quotes[0].paragraph, 2);
    assert_eq!((quotes[0].start, quotes[0].end), (0, ps[1].text.len()));
    assert_eq!(quotes[0].speaker_mention, Some(0));
    assert!(
        quotes[0].text.ends_with("will be destroyed,"),
        "{}",
        quotes[0].text
    );
}

#[test]
fn a_sentence_opening_with_a_pronoun_that_speaks_gives_its_referent() {
    let ps = ps(&[
        "“Order will be restored,” said Novak. He issued a warning, saying that “anger is rising every day”.",
        "Иванов встретился с Петровой. Она ушла рано, заявив, что «ничего не решено вовсе».",
    ]);
    let ms = vec![
        mention(&ps[0], "Novak", None),
        mention(&ps[1], "Иванов", None),
        mention(&ps[1], "Петровой", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[1].1.as_deref(), Some("Novak"));
    assert_eq!(
        got[2].1, None,
        "“she” does not refer to the subject Novak (no gender known: still none?)"
    );
}

#[test]
fn a_sentence_in_the_konjunktiv_continues_the_speech_before_it() {
    let ps = ps(&[
        "»Unser Ziel ist der Beitritt bis 2030«, sagte Weber. Es sei jedoch »auch wichtig, dass die Werte bleiben«.",
        "»Unser Ziel ist der Beitritt bis 2030«, sagte Weber. Es ist jedoch »auch wichtig, dass die Werte bleiben«.",
    ]);
    let ms = vec![
        mention(&ps[0], "Weber", None),
        mention(&ps[1], "Weber", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[1].1.as_deref(), Some("Weber"));
    assert_eq!(
        got[3].1, None,
        "the indicative states it as the author's own sentence"
    );
}

#[test]
fn a_paragraph_under_a_name_and_a_colon_is_that_person_s_speech() {
    let ps = ps(&[
        "Popescu diskutierte mit den Bewohnern.",
        "Popescu:",
        "Hier gibt es keine Hilfe. Stimmen sind nicht käuflich.",
        "Die Frau antwortete:",
        "Er hat seine Stimme noch niemandem gegeben.",
    ]);
    let ms = vec![
        mention(&ps[0], "Popescu", None),
        mention(&ps[1], "Popescu", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(
        got.len(),
        1,
        "only the labelled paragraph is speech: {got:?}"
    );
    assert_eq!(
        got[0].0,
        "Hier gibt es keine Hilfe. Stimmen sind nicht käuflich."
    );
    assert_eq!(got[0].1.as_deref(), Some("Popescu"));
}

#[test]
fn a_clause_ending_with_its_verb_of_speech_gives_the_name_before_the_quote() {
    let ps = ps(&[
        "Jetzt hat Popescu eine „neue Bedrohung für das Land“ durch den Nachbarn angekündigt.",
        "The plan by Popescu to “fix the economy fast” failed, officials said.",
        "Jetzt hat Popescu mit Weber eine „neue Bedrohung für das Land“ angekündigt.",
    ]);
    let ms = vec![
        mention(&ps[0], "Popescu", None),
        mention(&ps[1], "Popescu", None),
        mention(&ps[2], "Popescu", None),
        mention(&ps[2], "Weber", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Popescu"));
    assert_eq!(got[1].1, None, "a comma before the verb: another clause");
    assert_eq!(got[2].1, None, "two people named before the quote");
}

#[test]
fn a_long_title_running_into_a_speaking_name_is_that_name_s() {
    let ps = ps(&[
        "Former Prime Minister and leader of the ruling party Milan Horvat earlier told the agency that the refusal costs a lot. “Our country is paying a high price,” he said.",
        "The minister met Milan Horvat in the capital. “Our country is paying a high price,” he said.",
    ]);
    let ms = vec![
        mention(&ps[0], "Milan Horvat", None),
        mention(&ps[1], "Milan Horvat", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Milan Horvat"));
    assert_eq!(got[1].1, None, "the minister, not the man he met");
}

#[test]
fn reported_speech_in_the_konjunktiv_runs_on_into_the_next_paragraph() {
    let ps = ps(&[
        "Weber erinnerte daran, dass der Angriff während der Gespräche erfolgt sei. Diese Taten würden nicht unbeantwortet bleiben, die Ziele seien festgelegt.",
        "Das Land plane nicht, die Gespräche abzubrechen, werde aber wegen des „endgültigen Verfalls der Gegenseite“ seine Haltung ändern.",
        "Das Land plant nicht, die Gespräche abzubrechen, wird aber wegen des „endgültigen Verfalls der Gegenseite“ seine Haltung ändern.",
    ]);
    let ms = vec![mention(&ps[0], "Weber", None)];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Weber"));
    assert_eq!(
        got[1].1, None,
        "the indicative is the author's own sentence"
    );
}

#[test]
fn a_name_before_a_colon_after_the_subject_is_an_object() {
    let ps = ps(&[
        "Novak bedauerte den Rücktritt von Horvat: \"Er war stets loyal zu unserem Land.\"",
        "Horvat: \"Wir bleiben loyal zu unserem Land.\"",
    ]);
    let ms = vec![
        mention(&ps[0], "Novak", None),
        mention(&ps[0], "Horvat", None),
        mention(&ps[1], "Horvat", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Novak"));
    assert_eq!(got[1].1.as_deref(), Some("Horvat"));
}

#[test]
fn a_pronoun_after_a_reporting_clause_refers_to_its_speaker() {
    let english = ps(&[
        "Incumbent President John Smith was re-elected on Sunday, the election chief, Peter Brown, said at a briefing.",
        "\"As John Smith garnered 87% of the vote, he was legally elected president,\" he said.",
    ]);
    let ms = vec![
        mention(&english[0], "John Smith", Some("President")),
        mention(&english[0], "Peter Brown", None),
        mention(&english[1], "John Smith", None),
    ];
    let got = said(&english, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Peter Brown"), "{got:?}");

    let russian = ps(&[
        "Премьер-министр Иван Петров одержал победу, набрав 88% голосов, сообщил глава Центризбиркома Олег Сидоров.",
        "\"За Петрова отдали свои голоса 15 млн человек\", – сказал он на брифинге.",
    ]);
    let ms = vec![
        mention(&russian[0], "Иван Петров", Some("Премьер-министр")),
        mention(&russian[0], "Олег Сидоров", None),
        mention(&russian[1], "Петрова", None),
    ];
    let got = said(&russian, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Олег Сидоров"), "{got:?}");
}

#[test]
/// A title earlier in a headline is not the title of the name that ends it.
fn a_title_with_a_country_picks_its_holder_not_a_name_later_in_the_headline() {
    let ps = ps(&[
        "Uzbek Foreign Minister discusses security issues in Central Asia with Rubio",
        "TASHKENT, April 10. /tass/. Uzbek Foreign Minister Bakhtiyor Saidov and United States Secretary of State Marco Rubio met in Washington to discuss security.",
        "\"We are pleased to meet with U.S. Secretary of State Marco Rubio for a comprehensive exchange,\" Saidov wrote on his telegram channel.",
        "\"We highly appreciate the United States' strong support for ongoing reforms in Uzbekistan,\" the head of Uzbek diplomacy added.",
    ]);
    let ms = vec![
        mention(&ps[0], "Rubio", None),
        mention(&ps[1], "Bakhtiyor Saidov", Some("Uzbek Foreign Minister")),
        mention(
            &ps[1],
            "Marco Rubio",
            Some("United States Secretary of State"),
        ),
        mention(&ps[2], "Marco Rubio", Some("U.S. Secretary of State")),
        mention(&ps[2], "Saidov", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[1].1.as_deref(), Some("Saidov"), "{got:?}");
}

#[test]
fn a_pronoun_quote_naming_the_subject_is_not_given_to_them() {
    let ps = ps(&[
        "Иван Петров набрал 87% голосов, пишет агентство со ссылкой на избирком.",
        "«За Петрова отдали свои голоса 13 млн человек», — сообщил он.",
    ]);
    let ms = vec![
        mention(&ps[0], "Иван Петров", None),
        Mention {
            surname: "Петров".into(),
            ..mention(&ps[1], "Петрова", None)
        },
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1, None, "{got:?}");
}

#[test]
fn so_after_a_quote_and_its_comma_names_the_speaker() {
    let ps = ps(&[
        "Der tadschikische Präsident Emomali Rahmon sprach in Astana.",
        "„Wir wollen respektiert werden“, so der tadschikische Präsident auf dem Forum.",
        "„Wir sind klein“, so Rahmon.",
        "„Das ist so“, sagte niemand. Er kam so „spät wie nie“.",
    ]);
    let ms = vec![
        mention(
            &ps[0],
            "Emomali Rahmon",
            Some("Der tadschikische Präsident"),
        ),
        mention(&ps[2], "Rahmon", None),
    ];
    let got = said(&ps, &ms);
    let speakers: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
    assert_eq!(
        speakers[..2],
        [Some("Emomali Rahmon"), Some("Rahmon")],
        "{got:?}"
    );
}

#[test]
fn zufolge_and_so_between_commas_name_the_speaker_before_the_quote() {
    let ps = ps(&[
        "Rahmon zufolge will sein Land die gleiche Haltung, „damit es keine Politik wie gegenüber der Sowjetunion gibt“.",
        "In der UdSSR, so Emomali Rahmon, „haben wir erlebt, dass kleinen Republiken keine Aufmerksamkeit geschenkt wurde“.",
        "Er kam so „spät wie nie zuvor“ an.",
    ]);
    let ms = vec![
        mention(&ps[0], "Rahmon", None),
        mention(&ps[1], "Emomali Rahmon", None),
    ];
    let got = said(&ps, &ms);
    let speakers: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
    assert_eq!(
        speakers,
        [Some("Rahmon"), Some("Emomali Rahmon"), None],
        "{got:?}"
    );
}

#[test]
fn a_headline_quote_a_colon_and_a_title_is_the_title_holder_s() {
    let ps = ps(&[
        "\"Мы хотим, чтобы нас уважали\": президент Таджикистана публично раскритиковал Путина",
        "Президент Таджикистана Эмомали Рахмон выступил на саммите в Астане.",
    ]);
    let ms = vec![mention(
        &ps[1],
        "Эмомали Рахмон",
        Some("Президент Таджикистана"),
    )];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Эмомали Рахмон"), "{got:?}");
}

#[test]
fn a_name_right_after_a_closing_comma_speaks_whatever_its_verb() {
    let ps = ps(&[
        "“We witnessed the collapse of the Soviet Union with you,” Rahmon used the expressions.",
        "“We want respect,” Rahmon and Putin met in Astana.",
        "“We want respect” Rahmon used the words.",
    ]);
    let ms = vec![
        mention(&ps[0], "Rahmon", None),
        mention(&ps[1], "Rahmon", None),
        mention(&ps[1], "Putin", None),
        mention(&ps[2], "Rahmon", None),
    ];
    let got = said(&ps, &ms);
    let speakers: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
    assert_eq!(speakers, [Some("Rahmon"), None, None], "{got:?}");
}

#[test]
fn a_document_remark_gives_the_author_the_sentence_before_names() {
    let ps = ps(&[
        "Andrij Sybiha schrieb auf seiner Seite im Netzwerk X, dass beide Seiten den Dialog wieder aufnehmen.",
        "„Die Ukraine ist entschlossen, die Beziehungen auszubauen“, heißt es in der Erklärung.",
        "Das Ministerium traf sich in Kiew mit Andrij Sybiha.",
        "„Die Ukraine ist entschlossen, die Beziehungen auszubauen“, heißt es in der Erklärung.",
        "Президент Иван Петров назначил премьера. Об этом сообщила пресс-служба.",
        "\"Назначить Смирнова премьер-министром республики\", - говорится в документе.",
    ]);
    let ms = vec![
        mention(&ps[0], "Andrij Sybiha", None),
        mention(&ps[2], "Andrij Sybiha", None),
        mention(&ps[4], "Иван Петров", Some("Президент")),
    ];
    let got = said(&ps, &ms);
    let speakers: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
    assert_eq!(speakers, [Some("Andrij Sybiha"), None, None], "{got:?}");
}

#[test]
fn a_document_remark_that_names_its_author_gives_the_words_to_that_author() {
    let ps = ps(&[
        "\"Президент начинает сходить с ума. Теперь он даже видит призраков\", - говорится в посте Сийярто.",
        "\"Мы продолжим диалог со всеми соседями\", - говорится в заявлении, согласованном с Лавровым.",
    ]);
    let ms = vec![
        mention(&ps[0], "Сийярто", None),
        mention(&ps[1], "Лавровым", None),
    ];
    let got = said(&ps, &ms);
    let speakers: Vec<Option<&str>> = got.iter().map(|g| g.1.as_deref()).collect();
    assert_eq!(speakers, [Some("Сийярто"), None], "{got:?}");
}

#[test]
fn two_titles_joined_by_and_belong_to_the_name_after_them() {
    let ps = vec![
        para(
            1,
            "«Рано делать выводы», — отметил Пётр Сидоров, пресс-секретарь президента.",
        ),
        para(
            2,
            "Об этом сообщил экс-президент страны и лидер Партии социалистов Иван Петров.",
        ),
        para(
            3,
            "Он уточнил, что властям «рано радоваться» из-за страха граждан.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Пётр Сидоров", None),
        mention(&ps[1], "Иван Петров", Some("лидер Партии социалистов")),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[1].0, "рано радоваться");
    assert_eq!(got[1].1.as_deref(), Some("Иван Петров"));
}

#[test]
fn he_does_not_reach_past_an_unresolved_speaker_of_a_known_surname() {
    let ps = vec![
        para(
            1,
            "It marked a new era after strongman Gurbanguly Berdymukhamedov announced plans to step down.",
        ),
        para(
            2,
            "In a ceremony, the younger Berdymukhamedov said he would “continue the path of development”.",
        ),
        para(3, "“We will retain the policy of neutrality,” he added."),
    ];
    let ms = vec![mention(&ps[0], "Gurbanguly Berdymukhamedov", None)];
    let got = said(&ps, &ms);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1, None, "{got:?}");
}

#[test]
fn a_chain_of_pronoun_subjects_keeps_its_referent_past_the_sentence_limit() {
    let ps = ps(&[
        "Michal posted a photograph on social media on Monday morning.",
        "\"Supporting Ukraine will remain our priority,\" he wrote. \"Victory is a win for Europe.\"",
        "This is the first visit to Ukraine since taking office in the summer.",
        "In a press release, he highlighted the attacks on the energy system.",
        "\"The winter is coming, and we must provide them with support,\" he said.",
    ]);
    let ms = vec![mention(&ps[0], "Michal", None)];
    let got = said(&ps, &ms);
    let winter = got
        .iter()
        .find(|(text, _)| text.starts_with("The winter"))
        .expect("the quotation is found");
    assert_eq!(winter.1.as_deref(), Some("Michal"), "{got:?}");
}

#[test]
fn an_opinion_phrase_with_a_pronoun_refers_to_the_last_subject() {
    let ps = ps(&[
        "По данным агентства, Карис поддержал идею назначить спецпосланника.",
        "По его мнению, Европа должна была начать переговоры, но «немного опоздала», поэтому её место занял другой.",
        "In his view, Europe was \"a little late\" to the talks.",
    ]);
    let ms = vec![mention(&ps[0], "Карис", None)];
    let got = said(&ps, &ms);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter().all(|(_, s)| s.as_deref() == Some("Карис")),
        "{got:?}"
    );
}

#[test]
fn a_title_after_a_preposition_is_no_subject_between_a_pronoun_and_its_referent() {
    let ps = ps(&[
        "Litauen will seine Grenze schließen. Premierministerin Inga Ruginienė hat härtere Strafen angekündigt.",
        "Die Regierung soll am Mittwoch eine Schließung der Grenzen „ohne zeitliche Begrenzung“ bewilligen, sagte Ruginienė nach einer Sitzung. Ausnahmen sollen für Diplomaten und diplomatische Post gelten. „Der übrige Verkehr wird eingestellt“, sagte sie.",
    ]);
    let ms = vec![
        mention(&ps[0], "Inga Ruginienė", Some("Premierministerin")),
        mention(&ps[1], "Ruginienė", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[1].0, "Der übrige Verkehr wird eingestellt");
    assert_eq!(got[1].1.as_deref(), Some("Ruginienė"), "{got:?}");
}

#[test]
fn a_possessive_source_phrase_refers_to_the_speaker_named_in_apposition_after_the_verb() {
    let ps = vec![
        para(1, "Das Land kann den Transit schließen, wenn „es notwendig ist“, sagte der Außenminister des Landes, Kestutis Budris, im Radio LRT."),
        para(2, "Seinen Angaben zufolge könnte sich die Sperrung gegen Russland richten oder „mit dessen Handlungen zusammenhängen“."),
    ];
    let ms = vec![mention(
        &ps[0],
        "Kestutis Budris",
        Some("Außenminister des Landes"),
    )];
    let got = said(&ps, &ms);
    assert_eq!(got[1].1.as_deref(), Some("Kestutis Budris"), "{got:?}");
}

#[test]
fn a_surname_with_particles_in_the_nominative_names_the_speaker_after() {
    let ps = vec![para(
        1,
        "Европа не может конфисковать активы, это «акт войны с соседом». Об этом заявил \
         премьер-министр Норландии Барт де Вевер на форуме.",
    )];
    let mut m = mention(&ps[0], "Барт де Вевер", Some("премьер-министр Норландии"));
    m.surname = "де Вевер".to_string();
    let ms = vec![m];
    assert_eq!(said(&ps, &ms)[0].1.as_deref(), Some("Барт де Вевер"));
}
