//! Migrations of older draft versions, one function per version step, over
//! untyped JSON. Each step takes the `document` value of version `n` and
//! returns the `document` value of version `n + 1`; the typed model only ever
//! sees the current version.
//!
//! Version 0 is the pre-release shape, kept so the chain is exercised:
//!
//! ```json
//! { "format": "resolution-draft", "version": 0, "document": {
//!     "kind": "decision", "number": "", "organization": "", "meeting": "",
//!     "topic": "", "date": "30 августа 2019 года", "place": "", "approval": "",
//!     "preamble": ["paragraph", "…"],
//!     "sections": [{ "addressee": "Управлению образования", "lead": "",
//!                    "directives": ["обеспечить …", "…"] }],
//!     "signatories": [{ "role": "Председатель", "name": "…" }],
//!     "unclassified": ["…"] } }
//! ```
//!
//! Header fields sat flat in the document (`date` is now `adopted_on`), and
//! paragraphs, sections and directives had no ids.

use serde_json::{Map, Value};

/// One migration step: `document` of version `n` to version `n + 1`.
type Step = fn(Value) -> Value;

/// `STEPS[n]` migrates version `n` to `n + 1`.
const STEPS: [Step; 1] = [migrate_v0_to_v1];

/// The oldest version that can still be read.
pub const OLDEST_VERSION: u32 = 0;

/// Runs every step from `from` up to the current version. Returns `None`
/// when `from` has no migration path.
pub fn migrate(document: Value, from: u32) -> Option<Value> {
    let start = usize::try_from(from.checked_sub(OLDEST_VERSION)?).ok()?;
    let steps = STEPS.get(start..)?;
    Some(steps.iter().fold(document, |doc, step| step(doc)))
}

/// Version 0 to 1: header fields move into `header`, nodes get ids.
/// Values of an unexpected shape are passed through unchanged, so the typed
/// load reports them with their path.
pub fn migrate_v0_to_v1(document: Value) -> Value {
    let Value::Object(mut old) = document else {
        return document;
    };
    let mut ids = IdCounter::default();
    let mut header = Map::new();
    for (from, to) in [
        ("kind", "kind"),
        ("number", "number"),
        ("organization", "organization"),
        ("meeting", "meeting"),
        ("topic", "topic"),
        ("date", "adopted_on"),
        ("place", "place"),
        ("approval", "approval"),
    ] {
        if let Some(value) = old.remove(from) {
            header.insert(to.to_string(), value);
        }
    }
    if !header.contains_key("kind") {
        header.insert("kind".to_string(), Value::Null);
    }

    let mut new = Map::new();
    new.insert("header".to_string(), Value::Object(header));
    if let Some(preamble) = old.remove("preamble") {
        new.insert(
            "preamble".to_string(),
            map_array(preamble, |p| text_node(p, &mut ids)),
        );
    }
    if let Some(sections) = old.remove("sections") {
        new.insert(
            "sections".to_string(),
            map_array(sections, |s| section(s, &mut ids)),
        );
    }
    for key in ["signatories", "unclassified"] {
        if let Some(value) = old.remove(key) {
            new.insert(key.to_string(), value);
        }
    }
    new.insert("next_id".to_string(), Value::from(ids.next));
    Value::Object(new)
}

#[derive(Default)]
struct IdCounter {
    next: u32,
}

impl IdCounter {
    fn take(&mut self) -> Value {
        let id = self.next;
        self.next = self.next.saturating_add(1);
        Value::from(id)
    }
}

fn map_array(value: Value, mut f: impl FnMut(Value) -> Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.into_iter().map(&mut f).collect()),
        other => other,
    }
}

/// A bare string becomes `{ "id": …, "text": … }`.
fn text_node(value: Value, ids: &mut IdCounter) -> Value {
    match value {
        Value::String(text) => {
            let mut node = Map::new();
            node.insert("id".to_string(), ids.take());
            node.insert("text".to_string(), Value::String(text));
            Value::Object(node)
        }
        other => other,
    }
}

fn section(value: Value, ids: &mut IdCounter) -> Value {
    let Value::Object(mut section) = value else {
        return value;
    };
    section.insert("id".to_string(), ids.take());
    if let Some(directives) = section.remove("directives") {
        section.insert(
            "directives".to_string(),
            map_array(directives, |d| text_node(d, ids)),
        );
    }
    Value::Object(section)
}
