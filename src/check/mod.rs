//! `dossier check`: validate content and every link of the built site.
//!
//! In: a dossier folder ([`check`]) or a built site folder ([`check_site`]). Out: a
//! [`CheckReport`] (counts and [`Problem`]s with page, line and column). Never writes into the
//! dossier or its output: [`check`] renders into a temporary folder.
//!
//! [`check`] analyses the dossier (which reports every content problem: bad YAML, unknown
//! references, ...), renders the site into a temporary folder and runs [`check_site`] on it.
//!
//! # Method
//!
//! [`check_site`] lists the output folder (`site`) and reads every `.html` page (sorted by
//! path) with html5ever's tokenizer (`html`, [`attributes`]), which records the line and
//! column of every attribute value. Each `href`, `src` and `srcset` value is then judged
//! (`links`):
//!
//! - a value with a scheme (`https:`, `mailto:`, `data:`, `javascript:`, ...) or starting with
//!   `//` is external and not checked;
//! - a value starting with `/` is reported: such links break under a GitHub Pages sub-path and
//!   from `file://`;
//! - anything else is resolved against the page's folder after percent-decoding ([`url`]), and
//!   must name a FILE of the site (matched exactly, case included, against the list of files, so
//!   a link that works on a case-insensitive disk but not on a web server is still reported); a
//!   link to a folder is reported because folders do not open from `file://`;
//! - a fragment (`#p3`, `page.html#p3`) must match an `id` (or an `<a name>`) of the target page;
//!   the ids of each page are read once and cached. The empty fragment and `#top` are accepted
//!   (browsers scroll to the top for both).
//!
//! Duplicate ids within one page are reported too: a link to them would land in one place only.
//! The words of every problem are in `report`.
//!
//! # Limits
//!
//! The tree builder is not run, so `<base href>` is not applied; attributes other than `href`,
//! `src` and `srcset` (for example `<meta http-equiv=refresh>` or CSS `url(...)`) are not read.
//! Fragments are checked only for links to `.html`/`.htm` files. Query strings are ignored.

mod html;
mod links;
mod position;
mod report;
mod site;
pub mod url;

use std::path::Path;

pub use html::{attributes, Attribute};
pub use report::CheckReport;
pub use site::leftover_serve_scripts;

use crate::error::{Error, Problem};
use links::{check_relative, classify, IdCache, Link, RelativeLink};
use site::SiteListing;

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

/// Checks the links and ids of one page, adding to `report`.
fn check_page(
    out: &Path,
    page: &str,
    listing: &SiteListing,
    ids: &mut IdCache,
    report: &mut CheckReport,
) {
    let html = match site::read_page(out, page) {
        Ok(html) => html,
        Err(e) => {
            report.problems.push(report::unreadable_page(page, &e));
            return;
        }
    };
    let attrs = attributes(&html);
    let own_anchors = html::anchors(&attrs);
    report
        .problems
        .extend(report::duplicate_ids(page, &attrs, &own_anchors));
    ids.insert(page, own_anchors.into_keys().collect());
    for attr in &attrs {
        for url in html::link_values(attr) {
            let problem = match classify(url) {
                Link::External => {
                    report.external += 1;
                    continue;
                }
                Link::Empty => continue,
                Link::Absolute => Some(report::absolute_link(page, url)),
                Link::Relative { path, fragment } => {
                    let link = RelativeLink {
                        page,
                        url,
                        path,
                        fragment,
                    };
                    check_relative(out, &link, listing, ids)
                }
            };
            report.links += 1;
            if let Some(problem) = problem {
                report.push_at(page, attr, problem);
            }
        }
    }
}
