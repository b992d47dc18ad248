//! The attributes of an HTML page, read by html5ever's tokenizer, each with its line and column.
//!
//! In: the text of one page. Out: every attribute of every start tag ([`Attribute`]: element,
//! name, decoded value, position), in document order; the page's anchors; the URLs an attribute
//! holds. Never fails: malformed HTML yields what a browser would read.
//!
//! html5ever (the parser of Servo, already in the tree through `ammonia`) decides what is a tag,
//! an attribute and a value: comments, doctypes, bogus markup, character references (all of them,
//! with the spec's rules for legacy ones), duplicate attributes (the first wins) and tags cut off
//! by the end of the file (dropped). The tree builder is not run; the token sink tells the
//! tokenizer which elements hold raw text, as the tree builder would (`script`, `style`,
//! `textarea`, `title`, ... outside `svg`/`math`). `noscript` is read as markup, so the links of
//! a page without JavaScript are checked too.
//!
//! html5ever reports no positions, so the page is fed in pieces that each end at a `>`: a tag
//! ends at the end of the piece during which it was emitted; [`super::position`] then finds each
//! value in the text of its tag, for the line and column of a problem.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

use super::position::{locate, tag_start, LineIndex};

/// One attribute found in an HTML text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    /// The element's name, lower case.
    pub tag: String,
    /// The attribute's name, lower case.
    pub name: String,
    /// The value with character references decoded (empty for a bare attribute).
    pub value: String,
    /// 1-based line of the value (of the name for a bare attribute).
    pub line: usize,
    /// 1-based column, in characters, of the value (of the name for a bare attribute).
    pub column: usize,
}

/// Every attribute of every start tag of `html`, in document order; see the module doc.
pub fn attributes(html: &str) -> Vec<Attribute> {
    let lines = LineIndex::new(html);
    let mut found = Vec::new();
    let mut previous_end = 0;
    for token in tokens(html) {
        if let Some(tag) = &token.start_tag {
            let start = tag_start(html, previous_end, token.end);
            let positions = locate(&html[start..token.end]);
            let mut used = vec![false; positions.len()];
            for (name, value) in &tag.attributes {
                let offset = positions
                    .iter()
                    .enumerate()
                    .find(|(i, (located, _))| !used[*i] && located == name)
                    .map_or(start, |(i, (_, offset))| {
                        used[i] = true;
                        start + offset
                    });
                let (line, column) = lines.line_column(offset);
                found.push(Attribute {
                    tag: tag.name.clone(),
                    name: name.clone(),
                    value: value.clone(),
                    line,
                    column,
                });
            }
        }
        previous_end = token.end;
    }
    found
}

/// The anchors of a page (`id` on any element, `name` on `<a>`), each with the first
/// attribute that defines it.
pub(crate) fn anchors(attrs: &[Attribute]) -> BTreeMap<String, &Attribute> {
    let mut found = BTreeMap::new();
    for attr in attrs {
        let is_anchor = attr.name == "id" || (attr.name == "name" && attr.tag == "a");
        if is_anchor && !attr.value.is_empty() {
            found.entry(attr.value.clone()).or_insert(attr);
        }
    }
    found
}

/// The URLs an attribute holds: the whole value of `href`/`src`, each candidate of `srcset`.
pub(crate) fn link_values(attr: &Attribute) -> Vec<&str> {
    match attr.name.as_str() {
        "href" | "src" => vec![attr.value.as_str()],
        "srcset" => attr
            .value
            .split(',')
            .filter_map(|candidate| candidate.split_whitespace().next())
            .collect(),
        _ => Vec::new(),
    }
}

/// A start tag as html5ever read it.
#[derive(Debug)]
struct StartTag {
    name: String,
    /// (name, decoded value), in the order written, duplicates dropped.
    attributes: Vec<(String, String)>,
}

/// A token that ends at a `>` (tag, comment, doctype): `start_tag` is set for start tags.
#[derive(Debug)]
struct Boundary {
    start_tag: Option<StartTag>,
    /// Byte offset just past the token's last character.
    end: usize,
}

/// The boundaries of `html`, in order, each with its end offset.
fn tokens(html: &str) -> Vec<Boundary> {
    let tokenizer = Tokenizer::new(Sink::default(), TokenizerOpts::default());
    let queue = BufferQueue::default();
    let mut offset = 0;
    for piece in html.split_inclusive('>') {
        queue.push_back(StrTendril::from_slice(piece));
        // The sink never asks to run a script, so `feed` never stops early.
        let _ = tokenizer.feed(&queue);
        offset += piece.len();
        tokenizer.sink.close_pending(offset);
    }
    tokenizer.end();
    tokenizer.sink.close_pending(html.len());
    tokenizer.sink.boundaries.take()
}

/// Collects boundaries and switches the tokenizer into raw text where the tree builder would.
#[derive(Debug, Default)]
struct Sink {
    boundaries: RefCell<Vec<Boundary>>,
    /// How many `svg`/`math` elements are open (foreign content has no raw-text elements).
    foreign_depth: Cell<usize>,
}

impl Sink {
    /// Gives the boundaries emitted since the last call their end offset.
    fn close_pending(&self, end: usize) {
        for boundary in self.boundaries.borrow_mut().iter_mut().rev() {
            if boundary.end != usize::MAX {
                break;
            }
            boundary.end = end;
        }
    }

    fn push(&self, start_tag: Option<StartTag>) {
        self.boundaries.borrow_mut().push(Boundary {
            start_tag,
            end: usize::MAX,
        });
    }
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::TagToken(tag) => {
                let name = tag.name.to_string();
                let foreign = matches!(name.as_str(), "svg" | "math");
                let depth = self.foreign_depth.get();
                if tag.kind == TagKind::EndTag {
                    if foreign {
                        self.foreign_depth.set(depth.saturating_sub(1));
                    }
                    self.push(None);
                    return TokenSinkResult::Continue;
                }
                let in_html = depth == 0 && !foreign;
                if foreign && !tag.self_closing {
                    self.foreign_depth.set(depth + 1);
                }
                let attributes = tag
                    .attrs
                    .iter()
                    .map(|a| (a.name.local.to_string(), a.value.to_string()))
                    .collect();
                self.push(Some(StartTag {
                    name: name.clone(),
                    attributes,
                }));
                match raw_text_kind(&name) {
                    Some(result) if in_html => result,
                    _ => TokenSinkResult::Continue,
                }
            }
            Token::CommentToken(_) | Token::DoctypeToken(_) => {
                self.push(None);
                TokenSinkResult::Continue
            }
            _ => TokenSinkResult::Continue,
        }
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.foreign_depth.get() > 0
    }
}

/// The tokenizer state the tree builder sets after the start tag `name` in HTML content.
fn raw_text_kind(name: &str) -> Option<TokenSinkResult<()>> {
    match name {
        "script" => Some(TokenSinkResult::RawData(RawKind::ScriptData)),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
            Some(TokenSinkResult::RawData(RawKind::Rawtext))
        }
        "textarea" | "title" => Some(TokenSinkResult::RawData(RawKind::Rcdata)),
        "plaintext" => Some(TokenSinkResult::Plaintext),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(html: &str) -> Vec<(String, String, String, usize, usize)> {
        attributes(html)
            .into_iter()
            .map(|a| (a.tag, a.name, a.value, a.line, a.column))
            .collect()
    }

    fn row(
        tag: &str,
        name: &str,
        value: &str,
        line: usize,
        column: usize,
    ) -> (String, String, String, usize, usize) {
        (tag.into(), name.into(), value.into(), line, column)
    }

    #[test]
    fn quoted_unquoted_and_bare_attributes_with_positions() {
        let html = "<p>x</p>\n<a class=x href=\"a.html\" data-x='b c'\n   id=top hidden>";
        assert_eq!(
            summary(html),
            vec![
                row("a", "class", "x", 2, 10),
                row("a", "href", "a.html", 2, 18),
                row("a", "data-x", "b c", 2, 34),
                row("a", "id", "top", 3, 7),
                row("a", "hidden", "", 3, 11),
            ]
        );
    }

    #[test]
    fn comments_scripts_raw_text_and_end_tags_hold_no_attributes() {
        let html = "<!-- <a href=\"no1\"> --><script>var s = '<a href=\"no2\">';</script>\
                    <STYLE>a{}</style ><TITLE><a href=no3></title></p><img SRC=yes>";
        assert_eq!(summary(html), vec![row("img", "src", "yes", 1, 125)]);
    }

    #[test]
    fn a_greater_than_sign_inside_a_value_or_text_does_not_shift_positions() {
        let html = "a > b <a title=\"x > y\" href=\"t.html\">\n<b>1 &gt; 0</b> <i id=k>";
        assert_eq!(
            summary(html),
            vec![
                row("a", "title", "x > y", 1, 17),
                row("a", "href", "t.html", 1, 30),
                row("i", "id", "k", 2, 23),
            ]
        );
    }

    #[test]
    fn character_references_are_decoded_as_a_browser_does() {
        let attrs = attributes("<a href=\"a&#x2F;b.html?x=1&amp;y=2&#35;z&unknown;&copy;&\">");
        assert_eq!(attrs[0].value, "a/b.html?x=1&y=2#z&unknown;©&");
    }

    #[test]
    fn a_duplicate_attribute_is_dropped_and_the_first_keeps_its_position() {
        assert_eq!(
            summary("<a href=one.html HREF=two.html>"),
            vec![row("a", "href", "one.html", 1, 9)]
        );
    }

    #[test]
    fn svg_title_and_style_are_markup_not_raw_text() {
        let html = "<svg><title>t</title><a href=\"in-svg.html\"/></svg><title><a href=no></title>";
        let names: Vec<String> = attributes(html).into_iter().map(|a| a.value).collect();
        assert_eq!(names, vec!["in-svg.html"]);
    }

    #[test]
    fn truncated_input_yields_what_a_browser_reads() {
        for html in [
            "<a href=\"x",
            "<a href=",
            "<a",
            "<",
            "<!--",
            "<script>",
            "<a href='é",
        ] {
            // A tag cut off by the end of the file is dropped, as a browser drops it.
            assert_eq!(attributes(html), Vec::new(), "{html}");
        }
        assert_eq!(
            summary("<p id=a><a href='é'>")[1],
            row("a", "href", "é", 1, 18)
        );
    }
}
