//! A property test over the build of a mutated dossier: whatever bytes the source reader and the
//! YAML readers get, the build ends (no panic, no hang), and either writes a site with no NUL
//! byte and no markup it did not make, or fails with problems that each name a file.
//! Bounded: a fixed number of cases (`PROPTEST_CASES` overrides it), in-process builds.

use proptest::prelude::*;

const FILES: [(&str, &str); 6] = [
    (
        "content/sources/tass.txt",
        "Ministry says talks continue\n\nMINSK, March 3 (TASS). Ivan Petrov, head of the \
         department, said on Monday: \u{201c}Talks continue.\u{201d}\n",
    ),
    (
        "content/sources/tass.yaml",
        "title: Talks continue\noutlet: TASS\npublished: 2022-03-03\nnotes: See [[tass#p1]].\n",
    ),
    (
        "content/officials.yaml",
        "- slug: ivan-petrov\n  name: Ivan Petrov\n  native: [Иван Петров]\n  roles:\n    - title: head\n      citation: tass#p1\n",
    ),
    (
        "content/events.yaml",
        "- date: 2022-03-03\n  title: Talks\n  people: [ivan-petrov]\n  citations: [tass#p1]\n",
    ),
    (
        "content/notes/talks.md",
        "---\ntitle: Talks\nkind: other\nsources: [tass]\n---\n[[ivan-petrov]] speaks in [[tass#p1]].\n",
    ),
    ("dossier.yaml", "title: Test\ndescription: A *test*.\n"),
];

/// Bytes that matter to the readers: YAML syntax, aliases, markup, encodings, controls.
const PIECES: [&[u8]; 16] = [
    b":",
    b"- ",
    b"&a ",
    b"*a",
    b"[",
    b"{",
    b"\"",
    b"'",
    b"\n  ",
    b"<script>x</script>",
    b"\0",
    b"\xff\xfe",
    b"\xd0",
    b"\xef\xbb\xbf",
    b"#",
    b"0000-00-00",
];

#[derive(Debug, Clone)]
struct Mutation {
    file: usize,
    at: usize,
    delete: usize,
    insert: Vec<u8>,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let insert = prop_oneof![
        proptest::sample::select(PIECES.to_vec()).prop_map(<[u8]>::to_vec),
        proptest::collection::vec(any::<u8>(), 0..8),
    ];
    (0..FILES.len(), any::<usize>(), 0usize..6, insert).prop_map(|(file, at, delete, insert)| {
        Mutation {
            file,
            at,
            delete,
            insert,
        }
    })
}

fn apply(files: &mut [Vec<u8>], m: &Mutation) {
    let bytes = &mut files[m.file];
    let at = m.at % (bytes.len() + 1);
    let end = (at + m.delete).min(bytes.len());
    bytes.splice(at..end, m.insert.iter().copied());
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 128,
        max_shrink_iters: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn a_mutated_dossier_builds_or_fails_with_located_problems(
        mutations in proptest::collection::vec(mutation(), 1..6)
    ) {
        let mut files: Vec<Vec<u8>> = FILES.iter().map(|(_, t)| t.as_bytes().to_vec()).collect();
        for m in &mutations {
            apply(&mut files, m);
        }
        let dir = tempfile::tempdir().unwrap();
        for ((path, _), bytes) in FILES.iter().zip(&files) {
            crate::support::write(dir.path(), path, bytes);
        }
        match dossier::build(&dossier::BuildOptions::new(dir.path())) {
            Ok(_) => {
                for (path, bytes) in crate::support::read_tree(&dir.path().join("public")) {
                    prop_assert!(!bytes.contains(&0), "NUL in {}", path);
                    if path.ends_with(".html") {
                        let html = String::from_utf8_lossy(&bytes);
                        prop_assert!(!html.contains("<script>x</script>"), "markup in {}", path);
                    }
                }
            }
            Err(dossier::error::Error::Problems(problems)) => {
                prop_assert!(!problems.is_empty());
                for p in &problems {
                    prop_assert!(!p.file.is_empty() && !p.message.is_empty(), "{:?}", p);
                }
            }
            Err(other) => prop_assert!(false, "not a problem list: {}", other),
        }
    }
}
