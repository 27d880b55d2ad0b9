//! CSV of the control sheet: re-read with the `csv` crate, every field
//! comes back unchanged; the byte-level format is what Russian Excel needs.

mod export_support;

use export_support::{decision, protocol};
use resolution_core::control::{control_sheet, ControlOptions, ControlRow};
use resolution_core::export::to_csv;
use resolution_core::locale::Locale;

fn read_back(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(body.as_bytes());
    let header = reader
        .headers()
        .map(|h| h.iter().map(str::to_owned).collect())
        .unwrap_or_default();
    let records = reader
        .records()
        .map(|r| {
            r.map(|r| r.iter().map(str::to_owned).collect())
                .unwrap_or_default()
        })
        .collect();
    (header, records)
}

fn rows(locale: Locale) -> Vec<ControlRow> {
    let mut doc = decision();
    // Quotes, separators and a line break in user text.
    doc.sections[0].directives[0].text =
        "обеспечить выпуск сборника \"Лучшие практики\"; тираж 100 экз.\nдо 1 октября 2021 года"
            .into();
    control_sheet(
        &doc,
        &ControlOptions {
            locale,
            ..ControlOptions::default()
        },
    )
}

#[test]
fn format_is_bom_semicolon_crlf() {
    let text = to_csv(&rows(Locale::Ru), Locale::Ru);
    assert!(text.starts_with("\u{feff}№;Исполнитель;Поручение;Срок;"));
    let records_end = text.matches("\r\n").count();
    // 10 rows + header; the line break inside a quoted field stays LF.
    assert_eq!(records_end, 11);
    assert!(text.contains("\"обеспечить выпуск сборника \"\"Лучшие практики\"\"; тираж 100 экз.\nдо 1 октября 2021 года\""));
    assert!(!text.replace("\r\n", "").contains('\r'));
}

#[test]
fn every_row_reads_back_with_equal_fields() {
    for locale in [Locale::Ru, Locale::En] {
        let rows = rows(locale);
        let (header, records) = read_back(&to_csv(&rows, locale));
        assert_eq!(header.len(), 10);
        assert_eq!(records.len(), rows.len());
        for (row, record) in rows.iter().zip(&records) {
            let number = if row.number.is_empty() {
                String::new()
            } else {
                format!("{}.", row.number)
            };
            assert_eq!(record[0], number);
            assert_eq!(record[1], row.addressee);
            assert_eq!(record[2], row.full_text());
            assert_eq!(
                record[3],
                row.deadline
                    .as_ref()
                    .map(|d| d.describe(locale))
                    .unwrap_or_default()
            );
            assert_eq!(
                record[4],
                row.deadline
                    .as_ref()
                    .map(|d| d.phrase.clone())
                    .unwrap_or_default()
            );
            assert_eq!(record[7], row.targets.join("; "));
            let issues: Vec<String> = row
                .diagnostics
                .iter()
                .map(|d| format!("{}: {}", d.code, d.message))
                .collect();
            assert_eq!(record[8], issues.join("\n"));
            assert_eq!(record[9], row.directive.to_string());
        }
    }
}

#[test]
fn dates_and_headers_follow_the_locale() {
    let (ru_header, ru) = read_back(&to_csv(&rows(Locale::Ru), Locale::Ru));
    let (en_header, en) = read_back(&to_csv(&rows(Locale::En), Locale::En));
    assert_eq!(ru_header[5], "Дата исполнения");
    assert_eq!(en_header[5], "Due date");
    // 1.4: в течение 2021/2022 учебного года.
    assert_eq!(
        (ru[5][5].as_str(), ru[5][6].as_str()),
        ("31.08.2022", "01.09.2021")
    );
    assert_eq!(
        (en[5][5].as_str(), en[5][6].as_str()),
        ("2022-08-31", "2021-09-01")
    );
    assert_eq!(ru[4][3], "постоянно");
    assert_eq!(en[4][3], "ongoing");
}

#[test]
fn protocol_rows_carry_agenda_numbers() {
    let rows = control_sheet(&protocol(), &ControlOptions::default());
    let (_, records) = read_back(&to_csv(&rows, Locale::Ru));
    let numbers: Vec<&str> = records.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(numbers, ["1.1.1.", "1.1.2.", "2.1.", "2.2.1.", ""]);
}
