//! Defect 2: editorial Markdown (sidecar notes, note bodies, the dossier's description) cannot
//! put a script or a `javascript:` link into a page.

use super::{dossier, stderr};

const PAYLOAD: &str = "Editor text <script>alert('x')</script> <img src=x onerror=alert(1)> \
[click](javascript:alert(2)) <a href=\"jAvAsCrIpT:alert(3)\">b</a> \
<iframe src=\"https://evil.example\"></iframe> [safe](https://example.org/a) [mail](mailto:a@example.org)";

/// What in the built pages could run: inline scripts, `on*` attributes, `javascript:` URLs,
/// frames. Text that merely shows such words (the annotated Markdown view) is fine.
fn executable_parts(dir: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    for (path, bytes) in crate::support::read_tree(&dir.join("public")) {
        if !path.ends_with(".html") {
            continue;
        }
        let page = scraper::Html::parse_document(&String::from_utf8_lossy(&bytes));
        for element in page
            .root_element()
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
        {
            let tag = element.value().name();
            if tag == "iframe" || tag == "object" || tag == "embed" {
                found.push(format!("{path}: <{tag}>"));
            }
            if tag == "script"
                && element.value().attr("src").is_none()
                && element.inner_html().contains("alert")
            {
                found.push(format!("{path}: inline script"));
            }
            for (name, value) in element.value().attrs() {
                let value = value.trim().to_ascii_lowercase();
                if name.starts_with("on")
                    || value.starts_with("javascript:")
                    || value.contains("evil.example")
                {
                    found.push(format!("{path}: <{tag} {name}={value}>"));
                }
            }
        }
    }
    found
}

fn built_html(dir: &std::path::Path) -> String {
    let mut all = String::new();
    for (path, bytes) in crate::support::read_tree(&dir.join("public")) {
        if path.ends_with(".html") {
            all.push_str(&String::from_utf8_lossy(&bytes));
        }
    }
    all
}

#[test]
fn editorial_markdown_everywhere_is_sanitised() {
    let sidecar = format!("notes: \"{}\"\n", PAYLOAD.replace('"', "\\\""));
    let description = format!("description: \"{}\"\n", PAYLOAD.replace('"', "\\\""));
    let note = format!("---\ntitle: A note\nkind: other\n---\n{PAYLOAD}\n");
    let dir = crate::support::dossier(&[
        (
            "content/sources/tass.txt",
            "Ministry says talks continue\n\nMINSK, March 3 (TASS). Talks continue, the ministry said.\n",
        ),
        ("content/sources/tass.yaml", &sidecar),
        ("dossier.yaml", &description),
        ("content/notes/a-note.md", &note),
    ]);
    let run = dossier(dir.path(), &["build"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(executable_parts(dir.path()), Vec::<String>::new());
    let html = built_html(dir.path());
    // What an editor legitimately writes is still there, on every page that shows it.
    assert!(html.matches("href=\"https://example.org/a\"").count() >= 3);
    assert!(html.contains("href=\"mailto:a@example.org\""));
    assert!(html.contains("Editor text"));
    assert!(dir.path().join("content/sources/tass.yaml").is_file());
}
