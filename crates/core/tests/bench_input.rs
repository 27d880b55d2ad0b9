//! The benchmark's generated documents must import as what they mean to
//! be: every generated section a section, at every size, or the
//! benchmark measures a malformed document instead of a large one.

#[path = "../benches/pipeline/generate.rs"]
mod generate;

use resolution_core::text::import_text;

#[test]
fn every_generated_section_is_imported_as_a_section() {
    // Past 999 sections, where numbering restarts.
    let (text, sections) = generate::resolution_text_counted(1_800_000, 0x5EED);
    assert!(sections > 1_100, "only {sections} sections");
    assert_eq!(text, generate::resolution_text(1_800_000, 0x5EED));
    let doc = import_text(&text);
    assert_eq!(doc.sections.len(), sections);
    assert!(doc.unclassified.is_empty());
    assert!(doc.sections.iter().all(|s| !s.directives.is_empty()));
}
