//! Imports the real documents in `shared/corpus` (read at run time, never
//! copied into the repository) and checks their structure.

use std::path::PathBuf;

use resolution_core::text::{audit, import_text_report, outline};

fn corpus_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus"))
}

fn read(name: &str) -> Option<String> {
    let path = corpus_dir().join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            println!("skipped: corpus not found at {}", path.display());
            None
        }
    }
}

#[test]
fn dump() {
    for name in ["krasnokutsky-reshenie-2019.txt", "suntarsky-rezolyutsiya-2020.txt", "chaplyginsky-protokol-2022.txt"] {
        let Some(input) = read(name) else { return };
        let report = import_text_report(&input);
        println!("=== {name}\n{}", outline(&report.document));
        println!("{:?}", audit(&input, &report));
        println!("{:?}", report.unplaced_lines(&input));
    }
}
