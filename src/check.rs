//! `dossier check`: validate content and every link of the built site.
