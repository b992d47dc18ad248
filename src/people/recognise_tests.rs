//! Recognition on made-up sentences: names, titles, case forms and what is not a name.
use super::*;
use crate::people::dossier_surnames::{add_dossier_surnames, DossierSurnames};

fn paras(texts: &[&str]) -> Vec<Paragraph> {
    Paragraph::numbered(texts)
}

/// Paragraph, surface, given, surname, role.
pub(super) type Found = (usize, String, Option<String>, String, Option<String>);

pub(super) fn names(texts: &[&str]) -> Vec<Found> {
    let ps = paras(texts);
    let found = recognise(&ps);
    for m in &found {
        assert_eq!(&ps[m.paragraph - 1].text[m.start..m.end], m.surface);
    }
    found
        .into_iter()
        .map(|m| (m.paragraph, m.surface, m.given, m.surname, m.role))
        .collect()
}

#[test]
fn role_in_apposition_and_later_surname() {
    let found = names(&[
        "MINSK, December 26 – RIA Novosti. Although NATO has unilaterally suspended cooperation with Belarus, the republic remains open to dialogue with the alliance. declaration Dmitry Ryabihin, Deputy Head of the Department of International Cooperation of the Ministry of Defense of Belarus.",
        "“They unilaterally suspended it. However, the Republic of Belarus is always open to dialogue,” Ryabihin said. said.",
        "Ryabihin cited as an example of cooperation with the countries of the Shanghai Cooperation Organization, which also has a military component.",
    ]);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[0].1, "Dmitry Ryabihin");
    assert_eq!(found[0].2.as_deref(), Some("Dmitry"));
    assert_eq!(
        found[0].4.as_deref(),
        Some("Deputy Head of the Department of International Cooperation of the Ministry of Defense of Belarus")
    );
    assert_eq!(found[1].1, "Ryabihin");
    assert_eq!(found[2].1, "Ryabihin");
}

#[test]
fn role_before_name_english_and_russian() {
    let found = names(&[
        "Belarus defense chief Oleg Belokonev recently told local media his country should be regarded in similar terms as Serbia.",
        "“Belarus is ready for joint exercises with NATO. There are talks on possible formats,” Belokonev told Nasha Niva newspaper.",
        "С таким заявлением на телеканале СТВ выступил начальник Департамента международного военного сотрудничества — помощник министра обороны Беларуси по вопросам международного военного сотрудничества Валерий Ревенко.",
        "Отвечая на вопрос о взаимодействии по линии Беларусь-НАТО, Валерий Ревенко сказал:",
    ]);
    assert_eq!(found.len(), 4, "{found:?}");
    assert_eq!(found[0].4.as_deref(), Some("Belarus defense chief"));
    assert_eq!(found[1].1, "Belokonev");
    assert_eq!(
        found[2].4.as_deref(),
        Some("начальник Департамента международного военного сотрудничества — помощник министра обороны Беларуси по вопросам международного военного сотрудничества")
    );
    assert_eq!(found[3].3, "Ревенко");
}

#[test]
fn case_forms_and_initials() {
    let found = names(&[
        "Встреча министра обороны Виктора Хренина прошла в Минске.",
        "По словам Хренина, всё спокойно. Позже с Хрениным встретился V. Khrenin.",
    ]);
    let surnames: Vec<&str> = found.iter().map(|f| f.3.as_str()).collect();
    assert_eq!(
        surnames,
        ["Хренин", "Хренин", "Хренин", "Khrenin"],
        "{found:?}"
    );
    assert_eq!(found[0].2.as_deref(), Some("Виктор"));
    assert_eq!(found[0].4.as_deref(), Some("министра обороны"));
    assert_eq!(found[3].2.as_deref(), Some("V."));
    // An initial glued to the surname.
    let found = names(&["«Мы что, начали сотрудничество с Арменией?», — отметил И.Алиев."]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "И.Алиев");
    assert_eq!(found[0].2.as_deref(), Some("И."));
    assert_eq!(found[0].3, "Алиев");
}

#[test]
fn places_organisations_and_bare_surnames_without_evidence_are_not_people() {
    let found = names(&[
        "The top military official in Belarus says his country is open to NATO.",
        "On February 24, Putin launched a special military operation in Ukraine.",
        "Former vice president of Lehman Brothers: Russia will counter the Black Sea Fleet.",
        "Moscow said on Monday that the Union State acted. The Kremlin said nothing in January.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn organisation_names_led_by_an_adjective_and_ukrainian_oblique_places_are_not_people() {
    let found = names(&[
        "The elections saw Georgian Dream declared the victor.",
        "He took the oath, according to Public Broadcaster 1TV.",
        "Про це повідомило агентство Росії, заявив він.",
        "Накануне в Вашингтоне, при посредничестве Дональда Тр",
        "Ethnic Armenians in Nagorno-Karabakh declared independence in 1991.",
        "Die Armenier in Bergkarabach erklärten sich für unabhängig.",
        "В Карабахе заявили о прекращении огня.",
        "The Central Commission on Elections and Referendums announced the result.",
        "Центрвиборчком оголосив остаточні результати виборів.",
        "Он останется председателем Халк Маслахаты (верхней палаты парламента) страны.",
        "Он останется председателем Халк Маслахаты — верхней палаты парламента страны.",
        "Об этом сообщает Delfi, пишет издание.",
        "Почётный караул выстроился на центральной площади Улан-Батора, сообщает телеканал.",
        "Notably, the minister said nothing.",
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = names(&["Georgian Prime Minister Irakli Kobakhidze said the talks would wait."]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3, "Kobakhidze");
}

#[test]
fn dictionary_and_context_rules_on_russian_and_ukrainian() {
    let found = names(&[
        "Министр иностранных дел Армении Арарат Мирзоян встретился с министром Иваном Петровым.",
        "Ранее Петров заявил, что Совета Безопасности не будет.",
        "Госсекретарь США Энтони Блинкен провёл переговоры с Павлом Пашиняном и Майей Санду.",
        "Прем'єр-міністр Вірменії Нікол Пашинян зустрівся з Володимиром Зеленським.",
    ]);
    let names: Vec<(String, Option<String>)> =
        found.iter().map(|f| (f.3.clone(), f.2.clone())).collect();
    let expect = |s: &str, g: &str| (s.to_string(), Some(g.to_string()));
    assert_eq!(
        names,
        vec![
            expect("Мирзоян", "Арарат"),
            expect("Петров", "Иван"),
            ("Петров".to_string(), None),
            expect("Блинкен", "Энтони"),
            expect("Пашинян", "Павел"),
            expect("Санду", "Майя"),
            expect("Пашинян", "Нікол"),
            expect("Зеленський", "Володимир"),
        ],
        "{found:?}"
    );
}

#[test]
fn titles_before_names_in_english() {
    let found = names(&[
        "Hoekstra spoke after her Dutch counterpart Wopke Hoekstra arrived.",
        "Russian President Vladimir Putin said nothing.",
        "The ALA-LC spelling Dmitriĭ Ri͡abikhin keeps its marks.",
    ]);
    let full: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert!(full.contains(&"Wopke Hoekstra"), "{found:?}");
    assert!(full.contains(&"Vladimir Putin"), "{found:?}");
    assert!(full.contains(&"Dmitriĭ Ri͡abikhin"), "{found:?}");
}

#[test]
fn a_french_form_of_address_is_no_initial() {
    let found = names(&[
        "Le président Arman Lurov a ordonné aux forces de l'ordre de tirer sans sommation.",
        "Selon M. Lurov, les bandits armés ont attaqué les bâtiments de la ville pendant la nuit.",
    ]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].1, "M. Lurov");
    assert_eq!(found[1].2, None);
    assert_eq!(found[1].3, "Lurov");
    let found = names(&["The report was signed by M. Lurov and nobody else."]);
    assert_eq!(found[0].2.as_deref(), Some("M."), "{found:?}");
}

#[test]
fn nouns_after_possessives_lone_given_names_and_run_on_nouns_are_not_names() {
    let found = names(&[
        "In seiner Rede betonte der Präsident die Lage.",
        "По словам Сергея, переговоры прошли хорошо.",
        "\"Ми переможемо\", – зазначила Санду.",
        "Прем'єр Іраклій Мамадзе Вікіпедія заявив про зупинку переговорів.",
    ]);
    let surnames: Vec<&str> = found.iter().map(|f| f.3.as_str()).collect();
    assert_eq!(surnames, ["Санду", "Мамадзе"], "{found:?}");
}

#[test]
fn a_single_word_after_a_role_must_agree_with_it() {
    let found = names(&[
        "Зустріч з президентом Азербайджану та прем'єр-міністром Вірмені відбулася.",
        "Об этом они заявили представителям прессы в Белом доме.",
        "That is according to Sova, the agency reports.",
        "Він зустрівся з міністром Мамадзе.",
    ]);
    let surnames: Vec<&str> = found.iter().map(|f| f.3.as_str()).collect();
    assert_eq!(surnames, ["Мамадзе"], "{found:?}");
    let german = names(&[
        "Der Präsident Aserbaidschans erklärte, er sei zu einem Abkommen mit dem Nachbarland bereit, und dankte den Vermittlern für ihre Geduld.",
        "Die Gespräche sollen in der kommenden Woche in der Hauptstadt fortgesetzt werden, hieß es aus dem Ministerium.",
    ]);
    assert!(german.is_empty(), "{german:?}");
}

#[test]
fn no_break_spaces_join_names() {
    let found = names(&["Отвечая на вопрос, Валерий\u{a0}Ревенко сказал:"]);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].2.as_deref(), Some("Валерий"));
}

#[test]
fn mentions_do_not_overlap() {
    let ps = paras(&["Mike Pompeo and Viktor Khrenin met Oleg Belokonev, said Dmitry Ryabikhin."]);
    let found = recognise(&ps);
    assert_eq!(found.len(), 4, "{found:?}");
    for pair in found.windows(2) {
        assert!(pair[0].end <= pair[1].start);
    }
}

#[test]
fn a_verb_of_saying_after_the_quote_marks_a_lone_surname_in_german_and_french() {
    let found = names(&["«Wir haben es geschafft, Frieden zu schliessen», sagte Trump."]);
    assert_eq!(found[0].1, "Trump");
    let found = names(&["«Vous allez avoir une très bonne relation», a ajouté Macron."]);
    assert_eq!(found[0].1, "Macron");
    // Without the quote before the verb it is no evidence: German capitalises every noun.
    let found = names(&["Am Montag sagte Regierung nichts."]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_noun_phrase_run_on_into_a_name_keeps_the_name() {
    let found = names(&[
        "Die Abgeordneten haben im neuen georgischen Parlament Ministerpräsident Irakli Kobachidse im Amt bestätigt.",
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Irakli Kobachidse");
    // A noun phrase without a given name in it is still no name.
    let found = names(&["Die Abgeordneten haben im neuen georgischen Parlament Tiflis bestätigt."]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn an_apposition_starting_with_a_preposition_is_no_role_and_a_compound_adjective_is_no_name() {
    let found = names(&[
        "Как уточнили в Избиркоме, на выборы президента были зарегистрированы более 19,5 млн избирателей.",
        "Председатель Народно-демократической партии Узбекистана (НДПУ) Улугбек Иноятов набрал 4,02%.",
    ]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(surfaces, ["Улугбек Иноятов"]);
}

#[test]
fn a_role_after_a_name_and_a_conjunction_is_the_next_persons() {
    let found = names(&[
        "A missile fell close to the Ukrainian, Volodymyr Zelensky, and the Prime Minister of Greece, Kyriakos Mitsotakis, in Odessa.",
    ]);
    let zelensky = found.iter().find(|f| f.1 == "Volodymyr Zelensky");
    assert_eq!(zelensky.map(|f| f.4.clone()), Some(None), "{found:?}");
}

#[test]
fn a_german_compound_role_titles_a_lone_surname() {
    let found = names(&["Der Bund reagiert besorgt. Justizminister Buschmann findet klare Worte."]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Buschmann");
    assert_eq!(found[0].4.as_deref(), Some("Justizminister"));
}

#[test]
fn a_name_the_source_writes_alone_ends_a_longer_run_of_capitals() {
    let found = names(&[
        "President Shavkat Mirziyoyev won the election.",
        "President Shavkat Mirziyoyev Copyright Uzbekistan's Presidential Press Office via AP",
        "Der Angriff galt Präsident Wladimir Putin in der Region. Ein Angriff auf Wladimir Putins Datscha.",
    ]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(
        surfaces,
        [
            "Shavkat Mirziyoyev",
            "Shavkat Mirziyoyev",
            "Wladimir Putin",
            "Wladimir Putins"
        ]
    );
}

#[test]
fn a_german_genitive_s_is_no_part_of_the_surname() {
    let found = names(&[
        "Der Angriff galt der Datscha von Präsident Wladimir Putin in der Region Nowgorod, sagte der Minister am Montag.",
        "Der Minister sprach von einem Angriff auf Präsident Wladimir Putins Datscha in der Region.",
    ]);
    let surnames: Vec<&str> = found.iter().map(|f| f.3.as_str()).collect();
    assert_eq!(surnames, ["Putin", "Putin"], "{found:?}");
}

#[test]
fn a_form_of_address_is_no_title() {
    let found = names(&[
        "«Это наш ответ», — сказал господин Лавров.",
        "Mr Tokayev said nothing. Foreign Minister Lavrov said more.",
    ]);
    let roles: Vec<Option<&str>> = found.iter().map(|f| f.4.as_deref()).collect();
    assert_eq!(roles, [None, None, Some("Foreign Minister")], "{found:?}");
}

#[test]
fn a_clause_with_a_verb_after_a_name_is_no_apposition() {
    let found = names(&[
        "Премьер Никол Пашинян, обращаясь к американскому лидеру, сказал, что мир близок.",
        "Сергей Лавров, министр иностранных дел и глава делегации, сказал, что переговоры идут.",
    ]);
    let roles: Vec<Option<&str>> = found.iter().map(|f| f.4.as_deref()).collect();
    assert_eq!(
        roles,
        [
            Some("Премьер"),
            Some("министр иностранных дел и глава делегации")
        ],
        "{found:?}"
    );
}

#[test]
fn a_lone_surname_joins_when_another_source_names_the_person_in_full() {
    let first = paras(&["Präsident Ilham Alijew empfing die Delegation in Baku."]);
    let second = paras(&[
        "Das Treffen von Paschinjan und Alijew im Weißen Haus dauerte zwei Stunden.",
        "Die Armee blieb in der Kaserne.",
    ]);
    let known = DossierSurnames::of(&[recognise(&first), recognise(&second)]);
    let alone = recognise(&second);
    assert!(
        alone.is_empty(),
        "no evidence in the source alone: {alone:?}"
    );
    let added = add_dossier_surnames(&second, alone, &known);
    let surfaces: Vec<&str> = added.iter().map(|m| m.surface.as_str()).collect();
    assert_eq!(
        surfaces,
        ["Alijew"],
        "only the surname named in full elsewhere"
    );
}

#[test]
fn a_surname_that_is_also_a_given_name_stands_alone_where_the_source_names_it_in_full() {
    let found = names(&[
        "Президент Таджикистана Эмомали Рахмон упрекнул российского диктатора Владимира Путина.",
        "\"Как и сейчас, мы были свидетелями того\", — сказал Рахмон.",
        "Рахмон тоже был там. Владимир сказал это.",
    ]);
    let lone: Vec<(usize, &str)> = found
        .iter()
        .filter(|f| f.2.is_none())
        .map(|f| (f.0, f.3.as_str()))
        .collect();
    assert_eq!(lone, [(2, "Рахмон"), (3, "Рахмон")], "{found:?}");
    // A full name taken with a title once is taken again without one.
    let found = names(&[
        "Der tadschikische Präsident Emomali Rahmon hat bedauert, dass niemand kam.",
        "In der UdSSR, so Emomali Rahmon, haben wir das erlebt.",
    ]);
    assert!(
        found.iter().any(|f| f.0 == 2 && f.1 == "Emomali Rahmon"),
        "{found:?}"
    );
}

#[test]
fn abstract_nouns_and_words_after_a_verb_are_no_names() {
    let found = names(&[
        "Головна Реєстрація RSS",
        "Президент Таджикистану порівняв теперішнє ставлення Кремля до держав Центральної Азії із ситуацією.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_given_name_and_patronymic_names_the_one_person_with_that_given_name() {
    let found = names(&[
        "Der tadschikische Präsident Emomali Rahmon sprach mit Präsident Wladimir Putin.",
        "„Wladimir Wladimirowitsch, behandele uns nicht so“, sagte Rahmon.",
    ]);
    let addressed = found.iter().find(|f| f.1 == "Wladimir Wladimirowitsch");
    assert_eq!(addressed.map(|f| f.3.as_str()), Some("Putin"), "{found:?}");
}

#[test]
fn a_turkic_patronymic_stays_inside_the_name() {
    let found = names(&[
        "Мамедъяров занимал свой пост с 2004 года.",
        "«Освободить Эльмара Магеррам оглы Мамедъярова от должности», — сказано в указе.",
        "President Ilham Heydar oglu Aliyev signed the order.",
    ]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(
        surfaces,
        [
            "Мамедъяров",
            "Эльмара Магеррам оглы Мамедъярова",
            "Ilham Heydar oglu Aliyev"
        ],
        "{found:?}"
    );
    assert_eq!(found[1].3, "Мамедъяров");
    assert_eq!(found[2].3, "Aliyev");
}

#[test]
fn case_forms_no_table_knows_take_the_nominative_the_source_writes() {
    let found = names(&[
        "Президент Туркмении Гурбангулы Бердымухамедов заявил о решении.",
        "Вице-премьер Сердар Бердымухамедов выдвинут кандидатом.",
        "Избран сын президента Гурбангулы Бердымухамедова вице-премьер Сердар Бердымухамедов.",
        "Соперниками вице-премьера Сердара Бердымухамедова стали восемь человек.",
        "Министр Анна Бердымухамедова ответила.",
    ]);
    let names: Vec<(String, String)> = found
        .iter()
        .map(|f| (f.2.clone().unwrap_or_default(), f.3.clone()))
        .collect();
    let pair = |g: &str, s: &str| (g.to_string(), s.to_string());
    assert_eq!(
        names,
        [
            pair("Гурбангулы", "Бердымухамедов"),
            pair("Сердар", "Бердымухамедов"),
            pair("Гурбангулы", "Бердымухамедов"),
            pair("Сердар", "Бердымухамедов"),
            pair("Сердар", "Бердымухамедов"),
            pair("Анна", "Бердымухамедова"),
        ],
        "{found:?}"
    );
}

#[test]
fn two_words_ending_in_a_surname_the_source_names_in_full_are_a_name() {
    let found = names(&[
        "Official results showed Serdar Berdymukhamedov, 40, winning the ballot.",
        "It marked a new era after strongman Gurbanguly Berdymukhamedov announced plans to step down.",
        "President Gurbanguly Berdymukhamedov said so.",
    ]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(
        surfaces,
        [
            "Serdar Berdymukhamedov",
            "Gurbanguly Berdymukhamedov",
            "Gurbanguly Berdymukhamedov"
        ],
        "{found:?}"
    );
    assert_eq!(found[0].2.as_deref(), Some("Serdar"));
}

#[test]
fn an_age_in_apposition_makes_a_name_a_person() {
    let found = names(&["Serdar Berdymukhamedov, 40, took the oath of office on Saturday."]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Serdar Berdymukhamedov");
    assert!(names(&["Serdar Berdymukhamedov took the oath of office on Saturday."]).is_empty());
}

#[test]
fn a_person_described_by_a_title_with_an_institution_word_is_still_a_person() {
    let found = names(&["President Ilham Aliyev, the party leader, said the talks would go on."]);
    assert_eq!(found.len(), 1, "{found:?}");
    for text in [
        "Второе место занял замминистра Гулмырат Мырадов (Аграрная партия) с 11%.",
        "Второе место занял замминистра Гулмырат Мырадов (партия «Аграрная») с 11%.",
    ] {
        assert_eq!(names(&[text]).len(), 1, "{text}");
    }
}

#[test]
fn a_title_going_back_stops_at_another_person_s_name() {
    let found = names(&[
        "Президент встретил российского лидера Владимира Путина на площади Улан-Батора, сообщает телеканал.",
    ]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(surfaces, ["Владимира Путина"], "{found:?}");
}

#[test]
fn hashtag_marked_surname_stays_with_its_given_name() {
    let found = names(&[
        "Le président estonien Alar #Karis et son Premier ministre Kristen #Michal sont en désaccord.",
        "Le président estonien Alar Karis et son Premier ministre Kristen Michal sont en désaccord.",
    ]);
    let people: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|f| (f.3.as_str(), f.2.as_deref()))
        .collect();
    assert_eq!(
        people,
        vec![
            ("Karis", Some("Alar")),
            ("Michal", Some("Kristen")),
            ("Karis", Some("Alar")),
            ("Michal", Some("Kristen"))
        ],
        "{found:?}"
    );
    assert_eq!(found[0].4.as_deref(), Some("président estonien"));
}

#[test]
fn countries_capitals_and_their_german_genitives_are_not_names() {
    let found = names(&[
        "In November, Tallinn pledged clothing for Ukraine, said Prime Minister of Estonia Kristen Michal.",
        "„Die Logik der Russen ist recht simpel“, sagte Estlands Regierungschef Kristen Michal dem „Spiegel“.",
    ]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(
        surfaces,
        vec!["Kristen Michal", "Kristen Michal"],
        "{found:?}"
    );
}

#[test]
fn german_relation_noun_before_a_name_is_no_given_name() {
    let found = names(&[
        "Das Amt übernimmt Kallas' Parteikollege Kristen Michal, der bisher Klimaminister war.",
    ]);
    assert!(
        found
            .iter()
            .any(|f| f.1 == "Kristen Michal" && f.2.as_deref() == Some("Kristen")),
        "{found:?}"
    );
}

#[test]
fn hyphenated_compound_adjectives_are_not_names() {
    let found = names(&[
        "Прем’єр-міністр Естонії відкриє в Києві Естонсько-український бізнес-форум.",
        "Президент открыл Российско-армянский университет.",
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_role_word_in_a_title_case_headline_makes_no_surname() {
    let found = names(&["Putin Arrives in Mongolia on Official Visit"]);
    assert!(found.is_empty(), "{found:?}");
    let found = names(&["The talks were opened by the official Khurelsukh on Monday."]);
    assert_eq!(
        found.len(),
        1,
        "a role word in a sentence still vouches: {found:?}"
    );
}

#[test]
fn ukrainian_oblique_country_names_and_reflexive_verbs_are_not_names() {
    let found = names(&[
        "Президент Литви Гітанас Науседа заявив про закриття кордону.",
        "Повідомляється, що рішення ухвалили ввечері.",
        "Прем’єр-міністерка Литви Інга Ругінене оголосила рішення.",
    ]);
    let surfaces: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
    assert_eq!(
        surfaces,
        vec!["Гітанас Науседа", "Інга Ругінене"],
        "{found:?}"
    );
    assert_eq!(found[1].4.as_deref(), Some("Прем’єр-міністерка Литви"));
}

#[test]
fn a_capitalised_verb_form_inside_a_sentence_is_a_name() {
    // The dictionary knows «Росен» only as a short adjective and «Радев» only as a gerund: with a
    // capital inside a sentence they are the Bulgarian given name and surname.
    let found = names(&["Президент Болгарии Румен Радев объявил о своей отставке."]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Румен Радев");
    assert_eq!(found[0].3, "Радев");
    let found = names(&["Об этом заявил премьер-министр Росен Желязков."]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Росен Желязков");
    assert_eq!(found[0].4.as_deref(), Some("премьер-министр"));
    // «Туск» is a past tense of «тускнуть».
    let found =
        names(&["«Нет оснований утверждать, что мы находимся в состоянии войны», — сказал Туск."]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].3, "Туск");
}

#[test]
fn a_short_adjective_starting_a_sentence_is_no_name() {
    let found = names(&["Готов ли министр к отставке, неизвестно."]);
    assert!(found.is_empty(), "{found:?}");
}
