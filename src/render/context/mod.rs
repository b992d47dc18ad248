//! The contexts of the templates: what each template of the theme can use, as documented Rust
//! structs. A designer restyling or translating the theme reads this module's rustdoc (`cargo
//! doc --open`, module `dossier::render::context`) to learn the names.
//!
//! Every page template gets a [`Page`]: `site`, `root`, `page_title`, `section`, `path`, `part`
//! and `page`, whose type depends on the template (see the table in the README). The body of an
//! annotated Markdown file (`annotate.html`) gets an [`crate::annotate::Body`].
//!
//! Values are plain text and are escaped by the templates; only fields named `*_html` hold HTML
//! (built from escaped or sanitised Markdown) and are inserted with `| safe`.

mod common;
mod lists;
mod official;
mod source;

pub use common::*;
pub use lists::*;
pub use official::*;
pub use source::*;

use serde::Serialize;

/// The context of every page template.
#[derive(Debug, Serialize)]
pub struct Page<'a, T> {
    /// The dossier as a whole.
    pub site: &'a Site,
    /// The path from the page to the site root (`""`, `"../"`, or the base URL for `404.html`).
    pub root: String,
    /// The page's own title when it has one (a source's headline, an official's name); `null`
    /// on the fixed pages, whose titles are the theme's (`section_title` in `labels.html`).
    pub page_title: Option<String>,
    /// The section of the navigation the page belongs to (`index`, `sources`, `officials`,
    /// `timeline`, `discrepancies`, `search`, `print`, `feed`, `missing`).
    pub section: &'static str,
    /// The page's own data.
    pub page: T,
    /// The page's path from the site root (`sources/SLUG.html`).
    pub path: String,
    /// On a part of a long list page (`timeline-2022.html`), which part it is; `null` elsewhere.
    /// The words for it are the `part_label` component's in `labels.html`.
    pub part: Option<PartLink>,
}

/// `site`: the dossier's settings, the same on every page.
#[derive(Debug, Clone, Serialize)]
pub struct Site {
    /// The dossier's title (`dossier.yaml`).
    pub title: String,
    /// Its description as HTML, its references resolved from the site root.
    pub description_html: Option<String>,
    /// The language of the site's own words (BCP 47).
    pub language: String,
    /// The absolute address of the site, ending in `/`, when `base_url` is set.
    pub base_url: Option<String>,
    /// True under `dossier serve`, which reloads the page when the dossier changes.
    pub live_reload: bool,
}

/// A page with no data of its own (`search.html`, `404.html`).
#[derive(Debug, Serialize)]
pub struct Empty {}
