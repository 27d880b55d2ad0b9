//! Writes every diagnostic and every extraction the validator gives for a
//! set of generated and corpus-based documents (each also upper-cased,
//! with `ё`, with other quotes and verbs), first validated whole, then
//! re-validated after edits and back. Two versions of the code give the
//! same file exactly when they judge these documents alike: the check
//! behind a change meant only to be faster.
//!
//! Run: `cargo run -p resolution-core --example validation_dump -- OUT
//! [corpus dir]`, then compare the files of two versions with `cmp`.

#[path = "../benches/pipeline/generate.rs"]
mod generate;

use std::fmt::Write;

use resolution_core::text::import_text;
use resolution_core::validate::{ValidateOptions, Validator};
use resolution_core::Document;

fn dump(out: &mut String, validator: &mut Validator, doc: &Document) {
    for diagnostic in validator.update(doc) {
        let _ = writeln!(out, "{diagnostic:?}");
    }
    for (id, extraction) in validator.extractions() {
        let _ = writeln!(out, "{id:?} {extraction:?}");
    }
}

/// The text and the variants that exercise case, `ё`, quotes and verbs.
fn variants(text: &str) -> Vec<String> {
    vec![
        text.to_string(),
        text.to_uppercase(),
        text.replace('е', "ё").replace('Е', "Ё"),
        text.replace(';', ".").replace(" до ", " ДО "),
        text.replace("обеспечить", "Обеспечьте")
            .replace("организовать", "необходимо организовать"),
        text.replace("реализацию", "снижение реализации"),
        text.replace(['«', '»'], "\""),
    ]
}

/// Edits every 37th directive and upper-cases every 53rd.
fn edited(doc: &Document) -> Document {
    let mut doc = doc.clone();
    let directives = doc
        .sections
        .iter_mut()
        .flat_map(|s| s.directives.iter_mut());
    for (n, directive) in directives.enumerate() {
        if n % 37 == 36 {
            directive.text.push_str(" до 1 марта 2026 года обеспечить");
        }
        if n % 53 == 52 {
            directive.text = directive.text.to_uppercase();
        }
    }
    doc
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "validation-dump.txt".into());
    let corpus = args.next().unwrap_or_else(|| "../shared/corpus".into());
    let mut texts = Vec::new();
    for seed in [1, 7, 0x5EED, 99] {
        texts.extend(variants(&generate::resolution_text(120_000, seed)));
    }
    let mut files: Vec<_> = std::fs::read_dir(&corpus)
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    for file in &files {
        texts.extend(variants(&std::fs::read_to_string(file)?));
    }
    let mut out = String::new();
    for text in &texts {
        let doc = import_text(text);
        let mut validator = Validator::new(ValidateOptions::default());
        dump(&mut out, &mut validator, &doc);
        dump(&mut out, &mut validator, &edited(&doc));
        dump(&mut out, &mut validator, &doc);
    }
    std::fs::write(&path, &out)?;
    println!(
        "{} documents ({} corpus files), {} lines -> {path}",
        texts.len(),
        files.len(),
        out.lines().count()
    );
    Ok(())
}
