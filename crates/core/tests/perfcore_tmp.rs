//! TEMPORARY timing harness of PERF-CORE; deleted at the end.
#[path = "../benches/pipeline/generate.rs"]
mod generate;

use resolution_core::extract::{extract, ExtractContext};
use resolution_core::text::import_text;
use resolution_core::validate::{validate, ValidateOptions};
use resolution_core::Directive;

fn extracted(directive: &Directive, ctx: &ExtractContext) -> usize {
    let own = extract(&directive.text, ctx);
    let items: usize = directive.items.iter().map(|d| extracted(d, ctx)).sum();
    own.deadlines.len() + own.targets.len() + items
}

#[test]
#[ignore]
fn perfcore_stages() {
    let size: usize = std::env::var("PC_SIZE").ok().and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let reps: usize = std::env::var("PC_REPS").ok().and_then(|s| s.parse().ok()).unwrap_or(3);
    let text = generate::resolution_text(size, 0x5EED);
    let mb = text.len() as f64 / 1e6;
    for _ in 0..reps {
        let t = std::time::Instant::now();
        let doc = import_text(&text);
        let ti = t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        let ctx = ExtractContext::default();
        let mut found = 0;
        for section in doc.all_sections() {
            for d in &section.directives {
                found += extracted(d, &ctx);
            }
        }
        let te = t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        let n = validate(&doc, &ValidateOptions::default()).len();
        let tv = t.elapsed().as_secs_f64();
        println!(
            "{:.2} MB: import {:.1} MB/s, extract {:.1} MB/s, validate {:.1} MB/s, total {:.1} MB/s (found {found}, diags {n})",
            mb, mb / ti, mb / te, mb / tv, mb / (ti + te + tv)
        );
    }
}
