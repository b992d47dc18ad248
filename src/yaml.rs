//! Editorial YAML, read with positions: a check of every file before serde types it (alias
//! expansion bounded, duplicate keys reported at the duplicate), the line of a key's value, and
//! serde's errors as [`Problem`]s with line, column and a "did you mean" hint, and front matter
//! (`---` YAML `---` body) split from its body.
//!
//! In: YAML text and the file's name. Out: `Result<(), Problem>`, line numbers, `Problem`s.
//! Must not: know any dossier file's fields or read files; it is a leaf that `config`, `content`,
//! `people` and `annotate` use.
//!
//! # Method
//!
//! The text is read as a stream of events by `saphyr-parser`, which keeps the line and column of
//! each. Every node's size (the values it holds once its aliases are expanded) is counted as it
//! closes; an anchor remembers its node's size, and each alias adds that size again. A document
//! whose aliases would expand past [`MAX_ALIAS_EXPANSION`] values is refused at the alias that
//! crossed the limit, before serde builds anything (the "billion laughs" and "20 KB anchor
//! repeated" attacks take gigabytes otherwise). A mapping key seen twice is reported at its
//! second occurrence, with the line of the first. Syntax errors are left to serde, which reports
//! them with their own line and column.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, Span};

use crate::error::Problem;

/// The most values that aliases may add to one document (editorial files use few aliases, if
/// any; ten thousand is far above any real use and far below what exhausts memory).
pub const MAX_ALIAS_EXPANSION: u64 = 10_000;

/// One open collection while the events stream.
struct Frame {
    /// Values held so far (expanded), this collection counting as one.
    size: u64,
    /// The anchor the collection carries (0: none).
    anchor: usize,
    /// For a mapping: the keys seen, with their line; `None` for a sequence.
    keys: Option<HashMap<String, usize>>,
    /// For a mapping: whether the next node is a key.
    expecting_key: bool,
}

/// Checks `text` (the YAML of `file`; `first_line` is the file's line on which it starts).
pub fn check(text: &str, file: &str, first_line: usize) -> Result<(), Problem> {
    let mut anchors: HashMap<usize, u64> = HashMap::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut expanded: u64 = 0;
    for item in Parser::new_from_str(text) {
        let Ok((event, span)) = item else {
            return Ok(()); // a syntax error: serde reports it
        };
        let line = span.start.line() + first_line - 1;
        let node = match event {
            Event::Scalar(value, _, anchor, _) => {
                if let Some(frame) = stack.last_mut() {
                    check_key(frame, &value, line, &span, file)?;
                }
                remember(&mut anchors, anchor, 1);
                Some(1)
            }
            Event::Alias(anchor) => {
                let size = anchors.get(&anchor).copied().unwrap_or(1);
                expanded = expanded.saturating_add(size);
                if expanded > MAX_ALIAS_EXPANSION {
                    return Err(amplified(file, line, &span));
                }
                Some(size)
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                let is_map = matches!(event, Event::MappingStart(..));
                stack.push(Frame {
                    size: 1,
                    anchor,
                    keys: is_map.then(HashMap::new),
                    expecting_key: is_map,
                });
                None
            }
            Event::SequenceEnd | Event::MappingEnd => stack.pop().map(|frame| {
                remember(&mut anchors, frame.anchor, frame.size);
                frame.size
            }),
            _ => None,
        };
        if let (Some(size), Some(parent)) = (node, stack.last_mut()) {
            parent.size = parent.size.saturating_add(size);
            if parent.keys.is_some() {
                parent.expecting_key = !parent.expecting_key;
            }
        }
    }
    Ok(())
}

fn remember(anchors: &mut HashMap<usize, u64>, anchor: usize, size: u64) {
    if anchor != 0 {
        anchors.insert(anchor, size);
    }
}

/// A scalar in key position of a mapping: an error if the mapping already has that key.
fn check_key(
    frame: &mut Frame,
    key: &str,
    line: usize,
    span: &Span,
    file: &str,
) -> Result<(), Problem> {
    if !frame.expecting_key {
        return Ok(());
    }
    let Some(keys) = frame.keys.as_mut() else {
        return Ok(());
    };
    if let Some(first) = keys.get(key) {
        return Err(Problem::at(
            file,
            Some(line),
            format!("the key {key:?} appears twice in the same block (first on line {first})"),
            "keep one of the two; YAML would silently use only one of them",
        )
        .with_column(Some(span.start.col() + 1)));
    }
    keys.insert(key.to_string(), line);
    Ok(())
}

fn amplified(file: &str, line: usize, span: &Span) -> Problem {
    Problem::at(
        file,
        Some(line),
        format!(
            "the aliases (*name) in this file would expand it past {MAX_ALIAS_EXPANSION} values; \
             dossier refuses it rather than run out of memory"
        ),
        "write the values out instead of repeating a large anchor (&name) with aliases",
    )
    .with_column(Some(span.start.col() + 1))
}

/// The 1-based line on which the value of top-level key `key` starts in YAML `text` (the line
/// after the key for a block scalar `key: |`), or 1 when the key is absent.
pub fn value_line(text: &str, key: &str) -> usize {
    let prefix = format!("{key}:");
    text.lines()
        .position(|l| l.starts_with(&prefix))
        .map(|i| {
            let rest = text.lines().nth(i).unwrap_or("")[prefix.len()..].trim();
            if rest.starts_with(['|', '>']) || rest.is_empty() {
                i + 2
            } else {
                i + 1
            }
        })
        .unwrap_or(1)
}

/// A YAML error as a [`Problem`] with its line and column.
pub fn yaml_problem(file: &str, error: &serde_yaml::Error, help: &str) -> Problem {
    let location = error.location();
    let message = error.to_string();
    let hint = unknown_field_hint(&message);
    Problem::at(
        file,
        location.as_ref().map(|l| l.line()),
        format!("cannot read the YAML: {message}{hint}"),
        help,
    )
    .with_column(location.map(|l| l.column()))
}

/// "; did you mean `title`?" for serde's "unknown field `titel`, expected one of `title`, ...".
pub fn unknown_field_hint(message: &str) -> String {
    let Some(rest) = message.split("unknown field `").nth(1) else {
        return String::new();
    };
    let Some((field, expected)) = rest.split_once('`') else {
        return String::new();
    };
    let candidates: Vec<String> = expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    crate::error::did_you_mean(field, &candidates)
}

/// Splits `---\nYAML\n---\nbody` into the YAML, the body and the body's first line number.
pub fn split_front_matter(text: &str) -> Option<(&str, &str, usize)> {
    let rest = text.strip_prefix("---\n")?;
    let mut offset = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            return Some((yaml, body, i + 3));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alias_amplification_is_refused_at_the_alias() {
        let big: Vec<String> = (0..200).map(|i| format!("v{i}")).collect();
        let aliases = vec!["*x"; 100].join(", ");
        let text = format!("a: &x [{}]\nb: [{aliases}]\n", big.join(", "));
        let problem = check(&text, "f.yaml", 1).unwrap_err();
        assert_eq!(problem.line, Some(2));
        assert!(problem.message.contains("expand"), "{}", problem.message);
    }

    #[test]
    fn nested_aliases_count_their_expansion() {
        let mut text = String::from("l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
        for i in 1..8 {
            let prev = format!("*l{}", i - 1);
            text.push_str(&format!(
                "l{i}: &l{i} [{}]\n",
                [prev.as_str(); 10].join(", ")
            ));
        }
        assert!(check(&text, "f.yaml", 1).is_err());
    }

    #[test]
    fn a_few_aliases_and_plain_documents_pass() {
        assert!(check("a: &x [1, 2]\nb: *x\nc: {d: *x}\n", "f.yaml", 1).is_ok());
        assert!(check("- slug: a\n  name: A\n- slug: b\n  name: B\n", "f.yaml", 1).is_ok());
    }

    #[test]
    fn a_duplicate_key_is_reported_at_the_duplicate() {
        let problem = check("title: a\nnotes: x\ntitle: b\n", "f.yaml", 1).unwrap_err();
        assert_eq!(problem.line, Some(3));
        assert!(
            problem.message.contains("first on line 1"),
            "{}",
            problem.message
        );
        // The same key in two list items is no duplicate.
        assert!(check("- slug: a\n- slug: b\n", "f.yaml", 1).is_ok());
    }
}
