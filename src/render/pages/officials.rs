//! `officials.html` (officials by organisation; a long index split by the first letter of the
//! name, see [`super::parts`]) and `officials/SLUG.html` (one official:
//! spellings, titles, quotations, events, sources, discrepancies).

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Citation, Discrepancy, Official, PartialDate, SourceRecord};
use crate::render::context::{
    Alongside, Cite, EventView, OfficialGroup, OfficialPage, OfficialRow, OfficialsPage, Page,
    QuoteView, RegistryRoleView, RegistryView, RoleView, Site, SpellingView,
};
use crate::render::markdown;
use crate::render::pages::parts::{links, list_pages, official_parts, Layout};
use crate::render::pages::views::{
    cite_view, date_view, discrepancy_link, event_view, origin_text, page, person_view, source_row,
};
use crate::Dossier;

/// `officials.html` and its parts (by the first letter of the name), each with its path: the
/// officials grouped by organisation.
pub(crate) fn officials_pages<'a>(
    d: &Dossier,
    site: &'a Site,
) -> Vec<(String, Page<'a, OfficialsPage>)> {
    let parts = official_parts(&d.officials);
    let links = links(&parts);
    let count = d.officials.len();
    list_pages("officials.html", count, &parts, |path, entries, part| {
        let officials = entries.iter().filter_map(|&i| d.officials.get(i));
        let data = OfficialsPage {
            groups: by_organisation(officials),
            parts: links.clone(),
            official_count: count,
        };
        let mut ctx = page(site, path, "", None, "officials", data);
        ctx.part = part.cloned();
        ctx
    })
}

/// The number of sources whose text spells the official's name.
pub(crate) fn official_source_count(o: &Official) -> usize {
    o.spellings
        .iter()
        .flat_map(|s| s.citations.iter().map(|c| c.source.as_str()))
        .collect::<BTreeSet<&str>>()
        .len()
}

/// Officials as rows of `officials.html`, grouped by organisation (by name).
fn by_organisation<'o>(officials: impl Iterator<Item = &'o Official>) -> Vec<OfficialGroup> {
    let mut groups: BTreeMap<String, Vec<OfficialRow>> = BTreeMap::new();
    for o in officials {
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
                source_count: official_source_count(o),
                registered: o.registered,
            });
    }
    groups
        .into_iter()
        .map(|(name, officials)| OfficialGroup { name, officials })
        .collect()
}

pub(crate) fn official_context<'a>(
    d: &Dossier,
    o: &Official,
    discrepancies: &[Discrepancy],
    layout: &Layout,
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
                .filter(|q| q.speaker.as_deref() == Some(o.slug.as_str()))
                .map(move |q| (s, q))
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
        if s.mentions
            .iter()
            .any(|m| m.official.as_ref() == Some(&o.slug))
        {
            sources.insert(s.slug.clone());
            let others: BTreeSet<&String> = s
                .mentions
                .iter()
                .filter_map(|m| m.official.as_ref())
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
        .map(|e| event_view(d, layout, e, root))
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
            .map(|x| discrepancy_link(x, layout, root))
            .collect(),
    };
    page(site, path, root, Some(&o.name), "officials", data)
}

/// What the registry says of a person, as editorial content: the note and the roles, each
/// role's citation as a link.
pub(crate) fn registry_view(d: &Dossier, slug: &str, root: &str) -> Option<RegistryView> {
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
                .and_then(|c| c.parse::<crate::citation::Citation>().ok())
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
pub(crate) fn source_date(d: &Dossier, slug: &str) -> Option<PartialDate> {
    crate::model::source_by_slug(&d.sources, slug)?.date()
}
