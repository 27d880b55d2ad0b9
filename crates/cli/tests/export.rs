//! `resolution convert --to md|csv|ics|docx`: the outputs read back with
//! real parsers, on a sample draft and on the corpus documents.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use icalendar::{Calendar, Component, DatePerhapsTime, Event};
use resolution_core::control::{control_sheet, ControlOptions, ControlRow};
use resolution_core::library::file_name::export_file_name;
use support::{
    code, corpus_files, directive_texts, docx_paragraph_texts, import_file, run, scratch, squash,
    stderr, stdout, write, zip_part, SAMPLE_TXT,
};

fn csv_records(text: &str) -> Vec<Vec<String>> {
    let body = text
        .strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("the CSV starts with a BOM: {text:?}"));
    csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| {
            r.unwrap_or_else(|e| panic!("unparseable CSV ({e}):\n{text}"))
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

fn calendar(text: &str) -> Calendar {
    text.parse::<Calendar>()
        .unwrap_or_else(|e| panic!("unparseable iCalendar ({e}):\n{text}"))
}

fn day(value: Option<DatePerhapsTime>) -> String {
    match value {
        Some(DatePerhapsTime::Date(d)) => d.to_string(),
        other => format!("{other:?}"),
    }
}

fn event_for<'c>(calendar: &'c Calendar, row: &ControlRow) -> Option<&'c Event> {
    let prefix = format!("d{}-", row.directive);
    calendar
        .events()
        .find(|e| e.get_uid().is_some_and(|u| u.starts_with(&prefix)))
}

/// Rows that are calendar tasks: not deadline lines, not parents of items.
fn tasks(rows: &[ControlRow]) -> impl Iterator<Item = &ControlRow> {
    rows.iter().filter(|r| !r.deadline_note && !r.has_items)
}

#[test]
fn markdown_goes_to_stdout_with_every_directive() {
    let dir = scratch("markdown");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    let output = run(&["convert", &file, "--to", "md"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("# Решение"), "{text}");
    assert!(
        text.contains("1.2. оказывать методическую помощь"),
        "{text}"
    );
    assert!(
        text.contains("2.3. провести родительские собрания"),
        "{text}"
    );

    let out = dir.join("draft.md");
    let written = run(&["convert", &file, "--to", "md", "-o", &out.to_string_lossy()]);
    assert_eq!(code(&written), 0, "{}", stderr(&written));
    assert!(stdout(&written).is_empty());
    assert_eq!(std::fs::read_to_string(&out).ok(), Some(text));
}

#[test]
fn csv_has_a_bom_a_header_and_one_row_per_directive() {
    let dir = scratch("csv");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    let output = run(&["convert", &file, "--to", "csv"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let records = csv_records(&stdout(&output));
    assert_eq!(records.len(), 1 + 5, "{records:?}");
    assert_eq!(
        records.first().and_then(|r| r.first()).map(String::as_str),
        Some("№")
    );
    let numbers: Vec<&str> = records
        .iter()
        .skip(1)
        .filter_map(|r| r.first().map(String::as_str))
        .collect();
    assert_eq!(numbers, ["1.1.", "1.2.", "2.1.", "2.2.", "2.3."]);
    let row = records.get(1).cloned().unwrap_or_default();
    assert_eq!(
        row.get(1).map(String::as_str),
        Some("Управлению образования")
    );
    assert!(row.iter().any(|f| f == "01.10.2025"), "{row:?}");

    let english = run(&["convert", &file, "--to", "csv", "--lang", "en"]);
    let records = csv_records(&stdout(&english));
    assert_eq!(
        records.first().and_then(|r| r.first()).map(String::as_str),
        Some("No.")
    );
}

#[test]
fn ics_has_dated_tasks_and_lists_the_others_on_stderr() {
    let dir = scratch("ics");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    let output = run(&["convert", &file, "--to", "ics", "--lang", "en"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let calendar = calendar(&stdout(&output));
    let mut starts: Vec<(String, String)> = calendar
        .events()
        .map(|e| (day(e.get_start()), day(e.get_end())))
        .collect();
    starts.sort();
    assert_eq!(
        starts,
        [
            ("2025-09-01".to_owned(), "2026-09-01".to_owned()),
            ("2025-10-01".to_owned(), "2025-10-02".to_owned()),
            ("2025-12-25".to_owned(), "2025-12-26".to_owned()),
        ]
    );
    let notes = stderr(&output);
    let lines: Vec<&str> = notes.lines().collect();
    assert_eq!(lines.len(), 2, "{notes}");
    assert!(
        lines.first().is_some_and(|l| l.contains("item 1.2 ")
            && l.contains("«постоянно»")
            && l.contains("standing or recurring")),
        "{notes}"
    );
    assert!(
        lines.get(1).is_some_and(|l| l.contains("item 2.2 ")
            && l.contains("«с сентября 2025 года»")
            && l.contains("no due date")),
        "{notes}"
    );
    let russian = run(&["convert", &file, "--to", "ics"]);
    assert!(
        stderr(&russian).contains("пункт 1.2 не внесён в календарь"),
        "{}",
        stderr(&russian)
    );
}

#[test]
fn docx_needs_an_output_file() {
    let dir = scratch("docx-stdout");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    for lang in ["ru", "en"] {
        let output = run(&["convert", &file, "--to", "docx", "--lang", lang]);
        assert_eq!(code(&output), 2, "{lang}");
        assert!(output.stdout.is_empty(), "{lang}: nothing on stdout");
        let message = stderr(&output);
        assert!(
            message.contains("-o") && message.contains(".docx"),
            "{message}"
        );
    }
}

#[test]
fn docx_is_a_word_package_with_every_directive() {
    let dir = scratch("docx");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    let out = dir.join("draft.docx");
    let output = run(&[
        "convert",
        &file,
        "--to",
        "docx",
        "-o",
        &out.to_string_lossy(),
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let bytes = std::fs::read(&out).expect("the .docx is written");
    assert!(bytes.starts_with(b"PK\x03\x04"));
    let paragraphs = docx_paragraph_texts(&zip_part(&bytes, "word/document.xml"));
    let doc = import_file(Path::new(&file));
    let texts = directive_texts(&doc);
    assert_eq!(texts.len(), 5);
    for text in texts {
        assert!(
            paragraphs.iter().any(|p| p.contains(&text)),
            "{text:?} missing from {paragraphs:?}"
        );
    }
}

#[test]
fn output_folder_gets_the_suggested_file_name() {
    let dir = scratch("docx-folder");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    let out = dir.join("out");
    std::fs::create_dir_all(&out).expect("output folder");
    let output = run(&[
        "convert",
        &file,
        "--to",
        "docx",
        "-o",
        &out.to_string_lossy(),
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc = import_file(Path::new(&file));
    let json_name = export_file_name(&doc);
    let name = format!("{}.docx", json_name.trim_end_matches(".json"));
    assert!(name.starts_with("Решение"), "{name}");
    let bytes = std::fs::read(out.join(&name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(bytes.starts_with(b"PK\x03\x04"));
}

#[test]
fn corpus_exports_read_back() {
    let Some(files) = corpus_files() else {
        return;
    };
    let dir = scratch("corpus");
    for (index, path) in files.iter().enumerate() {
        let file = path.to_string_lossy();
        let doc = import_file(path);
        let rows = control_sheet(&doc, &ControlOptions::default());
        assert!(!rows.is_empty(), "{file}: no directives");

        let csv = run(&["convert", &file, "--to", "csv"]);
        assert_eq!(code(&csv), 0, "{file}: {}", stderr(&csv));
        let records = csv_records(&stdout(&csv));
        assert_eq!(
            records.len(),
            rows.len() + 1,
            "{file}: header + one per row"
        );

        let ics = run(&["convert", &file, "--to", "ics", "--lang", "en"]);
        assert_eq!(code(&ics), 0, "{file}: {}", stderr(&ics));
        let calendar = calendar(&stdout(&ics));
        let mut dated = 0;
        let mut undated = 0;
        for row in tasks(&rows) {
            let Some(deadline) = &row.deadline else {
                assert!(
                    event_for(&calendar, row).is_none(),
                    "{file}: {}",
                    row.number
                );
                continue;
            };
            let Some(due) = deadline.due() else {
                undated += 1;
                assert!(
                    event_for(&calendar, row).is_none(),
                    "{file}: {}",
                    row.number
                );
                continue;
            };
            dated += 1;
            let start = deadline.start().filter(|s| *s <= due).unwrap_or(due);
            let expected = format!("{:04}-{:02}-{:02}", start.year, start.month, start.day);
            let event = event_for(&calendar, row)
                .unwrap_or_else(|| panic!("{file}: no event for {}", row.number));
            assert_eq!(day(event.get_start()), expected, "{file}: {}", row.number);
        }
        assert_eq!(calendar.events().count(), dated, "{file}");
        assert_eq!(
            stderr(&ics).lines().count(),
            undated,
            "{file}: {}",
            stderr(&ics)
        );

        let out = dir.join(format!("{index}.docx"));
        let docx = run(&[
            "convert",
            &file,
            "--to",
            "docx",
            "-o",
            &out.to_string_lossy(),
        ]);
        assert_eq!(code(&docx), 0, "{file}: {}", stderr(&docx));
        let bytes = std::fs::read(&out).expect("the .docx is written");
        let paragraphs = docx_paragraph_texts(&zip_part(&bytes, "word/document.xml"));
        for text in directive_texts(&doc) {
            assert!(
                paragraphs.iter().any(|p| p.contains(&text)),
                "{file}: {text:?} missing from the .docx"
            );
        }

        let md = run(&["convert", &file, "--to", "md"]);
        assert_eq!(code(&md), 0, "{file}: {}", stderr(&md));
        let markdown = squash(&stdout(&md));
        let first_words = |text: &str| {
            squash(text)
                .split(' ')
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        };
        for text in directive_texts(&doc) {
            let words = first_words(&text);
            assert!(
                markdown.contains(&words),
                "{file}: {words:?} not in the Markdown"
            );
        }
    }
}

/// The first program of `names` found on `PATH`.
fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Runs `command`, killing it after `limit`; true when it succeeded in time.
fn run_with_timeout(command: &mut Command, limit: Duration) -> bool {
    let mut child = command
        .spawn()
        .unwrap_or_else(|e| panic!("{command:?}: {e}"));
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return status.success(),
            Ok(None) if started.elapsed() < limit => std::thread::sleep(Duration::from_millis(200)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return false;
            }
        }
    }
}

#[test]
fn libreoffice_renders_the_cli_docx_of_a_corpus_document() {
    let (Some(office), Some(pdftotext)) = (
        find_program(&["libreoffice", "soffice"]),
        find_program(&["pdftotext"]),
    ) else {
        println!("skipped: libreoffice not installed (needs libreoffice/soffice and pdftotext)");
        return;
    };
    let Some(files) = corpus_files() else {
        return;
    };
    let Some(path) = files.first() else {
        return;
    };
    let dir = scratch("libreoffice");
    let docx = dir.join("corpus.docx");
    let output = run(&[
        "convert",
        &path.to_string_lossy(),
        "--to",
        "docx",
        "-o",
        &docx.to_string_lossy(),
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let profile = dir.join(format!("profile-{}", std::process::id()));
    let converted = run_with_timeout(
        Command::new(&office)
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.display()
            ))
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&dir)
            .arg(&docx)
            .env("HOME", &dir),
        Duration::from_secs(180),
    );
    assert!(
        converted,
        "{} did not convert {} in time",
        office.display(),
        docx.display()
    );
    let pdf = dir.join("corpus.pdf");
    let text = Command::new(&pdftotext)
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", pdftotext.display()));
    let text = squash(&String::from_utf8_lossy(&text.stdout));
    assert!(!text.is_empty(), "the PDF has text");
    for directive in directive_texts(&import_file(path)) {
        let words: String = squash(&directive)
            .split(' ')
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(&words), "{words:?} not in the PDF");
    }
}
