//! `sources/SLUG.html` and `sources/SLUG.md`: one source's page from its annotated Markdown,
//! with what cites each paragraph, its discrepancies and its neighbours in publication order.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use tera::Tera;

use crate::annotate::{self, AnnotatedFile};
use crate::error::Result;
use crate::model::{Authorship, Discrepancy, SourceRecord};
use crate::render::context::{
    CitedItem, CitedParagraph, DateMentionView, DiscrepancyLink, MentionedPerson, Neighbour,
    RemovedGroup, RemovedLineView, Site, SourcePage,
};
use crate::render::markdown::{self, LinkTargets};
use crate::render::pages::editorial::editorial_html;
use crate::render::pages::parts::Layout;
use crate::render::pages::views::{
    by_date, date_fact_view, date_view, discrepancy_link, fact_view, lang_code, origin_text, page,
    render,
};
use crate::render::pages::SiteFile;
use crate::Dossier;

/// What each source page lists, built once for all sources (not one scan of every discrepancy,
/// event and official per source page).
pub(crate) struct BySource<'a> {
    /// Source slug → the indices of the discrepancies that concern it, in order.
    discrepancies: BTreeMap<&'a str, Vec<usize>>,
    /// Source slug → (paragraph, what cites it), in the order [`cited_by`] lists them.
    cited: HashMap<&'a str, Vec<(usize, CitedItem)>>,
}

/// The discrepancies and the citing items of every source.
pub(crate) fn by_source<'a>(
    d: &'a Dossier,
    discrepancies: &'a [Discrepancy],
    layout: &Layout,
) -> BySource<'a> {
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
        cited: citing_items(d, discrepancies, layout),
    }
}

/// Every paragraph citation of a discrepancy, note, event or registry title, by source.
fn citing_items<'a>(
    d: &'a Dossier,
    discrepancies: &'a [Discrepancy],
    layout: &Layout,
) -> HashMap<&'a str, Vec<(usize, CitedItem)>> {
    let mut cited: HashMap<&str, Vec<(usize, CitedItem)>> = HashMap::new();
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
        let href = layout.discrepancy_href(&x.id, "../");
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
        let href = layout.event_href(&e.id, "../");
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

/// The sources before and after each one in publication order, as links from a source page.
pub(crate) type Around = (Option<Neighbour>, Option<Neighbour>);

/// [`Around`] of every source, by slug.
pub(crate) fn neighbours(d: &Dossier) -> std::collections::HashMap<&str, Around> {
    let order = by_date(&d.sources);
    let link = |s: &SourceRecord| Neighbour {
        href: format!("{}.html", s.slug),
        title: s.meta.title.value.clone().unwrap_or_else(|| s.slug.clone()),
        outlet: s.meta.outlet.value.clone(),
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
pub(crate) fn source_files(
    file: &AnnotatedFile<'_>,
    discrepancies: &[Discrepancy],
    by_source: &BySource<'_>,
    layout: &Layout,
    targets: &LinkTargets,
    tera: &Tera,
    site: &Site,
    (prev, next): Around,
) -> Result<Vec<SiteFile>> {
    let s = file.source;
    let md_name = format!("sources/{}.md", s.slug);
    let annotated = annotate::parse(&file.markdown, &md_name)?;
    let front = &annotated.front;
    let body_html = markdown::to_html(&annotated.body);
    let related: Vec<DiscrepancyLink> = by_source
        .discrepancies
        .get(s.slug.as_str())
        .into_iter()
        .flatten()
        .map(|&i| discrepancy_link(&discrepancies[i], layout, "../"))
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
        .meta
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
        title: fact_view(&front.meta.title),
        outlet: fact_view(&front.meta.outlet),
        original_outlet: fact_view(&front.meta.original_outlet),
        dateline: fact_view(&front.meta.dateline),
        published: date_fact_view(&front.meta.published),
        language: fact_view(&front.meta.language),
        url: front.meta.url.clone(),
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
    let title = s.meta.title.value.clone().unwrap_or_else(|| s.slug.clone());
    let path = format!("sources/{}.html", s.slug);
    let ctx = page(site, &path, "../", Some(&title), "sources", data);
    let html = render(tera, "source.html", &ctx)?;
    Ok(vec![
        (md_name, file.markdown.clone().into_bytes()),
        (path, html.into_bytes()),
    ])
}

/// What cites each paragraph of `s` (discrepancies, events, registry titles), by paragraph, in
/// paragraph order; shown beside each paragraph.
pub(crate) fn cited_by(s: &SourceRecord, by_source: &BySource<'_>) -> Vec<CitedParagraph> {
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
