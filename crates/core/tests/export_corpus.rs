//! The control sheet and every export over the corpus documents, imported
//! with `import_text`. Skipped with a message when the corpus is absent.

mod export_support;

use std::collections::HashSet;

use export_support::{corpus, directive_texts, docx_paragraphs, docx_part};
use icalendar::{Calendar, Component};
use resolution_core::control::{control_sheet, ControlOptions};
use resolution_core::export::{to_csv, to_docx, to_ics, to_markdown};
use resolution_core::locale::Locale;

#[test]
fn control_sheet_and_exports_cover_every_directive() {
    let docs = corpus();
    if docs.is_empty() {
        return;
    }
    for (name, doc) in &docs {
        let rows = control_sheet(doc, &ControlOptions::default());
        let texts = directive_texts(doc);
        assert!(
            !texts.is_empty(),
            "{name}: the importer found no directives"
        );
        assert_eq!(rows.len(), texts.len(), "{name}: one row per directive");
        let row_texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            row_texts,
            texts.iter().map(String::as_str).collect::<Vec<_>>(),
            "{name}"
        );

        // Every dated task is an event of a parseable calendar; every task
        // whose deadline has no due date is listed as left out.
        let ics = to_ics(&rows, doc);
        let calendar: Calendar = ics.text.parse().unwrap_or_else(|e| panic!("{name}: {e}"));
        let uids: HashSet<String> = calendar
            .events()
            .filter_map(|e| e.get_uid().map(str::to_owned))
            .collect();
        let tasks: Vec<_> = rows
            .iter()
            .filter(|r| !r.deadline_note && !r.has_items)
            .collect();
        let dated: Vec<_> = tasks.iter().filter(|r| r.due().is_some()).collect();
        assert_eq!(ics.events, dated.len(), "{name}: one event per dated task");
        assert_eq!(uids.len(), dated.len(), "{name}: parsed events");
        for row in &dated {
            let prefix = format!("d{}-", row.directive);
            assert!(
                uids.iter().any(|u| u.starts_with(&prefix)),
                "{name}: {} missing from .ics",
                row.number
            );
        }
        let left: HashSet<_> = ics.left_out.iter().collect();
        for row in &tasks {
            let expected = row.deadline.is_some() && row.due().is_none();
            assert_eq!(
                left.contains(&row.directive),
                expected,
                "{name}: {}",
                row.number
            );
        }

        let csv = to_csv(&rows, Locale::Ru);
        let body = csv.strip_prefix('\u{feff}').unwrap_or(&csv);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(body.as_bytes());
        let records: Vec<csv::StringRecord> = reader.records().filter_map(Result::ok).collect();
        assert_eq!(records.len(), rows.len(), "{name}: CSV rows");
        for (row, record) in rows.iter().zip(&records) {
            assert_eq!(
                record.get(2),
                Some(row.full_text().as_str()),
                "{name}: {}",
                row.number
            );
        }

        let markdown = to_markdown(doc).replace('\\', "");
        let docx = to_docx(doc).unwrap_or_else(|e| panic!("{name}: {e}"));
        let paragraphs = docx_paragraphs(&docx_part(&docx, "word/document.xml"));
        for text in &texts {
            assert!(
                markdown.contains(text.as_str()),
                "{name}: «{text}» missing from Markdown"
            );
            assert!(
                paragraphs.iter().any(|(p, _)| p == text),
                "{name}: «{text}» missing from .docx"
            );
        }
        println!(
            "{name}: {} rows, {} events, {} left out, markdown {} bytes, docx {} bytes",
            rows.len(),
            ics.events,
            ics.left_out.len(),
            markdown.len(),
            docx.len()
        );
    }
}
