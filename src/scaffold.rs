//! `dossier new DIR`: scaffold a new dossier with example content.
