//! Tests of `detect` for direct speech without marks, title subjects and pronouns whose
//! antecedent is in their own sentence, on made-up paragraphs.

use crate::quotes::test_support::{mention, mention_nth, para, said};

#[test]
fn speech_before_a_remark_goes_to_the_remark_s_speaker() {
    let ps = vec![
        para(1, "Глава Заречья Пётр Сидоров открыл мост."),
        para(
            2,
            "Мы строили его три года. Теперь — праздник, — сказал Сидоров журналистам.",
        ),
        para(3, "— Через год построим второй, — добавил он."),
    ];
    let ms = vec![
        mention(&ps[0], "Пётр Сидоров", Some("Глава Заречья")),
        mention(&ps[1], "Сидоров", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].0, "Мы строили его три года. Теперь — праздник,");
    assert_eq!(got[0].1.as_deref(), Some("Сидоров"));
    assert_eq!(got[1].0, "Через год построим второй,");
    assert_eq!(got[1].1.as_deref(), Some("Сидоров"));
}

#[test]
fn a_title_subject_is_the_one_person_with_that_title() {
    let ps = vec![
        para(1, "President Anna Lind of Norland met the press."),
        para(
            2,
            "The president warned that the storm brought “very heavy losses” to farms.",
        ),
    ];
    let ms = vec![mention(&ps[0], "Anna Lind", Some("President"))];
    assert_eq!(said(&ps, &ms)[0].1.as_deref(), Some("Anna Lind"));
}

#[test]
fn a_title_used_before_its_holder_is_named_stays_unattributed() {
    let ps = vec![
        para(1, "“We stay the course,” the president told a briefing."),
        para(2, "Later President Anna Lind of Norland called."),
        para(
            3,
            "The president also spoke, noting that “the course is right for us”.",
        ),
    ];
    let ms = vec![mention(&ps[1], "Anna Lind", Some("President"))];
    let got = said(&ps, &ms);
    assert!(got.iter().all(|(_, who)| who.is_none()), "{got:?}");
}

#[test]
fn a_pronoun_refers_to_the_name_its_own_sentence_opens_with() {
    let ps = vec![
        para(1, "Minister Bram Olsen spoke to Carl Weber on Monday."),
        para(2, "Olsen stated that the attack failed, an act he described as “plain piracy on the sea”."),
    ];
    let ms = vec![
        mention(&ps[0], "Bram Olsen", Some("Minister")),
        mention(&ps[0], "Carl Weber", None),
        mention(&ps[1], "Olsen", None),
    ];
    assert_eq!(said(&ps, &ms)[0].1.as_deref(), Some("Olsen"));
}

#[test]
fn a_speaker_quoted_as_saying_after_the_quote_is_its_speaker() {
    let ps = vec![
        para(1, "President Anna Lind of Norland criticised the ministry."),
        para(
            2,
            "“We were at work after the incidents… Where was it?\" Lind was quoted as questioning the minister's whereabouts.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Anna Lind", Some("President")),
        mention(&ps[1], "Lind", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Lind"));
}

#[test]
fn a_person_cited_after_the_quote_is_its_speaker_not_the_agency() {
    let ps = vec![
        para(1, "Президент Заречья Пётр Сидоров объявил о решении."),
        para(
            2,
            "«Я поддерживаю мысль, что дорогу надо дать молодым», — приводит слова Сидорова информагентство «Заречье сегодня».",
        ),
        para(
            3,
            "“We will stay neutral,” the agency quoted Sidorov as saying, while Anna Lind said nothing.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Пётр Сидоров", Some("Президент Заречья")),
        mention(&ps[1], "Сидорова", None),
        mention(&ps[2], "Sidorov", None),
        mention(&ps[2], "Anna Lind", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Сидорова"));
    // The agency's name in quotation marks is nobody's words.
    assert_eq!(got[1], ("Заречье сегодня".to_string(), None));
    assert_eq!(got[2].1.as_deref(), Some("Sidorov"));
}

#[test]
fn a_title_that_fits_nobody_goes_to_the_one_person_of_the_verb_s_gender() {
    let ps = vec![
        para(
            1,
            "Министр иностранных дел Сергей Лавров встретится с коллегой. Об этом официальный представитель ведомства Мария Сидорова рассказала ТАСС.",
        ),
        para(2, "«Лавров проведет переговоры в Москве», — заявила дипломат."),
        para(3, "«Встреча будет долгой», — заявил дипломат."),
    ];
    let ms = vec![
        mention(&ps[0], "Сергей Лавров", Some("Министр иностранных дел")),
        mention(
            &ps[0],
            "Мария Сидорова",
            Some("официальный представитель ведомства"),
        ),
        mention(&ps[1], "Лавров", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Мария Сидорова"), "{got:?}");
    // The man named before has a title of the table that the word fits: the usual rule.
    assert_eq!(got[1].1.as_deref(), Some("Сергей Лавров"), "{got:?}");
    // The one woman named in the quotation itself is spoken of, not speaking.
    let ps = vec![
        para(
            1,
            "Об этом рассказала представитель ведомства Мария Сидорова.",
        ),
        para(2, "«Сидорова проведет переговоры», — заявила дипломат."),
    ];
    let ms = vec![
        mention(&ps[0], "Мария Сидорова", Some("представитель ведомства")),
        mention(&ps[1], "Сидорова", None),
    ];
    assert_eq!(said(&ps, &ms)[0].1, None);
    // A man the verb fits, and a person whose gender the source does not show: either may be
    // meant, so nobody is named.
    let ps = vec![
        para(
            1,
            "Прибули голови урядів Хорватії Андрей Пленкович та Словенії Роберт Голоб.",
        ),
        para(
            2,
            "«Будемо надавати допомогу», — додав прем'єр-міністр Словенії.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Андрей Пленкович", None),
        mention(&ps[0], "Роберт Голоб", None),
    ];
    assert_eq!(said(&ps, &ms)[0].1, None);
}

#[test]
fn a_short_fragment_after_a_verb_of_wanting_is_the_subject_s_words() {
    let ps = vec![
        para(
            1,
            "Президент Заречья Пётр Сидоров сообщил, что принял «непростое решение о себе». Он хочет «дать дорогу молодым руководителям».",
        ),
        para(2, "Он приехал «позже, чем когда-либо» на саммит."),
    ];
    let ms = vec![mention(&ps[0], "Пётр Сидоров", Some("Президент Заречья"))];
    let got = said(&ps, &ms);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Пётр Сидоров"), "{got:?}");
    // A fragment after another verb may be a scare quote.
    assert_eq!(got[2].1, None, "{got:?}");
}

#[test]
fn a_long_remark_naming_the_speaker_between_two_quotes_does_not_break_the_speech() {
    let ps = vec![para(
        1,
        "“I believe in Latvia and the potential of our people,” Lind said on X (formerly Twitter) shortly after receiving the vote of confidence in the parliament. “Thank you to the Saeima for showing trust in the Cabinet of Ministers!”",
    )];
    let ms = vec![mention(&ps[0], "Lind", None)];
    let got = said(&ps, &ms);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Lind"), "{got:?}");
}

#[test]
fn quotes_of_one_sentence_share_the_verb_of_saying_after_the_last() {
    let ps = vec![
        para(1, "Der Ministerpräsident Jan Novak hat angekündigt, nach Berlin zu reisen. Er habe \"mit Freude\" die \"offizielle Einladung angenommen, an den Feiern teilzunehmen\", erklärte Novak am Mittwoch."),
        para(2, "Eine Sprecherin nannte es \"einen guten Tag\". Später sagte Petra Lind: \"Das freut uns sehr.\""),
    ];
    let ms = vec![
        mention(&ps[0], "Jan Novak", Some("Ministerpräsident")),
        mention_nth(&ps[0], "Novak", 1, None),
        mention(&ps[1], "Petra Lind", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].0, "mit Freude");
    // Novak, by the verb after the later quote or as the subject «Er» of the reported speech.
    assert!(
        got[0].1.as_deref().is_some_and(|s| s.ends_with("Novak")),
        "{got:?}"
    );
    assert_eq!(got[1].1.as_deref(), Some("Novak"), "{got:?}");
    // A full stop between the quotes: the verb after the later one does not reach back.
    assert_eq!(got[2].0, "einen guten Tag");
    assert_eq!(got[2].1, None, "{got:?}");
}

#[test]
fn a_verb_with_a_clause_of_content_reports_the_quote_inside_it() {
    let ps = vec![para(
        1,
        "В этом контексте Новак надеялся, что Запад может «даже простить всё, что произошло».",
    )];
    let ms = vec![mention(&ps[0], "Новак", None)];
    assert_eq!(said(&ps, &ms)[0].1.as_deref(), Some("Новак"));
    // Without the clause of content the verb is no evidence.
    let ps = vec![para(
        1,
        "В этом контексте Новак надеялся «даже простить всё, что произошло».",
    )];
    let ms = vec![mention(&ps[0], "Новак", None)];
    assert_eq!(said(&ps, &ms)[0].1, None);
}

#[test]
fn a_source_phrase_opening_a_sentence_makes_its_name_the_subject_a_pronoun_refers_to() {
    let ps = vec![
        para(
            1,
            "По мнению Новака, войну нельзя завершить с помощью оружия.",
        ),
        para(
            2,
            "«Вернемся к соблюдению международного права и будем искать пути», — сказал он.",
        ),
    ];
    let ms = vec![mention(&ps[0], "Новака", None)];
    assert_eq!(said(&ps, &ms)[0].1.as_deref(), Some("Новака"));
}

#[test]
fn a_remark_with_its_subject_after_the_verb_names_the_speaker_of_a_later_quote() {
    let ps = vec![para(
        1,
        "Partners had to discuss the initiative openly, explained Novak, but in doing so they also “revealed their cards” to the other side.",
    )];
    let ms = vec![mention(&ps[0], "Novak", None)];
    assert_eq!(said(&ps, &ms)[0].1.as_deref(), Some("Novak"));
}

#[test]
fn a_name_after_a_preposition_is_spoken_about_and_the_title_after_the_verb_speaks() {
    let ps = vec![
        para(
            1,
            "Ungarns Ministerpräsident Viktor Orbán reist nach Moskau.",
        ),
        para(2, "Kremlchef Wladimir Putin äußerte sich am Donnerstag."),
        para(
            3,
            "Über Orbán sagte der Kreml-Chef: „Wir kennen seine Position.“",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Viktor Orbán", Some("Ministerpräsident")),
        mention(&ps[1], "Wladimir Putin", Some("Kremlchef")),
        mention(&ps[2], "Orbán", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Wladimir Putin"), "{got:?}");
}

#[test]
fn a_name_after_with_is_the_subject_of_its_participle() {
    let ps = vec![para(
        1,
        "The minister was sacked on Thursday, with Aliyev accusing him of “meaningless negotiations” with Armenia.",
    )];
    let ms = vec![mention(&ps[0], "Aliyev", None)];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Aliyev"), "{got:?}");
}

#[test]
fn a_quote_in_a_sentence_of_reported_speech_is_its_subject_s() {
    let ps = vec![
        para(1, "Viktor Orbán gab seinen Plan in einem Video bekannt."),
        para(
            2,
            "Er werde nach Moskau fahren, „um sicherzustellen, dass die Versorgung gesichert ist.“",
        ),
    ];
    let ms = vec![mention(&ps[0], "Viktor Orbán", None)];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Viktor Orbán"), "{got:?}");
}

#[test]
fn a_pronoun_before_the_verb_wins_over_a_name_cited_after_it() {
    let ps = vec![
        para(1, "President Karol Nawrocki took the oath on Wednesday."),
        para(
            2,
            "\"We must fight those who push the nation towards decline,\" he said, citing Ignacy Paderewski, a prime minister of the 1920s.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Karol Nawrocki", Some("President")),
        mention(&ps[1], "Ignacy Paderewski", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Karol Nawrocki"), "{got:?}");
}

#[test]
fn a_german_pronoun_after_its_verb_is_the_subject_but_an_object_sie_is_not() {
    let ps = vec![
        para(1, "In seiner Antrittsrede dankte Karol Nawrocki seinen Wählern."),
        para(
            2,
            "Zugleich betonte er seine Überzeugungen und rief zur Versöhnung auf: „Als Christ vergebe ich von Herzen.“",
        ),
        para(
            3,
            "Der Präsident Wolodymyr Selenskyj wies die Vorwürfe zurück und bezeichnete sie als „eine weitere Lüge“.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Karol Nawrocki", None),
        mention(&ps[2], "Wolodymyr Selenskyj", Some("Präsident")),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Karol Nawrocki"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Wolodymyr Selenskyj"), "{got:?}");
}

#[test]
fn french_periphrases_and_german_separable_verbs_of_saying() {
    let ps = vec![
        para(
            1,
            "« Personne ne comprendra pourquoi », a fait remarquer M. Iohannis.",
        ),
        para(
            2,
            "„Für Rumänien beginnt morgen eine neue Etappe“, rief Nicușor Dan seinen Anhängern zu.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Iohannis", None),
        mention(&ps[1], "Nicușor Dan", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Iohannis"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Nicușor Dan"), "{got:?}");
}

#[test]
fn a_title_several_people_fit_goes_to_the_one_a_pronoun_took_up() {
    let ps = vec![
        para(
            1,
            "The head of Finland, Alexander Stubb, said that he had proposed to the American leader, Donald Trump, a ceasefire date.",
        ),
        para(2, "He spoke to reporters in Helsinki."),
        para(
            3,
            "\"Because we need a deadline,\" the politician explained his proposal.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Alexander Stubb", Some("President")),
        mention(&ps[0], "Donald Trump", Some("American leader")),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Alexander Stubb"), "{got:?}");
    // When no pronoun took anyone up, nobody is named.
    let ps = vec![
        para(1, "President Alexander Stubb met President Donald Trump."),
        para(2, "Reporters asked the two about Ukraine."),
        para(3, "\"We need a deadline,\" the president said."),
    ];
    let ms = vec![
        mention(&ps[0], "Alexander Stubb", Some("President")),
        mention(&ps[0], "Donald Trump", Some("President")),
    ];
    assert_eq!(said(&ps, &ms)[0].1, None);
}

#[test]
fn the_politician_takes_up_the_person_the_text_is_about_an_office_does_not() {
    let texts = [
        "George Simion admitted defeat to the mayor of Bucharest, Nicusor Dan.",
        "Simion noted that Dan won the election.",
        "I thank more than 5 million Romanians who trusted me - said the politician.",
    ];
    let ps = super::test_support::ps(&texts);
    let ms = vec![
        mention(&ps[0], "George Simion", None),
        mention(&ps[0], "Nicusor Dan", Some("mayor of Bucharest")),
        mention(&ps[1], "Simion", None),
        mention(&ps[1], "Dan", None),
    ];
    assert_eq!(said(&ps, &ms)[0].1.as_deref(), Some("Simion"));
    // An office nobody holds here stays unattributed.
    let texts = [
        texts[0],
        texts[1],
        "\"I thank the voters,\" the minister said.",
    ];
    let ps = super::test_support::ps(&texts);
    assert_eq!(said(&ps, &ms)[0].1, None);
}

#[test]
fn quoted_words_before_the_verb_are_no_title_of_the_speaker() {
    let ps = vec![
        para(
            1,
            "Finnish President Alexander Stubb played golf with U.S. President Donald Trump.",
        ),
        para(
            2,
            "\"The presidents met over breakfast,\" the Finnish presidency said in a statement. \"During the visit, the presidents discussed Ukraine.\"",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Alexander Stubb", Some("Finnish President")),
        mention(&ps[0], "Donald Trump", Some("U.S. President")),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[1].1, None, "{got:?}");
}

#[test]
fn verbs_of_reacting_and_conceding_introduce_their_speaker() {
    let ps = vec![
        para(
            1,
            "«Alexander, félicitations», a concédé à la télévision publique M. Haavisto, ancien ministre.",
        ),
        para(2, "«C'est une grande victoire», a réagi M. Stubb."),
        para(3, "„Das ist gut“, reagierte Scholz."),
    ];
    let ms = vec![
        mention(&ps[0], "M. Haavisto", None),
        mention(&ps[1], "M. Stubb", None),
        mention(&ps[2], "Scholz", None),
    ];
    let got: Vec<Option<String>> = said(&ps, &ms).into_iter().map(|(_, s)| s).collect();
    assert_eq!(
        got,
        [
            Some("M. Haavisto".into()),
            Some("M. Stubb".into()),
            Some("Scholz".into())
        ]
    );
}

#[test]
fn verbs_of_expressing_report_a_fragment_of_their_subject() {
    let ps = vec![
        para(
            1,
            "Nawrocki, qui est aussi historien, a exprimé son intention de \"rétablir la normalité\" dans les écoles.",
        ),
        para(2, "Сикорский выразил надежду, что «союзники помогут»."),
    ];
    let ms = vec![
        mention(&ps[0], "Nawrocki", None),
        mention(&ps[1], "Сикорский", None),
    ];
    let got: Vec<Option<String>> = said(&ps, &ms).into_iter().map(|(_, s)| s).collect();
    assert_eq!(got, [Some("Nawrocki".into()), Some("Сикорский".into())]);
}

#[test]
fn an_age_refers_back_like_a_pronoun() {
    let ps = vec![
        para(1, "Iohannis announced his resignation on Monday."),
        para(
            2,
            "In an emotional address, the 65-year-old announced that he will leave, saying, “To spare Romania from this crisis, I am resigning.”",
        ),
        para(3, "„Wir bleiben“, sagte der 55-Jährige."),
    ];
    let ms = vec![mention(&ps[0], "Iohannis", None)];
    let got: Vec<Option<String>> = said(&ps, &ms).into_iter().map(|(_, s)| s).collect();
    assert_eq!(got, [Some("Iohannis".into()), Some("Iohannis".into())]);
}

#[test]
fn a_verb_and_name_before_a_glued_full_stop_take_the_quote() {
    let p = crate::quotes::test_support::ps(&[
        "По его словам, команды пройдут обучение. \"Украинцы имеют более современное оборудование\", - подчеркнул Сикорский.Он уточнил, что обучение пройдет в Польше.",
    ]);
    let m = vec![mention(&p[0], "Сикорский", None)];
    assert_eq!(
        said(&p, &m),
        vec![(
            "Украинцы имеют более современное оборудование".to_string(),
            Some("Сикорский".to_string())
        )]
    );
}

#[test]
fn a_french_pronoun_after_an_elided_conjunction_speaks() {
    // «qu'il» is one word to the segmentation; the participle agrees with its object.
    let p = crate::quotes::test_support::ps(&[
        "Zoran Milanović, 58 ans, critique ouvertement le soutien militaire occidental.",
        "Dimanche, il a critiqué Bruxelles, qu'il a qualifiée de \"non démocratique à bien des égards\" hier.",
    ]);
    let m = vec![mention(&p[0], "Zoran Milanović", None)];
    assert_eq!(
        said(&p, &m),
        vec![(
            "non démocratique à bien des égards".to_string(),
            Some("Zoran Milanović".to_string())
        )]
    );
}

#[test]
fn a_participle_shares_its_clause_s_subject_and_two_joined_subjects_speak_together() {
    let ps = super::test_support::ps(&[
        "Zelenskyy called Rama “Ukraine’s unwavering friend” adding the two would “discuss defence and political cooperation.”",
        "Toqaev asks him to stop, but Rahmon refuses, saying, “We came to talk.”",
        "Kaja Kallas and the EU’s enlargement commissioner Marta Kos said the vote was “highly polarised and tense”.",
    ]);
    let ms = vec![
        mention(&ps[0], "Zelenskyy", None),
        mention(&ps[0], "Rama", None),
        mention(&ps[1], "Toqaev", None),
        mention(&ps[1], "Rahmon", None),
        mention(&ps[2], "Kaja Kallas", None),
        mention(&ps[2], "Marta Kos", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[1].1.as_deref(), Some("Zelenskyy"), "{got:?}");
    assert_eq!(got[2].1.as_deref(), Some("Rahmon"), "{got:?}");
    assert_eq!(got[3].1, None, "{got:?}");
}
