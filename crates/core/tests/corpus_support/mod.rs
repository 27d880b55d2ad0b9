//! Access to the real example documents in `shared/corpus`, read at run
//! time and never copied into the repository. Tests that use them print a
//! message and check nothing more when the corpus is absent.

#![allow(dead_code)]

use std::path::PathBuf;

/// The corpus folder.
pub fn corpus_dir() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ))
}

/// Every `.txt` document of the corpus as (file stem, text), sorted by
/// name; none, after printing why, when the folder is absent.
pub fn corpus_texts() -> Vec<(String, String)> {
    let dir = corpus_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: corpus not found at {}", dir.display());
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("doc")
                .to_owned();
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (name, text)
        })
        .collect()
}

/// One corpus document by file name, or `None` after printing why.
pub fn corpus_text(name: &str) -> Option<String> {
    let path = corpus_dir().join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            println!("skipped: corpus not found at {}", path.display());
            None
        }
    }
}
