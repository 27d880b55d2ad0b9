//! Release build and the gzip size report of what a browser downloads.

use std::io::Write;
use std::path::Path;

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::bench::write_section;
use crate::cmd::{run, Cmd};
use crate::setup::Env;

pub fn build_and_report(env: &Env) -> Result<(), String> {
    run(Cmd::new("trunk")
        .args(["build", "--release"])
        .dir(&env.root)
        .envs(&env.vars))?;
    let rows = measure(&env.dist_dir())?;
    let table = table(&rows);
    println!("{table}");
    write_section(&env.root, "size", &table)
}

struct Row {
    file: String,
    raw: u64,
    gzip: u64,
}

fn measure(dist: &Path) -> Result<Vec<Row>, String> {
    let entries =
        std::fs::read_dir(dist).map_err(|e| format!("cannot read {}: {e}", dist.display()))?;
    let mut rows = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default();
        if !matches!(ext, "wasm" | "js" | "css" | "html") {
            continue;
        }
        let bytes =
            std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let mut gz = GzEncoder::new(Vec::new(), Compression::best());
        gz.write_all(&bytes).map_err(|e| e.to_string())?;
        let gzip = gz.finish().map_err(|e| e.to_string())?.len() as u64;
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        rows.push(Row {
            file: strip_hash(&file),
            raw: bytes.len() as u64,
            gzip,
        });
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.gzip));
    if !rows.iter().any(|r| r.file.ends_with(".wasm")) {
        return Err(format!("no .wasm file in {}", dist.display()));
    }
    Ok(rows)
}

/// `app-1a2b3c4d5e6f_bg.wasm` → `app-*_bg.wasm`, so the report is stable.
fn strip_hash(name: &str) -> String {
    match name.rsplit_once('-') {
        Some((stem, rest)) => {
            let hash_len = rest.chars().take_while(|c| c.is_ascii_hexdigit()).count();
            if hash_len >= 8 {
                format!("{stem}-*{}", &rest[hash_len..])
            } else {
                name.to_string()
            }
        }
        None => name.to_string(),
    }
}

/// Files fetched only on the first Word export (the worker), not on load.
fn is_lazy(file: &str) -> bool {
    file.starts_with("export-worker")
}

fn table(rows: &[Row]) -> String {
    let mut out = String::from("| file (dist/) | bytes | gzip -9 bytes |\n|---|---:|---:|\n");
    let (mut raw, mut gzip, mut lazy_raw, mut lazy_gzip) = (0, 0, 0, 0);
    for r in rows {
        let note = if is_lazy(&r.file) {
            " (on first Word export)"
        } else {
            ""
        };
        out.push_str(&format!("| {}{note} | {} | {} |\n", r.file, r.raw, r.gzip));
        if is_lazy(&r.file) {
            lazy_raw += r.raw;
            lazy_gzip += r.gzip;
        } else {
            raw += r.raw;
            gzip += r.gzip;
        }
    }
    out.push_str(&format!("| **page load** | {raw} | {gzip} |\n"));
    out.push_str(&format!(
        "| **with the Word writer** | {} | {} |\n",
        raw + lazy_raw,
        gzip + lazy_gzip
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::{is_lazy, strip_hash};

    #[test]
    fn only_the_worker_is_loaded_later() {
        assert!(is_lazy("export-worker_bg.wasm"));
        assert!(is_lazy("export-worker_loader.js"));
        assert!(!is_lazy("resolution-editor_bg.wasm"));
    }

    #[test]
    fn hashes_are_stripped_from_trunk_file_names() {
        assert_eq!(
            strip_hash("resolution-editor-4f1c2d3e4a5b6c7d_bg.wasm"),
            "resolution-editor-*_bg.wasm"
        );
        assert_eq!(strip_hash("app-0123456789abcdef.css"), "app-*.css");
        assert_eq!(strip_hash("index.html"), "index.html");
    }
}
