//! Pipeline throughput: import pasted text, then one `Validator::update`,
//! which extracts deadlines, targets and references from every directive
//! (the extract stage: the editor highlights from
//! `Validator::extractions`, nothing is extracted twice) and runs every
//! rule; at ~100 KB, ~1 MB and ~10 MB. Then
//! re-validation of a 1,000-directive document after one directive is
//! edited. After criterion finishes, the numbers go to
//! `target/bench-results/pipeline.{json,md}`. The process keeps freed
//! memory, as the browser does (see [`memory`]), and the report gives the
//! page faults per pipeline run.
//!
//! Run: `cargo bench -p resolution-core --bench pipeline`.

mod generate;
mod memory;
mod paste;
mod report;

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};
use resolution_core::text::import_text;
use resolution_core::validate::{validate, ValidateOptions, Validator};
use resolution_core::Document;

use report::Case;

const SIZES: [(&str, usize); 3] = [("100KB", 100_000), ("1MB", 1_000_000), ("10MB", 10_000_000)];

fn bench_pipeline(c: &mut Criterion, cases: &mut Vec<Case>) {
    let mut group = c.benchmark_group("pipeline");
    // The 10 MB case takes long per iteration: equal samples, not a ramp.
    group.sampling_mode(SamplingMode::Flat);
    for (label, size) in SIZES {
        let text = generate::resolution_text(size, 0x5EED);
        let bytes = text.len() as u64;
        group.throughput(Throughput::Bytes(bytes));
        group.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, text| {
            b.iter(|| paste::pipeline(black_box(text)))
        });
        cases.push(Case {
            group: "pipeline",
            id: label.to_string(),
            bytes: Some(bytes),
            note: format!("{:.2} MB text", bytes as f64 / 1e6),
            faults: memory::faults_per_run(|| {
                black_box(paste::pipeline(&text));
            }),
        });
    }
    group.finish();
}

fn directive_count(doc: &Document) -> usize {
    doc.all_sections().map(|s| s.directives.len()).sum()
}

/// Grows generated text until it imports to at least `n` directives.
fn document_with_directives(n: usize) -> Document {
    let mut size = 50_000;
    loop {
        let doc = import_text(&generate::resolution_text(size, 0xD0C));
        if directive_count(&doc) >= n {
            return doc;
        }
        size += size / 2;
    }
}

fn bench_revalidate(c: &mut Criterion, cases: &mut Vec<Case>) {
    let doc = document_with_directives(1_000);
    let count = directive_count(&doc);
    let (a, b) = (edited(&doc, 1), edited(&doc, 2));
    let options = ValidateOptions::default();

    let mut validator = Validator::new(options);
    validator.update(&a);
    validator.update(&b);
    let analysed = validator.last_analysed();
    println!("revalidate: {count} directives, one edit re-analyses {analysed} text(s)");

    let mut group = c.benchmark_group("revalidate");
    let mut flip = false;
    group.bench_function("incremental", |bench| {
        bench.iter(|| {
            flip = !flip;
            validator
                .update(black_box(if flip { &a } else { &b }))
                .len()
        })
    });
    group.bench_function("full", |bench| {
        bench.iter(|| validate(black_box(&a), &options).len())
    });
    group.finish();
    cases.push(Case {
        group: "revalidate",
        id: "incremental".to_string(),
        bytes: None,
        note: format!(
            "{count} directives, one edited, `Validator::update` ({analysed} re-analysed)"
        ),
        faults: None,
    });
    cases.push(Case {
        group: "revalidate",
        id: "full".to_string(),
        bytes: None,
        note: format!("{count} directives, full `validate`"),
        faults: None,
    });
}

/// A copy of `doc` with the text of its middle directive changed.
fn edited(doc: &Document, round: usize) -> Document {
    let mut doc = doc.clone();
    let middle = directive_count(&doc) / 2;
    if let Some(d) = doc
        .sections
        .iter_mut()
        .flat_map(|s| s.directives.iter_mut())
        .nth(middle)
    {
        d.text = format!(
            "провести собрание до {} сентября 2025 года;",
            1 + round % 28
        );
    }
    doc
}

fn main() {
    let kept = memory::keep_freed_memory();
    let target = report::target_dir();
    let mut c = Criterion::default()
        .output_directory(&target.join("criterion"))
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let mut cases = Vec::new();
    bench_pipeline(&mut c, &mut cases);
    bench_revalidate(&mut c, &mut cases);
    c.final_summary();
    if std::env::args().any(|a| a == "--bench") {
        match report::write(&target, &cases, kept) {
            Ok(table) => println!("\n{table}"),
            Err(e) => eprintln!("cannot write bench results: {e}"),
        }
    }
}
