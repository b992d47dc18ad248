//! `dossier.json`: the whole analysed dossier for reuse in other tools, streamed to the file.

use crate::model::{Discrepancy, SourceRecord};
use crate::Dossier;

/// `dossier.json`: the whole analysed dossier for reuse in other tools.
pub(crate) fn export_json(
    d: &Dossier,
    discrepancies: &[Discrepancy],
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    /// The export's top level, serialised straight to the file (not built as one value first).
    #[derive(serde::Serialize)]
    struct Export<'a> {
        discrepancies: &'a [Discrepancy],
        events: &'a [crate::model::Event],
        officials: &'a [crate::model::Official],
        sources: &'a [SourceRecord],
        title: &'a str,
    }
    let export = Export {
        discrepancies,
        events: &d.events,
        officials: &d.officials,
        sources: &d.sources,
        title: &d.config.title,
    };
    serde_json::to_writer_pretty(&mut *out, &export)?;
    Ok(())
}
