//! Any text imports into a document that validates, exports and survives
//! a JSON save and reload unchanged.

#![no_main]

use libfuzzer_sys::fuzz_target;
use resolution_core::json::{from_json, to_json};
use resolution_core::text::{export_text, import_text, NumberingStyle};
use resolution_core::validate::{validate, ValidateOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let doc = import_text(input);
    let _ = validate(&doc, &ValidateOptions::default());
    let _ = export_text(&doc, NumberingStyle::default());
    assert_eq!(from_json(&to_json(&doc)), Ok(doc));
});
