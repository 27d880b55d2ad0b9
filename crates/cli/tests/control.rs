//! `resolution control`: the control sheet as an aligned table.

mod support;

use resolution_core::control::{control_sheet, ControlOptions};
use support::{code, corpus_files, import_file, run, scratch, stderr, stdout, write, SAMPLE_TXT};

/// The first cell of each table line after the header.
fn numbers(table: &str) -> Vec<String> {
    table
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn table_lists_every_directive_with_aligned_columns() {
    let dir = scratch("control-sample");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    let output = run(&["control", &file, "--today", "none"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let table = stdout(&output);
    assert_eq!(
        numbers(&table),
        ["1.1.", "1.2.", "2.1.", "2.2.", "2.3."],
        "{table}"
    );
    let header = table.lines().next().unwrap_or_default();
    assert!(
        header.starts_with("№ ") && header.contains("Исполнитель"),
        "{header}"
    );
    // Every column starts at the same character offset on every line.
    let column = |line: &str, word: &str| line.find(word).map(|byte| line[..byte].chars().count());
    let deadline_at = column(header, "Срок");
    for (line, deadline) in table.lines().skip(1).zip([
        "01.10.2025",
        "постоянно",
        "25.12.2025",
        "с 01.09.2025",
        "01.09.2025–31.08.2026",
    ]) {
        assert_eq!(column(line, deadline), deadline_at, "{line}\n{table}");
    }
    let line = table
        .lines()
        .find(|l| l.starts_with("2.1."))
        .unwrap_or_default();
    assert!(line.contains("цель: ≥ 80 %"), "targets: {line}");
}

#[test]
fn sorting_and_language() {
    let dir = scratch("control-sort");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    let output = run(&[
        "control", &file, "--sort", "deadline", "--lang", "en", "--today", "none",
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let table = stdout(&output);
    assert!(table.starts_with("No. "), "{table}");
    // Due dates first, earliest first; then the rows without one, in
    // document order.
    assert_eq!(
        numbers(&table),
        ["1.1.", "2.1.", "2.3.", "1.2.", "2.2."],
        "{table}"
    );

    // «Руководителям …» sorts before «Управлению …».
    let output = run(&["control", &file, "--sort", "addressee", "--today", "none"]);
    assert_eq!(
        numbers(&stdout(&output)),
        ["2.1.", "2.2.", "2.3.", "1.1.", "1.2."]
    );

    let output = run(&["control", &file, "--sort", "priority"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("usage:"));
}

#[test]
fn findings_are_listed_by_code() {
    let dir = scratch("control-findings");
    let file = write(
        &dir,
        "draft.txt",
        &SAMPLE_TXT.replace("до 25 декабря 2025 года", "до 31 июня 2025 года"),
    );
    let output = run(&["control", &file, "--today", "2025-09-01"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let table = stdout(&output);
    let line = table
        .lines()
        .find(|l| l.starts_with("2.1."))
        .unwrap_or_default();
    assert!(
        line.contains("RES105"),
        "impossible date flagged: {line}\n{table}"
    );
}

#[test]
fn past_deadlines_are_findings_by_default_and_not_with_today_none() {
    let dir = scratch("control-today");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    let row = |args: &[&str]| {
        let output = run(args);
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        let table = stdout(&output);
        table
            .lines()
            .find(|l| l.starts_with("1.1."))
            .unwrap_or_default()
            .to_owned()
    };
    // 1 October 2025 has passed on any day the tests run.
    assert!(row(&["control", &file]).contains("RES404"));
    assert!(!row(&["control", &file, "--today", "none"]).contains("RES404"));
    assert!(!row(&["control", &file, "--today", "2025-09-01"]).contains("RES404"));
}

#[test]
fn corpus_tables_show_every_directive_number() {
    let Some(files) = corpus_files() else {
        return;
    };
    for path in &files {
        let file = path.to_string_lossy();
        let output = run(&["control", &file, "--today", "none"]);
        assert_eq!(code(&output), 0, "{file}: {}", stderr(&output));
        let table = stdout(&output);
        let shown = numbers(&table);
        let rows = control_sheet(&import_file(path), &ControlOptions::default());
        assert_eq!(shown.len(), rows.len(), "{file}: one line per row\n{table}");
        for row in rows.iter().filter(|r| !r.number.is_empty()) {
            let number = format!("{}.", row.number);
            assert!(shown.contains(&number), "{file}: {number} missing\n{table}");
        }
    }
}
