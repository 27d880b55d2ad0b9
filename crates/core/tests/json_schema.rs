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

/// A validator for the subset of JSON Schema that schemars emits here. An
/// unknown keyword is reported as an error, so a schema change cannot make
/// these checks pass vacuously.
fn check(schema: &Value, root: &Value, value: &Value, path: &str, errors: &mut Vec<String>) {
    let Some(map) = schema.as_object() else {
        errors.push(format!("{path}: schema is not an object"));
        return;
    };
    for (keyword, rule) in map {
        match keyword.as_str() {
            "$schema" | "$defs" | "title" | "description" | "default" => {}
            "$ref" => {
                let target = rule
                    .as_str()
                    .and_then(|r| r.strip_prefix("#/$defs/"))
                    .map(|name| &root["$defs"][name]);
                match target {
                    Some(def) if def.is_object() => check(def, root, value, path, errors),
                    _ => errors.push(format!("{path}: unresolved $ref {rule}")),
                }
            }
            "type" => {
                let types: Vec<&str> = match rule {
                    Value::String(t) => vec![t.as_str()],
                    Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                    _ => Vec::new(),
                };
                if !types.iter().any(|t| has_type(value, t)) {
                    errors.push(format!("{path}: expected {rule}, found {value}"));
                }
            }
            "const" => {
                if value != rule {
                    errors.push(format!("{path}: expected {rule}, found {value}"));
                }
            }
            "format" => {
                if rule == "uint32" && value.as_u64().is_some_and(|n| n > u64::from(u32::MAX)) {
                    errors.push(format!("{path}: {value} is not a uint32"));
                }
            }
            "minimum" => {
                if let (Some(n), Some(min)) = (value.as_f64(), rule.as_f64()) {
                    if n < min {
                        errors.push(format!("{path}: {n} is below {min}"));
                    }
                }
            }
            "required" => {
                for field in rule.as_array().into_iter().flatten() {
                    let present = field.as_str().is_some_and(|f| value.get(f).is_some());
                    if value.is_object() && !present {
                        errors.push(format!("{path}: missing required {field}"));
                    }
                }
            }
            "properties" => {
                let (Some(props), Some(object)) = (rule.as_object(), value.as_object()) else {
                    continue;
                };
                for (name, sub) in props {
                    if let Some(v) = object.get(name) {
                        check(sub, root, v, &format!("{path}.{name}"), errors);
                    }
                }
            }
            "items" => {
                for (i, item) in value.as_array().into_iter().flatten().enumerate() {
                    check(rule, root, item, &format!("{path}[{i}]"), errors);
                }
            }
            "anyOf" | "oneOf" => {
                let branches = rule.as_array().map(Vec::as_slice).unwrap_or_default();
                let passing = branches
                    .iter()
                    .filter(|b| {
                        let mut sub = Vec::new();
                        check(b, root, value, path, &mut sub);
                        sub.is_empty()
                    })
                    .count();
                let ok = if keyword == "oneOf" {
                    passing == 1
                } else {
                    passing >= 1
                };
                if !ok {
                    errors.push(format!(
                        "{path}: {passing} {keyword} branches match {value}"
                    ));
                }
            }
            other => errors.push(format!("{path}: unsupported schema keyword {other}")),
        }
    }
}

fn has_type(value: &Value, name: &str) -> bool {
    match name {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        _ => false,
    }
}

fn schema_errors(draft: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(&schema_json()).expect("the schema is JSON");
    let mut errors = Vec::new();
    check(&schema, &schema, draft, "$", &mut errors);
    errors
}

const SAMPLE: &str = "\
РЕЗОЛЮЦИЯ
февральского совещания руководителей образовательных организаций
«Наставничество как ресурс развития»

14 февраля 2025 г.

Участники совещания обсудили практики наставничества.

1. Управлению образования:
1.1. организовать конкурс наставнических команд до 1 мая 2025 года;
1.2. обеспечить методическое сопровождение:
- молодых педагогов в течение 2025/2026 учебного года;
- педагогов, сменивших место работы, не менее 90 %.

2. Руководителям ОО обеспечить участие педагогов в конкурсе.

Председатель                 Е.В. Алексеева
";

#[test]
fn saved_drafts_satisfy_the_schema() {
    let doc = resolution_core::text::import_text(SAMPLE);
    assert!(doc.all_sections().count() > 0, "sample imports sections");
    let draft: Value =
        serde_json::from_str(&resolution_core::json::to_json(&doc)).expect("to_json gives JSON");
    assert_eq!(schema_errors(&draft), Vec::<String>::new());
}

#[test]
fn schema_rejects_wrong_shapes() {
    let doc = resolution_core::text::import_text(SAMPLE);
    let mut draft: Value =
        serde_json::from_str(&resolution_core::json::to_json(&doc)).expect("to_json gives JSON");
    draft["version"] = Value::from(2);
    draft["document"]["header"]["kind"] = Value::from("memo");
    draft["document"]["sections"][0]["directives"][0]["id"] = Value::from("seven");
    let errors = schema_errors(&draft);
    for needle in [
        "$.version",
        "$.document.header.kind",
        "$.document.sections[0].directives[0].id",
    ] {
        assert!(
            errors.iter().any(|e| e.starts_with(needle)),
            "no error at {needle}: {errors:?}"
        );
    }
}

#[test]
fn corpus_drafts_satisfy_the_schema() {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus");
    let Ok(entries) = std::fs::read_dir(corpus) else {
        println!("skipped: corpus not found at {corpus}");
        return;
    };
    let mut checked = 0;
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("corpus file is UTF-8");
            let doc = resolution_core::text::import_text(&text);
            let draft: Value = serde_json::from_str(&resolution_core::json::to_json(&doc))
                .expect("to_json gives JSON");
            assert_eq!(
                schema_errors(&draft),
                Vec::<String>::new(),
                "{}",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "no .txt documents in {corpus}");
}
