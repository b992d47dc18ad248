//! `dossier check`: validate content and every link of the built site.
//!
//! [`check`] analyses the dossier (which reports every content problem: bad YAML, unknown
//! references, ...), renders the site into a temporary folder and runs [`check_site`] on it.
//!
//! # Method
//!
//! [`check_site`] reads every `.html` file under the output folder (sorted by path) with a small
//! HTML scanner ([`attributes`]) that knows about tags, quoted and unquoted attribute values,
//! comments, character references and the raw-text elements (`script`, `style`, `textarea`,
//! `title`), and records the line and column of every attribute value. Each `href`, `src` and
//! `srcset` value is then classified:
//!
//! - a value with a scheme (`https:`, `mailto:`, `data:`, `javascript:`, ...) or starting with
//!   `//` is external and not checked;
//! - a value starting with `/` is reported: such links break under a GitHub Pages sub-path and
//!   from `file://`;
//! - anything else is resolved against the page's folder after percent-decoding, and must name a
//!   FILE of the site (matched exactly, case included, against the list of files, so a link that
//!   works on a case-insensitive disk but not on a web server is still reported); a link to a
//!   folder is reported because folders do not open from `file://`;
//! - a fragment (`#p3`, `page.html#p3`) must match an `id` (or an `<a name>`) of the target page;
//!   the ids of each page are read once and cached. The empty fragment and `#top` are accepted
//!   (browsers scroll to the top for both).
//!
//! Duplicate ids within one page are reported too: a link to them would land in one place only.
//!
//! # Limits
//!
//! The scanner is not a full HTML parser: it does not run the tree builder, so it does not apply
//! `<base href>`, and it does not look into attributes other than `href`, `src` and `srcset`
//! (for example `<meta http-equiv=refresh>` or CSS `url(...)`). Fragments are checked only for
//! links to `.html`/`.htm` files. Query strings are ignored.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use walkdir::WalkDir;

use crate::error::{Error, Problem};

/// What checking a site found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// Number of HTML pages read.
    pub pages: usize,
    /// Number of internal links (and `src` references) checked.
    pub links: usize,
    /// Number of external links seen and not checked.
    pub external: usize,
    /// Every problem found, in page order then position order.
    pub problems: Vec<Problem>,
}

impl CheckReport {
    /// The summary line of `dossier check`: "N pages, M links checked, K problems".
    pub fn summary(&self) -> String {
        format!(
            "{} {}, {} {} checked ({} external not checked), {} {}",
            self.pages,
            plural(self.pages, "page", "pages"),
            self.links,
            plural(self.links, "link", "links"),
            self.external,
            self.problems.len(),
            plural(self.problems.len(), "problem", "problems"),
        )
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// Analyses the dossier at `root`, renders it into a temporary folder and checks every link.
///
/// Content problems stop the check with `Err` (they are the same errors `dossier build` gives);
/// link problems are returned in the report.
pub fn check(root: &Path) -> Result<CheckReport, Error> {
    let dossier = crate::analyse(root)?;
    let temp = tempfile::tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let out = temp.path().join("public");
    crate::write_site(
        &dossier,
        &out,
        false,
        crate::output::Mode::Swap,
        &mut crate::Timings::default(),
    )?;
    let mut report = check_site_report(&out);
    report
        .problems
        .extend(leftover_serve_scripts(root, &root.join("public")));
    Ok(report)
}

/// Pages of the published output (`public/`) that still load the live-reload script of
/// `dossier serve` (earlier versions wrote it into the pages): published, they would try to
/// reach a server that is not there.
pub fn leftover_serve_scripts(root: &Path, out: &Path) -> Vec<Problem> {
    let mut problems = Vec::new();
    for entry in WalkDir::new(out).sort_by_file_name().into_iter().flatten() {
        let path = entry.path();
        if !entry.file_type().is_file() || !is_html(&path.to_string_lossy()) {
            continue;
        }
        let Ok(html) = std::fs::read_to_string(path) else {
            continue;
        };
        if let Some(at) = html.find(crate::serve::RELOAD_SCRIPT_PATH) {
            let line = html[..at].matches('\n').count() + 1;
            problems.push(Problem::at(
                crate::content::relative_display(root, path),
                Some(line),
                "this page loads the live-reload script of `dossier serve`; published, it would \
                 call a server that is not there",
                "run `dossier build` before publishing (serve no longer writes the script into \
                 the output)",
            ));
        }
    }
    problems
}

/// Checks every internal link of the site in `out`; see the module documentation.
pub fn check_site(out: &Path) -> Vec<Problem> {
    check_site_report(out).problems
}

/// Like [`check_site`], with the counts of pages and links as well.
pub fn check_site_report(out: &Path) -> CheckReport {
    let mut report = CheckReport::default();
    let listing = match SiteListing::read(out) {
        Ok(listing) => listing,
        Err(problem) => {
            report.problems.push(problem);
            return report;
        }
    };
    let mut ids = IdCache::default();
    for page in listing.pages() {
        report.pages += 1;
        check_page(out, &page, &listing, &mut ids, &mut report);
    }
    report
}

/// The files and folders of the site, as relative paths with `/`.
#[derive(Debug, Default)]
struct SiteListing {
    files: BTreeSet<String>,
    folders: BTreeSet<String>,
}

impl SiteListing {
    fn read(out: &Path) -> Result<SiteListing, Problem> {
        let mut listing = SiteListing::default();
        for entry in WalkDir::new(out).sort_by_file_name() {
            let entry = entry.map_err(|e| {
                Problem::at(
                    out.display().to_string(),
                    None,
                    format!("cannot read the site folder: {e}"),
                    "build the site first, and check that the folder is readable",
                )
            })?;
            let relative = relative_key(out, entry.path());
            if relative.is_empty() {
                continue;
            }
            if entry.file_type().is_dir() {
                listing.folders.insert(relative);
            } else {
                listing.files.insert(relative);
            }
        }
        Ok(listing)
    }

    /// The HTML pages, sorted by path.
    fn pages(&self) -> Vec<String> {
        self.files.iter().filter(|f| is_html(f)).cloned().collect()
    }
}

fn relative_key(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn is_html(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm")
}

/// The ids of each page, read once.
#[derive(Debug, Default)]
struct IdCache {
    pages: BTreeMap<String, BTreeSet<String>>,
}

impl IdCache {
    fn insert(&mut self, page: &str, ids: BTreeSet<String>) {
        self.pages.insert(page.to_string(), ids);
    }

    fn ids(&mut self, out: &Path, page: &str) -> &BTreeSet<String> {
        self.pages.entry(page.to_string()).or_insert_with(|| {
            let html = std::fs::read(out.join(page))
                .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
                .unwrap_or_default();
            anchors(&attributes(&html)).into_keys().collect()
        })
    }
}

fn check_page(
    out: &Path,
    page: &str,
    listing: &SiteListing,
    ids: &mut IdCache,
    report: &mut CheckReport,
) {
    let html = match std::fs::read(out.join(page)) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            report.problems.push(Problem::at(
                page,
                None,
                format!("cannot read the page: {e}"),
                "check that the file is readable",
            ));
            return;
        }
    };
    let attrs = attributes(&html);
    let own_anchors = anchors(&attrs);
    report_duplicate_ids(page, &attrs, &own_anchors, &mut report.problems);
    ids.insert(page, own_anchors.into_keys().collect());
    for attr in &attrs {
        for url in link_values(attr) {
            let problem = match classify(url) {
                Link::External => {
                    report.external += 1;
                    continue;
                }
                Link::Empty => continue,
                Link::Absolute => Some(absolute_link_problem(page, url)),
                Link::Relative { path, fragment } => {
                    check_relative(out, page, url, path, fragment, listing, ids)
                }
            };
            report.links += 1;
            if let Some(problem) = problem {
                report.problems.push(
                    Problem {
                        file: page.to_string(),
                        line: Some(attr.line),
                        ..problem
                    }
                    .with_column(Some(attr.column)),
                );
            }
        }
    }
}

/// The URLs an attribute holds: the whole value of `href`/`src`, each candidate of `srcset`.
fn link_values(attr: &Attribute) -> Vec<&str> {
    match attr.name.as_str() {
        "href" | "src" => vec![attr.value.as_str()],
        "srcset" => attr
            .value
            .split(',')
            .filter_map(|candidate| candidate.split_whitespace().next())
            .collect(),
        _ => Vec::new(),
    }
}

/// How a link value is to be checked.
#[derive(Debug, PartialEq, Eq)]
enum Link<'a> {
    /// Empty value: the page itself.
    Empty,
    /// A scheme or `//`: not checked.
    External,
    /// Starts with `/`.
    Absolute,
    /// Relative to the page: path (still percent-encoded, may be empty) and fragment.
    Relative {
        path: &'a str,
        fragment: Option<&'a str>,
    },
}

fn classify(value: &str) -> Link<'_> {
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

fn absolute_link_problem(page: &str, url: &str) -> Problem {
    let depth = page.matches('/').count();
    let suggestion = format!("{}{}", "../".repeat(depth), url.trim_start_matches('/'));
    Problem::at(
        page,
        None,
        format!("the link {url:?} starts with \"/\""),
        format!(
            "use a path relative to the page ({suggestion:?}): links from the root break \
             from file:// and under a GitHub Pages sub-path"
        ),
    )
}

fn check_relative(
    out: &Path,
    page: &str,
    url: &str,
    path: &str,
    fragment: Option<&str>,
    listing: &SiteListing,
    ids: &mut IdCache,
) -> Option<Problem> {
    let Some(decoded) = percent_decode(path) else {
        return Some(Problem::at(
            page,
            None,
            format!("the link {url:?} is not valid percent-encoded UTF-8"),
            "encode special characters as %XX of their UTF-8 bytes",
        ));
    };
    let target = if decoded.is_empty() {
        page.to_string()
    } else {
        match resolve(page, &decoded) {
            Some(target) => target,
            None => {
                return Some(Problem::at(
                    page,
                    None,
                    format!("the link {url:?} leaves the site folder"),
                    "link only to files inside the site",
                ))
            }
        }
    };
    if decoded.ends_with('/') || listing.folders.contains(&target) {
        let shown = target.trim_end_matches('/');
        return Some(Problem::at(
            page,
            None,
            format!("the link {url:?} points at the folder {shown}/, not at a file"),
            format!(
                "link to a file such as \"{}\": folders do not open from file://",
                join_index(path)
            ),
        ));
    }
    if !listing.files.contains(&target) {
        return Some(Problem::at(
            page,
            None,
            format!("the link {url:?} points at {target}, which is not in the site"),
            "check the file name (letters, case and folder); links are relative to the page's folder",
        ));
    }
    let fragment = fragment.filter(|f| !f.is_empty() && *f != "top" && is_html(&target))?;
    let Some(fragment) = percent_decode(fragment) else {
        return Some(Problem::at(
            page,
            None,
            format!("the fragment of {url:?} is not valid percent-encoded UTF-8"),
            "encode special characters as %XX of their UTF-8 bytes",
        ));
    };
    if ids.ids(out, &target).contains(&fragment) {
        return None;
    }
    Some(Problem::at(
        page,
        None,
        format!("the link {url:?}: {target} has no id {fragment:?}"),
        "link to an anchor that exists (paragraph anchors are #p1, #p2, ...), or add the id",
    ))
}

/// `path` with `index.html` appended, for the help text of a folder link.
fn join_index(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        format!("{path}/index.html")
    }
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

/// Decodes `%XX` escapes; `None` when an escape is malformed or the bytes are not UTF-8.
pub(crate) fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(decoded).ok()
}

/// The anchors of a page (`id` on any element, `name` on `<a>`), each with the first
/// attribute that defines it.
fn anchors(attrs: &[Attribute]) -> BTreeMap<String, &Attribute> {
    let mut found = BTreeMap::new();
    for attr in attrs {
        let is_anchor = attr.name == "id" || (attr.name == "name" && attr.tag == "a");
        if is_anchor && !attr.value.is_empty() {
            found.entry(attr.value.clone()).or_insert(attr);
        }
    }
    found
}

fn report_duplicate_ids(
    page: &str,
    attrs: &[Attribute],
    first: &BTreeMap<String, &Attribute>,
    problems: &mut Vec<Problem>,
) {
    for attr in attrs.iter().filter(|a| a.name == "id") {
        let Some(original) = first.get(&attr.value) else {
            continue;
        };
        if std::ptr::eq(*original, attr) {
            continue;
        }
        problems.push(
            Problem::at(
                page,
                Some(attr.line),
                format!(
                    "the id {:?} is used twice (first on line {})",
                    attr.value, original.line
                ),
                "ids must be unique in a page, so that a link to them lands in one place",
            )
            .with_column(Some(attr.column)),
        );
    }
}

/// One attribute found in an HTML text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    /// The element's name, lower case.
    pub tag: String,
    /// The attribute's name, lower case.
    pub name: String,
    /// The value with character references decoded (empty for a bare attribute).
    pub value: String,
    /// 1-based line of the value (of the name for a bare attribute).
    pub line: usize,
    /// 1-based column, in characters, of the value (of the name for a bare attribute).
    pub column: usize,
}

/// Elements whose content is raw text: no tags inside until their end tag.
const RAW_TEXT_ELEMENTS: [&str; 4] = ["script", "style", "textarea", "title"];

/// Every attribute of every start tag of `html`, in document order.
///
/// Skips comments, doctype and processing instructions, end tags, and the content of
/// `script`, `style`, `textarea` and `title`. Never fails: malformed input yields what could be
/// read.
pub fn attributes(html: &str) -> Vec<Attribute> {
    let mut scanner = Scanner::new(html);
    let mut found = Vec::new();
    while let Some(lt) = scanner.find_from("<") {
        scanner.pos = lt;
        let rest = &html[lt..];
        if rest.starts_with("<!--") {
            scanner.skip_past(4, "-->");
        } else if rest.starts_with("<!") || rest.starts_with("<?") || rest.starts_with("</") {
            scanner.skip_past(1, ">");
        } else if rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            let tag = scanner.start_tag(&mut found);
            if RAW_TEXT_ELEMENTS.contains(&tag.as_str()) {
                scanner.skip_raw_text(&tag);
            }
        } else {
            scanner.pos += 1;
        }
    }
    found
}

/// A position in an HTML text, with line starts for locating attributes.
struct Scanner<'a> {
    html: &'a str,
    pos: usize,
    line_starts: Vec<usize>,
}

impl<'a> Scanner<'a> {
    fn new(html: &'a str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(html.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Scanner {
            html,
            pos: 0,
            line_starts,
        }
    }

    fn find_from(&self, needle: &str) -> Option<usize> {
        self.html
            .get(self.pos..)?
            .find(needle)
            .map(|i| i + self.pos)
    }

    /// Moves past the first `needle` found `skip` bytes ahead, or to the end.
    fn skip_past(&mut self, skip: usize, needle: &str) {
        self.pos += skip;
        self.pos = self
            .find_from(needle)
            .map_or(self.html.len(), |i| i + needle.len());
    }

    /// Moves past the end tag `</tag`, matched case-insensitively, or to the end.
    fn skip_raw_text(&mut self, tag: &str) {
        let lower = self.html[self.pos..].to_ascii_lowercase();
        let end = format!("</{tag}");
        self.pos = lower
            .find(&end)
            .map_or(self.html.len(), |i| self.pos + i + end.len());
    }

    fn peek(&self) -> Option<char> {
        self.html[self.pos..].chars().next()
    }

    fn take_while(&mut self, keep: impl Fn(char) -> bool) -> &'a str {
        let start = self.pos;
        let rest = &self.html[start..];
        let len = rest.find(|c: char| !keep(c)).unwrap_or(rest.len());
        self.pos += len;
        &self.html[start..start + len]
    }

    fn line_column(&self, offset: usize) -> (usize, usize) {
        let index = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[index.saturating_sub(1)];
        let column = self.html[line_start..offset].chars().count() + 1;
        (index, column)
    }

    /// Reads a start tag at `pos` (which holds `<`), pushing its attributes; returns its name.
    fn start_tag(&mut self, found: &mut Vec<Attribute>) -> String {
        self.pos += 1;
        let tag = self
            .take_while(|c| !c.is_ascii_whitespace() && c != '/' && c != '>')
            .to_ascii_lowercase();
        loop {
            self.take_while(|c| c.is_ascii_whitespace() || c == '/');
            match self.peek() {
                None => break,
                Some('>') => {
                    self.pos += 1;
                    break;
                }
                Some(_) => {}
            }
            let name_start = self.pos;
            let name = self
                .take_while(|c| !c.is_ascii_whitespace() && !matches!(c, '=' | '>' | '/'))
                .to_ascii_lowercase();
            let name = if name.is_empty() {
                // A stray '=': HTML reads it as the start of a name.
                self.pos += 1;
                "=".to_string()
            } else {
                name
            };
            let (value, value_start) = self
                .attribute_value()
                .unwrap_or((String::new(), name_start));
            let (line, column) = self.line_column(value_start);
            found.push(Attribute {
                tag: tag.clone(),
                name,
                value,
                line,
                column,
            });
        }
        tag
    }

    /// Reads `= value` after an attribute name, if present: the decoded value and its offset.
    fn attribute_value(&mut self) -> Option<(String, usize)> {
        let before = self.pos;
        self.take_while(|c| c.is_ascii_whitespace());
        if self.peek() != Some('=') {
            self.pos = before;
            return None;
        }
        self.pos += 1;
        self.take_while(|c| c.is_ascii_whitespace());
        let (raw, start) = match self.peek() {
            Some(quote @ ('"' | '\'')) => {
                self.pos += 1;
                let start = self.pos;
                let raw = self.take_while(|c| c != quote);
                self.pos = (self.pos + 1).min(self.html.len());
                (raw, start)
            }
            _ => {
                let start = self.pos;
                (
                    self.take_while(|c| !c.is_ascii_whitespace() && c != '>'),
                    start,
                )
            }
        };
        Some((decode_references(raw), start))
    }
}

/// Decodes numeric character references and the common named ones; others stay as written.
fn decode_references(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match decode_one_reference(rest) {
            Some((decoded, len)) => {
                out.push(decoded);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Decodes the reference at the start of `text` (which starts with `&`): the character and the
/// length of the reference including `;`.
fn decode_one_reference(text: &str) -> Option<(char, usize)> {
    let end = text.bytes().take(12).position(|b| b == b';')?;
    let body = &text[1..end];
    let decoded = if let Some(number) = body.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        char::from_u32(code)?
    } else {
        match body {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{a0}',
            _ => return None,
        }
    };
    Some((decoded, end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scanner_reads_quoted_unquoted_and_bare_attributes_with_positions() {
        let html = "<p>x</p>\n<a class=x href=\"a.html\" data-x='b c'\n   id=top hidden>";
        let attrs = attributes(html);
        let got: Vec<(&str, &str, usize, usize)> = attrs
            .iter()
            .map(|a| (a.name.as_str(), a.value.as_str(), a.line, a.column))
            .collect();
        assert_eq!(
            got,
            vec![
                ("class", "x", 2, 10),
                ("href", "a.html", 2, 18),
                ("data-x", "b c", 2, 34),
                ("id", "top", 3, 7),
                ("hidden", "", 3, 11),
            ]
        );
    }

    #[test]
    fn scanner_skips_comments_scripts_and_end_tags() {
        let html = "<!-- <a href=\"no1\"> --><script>var s = '<a href=\"no2\">';</script>\
                    <STYLE>a{}</style ><TITLE><a href=no3></title></p><img SRC=yes>";
        let attrs = attributes(html);
        assert_eq!(attrs.len(), 1);
        assert_eq!(
            (attrs[0].tag.as_str(), attrs[0].name.as_str()),
            ("img", "src")
        );
        assert_eq!(attrs[0].value, "yes");
    }

    #[test]
    fn scanner_decodes_character_references() {
        let attrs = attributes("<a href=\"a&#x2F;b.html?x=1&amp;y=2&#35;z&unknown;&\">");
        assert_eq!(attrs[0].value, "a/b.html?x=1&y=2#z&unknown;&");
    }

    #[test]
    fn scanner_survives_truncated_input() {
        for html in [
            "<a href=\"x",
            "<a href=",
            "<a",
            "<",
            "<!--",
            "<script>",
            "<a href='é",
        ] {
            let _ = attributes(html);
        }
        assert_eq!(attributes("<a href=\"x")[0].value, "x");
    }

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

    #[test]
    fn percent_decode_table() {
        let table = [
            ("a%20b.html", Some("a b.html")),
            ("%D0%A0.html", Some("Р.html")),
            ("plain", Some("plain")),
            ("%zz", None),
            ("%2", None),
            ("%FF", None),
        ];
        for (text, expected) in table {
            assert_eq!(percent_decode(text).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn summary_line() {
        let report = CheckReport {
            pages: 1,
            links: 2,
            external: 3,
            problems: Vec::new(),
        };
        assert_eq!(
            report.summary(),
            "1 page, 2 links checked (3 external not checked), 0 problems"
        );
    }
}
