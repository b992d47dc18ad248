//! The pages of the site, one module per page kind, each building its template's context from
//! plain data; this module renders them all and hands each file to the output, then the exports
//! ([`crate::render::export`]).

pub(crate) mod discrepancies;
pub(crate) mod editorial;
pub(crate) mod officials;
pub(crate) mod overview;
pub(crate) mod parts;
pub(crate) mod print;
pub(crate) mod source;
pub(crate) mod timeline;
pub(crate) mod views;

use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use tera::Tera;

use crate::annotate::AnnotatedFile;
use crate::error::{Error, Result};
use crate::model::Discrepancy;
use crate::render::context::{Empty, Site};
use crate::render::theme::Theme;
use crate::render::{export, Sink, StreamSink, OUTPUT_MARKER};
use crate::Dossier;
use editorial::{all_discrepancies, keep_problems, link_targets, site_view};
use parts::Layout;
use source::{by_source, neighbours, source_files};
use views::{page, render};

/// One file of the site: relative path and bytes.
pub(crate) type SiteFile = (String, Vec<u8>);

/// Renders every file of the site from the dossier, its annotated Markdown (`annotated`, one
/// file per source) and the theme, handing each file to `sink` as soon as it is rendered (a
/// large export to `stream`); returns the number of files. Source and official pages are
/// rendered in parallel.
pub(crate) fn render_all(
    d: &Dossier,
    annotated: &[AnnotatedFile<'_>],
    theme: &Theme,
    live_reload: bool,
    sink: &Sink<'_>,
    stream: &StreamSink<'_>,
) -> Result<usize> {
    let tera = &theme.templates;
    let targets = link_targets(d);
    // Every problem with the editorial Markdown is collected into one report.
    let mut problems = Vec::new();
    let discrepancies =
        keep_problems(all_discrepancies(d, &targets), &mut problems)?.unwrap_or_default();
    let site_view = site_view(d, &targets, live_reload, &mut problems);
    let layout = Layout::new(&d.events, &discrepancies);
    let by_source = by_source(d, &discrepancies, &layout);
    let files = AtomicUsize::new(0);
    let put = |path: String, bytes: Vec<u8>| {
        files.fetch_add(1, Ordering::Relaxed);
        sink(path, bytes)
    };
    put(
        OUTPUT_MARKER.to_string(),
        b"Written by `dossier build`; replaced on every build.\n".to_vec(),
    )?;
    for (name, bytes) in &theme.static_files {
        put(format!("static/{name}"), bytes.clone())?;
    }
    let neighbours = neighbours(d);
    let pages: Vec<Result<()>> = annotated
        .par_iter()
        .map(|file| {
            let slug = file.source.slug.as_str();
            let around = neighbours.get(slug).cloned().unwrap_or_default();
            let files = source_files(
                file,
                &discrepancies,
                &by_source,
                &layout,
                &targets,
                tera,
                &site_view,
                around,
            )?;
            for (path, bytes) in files {
                put(path, bytes)?;
            }
            Ok(())
        })
        .collect();
    for result in pages {
        keep_problems(result, &mut problems)?;
    }
    if !problems.is_empty() {
        return Err(Error::Problems(problems));
    }
    d.officials.par_iter().try_for_each(|official| {
        let path = format!("officials/{}.html", official.slug);
        let ctx =
            officials::official_context(d, official, &discrepancies, &layout, &site_view, &path);
        let html = render(tera, "official.html", &ctx)?;
        put(path, html.into_bytes())
    })?;
    let site_pages = site_pages(d, annotated, &discrepancies, &layout, &site_view, tera)?;
    for (path, bytes) in site_pages {
        put(path, bytes)?;
    }
    export::write_all(d, &discrepancies, &layout, &site_view, tera, &put)?;
    files.fetch_add(1, Ordering::Relaxed);
    stream("dossier.json", &|w| {
        export::json::export_json(d, &discrepancies, w)
    })?;
    Ok(files.into_inner())
}

/// The two files of one source (its page and annotated Markdown), rendered as [`render_all`]
/// would with the same dossier: for `dossier serve`'s quick first answer to an edit.
pub(crate) fn source_page(
    d: &Dossier,
    file: &AnnotatedFile<'_>,
    theme: &Theme,
    live_reload: bool,
) -> Result<Vec<SiteFile>> {
    let targets = link_targets(d);
    let mut problems = Vec::new();
    let discrepancies =
        keep_problems(all_discrepancies(d, &targets), &mut problems)?.unwrap_or_default();
    let site_view = site_view(d, &targets, live_reload, &mut problems);
    if !problems.is_empty() {
        return Err(Error::Problems(problems));
    }
    let layout = Layout::new(&d.events, &discrepancies);
    let by_source = by_source(d, &discrepancies, &layout);
    let around = neighbours(d)
        .get(file.source.slug.as_str())
        .cloned()
        .unwrap_or_default();
    source_files(
        file,
        &discrepancies,
        &by_source,
        &layout,
        &targets,
        &theme.templates,
        &site_view,
        around,
    )
}

/// The site-wide pages: overview, lists (and their parts), search, 404 and print.
fn site_pages(
    d: &Dossier,
    annotated: &[AnnotatedFile<'_>],
    discrepancies: &[Discrepancy],
    layout: &Layout,
    site: &Site,
    tera: &Tera,
) -> Result<Vec<SiteFile>> {
    let mut files: Vec<(String, String)> = vec![(
        "index.html".to_string(),
        render(
            tera,
            "index.html",
            &overview::index_context(d, discrepancies, layout, site),
        )?,
    )];
    for (path, ctx) in officials::officials_pages(d, site) {
        files.push((path, render(tera, "officials.html", &ctx)?));
    }
    for (path, ctx) in timeline::timeline_pages(d, layout, site) {
        files.push((path, render(tera, "timeline.html", &ctx)?));
    }
    for (path, ctx) in discrepancies::discrepancies_pages(d, discrepancies, layout, site) {
        files.push((path, render(tera, "discrepancies.html", &ctx)?));
    }
    let search = page(site, "search.html", "", None, "search", Empty {});
    files.push((
        "search.html".to_string(),
        render(tera, "search.html", &search)?,
    ));
    for (path, ctx) in overview::sources_pages(d, site) {
        files.push((path, render(tera, "sources.html", &ctx)?));
    }
    // Served at any missing address, so its links are absolute when they can be.
    let root = site.base_url.as_deref().unwrap_or("");
    let missing = page(site, "404.html", root, None, "missing", Empty {});
    files.push(("404.html".to_string(), render(tera, "404.html", &missing)?));
    let print = print::print_context(d, annotated, discrepancies, layout, site)?;
    files.push((
        "print.html".to_string(),
        render(tera, "print.html", &print)?,
    ));
    Ok(files
        .into_iter()
        .map(|(path, html)| (path, html.into_bytes()))
        .collect())
}
