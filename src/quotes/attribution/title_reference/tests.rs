//! Quotations given to a speaker by title, through `quotes::detect`, in Russian, Ukrainian,
//! English, German and French, with the cases that must stay unattributed: two persons fit, a
//! country contradicts, a verb of the other gender; and of several who fit, the subject of the
//! sentence before.

use crate::model::{Mention, Paragraph};
use crate::quotes::detect;
use crate::quotes::test_support::{mention, para};

/// The speaker mention of the quotation that starts with `words`.
fn speaker_of(ps: &[Paragraph], ms: &[Mention], words: &str) -> Option<usize> {
    let quotes = detect(ps, ms);
    let quote = quotes
        .iter()
        .find(|q| q.text.starts_with(words))
        .expect("the quotation is found");
    quote.speaker_mention
}

#[test]
fn russian_head_of_state_is_the_president() {
    let ps = vec![
        para(
            1,
            "Президент Казахстана Касым-Жомарт Токаев выступил с обращением к нации.",
        ),
        para(2, "В Алма-Ате побывал и Владимир Путин."),
        para(
            3,
            "«Свободный доступ не означает вседозволенность», — сказал глава государства.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Касым-Жомарт Токаев", Some("Президент Казахстана")),
        mention(&ps[1], "Владимир Путин", None),
    ];
    assert_eq!(speaker_of(&ps, &ms, "Свободный доступ"), Some(0));
}

#[test]
fn ukrainian_minister_is_the_one_minister() {
    let ps = vec![
        para(1, "Президент України Володимир Зеленський і міністр закордонних справ Андрій Сибіга прибули до Нью-Йорка."),
        para(2, "«Ми готові до переговорів», — заявив міністр."),
    ];
    let ms = vec![
        mention(&ps[0], "Володимир Зеленський", Some("Президент України")),
        mention(&ps[0], "Андрій Сибіга", Some("міністр закордонних справ")),
    ];
    assert_eq!(speaker_of(&ps, &ms, "Ми готові"), Some(1));
}

#[test]
fn english_title_with_two_presidents_stays_unattributed() {
    let ps = vec![
        para(
            1,
            "US President Donald Trump met Azerbaijani President Ilham Aliyev at the White House.",
        ),
        para(2, "“We are establishing peace today,” the president said."),
        para(
            3,
            "“This is a great day for the region,” the head of state added.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Donald Trump", Some("US President")),
        mention(&ps[0], "Ilham Aliyev", Some("Azerbaijani President")),
    ];
    assert_eq!(speaker_of(&ps, &ms, "We are establishing"), None);
    assert_eq!(speaker_of(&ps, &ms, "This is a great day"), None);
}

#[test]
fn english_title_with_one_fitting_person_and_a_contradicting_country() {
    let ps = vec![
        para(
            1,
            "Azerbaijani President Ilham Aliyev arrived in Washington.",
        ),
        para(
            2,
            "“We are establishing peace today,” the US president said.",
        ),
        para(3, "“Peace is near,” the head of state said."),
    ];
    let ms = vec![mention(
        &ps[0],
        "Ilham Aliyev",
        Some("Azerbaijani President"),
    )];
    assert_eq!(speaker_of(&ps, &ms, "We are establishing"), None);
    assert_eq!(speaker_of(&ps, &ms, "Peace is near"), Some(0));
}

#[test]
fn german_country_qualifier_picks_the_us_president() {
    let ps = vec![
        para(
            1,
            "Präsident Trump empfing den Präsidenten Aserbaidschans, Ilham Alijew.",
        ),
        para(
            2,
            "«Und wenn nicht, ruft mich an», scherzte der US-Präsident.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Trump", Some("Präsident")),
        mention(&ps[0], "Ilham Alijew", Some("Präsidenten Aserbaidschans")),
    ];
    assert_eq!(speaker_of(&ps, &ms, "Und wenn nicht"), Some(0));
}

#[test]
fn german_verb_then_title_then_colon() {
    let ps = vec![
        para(1, "Präsident Kassym-Jomart Tokajew sprach im Fernsehen."),
        para(2, "Über Aufrufe aus dem Ausland sagte der Staatschef: „Welch eine Dummheit! Was für Verhandlungen?“"),
    ];
    let ms = vec![mention(&ps[0], "Kassym-Jomart Tokajew", Some("Präsident"))];
    assert_eq!(speaker_of(&ps, &ms, "Welch eine Dummheit"), Some(0));
}

#[test]
fn french_top_diplomat_and_title_written_before_the_name() {
    let ps = vec![
        para(1, "Le ministre russe des Affaires étrangères Sergueï Lavrov a reçu le président azerbaïdjanais Ilham Aliev."),
        para(2, "« Nous ne quitterons pas les négociations », a déclaré le chef de la diplomatie."),
        para(3, "« La paix est proche », a assuré le président russe."),
    ];
    let ms = vec![
        mention(&ps[0], "Sergueï Lavrov", None),
        mention(&ps[0], "Ilham Aliev", None),
    ];
    assert_eq!(speaker_of(&ps, &ms, "Nous ne quitterons"), Some(0));
    // The only president of the source is Azerbaijani: a Russian one is nobody here.
    assert_eq!(speaker_of(&ps, &ms, "La paix est proche"), None);
}

#[test]
fn a_verb_of_the_other_gender_rules_the_holder_out() {
    let ps = vec![
        para(1, "Президент Сербии Александр Вучич прилетел в Москву."),
        para(2, "«Я на Красной площади», — сказала глава государства."),
        para(3, "«Долго я не был в Москве», — сказал политик."),
    ];
    let ms = vec![mention(&ps[0], "Александр Вучич", Some("Президент Сербии"))];
    assert_eq!(speaker_of(&ps, &ms, "Я на Красной"), None);
    assert_eq!(speaker_of(&ps, &ms, "Долго я не был"), Some(0));
}

#[test]
fn a_pronoun_refers_to_a_title_subject() {
    let ps = vec![
        para(1, "Президент Казахстана Касым-Жомарт Токаев выступил с обращением к нации. Согласно видео, глава государства заявил, что дан приказ."),
        para(2, "«Похоже на то, что их подготовкой занимался единый командный пункт», – заявил он."),
    ];
    let ms = vec![mention(
        &ps[0],
        "Касым-Жомарт Токаев",
        Some("Президент Казахстана"),
    )];
    assert_eq!(speaker_of(&ps, &ms, "Похоже на то"), Some(0));
}

#[test]
fn a_title_nobody_titled_fits_refers_back_to_an_untitled_subject() {
    // Trump's title is only inside a quotation; Alijew's country contradicts "US-".
    let ps = vec![
        para(1, "„35 Jahre Krieg, und jetzt sind sie Freunde“: Trump leitet das Treffen im Weißen Haus"),
        para(2, "Der US-Präsident erklärte:"),
        para(3, "„Armenien und Aserbaidschan verpflichten sich, alle Kampfhandlungen einzustellen.“"),
        para(4, "Der Präsident Aserbaidschans, Ilham Alijew, sagte: „Präsident Trump hat ein Wunder vollbracht.“"),
    ];
    let ms = vec![
        mention(&ps[0], "Trump", None),
        mention(&ps[3], "Ilham Alijew", Some("Präsident Aserbaidschans")),
        mention(&ps[3], "Trump", Some("Präsident")),
    ];
    assert_eq!(speaker_of(&ps, &ms, "Armenien und"), Some(0));
}

#[test]
fn a_quotation_naming_the_only_titled_person_is_not_theirs() {
    let ps = vec![
        para(1, "Trump leitet das Treffen im Weißen Haus."),
        para(2, "Der Präsident Aserbaidschans erklärte:"),
        para(
            3,
            "„Wer, wenn nicht Präsident Trump, verdient den Friedensnobelpreis?“",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Trump", None),
        mention(&ps[2], "Trump", Some("Präsident")),
    ];
    assert_eq!(speaker_of(&ps, &ms, "Wer, wenn nicht"), None);
}

#[test]
fn a_fitting_person_named_only_later_does_not_make_the_title_ambiguous() {
    let ps = vec![
        para(1, "Президент Сербії Александар Вучич прибув до Москви."),
        para(
            2,
            "«Ми залишаємося на європейському шляху», — сказав політик.",
        ),
        para(
            3,
            "Раніше він зустрівся з президентом Володимиром Зеленським.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Александар Вучич", Some("Президент Сербії")),
        mention(&ps[2], "Володимиром Зеленським", Some("президентом")),
    ];
    assert_eq!(speaker_of(&ps, &ms, "Ми залишаємося"), Some(0));
}

#[test]
fn french_epithet_with_a_capital_for_its_country() {
    let ps = vec![
        para(1, "À ses côtés, le président azerbaïdjanais Ilham Aliev et le Premier ministre arménien Nikol Pachinian ont salué M. Trump."),
        para(2, "« Qui, si ce n’est le président Trump, le mérite ? », a demandé l’homme fort de Bakou."),
    ];
    let ms = vec![
        mention(&ps[0], "Ilham Aliev", None),
        mention(&ps[0], "Nikol Pachinian", None),
        mention(&ps[0], "Trump", None),
        mention(&ps[1], "Trump", Some("président")),
    ];
    assert_eq!(speaker_of(&ps, &ms, "Qui, si ce"), Some(0));
}

#[test]
fn german_head_of_state_named_in_the_quotations_paragraph_is_the_speaker() {
    let ps = vec![
        para(
            1,
            "Tokajew bedankte sich beim russischen Staatschef Putin für dessen Intervention.",
        ),
        para(
            2,
            "„Wir handeln“, sagte Präsident Tokajew am Freitag. Danach sagte der Staatschef: „Welch eine Dummheit!“",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Tokajew", None),
        mention(&ps[0], "Putin", Some("russischen Staatschef")),
        mention(&ps[1], "Tokajew", Some("Präsident")),
    ];
    assert_eq!(speaker_of(&ps, &ms, "Welch eine"), Some(2));
}

#[test]
fn german_head_of_state_with_two_named_in_the_paragraph_stays_unattributed() {
    let ps = vec![para(
        1,
        "Präsident Tokajew traf den russischen Staatschef Putin. Danach sagte der Staatschef: „Welch eine Dummheit!“",
    )];
    let ms = vec![
        mention(&ps[0], "Tokajew", Some("Präsident")),
        mention(&ps[0], "Putin", Some("russischen Staatschef")),
    ];
    assert_eq!(speaker_of(&ps, &ms, "Welch eine"), None);
}

#[test]
fn french_title_after_du_is_the_office_not_its_holder() {
    let ps = vec![
        para(
            1,
            "Le Premier ministre mongol Luvsannamsrain Oyun-Erdene a démissionné mardi.",
        ),
        para(
            2,
            "Dans une déclaration à l'AFP, le bureau du Premier ministre avait affirmé qu'il niait \"avec véhémence\" les allégations.",
        ),
    ];
    let ms = vec![mention(
        &ps[0],
        "Luvsannamsrain Oyun-Erdene",
        Some("Premier ministre mongol"),
    )];
    assert_eq!(speaker_of(&ps, &ms, "avec véhémence"), None);
}

#[test]
fn source_phrase_with_a_title_in_place_of_the_name() {
    let ps = vec![
        para(
            1,
            "Министр иностранных дел Эстонии Маргус Цахкна осудил удар. По словам эстонского министра, удар стал \"ярким напоминанием\" о необходимости помощи.",
        ),
        para(
            2,
            "Міністр закордонних справ Естонії Маргус Цахкна засудив удар. За словами естонського міністра, удар став \"яскравим нагадуванням\" про потребу допомоги.",
        ),
    ];
    let ms = vec![
        mention(
            &ps[0],
            "Маргус Цахкна",
            Some("Министр иностранных дел Эстонии"),
        ),
        mention(
            &ps[1],
            "Маргус Цахкна",
            Some("Міністр закордонних справ Естонії"),
        ),
    ];
    assert_eq!(speaker_of(&ps, &ms, "ярким"), Some(0));
    assert_eq!(speaker_of(&ps, &ms, "яскравим"), Some(1));
}

#[test]
fn english_title_with_a_country_rules_out_the_other_countrys_holder() {
    let ps =
        vec![
        para(
            1,
            "Prime Minister Kristen Michal met Ukrainian Prime Minister Denys Shmyhal on Monday.",
        ),
        para(
            2,
            "The Estonian prime minister confirmed Estonia will allocate 0.25 percent of GDP.",
        ),
        para(3, "\"This means that Ukraine receives €100 million from us every year.\""),
    ];
    let ms = vec![
        mention(&ps[0], "Kristen Michal", Some("Prime Minister")),
        mention(&ps[0], "Denys Shmyhal", Some("Ukrainian Prime Minister")),
    ];
    assert_eq!(speaker_of(&ps, &ms, "This means"), Some(0));
}

/// «підсумував» is a verb of saying like «заявив», and the country in «угорський міністр» rules
/// out the Ukrainian minister named after the quotation.
#[test]
fn a_country_title_after_a_summing_up_verb_refers_back_to_the_subject() {
    let ps = vec![
        para(1, "В іншому дописі Сіярто звинуватив Україну в проведенні антиугорської політики."),
        para(2, "Він звинуватив Україну в нібито утисках угорської громади на Закарпатті."),
        para(3, "\"І це ті, хто очікує, що ми підтримаємо їх вступ до Європейського Союзу\", - підсумував угорський міністр."),
        para(4, "Міністр закордонних справ України Андрій Сибіга прокоментував реакцію."),
    ];
    let ms = vec![
        mention(&ps[0], "Сіярто", None),
        mention(
            &ps[3],
            "Андрій Сибіга",
            Some("Міністр закордонних справ України"),
        ),
    ];
    assert_eq!(speaker_of(&ps, &ms, "І це ті"), Some(0));
}

/// «…», — додали в адміністрації президента: the office speaks, not the president.
#[test]
fn a_plural_verb_with_an_office_is_no_word_of_its_head() {
    let ps = vec![
        para(1, "Президент Литви Гітанас Науседа скликав засідання ради оборони."),
        para(2, "\"Серед варіантів – тривале закриття кордону\", – додали в адміністрації литовського президента."),
    ];
    let ms = vec![mention(&ps[0], "Гітанас Науседа", Some("Президент Литви"))];
    assert_eq!(speaker_of(&ps, &ms, "Серед варіантів"), None);
}

#[test]
fn of_several_who_fit_the_subject_of_the_sentence_before_is_meant() {
    // A president and a woman president are named, the verb shows no gender she would not have
    // (her name does not show hers); the sentence right before names him as its subject and her
    // in an oblique case, no rival.
    let texts = |first: &str| {
        vec![para(
            1,
            &format!(
                "{first} провів переговори з президенткою Марією Сакелларіу. Турецький лідер                  оголосив про “нову еру” у відносинах."
            ),
        )]
    };
    let ps = texts("Президент Туреччини, Павло Странд,");
    let ms = vec![
        mention(&ps[0], "Павло Странд", Some("Президент Туреччини")),
        mention(&ps[0], "Марією Сакелларіу", None),
    ];
    assert_eq!(speaker_of(&ps, &ms, "нову еру"), Some(0));
    // Two subjects who fit in the sentence before: nobody.
    let ps = vec![para(
        1,
        "Президент Туреччини Павло Странд і президент Іван Коваль провели переговори. \
         Турецький лідер оголосив про “нову еру” у відносинах.",
    )];
    let ms = vec![
        mention(&ps[0], "Павло Странд", Some("Президент Туреччини")),
        mention(&ps[0], "Іван Коваль", None),
    ];
    assert_eq!(speaker_of(&ps, &ms, "нову еру"), None);
}

#[test]
fn a_title_that_fits_nobody_is_the_one_person_of_its_verb_s_gender() {
    let texts = |verb: &str| {
        vec![
            para(
                1,
                "Уряд Норландії очолить 44-річний Павло Странд – лідер партії.",
            ),
            para(
                2,
                &format!(
                    "Крім того, новобраний прем’єр {verb}, що настав час “засукати рукави і \
                     почати роботу”."
                ),
            ),
        ]
    };
    let ps = texts("наголосив");
    let ms = vec![mention(&ps[0], "Павло Странд", None)];
    assert_eq!(speaker_of(&ps, &ms, "засукати рукави"), Some(0));
    // A verb of the other gender: someone the source does not name.
    let ps = texts("наголосила");
    let ms = vec![mention(&ps[0], "Павло Странд", None)];
    assert_eq!(speaker_of(&ps, &ms, "засукати рукави"), None);
}
