//! How records are kept in the stores and read back: meta, document and
//! version records are JSON text; a quarantine record is an object holding
//! the unreadable value as it was found.

use js_sys::{Object, Reflect};
use resolution_core::json::from_json;
use resolution_core::library::{DraftId, DraftMeta, Version};
use resolution_core::Document;
use wasm_bindgen::JsValue;

/// A record set aside because it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct QuarantineEntry {
    /// Key in the quarantine store.
    pub key: u64,
    /// The store the record came from (`drafts`, `documents`, …).
    pub store: String,
    /// Its key there (a draft id, or `draft id/seq` for a version).
    pub record_key: String,
    pub reason: String,
    pub found_at_ms: u64,
    /// The record as found, when it was text.
    pub raw_text: Option<String>,
    /// The draft's list entry, when the document was set aside with it.
    pub meta_text: Option<String>,
}

/// Reads a stored list entry; `Err` gives the reason it is unreadable.
pub fn parse_meta(id: &str, raw: &JsValue) -> Result<DraftMeta, String> {
    let text = raw
        .as_string()
        .ok_or_else(|| "the list entry is not text".to_string())?;
    let meta: DraftMeta =
        serde_json::from_str(&text).map_err(|e| format!("unreadable list entry: {e}"))?;
    if meta.id.as_str() != id {
        return Err(format!(
            "the list entry names draft {} but is stored as {id}",
            meta.id
        ));
    }
    Ok(meta)
}

pub fn meta_text(meta: &DraftMeta) -> JsValue {
    // Plain data with string keys: serializing cannot fail.
    JsValue::from_str(&serde_json::to_string(meta).unwrap_or_default())
}

/// Reads a stored document with the full draft checks.
pub fn parse_document(raw: &JsValue) -> Result<Document, String> {
    let text = raw
        .as_string()
        .ok_or_else(|| "the document is not text".to_string())?;
    from_json(&text).map_err(|e| format!("unreadable document: {e}"))
}

/// Reads a stored history version of `id`.
pub fn parse_version(id: &DraftId, seq: u64, raw: &JsValue) -> Result<Version, String> {
    let text = raw
        .as_string()
        .ok_or_else(|| "the version is not text".to_string())?;
    let version: Version =
        serde_json::from_str(&text).map_err(|e| format!("unreadable version: {e}"))?;
    if version.stamp.seq != seq {
        return Err(format!(
            "version {} stored as {id}/{seq}",
            version.stamp.seq
        ));
    }
    Ok(version)
}

pub fn version_text(version: &Version) -> JsValue {
    JsValue::from_str(&serde_json::to_string(version).unwrap_or_default())
}

/// The quarantine record for `raw`, found in `store` under `record_key`.
pub fn quarantine_record(
    store: &str,
    record_key: &str,
    raw: &JsValue,
    reason: &str,
    now_ms: u64,
    meta: Option<&JsValue>,
) -> JsValue {
    let record = Object::new();
    let fields: [(&str, JsValue); 5] = [
        ("store", JsValue::from_str(store)),
        ("key", JsValue::from_str(record_key)),
        ("raw", raw.clone()),
        ("reason", JsValue::from_str(reason)),
        // Milliseconds since the epoch fit a JS number exactly.
        ("found_at_ms", JsValue::from_f64(now_ms as f64)),
    ];
    for (name, value) in fields {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&record, &JsValue::from_str(name), &value);
    }
    if let Some(meta) = meta {
        let _ = Reflect::set(&record, &JsValue::from_str("meta"), meta);
    }
    record.into()
}

/// Reads a quarantine record back.
pub fn quarantine_entry(key: &JsValue, record: &JsValue) -> QuarantineEntry {
    let field = |name: &str| Reflect::get(record, &JsValue::from_str(name)).ok();
    let text = |name: &str| field(name).and_then(|v| v.as_string());
    QuarantineEntry {
        key: key.as_f64().map_or(0, |k| k as u64),
        store: text("store").unwrap_or_default(),
        record_key: text("key").unwrap_or_default(),
        reason: text("reason").unwrap_or_default(),
        found_at_ms: field("found_at_ms")
            .and_then(|v| v.as_f64())
            .map_or(0, |ms| ms as u64),
        raw_text: text("raw"),
        meta_text: text("meta"),
    }
}
