//! A dossier's own `templates/` and `static/` override the built-in theme file by file.

use crate::support::*;

const ARTICLE: &str =
    "A title for the test article here\n\nMINSK, June 2 – Agency. Ivan Petrov said the article is fine.\n";

#[test]
fn templates_and_static_files_override_the_theme_one_by_one() {
    let dir = dossier(&[
        ("content/sources/a.txt", ARTICLE),
        (
            "templates/index.html",
            "{% extends \"base.html\" %}{% block content %}<p id=\"custom\">Custom {{ site.title }}</p>{% endblock content %}",
        ),
        ("static/style.css", "body { color: red }\n"),
    ]);
    build(dir.path());
    let public = dir.path().join("public");
    let index = std::fs::read_to_string(public.join("index.html")).unwrap();
    assert!(
        index.contains("<p id=\"custom\">Custom Dossier</p>"),
        "{index}"
    );
    assert_eq!(
        std::fs::read_to_string(public.join("static/style.css")).unwrap(),
        "body { color: red }\n"
    );
    // Everything not overridden still comes from the built-in theme.
    let source = std::fs::read_to_string(public.join("sources/a.html")).unwrap();
    assert!(source.contains("class=\"source-text\""));
    assert!(public.join("static/search.js").is_file());
}

#[test]
fn a_broken_template_is_reported_with_its_file_and_line() {
    let dir = dossier(&[
        ("content/sources/a.txt", ARTICLE),
        (
            "templates/index.html",
            "<h1>x</h1>\n{{ site.title | nosuchfilter }}\n",
        ),
    ]);
    let out = run_build(dir.path());
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("nosuchfilter") && stderr.contains("index.html:2:"),
        "{stderr}"
    );
    assert!(!dir.path().join("public").exists());
}

#[test]
fn the_annotated_text_markup_and_words_come_from_the_theme() {
    // A translated theme: the words of the annotated text change with no change to Rust.
    let translated = include_str!("../../templates/annotate.html")
        .replace("aria-label=\"Paragraph ", "aria-label=\"Абзац ")
        .replace("class=\"pn\"", "class=\"pn translated\"");
    let dir = dossier(&[
        ("content/sources/a.txt", ARTICLE),
        ("templates/annotate.html", &translated),
    ]);
    build(dir.path());
    let public = dir.path().join("public");
    for file in ["sources/a.md", "sources/a.html"] {
        let text = std::fs::read_to_string(public.join(file)).unwrap();
        assert!(
            text.contains("class=\"pn translated\"") && text.contains("aria-label=\"Абзац 1\""),
            "{file}: {text}"
        );
        assert!(!text.contains("aria-label=\"Paragraph"), "{file}: {text}");
    }
}
