//! Drafts saved in Windows-1251 or UTF-16, as Word on Russian Windows saves
//! them: read, said so on stderr, and judged as their UTF-8 twins.

mod support;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;
use support::{code, run, scratch, stderr, stdout, write, BIN, SAMPLE_TXT};

/// Windows-1251 bytes of text made of ASCII, Russian letters and the
/// punctuation the samples use.
fn cp1251(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            c if c.is_ascii() => c as u8,
            'А'..='я' => 0xC0 + (c as u32 - 'А' as u32) as u8,
            'Ё' => 0xA8,
            'ё' => 0xB8,
            '№' => 0xB9,
            '«' => 0xAB,
            '»' => 0xBB,
            '–' => 0x96,
            '—' => 0x97,
            other => panic!("{other} is not in this test's Windows-1251"),
        })
        .collect()
}

fn utf16(text: &str, little: bool) -> Vec<u8> {
    std::iter::once(0xFEFF)
        .chain(text.encode_utf16())
        .flat_map(|unit| {
            if little {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            }
        })
        .collect()
}

fn write_bytes(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("sample written");
    path.to_string_lossy().into_owned()
}

/// A draft with an impossible date (31 June), so that check finds an error.
fn sample_with_error() -> String {
    SAMPLE_TXT.replace("25 декабря 2025", "31 июня 2025")
}

fn findings(args: &[&str]) -> (Vec<Value>, i32, String) {
    let output = run(args);
    let value: Value = serde_json::from_str(&stdout(&output))
        .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", stderr(&output)));
    let list = value.as_array().cloned().expect("an array");
    (list, code(&output), stderr(&output))
}

#[test]
fn a_cp1251_file_is_checked_like_its_utf8_twin() {
    let dir = scratch("enc-cp1251");
    let text = sample_with_error();
    let utf8 = write(&dir, "draft-utf8.txt", &text);
    let ansi = write_bytes(&dir, "draft-1251.txt", &cp1251(&text));
    let (twin, twin_code, twin_err) = findings(&["check", &utf8, "--json", "--today", "none"]);
    let (read, read_code, read_err) = findings(&["check", &ansi, "--json", "--today", "none"]);
    assert!(!twin.is_empty());
    assert_eq!(read, twin, "the same findings, ranges and all");
    assert_eq!((read_code, twin_code), (1, 1));
    assert_eq!(twin_err, "", "nothing said about UTF-8");
    assert_eq!(
        read_err.matches("прочитан как Windows-1251").count(),
        1,
        "{read_err}"
    );
    assert!(read_err.contains("draft-1251.txt"), "{read_err}");

    let en = run(&["check", &ansi, "--lang", "en", "--today", "none"]);
    assert!(
        stderr(&en).contains("read as Windows-1251"),
        "{}",
        stderr(&en)
    );
    assert!(stdout(&en).contains("error RES105"), "{}", stdout(&en));
}

#[test]
fn utf16_files_with_a_bom_are_read_in_both_byte_orders() {
    let dir = scratch("enc-utf16");
    let text = sample_with_error();
    let utf8 = write(&dir, "draft.txt", &text);
    let expected = stdout(&run(&["convert", &utf8, "--to", "json"]));
    for (name, little, label) in [
        ("le.txt", true, "UTF-16 LE"),
        ("be.txt", false, "UTF-16 BE"),
    ] {
        let file = write_bytes(&dir, name, &utf16(&text, little));
        let output = run(&["convert", &file, "--to", "json"]);
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        assert_eq!(stdout(&output), expected, "{name}");
        assert!(
            stderr(&output).contains(&format!("прочитан как {label}")),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn standard_input_is_detected_too() {
    let mut child = Command::new(BIN)
        .args(["check", "-", "--lang", "en", "--today", "none"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(&cp1251(&sample_with_error()))
            .expect("stdin accepts the input");
    }
    let output = child.wait_with_output().expect("the binary finishes");
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    assert!(stdout(&output).contains("<stdin>:"), "{}", stdout(&output));
    assert!(
        stderr(&output).contains("<stdin>: read as Windows-1251"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn json_stays_utf8_unless_encoding_is_given() {
    let dir = scratch("enc-json");
    let utf8 = write(&dir, "draft.txt", SAMPLE_TXT);
    let json = stdout(&run(&["convert", &utf8, "--to", "json"]));
    let file = write_bytes(&dir, "draft.json", &utf16(&json, true));
    let refused = run(&["check", &file, "--lang", "en", "--today", "none"]);
    assert_eq!(code(&refused), 2);
    assert!(
        stderr(&refused).contains("JSON is read as UTF-8 only")
            && stderr(&refused).contains("--encoding"),
        "{}",
        stderr(&refused)
    );
    let read = run(&["convert", &file, "--to", "json", "--encoding", "utf-16"]);
    assert_eq!(code(&read), 0, "{}", stderr(&read));
    assert_eq!(stdout(&read), json);
}

#[test]
fn encoding_option_overrides_detection_and_refuses_what_does_not_fit() {
    let dir = scratch("enc-forced");
    // Bytes that are valid in both: detection takes UTF-8, --encoding
    // decides.
    let both = write_bytes(&dir, "both.txt", "Ђ".as_bytes());
    let as_utf8 = run(&["convert", &both, "--to", "txt", "--encoding", "utf-8"]);
    assert_eq!(code(&as_utf8), 0, "{}", stderr(&as_utf8));
    let as_1251 = run(&["convert", &both, "--to", "json", "--encoding", "cp1251"]);
    assert_eq!(code(&as_1251), 0, "{}", stderr(&as_1251));
    assert!(stderr(&as_1251).contains("Windows-1251"));

    let ansi = write_bytes(&dir, "ansi.txt", &cp1251(SAMPLE_TXT));
    let strict = run(&["check", &ansi, "--encoding", "utf-8", "--lang", "en"]);
    assert_eq!(code(&strict), 2);
    assert!(
        stderr(&strict).contains("is not UTF-8: byte 0 "),
        "{}",
        stderr(&strict)
    );
    let bad = run(&["check", &ansi, "--encoding", "koi8-r"]);
    assert_eq!(code(&bad), 2);
    assert!(stderr(&bad).contains("usage:"));
}

#[test]
fn garbage_and_other_encodings_are_refused_clearly() {
    let dir = scratch("enc-garbage");
    let binary = write_bytes(&dir, "zip.txt", b"PK\x03\x04\x14\x00\x06\x00\xE0\xEF\xC0");
    let output = run(&["check", &binary]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains(
            "не текст в кодировке UTF-8, UTF-16 с меткой порядка байтов или Windows-1251"
        ),
        "{}",
        stderr(&output)
    );
    let latin1 = write_bytes(&dir, "latin1.txt", b"Gr\xFC\xDFe aus M\xFCnchen\n");
    let output = run(&["check", &latin1, "--lang", "en"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("is not text in UTF-8, UTF-16"),
        "{}",
        stderr(&output)
    );
}
