//! Annotated Markdown: YAML front matter and the escaped, linked, paragraph-anchored body.
