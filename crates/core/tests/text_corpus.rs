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

#[test]
fn dump_round_trip() {
    use resolution_core::text::{export_text, import_text, normalized, NumberingStyle};
    for name in ["krasnokutsky-reshenie-2019.txt", "suntarsky-rezolyutsiya-2020.txt", "chaplyginsky-protokol-2022.txt"] {
        let Some(input) = read(name) else { return };
        let doc = import_text(&input);
        for style in NumberingStyle::ALL {
            let text = export_text(&doc, style);
            let back = import_text(&text);
            if normalized(&back) != normalized(&doc) {
                println!("=== {name} {style:?}\n{text}\n--- outline back\n{}", outline(&back));
                let a = serde_json::to_string_pretty(&normalized(&doc)).unwrap();
                let b = serde_json::to_string_pretty(&normalized(&back)).unwrap();
                for (x, y) in a.lines().zip(b.lines()) { if x != y { println!("- {x}\n+ {y}"); } }
            } else { println!("{name} {style:?} ok"); if std::env::var("SHOW").is_ok() { println!("{}", text.chars().take(9000).collect::<String>()); } }
        }
    }
}
