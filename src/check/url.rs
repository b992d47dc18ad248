//! Percent-decoding of URL paths and fragments (`%20` -> space, `%D0%A0` -> `Р`).
//!
//! In: the text of a link as written in a page. Out: the decoded text, or `None` when an escape
//! is malformed or the bytes are not UTF-8. A leaf: it uses nothing of the pipeline, so any module
//! (the link checker, the server) may use it.

/// Decodes `%XX` escapes; `None` when an escape is malformed or the bytes are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            // Two hex digits exactly (`from_str_radix` alone would accept "+1").
            if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(decoded).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decode_table() {
        let table = [
            ("a%20b.html", Some("a b.html")),
            ("%D0%A0.html", Some("Р.html")),
            ("plain", Some("plain")),
            ("%zz", None),
            ("%2", None),
            ("%FF", None),
            ("%+1", None),
        ];
        for (text, expected) in table {
            assert_eq!(percent_decode(text).as_deref(), expected, "{text}");
        }
    }
}
