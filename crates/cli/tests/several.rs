//! `check` and `convert` with several FILEs: each file judged on its own,
//! an unreadable one reported without stopping the others, outputs that
//! never overwrite each other, and one FILE printed as before.

mod support;

use std::path::Path;

use resolution_core::json::from_json;
use serde_json::Value;
use support::{code, run, scratch, stderr, stdout, write, SAMPLE_TXT};

/// The sample with an impossible date (31 June): check finds an error.
fn with_error() -> String {
    SAMPLE_TXT.replace("25 декабря 2025", "31 июня 2025")
}

/// Bytes that are text in no encoding the command line reads.
fn write_garbage(dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, b"\x00\x01\xFF\xC0garbage").expect("written");
    path.to_string_lossy().into_owned()
}

#[test]
fn several_files_convert_into_a_folder_without_overwriting() {
    let dir = scratch("several-convert");
    let first = write(&dir, "first.txt", SAMPLE_TXT);
    // The same header, hence the same suggested name, but other items.
    let second = write(
        &dir,
        "second.txt",
        &SAMPLE_TXT.replace("спортивных клубов", "театральных студий"),
    );
    let broken = write_garbage(&dir, "broken.txt");
    let missing = dir.join("missing.txt").to_string_lossy().into_owned();
    let out = dir.join("out").join("nested");
    let out_arg = out.to_string_lossy().into_owned();
    let output = run(&[
        "convert", &first, &broken, &missing, &second, "--to", "json", "-o", &out_arg,
    ]);
    assert_eq!(code(&output), 2, "unreadable inputs: {}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("broken.txt"), "{err}");
    assert!(err.contains("missing.txt"), "{err}");

    let mut names: Vec<String> = std::fs::read_dir(&out)
        .expect("the folder was created")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    let plain = names
        .iter()
        .find(|n| !n.contains(" (2)"))
        .expect("the first name");
    let suffixed = plain.replace(".json", " (2).json");
    assert!(plain.starts_with("Решение"), "{plain}");
    assert!(names.contains(&suffixed), "{names:?}");
    let read = |name: &str| {
        from_json(&std::fs::read_to_string(out.join(name)).expect("written"))
            .expect("loads")
            .all_directives()
            .map(|d| d.text.clone())
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(read(plain).contains("спортивных клубов"));
    assert!(read(&suffixed).contains("театральных студий"));
    let listed = stdout(&output);
    assert_eq!(listed.lines().count(), 2, "{listed}");
    assert!(
        listed.lines().nth(1).is_some_and(|l| l.starts_with(&second)
            && l.contains(" -> ")
            && l.ends_with(&suffixed)),
        "{listed}"
    );
}

#[test]
fn several_files_need_a_folder() {
    let dir = scratch("several-folder");
    let a = write(&dir, "a.txt", SAMPLE_TXT);
    let b = write(&dir, "b.txt", SAMPLE_TXT);
    let output = run(&["convert", &a, &b, "--to", "txt", "--lang", "en"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("-o DIR"), "{}", stderr(&output));
    let output = run(&["convert", &a, &b, "--to", "txt", "-o", &a, "--lang", "en"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("must be a folder"),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        std::fs::read_to_string(&a).ok().as_deref(),
        Some(SAMPLE_TXT)
    );
    let output = run(&["check", "-", &a, "-"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("only once"), "{}", stderr(&output));
}

#[test]
fn several_files_checked_with_one_unreadable() {
    let dir = scratch("several-check");
    let bad = write(&dir, "bad.txt", &with_error());
    let good = write(&dir, "good.txt", SAMPLE_TXT);
    let garbage = write_garbage(&dir, "garbage.txt");
    let args = ["--today", "none", "--lang", "en"];
    let output = run(&[&["check", &good, &garbage, &bad][..], &args].concat());
    assert_eq!(code(&output), 2, "the worst: unreadable");
    let text = stdout(&output);
    assert!(
        text.lines()
            .any(|l| l.starts_with(&format!("{bad}:")) && l.contains("error RES105")),
        "{text}"
    );
    assert!(
        text.contains(&format!("{good}: 0 errors")),
        "the summary names its file: {text}"
    );
    assert!(
        text.lines()
            .last()
            .is_some_and(|l| l.starts_with("total: 3 files, 1 unreadable, ")),
        "{text}"
    );
    assert!(
        stderr(&output).contains("garbage.txt is not text"),
        "{}",
        stderr(&output)
    );

    // Readable files only: the worst of 0 and 1.
    let output = run(&[&["check", &good, &bad][..], &args].concat());
    assert_eq!(code(&output), 1);
    let output = run(&[&["check", &good, &good][..], &args].concat());
    assert_eq!(code(&output), 0, "{}", stdout(&output));
}

#[test]
fn several_files_checked_as_json_keep_apart() {
    let dir = scratch("several-json");
    let bad = write(&dir, "bad.txt", &with_error());
    let good = write(&dir, "good.txt", SAMPLE_TXT);
    let missing = dir.join("missing.txt").to_string_lossy().into_owned();
    let output = run(&["check", &bad, &missing, &good, "--json", "--today", "none"]);
    assert_eq!(code(&output), 2);
    let value: Value = serde_json::from_str(&stdout(&output))
        .unwrap_or_else(|e| panic!("one JSON value ({e}): {}", stdout(&output)));
    let files = value.as_array().expect("an array of files");
    assert_eq!(files.len(), 3);
    let names: Vec<&str> = files.iter().filter_map(|f| f["file"].as_str()).collect();
    assert_eq!(names, [bad.as_str(), missing.as_str(), good.as_str()]);
    assert!(files[0]["diagnostics"]
        .as_array()
        .is_some_and(|ds| ds.iter().any(|d| d["code"] == "RES105")));
    assert!(files[1]["diagnostics"].is_null());
    assert!(
        files[1]["error"]
            .as_str()
            .is_some_and(|e| e.contains("missing.txt")),
        "{}",
        files[1]
    );
    assert!(files[2]["diagnostics"].is_array());

    // Each file's diagnostics are what checking it alone prints.
    let alone: Value =
        serde_json::from_str(&stdout(&run(&["check", &bad, "--json", "--today", "none"])))
            .expect("JSON");
    assert_eq!(files[0]["diagnostics"], alone);
}

#[test]
fn one_file_prints_as_before() {
    let dir = scratch("several-one");
    let bad = write(&dir, "bad.txt", &with_error());
    let output = run(&["check", &bad, "--today", "none", "--lang", "en"]);
    assert_eq!(code(&output), 1);
    let text = stdout(&output);
    let last = text.lines().last().expect("a summary");
    assert!(
        last.contains(" errors, ") && last.ends_with(" notes"),
        "{text}"
    );
    assert!(
        !last.starts_with(&bad),
        "no file name on the summary: {last}"
    );
    assert!(!text.contains("total"), "{text}");
    let json: Value =
        serde_json::from_str(&stdout(&run(&["check", &bad, "--json", "--today", "none"])))
            .expect("JSON");
    assert!(
        json.as_array()
            .and_then(|ds| ds.first())
            .is_some_and(|d| d["code"].is_string()),
        "the diagnostics themselves: {json}"
    );
    // One FILE into a file path, not a folder, as ever.
    let target = dir.join("single.json");
    let output = run(&[
        "convert",
        &bad,
        "--to",
        "json",
        "-o",
        &target.to_string_lossy(),
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stdout(&output), "", "nothing listed for one FILE");
    assert!(target.is_file());
}
