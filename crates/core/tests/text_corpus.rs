//! Imports every real document in `shared/corpus` (read at run time, never
//! copied into the repository) and checks it against a snapshot of its
//! structure (`text::outline`: header facts, sections, addressees,
//! directive counts) and of every deadline and target of its imported
//! directives with the normalised value; also that nothing was lost, and
//! that export in every numbering style imports back to the same model.

mod corpus_support;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;

use corpus_support::{corpus_text, corpus_texts};
use resolution_core::text::{
    audit, export_text, import_text, import_text_report, normalized, outline, NumberingStyle,
};
use resolution_core::validate::{ValidateOptions, Validator};
use resolution_core::Document;

/// Characters of a directive quoted in the listing.
const OPENING_CHARS: usize = 40;

/// Imports one corpus text, checks it loses nothing and round-trips in
/// every numbering style, and returns the imported document.
fn import_checked(name: &str, input: &str) -> Document {
    let report = import_text_report(input);
    let a = audit(input, &report);
    assert!(a.is_clean(), "{name}: {a:?}");
    assert!(report.unplaced_lines(input).is_empty(), "{name}");
    let doc = report.document;
    for style in NumberingStyle::ALL {
        let text = export_text(&doc, style);
        let back = import_text(&text);
        assert_eq!(
            normalized(&back),
            normalized(&doc),
            "{name} {style:?}:\n{text}"
        );
    }
    doc
}

/// Every deadline and target of the imported directives as the validator
/// extracts them (year-less phrases read from the adoption date), one
/// directive after another in reading order.
fn extraction_listing(doc: &Document) -> String {
    let mut validator = Validator::new(ValidateOptions::default());
    validator.update(doc);
    let texts: HashMap<_, _> = doc
        .all_directives()
        .map(|d| (d.id, d.text.as_str()))
        .collect();
    let mut out = String::new();
    for (id, found) in validator.extractions() {
        if found.deadlines.is_empty() && found.targets.is_empty() {
            continue;
        }
        let text = texts.get(&id).copied().unwrap_or_default();
        let opening: String = text.chars().take(OPENING_CHARS).collect();
        let _ = writeln!(out, "directive «{opening}…»");
        let phrase = |range: &Range<usize>| text.get(range.clone()).unwrap_or("?");
        for d in &found.deadlines {
            let implied = if d.year_implied {
                " (year implied)"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "  deadline «{}» => {}{implied}",
                phrase(&d.range),
                d.value.describe_ru()
            );
        }
        for t in &found.targets {
            let _ = writeln!(
                out,
                "  target «{}» => {}",
                phrase(&t.range),
                t.describe_ru()
            );
        }
    }
    out
}

#[test]
fn every_corpus_document_imports_to_its_snapshot() {
    for (name, input) in corpus_texts() {
        let doc = import_checked(&name, &input);
        let snapshot = format!("{}\n{}", outline(&doc), extraction_listing(&doc));
        insta::assert_snapshot!(format!("import_{name}"), snapshot);
    }
}

#[test]
fn corpus_facts() {
    let Some(input) = corpus_text("krasnokutsky-reshenie-2019.txt") else {
        return;
    };
    let doc = import_text(&input);
    assert_eq!(doc.header.adopted_on, "30 августа 2019 года");
    assert!(doc
        .header
        .topic
        .starts_with("«Достижение стратегических целей"));
    assert!(doc
        .header
        .topic
        .ends_with("Краснокутского муниципального района»"));
    let last = doc.sections.last().expect("three sections");
    assert_eq!(last.lead, "обеспечить");
    let split = last.directives.last().expect("directives");
    assert!(
        split.text.starts_with("систематическое обновление"),
        "run-in bullet split"
    );
    assert!(
        doc.preamble
            .iter()
            .any(|p| p.text.starts_with("- 2 центров")),
        "narrative list stays preamble"
    );

    let Some(input) = corpus_text("suntarsky-rezolyutsiya-2020.txt") else {
        return;
    };
    let report = import_text_report(&input);
    assert_eq!(report.document.header.adopted_on, "13 февраля 2020 г.");
    assert_eq!(
        report.date_source,
        resolution_core::text::DateSource::Preamble
    );

    let Some(input) = corpus_text("chaplyginsky-protokol-2022.txt") else {
        return;
    };
    let doc = import_text(&input);
    let p = doc.protocol.expect("protocol");
    assert_eq!(doc.header.adopted_on, "25. 02.2022");
    assert!(p.agenda[0]
        .heard
        .summary
        .contains("с низкими образовательными результатами"));
    let deadline = &p.agenda[1].decided[1].directives[2];
    assert_eq!(deadline.text, "Срок исполнения: постоянно");
}
