//! Runs the `resolution` binary on drafts written to a temporary folder and
//! on the corpus documents (when present).

mod support;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use resolution_core::json::from_json;
use resolution_core::text::import_text;
use serde_json::Value;
use support::{code, corpus_files, run, scratch, stderr, stdout, write, BIN};

/// A decision in the usual style, with one impossible date (31 June).
const SAMPLE_TXT: &str = "\
РЕШЕНИЕ
августовского совещания педагогических работников
«Качество образования: ориентиры и решения»

Одобрено участниками совещания 28 августа 2024 года

Участники совещания обсудили итоги учебного года.

1. Управлению образования:
1.1. провести мониторинг готовности школ до 15 сентября 2024 года;
1.2. организовать курсы повышения квалификации до 31 июня 2025 года.

2. Руководителям образовательных организаций обеспечить:
- охват обучающихся дополнительным образованием не менее 80 % до 1 декабря 2024 года;
- участие педагогов в конкурсах профессионального мастерства в течение 2024/2025 учебного года.
";

fn run_with_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the resolution binary starts");
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(input.as_bytes())
            .expect("stdin accepts the input");
    }
    child.wait_with_output().expect("the binary finishes")
}

fn parse_diagnostics(output: &Output) -> Vec<Value> {
    let value: Value = serde_json::from_str(&stdout(output))
        .unwrap_or_else(|e| panic!("--json output is JSON ({e}): {}", stdout(output)));
    value
        .as_array()
        .cloned()
        .expect("--json output is an array")
}

fn has_error(diagnostics: &[Value]) -> bool {
    diagnostics.iter().any(|d| d["severity"] == "error")
}

#[test]
fn check_reports_an_impossible_date_and_exits_1() {
    let dir = scratch("impossible-date");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    let output = run(&["check", &file, "--lang", "en", "--today", "2024-09-01"]);
    let text = stdout(&output);
    assert_eq!(code(&output), 1, "{text}{}", stderr(&output));
    let line = text
        .lines()
        .find(|l| l.contains("RES105"))
        .unwrap_or_else(|| panic!("no RES105 line in:\n{text}"));
    assert!(line.starts_with(&format!("{file}:")), "{line}");
    assert!(line.contains(": error RES105 "), "{line}");
    assert!(text.lines().last().is_some_and(|l| l.contains("errors")));
}

#[test]
fn check_json_output_parses_and_matches_exit_code() {
    let dir = scratch("json-output");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    let output = run(&["check", &file, "--json", "--today", "2024-09-01"]);
    let diagnostics = parse_diagnostics(&output);
    assert!(!diagnostics.is_empty());
    for d in &diagnostics {
        assert!(
            d["code"].as_str().is_some_and(|c| c.starts_with("RES")),
            "{d}"
        );
        assert!(d["message"].as_str().is_some_and(|m| !m.is_empty()), "{d}");
        assert!(d["where"].is_string(), "{d}");
        assert!(d["location"]["at"].is_string(), "{d}");
    }
    assert!(diagnostics.iter().any(|d| d["code"] == "RES105"));
    assert_eq!(code(&output), if has_error(&diagnostics) { 1 } else { 0 });
}

#[test]
fn json_ranges_come_in_bytes_and_in_characters() {
    let dir = scratch("char-ranges");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    let diagnostics = parse_diagnostics(&run(&["check", &file, "--json", "--today", "none"]));
    let impossible = diagnostics
        .iter()
        .find(|d| d["code"] == "RES105")
        .expect("the impossible date is reported");
    let location = &impossible["location"];
    let id = location["directive"].as_u64().expect("on a directive");
    let doc = import_text(SAMPLE_TXT);
    let text = &doc
        .all_directives()
        .find(|d| u64::from(d.id.0) == id)
        .expect("the directive")
        .text;
    let number = |v: &Value| v.as_u64().and_then(|n| usize::try_from(n).ok());
    let bytes = number(&location["range"]["start"]).zip(number(&location["range"]["end"]));
    let chars =
        number(&location["char_range"]["start"]).zip(number(&location["char_range"]["end"]));
    let ((byte_start, byte_end), (char_start, char_end)) = bytes
        .zip(chars)
        .unwrap_or_else(|| panic!("both ranges: {location}"));
    let by_chars: String = text
        .chars()
        .skip(char_start)
        .take(char_end - char_start)
        .collect();
    assert_eq!(text.get(byte_start..byte_end), Some(by_chars.as_str()));
    assert!(by_chars.contains("31 июня"), "{by_chars}");
    assert!(
        char_start < byte_start,
        "Cyrillic before the date: {location}"
    );
}

#[test]
fn languages_change_the_messages() {
    let dir = scratch("languages");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    let ru = stdout(&run(&["check", &file, "--today", "none"]));
    let en = stdout(&run(&["check", &file, "--lang", "en", "--today", "none"]));
    assert!(ru.contains("ошибка RES105"), "{ru}");
    assert!(en.contains("error RES105"), "{en}");
    assert_ne!(ru, en);
}

#[test]
fn points_are_labelled_as_the_control_sheet_numbers_them() {
    let dir = scratch("labels-after-deadline-line");
    let file = write(
        &dir,
        "draft.txt",
        "РЕШЕНИЕ\nсовещания\n15 сентября 2023 года\n\nРешили:\n\n\
         1. Руководителям школ:\n\
         1.1. Подготовить план работы.\n\
         Срок исполнения: до 1 февраля 2024 года.\n\
         1.2. Представить сведения в управление.\n",
    );
    let ru = stdout(&run(&["check", &file, "--today", "2024-06-01"]));
    // The point after the deadline line is 1.2, as on the control sheet.
    assert!(ru.contains("пункт 1.2: предупреждение RES401"), "{ru}");
    assert!(
        ru.contains("строка срока после пункта 1.1: замечание RES404"),
        "{ru}"
    );
    let en = stdout(&run(&[
        "check",
        &file,
        "--lang",
        "en",
        "--today",
        "2024-06-01",
    ]));
    assert!(en.contains("item 1.2: warning RES401"), "{en}");
    assert!(
        en.contains("deadline line after item 1.1: info RES404"),
        "{en}"
    );
    let control = stdout(&run(&["control", &file, "--today", "none"]));
    assert!(control.contains("1.2."), "{control}");
    assert!(!control.contains("1.3."), "{control}");
}

/// The codes and severities of `check --json` with the given `--today`
/// arguments, and its exit code.
fn check_codes(file: &str, today: &[&str]) -> (Vec<(String, String)>, i32) {
    let mut args = vec!["check", file, "--json"];
    args.extend_from_slice(today);
    let output = run(&args);
    let found = parse_diagnostics(&output)
        .iter()
        .map(|d| (d["code"].to_string(), d["severity"].to_string()))
        .collect();
    (found, code(&output))
}

#[test]
fn past_deadlines_are_noted_against_today_unless_today_is_none() {
    let dir = scratch("today");
    let valid = SAMPLE_TXT.replace("31 июня 2025", "30 июня 2025");
    let file = write(&dir, "draft.txt", &valid);
    let passed = ("\"RES404\"".to_string(), "\"info\"".to_string());
    // The sample's deadlines of 2024 and 2025 have passed on any day the
    // tests run, as in the browser, which validates with today's date.
    let (by_default, exit) = check_codes(&file, &[]);
    assert!(by_default.contains(&passed), "{by_default:?}");
    assert_eq!(exit, 0, "a note does not change the exit code");
    let (on_a_day, exit) = check_codes(&file, &["--today", "2024-12-01"]);
    assert!(on_a_day.contains(&passed), "{on_a_day:?}");
    assert_eq!(exit, 0);
    for today in [["--today", "none"], ["--today", "2024-01-01"]] {
        let (found, exit) = check_codes(&file, &today);
        assert!(
            !found.iter().any(|(c, _)| c == &passed.0),
            "{today:?}: {found:?}"
        );
        assert_eq!(exit, 0);
    }
}

#[test]
fn convert_to_json_loads_back_and_round_trips_through_text() {
    let dir = scratch("convert");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    let json_path = dir.join("draft.json");
    let json_arg = json_path.to_string_lossy().into_owned();
    let output = run(&["convert", &file, "--to", "json", "-o", &json_arg]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let saved = std::fs::read_to_string(&json_path).expect("convert wrote the file");
    let doc = from_json(&saved).expect("converted JSON loads");
    assert_eq!(doc.sections.len(), 2);
    assert_eq!(doc.sections[0].addressee, "Управлению образования");

    let back = run(&["convert", &json_arg, "--to", "txt"]);
    assert_eq!(code(&back), 0, "{}", stderr(&back));
    let text = stdout(&back);
    assert!(text.contains("Управлению образования"), "{text}");
    let again = run_with_stdin(&["convert", "-", "--to", "json"], &text);
    let reloaded = from_json(&stdout(&again)).expect("re-imported text converts to JSON");
    assert_eq!(reloaded.sections.len(), doc.sections.len());
}

#[test]
fn check_of_a_json_draft_agrees_with_the_text() {
    let dir = scratch("json-check");
    let file = write(&dir, "draft.txt", SAMPLE_TXT);
    let json = stdout(&run(&["convert", &file, "--to", "json"]));
    let json_file = write(&dir, "draft.json", &json);
    let from_text = parse_diagnostics(&run(&["check", &file, "--json", "--today", "2024-09-01"]));
    let from_json = parse_diagnostics(&run(&[
        "check",
        &json_file,
        "--json",
        "--today",
        "2024-09-01",
    ]));
    let codes = |ds: &[Value]| ds.iter().map(|d| d["code"].to_string()).collect::<Vec<_>>();
    assert_eq!(codes(&from_text), codes(&from_json));
}

#[test]
fn standard_input_is_read_with_dash() {
    let output = run_with_stdin(
        &["check", "-", "--lang", "en", "--today", "none"],
        SAMPLE_TXT,
    );
    assert_eq!(code(&output), 1);
    assert!(stdout(&output).contains("<stdin>:"), "{}", stdout(&output));
}

#[test]
fn unreadable_input_exits_2() {
    let dir = scratch("unreadable");
    let missing = dir.join("missing.txt").to_string_lossy().into_owned();
    let output = run(&["check", &missing]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("missing.txt"));

    let broken = write(
        &dir,
        "broken.json",
        "{\n  \"format\": \"resolution-draft\",\n  oops",
    );
    let output = run(&["check", &broken, "--lang", "en"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("line 3"), "{}", stderr(&output));

    let other = write(
        &dir,
        "other.json",
        r#"{"format": "something-else", "version": 1}"#,
    );
    let output = run(&["convert", &other, "--to", "txt"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("черновик"), "{}", stderr(&output));

    let binary = dir.join("binary.txt");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0xc3]).expect("written");
    let output = run(&["check", &binary.to_string_lossy()]);
    assert_eq!(code(&output), 2);
}

#[test]
fn usage_errors_exit_2_with_usage() {
    for args in [
        vec![],
        vec!["frobnicate"],
        vec!["check"],
        vec!["check", "a.txt", "--bogus"],
        vec!["check", "a.txt", "--today", "2024-02-30"],
        vec!["check", "a.txt", "--today"],
        vec!["check", "a.txt", "--today", "yesterday"],
        vec!["check", "a.txt", "--lang", "de"],
        vec!["convert", "a.txt"],
        vec!["convert", "a.txt", "--to", "pdf"],
        vec![
            "convert",
            "a.txt",
            "--to",
            "txt",
            "--numbering",
            "roman-ish",
        ],
        vec!["schema", "extra"],
    ] {
        let output = run(&args);
        assert_eq!(code(&output), 2, "{args:?}");
        assert!(
            stderr(&output).contains("usage:"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn schema_command_prints_the_committed_schema() {
    let output = run(&["schema"]);
    assert_eq!(code(&output), 0);
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/schema/resolution-draft.v1.schema.json"
    ))
    .expect("the schema is committed");
    assert_eq!(stdout(&output), committed);
}

#[test]
fn corpus_documents_check_and_convert() {
    let Some(files) = corpus_files() else {
        return;
    };
    for path in &files {
        let file = path.to_string_lossy();
        let output = run(&["check", &file, "--json", "--today", "2024-01-01"]);
        let diagnostics = parse_diagnostics(&output);
        assert_eq!(
            code(&output),
            if has_error(&diagnostics) { 1 } else { 0 },
            "{file}: {}",
            stderr(&output)
        );
        let converted = run(&["convert", &file, "--to", "json"]);
        assert_eq!(code(&converted), 0, "{file}: {}", stderr(&converted));
        let doc = from_json(&stdout(&converted))
            .unwrap_or_else(|e| panic!("{file}: converted JSON does not load: {e}"));
        assert!(
            doc.all_sections().count() > 0,
            "{file}: no directive sections imported"
        );
    }
}
