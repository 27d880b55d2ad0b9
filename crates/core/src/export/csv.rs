//! CSV of the control sheet, written for spreadsheet programs as Russian
//! offices use them.
//!
//! Format choices (RFC 4180 otherwise):
//! * **`;` separates fields.** Excel splits a CSV opened by double-click on
//!   the *list separator* of the Windows regional settings; with Russian
//!   settings that is `;` (the comma is the decimal separator there), so a
//!   comma-separated file would open as one column. LibreOffice asks and
//!   detects `;` too.
//! * **UTF-8 with a byte-order mark.** Without a BOM, Excel reads a CSV in
//!   the ANSI code page (Windows-1251 in Russia) and Cyrillic UTF-8 turns
//!   into mojibake; the BOM makes it read UTF-8. Other readers skip it.
//! * **CRLF line ends**, as RFC 4180 prescribes; line breaks inside a field
//!   (several diagnostics) stay LF inside the quotes.
//! * A field is quoted when it holds `;`, `"`, CR or LF, or starts or ends
//!   with a space; quotes inside are doubled.
//! * Directive numbers end with a dot (`1.2.`), as printed in the document;
//!   a bare `1.2` would be turned into a date (1 February) by Excel.

use crate::control::ControlRow;
use crate::locale::Locale;

/// The field separator.
pub const CSV_SEPARATOR: char = ';';

const BOM: &str = "\u{feff}";

/// The control sheet as CSV text (header row in `locale`, one row per
/// directive, in the order given).
pub fn to_csv(rows: &[ControlRow], locale: Locale) -> String {
    let mut out = String::from(BOM);
    write_record(&mut out, &header(locale));
    for row in rows {
        write_record(&mut out, &fields(row, locale));
    }
    out
}

/// Column titles.
fn header(locale: Locale) -> [&'static str; 10] {
    match locale {
        Locale::Ru => [
            "№",
            "Исполнитель",
            "Поручение",
            "Срок",
            "Срок в тексте",
            "Дата исполнения",
            "Дата начала",
            "Целевые показатели",
            "Замечания",
            "ID",
        ],
        Locale::En => [
            "No.",
            "Addressee",
            "Directive",
            "Deadline",
            "Deadline as written",
            "Due date",
            "Start date",
            "Targets",
            "Issues",
            "ID",
        ],
    }
}

/// The values of one row, in the order of [`header`].
fn fields(row: &ControlRow, locale: Locale) -> [String; 10] {
    let date = |d: Option<crate::date::CivilDate>| {
        d.map(|d| match locale {
            Locale::Ru => d.to_string(),
            Locale::En => format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
        })
        .unwrap_or_default()
    };
    let deadline = row.deadline.as_ref();
    let issues: Vec<String> = row
        .diagnostics
        .iter()
        .map(|d| format!("{}: {}", d.code, d.message))
        .collect();
    [
        if row.number.is_empty() {
            String::new()
        } else {
            format!("{}.", row.number)
        },
        row.addressee.clone(),
        row.full_text(),
        deadline.map(|d| d.describe(locale)).unwrap_or_default(),
        deadline.map(|d| d.phrase.clone()).unwrap_or_default(),
        date(deadline.and_then(|d| d.due())),
        date(deadline.and_then(|d| d.start())),
        row.targets.join("; "),
        issues.join("\n"),
        row.directive.to_string(),
    ]
}

fn write_record<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (index, field) in fields.iter().enumerate() {
        if index > 0 {
            out.push(CSV_SEPARATOR);
        }
        write_field(out, field.as_ref());
    }
    out.push_str("\r\n");
}

fn write_field(out: &mut String, field: &str) {
    let needs_quotes = field.contains([CSV_SEPARATOR, '"', '\r', '\n'])
        || field.starts_with(' ')
        || field.ends_with(' ');
    if !needs_quotes {
        out.push_str(field);
        return;
    }
    out.push('"');
    for c in field.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::{write_field, write_record};

    #[test]
    fn quotes_only_when_needed() {
        let mut out = String::new();
        write_field(&mut out, "Руководителям ОО");
        assert_eq!(out, "Руководителям ОО");
        out.clear();
        write_field(&mut out, "проект «Точка роста»; \"ЦОС\"");
        assert_eq!(out, "\"проект «Точка роста»; \"\"ЦОС\"\"\"");
        out.clear();
        write_record(&mut out, &["a", "b\nc", ""]);
        assert_eq!(out, "a;\"b\nc\";\r\n");
    }
}
