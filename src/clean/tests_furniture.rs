//! Tests of `clean` on page furniture: captions, forms, widgets, teaser lists and links to other
//! stories, on hand-made lines with the real recogniser.

use super::tests::{clean, doc, verdict};

#[test]
fn reading_times_and_captions_ending_with_an_agency_go() {
    let prose = "The minister said the talks would go on, and that both sides had agreed on the text of the declaration.";
    let text = format!("A headline of several words here\n2 MIN READ\nSerdar, who held prominent government posts, was seen as his father's certain successor. / AFP Archive\n{prose}\nThe talks went on / and on, the ministry said.\nViktor Orbán lors de sa rencontre avec Donald Trump, à la Maison Blanche, le 7 novembre. (Evan Vucci/AP)\nViktor Orban et Vladimir Poutine s'étaient rencontrés en juillet 2024 à Moscou (archives). sda\nThe text was agreed (in principle/in part).\n");
    let c = clean(&doc(&text));
    assert!(
        verdict(&c, 6).starts_with("photo caption (ends with"),
        "{}",
        verdict(&c, 6)
    );
    assert!(
        verdict(&c, 7).starts_with("photo caption (ends with"),
        "{}",
        verdict(&c, 7)
    );
    assert_eq!(verdict(&c, 8), "kept");
    assert!(verdict(&c, 2).starts_with("counter"), "{}", verdict(&c, 2));
    assert!(
        verdict(&c, 3).starts_with("photo caption (ends with"),
        "{}",
        verdict(&c, 3)
    );
    assert_eq!(verdict(&c, 5), "kept");
}

#[test]
fn a_latest_news_heading_above_the_article_does_not_take_the_article_with_it() {
    let prose = "Премьер-министр Словакии заявил во вторник, что примет приглашение и посетит торжества в Москве.";
    let text = format!("Последние новости\n27 ноября 2024, 11:00\nЗаголовок статьи из нескольких слов здесь\nСледите за нашими новостями\n{prose}\nОн также добавил, что договорился о поездке с президентом соседней страны.\nПодпишитесь и получайте новости первыми\nНа нашем сайте используются cookie-файлы. Продолжая пользоваться данным сайтом, вы подтверждаете свое согласие.\n");
    let c = clean(&doc(&text));
    assert!(
        verdict(&c, 1).starts_with("heading of a block of other stories"),
        "{}",
        verdict(&c, 1)
    );
    assert_eq!(verdict(&c, 5), "kept");
    assert_eq!(verdict(&c, 6), "kept");
    assert_eq!(verdict(&c, 4), "site navigation");
    assert_eq!(verdict(&c, 7), "site navigation");
    assert_eq!(verdict(&c, 8), "cookie notice");
}

#[test]
fn error_report_and_captcha_forms_go() {
    let prose = "The minister said the talks would go on, and that both sides had agreed on the text of the declaration.";
    let text = format!("A headline of several words here\n{prose}\nReport a mistake by marking it and pressing ctrl + enter\nНашли ошибку? Выделите её и нажмите Ctrl+Enter\nFields with * are required.\nPlease enter the letters as they are shown in the image above.\nLetters are not case-sensitive.\n{prose} Again.\n");
    let c = clean(&doc(&text));
    for line in 3..=7 {
        assert!(
            verdict(&c, line).starts_with("error-report or captcha form"),
            "line {line}: {}",
            verdict(&c, line)
        );
    }
    assert_eq!(verdict(&c, 8), "kept");
}

#[test]
fn an_empty_recommended_widget_inside_the_article_does_not_end_it() {
    let prose = "He had faced eight other nominal contenders in the elections, all of whom praised his father and his long rule.";
    let text = format!("A headline of several words here\n{prose}\nREAD MORE:Leader's son wins presidential vote\nCertain successor\nRecommended\nThe elder Berdymukhamedov announced his resignation last month.\n{prose} Again.\nRelated\nAnother story of the day\nAnd one more story\n");
    let c = clean(&doc(&text));
    assert_eq!(
        verdict(&c, 4),
        "kept",
        "a subheading with a link line above it"
    );
    assert!(
        verdict(&c, 5).starts_with("heading of a block of other stories"),
        "{}",
        verdict(&c, 5)
    );
    assert_eq!(verdict(&c, 6), "kept");
    assert_eq!(verdict(&c, 7), "kept");
    assert!(
        verdict(&c, 8).starts_with("start of a related-articles block"),
        "{}",
        verdict(&c, 8)
    );
    assert!(
        verdict(&c, 10).starts_with("in the related-articles block"),
        "{}",
        verdict(&c, 10)
    );
}

#[test]
fn links_to_other_stories_and_counters_go() {
    let prose = "The minister said the talks would go on, and that both sides had agreed on the text of the declaration.";
    let text = format!("A headline of several words here\n{prose}\nRead more: Trump to secure key transit route with Armenia-Azerbaijan deal\nЧитайте такжеВ Казахстане ввели критический уровень\nПросмотры: 2418\n9 Commentaires\nTemps de lecture: 1 min\n{prose}\n");
    let c = clean(&doc(&text));
    assert!(
        verdict(&c, 3).starts_with("link to another story"),
        "{}",
        verdict(&c, 3)
    );
    assert!(
        verdict(&c, 4).starts_with("link to another story"),
        "{}",
        verdict(&c, 4)
    );
    for line in 5..=7 {
        assert!(
            verdict(&c, line).starts_with("counter"),
            "line {line}: {}",
            verdict(&c, line)
        );
    }
    assert_eq!(verdict(&c, 8), "kept");
    let c = clean(&doc(&format!(
        "A headline of several words here\nАвтор: Валерій Ульяненко\n{prose}\n"
    )));
    assert_eq!(verdict(&c, 2), "author credit");
}

#[test]
fn teasers_between_separator_lines_go_even_when_they_read_like_prose() {
    let prose = "The minister said the talks would go on, and that both sides had agreed on the text of the declaration.";
    let teaser = "NATO expressed condolences over the crash near the city, the Alliance's spokesperson, Jane Doe, said on her account.";
    let text = format!("A headline of several words here\n{prose}\n-\n{teaser}\n-\n{teaser} Again.\nLeave a review\n");
    let c = clean(&doc(&text));
    assert_eq!(verdict(&c, 2), "kept");
    for line in 3..=6 {
        assert!(
            verdict(&c, line).starts_with("list of other stories set apart"),
            "line {line}: {}",
            verdict(&c, line)
        );
    }
    assert_eq!(verdict(&c, 7), "comment form");
    // One dash line is no list: it may stand between two paragraphs of the article.
    let c = clean(&doc(&format!(
        "A headline of several words here\n{prose}\n-\n{prose} More.\n"
    )));
    assert_eq!(verdict(&c, 4), "kept");
}

#[test]
fn headlines_set_apart_by_a_wide_gap_at_the_page_end_go() {
    let prose = "Новым министром назначен бывший министр образования, который с 2018 года занимал эту должность в правительстве.";
    let text = format!("Заголовок статьи из нескольких слов\n\n{prose}\n\n{prose} Ещё.\n\n\n\n\nИзвестный певец покинул страну после заведенного дела\nТурецкий гамбит: Анкара навязывает «т\n");
    let c = clean(&doc(&text));
    assert_eq!(verdict(&c, 5), "kept");
    for line in [10, 11] {
        assert!(
            verdict(&c, line).starts_with("headline of another story"),
            "line {line}: {}",
            verdict(&c, line)
        );
    }
    // The same lines at the page's usual distance are the article's (a subheading, or a last
    // paragraph cut short).
    let text = format!("Заголовок статьи из нескольких слов\n\n{prose}\n\n{prose} Ещё.\n\nИзвестный певец покинул страну после заведенного дела\n");
    let c = clean(&doc(&text));
    assert_eq!(verdict(&c, 7), "kept");
    // A sentence after the gap is the article going on.
    let text = format!("Заголовок статьи из нескольких слов\n\n{prose}\n\n\n\n\n{prose} Ещё.\n");
    let c = clean(&doc(&text));
    assert_eq!(verdict(&c, 8), "kept");
}

#[test]
fn a_link_run_into_the_end_of_an_article_line_is_split_off() {
    let prose = "Der Präsident ist seit 2016 im Amt.";
    let link = "Mehr zum Thema - Verfassungsänderung: Präsident könnte bis 2040 im Amt bleiben";
    let c = clean(&doc(&format!(
        "A headline of several words here\n{prose} {link}\n{prose}\n"
    )));
    let kept: Vec<(usize, &str)> = c
        .paragraphs
        .iter()
        .map(|p| (p.line, p.text.as_str()))
        .collect();
    assert_eq!(kept, [(2, prose), (3, prose)]);
    let split = c
        .removed
        .iter()
        .find(|r| r.line == 2)
        .expect("the link is listed");
    assert_eq!(split.text, link);
    assert!(
        split.reason.starts_with("link to another story"),
        "{}",
        split.reason
    );
    // A label inside a sentence, or without a colon or dash after it, is prose.
    for line in [
        "They said: read more: the report is long.",
        "The minister told reporters. See also the annex of the treaty.",
    ] {
        let c = clean(&doc(&format!("A headline of several words here\n{line}\n")));
        assert_eq!(c.paragraphs[0].text, line);
    }
}

#[test]
fn agency_captions_and_embedded_post_signatures_go_even_when_they_name_people() {
    let prose = "The minister said the talks would go on, and that both sides had agreed on the text of the declaration.";
    let text = format!("A headline of several words here\n{prose}\nIn this handout photo released by the Presidential Press Office, from left: Kyrgyz President Sadyr Japarov and Russian President Vladimir Putin pose in Astana, Oct. 14, 2022.\nTajikistan's president demands respect in a remarkable outburst pic.twitter.com/dKyHrk5EPi\n— Peter Leonard (@Peter__Leonard) October 14, 2022\n{prose}\nIn this article the minister shows how talks went.\n");
    let c = clean(&doc(&text));
    let reasons: Vec<String> = (3..=7).map(|line| verdict(&c, line)).collect();
    assert!(reasons[0].starts_with("photo caption"), "{reasons:?}");
    assert!(
        reasons[1].starts_with("text of an embedded post"),
        "{reasons:?}"
    );
    assert!(
        reasons[2].starts_with("embedded post, or its signature"),
        "{reasons:?}"
    );
    assert_eq!(reasons[3..], ["kept", "kept"]);
}

#[test]
fn captions_placing_people_in_the_picture_go_and_see_also_opens_a_block_of_other_stories() {
    let prose = "The minister said the talks would go on, and that both sides had agreed on the text of the declaration.";
    let text = format!("A headline of several words here\nAzerbaijan President Ilham Aliyev (R) holds a video conference with his new foreign minister on July 16, 2020.\nПрезидент Армении (слева) и премьер-министр на встрече 8 августа.\nThe President (on the right) and the Prime Minister (second from left) in Athens on 22 August 2023.\n{prose}\nSenator Jane Roe (R-SC) said she would vote against the bill on Tuesday.\nSiehe auch\nWöchentlicher Bericht zur militärischen Lage (14.-20. April)\n");
    let c = clean(&doc(&text));
    assert!(
        verdict(&c, 2).starts_with("photo caption (places people"),
        "{}",
        verdict(&c, 2)
    );
    assert!(
        verdict(&c, 3).starts_with("photo caption (places people"),
        "{}",
        verdict(&c, 3)
    );
    assert!(
        verdict(&c, 4).starts_with("photo caption (places people"),
        "{}",
        verdict(&c, 4)
    );
    assert_eq!(verdict(&c, 5), "kept");
    assert_eq!(verdict(&c, 6), "kept");
    assert!(
        verdict(&c, 7).starts_with("start of a related-articles block"),
        "{}",
        verdict(&c, 7)
    );
    assert!(
        verdict(&c, 8).starts_with("in the related-articles block"),
        "{}",
        verdict(&c, 8)
    );
}

#[test]
fn a_title_ending_in_its_date_above_the_article_goes_and_dates_a_page_with_no_stamp() {
    let body =
        "Президент Таджикистана 14 октября на заседании совета глав государств СНГ в Астане \
                обратился к президенту России с просьбой уважать страны Центральной Азии.";
    let c = clean(&doc(&format!(
        "Рахмон попросил уважать страны региона\nВице-премьер Сердар Бердымухамедов - Sputnik Казахстан, 1920, 19.03.2022\n{body}\n"
    )));
    assert!(
        verdict(&c, 2).starts_with("title of a picture"),
        "{}",
        verdict(&c, 2)
    );
    assert_eq!(
        c.metadata.published.value,
        Some(crate::model::PartialDate::ymd(2022, 3, 19))
    );
    // With a stamp of its own, the page's date is the stamp's, not the title's.
    let c = clean(&doc(&format!(
        "Рахмон попросил уважать страны региона\n15 октября 2022, 08:05\nОбращение президента к Путину на саммите СНГ 14.10.2022\n{body}\n"
    )));
    assert!(
        verdict(&c, 3).starts_with("title of a picture"),
        "{}",
        verdict(&c, 3)
    );
    assert_eq!(
        c.metadata.published.value,
        Some(crate::model::PartialDate::ymd(2022, 10, 15))
    );
}

#[test]
fn a_post_with_its_signature_at_the_end_of_the_line_goes() {
    let prose = "The minister said the talks would go on, and that both sides had agreed on the text of the declaration.";
    let text = format!("A headline of several words here\n{prose}\nI am honoured and humbled to be elected, I thank Members of Parliament for their trust — Edgars Rinkēvičs (@edgarsrinkevics) May 31, 2023\n{prose} Again.\n");
    let c = clean(&doc(&text));
    assert!(
        verdict(&c, 3).starts_with("embedded post"),
        "{}",
        verdict(&c, 3)
    );
    assert_eq!(verdict(&c, 4), "kept");
    // The name may give a second spelling in brackets before the handle.
    let text = format!("A headline of several words here\n{prose}\n— Гордана Силјановска Давкова (Gordana Siljanovska) (@gogamkd) April 12, 2024\n{prose} Again.\n");
    let c = clean(&doc(&text));
    assert!(
        verdict(&c, 3).starts_with("embedded post"),
        "{}",
        verdict(&c, 3)
    );
}

#[test]
fn lines_in_another_language_than_the_page_go_but_names_and_quotes_do_not_decide() {
    let prose = "Der Außenminister sagte am Montag, dass die Gespräche mit der Regierung fortgesetzt werden und dass beide Seiten einen Vertrag unterzeichnen wollen.";
    let text = format!("Eine Überschrift aus mehreren Wörtern hier\nThe Prime Minister bows after losing his position in a vote in the capital city on June 3, 2025.\n{prose}\nDie Regierung wollte sich am Abend nicht dazu äußern, sagte ein Sprecher in der Hauptstadt.\n\"I am honoured and humbled to be elected, and I will do my best to serve the people well,\" sagte er.\nRussian Foreign Minister Sergey Lavrov is holding a meeting with Hungarian Foreign Minister Peter Szijjarto.\n");
    let c = clean(&doc(&text));
    assert!(
        verdict(&c, 2).starts_with("a line in another language than the page"),
        "{}",
        verdict(&c, 2)
    );
    assert_eq!(verdict(&c, 3), "kept");
    // A quotation in its original words belongs to the article.
    assert_eq!(verdict(&c, 5), "kept");
    // Names say nothing of a language: too few words in lower case to tell.
    assert_eq!(verdict(&c, 6), "kept");

    let russian = "Министр иностранных дел заявил, что переговоры с правительством продолжатся в ближайшие недели и что обе стороны готовы подписать договор.";
    let text = format!("Заголовок из нескольких слов здесь\n{russian}\nHea lugeja, näeme et kasutate vanemat brauseri versiooni või vähelevinud brauserit.\nПравительство не стало комментировать это заявление вечером, сообщил представитель министерства.\n");
    let c = clean(&doc(&text));
    assert!(
        verdict(&c, 3).starts_with("a line in another language than the page"),
        "{}",
        verdict(&c, 3)
    );
    assert_eq!(verdict(&c, 2), "kept");

    // A French sentence of results that whatlang alone reads as Catalan stays.
    let french = "Le président sortant, connu pour ses critiques à l'égard de l'UE et de l'OTAN, est arrivé très loin devant son rival, le candidat du parti conservateur.";
    let text = format!("Un titre de plusieurs mots ici\n{french}\nSelon les premiers résultats officiels, Milanović a obtenu près de 74 % des suffrages. Son rival pro-occidental, Dragan Primorac, n'a été crédité que de 26 % des voix.\n{french}\n");
    let c = clean(&doc(&text));
    assert_eq!(verdict(&c, 3), "kept");
}

#[test]
fn a_clause_reference_is_no_place_in_a_picture() {
    let prose = "The minister said the talks would go on, and that both sides had agreed on the text of the declaration.";
    let text = format!("A headline of several words here\n{prose}\n— Resolution 3314 (XXIX) of the General Assembly, Definition of Aggression, article 3(c).\nPresident Ilham Aliyev (c) holds a meeting with his new foreign minister on July 16, 2020.\n");
    let c = clean(&doc(&text));
    assert_eq!(verdict(&c, 3), "kept");
    assert!(
        verdict(&c, 4).starts_with("photo caption (places people"),
        "{}",
        verdict(&c, 4)
    );
}

#[test]
fn a_headline_marked_with_photos_stays_but_a_credit_in_brackets_goes() {
    let text = "Во Львове президент Словении почтила память павших украинских защитников (ФОТО)\nПрезидент Словении посетила кладбище и возложила цветы к могилам защитников, сообщили в администрации.\nПрезидент возлагает цветы к могиле защитника (Фото: Reuters)\nПрезидент Словении возлагает цветы к могиле (AP Photo)\nВизит продлится два дня, сообщили в администрации президента.\n";
    let c = clean(&doc(text));
    assert_eq!(verdict(&c, 1), "headline");
    assert!(
        verdict(&c, 3).starts_with("photo caption"),
        "{}",
        verdict(&c, 3)
    );
    assert!(
        verdict(&c, 4).starts_with("photo caption"),
        "{}",
        verdict(&c, 4)
    );
}

#[test]
fn a_crosshead_and_two_paragraphs_under_an_empty_widget_are_the_article() {
    let text = "Зеленский встретился с премьером Северной Македонии в Мюнхене, сообщили в офисе президента.\nЧитайте также:\nВстреча Зеленского и Мицкоского\nУкраинский лидер рассказал главе правительства об уровне российских потерь и постоянных ударах по Украине.\nГлава государства также проинформировал о переговорном процессе и отметил, что препятствием является Россия.\n";
    let c = clean(&doc(text));
    assert_eq!(verdict(&c, 3), "kept");
    assert_eq!(verdict(&c, 4), "kept");
    // Headlines with teasers between them are still a block of other stories.
    let text = "Зеленский встретился с премьером Северной Македонии в Мюнхене, сообщили в офисе президента.\nЧитайте также:\nВ Киеве прошла встреча министров\nМинистры обсудили поставки энергетического оборудования для Украины на зиму этого года.\nВ Берлине открылась выставка\n";
    let c = clean(&doc(text));
    assert!(
        verdict(&c, 4).starts_with("in the related-articles block"),
        "{}",
        verdict(&c, 4)
    );
}

#[test]
fn headlines_above_a_repeated_title_are_a_list_of_other_stories() {
    let text = "Five unrivaled premieres in March: what to watch\nZelenskyy commented on the spat in the Oval Office\nSpring Holidays 2025: from March 8 to Mother's Day\nGreek ambassador leaves inauguration of new president\nGreek ambassador leaves inauguration of new president\nThe Greek ambassador left the inauguration ceremony of the new president on Sunday, the ministry said in a statement.\n";
    let c = clean(&doc(text));
    for line in 1..=3 {
        assert!(
            verdict(&c, line).starts_with("a list of other stories above"),
            "{line}: {}",
            verdict(&c, line)
        );
    }
    assert_eq!(verdict(&c, 6), "kept");
    // A title repeated with no run of headlines above it removes nothing more.
    let text = "A standfirst line of the story\nGreek ambassador leaves inauguration of new president\nGreek ambassador leaves inauguration of new president\nThe Greek ambassador left the inauguration ceremony of the new president on Sunday, the ministry said in a statement.\n";
    let c = clean(&doc(text));
    assert!(
        !verdict(&c, 1).starts_with("a list of other stories"),
        "{}",
        verdict(&c, 1)
    );
}

#[test]
fn a_source_line_naming_several_sources_is_the_article_s_own_sentence() {
    let prose = "The minister said the talks would go on, and that both sides had agreed on the text of the declaration.";
    let text = format!("A headline of several words here\n{prose}\nSource: Reuters\n{prose} Again.\nSource: Berg on Twitter; European Pravda\n{prose} Once more.\n");
    let c = clean(&doc(&text));
    assert_eq!(verdict(&c, 3), "attribution line (original outlet)");
    assert_eq!(verdict(&c, 5), "kept");
}

#[test]
fn a_short_line_with_a_finite_verb_is_a_crosshead_not_a_label() {
    let prose = "Парламент страны после долгого обсуждения принял постановление об отставке премьер-министра и назначил новые выборы.";
    let text = format!(
        "Заголовок статьи из нескольких слов\nПолитика\nПодписаться\nПровели тайное голосование\n{prose}\n{prose} Снова.\n"
    );
    let c = clean(&doc(&text));
    let label = "short label without a sentence (navigation or section name)";
    assert_eq!(verdict(&c, 2), label);
    assert_eq!(verdict(&c, 3), label, "an infinitive names an action");
    assert_eq!(verdict(&c, 4), "kept");
}

#[test]
fn a_question_or_a_summary_label_heads_the_article_text_below_it() {
    let label = "short label without a sentence (navigation or section name)";
    let prose = "The minister said the talks would go on, and that both sides had agreed on the text of the declaration.";
    // A question over the quotation that answers it, with the opening mark on a line of its own.
    let text = format!("A headline of several words here\n{prose}\nAssets will stay frozen — prime minister\nWhat Belgium says\n«\n{prose}\nWho we are\nContacts\n");
    let c = clean(&doc(&text));
    assert_eq!(verdict(&c, 4), "kept", "a question crosshead");
    assert_eq!(verdict(&c, 7), label, "a question with no prose below");
    // A label over a list of summary sentences; over a list of links, a label goes.
    let text = format!("A headline of several words here\n{prose}\nIn Short\n- Dan, the mayor of Bucharest, wins the presidency against his rival\n- Dan aims for a coalition government with the parties of the centre\nMore news\n- Sport\n- Weather\n");
    let c = clean(&doc(&text));
    assert_eq!(verdict(&c, 3), "kept", "a label over summary sentences");
    assert_eq!(verdict(&c, 6), label, "a label over links");
}
