//! Finding quotation marks in one paragraph: straight, curly and guillemet quotes, and Russian
//! dash dialogue.
//!
//! The scan keeps a stack of open marks, so nested quotes („…“ inside «…», “…” inside “…”) stay
//! inside their outer quote. Scraped text is often unbalanced, so the rules are lenient:
//!
//! - a curly “ closes a curly quote when it is not followed by a letter or digit (the seed's RIA p5
//!   opens with “ and ends with ` “`), and a straight " also closes a curly quote;
//! - ” closes whatever curly quote is open, even after a space (RIA p7 `as they are, ”the ...`);
//! - an opening mark at the top level must be followed by something other than white space;
//! - a quote never spans paragraphs: one left open runs to the paragraph's end;
//! - stray closing marks outside any quote are ignored.

/// Marks that open or close a quotation (double quotes, guillemets, German low quotes): a
/// paragraph that has one is left to [`marked_quotes`], not read as unmarked speech or a quote
/// card. Single quotes are left out: ’ is also the apostrophe ("Ukraine’s").
pub(crate) const QUOTATION_MARKS: &[char] = &['"', '“', '”', '«', '»', '„'];

/// Where one quotation sits in its paragraph, in byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    /// Offset of the opening mark (or of the dash).
    pub start: usize,
    /// Offset just past the closing mark (or the paragraph's end).
    pub end: usize,
    /// Offset of the first quoted byte.
    pub inner_start: usize,
    /// Offset just past the last quoted byte.
    pub inner_end: usize,
}

/// The top-level quotations marked with quotation marks in `text`, in text order.
///
/// Inside a straight-quoted quotation, a straight `"` after a space and before a word opens a
/// nested quotation (`"Since the start of the "crisis" we have …", he said`); when that
/// reading leaves a quotation open at the paragraph's end, the marks are read again without
/// nesting straight quotes, unless the paragraph is cut short (it ends in no punctuation) and
/// that reading leaves one open too: a quotation the page cut, with a nested one inside
/// (`"… the adjective (meaning "North "), because it`).
pub(crate) fn marked_quotes(text: &str) -> Vec<Span> {
    let (spans, balanced) = scan(text, true);
    if balanced {
        return spans;
    }
    let (flat, flat_balanced) = scan(text, false);
    let cut_short = text
        .trim_end()
        .chars()
        .last()
        .is_some_and(char::is_alphanumeric);
    if cut_short && !flat_balanced {
        spans
    } else {
        flat
    }
}

/// The quotations of `text`, nesting straight quotes in straight quotes when `nest_straight`,
/// and whether every quotation was closed.
fn scan(text: &str, nest_straight: bool) -> (Vec<Span>, bool) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut spans = Vec::new();
    let mut stack: Vec<char> = Vec::new();
    let mut start = 0;
    let mut inner_start = 0;
    for (i, &(pos, c)) in chars.iter().enumerate() {
        let next = chars.get(i + 1).map(|&(_, n)| n);
        let prev = i.checked_sub(1).and_then(|k| chars.get(k)).map(|&(_, p)| p);
        let Some(&top) = stack.last() else {
            // A stray closing guillemet after a closed quotation: the mark that closed it closed
            // a name quoted at the quotation's start, its opening mark shared with the
            // quotation's («Центральная Азия + Россия» - мы готовимся …», - заявил он).
            if c == '»' {
                if let Some(last) = spans.last_mut().filter(|s: &&mut Span| {
                    text[s.start..].starts_with('«') && !text[s.end..pos].contains(QUOTATION_MARKS)
                }) {
                    last.end = pos + c.len_utf8();
                    last.inner_end = pos;
                    continue;
                }
            }
            if opens_top_level(prev, c, next) || opens_padded(text, pos, prev, c) {
                stack.push(c);
                start = pos;
                inner_start = pos + c.len_utf8();
            }
            continue;
        };
        let nested_straight = nest_straight
            && top == '"'
            && c == '"'
            && prev.is_some_and(char::is_whitespace)
            && starts_word(next);
        if nested_straight {
            stack.push(c);
        } else if closes(top, prev, c, next) {
            stack.pop();
            if stack.is_empty() {
                spans.push(Span {
                    start,
                    end: pos + c.len_utf8(),
                    inner_start,
                    inner_end: pos,
                });
            }
        } else if opens_nested(top, c, next) {
            stack.push(c);
        }
    }
    let balanced = stack.is_empty();
    if !balanced {
        spans.push(Span {
            start,
            end: text.len(),
            inner_start,
            inner_end: text.len(),
        });
    }
    (spans, balanced)
}

/// The whole paragraph as one quotation without marks (speech under a speaker label).
pub(crate) fn whole(text: &str) -> Span {
    Span {
        start: 0,
        end: text.len(),
        inner_start: 0,
        inner_end: text.len(),
    }
}

/// The dash-dialogue quotation when the paragraph starts with a dash and a space
/// ("— К сожалению, ..."): the whole paragraph.
pub(crate) fn dash_dialogue(text: &str) -> Option<Span> {
    let mut chars = text.chars();
    let dash = chars.next()?;
    let space = chars.next()?;
    if !matches!(dash, '—' | '–') || !space.is_whitespace() {
        return None;
    }
    Some(Span {
        start: 0,
        end: text.len(),
        inner_start: dash.len_utf8(),
        inner_end: text.len(),
    })
}

/// Direct speech that ends at an author's remark: a dash after the speech's closing punctuation,
/// followed by a saying verb within [`REMARK_VERB_WITHIN`] words ("Мы готовы, — сказал Иванов.",
/// "— Мы готовы, — подчеркнула она."). The speech runs from the paragraph's start (after an
/// opening dash) to the remark's dash; when the remark is followed by a new dash sentence ("—
/// сказал он. — А потом …"), that sentence is speech as well, to the paragraph's end. Nothing
/// when quotation marks stand before the remark (those quotes are found by [`marked_quotes`]).
/// `is_saying_verb` gets each word in lower case.
pub(crate) fn dash_speech(text: &str, is_saying_verb: impl Fn(&str) -> bool) -> Vec<Span> {
    let Some(dash) = remark_dash(text, 0, &is_saying_verb) else {
        return Vec::new();
    };
    // A paragraph opening with a dash is dialogue throughout: quotation marks inside it are
    // nested («- Моя програма — це «ні» …, — сказав Навроцький.»).
    let opening = opening_dash(text);
    if opening.is_none() && text[..dash].contains(QUOTATION_MARKS) {
        return Vec::new();
    }
    let inner_start = opening.unwrap_or(0);
    let mut spans = vec![Span {
        start: 0,
        end: dash,
        inner_start,
        inner_end: dash,
    }];
    let after = [". — ", ". – "]
        .iter()
        .filter_map(|d| text[dash..].find(d).map(|k| dash + k + 2))
        .min();
    if let Some(next) = after {
        let dash_len = text[next..].chars().next().map_or(1, char::len_utf8);
        let end = remark_dash(text, next + dash_len, &is_saying_verb).unwrap_or(text.len());
        spans.push(Span {
            start: next,
            end,
            inner_start: next + dash_len,
            inner_end: end,
        });
    }
    spans
}

/// The offset of the speech after a dash that opens the paragraph ("— ", or a spaced hyphen,
/// "- ", as scraped text writes the dash), if one does.
fn opening_dash(text: &str) -> Option<usize> {
    dash_dialogue(text)
        .map(|s| s.inner_start)
        .or_else(|| text.starts_with("- ").then_some(1))
}

/// Words after a remark's dash within which its saying verb stands ("— сказал", "— так заявил").
const REMARK_VERB_WITHIN: usize = 2;

/// The byte offset of the first remark dash at or after `from`: "—" or "–" after a comma, full
/// stop, question or exclamation mark or ellipsis and a space, with a saying verb close after it.
/// Scraped text often writes the dash as a spaced hyphen ("… achievements. - he wrote.") and
/// drops the comma ("… интерес - отметил Сибига."): a spaced dash or hyphen with no
/// punctuation before it is a remark dash when the saying verb is the very next word.
fn remark_dash(text: &str, from: usize, is_saying_verb: &impl Fn(&str) -> bool) -> Option<usize> {
    let mut search = from;
    while let Some(k) = text.get(search..)?.find(['—', '–', '-']) {
        let pos = search + k;
        let before = text[..pos].trim_end();
        let dash_len = text[pos..].chars().next().map_or(1, char::len_utf8);
        let spaced = before.len() < pos && text[pos + dash_len..].starts_with(' ');
        let hyphen = text[pos..].starts_with('-');
        let punctuated = before.ends_with([',', '.', '!', '?', '…']) && before.len() < pos;
        let mut words = text[pos..]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .take(REMARK_VERB_WITHIN)
            .map(|w| is_saying_verb(&w.to_lowercase()));
        let next_is_verb = words.next().unwrap_or(false);
        let verb = next_is_verb || words.any(|v| v);
        let remark = if hyphen {
            spaced && (next_is_verb || (punctuated && verb))
        } else {
            (punctuated && verb) || (spaced && next_is_verb)
        };
        if remark && pos > 0 {
            return Some(pos);
        }
        search = pos + 1;
        while !text.is_char_boundary(search) {
            search += 1;
        }
    }
    None
}

/// True when `c` opens a quotation at the top level: `"`, `“`, `„` and `‘` before a word (`”`
/// too, after a space: ”Террористы …”);
/// `«` also before a space (French writes « … »); German `»…«` before a word; a straight `'`
/// only after a space and before a letter (not an apostrophe inside a word), or before a capital
/// letter right after a bracket or a sentence's punctuation, where scraped wire copy drops the
/// space (`… 46 per cent.'We need …`).
fn opens_top_level(prev: Option<char>, c: char, next: Option<char>) -> bool {
    let before_word = next.is_some_and(|n| !n.is_whitespace());
    match c {
        // A doubled opener (`""Text`, a scraping slip) opens once, at the second mark; stray
        // marks after a closing one (`… auszugleichen »"", erklärte`) open nothing.
        '"' => {
            let after_closer = prev.is_some_and(|p| matches!(p, '»' | '”' | '"'))
                && !next.is_some_and(char::is_alphanumeric);
            before_word && next != Some('"') && !after_closer
        }
        '“' | '„' | '‘' | '»' => before_word,
        // Some outlets open with the closing mark (”Террористы …”): only after a space.
        '”' => before_word && prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[')),
        '«' => next.is_some(),
        '\'' => {
            let word_start =
                prev.is_none_or(char::is_whitespace) && next.is_some_and(char::is_alphabetic);
            // After a bracket or a sentence's punctuation only before a capital: `alert('x')`
            // in code quotes nothing.
            let after_sentence = prev.is_some_and(|p| matches!(p, '.' | '!' | '?' | ':' | '('))
                && next.is_some_and(char::is_uppercase);
            word_start || after_sentence
        }
        _ => false,
    }
}

/// True when a straight `"` at the top level opens a quotation padded with spaces inside, as
/// scraped text often writes it (`he was: "  Honored and humbled …," adding`): it stands at the
/// paragraph's start or after a space or colon, a letter follows the spaces, and another `"`
/// comes later in the paragraph to close it.
fn opens_padded(text: &str, pos: usize, prev: Option<char>, c: char) -> bool {
    if c != '"' || !prev.is_none_or(|p| p.is_whitespace() || p == ':') {
        return false;
    }
    let rest = text.get(pos + 1..).unwrap_or("");
    let unpadded = rest.trim_start();
    unpadded.len() < rest.len()
        && unpadded.starts_with(char::is_alphabetic)
        && unpadded.contains('"')
}

/// True when `c` closes the innermost open mark `top`; `prev` and `next` are the characters
/// around `c`. A straight `'` glued to the next sentence closes after the sentence's punctuation
/// (`… in Romania won.'He reminded`).
fn closes(top: char, prev: Option<char>, c: char, next: Option<char>) -> bool {
    match top {
        // A straight quote closed by a guillemet, as scraped pages mix them ("… Zentralbank»).
        '"' => c == '"' || c == '»',
        '“' => c == '”' || c == '"' || (c == '“' && !starts_word(next)),
        '«' => c == '»',
        '„' => c == '“' || c == '”',
        '”' => (c == '”' || c == '"') && !starts_word(next),
        '»' => c == '«',
        '‘' => c == '’' && !starts_word(next),
        '\'' => {
            c == '\''
                && (!starts_word(next)
                    || prev.is_some_and(|p| matches!(p, '.' | '!' | '?' | ','))
                        && next.is_some_and(char::is_uppercase))
        }
        _ => false,
    }
}

/// True when `c` opens a quotation nested inside the innermost open mark `top`.
fn opens_nested(top: char, c: char, next: Option<char>) -> bool {
    match top {
        '«' => matches!(c, '„' | '«' | '“' | '"'),
        '“' => c == '«' || c == '„' || (c == '“' && starts_word(next)),
        '"' => matches!(c, '“' | '«' | '„'),
        _ => false,
    }
}

/// True when the character after a mark starts a word, so the mark opens rather than closes.
fn starts_word(next: Option<char>) -> bool {
    next.is_some_and(|n| n.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        marked_quotes(text)
            .into_iter()
            .map(|s| &text[s.inner_start..s.inner_end])
            .collect()
    }

    fn whole(text: &str) -> Vec<&str> {
        marked_quotes(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn french_german_and_single_marks() {
        assert_eq!(
            quoted("« Je reste la seule présidente », a-t-elle déclaré."),
            [" Je reste la seule présidente "]
        );
        assert_eq!(
            quoted("»Unser Ziel ist es«, sagte der Regierungschef."),
            ["Unser Ziel ist es"]
        );
        assert_eq!(
            quoted("'I will leave from here, I will come to you' she said, in Russia's capital."),
            ["I will leave from here, I will come to you"]
        );
        assert_eq!(
            quoted("She said ‘we stay’ and left Moldova’s capital."),
            ["we stay"]
        );
        assert!(quoted("Russia's and Georgia's leaders met.").is_empty());
        assert!(quoted("Officials said <script>alert('x')</script> was found.").is_empty());
        // Wire copy that drops the space after a sentence, and a lower-case single-quoted phrase.
        assert_eq!(
            quoted(
                "46 per cent.'We need to build Romania together,' Dan said.'A community won.'He \
                    reminded them of a 'difficult period' ahead, the voters' choice."
            ),
            [
                "We need to build Romania together,",
                "A community won.",
                "difficult period"
            ]
        );
    }

    #[test]
    fn straight_quotes_padded_with_spaces() {
        assert_eq!(
            quoted("he was: \"  Honored and humbled,\" adding more."),
            ["  Honored and humbled,"]
        );
        assert_eq!(
            quoted("\"  Президент начинает сходить с ума \", - говорится в посте."),
            ["  Президент начинает сходить с ума "]
        );
        // A lone padded mark with nothing to close it, or a closing one, opens nothing.
        assert!(quoted("5 \" of rain fell").is_empty());
        assert!(quoted("a word\" and more").is_empty());
    }

    #[test]
    fn finds_each_form_of_mark() {
        let cases: &[(&str, &[&str])] = &[
            ("He said \"yes we can\" today.", &["yes we can"]),
            ("“They suspended it,” he said.", &["They suspended it,"]),
            ("Он сказал «да» и ушёл.", &["да"]),
            (
                "«Он сказал „нет“ и ушёл», — сказал он.",
                &["Он сказал „нет“ и ушёл"],
            ),
            ("\"a\" and \"b\"", &["a", "b"]),
            (
                "\"Since the \"crisis\" we held on\", - he added.",
                &["Since the \"crisis\" we held on"],
            ),
            // Nesting would leave the first quote open: read flat.
            (
                "\"free access, and \"democracy is not license\", said he.",
                &["free access, and ", ", said he."],
            ),
            ("no quotes here", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(quoted(text), *expected, "{text}");
        }
    }

    #[test]
    fn odd_closing_marks_of_the_seed() {
        // RIA p5: opens with “, nested “…” pairs, ends with a spaced “.
        let p5 = "“I want facts. Let’s say “before February 24” and “after” the year. “";
        assert_eq!(whole(p5), vec![p5]);
        // RIA p7: a spaced ” glued to the next word.
        let p7 = "“We are open, ”the representative emphasized.";
        assert_eq!(quoted(p7), vec!["We are open, "]);
        // A curly quote closed by a straight one.
        assert_eq!(
            quoted("“Open to dialogue,\" he said."),
            vec!["Open to dialogue,"]
        );
    }

    #[test]
    fn unclosed_quote_runs_to_the_paragraph_end() {
        let text = "He said “we will stay open";
        let spans = marked_quotes(text);
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].end, text.len());
        assert_eq!(
            &text[spans[0].inner_start..spans[0].inner_end],
            "we will stay open"
        );
    }

    #[test]
    fn a_quote_cut_short_keeps_the_quote_nested_inside_it() {
        let text = "\"Let me explain. I will say the adjective (meaning \"North \"), because it";
        let spans = marked_quotes(text);
        assert_eq!(spans.len(), 1, "{spans:?}");
        assert_eq!(spans[0].start, 0);
        assert_eq!(spans[0].end, text.len());
    }

    #[test]
    fn a_straight_quote_closed_by_a_guillemet_and_stray_marks_after_it() {
        let text = "\"Das ist das Geld der Zentralbank», sagte er. \"Am Ende muss er aufgeben »\"\", erklärte X.";
        assert_eq!(
            quoted(text),
            [
                "Das ist das Geld der Zentralbank",
                "Am Ende muss er aufgeben "
            ]
        );
    }

    #[test]
    fn a_stray_closing_guillemet_extends_a_quotation_opening_with_a_quoted_name() {
        let text = "Он подчеркнул это. «Азия + Россия» - мы готовимся к саммиту. Вопросы будут решены», - заявил он.";
        assert_eq!(
            quoted(text),
            ["Азия + Россия» - мы готовимся к саммиту. Вопросы будут решены"]
        );
        // Without a stray mark, a quoted name stays a name.
        assert_eq!(quoted("«Азия + Россия» - это формат."), ["Азия + Россия"]);
    }

    #[test]
    fn stray_marks_do_not_open_quotes() {
        assert!(marked_quotes("a ” stray closer and a » too").is_empty());
        assert!(marked_quotes("an opener followed by space “ here").is_empty());
    }

    #[test]
    fn offsets_are_byte_exact() {
        let text = "Ж «да»";
        let s = marked_quotes(text)[0];
        assert_eq!(&text[s.start..s.end], "«да»");
    }

    fn said(w: &str) -> bool {
        matches!(w, "сказал" | "подчеркнула" | "said")
    }

    #[test]
    fn speech_before_an_authors_remark() {
        let text = "Мы готовы ко всему. Это — главное, — сказал Иванов, глядя в зал.";
        let spans = dash_speech(text, said);
        assert_eq!(spans.len(), 1);
        assert_eq!(
            &text[spans[0].inner_start..spans[0].inner_end],
            "Мы готовы ко всему. Это — главное, "
        );
        let text = "— Мы готовы, — подчеркнула она. — А потом решим.";
        let spans = dash_speech(text, said);
        let inner: Vec<&str> = spans
            .iter()
            .map(|s| text[s.inner_start..s.inner_end].trim())
            .collect();
        assert_eq!(inner, ["Мы готовы,", "А потом решим."]);
        // A dash that no saying verb follows is no remark; marked quotes are left to the marks.
        assert!(dash_speech("Москва — столица, — добавим мы.", said).is_empty());
        assert!(dash_speech("«Да», — сказал он.", said).is_empty());
        // A spaced hyphen as the dash, the comma dropped: the verb must come right after it.
        let text = "Мы договорились о диалоге - сказал Сибига.";
        let spans = dash_speech(text, said);
        assert_eq!(
            &text[spans[0].inner_start..spans[0].inner_end],
            "Мы договорились о диалоге "
        );
        assert!(dash_speech("Мы договорились о диалоге - вчера сказал Сибига.", said).is_empty());
        assert!(dash_speech("премьер-сказал", said).is_empty());
        // After a sentence's punctuation, a spaced hyphen takes the verb a word later.
        let text = "I congratulate the winner. - he said.";
        let spans = dash_speech(text, said);
        assert_eq!(
            &text[spans[0].inner_start..spans[0].inner_end],
            "I congratulate the winner. "
        );
        assert!(dash_speech("I congratulate the winner - he said.", said).is_empty());
        // A paragraph opening with a hyphen is dialogue: its quotation marks are nested.
        let text = "- Моя програма — це «ні» євро, — сказал Навроцький.";
        let spans = dash_speech(text, said);
        assert_eq!(
            text[spans[0].inner_start..spans[0].inner_end].trim(),
            "Моя програма — це «ні» євро,"
        );
    }

    #[test]
    fn closing_mark_as_opener_and_doubled_openers() {
        assert_eq!(
            quoted("Он заявил, что ”с бандитами” говорить не будет. ”Нет”, — сказал он."),
            ["с бандитами", "Нет"]
        );
        assert_eq!(
            quoted("\"\"We begin a partnership. \""),
            ["We begin a partnership. "]
        );
        assert!(quoted("word” stray").is_empty());
    }

    #[test]
    fn dash_dialogue_only_at_paragraph_start() {
        let text = "— К сожалению, взаимодействия нет.";
        let span = dash_dialogue(text).unwrap();
        assert_eq!(span.end, text.len());
        assert_eq!(
            &text[span.inner_start..].trim(),
            &"К сожалению, взаимодействия нет."
        );
        assert!(dash_dialogue("Он сказал — нет.").is_none());
        assert!(dash_dialogue("—нет").is_none());
        assert!(dash_dialogue("").is_none());
    }
}
