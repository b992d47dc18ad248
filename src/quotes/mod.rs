//! Quotes: straight, curly and guillemet quotes and Russian dash dialogue, with their speakers.
//!
//! STUB: to be written (issue 4).

use crate::model::{Mention, Paragraph, Quote};

/// Every quotation in the paragraphs, attributed to a mention where the text allows.
pub fn detect(_paragraphs: &[Paragraph], _mentions: &[Mention]) -> Vec<Quote> {
    Vec::new()
}
