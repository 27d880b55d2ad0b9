//! Turns criterion's estimates into `target/bench-results/pipeline.json`
//! and a markdown table `pipeline.md` for BENCHMARKS.md.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

/// One measured case: criterion's `group/id`, and the bytes of input it
/// processes per iteration (for throughput), if any.
pub struct Case {
    pub group: &'static str,
    pub id: String,
    pub bytes: Option<u64>,
    pub note: String,
    /// Minor page faults per iteration, where the platform counts them.
    pub faults: Option<f64>,
}

/// The cargo target directory: the bench binary lives in
/// `target/<profile>/deps/`.
pub fn target_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(dir);
    }
    std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.parent()?.to_path_buf()))
        .unwrap_or_else(|| PathBuf::from("target"))
}

/// Mean time per iteration in nanoseconds, from the latest run.
fn mean_ns(criterion_dir: &Path, case: &Case) -> Option<f64> {
    let path = criterion_dir
        .join(case.group)
        .join(&case.id)
        .join("new")
        .join("estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let value: Value = serde_json::from_str(&text).ok()?;
    value["mean"]["point_estimate"].as_f64()
}

fn mb_per_s(bytes: u64, ns: f64) -> f64 {
    bytes as f64 / 1e6 / (ns / 1e9)
}

/// Writes both files; returns the markdown table.
/// `kept` says whether the process keeps freed memory (see `memory.rs`).
pub fn write(target: &Path, cases: &[Case], kept: bool) -> std::io::Result<String> {
    let criterion_dir = target.join("criterion");
    let measured: Vec<(&Case, f64)> = cases
        .iter()
        .filter_map(|c| Some((c, mean_ns(&criterion_dir, c)?)))
        .collect();

    let mut md = String::from(
        "Native pipeline benchmark (`cargo bench -p resolution-core --bench pipeline`), \
         mean time per iteration. A `pipeline` case is `import_text` followed by one \
         `Validator::update`, which extracts deadlines, targets and references from every \
         directive once (the extract stage; its results are read back with \
         `Validator::extractions`, not extracted again) and runs every rule. \
         `revalidate` re-validates after one directive is edited.\n\n",
    );
    md.push_str(if kept {
        "Freed memory stays in the process between iterations, as in the browser \
         (glibc `mallopt`, see `benches/pipeline/memory.rs`).\n\n"
    } else {
        "The allocator's defaults were kept: this platform has no `mallopt`.\n\n"
    });
    md.push_str(
        "| case | input | mean | throughput | page faults per run |\n|---|---|---|---|---|\n",
    );
    let mut rows = Vec::new();
    for (case, ns) in &measured {
        let throughput = case.bytes.map(|b| mb_per_s(b, *ns));
        md.push_str(&format!(
            "| {}/{} | {} | {} | {} | {} |\n",
            case.group,
            case.id,
            case.note,
            human_time(*ns),
            throughput.map_or_else(|| "–".to_string(), |t| format!("{t:.1} MB/s")),
            case.faults
                .map_or_else(|| "–".to_string(), |f| format!("{f:.0}")),
        ));
        rows.push(json!({
            "name": format!("{}/{}", case.group, case.id),
            "input": case.note,
            "bytes": case.bytes,
            "mean_ns": ns,
            "mb_per_s": throughput,
            "page_faults_per_run": case.faults,
        }));
    }

    let growth = growth(&measured);
    if let Some(g) = &growth {
        md.push_str(&format!(
            "\nFrom {} to {}: input ×{:.1}, time ×{:.1} (time growth / input growth = {:.2}; 1.00 is linear).\n",
            g.from, g.to, g.input_ratio, g.time_ratio, g.time_ratio / g.input_ratio
        ));
    }
    let report = json!({
        "benchmark": "pipeline",
        "freed_memory_kept": kept,
        "results": rows,
        "growth": growth.as_ref().map(|g| json!({
            "from": g.from,
            "to": g.to,
            "input_ratio": g.input_ratio,
            "time_ratio": g.time_ratio,
        })),
    });
    let out = target.join("bench-results");
    std::fs::create_dir_all(&out)?;
    let mut text = serde_json::to_string_pretty(&report).map_err(std::io::Error::other)?;
    text.push('\n');
    std::fs::write(out.join("pipeline.json"), text)?;
    std::fs::write(out.join("pipeline.md"), &md)?;
    Ok(md)
}

struct Growth {
    from: String,
    to: String,
    input_ratio: f64,
    time_ratio: f64,
}

/// Smallest to largest throughput case.
fn growth(measured: &[(&Case, f64)]) -> Option<Growth> {
    let sized: Vec<(&Case, u64, f64)> = measured
        .iter()
        .filter_map(|(c, ns)| Some((*c, c.bytes?, *ns)))
        .collect();
    let small = sized.iter().min_by_key(|(_, b, _)| *b)?;
    let large = sized.iter().max_by_key(|(_, b, _)| *b)?;
    if small.1 == large.1 {
        return None;
    }
    Some(Growth {
        from: small.0.note.clone(),
        to: large.0.note.clone(),
        input_ratio: large.1 as f64 / small.1 as f64,
        time_ratio: large.2 / small.2,
    })
}

fn human_time(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.2} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.1} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}
