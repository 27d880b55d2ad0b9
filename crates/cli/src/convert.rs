//! `resolution convert`: a draft as JSON, text, Markdown, the control sheet
//! as CSV or iCalendar, or a Word document.

use resolution_core::control::{control_sheet, ControlOptions, ControlRow};
use resolution_core::export::{shorten, to_csv, to_docx, to_ics, to_markdown, ExportError};
use resolution_core::json::to_json;
use resolution_core::library::file_name::export_file_name;
use resolution_core::locale::Locale;
use resolution_core::text::{export_text, NumberingStyle};
use resolution_core::{DirectiveId, Document};

use crate::args::Target;

/// The converted document and what the conversion could not include.
pub struct Converted {
    pub bytes: Vec<u8>,
    /// One line per task left out of a calendar, for standard error.
    pub left_out: Vec<String>,
}

impl Target {
    /// Binary formats are never written to standard output.
    pub fn is_binary(self) -> bool {
        self == Target::Docx
    }

    pub fn extension(self) -> &'static str {
        match self {
            Target::Json => "json",
            Target::Txt => "txt",
            Target::Markdown => "md",
            Target::Csv => "csv",
            Target::Ics => "ics",
            Target::Docx => "docx",
        }
    }
}

/// The document written in `to`.
pub fn render(
    doc: &Document,
    to: Target,
    numbering: NumberingStyle,
    locale: Locale,
) -> Result<Converted, ExportError> {
    let text = |text: String| Converted {
        bytes: text.into_bytes(),
        left_out: Vec::new(),
    };
    let sheet = || {
        control_sheet(
            doc,
            &ControlOptions {
                locale,
                ..ControlOptions::default()
            },
        )
    };
    Ok(match to {
        Target::Json => {
            let mut json = to_json(doc);
            json.push('\n');
            text(json)
        }
        Target::Txt => text(export_text(doc, numbering)),
        Target::Markdown => text(to_markdown(doc)),
        Target::Csv => text(to_csv(&sheet(), locale)),
        Target::Ics => {
            let rows = sheet();
            let ics = to_ics(&rows, doc);
            Converted {
                bytes: ics.text.into_bytes(),
                left_out: ics
                    .left_out
                    .iter()
                    .map(|id| left_out_line(&rows, *id, locale))
                    .collect(),
            }
        }
        Target::Docx => Converted {
            bytes: to_docx(doc)?,
            left_out: Vec::new(),
        },
    })
}

/// `item 2.3 left out of the calendar: deadline «постоянно» is standing or
/// recurring`.
fn left_out_line(rows: &[ControlRow], id: DirectiveId, locale: Locale) -> String {
    let Some(row) = rows.iter().find(|r| r.directive == id) else {
        return match locale {
            Locale::Ru => format!("пункт #{id} не внесён в календарь"),
            Locale::En => format!("item #{id} left out of the calendar"),
        };
    };
    let item = if row.number.is_empty() {
        format!("«{}»", shorten(&row.text, 60))
    } else {
        row.number.clone()
    };
    let phrase = row
        .deadline
        .as_ref()
        .map(|d| d.phrase.trim().to_owned())
        .unwrap_or_default();
    let standing = row.deadline.as_ref().is_some_and(|d| d.is_standing());
    match (locale, standing) {
        (Locale::Ru, true) => format!(
            "пункт {item} не внесён в календарь: срок «{phrase}» бессрочный или повторяющийся"
        ),
        (Locale::Ru, false) => {
            format!("пункт {item} не внесён в календарь: у срока «{phrase}» нет даты исполнения")
        }
        (Locale::En, true) => format!(
            "item {item} left out of the calendar: deadline «{phrase}» is standing or recurring"
        ),
        (Locale::En, false) => {
            format!("item {item} left out of the calendar: deadline «{phrase}» has no due date")
        }
    }
}

/// The suggested file name for `doc` in `to`:
/// `Решение №7 - Качество образования - 2024-08-28.docx`.
pub fn file_name(doc: &Document, to: Target) -> String {
    let name = export_file_name(doc);
    let stem = name.strip_suffix(".json").unwrap_or(&name);
    format!("{stem}.{}", to.extension())
}
