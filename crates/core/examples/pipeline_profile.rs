//! Times the native pipeline (import, one `Validator::update`, then freeing
//! both) on generated text, best of N runs, for profiling and for
//! comparing two versions of the code run one after the other. `perf` and
//! `valgrind --tool=callgrind --toggle-collect=pipeline_profile::run_pipeline`
//! attach to `run_pipeline`.
//!
//! The process keeps freed memory, as the benchmark does (see
//! `benches/pipeline/memory.rs`); `--return-memory` keeps glibc's
//! defaults instead, to compare.
//!
//! Run: `cargo run --profile bench -p resolution-core --example
//! pipeline_profile -- [bytes] [runs] [--return-memory]`.

#[path = "../benches/pipeline/generate.rs"]
mod generate;
#[path = "../benches/pipeline/memory.rs"]
mod memory;
#[path = "../benches/pipeline/paste.rs"]
mod paste;

use std::time::{Duration, Instant};

/// One pass of the benchmark's pipeline (import, one `Validator::update`,
/// freeing both); returns the number of findings and extracted phrases,
/// and the time taken.
#[inline(never)]
fn run_pipeline(text: &str) -> (usize, Duration) {
    let start = Instant::now();
    let found = paste::pipeline(text);
    (found, start.elapsed())
}

fn main() {
    let return_memory = std::env::args().any(|a| a == "--return-memory");
    if !return_memory {
        memory::keep_freed_memory();
    }
    let mut args = std::env::args().skip(1).filter(|a| a != "--return-memory");
    let bytes = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let text = generate::resolution_text(bytes, 0x5EED);
    let mut best = Duration::MAX;
    let mut found = 0;
    for _ in 0..runs.max(1) {
        let (count, time) = run_pipeline(&text);
        found = count;
        best = best.min(time);
    }
    let faults = memory::faults_per_run(|| {
        run_pipeline(&text);
    });
    let megabytes = text.len() as f64 / 1e6;
    println!(
        "{} bytes, {found} findings and phrases, best of {runs}: {:.2} ms, {:.1} MB/s, {} page faults per run",
        text.len(),
        best.as_secs_f64() * 1e3,
        megabytes / best.as_secs_f64(),
        faults.map_or_else(|| "?".to_string(), |f| format!("{f:.0}")),
    );
}
