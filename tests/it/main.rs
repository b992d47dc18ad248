//! The integration tests, one binary (linked once): a module per feature, helpers in `support`.
//!
//! Run one feature with a filter on its module path, e.g. `cargo test --test it seed::` or
//! `cargo test --test it hardening::serve::`.

mod browser;
mod check_links;
mod corpus_eval;
mod errors;
mod fixtures;
mod growth;
mod hardening;
mod invariants;
mod large_pages;
mod people_variants;
mod scaffold;
mod seed;
mod snapshots;
mod support;
mod theme;
