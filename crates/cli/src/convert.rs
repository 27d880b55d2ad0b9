//! `resolution convert`: text to JSON and back.

use resolution_core::json::to_json;
use resolution_core::text::{export_text, NumberingStyle};
use resolution_core::Document;

use crate::args::Format;

/// The document written in `to`.
pub fn render(doc: &Document, to: Format, numbering: NumberingStyle) -> String {
    match to {
        Format::Json => {
            let mut text = to_json(doc);
            text.push('\n');
            text
        }
        Format::Txt => export_text(doc, numbering),
    }
}
