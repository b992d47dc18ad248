//! The site's data exports, written beside the pages: `timeline.json` and `timeline.csv`.

pub mod timeline;
