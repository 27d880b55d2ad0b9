//! Shared helpers of the CLI tests: running the
//! binary, scratch folders, a small sample draft and the corpus.

#![allow(dead_code)]

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use resolution_core::text::import_text;
use resolution_core::Document;

pub const BIN: &str = env!("CARGO_BIN_EXE_resolution");
pub const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus");

/// A decision with a dated task, a standing one, a start-only one and a
/// school-year period.
pub const SAMPLE_TXT: &str = "\
РЕШЕНИЕ
районного совещания руководителей образовательных организаций
«Развитие дополнительного образования детей»

Одобрено участниками совещания 27 августа 2025 года

Участники совещания обсудили итоги летней оздоровительной кампании и задачи нового учебного года.

1. Управлению образования:
1.1. провести мониторинг охвата детей дополнительным образованием до 1 октября 2025 года;
1.2. оказывать методическую помощь педагогам дополнительного образования постоянно.

2. Руководителям образовательных организаций:
2.1. обеспечить охват обучающихся дополнительным образованием не менее 80 % до 25 декабря 2025 года;
2.2. организовать работу школьных спортивных клубов с сентября 2025 года;
2.3. провести родительские собрания по вопросам безопасности в течение 2025/2026 учебного года.
";

pub fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("the resolution binary runs")
}

pub fn code(output: &Output) -> i32 {
    output.status.code().unwrap_or(-1)
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A fresh folder for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli-tests")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

pub fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("sample written");
    path.to_string_lossy().into_owned()
}

/// The corpus `.txt` files, sorted, or `None` (after printing why) when the
/// folder is absent.
pub fn corpus_files() -> Option<Vec<PathBuf>> {
    let Ok(entries) = std::fs::read_dir(CORPUS) else {
        println!("skipped: corpus not found at {CORPUS}");
        return None;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "corpus folder {CORPUS} has no .txt files"
    );
    Some(files)
}

/// The document as the binary reads a text file (same importer, same ids).
pub fn import_file(path: &Path) -> Document {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    import_text(text.strip_prefix('\u{feff}').unwrap_or(&text))
}

/// Every directive's trimmed text, items included, in reading order.
pub fn directive_texts(doc: &Document) -> Vec<String> {
    doc.all_directives()
        .map(|d| d.text.trim().to_owned())
        .collect()
}

/// Collapses runs of whitespace to single spaces.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One part of a zip package, as text.
pub fn zip_part(bytes: &[u8], name: &str) -> String {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).unwrap_or_else(|e| panic!("not a zip: {e}"));
    let mut file = archive
        .by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut text = String::new();
    file.read_to_string(&mut text)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    text
}

/// The text of each `<w:p>` of a document.xml: the bodies of its `<w:t>`
/// runs joined, entities decoded.
pub fn docx_paragraph_texts(xml: &str) -> Vec<String> {
    xml.split("</w:p>")
        .map(|paragraph| {
            let mut text = String::new();
            for piece in paragraph.split("<w:t").skip(1) {
                let Some((tag, rest)) = piece.split_once('>') else {
                    continue;
                };
                let is_text_run = tag.is_empty() || tag.starts_with(' ');
                if !is_text_run || tag.ends_with('/') {
                    continue;
                }
                let body = rest.split("</w:t>").next().unwrap_or_default();
                text.push_str(
                    &body
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&quot;", "\"")
                        .replace("&apos;", "'")
                        .replace("&amp;", "&"),
                );
            }
            text
        })
        .collect()
}
