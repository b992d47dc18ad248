//! Recognition on made-up sentences: words that look like names in one language's grammar but
//! are not (German nouns before the verb, question words, demonyms, country names, outlets, a
//! word before a verb with a pronoun subject, a role's complement in the genitive, a word that
//! opens a date or a place name, a byline), a name in apposition after a role and a comma, and
//! roles joined to their place by "of".
use super::tests::{names, Found};

/// The surnames of what was found.
fn surnames(found: &[Found]) -> Vec<&str> {
    found.iter().map(|f| f.3.as_str()).collect()
}

#[test]
fn german_words_before_the_verb_second_and_clauses_after_a_comma_are_no_names() {
    let found = names(&[
        "Der Premierminister der Slowakei bezeichnete das Einfrieren des Gastransits als Sabotage. In einem am Donnerstag veröffentlichten Video warnte Fico erneut vor der Möglichkeit, dass die Stromversorgung unterbrochen wird.",
        "Der ukrainische Präsident Wolodymyr Selenskyj erhob Vorwürfe, dass der russische Präsident Wladimir Putin dem slowakischen Premierminister Robert Fico eine zweite Front befohlen habe. Aber Fico warnte, und Fico sagte es noch einmal.",
    ]);
    let surnames = surnames(&found);
    assert!(!surnames.contains(&"Video"), "{found:?}");
    assert!(!surnames.contains(&"Vorwürfe"), "{found:?}");
    assert!(surnames.contains(&"Fico"), "{found:?}");
    assert!(surnames.contains(&"Selenskyj"), "{found:?}");
}

#[test]
fn ukrainian_question_words_at_a_sentence_start_are_no_names() {
    let found = names(&[
        "Як зазначив ще на початку жовтня прем’єр-міністр України Де",
        "Де це сталося, поки невідомо. Коли заявив президент Зеленський, що все гаразд.",
    ]);
    let surnames = surnames(&found);
    assert!(
        !surnames.iter().any(|s| ["Як", "Де", "Коли"].contains(s)),
        "{found:?}"
    );
    assert!(surnames.contains(&"Зеленський"), "{found:?}");
}

#[test]
fn a_genitive_adjective_after_a_role_in_the_nominative_is_its_complement() {
    let found = names(&["«Я як прем'єр-міністр Словацької Республіки маю великий інтерес», — написав Фіцо. Прем'єр-міністр Фіцо заявив це у вівторок."]);
    let surnames = surnames(&found);
    assert!(
        !surnames.iter().any(|s| s.starts_with("Словацьк")),
        "{found:?}"
    );
    assert!(surnames.contains(&"Фіцо"), "{found:?}");
}

#[test]
fn demonyms_abstract_nouns_countries_of_several_words_and_outlets_are_no_names() {
    let found = names(&[
        "Mr Stubb took his oath in Finnish and Swedish, Finland’s two official languages.",
        "Finland President Inauguration. Picture: PA",
        "Раніше цього тижня Сполучені Штати оголосили про окремі угоди з Україною.",
        "On Sunday, Finns elected their 13th president. He led the polls until the end, Yle writes.",
        "President Alexander Stubb spoke. Stubb writes his own speeches, Stubb said.",
    ]);
    let surnames = surnames(&found);
    for junk in ["Swedish", "Inauguration", "Штати", "Yle"] {
        assert!(
            !surnames.iter().any(|s| s.contains(junk)),
            "{junk}: {found:?}"
        );
    }
    assert!(surnames.contains(&"Stubb"), "{found:?}");
}

#[test]
fn a_surname_in_a_takes_its_nominative_from_the_source_and_adverbs_are_no_given_names() {
    let found = names(&[
        "Премьер-министр Чехии Петр Фиала обратился к избирателям.",
        "Коалиция SPOLU («Вместе»), возглавляемая премьер-министром Фиалой, набрала 23%.",
        "Андрей Бабіш переміг. Пізніше Бабіш сказав, що передає Agrofert в управління трасту.",
    ]);
    assert_eq!(found[1].3, "Фиала", "{found:?}");
    assert!(
        found.iter().all(|f| f.2.as_deref() != Some("Пізніше")),
        "{found:?}"
    );
}

#[test]
fn a_name_in_apposition_after_a_role_and_a_comma_is_a_person_with_that_role() {
    let found = names(&[
        "Das Land kann schließen, sagte der Außenminister des Landes, Kestutis Budris, im Radio LRT.",
        "Die Hauptstadt des Landes, Vilnius Airport, war geschlossen.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Kestutis Budris");
    assert_eq!(found[0].4.as_deref(), Some("Außenminister des Landes"));
    // German and French role words of heads of a body ("Leiter", «directrice»).
    let found = names(&[
        "Das sei «keine Überraschung», sagte der Leiter des Instituts Damar, Vuk Strand, am Montag.",
        "Selon la directrice de l’institut, Anna Berg, le vote est serré.",
    ]);
    let roles: Vec<Option<&str>> = found.iter().map(|f| f.4.as_deref()).collect();
    assert_eq!(
        roles,
        [
            Some("Leiter des Instituts Damar"),
            Some("directrice de l’institut")
        ],
        "{found:?}"
    );
    // The words that qualify the role word are the title's.
    let found = names(&["He met Norland's Prime Minister, Pavel Strand, in the capital."]);
    assert_eq!(found[0].4.as_deref(), Some("Prime Minister"), "{found:?}");
    let found = names(&[
        "Il devance l’ex-ministre des Affaires étrangères, Pekka Haavisto.",
        "Le dirigeant avait été le Premier ministre de son prédécesseur, Viktor Karimov, jusqu'en 2016.",
    ]);
    assert_eq!(
        found[0].4.as_deref(),
        Some("ex-ministre des Affaires étrangères"),
        "{found:?}"
    );
    assert_eq!(found[1].1, "Viktor Karimov");
    assert_eq!(found[1].4, None, "{found:?}");
}

#[test]
fn a_word_before_a_verb_whose_subject_is_a_pronoun_is_no_name() {
    let found = names(&[
        "Zugleich betonte er seine christlichen Überzeugungen.",
        "Dies erklärte er in einem Interview.",
        "Putin said on Monday that talks would go on.",
        "The talks stalled. Fico said he would not go to Kyiv.",
    ]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, "Putin");
    assert_eq!(found[1].1, "Fico");
}

#[test]
fn a_thing_in_the_genitive_after_a_role_in_the_nominative_is_its_complement() {
    let found = names(&[
        "Представитель Сейма Польши Шимон Головня выступил в парламенте.",
        "Председатель Комитета национальной обороны Польши Анджей Гжиба допускает введение режима.",
    ]);
    assert!(
        found.iter().all(|f| f.1 != "Сейма" && f.1 != "Комитета"),
        "{found:?}"
    );
    assert!(found.iter().any(|f| f.1 == "Анджей Гжиба"), "{found:?}");
}

#[test]
fn an_unknown_given_name_before_a_case_form_of_a_surname_named_in_full_is_a_name() {
    let got = names(&[
        "Президент Литвы Гитанас Науседа заявил о гибридной атаке.",
        "Это говорится в заявлении Гитанаса Науседы.",
    ]);
    let second: Vec<_> = got.iter().filter(|m| m.0 == 2).collect();
    assert_eq!(second.len(), 1, "{got:?}");
    assert_eq!(second[0].1, "Гитанаса Науседы", "{got:?}");
    assert_eq!(second[0].3, "Науседа", "{got:?}");
}

#[test]
fn a_verb_of_reacting_or_a_separable_verb_after_a_quote_vouches_for_the_name_after_it() {
    let got = names(&[
        "„Für Rumänien beginnt morgen eine neue Etappe“, rief Nicușor Dan seinen Anhängern zu.",
        "«C'est une victoire», a réagi Nicusor Dan.",
    ]);
    let surfaces: Vec<&str> = got.iter().map(|m| m.1.as_str()).collect();
    assert_eq!(surfaces, ["Nicușor Dan", "Nicusor Dan"], "{got:?}");
}

#[test]
fn a_word_that_opens_a_date_ends_no_name() {
    let found = names(&[
        "Die Regierung von Ministerpräsident Rossen Scheljaskow Mitte Dezember trat zurück. Sie ist seit Mitte Januar 2025 im Amt.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Rossen Scheljaskow");
}

#[test]
fn a_full_stop_glued_to_the_next_sentence_ends_the_name() {
    let found = names(&[
        "Министр Радослав Сикорский дал интервью.",
        "\"Украинцы имеют более современное оборудование\", - подчеркнул Сикорский.Он уточнил, что обучение пройдет в Польше. Об этом сообщила Лента.ру.",
    ]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(surfaces, ["Радослав Сикорский", "Сикорский"], "{found:?}");
}

#[test]
fn a_role_joined_to_its_place_by_of_or_de() {
    let found = names(&["Le maire de Bucarest Nicusor Dan devient président."]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Nicusor Dan");
    assert_eq!(found[0].4.as_deref(), Some("maire de Bucarest"));
    let found = names(&["The Mayor of Bucharest Nicusor Dan won the run-off."]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].4.as_deref(), Some("Mayor of Bucharest"));
}

#[test]
fn a_place_after_of_ends_the_role_and_is_no_name() {
    let found =
        names(&["Hristijan Mickoski said he is the new Prime Minister of North Macedonia."]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(surfaces, ["Hristijan Mickoski"], "{found:?}");
    // "Lviv" is the place; "Oblast Military Administration" no name of two words.
    let found = names(&["The president met the Head of Lviv Oblast Military Administration."]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_clause_after_a_comma_that_opens_with_a_preposition_is_no_role() {
    let found = names(&["Prime Minister Hristijan Mickoski met today in Munich, with the President of Ukraine Vladimir Zelensky."]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(
        surfaces,
        ["Hristijan Mickoski", "Vladimir Zelensky"],
        "{found:?}"
    );
}

#[test]
fn a_ukrainian_surname_in_ski_is_a_nominative() {
    let found = names(&["Президент зустрівся із Премʼєр-міністром Християном Міцкоскі."]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3, "Міцкоскі");
}

#[test]
fn a_byline_alone_on_its_line_is_no_person() {
    let found = names(&[
        "by Roman Cheplyk",
        "- Post By Ivan Petrovski",
        "President Natasa Pirc Musar arrived in Kyiv.",
        "The report on the talks was written by Roman Cheplyk",
    ]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert!(!surfaces.contains(&"Ivan Petrovski"), "{found:?}");
    // Only the byline goes: a sentence that ends with the name names a person.
    assert_eq!(
        surfaces.iter().filter(|s| **s == "Roman Cheplyk").count(),
        1,
        "{found:?}"
    );
}

#[test]
fn an_adjective_before_a_place_name_is_no_name() {
    let found = names(&[
        "Зеленський провів зустріч із Премʼєр-міністром Північної Македонії Християном Міцкоським. Президент подякував за внесок Північної Македонії.",
    ]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert!(!surfaces.contains(&"Північної"), "{found:?}");
}

#[test]
fn a_common_given_name_vouches_for_a_surname_the_source_names_again() {
    let found = names(&[
        "I will leave my post after the election. Klaus Johannis President of Romania",
        "Johannis spoke to the press on Monday.",
        "(Reporting by Tamara Vaal; Editing by Olzhas Auyezov)",
        "seine Partei werde sich zehn Tage Zeit nehmen.",
        "The parliament elected Andrija Mandić as speaker. Mandic will have access.",
    ]);
    let surnames = surnames(&found);
    assert!(surnames.contains(&"Johannis"), "{found:?}");
    assert!(!surnames.contains(&"Vaal"), "{found:?}");
    assert!(!surnames.contains(&"Auyezov"), "{found:?}");
    assert!(!surnames.contains(&"Zeit"), "{found:?}");
    // After an adjective of a noun phrase ("elected"), named again without its diacritics.
    assert!(surnames.contains(&"Mandić"), "{found:?}");
}

#[test]
fn a_capital_of_two_words_is_no_name() {
    let found = names(&["Ulan Bator said on Monday. Ulan Bator is cold."]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_age_with_its_word_for_years_makes_a_name_a_person() {
    let found = names(&[
        "Milojko Spajicek, 36 ans, chef du parti, s’est assuré des votes de 46 députés sur 81.",
        "Europe Maintenant, 36 heures, chef du parti.",
    ]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(surfaces, ["Milojko Spajicek"], "{found:?}");
}

#[test]
fn a_french_role_word_keeps_the_adjectives_after_it_in_its_title() {
    let found = names(&[
        "Le président sortant Pavel Strand, 61 ans, a reconnu sa défaite.",
        "La Première ministre démissionnaire Anna Berg est partie.",
        "Le président estonien Alar Karis est arrivé.",
    ]);
    let roles: Vec<Option<&str>> = found.iter().map(|f| f.4.as_deref()).collect();
    assert_eq!(
        roles,
        [
            Some("président sortant"),
            Some("Première ministre démissionnaire"),
            Some("président estonien")
        ],
        "{found:?}"
    );
}

#[test]
fn a_word_in_ovich_after_a_title_is_a_surname() {
    let found = names(&["Президент Черногории Мило Джуканович признал свое поражение."]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3, "Джуканович");
    // Without a title, a given name and a patronymic name nobody by surname.
    let found = names(&["Вчера Пётр Петрович пришёл домой."]);
    assert!(found.is_empty(), "{found:?}");
}
#[test]
fn name_particles_belong_to_the_surname_in_any_case_and_script() {
    let found = names(&[
        "Der belgische Premierminister Bart de Wever befürchtet Vergeltung.",
        "Prime Minister Bart De Wever said so.",
        "Прем'єр Бельгії Барт Де Вевер заявив про це.",
        "Премьер Бельгии Барт де Вевер заявил об этом.",
    ]);
    let got: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|f| (f.3.as_str(), f.2.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("de Wever", Some("Bart")),
            ("De Wever", Some("Bart")),
            ("Де Вевер", Some("Барт")),
            ("де Вевер", Some("Барт")),
        ],
        "{found:?}"
    );
    // A capitalised particle opening a name with no given name is the surname's.
    let found = names(&["De Wever said so."]);
    assert_eq!(found[0].3, "De Wever", "{found:?}");
    assert_eq!(found[0].2, None, "{found:?}");
}

#[test]
fn auxiliaries_and_adverbs_may_stand_between_a_lone_surname_and_its_verb_of_saying() {
    let found = names(&[
        "Strandovic a également déclaré que le pays ne paierait pas.",
        "Де Вевер навіть зазначив, що Бельгія заблокує це.",
        "Berganovic has also said that the talks would go on.",
    ]);
    let surnames: Vec<&str> = found.iter().map(|f| f.3.as_str()).collect();
    assert_eq!(surnames, ["Strandovic", "Вевер", "Berganovic"], "{found:?}");
    // Three words between are too far to tell a name from any capitalised word.
    let found = names(&["Berganovic has also once again said that the talks would go on."]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_case_form_of_a_surname_named_in_full_is_no_given_name_of_the_next_name() {
    let found = names(&[
        "Президент Украины Владимир Зеленский встретился с президентом Косово Вьосой Османи.",
        "Фото рукопожатия с Зеленским Османи опубликовала в X.",
    ]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(
        surfaces,
        ["Владимир Зеленский", "Вьосой Османи", "Зеленским", "Османи"],
        "{found:?}"
    );
    // The surname itself in the nominative may still open a name written surname first.
    let found = names(&["Зеленский Владимир выступил в Раде. Владимир Зеленский уехал."]);
    assert_eq!(found[0].1, "Зеленский Владимир", "{found:?}");
}

#[test]
fn a_word_cut_short_at_the_page_s_end_is_no_name() {
    let found = names(&[
        "Прем'єр Косова Альбін Курті заявив про приєднання до декларації.",
        "У березні 2023 року президент Волод",
    ]);
    assert_eq!(surnames(&found), ["Курті"], "{found:?}");
    // Ended by punctuation, or written again elsewhere, the last word is whole.
    let found = names(&[
        "Прем'єр Косова Альбін Курті заявив про приєднання до декларації.",
        "Про це заявив прем'єр Курті",
    ]);
    assert_eq!(surnames(&found), ["Курті", "Курті"], "{found:?}");
}

#[test]
fn named_documents_outlets_and_the_parts_of_a_two_land_country_are_no_people() {
    // A named agreement or paper after a rank or role word ("General", "Official").
    let found = names(&[
        "Under the General Framework Agreement, also known as the Dayton Agreement, the country has two entities.",
        "President Milorad Dodik and Miloš Lukić, Director of the Official Gazette, were sentenced.",
    ]);
    assert_eq!(surnames(&found), ["Dodik", "Lukić"], "{found:?}");
    // An outlet explained as the press, or written in Latin letters in a Cyrillic text.
    let found = names(&[
        "President Dodik reacted, according to Dnevni Avaz (a daily newspaper in Sarajevo).",
    ]);
    assert_eq!(surnames(&found), ["Dodik"], "{found:?}");
    let found =
        names(&["Суд приговорил Милорада Додика к году тюрьмы, сообщила газета Dnevni Avaz."]);
    assert_eq!(surnames(&found), ["Додик"], "{found:?}");
    // A land of a country named in two ("Bosnia and Herzegovina"), and an adjective naming a
    // land with the noun before it («Республіки Сербської»).
    let found = names(&[
        "Суд позбавив мандата президента Республіки Сербської Мілорада Додіка.",
        "Після вироку суду Боснії і Герцеговини Додік заявив про тиск.",
        "Додік бореться за посаду президента Республіки Сербської після вироку.",
    ]);
    assert_eq!(surnames(&found), ["Додік", "Додік", "Додік"], "{found:?}");
}

#[test]
fn the_word_after_a_role_and_of_is_its_portfolio_not_a_given_name() {
    let found = names(&[
        "High Representative Christian Schmidt said the law was void.",
        "The post is held by former Federal Minister of Agriculture Schmidt of the CSU.",
    ]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(surfaces, ["Christian Schmidt", "Schmidt"], "{found:?}");
}
