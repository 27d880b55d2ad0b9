//! Benchmarks: the native criterion pipeline benchmark and the browser
//! timings from Playwright. Both write their numbers to files; this module
//! copies them into BENCHMARKS.md between markers.

use std::path::Path;

use crate::cmd::{run, Cmd};
use crate::setup::Env;

pub fn run_all(env: &Env) -> Result<(), String> {
    run(Cmd::new("cargo")
        .args(["bench", "-p", "resolution-core", "--bench", "pipeline"])
        .dir(&env.root))?;
    copy_result(env, "pipeline", "target/bench-results/pipeline.md")?;
    crate::size::build_and_report(env)?;
    run(Cmd::new("npm")
        .args(["run", "bench"])
        .dir(env.e2e_dir())
        .envs(&env.vars))?;
    copy_result(env, "browser", "target/bench-results/browser.md")
}

fn copy_result(env: &Env, section: &str, file: &str) -> Result<(), String> {
    let path = env.root.join(file);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("benchmark wrote no {}: {e}", path.display()))?;
    write_section(&env.root, section, &text)
}

/// Replace the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` in
/// BENCHMARKS.md, appending the markers when they are not there yet.
pub fn write_section(root: &Path, name: &str, body: &str) -> Result<(), String> {
    let path = root.join("BENCHMARKS.md");
    let old = std::fs::read_to_string(&path).unwrap_or_else(|_| "# Benchmarks\n".to_string());
    let new = replace_section(&old, name, body);
    std::fs::write(&path, new).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn replace_section(doc: &str, name: &str, body: &str) -> String {
    let start = format!("<!-- {name}:start -->");
    let end = format!("<!-- {name}:end -->");
    let block = format!("{start}\n{}\n{end}", body.trim_end());
    match (doc.find(&start), doc.find(&end)) {
        (Some(s), Some(e)) if e > s => format!("{}{}{}", &doc[..s], block, &doc[e + end.len()..]),
        _ => format!("{}\n{block}\n", doc.trim_end()),
    }
}

#[cfg(test)]
mod tests {
    use super::replace_section;

    #[test]
    fn section_is_replaced_in_place() {
        let doc = "# B\n\n<!-- size:start -->\nold\n<!-- size:end -->\n\ntail\n";
        let out = replace_section(doc, "size", "new\n");
        assert_eq!(
            out,
            "# B\n\n<!-- size:start -->\nnew\n<!-- size:end -->\n\ntail\n"
        );
    }

    #[test]
    fn missing_section_is_appended() {
        let out = replace_section("# B\n", "size", "t");
        assert_eq!(out, "# B\n<!-- size:start -->\nt\n<!-- size:end -->\n");
    }
}
