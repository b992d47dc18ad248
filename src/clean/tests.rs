use super::*;

fn doc(text: &str) -> RawDocument {
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

#[test]
fn dump_seed() {
    for name in [
        "news-unrolled-ria-ryabihin",
        "tass-ryabikhin",
        "anews-khrenin-doctrine",
        "zerkalo-revenko",
        "gdc-belokonev",
    ] {
        let c = seed(name);
        println!("=== {name}");
        for p in &c.paragraphs {
            println!("p{} L{}: {:.70}", p.n, p.line, p.text);
        }
        for r in &c.removed {
            println!(
                "  - L{} [{:?}] {}: {:.50}",
                r.line, r.kind, r.reason, r.text
            );
        }
        println!("{:?}", c.metadata);
    }
}
