//! The committed JSON Schema matches the model types.

use resolution_core::json::schema_json;
use serde_json::Value;

const COMMITTED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/schema/resolution-draft.v1.schema.json"
);

#[test]
fn committed_schema_is_up_to_date() {
    let generated = schema_json();
    let committed = std::fs::read_to_string(COMMITTED).unwrap_or_default();
    assert!(
        committed == generated,
        "the committed JSON Schema {COMMITTED} is out of date with the model types; \
         run `cargo run -p resolution-cli -- schema > crates/core/schema/resolution-draft.v1.schema.json` \
         from the repository root to update it"
    );
}

#[test]
fn schema_pins_format_and_version_and_describes_the_model() {
    let schema: Value = serde_json::from_str(&schema_json()).expect("the schema is JSON");
    assert_eq!(schema["properties"]["format"]["const"], "resolution-draft");
    assert_eq!(schema["properties"]["version"]["const"], 1);
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    assert_eq!(required, ["format", "version", "document"]);
    for name in [
        "Document",
        "Header",
        "Section",
        "Directive",
        "Protocol",
        "Kind",
    ] {
        assert!(
            schema["$defs"][name].is_object(),
            "schema has no definition for {name}"
        );
    }
    let kinds = &schema["$defs"]["Kind"];
    let text = kinds.to_string();
    for kind in [
        "decision",
        "resolution",
        "protocol",
        "instructions",
        "ordinance",
    ] {
        assert!(text.contains(kind), "Kind lists {kind}: {text}");
    }
}
