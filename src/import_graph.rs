//! The import graph of the crate's top-level modules, read from the source, with a test that it
//! has no cycle and that the leaf modules use nothing of the pipeline (ARCHITECTURE.md).
//!
//! In: `src/lib.rs` and every module file it declares (test-only modules and items under
//! `#[cfg(test)]` left out: tests may use anything). Out: edges `from -> to` between top-level
//! modules, each with the file that makes it. Must not: run in the library (it is test code).
//!
//! The reading is lexical: comments, string and character literals are blanked, then every
//! `crate::NAME` (and each `NAME` in `crate::{A, B::c}`) and every `super::` that climbs to the
//! crate root names the module `NAME`. Paths to items of the root (`crate::Dossier`) are not
//! edges: the root is the pipeline that wires the stages together.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Edges between top-level modules: `from -> to -> files that make the edge`.
type Graph = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

/// `text` with comments removed and the contents of string and char literals blanked, so that
/// braces and paths in them are not read as code.
fn code_of(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1).copied() == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if chars.get(i + 1).copied() == Some('*') => {
                let mut depth = 0;
                while i < chars.len() {
                    if chars[i] == '/' && chars.get(i + 1).copied() == Some('*') {
                        depth += 1;
                        i += 2;
                    } else if chars[i] == '*' && chars.get(i + 1).copied() == Some('/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            'r' if (chars.get(i + 1).copied() == Some('"')
                || chars.get(i + 1).copied() == Some('#'))
                && !chars[..i]
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_') =>
            {
                let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
                if chars.get(i + 1 + hashes) != Some(&'"') {
                    out.push('r');
                    i += 1;
                    continue;
                }
                let close: String = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                let body_start = i + 2 + hashes;
                let body: String = chars[body_start..].iter().collect();
                let end = body.find(&close).map_or(body.len(), |e| e + close.len());
                out.push_str("\"\"");
                i = body_start + body[..end].chars().count();
            }
            '"' => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
                i += 1;
                out.push_str("\"\"");
            }
            '\'' if chars.get(i + 1).copied() == Some('\\') => {
                let close = chars[i + 3..].iter().position(|c| *c == '\'');
                i += 4 + close.unwrap_or(0);
                out.push_str("' '");
            }
            '\'' if chars.get(i + 2).copied() == Some('\'') => {
                i += 3;
                out.push_str("' '");
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Index just past the item starting at `from`: through its matching `}` or its `;`.
fn item_end(code: &str, from: usize) -> usize {
    let mut depth = 0;
    for (k, c) in code[from..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return from + k + 1;
                }
            }
            ';' if depth == 0 => return from + k + 1,
            _ => {}
        }
    }
    code.len()
}

/// The code without the items under `#[cfg(test)]`.
fn without_tests(code: &str) -> String {
    let mut out = String::new();
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = at + "#[cfg(test)]".len();
        rest = &rest[item_end(rest, after)..];
    }
    out.push_str(rest);
    out
}

/// The identifier at the start of `text` (after white space).
fn ident(text: &str) -> &str {
    let text = text.trim_start();
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The first name of every path in the `{...}` group at the start of `text`.
fn group_heads(text: &str) -> Vec<&str> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut start = 1;
    for (k, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' | ',' if depth == 1 => {
                heads.push(ident(&text[start..k]));
                start = k + 1;
                if c == '}' {
                    break;
                }
            }
            '}' => depth -= 1,
            _ => {}
        }
    }
    heads.retain(|h| !h.is_empty());
    heads
}

/// The top-level modules `code` names, seen from a module `depth` levels below the root.
fn named_modules(code: &str, depth: usize) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        if rest.starts_with('{') {
            names.extend(group_heads(rest).into_iter().map(str::to_string));
        } else {
            names.insert(ident(rest).to_string());
        }
    }
    for (at, _) in code.match_indices("super::") {
        if code[..at].ends_with("super::") {
            continue;
        }
        let mut rest = &code[at..];
        let mut climbs = 0;
        while let Some(after) = rest.strip_prefix("super::") {
            climbs += 1;
            rest = after;
        }
        if climbs >= depth {
            if rest.starts_with('{') {
                names.extend(group_heads(rest).into_iter().map(str::to_string));
            } else {
                names.insert(ident(rest).to_string());
            }
        }
    }
    names
}

/// The files of the modules `code` (of the file at `file`) declares outside `#[cfg(test)]`.
fn child_files(code: &str, file: &Path) -> Vec<(String, PathBuf)> {
    let dir = match file.file_name().and_then(|n| n.to_str()) {
        Some("lib.rs" | "mod.rs" | "main.rs") => file.parent().map(Path::to_path_buf),
        _ => file
            .parent()
            .map(|p| p.join(file.file_stem().unwrap_or_default())),
    }
    .unwrap_or_default();
    let mut children = Vec::new();
    for (at, _) in code.match_indices("mod ") {
        let name = ident(&code[at + 4..]);
        let after = code[at + 4..].trim_start()[name.len()..].trim_start();
        let starts_word = !code[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        if starts_word && !name.is_empty() && after.starts_with(';') {
            let flat = dir.join(format!("{name}.rs"));
            let nested = dir.join(name).join("mod.rs");
            children.push((name.to_string(), if flat.exists() { flat } else { nested }));
        }
    }
    children
}

/// The graph of the crate whose root file is `lib`.
fn graph(lib: &Path) -> Graph {
    let root = without_tests(&code_of(&std::fs::read_to_string(lib).unwrap_or_default()));
    let mut graph = Graph::new();
    let modules: Vec<(String, PathBuf)> = child_files(&root, lib);
    let tops: BTreeSet<String> = modules.iter().map(|(n, _)| n.clone()).collect();
    let src = lib.parent().unwrap_or(Path::new("."));
    for (top, file) in modules {
        let mut stack = vec![(file, 1)];
        while let Some((file, depth)) = stack.pop() {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            let code = without_tests(&code_of(&text));
            let shown = file
                .strip_prefix(src)
                .unwrap_or(&file)
                .display()
                .to_string();
            for name in named_modules(&code, depth) {
                if name != top && tops.contains(&name) {
                    let edges = graph.entry(top.clone()).or_default();
                    edges.entry(name).or_default().insert(shown.clone());
                }
            }
            let children = child_files(&code, &file);
            stack.extend(children.into_iter().map(|(_, f)| (f, depth + 1)));
        }
        graph.entry(top).or_default();
    }
    graph
}

/// Every cycle, as `a -> b -> ... -> a` with the file that makes each edge: one per strongly
/// connected group of modules, found by a depth-first walk from each module in name order.
fn cycles(graph: &Graph) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut in_cycle: BTreeSet<&str> = BTreeSet::new();
    for start in graph.keys() {
        if in_cycle.contains(start.as_str()) {
            continue;
        }
        // Shortest path from `start` back to itself, breadth first.
        let mut previous: BTreeMap<&str, &str> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([start.as_str()]);
        let mut closing = None;
        while let Some(at) = queue.pop_front() {
            for next in graph.get(at).into_iter().flat_map(|e| e.keys()) {
                if next == start {
                    closing = Some(at);
                    break;
                }
                if !previous.contains_key(next.as_str()) {
                    previous.insert(next, at);
                    queue.push_back(next);
                }
            }
            if closing.is_some() {
                break;
            }
        }
        let Some(mut at) = closing else { continue };
        let mut path = vec![start.as_str()];
        while at != start {
            path.push(at);
            at = previous[at];
        }
        path.push(start);
        path.reverse();
        let hops: Vec<String> = path
            .windows(2)
            .map(|w| {
                let files = &graph[w[0]][w[1]];
                let files: Vec<&str> = files.iter().map(String::as_str).collect();
                format!("{} -> {} ({})", w[0], w[1], files.join(", "))
            })
            .collect();
        in_cycle.extend(path.iter().copied());
        found.push(hops.join("; "));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crate_graph() -> Graph {
        graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"))
    }

    #[test]
    fn no_import_cycle_between_top_level_modules() {
        let graph = crate_graph();
        assert!(graph.len() > 10, "the modules were found: {graph:?}");
        let cycles = cycles(&graph);
        assert!(
            cycles.is_empty(),
            "import cycles between modules (move the shared piece to a leaf module or pass it \
             as data):\n{}",
            cycles.join("\n")
        );
    }

    #[test]
    fn leaf_modules_use_nothing_of_the_pipeline() {
        let graph = crate_graph();
        let allowed: &[(&str, &[&str])] = &[
            ("text", &[]),
            ("slug", &[]),
            ("citation", &["slug"]),
            ("error", &[]),
            ("lexicon", &[]),
            ("yaml", &["error"]),
            ("model", &["citation", "lexicon", "text"]),
        ];
        for (leaf, may_use) in allowed {
            let uses: Vec<&str> = graph[*leaf].keys().map(String::as_str).collect();
            let extra: Vec<&&str> = uses.iter().filter(|u| !may_use.contains(u)).collect();
            assert!(
                extra.is_empty(),
                "{leaf} uses {extra:?}: {:?}",
                graph[*leaf]
            );
        }
    }

    #[test]
    fn the_reader_sees_groups_super_and_skips_tests_comments_and_strings() {
        let code = code_of(
            "use crate::{a::X, b, c::{d, e}};\n// crate::f\nlet s = \"crate::g\";\n\
             let r = r#\"crate::h\"#;\nlet c = '{';\n#[cfg(test)]\nmod tests { use crate::i; }\n\
             fn k() { super::super::j::run(); super::sibling(); }\n",
        );
        let code = without_tests(&code);
        let names: Vec<String> = named_modules(&code, 2).into_iter().collect();
        assert_eq!(names, ["a", "b", "c", "j"]);
        let names: Vec<String> = named_modules(&code, 1).into_iter().collect();
        assert_eq!(names, ["a", "b", "c", "j", "sibling"]);
    }

    #[test]
    fn a_cycle_is_named_with_its_files() {
        let mut graph = Graph::new();
        let mut edge = |a: &str, b: &str, f: &str| {
            graph
                .entry(a.to_string())
                .or_default()
                .entry(b.to_string())
                .or_default()
                .insert(f.to_string());
        };
        edge("config", "content", "config.rs");
        edge("content", "config", "content/mod.rs");
        edge("content", "model", "content/mod.rs");
        edge("model", "text", "model.rs");
        graph.entry("text".to_string()).or_default();
        assert_eq!(
            cycles(&graph),
            ["config -> content (config.rs); content -> config (content/mod.rs)"]
        );
    }
}
