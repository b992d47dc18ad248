//! Defect 2: editorial Markdown (sidecar notes, note bodies, the dossier's description) cannot
//! put a script or a `javascript:` link into a page.

use crate::{dossier, stderr};

const PAYLOAD: &str = "Editor text <script>alert('x')</script> <img src=x onerror=alert(1)> \
[click](javascript:alert(2)) <a href=\"jAvAsCrIpT:alert(3)\">b</a> \
<iframe src=\"https://evil.example\"></iframe> [safe](https://example.org/a) [mail](mailto:a@example.org)";

fn built_html(dir: &std::path::Path) -> String {
    let mut all = String::new();
    for (path, bytes) in crate::common::read_tree(&dir.join("public")) {
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
    let dir = crate::common::dossier(&[
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
    let html = built_html(dir.path());
    for bad in [
        "alert('x')",
        "onerror",
        "javascript:",
        "jAvAsCrIpT:",
        "<iframe",
        "evil.example",
    ] {
        assert!(!html.contains(bad), "{bad} reached the pages");
    }
    // What an editor legitimately writes is still there, on every page that shows it.
    assert!(html.matches("href=\"https://example.org/a\"").count() >= 3);
    assert!(html.contains("href=\"mailto:a@example.org\""));
    assert!(html.contains("Editor text"));
    assert!(dir.path().join("content/sources/tass.yaml").is_file());
}
