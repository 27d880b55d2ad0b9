//! `resolution diff`: exit codes like diff(1), the plain-text report and
//! the JSON form.

mod support;

use resolution_core::json::to_json;
use serde_json::Value;
use support::{code, corpus_files, import_file, run, scratch, stderr, stdout, write, SAMPLE_TXT};

/// The sample with a moved deadline and one more directive.
fn edited_sample() -> String {
    SAMPLE_TXT
        .replace("до 1 октября 2025 года", "до 15 октября 2025 года")
        .replace(
            "2.3. провести родительские собрания",
            "2.3. обновить планы воспитательной работы до 1 ноября 2025 года;\n2.4. провести родительские собрания",
        )
}

fn parse_json(output: &std::process::Output) -> Value {
    serde_json::from_str(&stdout(output))
        .unwrap_or_else(|e| panic!("--json output is JSON ({e}): {}", stdout(output)))
}

#[test]
fn equal_drafts_exit_0_also_across_formats() {
    let dir = scratch("diff-equal");
    let txt = write(&dir, "draft.txt", SAMPLE_TXT);
    let json = dir.join("draft.json");
    let converted = run(&[
        "convert",
        &txt,
        "--to",
        "json",
        "-o",
        &json.to_string_lossy(),
    ]);
    assert_eq!(code(&converted), 0, "{}", stderr(&converted));
    let output = run(&["diff", &txt, &json.to_string_lossy(), "--lang", "en"]);
    assert_eq!(code(&output), 0, "{}{}", stdout(&output), stderr(&output));
    assert!(!stdout(&output).is_empty(), "the report says so");

    let output = run(&["diff", &txt, &txt, "--json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let value = parse_json(&output);
    assert_eq!(value["directives"].as_array().map(Vec::len), Some(0));
}

#[test]
fn changed_drafts_exit_1_and_show_the_changes() {
    let dir = scratch("diff-changed");
    let old = write(&dir, "old.txt", SAMPLE_TXT);
    let new = write(&dir, "new.txt", &edited_sample());
    let output = run(&["diff", &old, &new]);
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("[-1-]{+15+}"),
        "word-level change shown:\n{text}"
    );
    assert!(
        text.contains("обновить планы воспитательной работы"),
        "{text}"
    );

    let output = run(&["diff", &old, &new, "--json"]);
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let value = parse_json(&output);
    let directives = value["directives"].as_array().cloned().unwrap_or_default();
    assert!(directives.len() >= 2, "{value}");
    assert!(value["summary"]["total"].is_object(), "{value}");
    assert_ne!(
        value["summary"]["total"],
        parse_json(&run(&["diff", &old, &old, "--json"]))["summary"]["total"]
    );
}

#[test]
fn diff_errors_exit_2() {
    let dir = scratch("diff-errors");
    let old = write(&dir, "old.txt", SAMPLE_TXT);
    let missing = dir.join("missing.txt");
    let output = run(&["diff", &old, &missing.to_string_lossy()]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("missing.txt"),
        "{}",
        stderr(&output)
    );
    for args in [
        vec!["diff"],
        vec!["diff", old.as_str()],
        vec!["diff", old.as_str(), old.as_str(), old.as_str()],
        vec!["diff", "-", "-"],
        vec!["diff", old.as_str(), old.as_str(), "--from", "txt"],
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
fn corpus_documents_equal_themselves_and_differ_when_edited() {
    let Some(files) = corpus_files() else {
        return;
    };
    let dir = scratch("diff-corpus");
    for (index, path) in files.iter().enumerate() {
        let file = path.to_string_lossy();
        let same = run(&["diff", &file, &file]);
        assert_eq!(code(&same), 0, "{file}: {}", stderr(&same));

        // The same document with one directive extended, saved as JSON.
        let mut doc = import_file(path);
        let decided = doc
            .protocol
            .iter_mut()
            .flat_map(|p| p.agenda.iter_mut().flat_map(|a| a.decided.iter_mut()));
        let first = doc
            .sections
            .iter_mut()
            .chain(decided)
            .flat_map(|s| s.directives.iter_mut())
            .next();
        let Some(directive) = first else {
            panic!("{file}: no directive to edit");
        };
        directive.text.push_str(" Дополнено при проверке.");
        let copy = write(&dir, &format!("{index}.json"), &to_json(&doc));
        let output = run(&["diff", &file, &copy, "--json"]);
        assert_eq!(code(&output), 1, "{file}: {}", stderr(&output));
        let value = parse_json(&output);
        let changed = value["directives"].as_array().map(Vec::len);
        assert_eq!(changed, Some(1), "{file}: one directive changed");
        let text = run(&["diff", &file, &copy, "--lang", "en"]);
        assert_eq!(code(&text), 1, "{file}: {}", stderr(&text));
        assert!(
            stdout(&text).contains("Дополнено при проверке.+}"),
            "{file}: {}",
            stdout(&text)
        );
    }
}
