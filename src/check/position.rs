//! Positions in a page's text: where a start tag begins, where each of its values starts, and
//! the line and column of a byte offset.
//!
//! In: the page's text and the byte offsets of tag ends (from [`super::html`]). Out: byte
//! offsets, and 1-based lines and columns (in characters). Decides nothing about what is a tag
//! or an attribute: html5ever does; this only finds again in the text what it read.

/// Where the start tag that ends at `end` begins: the first `<` followed by a letter after the
/// previous boundary (text between tags cannot hold one: it would have opened a tag).
pub(super) fn tag_start(html: &str, previous_end: usize, end: usize) -> usize {
    let region = &html.as_bytes()[previous_end..end];
    region
        .windows(2)
        .position(|pair| pair[0] == b'<' && pair[1].is_ascii_alphabetic())
        .map_or(previous_end, |i| previous_end + i)
}

/// The attributes written in the text of one start tag (`<a href="x" id=y hidden>`): each
/// name, lower case, with the offset of its value (of the name for a bare attribute).
pub(super) fn locate(tag: &str) -> Vec<(String, usize)> {
    let bytes = tag.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let skip = |mut i: usize, while_: &dyn Fn(u8) -> bool| {
        while i < bytes.len() && while_(bytes[i]) {
            i += 1;
        }
        i
    };
    // The tag name.
    let mut i = skip(1, &|b| !is_space(b) && b != b'/' && b != b'>');
    let mut found = Vec::new();
    loop {
        i = skip(i, &|b| is_space(b) || b == b'/');
        if i >= bytes.len() || bytes[i] == b'>' {
            return found;
        }
        // A name: its first character may be '=' (the spec reads it as part of the name).
        let name_start = i;
        i = skip(i + 1, &|b| !is_space(b) && !matches!(b, b'/' | b'>' | b'='));
        let name = tag[name_start..i].to_ascii_lowercase();
        let after_name = skip(i, &is_space);
        if bytes.get(after_name) != Some(&b'=') {
            found.push((name, name_start));
            continue;
        }
        i = skip(after_name + 1, &is_space);
        match bytes.get(i) {
            Some(&quote) if quote == b'"' || quote == b'\'' => {
                found.push((name, i + 1));
                i = skip(i + 1, &|b| b != quote) + 1;
            }
            _ => {
                found.push((name, i));
                i = skip(i, &|b| !is_space(b) && b != b'>');
            }
        }
    }
}

/// Line starts of a text, to turn byte offsets into 1-based lines and columns (in characters).
pub(super) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, starts }
    }

    pub(super) fn line_column(&self, offset: usize) -> (usize, usize) {
        let index = self.starts.partition_point(|&start| start <= offset);
        let line_start = self.starts[index.saturating_sub(1)];
        let column = self
            .text
            .get(line_start..offset)
            .map_or(1, |s| s.chars().count() + 1);
        (index, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_finds_each_value_after_its_name() {
        let located = locate("<a title='href=x' href = y data-x=\"\" b>");
        assert_eq!(
            located,
            vec![
                ("title".to_string(), 10),
                ("href".to_string(), 25),
                ("data-x".to_string(), 35),
                ("b".to_string(), 37),
            ]
        );
    }

    #[test]
    fn a_tag_starts_at_the_first_less_than_sign_followed_by_a_letter() {
        let html = "</p>a < b <em x=1>";
        assert_eq!(tag_start(html, 4, html.len()), 10);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let index = LineIndex::new("ab\nРР<a");
        assert_eq!(index.line_column(0), (1, 1));
        assert_eq!(index.line_column(3), (2, 1));
        assert_eq!(index.line_column(7), (2, 3));
    }
}
