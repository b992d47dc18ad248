//! Markdown to HTML with pulldown-cmark, and `[[wiki-link]]` resolution for editorial Markdown.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use pulldown_cmark::{html, CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use regex::Regex;

use crate::annotate::escape_markdown;
use crate::error::Problem;

/// Renders Markdown to HTML (tables, strikethrough and footnotes on); fenced code blocks that
/// name their language are highlighted with syntect.
pub fn to_html(markdown: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    let mut out = String::new();
    html::push_html(
        &mut out,
        highlight_code_blocks(Parser::new_ext(markdown, options)),
    );
    out
}

/// Replaces each fenced code block that names its language (```` ```yaml ````) with syntect's
/// highlighted HTML; other events pass through.
fn highlight_code_blocks<'a>(
    events: impl Iterator<Item = Event<'a>>,
) -> impl Iterator<Item = Event<'a>> {
    let mut language: Option<String> = None;
    let mut code = String::new();
    events.filter_map(move |event| match event {
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(lang))) if !lang.trim().is_empty() => {
            language = Some(lang.trim().to_string());
            code.clear();
            None
        }
        Event::Text(text) if language.is_some() => {
            code.push_str(&text);
            None
        }
        Event::End(TagEnd::CodeBlock) if language.is_some() => {
            let lang = language.take().unwrap_or_default();
            Some(Event::Html(
                super::highlight::highlight(&code, &lang).into(),
            ))
        }
        other => Some(other),
    })
}

/// Renders editorial Markdown (sidecar notes, note bodies, the dossier's description, registry
/// notes) to HTML that is safe to put in a page: whatever the editor pasted, the HTML goes
/// through an allow-list sanitiser (`ammonia`), so `<script>`, event handlers, `<iframe>`,
/// `style` and links other than http, https, mailto and relative ones never reach the reader.
pub fn editorial_to_html(markdown: &str) -> String {
    EDITORIAL_SANITISER.clean(&to_html(markdown)).to_string()
}

/// The allow-list for editorial HTML: ammonia's defaults (text formatting, lists, tables, links,
/// images) with only the URL schemes a dossier needs and the classes footnotes use.
static EDITORIAL_SANITISER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(None)
        .add_tag_attributes("div", ["id"])
        .add_allowed_classes("sup", ["footnote-reference"])
        .add_allowed_classes("div", ["footnote-definition"])
        .add_allowed_classes("sup", ["footnote-definition-label"]);
    builder
});

/// What `[[references]]` may point at.
#[derive(Debug, Clone, Default)]
pub struct LinkTargets {
    /// Source slug -> (title, number of paragraphs).
    pub sources: BTreeMap<String, (String, usize)>,
    /// Official slug -> canonical name.
    pub people: BTreeMap<String, String>,
    /// Anchors on the discrepancy page.
    pub notes: BTreeSet<String>,
}

static WIKILINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[\[([^\[\]|]+?)(?:\|([^\[\]]+?))?\]\]")
        .unwrap_or_else(|e| panic!("bad built-in pattern: {e}"))
});

/// Replaces every `[[slug]]`, `[[slug#pN]]` and `[[slug|text]]` in `markdown` with a relative
/// Markdown link. Every reference that does not resolve is a problem naming `file` and the line
/// (`first_line` is the line of the file on which `markdown` starts).
pub fn resolve_wikilinks(
    markdown: &str,
    file: &str,
    first_line: usize,
    targets: &LinkTargets,
    path_to_root: &str,
) -> Result<String, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut out = String::with_capacity(markdown.len());
    let mut in_fence = false;
    for (i, line) in markdown.split_inclusive('\n').enumerate() {
        if line.trim_start().starts_with("```") || line.trim_start().starts_with("~~~") {
            in_fence = !in_fence;
        }
        if in_fence {
            out.push_str(line);
            continue;
        }
        let code = code_spans(line);
        let mut at = 0;
        for caps in WIKILINK.captures_iter(line) {
            let (Some(whole), Some(target)) = (caps.get(0), caps.get(1)) else {
                continue;
            };
            if code.iter().any(|r| r.contains(&whole.start())) {
                continue;
            }
            out.push_str(&line[at..whole.start()]);
            at = whole.end();
            let label = caps.get(2).map(|m| m.as_str().trim());
            match link_for(target.as_str().trim(), label, targets, path_to_root) {
                Ok(link) => out.push_str(&link),
                Err(message) => {
                    problems.push(
                        Problem::at(
                            file,
                            Some(first_line + i),
                            message,
                            "use [[source-slug]], [[source-slug#pN]] or [[person-slug]]; the \
                             slugs are listed on the index page",
                        )
                        .with_column(Some(line[..whole.start()].chars().count() + 1)),
                    );
                    out.push_str(whole.as_str());
                }
            }
        }
        out.push_str(&line[at..]);
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// Byte ranges of the inline code spans (`like this`) of one line.
fn code_spans(line: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'`' {
            i += 1;
            continue;
        }
        let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
        match open {
            Some((start, len)) if len == run => {
                spans.push(start..i + run);
                open = None;
            }
            None => open = Some((i, run)),
            _ => {}
        }
        i += run;
    }
    spans
}

fn link_for(
    target: &str,
    label: Option<&str>,
    targets: &LinkTargets,
    root: &str,
) -> Result<String, String> {
    let (slug, fragment) = match target.split_once('#') {
        Some((s, f)) => (s, Some(f)),
        None => (target, None),
    };
    let text = |default: String| escape_markdown(label.unwrap_or(&default));
    if let Some((title, paragraphs)) = targets.sources.get(slug) {
        return match fragment {
            None => Ok(format!(
                "[{}]({root}sources/{slug}.html)",
                text(title.clone())
            )),
            Some(f) => {
                let n = crate::citation::paragraph_fragment(f).ok_or_else(|| {
                    format!("[[{target}]]: the part after # must be pN, e.g. #p3")
                })?;
                if n > *paragraphs {
                    return Err(format!(
                        "[[{target}]]: {slug} has paragraphs p1 to p{paragraphs}, not p{n}"
                    ));
                }
                Ok(format!(
                    "[{}]({root}sources/{slug}.html#p{n})",
                    text(format!("{title}, ¶{n}"))
                ))
            }
        };
    }
    if let Some(name) = targets.people.get(slug) {
        if fragment.is_some() {
            return Err(format!("[[{target}]]: a person link takes no #fragment"));
        }
        return Ok(format!(
            "[{}]({root}officials/{slug}.html)",
            text(name.clone())
        ));
    }
    if targets.notes.contains(slug) {
        return Ok(format!(
            "[{}]({root}discrepancies.html#{slug})",
            text(slug.to_string())
        ));
    }
    let known: Vec<String> = targets
        .sources
        .keys()
        .chain(targets.people.keys())
        .chain(&targets.notes)
        .cloned()
        .collect();
    Err(format!(
        "[[{target}]] does not name a source, a person or a note{}",
        crate::error::did_you_mean(slug, &known)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fenced_code_with_a_language_is_highlighted_and_escaped() {
        let html = to_html("Text\n\n```yaml\ntitle: <b>x</b>\n```\n\n```\nplain <i>\n```\n");
        assert!(html.contains("<pre class=\"code\"><code>"), "{html}");
        assert!(!html.contains("<b>") && !html.contains("<i>"), "{html}");
        assert_eq!(html.matches("<pre").count(), 2, "{html}");
    }

    fn targets() -> LinkTargets {
        let mut t = LinkTargets::default();
        t.sources.insert("tass".into(), ("TASS piece".into(), 3));
        t.people
            .insert("dmitry-ryabikhin".into(), "Dmitry Ryabikhin".into());
        t
    }

    #[test]
    fn editorial_html_keeps_formatting_and_drops_scripts() {
        let md = "*Kept* [ok](sources/a.html#p1) [mail](mailto:a@b.org) [x](javascript:alert(1))\n\
                  <script>alert(1)</script><img src=x onerror=alert(2)> <a href=\"data:text/html,x\">d</a>";
        let html = editorial_to_html(md);
        assert!(html.contains("<em>Kept</em>"), "{html}");
        assert!(html.contains("href=\"sources/a.html#p1\""), "{html}");
        assert!(html.contains("href=\"mailto:a@b.org\""), "{html}");
        for bad in ["<script", "javascript:", "onerror", "data:"] {
            assert!(!html.contains(bad), "{bad} in {html}");
        }
    }

    #[test]
    fn resolves_sources_paragraphs_and_people() {
        let md = "See [[tass#p2]] and [[dmitry-ryabikhin]] or [[tass|the piece]].";
        let out = resolve_wikilinks(md, "n.md", 5, &targets(), "").unwrap();
        assert!(out.contains("(sources/tass.html#p2)"), "{out}");
        assert!(
            out.contains("[Dmitry Ryabikhin](officials/dmitry-ryabikhin.html)"),
            "{out}"
        );
        assert!(out.contains("[the piece](sources/tass.html)"), "{out}");
    }

    #[test]
    fn references_in_code_are_left_alone() {
        let md = "Write `[[person-slug]]` to link.\n```\n[[another]]\n```\n";
        assert_eq!(
            resolve_wikilinks(md, "n.md", 1, &targets(), "").unwrap(),
            md
        );
    }

    #[test]
    fn unresolved_references_name_file_line_and_column() {
        let md = "ok\nbad [[tass#p9]] and [[nobody]]\n";
        let problems = resolve_wikilinks(md, "content/notes/n.md", 4, &targets(), "").unwrap_err();
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].line, Some(5));
        assert_eq!(problems[0].column, Some(5));
        assert!(
            problems[0].message.contains("p1 to p3"),
            "{}",
            problems[0].message
        );
        assert!(problems[1].message.contains("[[nobody]]"));
    }
}
