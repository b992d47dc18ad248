//! Syntax highlighting with syntect, as class-based HTML (the stylesheet is `highlight.css`).

use std::sync::LazyLock;

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

/// The syntax set dumped by `build.rs`, loaded once.
static SYNTAXES: LazyLock<SyntaxSet> = LazyLock::new(|| {
    syntect::dumps::from_uncompressed_data(include_bytes!(concat!(
        env!("OUT_DIR"),
        "/syntaxes.packdump"
    )))
    .unwrap_or_else(|_| SyntaxSet::load_defaults_newlines())
});

/// Highlights `code` written in the language with file extension `extension` ("md", "yaml").
/// Falls back to plain escaped text when the language is unknown.
pub fn highlight(code: &str, extension: &str) -> String {
    let syntaxes = &*SYNTAXES;
    let syntax = syntaxes
        .find_syntax_by_extension(extension)
        .unwrap_or_else(|| syntaxes.find_syntax_plain_text());
    let mut generator =
        ClassedHTMLGenerator::new_with_class_style(syntax, syntaxes, ClassStyle::Spaced);
    for line in LinesWithEndings::from(code) {
        if generator
            .parse_html_for_line_which_includes_newline(line)
            .is_err()
        {
            return format!("<pre>{}</pre>", crate::annotate::escape_attr(code));
        }
    }
    format!(
        "<pre class=\"code\"><code>{}</code></pre>",
        generator.finalize()
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn markdown_is_highlighted_with_classes_and_escaped() {
        let html = super::highlight("---\ntitle: <b>x</b>\n---\n\n# Head *em*\n", "md");
        assert!(html.contains("class=\""), "{html}");
        assert!(!html.contains("style="), "{html}");
        assert!(!html.contains("<b>"), "{html}");
    }
}
