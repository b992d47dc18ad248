//! What checking found: the counts and the problems, with the words `dossier check` prints.
//!
//! In: pages, links and the facts of each broken link. Out: a [`CheckReport`] and its
//! [`Problem`]s (message and what to do). Decides nothing about links: [`super::links`] does.

use std::collections::BTreeMap;

use super::html::Attribute;
use crate::error::Problem;

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

    /// Records `problem`, found on `page`, at the position of `attr`.
    pub(crate) fn push_at(&mut self, page: &str, attr: &Attribute, problem: Problem) {
        self.problems.push(
            Problem {
                file: page.to_string(),
                line: Some(attr.line),
                ..problem
            }
            .with_column(Some(attr.column)),
        );
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// A page that cannot be read.
pub(crate) fn unreadable_page(page: &str, error: &std::io::Error) -> Problem {
    Problem::at(
        page,
        None,
        format!("cannot read the page: {error}"),
        "check that the file is readable",
    )
}

/// A link from the site root (`/sources/a.html`), with the relative link to use instead.
pub(crate) fn absolute_link(page: &str, url: &str) -> Problem {
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

/// A link whose path or fragment (`part`) is not valid percent-encoded UTF-8.
pub(crate) fn bad_encoding(page: &str, url: &str, part: &str) -> Problem {
    Problem::at(
        page,
        None,
        format!("{part}{url:?} is not valid percent-encoded UTF-8"),
        "encode special characters as %XX of their UTF-8 bytes",
    )
}

/// A link that climbs out of the site folder.
pub(crate) fn leaves_site(page: &str, url: &str) -> Problem {
    Problem::at(
        page,
        None,
        format!("the link {url:?} leaves the site folder"),
        "link only to files inside the site",
    )
}

/// A link to a folder (`shown`), with the `index.html` link to use instead.
pub(crate) fn folder_link(page: &str, url: &str, shown: &str, path: &str) -> Problem {
    let index = if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        format!("{path}/index.html")
    };
    Problem::at(
        page,
        None,
        format!("the link {url:?} points at the folder {shown}/, not at a file"),
        format!("link to a file such as \"{index}\": folders do not open from file://"),
    )
}

/// A link to a file the site does not have.
pub(crate) fn missing_file(page: &str, url: &str, target: &str) -> Problem {
    Problem::at(
        page,
        None,
        format!("the link {url:?} points at {target}, which is not in the site"),
        "check the file name (letters, case and folder); links are relative to the page's folder",
    )
}

/// A link to an anchor its target page does not have.
pub(crate) fn missing_anchor(page: &str, url: &str, target: &str, fragment: &str) -> Problem {
    Problem::at(
        page,
        None,
        format!("the link {url:?}: {target} has no id {fragment:?}"),
        "link to an anchor that exists (paragraph anchors are #p1, #p2, ...), or add the id",
    )
}

/// One problem for every `id` of `attrs` that repeats an earlier one (`first`: the first
/// attribute defining each anchor).
pub(crate) fn duplicate_ids(
    page: &str,
    attrs: &[Attribute],
    first: &BTreeMap<String, &Attribute>,
) -> Vec<Problem> {
    let mut problems = Vec::new();
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
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn an_absolute_link_suggests_the_relative_one() {
        let problem = absolute_link("sources/a.html", "/officials/b.html");
        assert!(
            problem.help.contains("\"../officials/b.html\""),
            "{}",
            problem.help
        );
    }

    #[test]
    fn a_folder_link_suggests_its_index() {
        assert!(folder_link("a.html", "x/", "x", "x/")
            .help
            .contains("\"x/index.html\""));
        assert!(folder_link("a.html", "x", "x", "x")
            .help
            .contains("\"x/index.html\""));
    }
}
