//! `resolution control`: the control sheet as an aligned plain-text table.

use resolution_core::control::{
    control_sheet, sort_by_addressee, sort_by_deadline, ControlOptions, ControlRow,
};
use resolution_core::date::CivilDate;
use resolution_core::export::shorten;
use resolution_core::locale::Locale;
use resolution_core::validate::ValidateOptions;
use resolution_core::Document;

use crate::args::Sort;

/// Longest addressee shown, in characters; longer ones are cut with `…`.
const ADDRESSEE_CHARS: usize = 48;
/// Between two columns.
const GAP: &str = "  ";
/// An empty cell.
const NONE: &str = "—";

/// The rows of `doc`'s control sheet in the chosen order.
pub fn rows(
    doc: &Document,
    sort: Sort,
    today: Option<CivilDate>,
    locale: Locale,
) -> Vec<ControlRow> {
    let mut rows = control_sheet(
        doc,
        &ControlOptions {
            locale,
            validate: ValidateOptions { today },
        },
    );
    match sort {
        Sort::Document => {}
        Sort::Deadline => sort_by_deadline(&mut rows),
        Sort::Addressee => sort_by_addressee(&mut rows),
    }
    rows
}

/// A header line, then one line per row: number, addressee, deadline,
/// finding codes and targets, each column padded to its widest cell. The
/// targets, the one cell that can run long, come last so that they never
/// widen the other columns' padding.
pub fn render(rows: &[ControlRow], locale: Locale) -> String {
    let header = match locale {
        Locale::Ru => ["№", "Исполнитель", "Срок", "Замечания", "Показатели"],
        Locale::En => ["No.", "Addressee", "Deadline", "Findings", "Targets"],
    };
    let mut table: Vec<[String; 5]> = vec![header.map(str::to_owned)];
    table.extend(rows.iter().map(|row| cells(row, locale)));
    let mut widths = [0usize; 5];
    for line in &table {
        for (width, cell) in widths.iter_mut().zip(line) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for line in &table {
        let mut text = String::new();
        for (i, (cell, width)) in line.iter().zip(widths).enumerate() {
            if i > 0 {
                text.push_str(GAP);
            }
            text.push_str(cell);
            let pad = width.saturating_sub(cell.chars().count());
            text.extend(std::iter::repeat_n(' ', pad));
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}

fn cells(row: &ControlRow, locale: Locale) -> [String; 5] {
    let or_none = |text: String| {
        if text.trim().is_empty() {
            NONE.to_owned()
        } else {
            text
        }
    };
    let number = if row.number.is_empty() {
        String::new()
    } else {
        format!("{}.", row.number)
    };
    let deadline = row
        .deadline
        .as_ref()
        .map(|d| d.describe(locale))
        .unwrap_or_default();
    let codes: Vec<&str> = row.diagnostics.iter().map(|d| d.code.as_str()).collect();
    [
        or_none(number),
        or_none(shorten(&row.addressee, ADDRESSEE_CHARS)),
        or_none(deadline),
        or_none(codes.join(",")),
        or_none(row.targets.join("; ")),
    ]
}
