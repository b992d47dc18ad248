//! Reading one input file safely: only regular files, symbolic links only when they stay inside
//! the dossier, a size limit, and the encoding named (legacy Russian encodings and UTF-16 with a
//! byte-order mark decoded with a warning).
//!
//! # Method
//!
//! The file's metadata is read without following links first. A link is resolved and must end
//! inside the dossier's folder; a link that leaves it is refused without opening the target, so
//! nothing of the target's contents can appear in a message. Anything that is not a regular file
//! (a pipe, a socket, a device) is refused before it is opened, so a FIFO cannot block the build.
//! Text that is not UTF-8 is decoded when it has a UTF-16 byte-order mark, or when `chardetng`
//! (the detector Firefox uses) recognises a Cyrillic legacy encoding; any other guess is named in
//! the error with the `iconv` command that converts it. NUL bytes are removed with a warning.

use std::path::Path;

use encoding_rs::{Encoding, IBM866, KOI8_R, KOI8_U, UTF_16BE, UTF_16LE, WINDOWS_1251};
use unicode_normalization::UnicodeNormalization;

use crate::error::Problem;

/// The largest file dossier reads (8 MiB, far above any article or editorial file).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Legacy encodings decoded with a warning rather than refused: the ones Russian-language
/// sources still come in.
const DECODED_LEGACY: [&Encoding; 4] = [WINDOWS_1251, KOI8_R, KOI8_U, IBM866];

/// A file's text and what the editor should know about how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The text, NFC-normalised, with `\n` line endings and no byte-order mark.
    pub text: String,
    /// Warnings (a legacy encoding decoded, NUL bytes removed), each naming the file.
    pub warnings: Vec<String>,
}

/// Reads `path` (inside the dossier `root`) as text; `display` names it in messages.
pub fn read_in(root: &Path, path: &Path, display: &str) -> Result<Text, Problem> {
    check_inside(root, path, display)?;
    read_file(path, display)
}

/// Reads `path` as text, wherever it is (for files outside a dossier, such as the evaluation
/// corpus): only a regular file, within the size limit, its encoding decoded or named.
pub fn read_file(path: &Path, display: &str) -> Result<Text, Problem> {
    let meta = std::fs::metadata(path).map_err(|e| unreadable(display, &e))?;
    if !meta.is_file() {
        return Err(Problem::at(
            display,
            None,
            "this is not a regular file (a pipe, a socket, a device or a folder); dossier reads \
             only regular files",
            "replace it with an ordinary file, or move it out of the dossier",
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(display, meta.len()));
    }
    let bytes = std::fs::read(path).map_err(|e| unreadable(display, &e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(display, bytes.len() as u64));
    }
    decode(&bytes, display)
}

/// Decodes bytes read from `display` (see the module's method).
pub fn decode(bytes: &[u8], display: &str) -> Result<Text, Problem> {
    let mut warnings = Vec::new();
    let text = if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if encoding == UTF_16LE || encoding == UTF_16BE {
            warnings.push(format!(
                "{display}: read as {} (it has a UTF-16 byte-order mark); save it as UTF-8 to \
                 be sure of it: iconv -f UTF-16 -t UTF-8",
                encoding.name()
            ));
        }
        text.into_owned()
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(e) => decode_legacy(bytes, e.valid_up_to(), display, &mut warnings)?,
        }
    };
    let nuls = text.matches('\0').count();
    if nuls > 0 {
        warnings.push(format!(
            "{display}: {nuls} NUL byte(s) removed; the file may be damaged or not text"
        ));
    }
    let text = text.replace('\0', "");
    Ok(Text {
        text: text
            .replace("\r\n", "\n")
            .replace('\r', "\n")
            .nfc()
            .collect(),
        warnings,
    })
}

/// Text that is not UTF-8: decoded when it is a Cyrillic legacy encoding, else an error naming
/// the encoding it most likely is.
fn decode_legacy(
    bytes: &[u8],
    valid_up_to: usize,
    display: &str,
    warnings: &mut Vec<String>,
) -> Result<String, Problem> {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let mut guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, _, had_errors) = guess.decode(bytes);
    // chardetng answers KOI8-U for both KOI8 variants (KOI8-U decodes KOI8-R text the same);
    // without a letter only Ukrainian has, the file is KOI8-R.
    if guess == KOI8_U && !text.contains(['І', 'і', 'Ї', 'ї', 'Є', 'є', 'Ґ', 'ґ']) {
        guess = KOI8_R;
    }
    if DECODED_LEGACY.contains(&guess) && !had_errors {
        warnings.push(format!(
            "{display}: not UTF-8; read as {} (detected); save it as UTF-8 to be sure of it: \
             iconv -f {} -t UTF-8",
            guess.name(),
            guess.name()
        ));
        return Ok(text.into_owned());
    }
    let valid = &bytes[..valid_up_to];
    let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = String::from_utf8_lossy(valid)
        .chars()
        .rev()
        .take_while(|&c| c != '\n')
        .count()
        + 1;
    Err(Problem::at(
        display,
        Some(line),
        format!(
            "the file is not valid UTF-8 (it looks like {})",
            guess.name()
        ),
        format!(
            "save the file as UTF-8 (for example: iconv -f {} -t UTF-8)",
            guess.name()
        ),
    )
    .with_column(Some(column)))
}

/// A symbolic link (anywhere on the path) must resolve inside `root`.
fn check_inside(root: &Path, path: &Path, display: &str) -> Result<(), Problem> {
    let (Ok(root), Ok(resolved)) = (root.canonicalize(), path.canonicalize()) else {
        // A dangling link or a missing file: reading it reports the error.
        return Ok(());
    };
    if resolved.starts_with(&root) {
        return Ok(());
    }
    Err(Problem::at(
        display,
        None,
        "this is a symbolic link to a file outside the dossier; dossier follows links only \
         inside the dossier's folder, and did not read it",
        "copy the file into the dossier instead of linking to it",
    ))
}

fn unreadable(display: &str, e: &std::io::Error) -> Problem {
    Problem::at(
        display,
        None,
        format!("cannot read the file: {e}"),
        "check that the file exists and is readable",
    )
}

fn too_large(display: &str, bytes: u64) -> Problem {
    Problem::at(
        display,
        None,
        format!(
            "the file is {:.1} MiB; dossier reads files of up to {} MiB",
            bytes as f64 / (1024.0 * 1024.0),
            MAX_FILE_BYTES / (1024 * 1024)
        ),
        "split it into several files, or remove what is not the article's text",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn koi8_r_and_windows_1251_are_decoded_and_named() {
        let russian = "Министр обороны Белоруссии заявил, что переговоры продолжаются.\n";
        for encoding in [KOI8_R, WINDOWS_1251] {
            let (bytes, _, _) = encoding.encode(russian);
            let read = decode(&bytes, "a.txt").unwrap();
            assert_eq!(read.text, russian);
            assert!(
                read.warnings[0].contains(encoding.name()),
                "{:?}",
                read.warnings
            );
        }
    }

    #[test]
    fn utf16_with_a_bom_is_decoded_and_nul_bytes_removed() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Hi\0 there".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        let read = decode(&bytes, "a.txt").unwrap();
        assert_eq!(read.text, "Hi there");
        assert_eq!(read.warnings.len(), 2);
    }

    #[test]
    fn latin_legacy_text_is_an_error_naming_its_encoding() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("Caf\u{e9} cr\u{e8}me, na\u{ef}ve");
        let problem = decode(&bytes, "a.txt").unwrap_err();
        assert!(
            problem.message.contains("windows-1252"),
            "{}",
            problem.message
        );
    }
}
