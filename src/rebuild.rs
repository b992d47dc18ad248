//! Incremental builds for `dossier serve`.
//!
//! In: the dossier folder, and (for the quick path) the one source file that changed.
//! Out: the output folder, rewritten only where bytes changed.
//!
//! [`Rebuilder::rebuild`] runs the whole pipeline, taking unchanged sources' cleaning and
//! recognition from a [`SourceCache`] (by content key) and rewriting only changed files.
//! [`Rebuilder::quick_page`] answers one edited source first: it cleans and recognises that
//! source alone, links its people to the previous build's officials, and writes only its own
//! page and Markdown, using the previous build's cross-source results (officials,
//! discrepancies, timeline) for links. It declines (and the full rebuild alone answers) when the
//! edit names someone the previous build did not link, or the file is not a known source.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::Path;

use crate::clean::Cleaned;
use crate::error::Result;
use crate::model::{Mention, RawDocument, Sidecar};
use crate::{
    annotate, assemble_source, build_with, clean, content, output, people, render, BuildOptions,
    Dossier, Summary,
};

/// Per-source results that depend only on the source's own file and sidecar: its cleaned text
/// and the people named in it. [`Rebuilder`] keeps them between builds, so that an edit
/// re-cleans and re-recognises only the sources whose content changed; the cross-source stages
/// (resolution, timeline, discrepancies) always run again on the whole dossier.
#[derive(Debug, Default)]
pub struct SourceCache {
    pub(crate) entries: BTreeMap<String, CachedSource>,
    /// Sources taken from the cache by the last analysis.
    pub(crate) reused: usize,
}

/// One source's cached per-source results, valid while its content key is unchanged.
#[derive(Debug)]
pub(crate) struct CachedSource {
    pub(crate) key: u64,
    pub(crate) sidecar: Option<Sidecar>,
    pub(crate) cleaned: Cleaned,
    pub(crate) mentions: Vec<Mention>,
}

/// A key of everything the per-source stages read of a document: its path, text and sidecar.
pub(crate) fn content_key(doc: &RawDocument) -> u64 {
    // SipHash with fixed keys: the same content gives the same key within one `serve` process,
    // which is all the cache needs (it is never written to disk).
    let mut hasher = std::hash::DefaultHasher::new();
    doc.path.hash(&mut hasher);
    doc.text.hash(&mut hasher);
    format!("{:?}", doc.sidecar).hash(&mut hasher);
    hasher.finish()
}

/// Incremental builds of one dossier, for `dossier serve`: the first build replaces the output
/// like [`crate::build`]; later ones take unchanged sources' per-source analysis from a
/// [`SourceCache`], re-run the cross-source stages, and rewrite in place only the files whose
/// bytes changed.
#[derive(Debug)]
pub struct Rebuilder {
    options: BuildOptions,
    cache: SourceCache,
    /// The last good build's analysis (for [`Rebuilder::quick_page`]).
    last: Option<Dossier>,
}

impl Rebuilder {
    /// A rebuilder for `options`; nothing is built until [`Rebuilder::rebuild`].
    pub fn new(options: BuildOptions) -> Self {
        Rebuilder {
            options,
            cache: SourceCache::default(),
            last: None,
        }
    }

    /// Builds again; a failed build leaves the cache and the output of the last good one.
    pub fn rebuild(&mut self) -> Result<Summary> {
        let mode = if self.last.is_some() {
            output::Mode::InPlace
        } else {
            output::Mode::Swap
        };
        let (summary, dossier) = build_with(&self.options, Some(&mut self.cache), mode)?;
        self.last = Some(dossier);
        Ok(summary)
    }

    /// The quick answer to an edit of the one source file `changed`: writes that source's page
    /// and Markdown from the previous build's cross-source results, and returns the page's path
    /// relative to the output (`sources/SLUG.html`). `None` when it does not apply: no previous
    /// build, not a known source, content unchanged, a person the previous build did not link,
    /// or any problem (the full [`Rebuilder::rebuild`] that follows reports it).
    pub fn quick_page(&mut self, changed: &Path) -> Option<String> {
        let root = self.options.root.canonicalize().ok()?;
        let display = content::relative_display(&root, changed);
        let last = self.last.as_mut()?;
        let index = last.sources.iter().position(|s| s.path == display)?;
        let cached = self.cache.entries.get(&last.sources[index].slug)?;
        let mut warnings = Vec::new();
        let text = content::read_text_in(&root, changed, &display, &mut warnings).ok()?;
        let doc = RawDocument {
            slug: last.sources[index].slug.clone(),
            path: display,
            text,
            sidecar: cached.sidecar.clone(),
            sidecar_path: last.sources[index].sidecar_path.clone(),
        };
        if content_key(&doc) == cached.key || doc.text.trim().is_empty() {
            return None;
        }
        let cleaned = clean::clean(&doc, &people::Recogniser);
        let mentions = people::recognise(&cleaned.paragraphs);
        let assigned = link_to_known_officials(last, index, &mentions)?;
        let record = assemble_source(&doc, cleaned, mentions, assigned);
        let previous = std::mem::replace(&mut last.sources[index], record);
        let written = write_source_page(last, index, &self.options);
        if written.is_none() {
            last.sources[index] = previous;
        }
        written
    }
}

/// Each mention's official, taken from the previous build: a surface spelled exactly as one
/// official's known spelling links to that official; one the previous version of this source
/// already left unlinked stays unlinked. `None` when a mention is neither (a new person or
/// spelling, which could change the set of officials and so the links).
fn link_to_known_officials(
    last: &Dossier,
    index: usize,
    mentions: &[Mention],
) -> Option<Vec<Option<String>>> {
    let mut by_spelling: BTreeMap<&str, Option<&str>> = BTreeMap::new();
    for official in &last.officials {
        for spelling in &official.spellings {
            by_spelling
                .entry(spelling.text.as_str())
                .and_modify(|slug| {
                    if *slug != Some(official.slug.as_str()) {
                        *slug = None;
                    }
                })
                .or_insert(Some(official.slug.as_str()));
        }
    }
    let before = &last.sources[index];
    let unlinked_before = |surface: &str| {
        before
            .mentions
            .iter()
            .any(|m| m.surface == surface && m.official.is_none())
    };
    mentions
        .iter()
        .map(|m| match by_spelling.get(m.surface.as_str()) {
            Some(Some(slug)) => Some(Some((*slug).to_string())),
            _ if unlinked_before(&m.surface) => Some(None),
            _ => None,
        })
        .collect()
}

/// Annotates and renders the source at `index` of `dossier` and writes its files in place;
/// the page's relative path, or `None` on any problem.
fn write_source_page(dossier: &Dossier, index: usize, options: &BuildOptions) -> Option<String> {
    let theme = render::Theme::load(&dossier.root).ok()?;
    let one = std::slice::from_ref(dossier.sources.get(index)?);
    let annotated = annotate::annotate(one, &dossier.officials, &theme.templates).ok()?;
    let file = annotated.first()?;
    let files = render::source_page(dossier, file, &theme, options.live_reload).ok()?;
    let mut page = None;
    for (relative, bytes) in files {
        output::write_one_in_place(&options.out, &relative, &bytes).ok()?;
        if relative.ends_with(".html") {
            page = Some(relative);
        }
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build;

    /// Every file under `dir`: relative path to what `read` gives for it.
    fn each_file<T>(dir: &Path, read: impl Fn(&Path) -> T) -> BTreeMap<String, T> {
        walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let relative = e.path().strip_prefix(dir).unwrap().display().to_string();
                (relative, read(e.path()))
            })
            .collect()
    }

    /// Every file under `dir`, relative path to bytes.
    fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
        each_file(dir, |p| std::fs::read(p).unwrap())
    }

    fn write_source(root: &Path, name: &str, text: &str) {
        std::fs::write(root.join("content/sources").join(name), text).unwrap();
    }

    #[test]
    fn an_edit_reanalyses_one_source_and_rewrites_only_changed_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content/sources")).unwrap();
        for (name, who) in [
            ("a.txt", "Ivan Petrov"),
            ("b.txt", "Anna Smith"),
            ("c.txt", "Lee Kim"),
        ] {
            let text = format!("Talks resume\n\nMinister {who} said: \"We are ready to talk.\"\n");
            write_source(root, name, &text);
        }
        let mut rebuilder = Rebuilder::new(BuildOptions::new(root));
        let first = rebuilder.rebuild().unwrap();
        assert_eq!(
            (first.sources_reused, first.files_changed),
            (0, first.files)
        );

        let unchanged = rebuilder.rebuild().unwrap();
        assert_eq!(unchanged.sources_reused, 3);
        assert_eq!(
            unchanged.files_changed, 0,
            "an unchanged dossier rewrote files"
        );

        write_source(
            root,
            "b.txt",
            "Talks resume\n\nMinister Anna Smith said: \"We are not ready.\"\n",
        );
        let edited = rebuilder.rebuild().unwrap();
        assert_eq!(edited.sources_reused, 2);
        assert!(edited.files_changed > 0 && edited.files_changed < edited.files);
        let page = std::fs::read_to_string(root.join("public/sources/b.html")).unwrap();
        assert!(page.contains("We are not ready."));

        // The incremental output is byte for byte what a fresh build writes.
        let fresh = root.join("fresh");
        build(&BuildOptions {
            out: fresh.clone(),
            ..BuildOptions::new(root)
        })
        .unwrap();
        assert_eq!(files(&root.join("public")), files(&fresh));
    }

    /// Every file under `dir`, relative path to modification time.
    fn mtimes(dir: &Path) -> BTreeMap<String, std::time::SystemTime> {
        each_file(dir, |p| std::fs::metadata(p).unwrap().modified().unwrap())
    }

    #[test]
    fn an_edit_rewrites_its_own_page_first_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content/sources")).unwrap();
        for name in ["a.txt", "b.txt"] {
            let text = "Talks resume\n\nMinister Ivan Petrov said: \"We are ready.\"\n";
            write_source(root, name, text);
        }
        let mut rebuilder = Rebuilder::new(BuildOptions::new(root));
        rebuilder.rebuild().unwrap();
        let out = root.join("public");
        let before = mtimes(&out);
        // Unchanged content: neither the quick path nor the full rebuild writes a file.
        let b = root.join("content/sources/b.txt");
        assert_eq!(rebuilder.quick_page(&b), None);
        assert_eq!(rebuilder.rebuild().unwrap().files_changed, 0);
        assert_eq!(mtimes(&out), before, "an unchanged rebuild touched files");

        std::thread::sleep(std::time::Duration::from_millis(20));
        let edited = "Talks resume\n\nMinister Ivan Petrov said: \"We are not ready.\"\n";
        write_source(root, "b.txt", edited);
        assert_eq!(rebuilder.quick_page(&b).as_deref(), Some("sources/b.html"));
        let page = std::fs::read_to_string(out.join("sources/b.html")).unwrap();
        assert!(page.contains("We are not ready."));
        assert!(page.contains("../officials/ivan-petrov.html"), "{page}");
        let after = mtimes(&out);
        let touched: Vec<&String> = after.keys().filter(|f| after[*f] != before[*f]).collect();
        assert_eq!(touched, ["sources/b.html", "sources/b.md"]);

        // The full rebuild then makes the output what a fresh build writes.
        rebuilder.rebuild().unwrap();
        let fresh = root.join("fresh");
        build(&BuildOptions {
            out: fresh.clone(),
            ..BuildOptions::new(root)
        })
        .unwrap();
        assert_eq!(files(&out), files(&fresh));
    }

    #[test]
    fn a_new_person_skips_the_quick_page() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content/sources")).unwrap();
        write_source(
            root,
            "a.txt",
            "Talks\n\nMinister Ivan Petrov said: \"Yes.\"\n",
        );
        let mut rebuilder = Rebuilder::new(BuildOptions::new(root));
        rebuilder.rebuild().unwrap();
        write_source(
            root,
            "a.txt",
            "Talks\n\nMinister Anna Smith said: \"No.\"\n",
        );
        assert_eq!(
            rebuilder.quick_page(&root.join("content/sources/a.txt")),
            None
        );
    }
}
