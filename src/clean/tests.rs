//! Tests of `clean`: each rule on hand-made lines, with the real recogniser as a build uses.

use super::*;

/// Cleans with the real recogniser, as a build does.
pub(super) fn clean(doc: &RawDocument) -> Cleaned {
    super::clean(doc, &crate::people::Recogniser)
}
use crate::model::{Origin, PartialDate, Sidecar};

pub(super) fn doc(text: &str) -> RawDocument {
    RawDocument {
        slug: "x".into(),
        path: "content/sources/x.txt".into(),
        text: text.into(),
        sidecar: None,
        sidecar_path: None,
    }
}

fn seed(name: &str) -> Cleaned {
    let path = format!("{}/content/sources/{name}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    clean(&doc(&text))
}

/// The reason given for raw line `line`, or "kept" when it is a paragraph.
pub(super) fn verdict(c: &Cleaned, line: usize) -> String {
    if c.paragraphs.iter().any(|p| p.line == line) {
        return "kept".into();
    }
    c.removed
        .iter()
        .find(|r| r.line == line)
        .map(|r| r.reason.clone())
        .unwrap_or_else(|| "missing".into())
}

#[test]
fn seed_sources_keep_the_expected_paragraphs() {
    for (name, count, first) in [
        (
            "news-unrolled-ria-ryabihin",
            9,
            "The Ministry of Defense of Belarus announced that Minsk",
        ),
        (
            "tass-ryabikhin",
            6,
            "Belarus' international military cooperation",
        ),
        (
            "anews-khrenin-doctrine",
            12,
            "\"An important message of the new Military Doctrine",
        ),
        ("zerkalo-revenko", 4, "У\u{a0}Беларуси отсутствует"),
        ("gdc-belokonev", 9, "Belarus intends to replace Russia"),
    ] {
        let c = seed(name);
        assert_eq!(c.paragraphs.len(), count, "{name}");
        assert!(
            c.paragraphs[0].text.starts_with(first),
            "{name}: {}",
            c.paragraphs[0].text
        );
        let numbers: Vec<usize> = c.paragraphs.iter().map(|p| p.n).collect();
        assert_eq!(numbers, (1..=count).collect::<Vec<_>>(), "{name}");
    }
}

#[test]
fn seed_boilerplate_is_removed_with_its_reason() {
    let ria = seed("news-unrolled-ria-ryabihin");
    assert_eq!(
        verdict(&ria, 1),
        "truncated copy of line 3 (breadcrumb or teaser)"
    );
    assert_eq!(verdict(&ria, 3), "headline");
    assert_eq!(verdict(&ria, 6), "advertisement marker");
    assert_eq!(verdict(&ria, 7), "photo caption");
    assert_eq!(verdict(&ria, 33), "attribution line (original outlet)");
    assert_eq!(verdict(&ria, 36), "author blurb");
    assert_eq!(verdict(&ria, 39), "comment form");
    assert!(verdict(&ria, 42).starts_with("start of a related-articles block"));
    assert!(verdict(&ria, 76).starts_with("in the related-articles block that starts at line 42"));

    let zerkalo = seed("zerkalo-revenko");
    assert_eq!(verdict(&zerkalo, 1), "site navigation");
    for line in 3..=12 {
        assert_eq!(
            verdict(&zerkalo, line),
            "numbered headline list before the article (site navigation)"
        );
    }
    assert_eq!(verdict(&zerkalo, 17), "photo caption");
    assert_eq!(verdict(&zerkalo, 18), "photo caption");

    let anews = seed("anews-khrenin-doctrine");
    assert_eq!(verdict(&anews, 7), "byline");
    assert_eq!(verdict(&anews, 8), "publication line");
    assert_eq!(
        verdict(&anews, 5),
        "kept",
        "the lead quote names Khrenin and is kept"
    );

    let gdc = seed("gdc-belokonev");
    assert_eq!(verdict(&gdc, 21), "copyright line");
    assert_eq!(verdict(&gdc, 27), "comment form");
}

#[test]
fn guesses_never_remove_a_quote_or_a_person() {
    let text = "A headline of several words here\n\n\
                MINSK, May 2 – Agency. The article body is long enough to be prose, and it goes on \
                for a while so that it reads like a paragraph of an article rather than furniture.\n\n\
                Dmitry Ryabikhin. Photo: BelTA\n\n\
                “We are open,” archive photo\n\n\
                Viktor Khrenin\n\n\
                Photo: Reuters\n";
    let c = clean(&doc(text));
    // A person named in a caption is not named by the article: the credit at its end makes the
    // line a caption for sure (issue 8: captions are never a source of people).
    assert_eq!(verdict(&c, 5), "photo caption (ends with a photo credit)");
    assert_eq!(verdict(&c, 7), "kept", "a caption with a quotation stays");
    assert_eq!(verdict(&c, 9), "kept", "a short line naming a person stays");
    assert_eq!(verdict(&c, 11), "photo caption");
}

#[test]
fn numbered_lists_inside_the_article_stay() {
    let text = "A headline of several words here\n\n\
                The article body is long enough to be prose, and it goes on for a while so that it \
                reads like a paragraph of an article rather than page furniture of any kind.\n\n\
                1. First point of the article.\n2. Second point of the article.\n3. Third point.\n";
    let c = clean(&doc(text));
    for line in 5..=7 {
        assert_eq!(verdict(&c, line), "kept");
    }
}

#[test]
fn a_first_line_that_is_a_sentence_is_not_a_headline() {
    let c = clean(&doc(
        "This is a sentence that ends.\n\nAnd another one follows here.\n",
    ));
    assert_eq!(c.paragraphs.len(), 2);
    assert_eq!(
        c.metadata.title.origin,
        Origin::Inferred {
            reason: "the text has no headline; this is the first sentence of p1".into()
        }
    );
}

#[test]
fn seed_metadata_says_where_each_value_comes_from() {
    let ria = seed("news-unrolled-ria-ryabihin").metadata;
    assert_eq!(ria.outlet.value.as_deref(), Some("News Unrolled"));
    assert_eq!(ria.original_outlet.value.as_deref(), Some("RIA Novosti"));
    assert_eq!(ria.dateline.value.as_deref(), Some("MINSK"));
    assert!(!ria.published.is_known(), "the dateline gives no year");

    let tass = seed("tass-ryabikhin").metadata;
    assert_eq!(tass.outlet.value.as_deref(), Some("TASS"));
    assert!(!tass.original_outlet.is_known());

    let anews = seed("anews-khrenin-doctrine").metadata;
    assert_eq!(anews.outlet.value.as_deref(), Some("A News"));
    assert_eq!(anews.published.value, Some(PartialDate::ymd(2024, 1, 19)));
    assert!(matches!(
        anews.published.origin,
        Origin::Stated { line: 8, .. }
    ));

    let gdc = seed("gdc-belokonev").metadata;
    assert_eq!(gdc.outlet.value.as_deref(), Some("GDC"));
    assert_eq!(gdc.published.value.and_then(|d| d.year), Some(2020));
    assert!(matches!(gdc.published.origin, Origin::Inferred { .. }));

    let zerkalo = seed("zerkalo-revenko").metadata;
    assert_eq!(zerkalo.language.value.as_deref(), Some("Russian"));
    assert!(
        !zerkalo.outlet.is_known(),
        "only the sidecar names the outlet"
    );
    assert!(!zerkalo.published.is_known());
}

#[test]
fn the_sidecar_overrides_and_says_so() {
    let mut d = doc("A headline of several words here\n\nMINSK, May 2 – Agency. Body text here.\n");
    d.sidecar = Some(Sidecar {
        outlet: Some("Editor's Outlet".into()),
        published: Some("2021-05-02".into()),
        ..Sidecar::default()
    });
    d.sidecar_path = Some("content/sources/x.yaml".into());
    let meta = clean(&d).metadata;
    let editor = Origin::Editor {
        file: "content/sources/x.yaml".into(),
    };
    assert_eq!(meta.outlet.value.as_deref(), Some("Editor's Outlet"));
    assert_eq!(meta.outlet.origin, editor);
    assert_eq!(meta.published.value, Some(PartialDate::ymd(2021, 5, 2)));
    assert_eq!(meta.published.origin, editor);
}

#[test]
fn latin_text_that_is_not_english_is_not_called_english() {
    let c = clean(&doc("Ein Titel mit mehreren Worten hier\n\nDer Minister sagte heute in Minsk, die Lage sei ruhig und stabil.\n"));
    assert_ne!(c.metadata.language.value.as_deref(), Some("English"));
}

#[test]
fn a_subheading_above_a_cut_end_or_a_lead_in_stays() {
    let prose = "The minister said the talks would go on, and that both sides had agreed on the text of the declaration.";
    let label = "short label without a sentence (navigation or section name)";
    // Above the page's last line, a paragraph cut short: long, or with a year.
    let cut =
        "Gordana Siljanovska-Davkova, a 68-year-old professor of law and the candidate of the opp";
    for end in [cut, "In 2018"] {
        let c = clean(&doc(&format!(
            "A headline of several words here\n{prose}\nRecall\n{end}\n"
        )));
        assert_eq!(verdict(&c, 3), "kept", "above {end:?}");
        assert_eq!(verdict(&c, 4), "kept", "{end:?}");
    }
    // Above a label at the page's end, a label is still navigation.
    let c = clean(&doc(&format!(
        "A headline of several words here\n{prose}\nShare\nMore news\n"
    )));
    assert_eq!(verdict(&c, 3), label);
    // Above a sentence that leads into a quotation with a colon.
    let c = clean(&doc(&format!(
        "A headline of several words here\n{prose}\nDetails\nAfter the vote Spajić said this:\n{prose}\n"
    )));
    assert_eq!(verdict(&c, 3), "kept");
    // A label with a colon leads into nothing of the article.
    let c = clean(&doc(&format!(
        "A headline of several words here\n{prose}\nShare\nKey points:\n{prose}\n"
    )));
    assert_eq!(verdict(&c, 3), label);
}

#[test]
fn captions_ending_with_a_photo_credit_go_even_when_they_name_people() {
    let c = clean(&doc("Minister meets envoy in the capital today\nMoldova's Prime Minister Dorin Recean speaks in Chisinau, Wednesday, Sept. 24, 2025. (AP Photo/Vadim Ghirda)\nМария Захарова. Фото: Сергей Гунеев / РИА Новости\n06.01.2022, Kasachstan, Aktau: Das Bild zeigt Soldaten.\nThe windows of a kiosk were damaged. (Vladimir Tretyakov / Associated Press)\n2418\nThe minister said on Wednesday that the country would not give up its course towards the European Union.\n"));
    for line in 2..=6 {
        assert!(
            verdict(&c, line).starts_with("photo caption")
                || verdict(&c, line).starts_with("a number alone"),
            "line {line}: {}",
            verdict(&c, line)
        );
    }
    assert_eq!(verdict(&c, 7), "kept");
}

#[test]
fn short_lines_of_the_article_stay_navigation_goes() {
    let prose = "The minister said the talks would go on, and that both sides had agreed on the text of the declaration.";
    let text = format!("Home\nWorld\nA headline of several words here\n{prose}\nContext\n{prose}\n«We will not give up this course»\nIrakli Kobakhidze\nPrime Minister\n{prose}\nAt the momen\n");
    let c = clean(&doc(&text));
    assert_eq!(
        verdict(&c, 1),
        "short label without a sentence (navigation or section name)"
    );
    assert_eq!(verdict(&c, 5), "kept", "a subheading between prose lines");
    assert_eq!(verdict(&c, 8), "kept", "a quotation's signature");
    assert_eq!(verdict(&c, 9), "kept", "the title line of a signature");
    assert_eq!(verdict(&c, 11), "kept", "a paragraph the page cut short");
    // In capitals: a subheading between prose, a notice after the article's last quotation.
    let other = "Tackling stalling growth is another priority, after several quarterly declines in output, he told reporters.";
    let text = format!("A headline of several words here\n{prose}\nMAIN FOCUS\n{other}\n\"We will go on with it,\" he said.\nDETAILS TO FOLLOW\nWhy is the minister set to leave?\n");
    let c = clean(&doc(&text));
    assert_eq!(verdict(&c, 3), "kept", "a subheading in capitals");
    assert_eq!(
        verdict(&c, 6),
        "short label without a sentence (navigation or section name)"
    );
    // Between an image's alt text and caption and the quotation, a subheading still heads it.
    let text = format!("A headline of several words here\n{prose}\npost of Lind\nThe minister's post. Photo: screenshot\nLind's statement\n{other}\n");
    let c = clean(&doc(&text));
    let all: Vec<String> = (1..=6).map(|l| verdict(&c, l)).collect();
    assert_eq!(
        verdict(&c, 3),
        "short label without a sentence (navigation or section name)",
        "{all:?}"
    );
    assert_eq!(verdict(&c, 5), "kept", "a subheading under a picture");
    // Under a short sentence of the article, a subheading still heads the prose after it.
    let text = format!(
        "A headline of several words here\n{prose}\nThis was reported by RTS.\nDetails\n{other}\n"
    );
    let c = clean(&doc(&text));
    assert_eq!(
        verdict(&c, 4),
        "kept",
        "a subheading under a short sentence"
    );
}

#[test]
fn a_byline_that_ends_in_the_date_stamp_is_removed_and_dates_the_page() {
    let body = "Hungarian Foreign Minister Péter Szijjártó has rudely dismissed a report about \
                a possible incursion of Hungarian drones into Ukraine, which was released by the \
                Ukrainian president on Friday.";
    let text = format!(
        "Headline of the story\n\nOleh Pavliuk, STANISLAV POHORILOVFriday, 26 September 2025, 18:07\n\n{body}\n\nOleh Pavliuk said on 26 September 2025 that he would stay.\n"
    );
    let c = clean(&doc(&text));
    assert_eq!(verdict(&c, 3), super::furniture::BYLINE_STAMP_REASON);
    assert_eq!(verdict(&c, 5), "kept");
    assert_eq!(verdict(&c, 7), "kept");
    assert_eq!(
        c.metadata.published.value,
        Some(PartialDate::ymd(2025, 9, 26))
    );
}

#[test]
fn name_lines_above_the_article_are_bylines() {
    let body = "Премьер-министр Армении и президент Азербайджана намерены совместно выдвинуть \
                президента США на Нобелевскую премию мира, сообщила пресс-служба правительства \
                в пятницу.";
    let text = format!(
        "Заголовок статьи\nДарья Неяскина\nЮлия Мискевич (Ночной линейный редактор)\n{body}\nОльга Петрова\nПравительство в пятницу подтвердило, что документ будет подписан.\n"
    );
    let c = clean(&doc(&text));
    assert!(verdict(&c, 2).starts_with("byline"), "{}", verdict(&c, 2));
    assert!(verdict(&c, 3).starts_with("byline"), "{}", verdict(&c, 3));
    assert_eq!(verdict(&c, 4), "kept");
    // Inside the article a name line is left alone.
    assert_eq!(verdict(&c, 5), "kept");
}

#[test]
fn a_name_and_a_news_agency_on_a_line_are_a_photo_credit_anywhere() {
    let body = "Министерство иностранных дел изложило свою версию разговора министров, \
                состоявшегося в конце апреля, и назвало публикацию соседей неточной.";
    let text = format!(
        "Заголовок статьи из слов\n{body}\nИван Шилов ИА Регнум\n{body}\nSergei Ivanov AFP via Getty\nВиктор Орлов РИА должен был приехать.\n"
    );
    let c = clean(&doc(&text));
    assert!(
        verdict(&c, 3).starts_with("photo credit (a name"),
        "{}",
        verdict(&c, 3)
    );
    assert!(
        verdict(&c, 5).starts_with("photo credit (a name"),
        "{}",
        verdict(&c, 5)
    );
    // A sentence is no credit, whatever its words.
    assert_eq!(verdict(&c, 6), "kept");
}

#[test]
fn a_name_line_closing_the_article_is_its_signature() {
    let body =
        "Досрочные президентские выборы в Узбекистане прошли 9 июля. Итоговая явка на выборах \
                составила 79,8%, или 15,6 млн избирателей, сообщила избирательная комиссия.";
    let text =
        format!("Заголовок статьи\n{body}\nТашкент, Зоя Осколкова\n© 2023, РИА «Новый День»\n");
    let c = clean(&doc(&text));
    assert!(
        verdict(&c, 3).starts_with("byline"),
        "{} / {}",
        verdict(&c, 3),
        verdict(&c, 4)
    );
    let text = format!("Заголовок статьи\n{body}\nЗоя Осколкова\n© 2023, РИА «Новый День»\n");
    let c = clean(&doc(&text));
    assert!(verdict(&c, 3).starts_with("byline"), "{}", verdict(&c, 3));
    // A bare name at the end, without a copyright line under it, may be a caption: it stays.
    let text = format!("Заголовок статьи\n{body}\nЗоя Осколкова\n");
    let c = clean(&doc(&text));
    assert_eq!(verdict(&c, 3), "kept");
    // Under a quotation the name signs the quotation.
    let text = format!("Заголовок статьи\n{body}\n«Мы победили вместе».\nЗоя Осколкова\n");
    let c = clean(&doc(&text));
    assert_eq!(verdict(&c, 4), "kept");
    // A name joined to the outlet's code signs the article wherever the page ends.
    let text = format!("Заголовок статьи\n{body}\nL. Brown--BTZ\n");
    let c = clean(&doc(&text));
    assert!(verdict(&c, 3).starts_with("byline"), "{}", verdict(&c, 3));
}

#[test]
fn dated_headline_lists_are_other_stories_and_give_no_publication_date() {
    let body = "The president said on Friday that the coming parliamentary election would define \
                the country's future for a generation, and urged citizens to vote in large numbers.";
    let text = format!(
        "First other story\nDecember 21, 2025\nSecond other story\nDecember 21, 2025\n\
         Third other story\nDecember 20, 2025\nThe headline of this page\n{body}\n"
    );
    let c = clean(&doc(&text));
    for line in 1..=6 {
        assert!(
            verdict(&c, line).starts_with("list of other stories"),
            "line {line}"
        );
    }
    assert!(!verdict(&c, 7).starts_with("list of other stories"));
    assert_eq!(verdict(&c, 8), "kept");
    assert_eq!(c.metadata.published.value, None);

    // A site's "today" stamp and the page's own stamp around one headline are no list.
    let own = format!("18.11.2025\nThe headline\n08.11.2022\nThe headline again\n{body}\n");
    let c = clean(&doc(&own));
    assert_eq!(
        c.metadata.published.value,
        Some(PartialDate::ymd(2022, 11, 8))
    );
}

#[test]
fn disclaimers_rights_notices_and_follow_prompts_are_removed() {
    let text = "Haftungsausschluss: Diese Website steht in keiner Verbindung zu einer Bahn.\n\
                The minister resigned on Tuesday after weeks of protests in the capital, a \
                spokesman for the government told reporters at a briefing in the evening.\n\
                FOR THE MOST IMPORTANT NEWS, FOLLOW US ON TWITTER!\n\
                Tous les droits sont protégés Example.info - 2022\n\
                The talks will go on next week, the spokesman added after the briefing.";
    let c = clean(&doc(text));
    assert_eq!(verdict(&c, 1), "disclaimer of the site");
    assert_eq!(verdict(&c, 2), "kept");
    assert_eq!(
        verdict(&c, 3),
        "invitation to follow the outlet on a network"
    );
    assert_eq!(verdict(&c, 4), "copyright line (rights reserved)");
    assert_eq!(verdict(&c, 5), "kept");
}

#[test]
fn the_last_line_cut_short_into_a_credit_is_kept() {
    let text = "The minister resigned on Tuesday after weeks of protests in the capital, a \
                spokesman for the government told reporters at a briefing in the evening.\n\
                The minister at a press conference © Example Agency\n\
                The talks will go on next week, the spokesman added after the briefing.\n\
                The protests began in November after © Example Agency";
    let c = clean(&doc(text));
    assert_eq!(verdict(&c, 2), "photo caption (ends with a photo credit)");
    assert_eq!(verdict(&c, 4), "kept");
    // A caption that names someone and ends with its credits, licence and all.
    let text = "Le président a prêté serment vendredi devant le Parlement, a indiqué la présidence dans un communiqué publié le soir même.
                Alexander Stubb (ici en 2019) a été député européen entre 2004 et 2008 - Crédits : Flick chancellerie CC BY-NC-ND 2.0 Deed
                Il succède à Sauli Niinistö, qui a occupé le poste pendant deux mandats de six ans.";
    let c = clean(&doc(text));
    assert_eq!(verdict(&c, 2), "photo caption (ends with a photo credit)");
}

#[test]
fn every_read_more_label_of_the_data_file_opens_a_link_line() {
    let rule = LINE_RULES
        .iter()
        .position(|r| r.pattern.contains("{read_more}"))
        .expect("the read-more rule");
    let pattern = &COMPILED_RULES[rule];
    for label in crate::lexicon::entries(include_str!("read_more_labels.txt")) {
        assert!(
            pattern.is_match(&format!("{label}: Another story")),
            "{label}"
        );
    }
    assert!(pattern.is_match("À lire aussi : Un autre article"));
    assert!(!pattern.is_match("Readers were told"));
}

#[test]
fn captions_end_in_a_credit_but_prose_signed_with_one_stays() {
    let text = "A headline of several words here\n\n\
                The article body is long enough to be prose, and it goes on for a while so that it \
                reads like a paragraph of an article rather than page furniture of any kind.\n\n\
                Estonia's new Prime Minister Kristen Michal attends a session of the Riigikogu in Tallinn, Estonia, July 23, 2024. REUTERS/Ints Kalnins\n\n\
                Estland wurde wie die anderen beiden Baltenstaaten Litauen und Lettland 2004 Mitglied der Europäischen Union und der Nato. Seit dem Beginn des russischen Angriffskriegs gehören alle drei Länder zu den entschlossensten Unterstützern Kiews. © AFP\n\n\
                - Переглядів: 4401\n\n\
                The article goes on with another paragraph that is long enough to be prose as well.\n";
    let c = clean(&doc(text));
    assert_eq!(
        verdict(&c, 5),
        "photo caption (ends with \"/ Agency\", \"(Photographer/Agency)\", \"(archives). Agency\" or \". AGENCY/Photographer\")"
    );
    assert_eq!(verdict(&c, 7), "kept", "two long sentences signed © AFP");
    assert_eq!(
        verdict(&c, 9),
        "counter of views or comments, or reading time"
    );
}

#[test]
fn a_dateline_on_a_line_of_its_own_stays_a_label_in_capitals_goes() {
    let prose = "The minister said the talks would go on, and that both sides had agreed on the text of the declaration.";
    let text = format!("A headline of several words here\nPRAGUE\nA headline of several words here\n{prose}\nSHARE\n");
    let c = clean(&doc(&text));
    assert_eq!(verdict(&c, 2), "kept", "a dateline");
    assert_eq!(
        verdict(&c, 5),
        "short label without a sentence (navigation or section name)"
    );
}
