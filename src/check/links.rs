//! Judging one link: what kind it is, where it leads, and whether its file and anchor exist.
//!
//! In: a link value as written in a page, the page's path and the site's listing. Out: `None`
//! when the link is good, else the [`Problem`] (from [`super::report`]). Reads other pages only
//! to learn their anchors, once each ([`IdCache`]).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::html::{anchors, attributes};
use super::report;
use super::site::{is_html, read_page, SiteListing};
use super::url::percent_decode;
use crate::error::Problem;

/// How a link value is to be checked.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Link<'a> {
    /// Empty value: the page itself.
    Empty,
    /// A scheme or `//`: not checked.
    External,
    /// Starts with `/`.
    Absolute,
    /// Relative to the page: path (still percent-encoded, may be empty) and fragment.
    Relative {
        /// The path before `?` and `#`.
        path: &'a str,
        /// The text after `#`, if any.
        fragment: Option<&'a str>,
    },
}

/// The kind of the link `value`: a scheme or `//` is external, `/` absolute, else relative.
pub(crate) fn classify(value: &str) -> Link<'_> {
    let value = value.trim_matches(|c: char| c.is_ascii_whitespace());
    if value.is_empty() {
        return Link::Empty;
    }
    if value.starts_with("//") || has_scheme(value) {
        return Link::External;
    }
    if value.starts_with('/') || value.starts_with('\\') {
        return Link::Absolute;
    }
    let (before_fragment, fragment) = match value.split_once('#') {
        Some((before, fragment)) => (before, Some(fragment)),
        None => (value, None),
    };
    let path = before_fragment
        .split_once('?')
        .map_or(before_fragment, |(path, _query)| path);
    Link::Relative { path, fragment }
}

/// Whether `value` starts with a URL scheme such as `https:` or `mailto:`.
fn has_scheme(value: &str) -> bool {
    let Some((scheme, _)) = value.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// The ids of each page, read once.
#[derive(Debug, Default)]
pub(crate) struct IdCache {
    pages: BTreeMap<String, BTreeSet<String>>,
}

impl IdCache {
    /// Records the ids of `page`, already read.
    pub(crate) fn insert(&mut self, page: &str, ids: BTreeSet<String>) {
        self.pages.insert(page.to_string(), ids);
    }

    /// The ids of `page`, reading it the first time (none when it cannot be read).
    fn ids(&mut self, out: &Path, page: &str) -> &BTreeSet<String> {
        self.pages.entry(page.to_string()).or_insert_with(|| {
            let html = read_page(out, page).unwrap_or_default();
            anchors(&attributes(&html)).into_keys().collect()
        })
    }
}

/// A relative link to check: the page it is on, as written, and its parts.
pub(crate) struct RelativeLink<'a> {
    /// The page holding the link, relative to the site folder.
    pub(crate) page: &'a str,
    /// The link as written.
    pub(crate) url: &'a str,
    /// The path part, still percent-encoded.
    pub(crate) path: &'a str,
    /// The fragment, still percent-encoded.
    pub(crate) fragment: Option<&'a str>,
}

/// Checks that a relative link names a file of the site and, for a page, an anchor in it.
pub(crate) fn check_relative(
    out: &Path,
    link: &RelativeLink<'_>,
    listing: &SiteListing,
    ids: &mut IdCache,
) -> Option<Problem> {
    let RelativeLink {
        page,
        url,
        path,
        fragment,
    } = *link;
    let Some(decoded) = percent_decode(path) else {
        return Some(report::bad_encoding(page, url, "the link "));
    };
    let target = if decoded.is_empty() {
        page.to_string()
    } else {
        match resolve(page, &decoded) {
            Some(target) => target,
            None => return Some(report::leaves_site(page, url)),
        }
    };
    if decoded.ends_with('/') || listing.folders.contains(&target) {
        let shown = target.trim_end_matches('/');
        return Some(report::folder_link(page, url, shown, path));
    }
    if !listing.files.contains(&target) {
        return Some(report::missing_file(page, url, &target));
    }
    let fragment = fragment.filter(|f| !f.is_empty() && *f != "top" && is_html(&target))?;
    let Some(fragment) = percent_decode(fragment) else {
        return Some(report::bad_encoding(page, url, "the fragment of "));
    };
    if ids.ids(out, &target).contains(&fragment) {
        return None;
    }
    Some(report::missing_anchor(page, url, &target, &fragment))
}

/// Resolves a decoded relative `link` against the folder of `page`; `None` when it leaves the
/// site. The result has no `.`/`..` segments and no trailing `/`.
fn resolve(page: &str, link: &str) -> Option<String> {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for segment in link.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_table() {
        let table: [(&str, Link<'_>); 11] = [
            ("", Link::Empty),
            ("https://example.org/", Link::External),
            ("http://x", Link::External),
            ("mailto:a@b", Link::External),
            ("data:image/png;base64,AA", Link::External),
            ("javascript:void(0)", Link::External),
            ("//cdn.example.org/x.js", Link::External),
            ("/sources/a.html", Link::Absolute),
            (
                "a.html?x=1#p2",
                Link::Relative {
                    path: "a.html",
                    fragment: Some("p2"),
                },
            ),
            (
                "#p1",
                Link::Relative {
                    path: "",
                    fragment: Some("p1"),
                },
            ),
            (
                "../x:y.html",
                Link::Relative {
                    path: "../x:y.html",
                    fragment: None,
                },
            ),
        ];
        for (value, expected) in table {
            assert_eq!(classify(value), expected, "{value}");
        }
    }

    #[test]
    fn resolve_table() {
        let table = [
            ("index.html", "sources/a.html", Some("sources/a.html")),
            ("sources/a.html", "../index.html", Some("index.html")),
            ("sources/a.html", "./b.html", Some("sources/b.html")),
            ("sources/a.html", "../../x.html", None),
            ("index.html", "sources/", Some("sources")),
        ];
        for (page, link, expected) in table {
            assert_eq!(resolve(page, link).as_deref(), expected, "{page} {link}");
        }
    }
}
