//! Tests of `detect` for what introduces a quotation: a title with its holder in apposition, verbs
//! that mean saying next to a quotation, a sentence ending with a colon, and a block of speech
//! after the sentence announcing it; and who the subject of a verb of saying is not (a plural
//! title, a name in a relative clause, a person a sentence in the Konjunktiv speaks about), on
//! made-up paragraphs.

use crate::quotes::test_support::{mention, para, ps, said};

#[test]
fn a_title_with_its_holder_in_apposition_makes_the_holder_the_subject() {
    let ps = vec![para(
        1,
        "Le Premier ministre norlandais, Pavel Strand, a souligné la nécessité de collaborer. \
         \"Deux pays voisins doivent agir de concert\", a-t-il affirmé.",
    )];
    let ms = vec![mention(
        &ps[0],
        "Pavel Strand",
        Some("Premier ministre norlandais"),
    )];
    assert_eq!(said(&ps, &ms)[0].1.as_deref(), Some("Pavel Strand"));
}

#[test]
fn verbs_that_mean_saying_next_to_a_quotation_introduce_it() {
    let ps = vec![
        para(
            1,
            "« Nous confirmons l'attaque contre le port. Il y a des blessés », a confirmé le \
             porte-parole de la marine Dmytro Olen.",
        ),
        para(
            2,
            "\"Им все равно – они или сошли с ума, или не контролируют армию\", – предположил \
             Пётр Сидоров.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Dmytro Olen", Some("porte-parole de la marine")),
        mention(&ps[1], "Пётр Сидоров", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Dmytro Olen"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Пётр Сидоров"), "{got:?}");
}

#[test]
fn french_reflexive_and_passe_simple_verbs_of_saying_introduce_a_quotation() {
    let ps = vec![
        para(
            1,
            "« Nous avons dit non à la corruption ce soir », s’est félicité Pavel Strand, un \
             économiste de 36 ans.",
        ),
        para(
            2,
            "« Le pays ne paiera pas pour la guerre des autres », déclara Anna Berg devant le \
             parlement.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Pavel Strand", None),
        mention(&ps[1], "Anna Berg", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Pavel Strand"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Anna Berg"), "{got:?}");
    // "The politician" refers back like a pronoun.
    let ps = vec![
        para(1, "Anna Berg a parlé aux journalistes lundi."),
        para(
            2,
            "« Qui croit vraiment à cette fable ? », conclut la politicienne.",
        ),
    ];
    let ms = vec![mention(&ps[0], "Anna Berg", None)];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1.as_deref(), Some("Anna Berg"), "{got:?}");
}

#[test]
fn a_colon_introduces_the_words_of_a_speaker_not_of_a_document() {
    let ps = vec![
        para(1, "Minister Bram Olsen spoke about the treaty on Monday."),
        para(2, "Here are some quotations from international law:"),
        para(
            3,
            "“The participating states recognise that transit shall be free.”",
        ),
        para(4, "Olsen:"),
        para(5, "“Transit will stay open as long as we are safe.”"),
    ];
    let ms = vec![
        mention(&ps[0], "Bram Olsen", Some("Minister")),
        mention(&ps[3], "Olsen", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, None, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Olsen"), "{got:?}");
}

#[test]
fn a_remark_inside_the_quotation_marks_names_the_speaker() {
    let ps = vec![para(
        1,
        "\"Кроме того, - сообщил Сидоров, - мы обсудили пути углубления диалога и продолжение \
         взаимодействия\".",
    )];
    let ms = vec![mention(&ps[0], "Сидоров", None)];
    assert_eq!(said(&ps, &ms)[0].1.as_deref(), Some("Сидоров"));
    // A name inside the quotation without such a remark speaks nothing.
    let ps = vec![para(
        1,
        "\"Кроме того, мы обсудили с Сидоровым пути углубления диалога и продолжение \
         взаимодействия\".",
    )];
    let ms = vec![mention(&ps[0], "Сидоровым", None)];
    assert_eq!(said(&ps, &ms)[0].1, None);
    // A title in the remark stands for its one fitting holder; the verb's gender picks her.
    let ps = vec![
        para(
            1,
            "Президент Норландии Павел Сидоров встретился с президентом Анной Берг.",
        ),
        para(
            2,
            "\"Мы выразили полную солидарность, – подчеркнула в X президент соседней страны. – \
             Ничто не помешает нам\".",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Павел Сидоров", Some("Президент Норландии")),
        mention(&ps[0], "Анной Берг", Some("президентом")),
    ];
    assert_eq!(said(&ps, &ms)[0].1.as_deref(), Some("Анной Берг"));
}

#[test]
fn a_short_quotation_after_that_is_someone_s_words_not_a_name() {
    let ps = vec![para(
        1,
        "Olsen said at the press conference that \"Norland will not stop\" and that \"the talks \
         go on\".",
    )];
    let ms = vec![mention(&ps[0], "Olsen", None)];
    let got = said(&ps, &ms);
    assert_eq!(got[0].0, "Norland will not stop");
    assert_eq!(got[0].1.as_deref(), Some("Olsen"), "{got:?}");
}

#[test]
fn a_block_of_speech_after_the_sentence_announcing_it_is_the_announced_speaker_s() {
    let ps = vec![
        para(
            1,
            "Olsen noted that the coalition had borne the brunt of every crisis.",
        ),
        para(
            2,
            "We have coped with the biggest crisis in modern history. We have kept our main \
             promise.",
        ),
        para(3, "The coalition won 23 percent of the vote."),
        para(
            4,
            "We also wrote about the vote count in the capital and in the regions.",
        ),
    ];
    let ms = vec![mention(&ps[0], "Olsen", None)];
    let got = said(&ps, &ms);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.starts_with("We have coped"), "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Olsen"), "{got:?}");
}

#[test]
fn a_pronoun_with_a_verb_of_adding_goes_on_with_the_speaker_before_it() {
    let ps = vec![
        para(
            1,
            "Das Ergebnis sei «keine Überraschung», sagte der Meinungsforscher Pavel Strand. \
             Ivan Berg vermöge es, viele Wähler zu mobilisieren. Dennoch habe sich Berg «nicht \
             schlecht» geschlagen, fügte er hinzu.",
        ),
        para(
            2,
            "Das Ergebnis sei «keine Überraschung», sagte der Meinungsforscher Pavel Strand. \
             Ivan Berg vermöge es, viele Wähler zu mobilisieren. Er habe «sehr gut» gekämpft, \
             sagte er.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Pavel Strand", Some("Meinungsforscher")),
        mention(&ps[0], "Ivan Berg", None),
        mention(&ps[1], "Pavel Strand", Some("Meinungsforscher")),
        mention(&ps[1], "Ivan Berg", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[1].1.as_deref(), Some("Pavel Strand"), "{got:?}");
    // "said" presupposes no earlier words: "er" is the subject of the sentence before.
    assert_eq!(got[3].1.as_deref(), Some("Ivan Berg"), "{got:?}");
}

#[test]
fn verbs_of_judging_aloud_give_the_words_they_quote_to_their_subject() {
    let ps = vec![
        para(
            1,
            "Le premier ministre, Pavel Strand, a fustigé une attaque « criminelle et \
             terroriste », et il a accusé le voisin de soutenir « le crime organisé ».",
        ),
        para(
            2,
            "Anna Berg condemned what she called “an act of terror against our state”.",
        ),
    ];
    let ms = vec![
        mention(&ps[0], "Pavel Strand", Some("premier ministre")),
        mention(&ps[1], "Anna Berg", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Pavel Strand"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Pavel Strand"), "{got:?}");
    assert_eq!(got[2].1.as_deref(), Some("Anna Berg"), "{got:?}");
}

#[test]
fn a_plural_title_is_several_people_and_no_one_holder() {
    let ps = ps(&[
        "Prime Minister Pavel Strand said his country joins the declaration.",
        "Alliance leaders agreed on the text and said they would act after \"fulfillment of all the conditions.\"",
        "The prime minister said he would \"keep working on the next steps.\"",
    ]);
    let ms = vec![mention(&ps[0], "Pavel Strand", Some("Prime Minister"))];
    let got = said(&ps, &ms);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1, None, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Pavel Strand"), "{got:?}");
}

#[test]
fn a_name_in_a_relative_clause_is_not_the_subject_of_the_verb_of_saying() {
    let ps = ps(&[
        "The statement of the government, which Strand published, says the country \"has stood with Ukraine since day one,\" and more.",
        "The statement of the government, Strand says, \"has stood with Ukraine since day one.\"",
    ]);
    let ms = vec![
        mention(&ps[0], "Strand", None),
        mention(&ps[1], "Strand", None),
    ];
    let got = said(&ps, &ms);
    assert_eq!(got[0].1, None, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Strand"), "{got:?}");
}

#[test]
fn a_person_a_sentence_in_the_konjunktiv_speaks_about_is_no_speaker_of_it() {
    let ps2 = ps(&[
        "»Das Urteil ist ein Angriff«, sagte Weber. Das Gericht sei »politisiert«, Schmidt ein Akteur »ohne Legitimation«.",
    ]);
    let ms = vec![
        mention(&ps2[0], "Weber", None),
        mention(&ps2[0], "Schmidt", None),
    ];
    let got = said(&ps2, &ms);
    assert_eq!(got[2].1.as_deref(), Some("Weber"), "{got:?}");
}
