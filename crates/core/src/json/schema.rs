//! JSON Schema of the draft format, generated from the model types.
//! Built only with the `schema` feature so the web app does not carry it.

use super::Envelope;

/// The JSON Schema of the current draft version, pretty-printed, with a
/// trailing newline (the form committed in `schema/`).
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Envelope);
    let mut text =
        serde_json::to_string_pretty(&schema).expect("a generated schema always serializes");
    text.push('\n');
    text
}
