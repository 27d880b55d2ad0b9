//! Imports the real documents in `shared/corpus` (read at run time, never
//! copied into the repository) and checks their structure against
//! snapshots of short facts (`text::outline`: header facts, counts,
//! addressee prefixes), that nothing was lost, and that export in every
//! numbering style imports back to the same model.

use std::path::PathBuf;

use resolution_core::text::{
    audit, export_text, import_text, import_text_report, normalized, outline, NumberingStyle,
};

fn corpus_dir() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ))
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

/// Imports one corpus file, checks it loses nothing and round-trips, and
/// returns its outline for the snapshot.
fn check(name: &str) -> Option<String> {
    let input = read(name)?;
    let report = import_text_report(&input);
    let a = audit(&input, &report);
    assert!(a.is_clean(), "{name}: {a:?}");
    assert!(report.unplaced_lines(&input).is_empty(), "{name}");
    let doc = &report.document;
    for style in NumberingStyle::ALL {
        let text = export_text(doc, style);
        let back = import_text(&text);
        assert_eq!(
            normalized(&back),
            normalized(doc),
            "{name} {style:?}:\n{text}"
        );
    }
    Some(outline(doc))
}

#[test]
fn krasnokutsky_decision() {
    let Some(outline) = check("krasnokutsky-reshenie-2019.txt") else {
        return;
    };
    insta::assert_snapshot!("text_corpus_krasnokutsky", outline);
}

#[test]
fn suntarsky_resolution() {
    let Some(outline) = check("suntarsky-rezolyutsiya-2020.txt") else {
        return;
    };
    insta::assert_snapshot!("text_corpus_suntarsky", outline);
}

#[test]
fn chaplyginsky_protocol() {
    let Some(outline) = check("chaplyginsky-protokol-2022.txt") else {
        return;
    };
    insta::assert_snapshot!("text_corpus_chaplyginsky", outline);
}

#[test]
fn corpus_facts() {
    let Some(input) = read("krasnokutsky-reshenie-2019.txt") else {
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

    let Some(input) = read("suntarsky-rezolyutsiya-2020.txt") else {
        return;
    };
    let report = import_text_report(&input);
    assert_eq!(report.document.header.adopted_on, "13 февраля 2020 г.");
    assert_eq!(
        report.date_source,
        resolution_core::text::DateSource::Preamble
    );

    let Some(input) = read("chaplyginsky-protokol-2022.txt") else {
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
