//! One entry point for every export format, shared by the CLI and the
//! editor's export menu: the bytes of the document in a format, its file
//! name and what a calendar export had to leave out.

use std::collections::HashMap;

use crate::control::{control_sheet, ControlOptions, ControlRow};
use crate::json::to_json;
use crate::library::file_name::export_file_name;
use crate::locale::Locale;
use crate::model::Document;
use crate::text::{export_text, NumberingStyle};
use crate::DirectiveId;

use super::{shorten, to_csv, to_docx, to_ics, to_markdown, ExportError};

/// The converted document and what the conversion could not include.
pub struct Converted {
    pub bytes: Vec<u8>,
    /// One line per task left out of a calendar (standing or undated
    /// deadlines), to show the author.
    pub left_out: Vec<String>,
}

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Json,
    Txt,
    Markdown,
    Csv,
    Ics,
    Docx,
}

impl Target {
    /// Every format, in the order the editor offers them.
    pub const ALL: [Target; 6] = [
        Target::Docx,
        Target::Txt,
        Target::Markdown,
        Target::Csv,
        Target::Ics,
        Target::Json,
    ];

    /// `json`, `txt`/`text`, `md`/`markdown`, `csv`, `ics`/`ical`, `docx`.
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "json" => Some(Target::Json),
            "txt" | "text" => Some(Target::Txt),
            "md" | "markdown" => Some(Target::Markdown),
            "csv" => Some(Target::Csv),
            "ics" | "ical" => Some(Target::Ics),
            "docx" => Some(Target::Docx),
            _ => None,
        }
    }

    /// The media type of a file in this format.
    pub fn mime(self) -> &'static str {
        match self {
            Target::Json => "application/json",
            Target::Txt => "text/plain;charset=utf-8",
            Target::Markdown => "text/markdown;charset=utf-8",
            Target::Csv => "text/csv;charset=utf-8",
            Target::Ics => "text/calendar;charset=utf-8",
            Target::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }

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
    match render_text(doc, to, numbering, locale) {
        Some(converted) => Ok(converted),
        None => Ok(Converted {
            bytes: to_docx(doc)?,
            left_out: Vec::new(),
        }),
    }
}

/// The document in a text format; `None` for Word. The browser app calls
/// this one, so the Word writer stays out of its main bundle (it is loaded
/// in a worker when first needed).
pub fn render_text(
    doc: &Document,
    to: Target,
    numbering: NumberingStyle,
    locale: Locale,
) -> Option<Converted> {
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
    Some(match to {
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
            let by_id = rows_by_directive(&rows);
            Converted {
                bytes: ics.text.into_bytes(),
                left_out: ics
                    .left_out
                    .iter()
                    .map(|id| left_out_line(by_id.get(id).copied(), *id, locale))
                    .collect(),
            }
        }
        Target::Docx => return None,
    })
}

/// The first row of each directive, to name the tasks left out of a
/// calendar without a search of the sheet for each (a 10 MB draft leaves
/// out thousands of tasks of some 55,000 rows).
fn rows_by_directive(rows: &[ControlRow]) -> HashMap<DirectiveId, &ControlRow> {
    let mut by_id = HashMap::with_capacity(rows.len());
    for row in rows {
        by_id.entry(row.directive).or_insert(row);
    }
    by_id
}

/// `item 2.3 left out of the calendar: deadline «постоянно» is standing or
/// recurring`. `row` is the directive's row of the control sheet.
fn left_out_line(row: Option<&ControlRow>, id: DirectiveId, locale: Locale) -> String {
    let Some(row) = row else {
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
