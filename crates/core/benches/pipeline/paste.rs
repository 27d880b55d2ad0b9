//! The measured pipeline, shared by the criterion benchmark and the
//! `pipeline_profile` example so both time the same work.

use resolution_core::text::import_text;
use resolution_core::validate::{ValidateOptions, Validator};

/// What the editor does on paste: import, then validate, which extracts
/// every directive once; the extractions are read back for highlighting.
/// Returns the number of findings and extracted phrases.
pub fn pipeline(text: &str) -> usize {
    let doc = import_text(text);
    let mut validator = Validator::new(ValidateOptions::default());
    let found = validator.update(&doc).len();
    let extracted: usize = validator
        .extractions()
        .map(|(_, e)| e.deadlines.len() + e.targets.len())
        .sum();
    found + extracted
}
