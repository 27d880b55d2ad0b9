//! Exports of a document and its control sheet: Markdown, CSV, iCalendar
//! and Word (.docx). Every export takes the numbering and deadlines from
//! [`crate::control`], so a directive reads the same in all of them.

mod csv;
mod docx;
mod ics;
mod layout;
mod markdown;
pub mod render;

pub use self::csv::{to_csv, CSV_SEPARATOR};
pub use self::docx::to_docx;
pub use self::ics::{to_ics, IcsExport};
pub use self::markdown::to_markdown;
pub use self::render::{file_name, render, render_text, Converted, Target};

/// An export that could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Writing the Word package (a zip archive) failed.
    #[error("could not write the .docx package: {0}")]
    Docx(String),
}

/// The document's title line: `Решение № 4` / `Протокол № 4`, or just the
/// kind.
pub fn title_line(doc: &crate::model::Document) -> String {
    let kind = doc.header.kind.map(|k| k.title_ru()).unwrap_or("Документ");
    let number = doc.header.number.trim();
    if number.is_empty() {
        kind.to_owned()
    } else {
        format!("{kind} № {number}")
    }
}

/// Cuts `text` to at most `max_chars` characters at a word boundary and
/// adds `…` when something was cut.
pub fn shorten(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let cut = text
        .char_indices()
        .nth(max_chars.saturating_sub(1))
        .map_or(text.len(), |(i, _)| i);
    let head = text.get(..cut).unwrap_or(text);
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space > 0 => head.get(..space).unwrap_or(head),
        _ => head,
    };
    format!("{}…", head.trim_end_matches([',', ';', ':', ' ', '-', '–']))
}
