//! The site's data exports, written beside the pages: the search index and the people cards
//! (`search/`, `people.js`), `timeline.json` and `timeline.csv`, `sitemap.xml` and `feed.xml`
//! (with `base_url` only), and `dossier.json`. In: the analysed dossier and the discrepancies
//! with the editor's notes; out: files (path, bytes). They format; nothing is decided here.

pub(crate) mod feeds;
pub(crate) mod json;
pub mod search;
pub mod timeline;

use tera::Tera;

use crate::error::Result;
use crate::model::Discrepancy;
use crate::render::context::Site;
use crate::render::pages::parts::Layout;
use crate::render::pages::views::render;
use crate::Dossier;

/// Hands every export but `dossier.json` (which is streamed, see [`json`]) to `put`.
pub(crate) fn write_all(
    d: &Dossier,
    discrepancies: &[Discrepancy],
    layout: &Layout,
    site: &Site,
    tera: &Tera,
    put: &dyn Fn(String, Vec<u8>) -> Result<()>,
) -> Result<()> {
    if d.config.base_url.is_some() {
        // Absolute addresses are needed for these; without base_url they are not written (the
        // README says so).
        for name in ["sitemap.xml", "feed.xml"] {
            let feed = feeds::feed_context(d, discrepancies, layout, site, name);
            put(name.to_string(), render(tera, name, &feed)?.into_bytes())?;
        }
    }
    for (path, bytes) in search::index_files(d, discrepancies, layout) {
        put(path, bytes)?;
    }
    put("people.js".to_string(), search::people_file(d))?;
    put(
        "timeline.json".to_string(),
        timeline::to_json(&d.events).into_bytes(),
    )?;
    put(
        "timeline.csv".to_string(),
        timeline::to_csv(&d.events).into_bytes(),
    )?;
    Ok(())
}
