//! Build script: embeds the default theme and precompiles syntect's data.
//!
//! 1. Writes `default_theme.rs` into `OUT_DIR`: every file under `templates/` and `static/` as
//!    `include_str!`/`include_bytes!` entries, so that the binary can build a dossier outside
//!    this repository (a dossier's own `templates/` and `static/` override single files).
//! 2. Dumps syntect's default syntax set (`syntaxes.packdump`), so that the binary loads it
//!    without parsing the `.sublime-syntax` sources at run time.
//! 3. Writes `highlight.css`, the class-based stylesheet for the highlighted Markdown view (no
//!    inline styles in the pages).
//! 4. Writes `rsmorphy_dict.rs`: the files of the `rsmorphy-dict-ru` dictionary (which that crate
//!    keeps in the cargo registry) as `include_bytes!` entries, and an identifier made of their
//!    names and sizes, so that the binary carries the dictionary and `people::morph` unpacks it
//!    once into a cache folder when it runs outside this machine.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use syntect::dumps::dump_to_uncompressed_file;
use syntect::highlighting::ThemeSet;
use syntect::html::{css_for_theme_with_class_style, ClassStyle};
use syntect::parsing::SyntaxSet;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR")?);
    let out = PathBuf::from(env::var("OUT_DIR")?);
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=templates");
    println!("cargo:rerun-if-changed=static");

    let mut theme = String::from("/// Default templates: (name, text).\n");
    theme.push_str("pub(crate) const TEMPLATES: &[(&str, &str)] = &[\n");
    for (name, path) in files_under(&manifest.join("templates"))? {
        writeln!(theme, "    ({name:?}, include_str!({:?})),", path.display())?;
    }
    theme.push_str("];\n/// Default static files: (relative path, bytes).\n");
    theme.push_str("pub(crate) const STATIC: &[(&str, &[u8])] = &[\n");
    for (name, path) in files_under(&manifest.join("static"))? {
        writeln!(
            theme,
            "    ({name:?}, include_bytes!({:?})),",
            path.display()
        )?;
    }
    theme.push_str("];\n");
    fs::write(out.join("default_theme.rs"), theme)?;

    let syntaxes = SyntaxSet::load_defaults_newlines();
    dump_to_uncompressed_file(&syntaxes, out.join("syntaxes.packdump"))?;

    let themes = ThemeSet::load_defaults();
    let light = themes
        .themes
        .get("InspiredGitHub")
        .ok_or("syntect has no InspiredGitHub theme")?;
    let css = css_for_theme_with_class_style(light, ClassStyle::Spaced)?;
    fs::write(out.join("highlight.css"), css)?;

    write_morphology_dictionary(&out)?;
    Ok(())
}

/// Writes `rsmorphy_dict.rs` (see the module docs, step 4).
fn write_morphology_dictionary(out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let dict = Path::new(rsmorphy_dict_ru::DICT_PATH);
    println!("cargo:rerun-if-changed={}", dict.display());
    let mut files = files_under(dict)?;
    files.retain(|(name, _)| !name.contains('/'));
    let mut code = String::from("/// The morphology dictionary's files: (file name, bytes).\n");
    code.push_str("pub(crate) const FILES: &[(&str, &[u8])] = &[\n");
    let mut id = 0u64;
    for (name, path) in &files {
        let len = fs::metadata(path)?.len();
        id = id.wrapping_mul(31).wrapping_add(len);
        writeln!(
            code,
            "    ({name:?}, include_bytes!({:?})),",
            path.display()
        )?;
    }
    code.push_str("];\n");
    writeln!(
        code,
        "/// Names the dictionary's version (its file count and sizes), for the cache folder.\npub(crate) const ID: &str = \"{}-{id:x}\";",
        files.len()
    )?;
    fs::write(out.join("rsmorphy_dict.rs"), code)?;
    Ok(())
}

/// Every file under `dir`, as (path relative to `dir` with forward slashes, absolute path),
/// sorted so that the generated code is deterministic.
fn files_under(dir: &Path) -> std::io::Result<Vec<(String, PathBuf)>> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        if !current.is_dir() {
            continue;
        }
        for entry in fs::read_dir(&current)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(relative) = path.strip_prefix(dir) {
                let name = relative.to_string_lossy().replace('\\', "/");
                files.push((name, path.canonicalize()?));
            }
        }
    }
    files.sort();
    Ok(files)
}
