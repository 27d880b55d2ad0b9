//! Any input either loads or is refused with an error; whatever loads
//! survives a save and reload unchanged.

#![no_main]

use libfuzzer_sys::fuzz_target;
use resolution_core::json::{from_json, to_json};

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(doc) = from_json(input) {
        assert_eq!(from_json(&to_json(&doc)), Ok(doc));
    }
});
