//! The pages of the site: each built from plain data into a Tera context.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use super::context::{
    Alongside, Axis, Bar, Cite, CitedItem, CitedParagraph, Date, DateFact, DateMentionView,
    DiscrepanciesPage, DiscrepancyLink, DiscrepancyView, Empty, EventView, EvidenceView, FactView,
    FeedEntry, FeedPage, IndexPage, KindGroup, MentionedPerson, Neighbour, OfficialGroup,
    OfficialLink, OfficialPage, OfficialRow, OfficialsPage, OriginView, Page, PersonLink,
    PrintOfficial, PrintPage, PrintRole, PrintSource, QuoteView, RegistryRoleView, RegistryView,
    RemovedGroup, RemovedLineView, RoleView, Site, SourcePage, SourceRow, SourcesPage,
    SpellingView, TimelinePage, YearEvents,
};

use super::markdown::{self, LinkTargets};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{theme, Sink, StreamSink, OUTPUT_MARKER};
use crate::annotate;
use crate::error::{Error, Problem, Result};
use crate::model::{
    Authorship, Citation, Discrepancy, DiscrepancyKind, Fact, Origin, PartialDate, SourceRecord,
};
use crate::Dossier;

/// One file of the site: relative path and bytes.
type SiteFile = (String, Vec<u8>);

/// Renders every file of the site, handing each to `sink` as soon as it is rendered; returns
/// the number of files. Source and official pages are rendered in parallel.
pub fn render_all(
    d: &Dossier,
    live_reload: bool,
    sink: &Sink<'_>,
    stream: &StreamSink<'_>,
) -> Result<usize> {
    let tera = theme::templates(&d.root)?;
    let targets = link_targets(d);
    // Every problem with the editorial Markdown is collected into one report.
    let mut problems = Vec::new();
    let discrepancies =
        keep_problems(all_discrepancies(d, &targets), &mut problems)?.unwrap_or_default();
    let site_view = site_view(d, &targets, live_reload, &mut problems);
    let by_source = by_source(d, &discrepancies);
    let files = AtomicUsize::new(0);
    let put = |path: String, bytes: Vec<u8>| {
        files.fetch_add(1, Ordering::Relaxed);
        sink(path, bytes)
    };
    put(
        OUTPUT_MARKER.to_string(),
        b"Written by `dossier build`; replaced on every build.\n".to_vec(),
    )?;
    for (name, bytes) in theme::static_files(&d.root)? {
        put(format!("static/{name}"), bytes)?;
    }
    let neighbours = neighbours(d);
    let pages: Vec<Result<()>> = d
        .sources
        .par_iter()
        .map(|s| {
            let around = neighbours.get(s.slug.as_str()).cloned().unwrap_or_default();
            let files = source_files(
                d,
                s,
                &discrepancies,
                &by_source,
                &targets,
                &tera,
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
        let ctx = official_context(d, official, &discrepancies, &site_view, &path);
        let html = render(&tera, "official.html", &ctx)?;
        put(path, html.into_bytes())
    })?;
    let site = &site_view;
    let pages = [
        (
            "index.html",
            render(&tera, "index.html", &index_context(d, &discrepancies, site))?,
        ),
        (
            "officials.html",
            render(&tera, "officials.html", &officials_context(d, site))?,
        ),
        (
            "timeline.html",
            render(&tera, "timeline.html", &timeline_context(d, site))?,
        ),
        (
            "discrepancies.html",
            render(
                &tera,
                "discrepancies.html",
                &discrepancies_context(d, &discrepancies, site),
            )?,
        ),
        (
            "search.html",
            render(
                &tera,
                "search.html",
                &page(site, "search.html", "", None, "search", Empty {}),
            )?,
        ),
        (
            "sources.html",
            render(&tera, "sources.html", &sources_context(d, site))?,
        ),
        (
            "404.html",
            // Served at any missing address, so its links are absolute when they can be.
            render(
                &tera,
                "404.html",
                &page(
                    site,
                    "404.html",
                    site.base_url.as_deref().unwrap_or(""),
                    None,
                    "missing",
                    Empty {},
                ),
            )?,
        ),
        (
            "print.html",
            render(
                &tera,
                "print.html",
                &print_context(d, &discrepancies, site, &tera)?,
            )?,
        ),
    ];
    for (name, html) in pages {
        put(name.to_string(), html.into_bytes())?;
    }
    if d.config.base_url.is_some() {
        // Absolute addresses are needed for these; without base_url they are not written (the
        // README says so).
        for name in ["sitemap.xml", "feed.xml"] {
            let feed = feed_context(d, &discrepancies, site, name);
            put(name.to_string(), render(&tera, name, &feed)?.into_bytes())?;
        }
    }
    for (path, bytes) in super::search::index_files(d, &discrepancies) {
        put(path, bytes)?;
    }
    put("people.js".to_string(), super::search::people_file(d))?;
    put(
        "timeline.json".to_string(),
        crate::analysis::timeline::to_json(&d.events).into_bytes(),
    )?;
    put(
        "timeline.csv".to_string(),
        crate::analysis::timeline::to_csv(&d.events).into_bytes(),
    )?;
    files.fetch_add(1, Ordering::Relaxed);
    stream("dossier.json", &|w| export_json(d, &discrepancies, w))?;
    Ok(files.into_inner())
}

/// What each source page lists, built once for all sources (not one scan of every discrepancy,
/// event and official per source).
struct BySource<'a> {
    /// Source slug → the indices of the discrepancies that concern it, in order.
    discrepancies: BTreeMap<&'a str, Vec<usize>>,
    /// Source slug → (paragraph, what cites it), in the order [`cited_by`] lists them.
    cited: std::collections::HashMap<&'a str, Vec<(usize, CitedItem)>>,
}

/// The discrepancies and citing items of every source.
fn by_source<'a>(d: &'a Dossier, discrepancies: &'a [Discrepancy]) -> BySource<'a> {
    let mut map: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, x) in discrepancies.iter().enumerate() {
        let slugs: BTreeSet<&str> = x
            .sources
            .iter()
            .map(String::as_str)
            .chain(x.evidence.iter().map(|e| e.citation.source.as_str()))
            .collect();
        for slug in slugs {
            map.entry(slug).or_default().push(i);
        }
    }
    BySource {
        discrepancies: map,
        cited: citing_items(d, discrepancies),
    }
}

/// Every paragraph citation of a discrepancy, event or registry title, by source.
fn citing_items<'a>(
    d: &'a Dossier,
    discrepancies: &'a [Discrepancy],
) -> std::collections::HashMap<&'a str, Vec<(usize, CitedItem)>> {
    let mut cited: std::collections::HashMap<&str, Vec<(usize, CitedItem)>> = Default::default();
    let mut add = |source: &'a str, n: Option<usize>, kind, href: &str, label: &str| {
        if let Some(n) = n {
            let item = CitedItem {
                kind,
                href: href.to_string(),
                label: label.to_string(),
            };
            cited.entry(source).or_default().push((n, item));
        }
    };
    for x in discrepancies {
        let kind = if x.authorship == Authorship::Editorial {
            "note"
        } else {
            "discrepancy"
        };
        let href = format!("../discrepancies.html#{}", x.id);
        for e in &x.evidence {
            add(
                &e.citation.source,
                e.citation.paragraph,
                kind,
                &href,
                &x.summary,
            );
        }
    }
    for e in &d.events {
        let href = format!("../timeline.html#{}", e.id);
        for c in &e.citations {
            add(&c.source, c.paragraph, "event", &href, &e.title);
        }
    }
    for o in &d.officials {
        let href = format!("../officials/{}.html", o.slug);
        for r in &o.roles {
            add(
                &r.citation.source,
                r.citation.paragraph,
                "title",
                &href,
                &o.name,
            );
        }
    }
    cited
}

/// Renders template `name` with the context of a page.
fn render<T: Serialize>(tera: &Tera, name: &str, ctx: &Page<'_, T>) -> Result<String> {
    let context = Context::from_serialize(ctx).map_err(|e| Error::Template {
        name: name.to_string(),
        message: theme::template_message(&e),
    })?;
    tera.render(name, &context).map_err(|e| Error::Template {
        name: name.to_string(),
        message: theme::template_message(&e),
    })
}

/// Everything a `[[reference]]` may point at.
fn link_targets(d: &Dossier) -> LinkTargets {
    LinkTargets {
        sources: d
            .sources
            .iter()
            .map(|s| (s.slug.clone(), (source_label(s), s.paragraphs.len())))
            .collect(),
        people: d
            .officials
            .iter()
            .map(|o| (o.slug.clone(), o.name.clone()))
            .collect(),
        notes: d.notes.iter().map(|n| n.slug.clone()).collect(),
    }
}

/// Moves the problems of a failed step into `problems` (so that the build reports them all at
/// once) and gives `None` for it; any other error stops at once.
fn keep_problems<T>(result: Result<T>, problems: &mut Vec<Problem>) -> Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(Error::Problems(mut found)) => {
            problems.append(&mut found);
            Ok(None)
        }
        Err(other) => Err(other),
    }
}

/// Editorial Markdown held in a YAML value, as HTML, its `[[references]]` resolved; `file` and
/// `first_line` locate it for error messages. Columns are left out of those messages: YAML's
/// indentation and keys shift them, so only the line is exact.
fn editorial_html(
    markdown: &str,
    file: &str,
    first_line: usize,
    targets: &LinkTargets,
    root: &str,
) -> Result<String> {
    markdown::resolve_wikilinks(markdown, file, first_line, targets, root)
        .map(|md| markdown::editorial_to_html(&md))
        .map_err(|problems| {
            Error::Problems(problems.into_iter().map(|p| p.with_column(None)).collect())
        })
}

/// Machine-found discrepancies followed by the editor's notes, every reference resolved.
fn all_discrepancies(d: &Dossier, targets: &LinkTargets) -> Result<Vec<Discrepancy>> {
    let mut problems: Vec<Problem> = Vec::new();
    let mut all = d.discrepancies.clone();
    for note in &d.notes {
        for slug in &note.front.people {
            if !targets.people.contains_key(slug) {
                problems.push(Problem::at(
                    &note.file,
                    note.front_line(slug),
                    format!(
                        "people: {slug:?} is not an official of this dossier{}",
                        crate::error::did_you_mean(slug, targets.people.keys())
                    ),
                    "use an official's slug as listed on officials.html",
                ));
            }
        }
        for slug in &note.front.sources {
            if !targets.sources.contains_key(slug) {
                problems.push(Problem::at(
                    &note.file,
                    note.front_line(slug),
                    format!(
                        "sources: {slug:?} is not a source of this dossier{}",
                        crate::error::did_you_mean(slug, targets.sources.keys())
                    ),
                    "use a source's slug (its file name without extension)",
                ));
            }
        }
        match markdown::resolve_wikilinks(&note.body, &note.file, note.body_line, targets, "") {
            Ok(body) => all.push(Discrepancy {
                id: note.slug.clone(),
                kind: note.front.kind.unwrap_or(DiscrepancyKind::Other),
                summary: note.front.title.clone(),
                minor: false,
                evidence: Vec::new(),
                diff: None,
                method: format!("editorial note ({})", note.file),
                authorship: Authorship::Editorial,
                people: note.front.people.clone(),
                sources: note.front.sources.clone(),
                body_html: Some(markdown::editorial_to_html(&body)),
            }),
            Err(mut p) => problems.append(&mut p),
        }
    }
    if problems.is_empty() {
        Ok(all)
    } else {
        Err(Error::Problems(problems))
    }
}

fn site_view(
    d: &Dossier,
    targets: &LinkTargets,
    live_reload: bool,
    problems: &mut Vec<Problem>,
) -> Site {
    let c = &d.config;
    // Shown on the index only, so its links are relative to the site root.
    let description = keep_problems(
        editorial_html(
            &c.description,
            "dossier.yaml",
            c.description_line,
            targets,
            "",
        ),
        problems,
    )
    .ok()
    .flatten();
    Site {
        title: d.config.title.clone(),
        description_html: description,
        language: d.config.language.clone(),
        base_url: d
            .config
            .base_url
            .as_deref()
            .map(|u| format!("{}/", u.trim_end_matches('/'))),
        live_reload,
    }
}

/// A page's context: its path (from the site root), the path from it to the root, its own title
/// (a headline, a name; else the theme gives the section's), navigation section and data.
fn page<'a, T>(
    site: &'a Site,
    path: &str,
    root: &str,
    title: Option<&str>,
    section: &'static str,
    data: T,
) -> Page<'a, T> {
    Page {
        site,
        root: root.to_string(),
        page_title: title.map(str::to_string),
        section,
        page: data,
        path: path.to_string(),
    }
}

/// A source's short label: its outlet, else its slug.
fn source_label(s: &SourceRecord) -> String {
    s.outlet.value.clone().unwrap_or_else(|| s.slug.clone())
}

fn date_view(date: &PartialDate) -> Date {
    Date {
        datetime: date.datetime(),
        display: date.display(),
        approximate: date.approximate,
        year_known: date.year.is_some(),
    }
}

/// How a reviewer reads an origin, on the source's own page.
fn origin_text(origin: &Origin) -> String {
    match origin {
        Origin::Stated {
            paragraph: Some(n),
            evidence,
            ..
        } => format!("stated in ¶{n}: “{evidence}”"),
        Origin::Stated { line, evidence, .. } if evidence.is_empty() => {
            format!("stated on line {line} of the raw text")
        }
        Origin::Stated { line, evidence, .. } => {
            format!("stated on line {line} of the raw text (not in the article body): “{evidence}”")
        }
        Origin::Inferred { reason } => format!("inferred: {reason}"),
        Origin::Editor { file } => format!("supplied by the editor in {file}"),
        Origin::Unknown => "not given by the text".to_string(),
    }
}

fn origin_view(origin: &Origin) -> OriginView {
    let paragraph = match origin {
        Origin::Stated { paragraph, .. } => *paragraph,
        _ => None,
    };
    OriginView {
        label: origin.label(),
        text: origin_text(origin),
        paragraph,
    }
}

fn fact_view(fact: &Fact<String>) -> FactView {
    FactView {
        value: fact.value.clone(),
        origin: origin_view(&fact.origin),
    }
}

fn date_fact_view(fact: &Fact<PartialDate>) -> DateFact {
    DateFact {
        date: fact.value.as_ref().map(date_view),
        origin: origin_view(&fact.origin),
    }
}

fn cite_view(d: &Dossier, c: &Citation, root: &str) -> Cite {
    let label = crate::model::source_by_slug(&d.sources, &c.source)
        .map(source_label)
        .unwrap_or_else(|| c.source.clone());
    let (href, text) = match c.paragraph {
        Some(n) => (
            format!("{root}sources/{}.html#p{n}", c.source),
            format!("{label} ¶{n}"),
        ),
        None => (format!("{root}sources/{}.html", c.source), label),
    };
    Cite {
        href,
        label: text,
        source: c.source.clone(),
    }
}

fn person_view(d: &Dossier, slug: &str, root: &str) -> PersonLink {
    let name = crate::model::official_by_slug(&d.officials, slug)
        .map(|o| o.name.clone())
        .unwrap_or_else(|| slug.to_string());
    PersonLink {
        slug: slug.to_string(),
        name,
        href: format!("{root}officials/{slug}.html"),
    }
}

/// A discrepancy as a link in a list (source, official and overview pages): its summary and
/// kind, not its evidence, so that a page listing many items stays small.
fn discrepancy_link(x: &Discrepancy, root: &str) -> DiscrepancyLink {
    DiscrepancyLink {
        id: x.id.clone(),
        href: format!("{root}discrepancies.html#{}", x.id),
        kind: x.kind,
        summary: x.summary.clone(),
        minor: x.minor,
        editorial: x.authorship == Authorship::Editorial,
    }
}

fn discrepancy_view(d: &Dossier, x: &Discrepancy, root: &str) -> DiscrepancyView {
    DiscrepancyView {
        id: x.id.clone(),
        href: format!("{root}discrepancies.html#{}", x.id),
        kind: x.kind,
        summary: x.summary.clone(),
        minor: x.minor,
        evidence: x
            .evidence
            .iter()
            .map(|e| EvidenceView {
                cite: cite_view(d, &e.citation, root),
                text: e.text.clone(),
                label: e.label.clone(),
                diff: e.diff.clone(),
            })
            .collect(),
        diff: x.diff.clone(),
        method: x.method.clone(),
        editorial: x.authorship == Authorship::Editorial,
        people: x.people.iter().map(|p| person_view(d, p, root)).collect(),
        body_html: x.body_html.clone(),
    }
}

/// The sources before and after each one in publication order, as links from a source page.
type Around = (Option<Neighbour>, Option<Neighbour>);

/// [`Around`] of every source, by slug.
fn neighbours(d: &Dossier) -> std::collections::HashMap<&str, Around> {
    let order = by_date(&d.sources);
    let link = |s: &SourceRecord| Neighbour {
        href: format!("{}.html", s.slug),
        title: s.title.value.clone().unwrap_or_else(|| s.slug.clone()),
        outlet: s.outlet.value.clone(),
    };
    order
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let prev = i.checked_sub(1).and_then(|j| order.get(j)).map(|p| link(p));
            let next = order.get(i + 1).map(|n| link(n));
            (s.slug.as_str(), (prev, next))
        })
        .collect()
}

/// The annotated Markdown file and the HTML page of one source.
#[allow(clippy::too_many_arguments)] // the shared render state, passed down unchanged
fn source_files(
    d: &Dossier,
    s: &SourceRecord,
    discrepancies: &[Discrepancy],
    by_source: &BySource<'_>,
    targets: &LinkTargets,
    tera: &Tera,
    site: &Site,
    (prev, next): Around,
) -> Result<Vec<SiteFile>> {
    let md_name = format!("sources/{}.md", s.slug);
    let md = annotate::write(s, &d.officials, "../", tera)?;
    let annotated = annotate::parse(&md, &md_name)?;
    let front = &annotated.front;
    let body_html = markdown::to_html(&annotated.body);
    let related: Vec<DiscrepancyLink> = by_source
        .discrepancies
        .get(s.slug.as_str())
        .into_iter()
        .flatten()
        .map(|&i| discrepancy_link(&discrepancies[i], "../"))
        .collect();
    let mut removed: BTreeMap<String, Vec<RemovedLineView>> = BTreeMap::new();
    for r in &front.removed {
        removed
            .entry(format!("{:?}", r.kind).to_lowercase())
            .or_default()
            .push(RemovedLineView {
                line: r.line,
                text: r.text.clone(),
                reason: r.reason.clone(),
            });
    }
    let notes_html = front
        .notes
        .as_deref()
        .map(|notes| {
            let file = front.sidecar.as_deref().unwrap_or(&front.path);
            editorial_html(notes, file, front.notes_line.unwrap_or(1), targets, "../")
        })
        .transpose()?;
    let data = SourcePage {
        slug: front.slug.clone(),
        path: front.path.clone(),
        sidecar: front.sidecar.clone(),
        title: fact_view(&front.title),
        outlet: fact_view(&front.outlet),
        original_outlet: fact_view(&front.original_outlet),
        dateline: fact_view(&front.dateline),
        published: date_fact_view(&front.published),
        language: fact_view(&front.language),
        url: front.url.clone(),
        notes_html,
        body_html,
        people: front
            .people
            .iter()
            .map(|p| MentionedPerson {
                slug: p.slug.clone(),
                name: p.name.clone(),
                spellings: p.spellings.clone(),
                paragraphs: p.paragraphs.clone(),
                roles: p.roles.clone(),
                href: format!("../officials/{}.html", p.slug),
            })
            .collect(),
        quotes: front.quotes.clone(),
        dates: front
            .dates
            .iter()
            .map(|m| DateMentionView {
                text: m.text.clone(),
                paragraph: m.paragraph,
                date: date_view(&m.best()),
                inferred: m.inferred.as_ref().map(|f| origin_text(&f.origin)),
            })
            .collect(),
        // A list, not a map: Tera's maps do not keep order, and the output must be deterministic.
        removed: removed
            .into_iter()
            .map(|(kind, lines)| RemovedGroup { kind, lines })
            .collect(),
        removed_count: front.removed.len(),
        discrepancies: related,
        cited_by: cited_by(s, by_source),
        md_href: format!("{}.md", s.slug),
        prev,
        next,
        lang: lang_code(s),
    };
    let title = s.title.value.clone().unwrap_or_else(|| s.slug.clone());
    let path = format!("sources/{}.html", s.slug);
    let ctx = page(site, &path, "../", Some(&title), "sources", data);
    let html = render(tera, "source.html", &ctx)?;
    Ok(vec![(md_name, md.into_bytes()), (path, html.into_bytes())])
}

/// The BCP 47 code of a source's language, for `lang` on its text; empty when not known.
pub(super) fn lang_code(s: &SourceRecord) -> String {
    s.language
        .value
        .as_deref()
        .and_then(crate::clean::language::bcp47)
        .unwrap_or("")
        .to_string()
}

/// What cites each paragraph of `s` (discrepancies, events, registry titles), by paragraph, in
/// paragraph order; shown beside each paragraph.
fn cited_by(s: &SourceRecord, by_source: &BySource<'_>) -> Vec<CitedParagraph> {
    let mut by_paragraph: BTreeMap<usize, Vec<&CitedItem>> = BTreeMap::new();
    for (n, item) in by_source.cited.get(s.slug.as_str()).into_iter().flatten() {
        let items = by_paragraph.entry(*n).or_default();
        if !items.contains(&item) {
            items.push(item);
        }
    }
    by_paragraph
        .into_iter()
        .map(|(paragraph, items)| CitedParagraph {
            paragraph,
            items: items
                .into_iter()
                .map(|i| CitedItem {
                    kind: i.kind,
                    href: i.href.clone(),
                    label: i.label.clone(),
                })
                .collect(),
        })
        .collect()
}

fn source_row(s: &SourceRecord, root: &str) -> SourceRow {
    SourceRow {
        slug: s.slug.clone(),
        href: format!("{root}sources/{}.html", s.slug),
        title: s.title.value.clone().unwrap_or_else(|| s.slug.clone()),
        outlet: s.outlet.value.clone(),
        original_outlet: s.original_outlet.value.clone(),
        published: s.published.value.as_ref().map(date_view),
        published_origin: s.published.origin.label(),
        language: s.language.value.clone(),
        paragraphs: s.paragraphs.len(),
    }
}

/// An official as a link from a page at the site root.
fn official_link(o: &crate::model::Official) -> OfficialLink {
    OfficialLink {
        href: format!("officials/{}.html", o.slug),
        name: o.name.clone(),
        native_name: o.native_name.clone(),
        group: o.group.clone(),
    }
}

/// The sources in publication order; sources without a year of publication last, by slug.
fn by_date(sources: &[SourceRecord]) -> Vec<&SourceRecord> {
    let mut sorted: Vec<&SourceRecord> = sources.iter().collect();
    sorted.sort_by_key(|s| {
        let date = s.published.value.filter(|d| d.year.is_some());
        (date.is_none(), date.map(|d| d.sort_key()), s.slug.clone())
    });
    sorted
}

/// How many sources and discrepancies the overview lists; the rest are on their own pages.
const OVERVIEW_ITEMS: usize = 25;

/// The discrepancies the overview lists: editorial notes first, then the machine's items that
/// concern the most sources (ties in page order), at most [`OVERVIEW_ITEMS`].
fn most_significant(discrepancies: &[Discrepancy]) -> Vec<&Discrepancy> {
    let mut ranked: Vec<(usize, &Discrepancy)> = discrepancies.iter().enumerate().collect();
    ranked.sort_by_key(|(i, x)| {
        (
            x.authorship != Authorship::Editorial,
            std::cmp::Reverse(x.sources.len()),
            *i,
        )
    });
    ranked
        .into_iter()
        .take(OVERVIEW_ITEMS)
        .map(|(_, x)| x)
        .collect()
}

fn index_context<'a>(
    d: &Dossier,
    discrepancies: &[Discrepancy],
    site: &'a Site,
) -> Page<'a, IndexPage> {
    let sources = by_date(&d.sources);
    // The latest sources, still in publication order.
    let latest = &sources[sources.len().saturating_sub(OVERVIEW_ITEMS)..];
    let data = IndexPage {
        sources: latest.iter().map(|s| source_row(s, "")).collect(),
        source_count: sources.len(),
        discrepancy_count: discrepancies.len(),
        officials: d.officials.iter().map(official_link).collect(),
        discrepancies: most_significant(discrepancies)
            .into_iter()
            .map(|x| discrepancy_link(x, ""))
            .collect(),
        event_count: d.events.len(),
    };
    page(site, "index.html", "", None, "index", data)
}

fn sources_context<'a>(d: &Dossier, site: &'a Site) -> Page<'a, SourcesPage> {
    let sources = by_date(&d.sources)
        .into_iter()
        .map(|s| source_row(s, ""))
        .collect();
    page(
        site,
        "sources.html",
        "",
        None,
        "sources",
        SourcesPage { sources },
    )
}

/// Up to this many sources, `print.html` holds the whole dossier; above, it lists the sources
/// (each links its own page) and links the timeline and discrepancies pages, so that it stays a
/// page a browser can open and print.
const PRINT_WHOLE_MAX: usize = 300;

/// `print.html`: the whole dossier in reading order (sources by date, officials, timeline,
/// discrepancies). Each source's anchors are prefixed with its slug, so that they stay unique.
/// Above [`PRINT_WHOLE_MAX`] sources, the sources without their text and no events or items.
fn print_context<'a>(
    d: &Dossier,
    discrepancies: &[Discrepancy],
    site: &'a Site,
    tera: &Tera,
) -> Result<Page<'a, PrintPage>> {
    let whole = d.sources.len() <= PRINT_WHOLE_MAX;
    let mut sources = Vec::new();
    for s in by_date(&d.sources) {
        let body_html = if whole {
            let md = annotate::write(s, &d.officials, "", tera)?;
            let annotated = annotate::parse(&md, &format!("sources/{}.md", s.slug))?;
            Some(
                markdown::to_html(&annotated.body)
                    .replace(" id=\"", &format!(" id=\"{}-", s.slug))
                    .replace(" href=\"#", &format!(" href=\"#{}-", s.slug)),
            )
        } else {
            None
        };
        sources.push(PrintSource {
            row: source_row(s, ""),
            body_html,
            lang: lang_code(s),
        });
    }
    let officials = d
        .officials
        .iter()
        .map(|o| PrintOfficial {
            link: official_link(o),
            roles: o
                .roles
                .iter()
                .map(|r| PrintRole {
                    title: r.title.clone(),
                    cite: cite_view(d, &r.citation, ""),
                })
                .collect(),
        })
        .collect();
    let (events, items) = if whole {
        (
            d.events.iter().map(|e| event_view(d, e, "")).collect(),
            discrepancies
                .iter()
                .map(|x| discrepancy_view(d, x, ""))
                .collect(),
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let data = PrintPage {
        whole,
        sources,
        officials,
        events,
        discrepancies: items,
        event_count: d.events.len(),
        discrepancy_count: discrepancies.len(),
    };
    Ok(page(site, "print.html", "", None, "print", data))
}

/// An RFC 3339 timestamp for a partial date (missing month or day taken as the first), for Atom.
fn atom_time(date: &PartialDate) -> Option<String> {
    let datetime = date.datetime();
    match datetime.len() {
        4 => Some(format!("{datetime}-01-01T00:00:00Z")),
        7 => Some(format!("{datetime}-01T00:00:00Z")),
        10 => Some(format!("{datetime}T00:00:00Z")),
        _ => None,
    }
}

/// `sitemap.xml` and `feed.xml` (Atom): every page, and the sources and discrepancies. The feed's
/// time is the latest publication date of a source, so that two builds are identical.
fn feed_context<'a>(
    d: &Dossier,
    discrepancies: &[Discrepancy],
    site: &'a Site,
    path: &str,
) -> Page<'a, FeedPage> {
    let sources = by_date(&d.sources);
    let times: Vec<Option<String>> = sources
        .iter()
        .map(|s| s.published.value.as_ref().and_then(atom_time))
        .collect();
    let updated = times.iter().flatten().max().cloned();
    let entries: Vec<FeedEntry> = sources
        .iter()
        .zip(&times)
        .map(|(s, time)| FeedEntry {
            row: source_row(s, ""),
            updated: time.clone().or_else(|| updated.clone()),
        })
        .collect();
    let mut pages: Vec<String> = [
        "index.html",
        "sources.html",
        "officials.html",
        "timeline.html",
        "discrepancies.html",
        "print.html",
    ]
    .iter()
    .map(|p| p.to_string())
    .collect();
    pages.extend(d.sources.iter().map(|s| format!("sources/{}.html", s.slug)));
    pages.extend(
        d.officials
            .iter()
            .map(|o| format!("officials/{}.html", o.slug)),
    );
    let data = FeedPage {
        updated,
        sources: entries,
        discrepancies: discrepancies
            .iter()
            .map(|x| discrepancy_view(d, x, ""))
            .collect(),
        pages,
    };
    page(site, path, "", None, "feed", data)
}

fn officials_context<'a>(d: &Dossier, site: &'a Site) -> Page<'a, OfficialsPage> {
    let mut groups: BTreeMap<String, Vec<OfficialRow>> = BTreeMap::new();
    for o in &d.officials {
        let sources: BTreeSet<&str> = o
            .spellings
            .iter()
            .flat_map(|s| s.citations.iter().map(|c| c.source.as_str()))
            .collect();
        groups
            .entry(
                o.group
                    .clone()
                    .unwrap_or_else(|| "Organisation not known".to_string()),
            )
            .or_default()
            .push(OfficialRow {
                href: format!("officials/{}.html", o.slug),
                name: o.name.clone(),
                native_name: o.native_name.clone(),
                spellings: o.spellings.iter().map(|s| s.text.clone()).collect(),
                roles: o.roles.iter().map(|r| r.title.clone()).collect(),
                source_count: sources.len(),
                registered: o.registered,
            });
    }
    let groups = groups
        .into_iter()
        .map(|(name, officials)| OfficialGroup { name, officials })
        .collect();
    page(
        site,
        "officials.html",
        "",
        None,
        "officials",
        OfficialsPage { groups },
    )
}

fn official_context<'a>(
    d: &Dossier,
    o: &crate::model::Official,
    discrepancies: &[Discrepancy],
    site: &'a Site,
    path: &str,
) -> Page<'a, OfficialPage> {
    let root = "../";
    let quotes: Vec<QuoteView> = d
        .sources
        .iter()
        .flat_map(|s| {
            s.quotes
                .iter()
                .zip(&s.quote_speakers)
                .filter(|(_, who)| who.as_deref() == Some(o.slug.as_str()))
                .map(move |(q, _)| (s, q))
        })
        .fold(
            Vec::<(&SourceRecord, &str, Vec<usize>)>::new(),
            |mut acc, (s, q)| {
                // The same words from the same source are one entry, with every paragraph linked.
                match acc
                    .iter_mut()
                    .find(|(src, text, _)| src.slug == s.slug && *text == q.text)
                {
                    Some((_, _, paragraphs)) => paragraphs.push(q.paragraph),
                    None => acc.push((s, q.text.as_str(), vec![q.paragraph])),
                }
                acc
            },
        )
        .into_iter()
        .filter_map(|(s, text, paragraphs)| {
            let cites: Vec<Cite> = paragraphs
                .iter()
                .map(|n| {
                    let c = Citation {
                        source: s.slug.clone(),
                        paragraph: Some(*n),
                    };
                    cite_view(d, &c, root)
                })
                .collect();
            // A quote has at least one paragraph; the first is its citation.
            Some(QuoteView {
                text: text.to_string(),
                cite: cites.first()?.clone(),
                cites,
            })
        })
        .collect();
    let mut sources: BTreeSet<String> = BTreeSet::new();
    let mut alongside: BTreeMap<String, usize> = BTreeMap::new();
    for s in &d.sources {
        if s.mention_officials.iter().flatten().any(|x| x == &o.slug) {
            sources.insert(s.slug.clone());
            let others: BTreeSet<&String> = s
                .mention_officials
                .iter()
                .flatten()
                .filter(|x| **x != o.slug)
                .collect();
            for other in others {
                *alongside.entry(other.clone()).or_default() += 1;
            }
        }
    }
    let events: Vec<EventView> = d
        .events
        .iter()
        .filter(|e| e.people.contains(&o.slug))
        .map(|e| event_view(d, e, root))
        .collect();
    let data = OfficialPage {
        name: o.name.clone(),
        native_name: o.native_name.clone(),
        name_origin: origin_text(&o.name_origin),
        group: o.group.clone(),
        registered: o.registered,
        resolution: o.resolution.clone(),
        spellings: o
            .spellings
            .iter()
            .map(|s| SpellingView {
                text: s.text.clone(),
                script: format!("{:?}", s.script),
                cites: s.citations.iter().map(|c| cite_view(d, c, root)).collect(),
            })
            .collect(),
        roles: o
            .roles
            .iter()
            .map(|r| RoleView {
                title: r.title.clone(),
                cite: cite_view(d, &r.citation, root),
                source_date: source_date(d, &r.citation.source).as_ref().map(date_view),
            })
            .collect(),
        registry_roles: o.registry_roles.clone(),
        registry: registry_view(d, &o.slug, root),
        quotes,
        events,
        sources: d
            .sources
            .iter()
            .filter(|s| sources.contains(&s.slug))
            .map(|s| source_row(s, root))
            .collect(),
        alongside: alongside
            .iter()
            .map(|(slug, n)| Alongside {
                person: person_view(d, slug, root),
                sources: *n,
            })
            .collect(),
        discrepancies: discrepancies
            .iter()
            .filter(|x| x.people.contains(&o.slug))
            .map(|x| discrepancy_link(x, root))
            .collect(),
    };
    page(site, path, root, Some(&o.name), "officials", data)
}

/// What the registry says of a person, as editorial content: the note and the roles, each
/// role's citation as a link.
fn registry_view(d: &Dossier, slug: &str, root: &str) -> Option<RegistryView> {
    let person = d.registry.people.iter().find(|p| p.slug == slug)?;
    let roles = person
        .roles
        .iter()
        .map(|r| RegistryRoleView {
            title: r.title.clone(),
            from: r.from.clone(),
            to: r.to.clone(),
            cite: r
                .citation
                .as_deref()
                .and_then(|c| crate::content::events::parse_citation(c).ok())
                .map(|c| cite_view(d, &c, root)),
            note_html: r.note.as_deref().map(markdown::to_html),
        })
        .collect();
    Some(RegistryView {
        file: d.registry.file.clone(),
        note_html: person.note.as_deref().map(markdown::to_html),
        roles,
    })
}

/// The date of a source: its publication date, else the day its dateline gives.
fn source_date(d: &Dossier, slug: &str) -> Option<PartialDate> {
    let s = crate::model::source_by_slug(&d.sources, slug)?;
    s.published.value.or_else(|| {
        s.dates
            .iter()
            .find(|m| matches!(m.kind, crate::model::DateKind::Dateline { .. }))
            .map(|m| m.best())
    })
}

fn event_view(d: &Dossier, e: &crate::model::Event, root: &str) -> EventView {
    EventView {
        id: e.id.clone(),
        href: format!("{root}timeline.html#{}", e.id),
        date: e.date.as_ref().map(date_view),
        origin: origin_text(&e.date_origin),
        origin_label: e.date_origin.label(),
        title: e.title.clone(),
        description: e.description.clone(),
        people: e.people.iter().map(|p| person_view(d, p, root)).collect(),
        cites: e.citations.iter().map(|c| cite_view(d, c, root)).collect(),
        editorial: e.authorship == Authorship::Editorial,
        kind: e.kind.clone(),
    }
}

fn timeline_context<'a>(d: &Dossier, site: &'a Site) -> Page<'a, TimelinePage> {
    let mut years: BTreeMap<i32, Vec<EventView>> = BTreeMap::new();
    let mut undated = Vec::new();
    for e in &d.events {
        match e.date.and_then(|date| date.year) {
            Some(y) => years.entry(y).or_default().push(event_view(d, e, "")),
            None => undated.push(event_view(d, e, "")),
        }
    }
    let axis = axis_view(&years);
    let years = years
        .into_iter()
        .map(|(year, events)| YearEvents { year, events })
        .collect();
    page(
        site,
        "timeline.html",
        "",
        None,
        "timeline",
        TimelinePage {
            years,
            undated,
            axis,
        },
    )
}

/// Bars for a static SVG axis: one per year from the first to the last dated event.
fn axis_view(years: &BTreeMap<i32, Vec<EventView>>) -> Option<Axis> {
    let (Some(first), Some(last)) = (years.keys().next(), years.keys().next_back()) else {
        return None;
    };
    let max = years.values().map(Vec::len).max().unwrap_or(1).max(1);
    let span = (last - first + 1) as usize;
    let width = 60;
    let bars = (*first..=*last)
        .enumerate()
        .map(|(i, year)| {
            let count = years.get(&year).map_or(0, Vec::len);
            let height = count * 80 / max;
            Bar {
                year,
                count,
                x: i * width + 10,
                y: 90 - height,
                height,
            }
        })
        .collect();
    Some(Axis {
        bars,
        width: span * width + 20,
    })
}

fn discrepancies_context<'a>(
    d: &Dossier,
    discrepancies: &[Discrepancy],
    site: &'a Site,
) -> Page<'a, DiscrepanciesPage> {
    let mut kinds: BTreeMap<DiscrepancyKind, Vec<DiscrepancyView>> = BTreeMap::new();
    for x in discrepancies {
        kinds
            .entry(x.kind)
            .or_default()
            .push(discrepancy_view(d, x, ""));
    }
    let groups = kinds
        .into_iter()
        .map(|(k, items)| KindGroup {
            kind: k,
            anchor: format!("{k:?}").to_lowercase(),
            items,
        })
        .collect();
    page(
        site,
        "discrepancies.html",
        "",
        None,
        "discrepancies",
        DiscrepanciesPage { groups },
    )
}

/// `dossier.json`: the whole analysed dossier for reuse in other tools.
fn export_json(
    d: &Dossier,
    discrepancies: &[Discrepancy],
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    /// The export's top level, serialised straight to the file (not built as one value first).
    #[derive(serde::Serialize)]
    struct Export<'a> {
        discrepancies: &'a [Discrepancy],
        events: &'a [crate::model::Event],
        officials: &'a [crate::model::Official],
        sources: &'a [SourceRecord],
        title: &'a str,
    }
    let export = Export {
        discrepancies,
        events: &d.events,
        officials: &d.officials,
        sources: &d.sources,
        title: &d.config.title,
    };
    serde_json::to_writer_pretty(&mut *out, &export)?;
    Ok(())
}
