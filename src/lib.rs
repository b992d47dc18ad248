//! `dossier`: a static site generator for research dossiers.
//!
//! The pipeline, one module per stage, plain data between them:
//!
//! ```text
//! content/ --content--> RawDocument --clean--> paragraphs, removed lines, metadata
//!   --people::recognise / quotes::detect / dates--> mentions, quotes, dates (per source, parallel)
//!   --people::resolve--> officials      --analysis--> timeline events, discrepancies
//!   --annotate--> annotated Markdown per source --render--> HTML site, search index, exports
//! ```
#![warn(missing_docs, unreachable_pub)]

pub mod analysis;
pub mod annotate;
pub mod check;
pub mod citation;
pub mod clean;
pub mod config;
pub mod content;
pub mod dates;
pub mod error;
pub mod evaluate;
pub mod lexicon;
pub mod model;
pub mod output;
pub mod people;
pub mod quotes;
pub mod rebuild;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod slug;
pub mod text;
pub mod verbs;
pub mod yaml;

#[cfg(test)]
mod import_graph;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::clean::Cleaned;
use crate::config::Config;
use crate::content::notes::Note;
use crate::error::Result;
use crate::model::{Discrepancy, Event, Mention, Official, RawDocument, SourceMeta, SourceRecord};
use crate::rebuild::content_key;
pub use crate::rebuild::{Rebuilder, SourceCache};

/// What to build and where.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The dossier folder (holds `content/`).
    pub root: PathBuf,
    /// The output folder (defaults to `ROOT/public`).
    pub out: PathBuf,
    /// Add the live-reload script to every page (used by `dossier serve` only).
    pub live_reload: bool,
}

impl BuildOptions {
    /// Options for building `root` into `root/public`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        let root = root.into();
        BuildOptions {
            out: root.join("public"),
            root,
            live_reload: false,
        }
    }
}

/// How long each stage of a build took, in pipeline order (`dossier build --timings`).
#[derive(Debug, Clone, Default)]
pub struct Timings {
    /// (stage name, wall-clock time) in the order the stages ran.
    pub stages: Vec<(&'static str, Duration)>,
}

impl Timings {
    /// Records that `stage` ran from `started` until now, and restarts the clock.
    fn lap(&mut self, stage: &'static str, started: &mut Instant) {
        self.stages.push((stage, started.elapsed()));
        *started = Instant::now();
    }
}

/// Everything known about a dossier after analysis: the input of rendering.
#[derive(Debug, Clone)]
pub struct Dossier {
    /// The dossier folder (for theme overrides).
    pub root: PathBuf,
    /// Site settings.
    pub config: Config,
    /// The sources, sorted by slug.
    pub sources: Vec<SourceRecord>,
    /// The officials, sorted by slug.
    pub officials: Vec<Official>,
    /// The timeline, in chronological order.
    pub events: Vec<Event>,
    /// Machine-found discrepancies.
    pub discrepancies: Vec<Discrepancy>,
    /// Editorial notes.
    pub notes: Vec<Note>,
    /// Warnings for the editor.
    pub warnings: Vec<String>,
    /// A ready-to-paste registry snippet for people found but not registered.
    pub registry_snippet: Option<String>,
    /// How long each analysis stage took.
    pub timings: Timings,
    /// The registry as the editor wrote it (its notes and cited roles are shown as editorial).
    pub registry: people::Registry,
}

/// What a build did, for the summary line.
#[derive(Debug, Clone)]
pub struct Summary {
    /// Number of sources.
    pub sources: usize,
    /// Number of officials.
    pub officials: usize,
    /// Number of timeline events.
    pub events: usize,
    /// Number of discrepancies (machine-found and editorial).
    pub discrepancies: usize,
    /// The site's address from `dossier.yaml`, when set: `sitemap.xml`, `feed.xml`, canonical
    /// links and OpenGraph tags are written only with it.
    pub base_url: Option<String>,
    /// Sources whose cleaning and recognition were taken from the cache of an earlier build
    /// (see [`Rebuilder`]); 0 for a plain build.
    pub sources_reused: usize,
    /// Files whose bytes changed (every file for a plain build).
    pub files_changed: usize,
    /// Number of files written.
    pub files: usize,
    /// Warnings for the editor.
    pub warnings: Vec<String>,
    /// A ready-to-paste registry snippet for people found but not registered.
    pub registry_snippet: Option<String>,
    /// Wall-clock time of the build.
    pub elapsed: Duration,
    /// How long each stage took.
    pub timings: Timings,
}

/// Reads and analyses the dossier at `root` without writing anything.
pub fn analyse(root: &Path) -> Result<Dossier> {
    analyse_cached(root, None)
}

/// [`analyse`], taking unchanged sources' cleaning and recognition from `cache` (and refreshing
/// it) when one is given.
pub(crate) fn analyse_cached(root: &Path, cache: Option<&mut SourceCache>) -> Result<Dossier> {
    let mut timings = Timings::default();
    let mut clock = Instant::now();
    let content = content::load(root)?;
    timings.lap("load", &mut clock);
    let keys: Vec<u64> = content.documents.par_iter().map(content_key).collect();
    let hits: Vec<Option<&rebuild::CachedSource>> = content
        .documents
        .iter()
        .zip(&keys)
        .map(|(doc, key)| {
            cache
                .as_deref()
                .and_then(|c| c.entries.get(&doc.slug))
                .filter(|hit| hit.key == *key)
        })
        .collect();
    let cleaned: Vec<Cleaned> = content
        .documents
        .par_iter()
        .zip(&hits)
        .map(|(doc, hit)| {
            hit.map_or_else(
                || clean::clean(doc, &people::Recogniser),
                |h| h.cleaned.clone(),
            )
        })
        .collect();
    timings.lap("clean", &mut clock);
    let mentions: Vec<Vec<Mention>> = cleaned
        .par_iter()
        .zip(&hits)
        .map(|(c, hit)| {
            hit.map_or_else(|| people::recognise(&c.paragraphs), |h| h.mentions.clone())
        })
        .collect();
    timings.lap("people: recognise", &mut clock);
    let reused = hits.iter().flatten().count();
    if let Some(cache) = cache {
        cache.reused = reused;
        cache.entries = content
            .documents
            .iter()
            .zip(&keys)
            .zip(cleaned.iter().zip(&mentions))
            .map(|((doc, key), (cleaned, mentions))| {
                let entry = rebuild::CachedSource {
                    key: *key,
                    sidecar: doc.sidecar.clone(),
                    cleaned: cleaned.clone(),
                    mentions: mentions.clone(),
                };
                (doc.slug.clone(), entry)
            })
            .collect();
    }
    // Case forms read against the names other sources write in the nominative, then lone
    // surnames of people other sources name in full: after the cache, which keeps what each
    // source says on its own.
    let nominatives = people::case_forms::DossierNominatives::of(&mentions);
    let mentions: Vec<Vec<Mention>> = mentions
        .into_par_iter()
        .enumerate()
        .map(|(i, m)| people::case_forms::reread_case_forms(m, i, &nominatives))
        .collect();
    let known = people::dossier_surnames::DossierSurnames::of(&mentions);
    let mentions: Vec<Vec<Mention>> = cleaned
        .par_iter()
        .zip(mentions)
        .map(|(c, m)| people::dossier_surnames::add_dossier_surnames(&c.paragraphs, m, &known))
        .collect();
    timings.lap("people: surnames named elsewhere", &mut clock);
    let inputs: Vec<people::SourceMentions<'_>> = content
        .documents
        .iter()
        .zip(&mentions)
        .map(|(doc, m)| people::SourceMentions {
            source: &doc.slug,
            mentions: m,
        })
        .collect();
    let people::Resolution {
        officials,
        assignments,
        warnings,
        registry_snippet,
        ..
    } = people::resolve(&inputs, &content.registry);
    timings.lap("people: resolve", &mut clock);
    let sources: Vec<SourceRecord> = content
        .documents
        .par_iter()
        .zip(cleaned)
        .zip(mentions)
        .zip(assignments)
        .map(|(((doc, cleaned), mentions), assigned)| {
            assemble_source(doc, cleaned, mentions, assigned)
        })
        .collect();
    timings.lap("quotes and dates", &mut clock);
    let official_slugs: Vec<String> = officials.iter().map(|o| o.slug.clone()).collect();
    let mut problems = analysis::references::validate(
        &content.events,
        &sources,
        &official_slugs,
        "content/events.yaml",
    );
    let paragraphs = sources
        .iter()
        .map(|s| (s.slug.clone(), s.paragraphs.len()))
        .collect();
    problems.extend(content.registry.check_citations(&paragraphs));
    if !problems.is_empty() {
        return Err(error::Error::Problems(problems));
    }
    let events = analysis::timeline::build(&sources, &officials, &content.events);
    timings.lap("timeline", &mut clock);
    let discrepancies = analysis::discrepancies::find(&sources, &officials);
    timings.lap("discrepancies", &mut clock);
    Ok(Dossier {
        root: root.to_path_buf(),
        config: content.config,
        sources,
        officials,
        events,
        discrepancies,
        notes: content.notes,
        warnings: content.warnings.into_iter().chain(warnings).collect(),
        registry_snippet,
        timings,
        registry: content.registry,
    })
}

/// Puts one source's stage outputs together: quotes, speakers and dates.
pub(crate) fn assemble_source(
    doc: &RawDocument,
    cleaned: Cleaned,
    mut mentions: Vec<Mention>,
    mention_officials: Vec<Option<String>>,
) -> SourceRecord {
    for (mention, official) in mentions.iter_mut().zip(mention_officials) {
        mention.official = official;
    }
    let mut quotes = quotes::detect(&cleaned.paragraphs, &mentions);
    for quote in &mut quotes {
        quote.speaker = quote
            .speaker_mention
            .and_then(|i| mentions.get(i)?.official.clone());
    }
    let dates = dates::mentions(&cleaned.paragraphs, cleaned.metadata.published.value);
    let meta = cleaned.metadata;
    SourceRecord {
        slug: doc.slug.clone(),
        path: doc.path.clone(),
        sidecar_path: doc.sidecar_path.clone(),
        meta: SourceMeta {
            title: meta.title,
            outlet: meta.outlet,
            original_outlet: meta.original_outlet,
            url: doc.sidecar.as_ref().and_then(|s| s.url.clone()),
            dateline: meta.dateline,
            published: meta.published,
            language: meta.language,
            notes: doc.sidecar.as_ref().and_then(|s| s.notes.clone()),
        },
        notes_line: doc.sidecar.as_ref().map_or(0, |s| s.notes_line),
        paragraphs: cleaned.paragraphs,
        removed: cleaned.removed,
        mentions,
        quotes,
        dates,
    }
}

/// Builds the dossier: analyses it, writes the site into a staging folder, then swaps it into
/// place, so that a failed build leaves the previous output untouched.
pub fn build(options: &BuildOptions) -> Result<Summary> {
    build_with(options, None, output::Mode::Swap).map(|(summary, _)| summary)
}

/// Analyses (with `cache` when given) and writes the site in `mode`.
pub(crate) fn build_with(
    options: &BuildOptions,
    mut cache: Option<&mut SourceCache>,
    mode: output::Mode,
) -> Result<(Summary, Dossier)> {
    let started = Instant::now();
    let mut dossier = analyse_cached(&options.root, cache.as_deref_mut())?;
    let mut timings = std::mem::take(&mut dossier.timings);
    let written = write_site(
        &dossier,
        &options.out,
        options.live_reload,
        mode,
        &mut timings,
    )?;
    dossier.timings = timings;
    let notes = dossier.notes.len();
    let base_url = dossier.config.base_url.clone();
    let mut warnings = dossier.warnings.clone();
    warnings.extend(output::kept_warnings(&options.out, &written));
    let summary = Summary {
        sources: dossier.sources.len(),
        officials: dossier.officials.len(),
        events: dossier.events.len(),
        discrepancies: dossier.discrepancies.len() + notes,
        base_url,
        sources_reused: cache.map_or(0, |c| c.reused),
        files_changed: written.changed,
        files: written.files,
        warnings,
        registry_snippet: dossier.registry_snippet.clone(),
        elapsed: started.elapsed(),
        timings: dossier.timings.clone(),
    };
    Ok((summary, dossier))
}

/// The stages after analysis: load the theme, annotate each source, render the site and write
/// it to `out` in `mode`; each stage's time is added to `timings`.
pub fn write_site(
    dossier: &Dossier,
    out: &Path,
    live_reload: bool,
    mode: output::Mode,
    timings: &mut Timings,
) -> Result<output::Committed> {
    let mut clock = Instant::now();
    let theme = render::Theme::load(&dossier.root)?;
    let annotated = annotate::annotate(&dossier.sources, &dossier.officials, &theme.templates)?;
    timings.lap("annotate", &mut clock);
    let written = render::write_site_in(dossier, &annotated, &theme, out, live_reload, mode)?;
    timings.lap("render and write", &mut clock);
    Ok(written)
}
