//! The table of boilerplate recognisable from a line alone: each row a pattern and the reason a
//! reviewer sees, with how sure the rule is. Read by [`super::clean`]; `{read_more}` and
//! `{agencies}` in a pattern stand for the data files' labels.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::RemovalKind;

/// One row of the boilerplate table: a pattern and the reason shown to the reviewer.
pub(super) struct LineRule {
    /// The regex; `{read_more}` in it stands for the labels of `read_more_labels.txt`,
    /// `{agencies}` for the agency words of `agency_credits.txt`.
    pub(super) pattern: &'static str,
    /// What kind of line the rule removes.
    pub(super) kind: RemovalKind,
    /// Why, as the source page lists the removed line.
    pub(super) reason: &'static str,
    /// Whether the rule is a guess that must not fire on a line with a quotation mark, a
    /// recognised person or more than 300 bytes ([`super::must_keep`]).
    pub(super) heuristic: bool,
    /// Whether the rule, though sure of its evidence, must not fire on a line with a quotation
    /// mark (a caption may name a person; it never quotes one as a statement of the article).
    pub(super) spares_quotes: bool,
    /// Whether the rule must not fire on the page's last line: a stored page cut short runs
    /// its last sentence into the footer ("The protests began in November after © Outlet").
    pub(super) spares_cut_end: bool,
    /// Whether the rule must not fire on prose signed with a credit: a line that holds three
    /// sentences, or two and 200 bytes, before what the rule matched ("… gehören alle drei
    /// Länder zu den Unterstützern Kiews. © AFP" closes an article paragraph, not a caption).
    pub(super) spares_prose: bool,
}

/// Boilerplate recognisable from the line alone. First match wins.
pub(super) const LINE_RULES: &[LineRule] = &[
    LineRule {
        pattern: r"(?i)^diese nachricht wurde am \S.{3,40}? (?:im programm .{2,60} )?gesendet\.?$",
        kind: RemovalKind::Metadata,
        reason: "broadcast notice (the date the item went on air)",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)^-?\s*(advertisement|реклама)\s*-?\s*(spot_img)?$",
        kind: RemovalKind::Boilerplate,
        reason: "advertisement marker",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)^(please enter your (comment|name)|leave a (reply|comment|review)|be the first to comment|this site uses akismet|post comment|add (a )?comment|оставьте комментарий)",
        kind: RemovalKind::Boilerplate,
        reason: "comment form",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)(ctrl\s*\+\s*enter|^(fields|поля) (with|marked with|отмеченные)? ?\*|^please enter the (letters|characters|code)|^letters are not case.sensitive)",
        kind: RemovalKind::Boilerplate,
        reason:
            "error-report or captcha form (\"press Ctrl+Enter\", \"Fields with * are required\")",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)^(©|\(c\)\s|copyright\b)",
        kind: RemovalKind::Boilerplate,
        reason: "copyright line",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)^(disclaimer|haftungsausschluss|avertissement|отказ от ответственности|застереження|відмова від відповідальності)\s*:",
        kind: RemovalKind::Boilerplate,
        reason: "disclaimer of the site",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)^.{0,80}\b(all rights reserved|tous (les )?droits (sont )?(réservés|protégés)|alle rechte vorbehalten|все права защищены|всі права захищені|усі права захищені)\b.{0,80}$",
        kind: RemovalKind::Boilerplate,
        reason: "copyright line (rights reserved)",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)^.{0,120}\b(follow us( also)? on|підписуйтеся на|подписывайтесь на|abonnez-vous à|folgen sie uns)\b.{0,200}$",
        kind: RemovalKind::Boilerplate,
        reason: "invitation to follow the outlet on a network",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)^(i'?m|i am|i’m) [A-Z][^.]{0,60}\b(and )?i (work|write) as an? (author|editor|journalist|writer|reporter)",
        kind: RemovalKind::Boilerplate,
        reason: "author blurb",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)^(поддержать (команду|редакцию)|support (us|our journalism)|contact us|subscribe|sign up|share (this|on)|подпишитесь|підпишіться|abonnieren sie|abonnez-vous|(следите|стежте) за (нашими )?(новостями|новинами))\b",
        kind: RemovalKind::Boilerplate,
        reason: "site navigation",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)^.{0,200}(\b(cookies?|куки)\b.{0,200}\b(сайт\w*|site|website|webseite)\b|\b(сайт\w*|site|website|webseite)\b.{0,200}\b(cookies?|куки)\b)",
        kind: RemovalKind::Boilerplate,
        reason: "cookie notice",
        heuristic: false,
        spares_quotes: true,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)^(in )?(this|these) (\w+ )?(photos?|images?|pictures?)( \w+)? (released|provided|taken|distributed|made available|shows?)\b",
        kind: RemovalKind::Boilerplate,
        reason: "photo caption (\"In this photo released by …\")",
        heuristic: false,
        spares_quotes: true,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)(?:^|[^\p{L}\p{N}])\((?:(?:on|at|to) the\s)?(?:(?:\d(?:st|nd|rd|th)|second|third)\s(?:from\s)?)?(?:l|r|c|left|right|cent(?:er|re)|front|back|слева|справа|в центре|зліва|ліворуч|праворуч|в центрі|links|rechts|mitte|à gauche|à droite|au centre)\)",
        kind: RemovalKind::Boilerplate,
        reason: "photo caption (places people in the picture: \"(R)\", «(слева)»)",
        heuristic: false,
        spares_quotes: true,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)\bpic\.twitter\.com/\w+\s*$",
        kind: RemovalKind::Boilerplate,
        reason: "text of an embedded post (ends with its picture link)",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    // The name may give a second spelling in brackets before the handle.
    LineRule {
        pattern: r"(?:^|\s)[—–-]\s*[^()]{1,60}(?:\([^()]{1,60}\)\s*)?\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}$",
        kind: RemovalKind::Boilerplate,
        reason: "embedded post, or its signature (\"… — Name (@handle) October 14, 2022\")",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)(archive photo|\bphoto:|\bфото:|снимок носит иллюстративный характер|getty images|\bphoto by\b)",
        kind: RemovalKind::Boilerplate,
        reason: "photo caption",
        heuristic: true,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)(\((?:[\p{L}.]+\s(?:photo|foto|фото)\b[^()]{0,80}|(?:photo|foto|фото)(?:\s*[:/]|\s+by\b)[^()]{1,80})\)|\([^()/]{2,40}\s/\s[^()]{2,40}\)|\b(?:photo|foto|фото)\s*:\s*[^.!?]{2,80}|\bcr[ée]dits?\s*:\s*[^!?]{2,120}|\bgetty images|©\s*[^.!?]{2,80}|архивное фото|архівне фото)\s*\.?$",
        kind: RemovalKind::Boilerplate,
        reason: "photo caption (ends with a photo credit)",
        heuristic: false,
        spares_quotes: true,
        spares_cut_end: true,
        spares_prose: true,
    },
    LineRule {
        pattern: r"(?i)(\s/\s*({agencies})\b[\p{L} ]{0,20}|\([^()/]{2,40}/\s?({agencies})\)|\(\p{L}+\)\.\s+({agencies})|\.\s+({agencies})/[\p{L}.'’\- ]{2,40})\s*\.?$",
        kind: RemovalKind::Boilerplate,
        reason: "photo caption (ends with \"/ Agency\", \"(Photographer/Agency)\", \"(archives). Agency\" or \". AGENCY/Photographer\")",
        heuristic: false,
        spares_quotes: true,
        spares_cut_end: true,
        spares_prose: false,
    },
    LineRule {
        pattern: r"^\d{2}\.\d{2}\.\d{4},\s*[^:]{2,60}:\s",
        kind: RemovalKind::Boilerplate,
        reason: "photo caption (agency picture line: date, place: description)",
        heuristic: false,
        spares_quotes: true,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)^({read_more})\s*:?\s*\S",
        kind: RemovalKind::Boilerplate,
        reason: "link to another story (\"Read more: …\")",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)^(?:[-–•]\s*)?((views|просмотры|переглядів|перегляди|comments?|commentaires|kommentare|комментарии|коментарі)\s*:?\s*\d+|\d+\s+(views|comments?|commentaires|kommentare|комментари\w*|коментар\w*)|(temps de lecture|reading time|lesezeit|время чтения|час читання)\s*:?.{0,20}|\d{1,3}\s*(min|minutes?|мин|хв)\.?\s+(read|de lecture|lesezeit|чтения|читання))$",
        kind: RemovalKind::Boilerplate,
        reason: "counter of views or comments, or reading time",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)^(автор|author|autor|auteur|редактор|редакторка|editor|redakteur|redakteurin|rédacteur|rédactrice)\s*:(\s*\p{L}[\p{L}.'’\- ]{0,40})?$",
        kind: RemovalKind::Boilerplate,
        reason: "author credit",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"^\d{1,7}$",
        kind: RemovalKind::Boilerplate,
        reason: "a number alone (counter of views, shares or comments)",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        // One outlet named: a line naming several sources ("Osmani on Twitter; European
        // Pravda") is the article's own sentence of attribution.
        pattern: r"(?i)^(source|источник|крыніца):\s*[^;\s][^;]{0,40}$",
        kind: RemovalKind::Metadata,
        reason: "attribution line (original outlet)",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
    LineRule {
        pattern: r"(?i)^(published|updated|опубликовано|обновлено)\b.*\d",
        kind: RemovalKind::Metadata,
        reason: "publication line",
        heuristic: false,
        spares_quotes: false,
        spares_cut_end: false,
        spares_prose: false,
    },
];

pub(super) static COMPILED_RULES: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    LINE_RULES
        .iter()
        .map(|r| {
            super::regex(
                &r.pattern
                    .replace("{read_more}", &READ_MORE)
                    .replace("{agencies}", &super::furniture::AGENCIES),
            )
        })
        .collect()
});

/// The labels of links to other stories (`read_more_labels.txt`) as a regex alternation, longest
/// first: what `{read_more}` stands for in a pattern of [`LINE_RULES`]; `furniture` also finds
/// them at the end of an article line.
pub(super) static READ_MORE: LazyLock<String> = LazyLock::new(|| {
    let mut labels: Vec<&str> =
        crate::lexicon::entries(include_str!("read_more_labels.txt")).collect();
    labels.sort_by_key(|l| std::cmp::Reverse(l.chars().count()));
    labels
        .iter()
        .map(|l| regex::escape(l))
        .collect::<Vec<_>>()
        .join("|")
});
