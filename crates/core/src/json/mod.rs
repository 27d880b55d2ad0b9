//! JSON draft envelope: format name, version, migrations, precise errors.
//!
//! A draft on disk is `{ "format": "resolution-draft", "version": 1,
//! "document": { … } }`. Loading checks the size, the syntax, the format
//! name and the version, migrates older versions, deserializes with the path
//! of any misplaced value, then checks ids and repairs `next_id`. Errors in
//! the input as written name their line and column.

mod error;
mod integrity;
mod migrate;
mod position;
#[cfg(feature = "schema")]
mod schema;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::Document;

pub use error::JsonError;
pub use migrate::{migrate_v0_to_v1, OLDEST_VERSION};
#[cfg(feature = "schema")]
pub use schema::schema_json;

/// The `format` value of every draft.
pub const FORMAT: &str = "resolution-draft";
/// The version written by [`to_json`].
pub const CURRENT_VERSION: u32 = 1;
/// Inputs longer than this many bytes are refused before parsing.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The top-level object of a draft file. Later metadata (review comments,
/// editor settings) goes here as new fields with `#[serde(default)]`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(
        title = "Resolution draft",
        description = "A resolution draft saved by the editor."
    )
)]
pub struct Envelope {
    /// Always `resolution-draft`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = "resolution-draft")))]
    pub format: String,
    /// Format version; this schema describes version 1.
    #[cfg_attr(feature = "schema", schemars(extend("const" = 1)))]
    pub version: u32,
    pub document: Document,
}

impl Envelope {
    /// Wraps a document in a current-version envelope.
    pub fn new(document: Document) -> Self {
        Envelope {
            format: FORMAT.to_string(),
            version: CURRENT_VERSION,
            document,
        }
    }
}

/// Borrowing twin of [`Envelope`] for writing without a clone.
#[derive(Serialize)]
struct EnvelopeRef<'a> {
    format: &'a str,
    version: u32,
    document: &'a Document,
}

/// The draft as pretty-printed JSON in the current version.
pub fn to_json(doc: &Document) -> String {
    let envelope = EnvelopeRef {
        format: FORMAT,
        version: CURRENT_VERSION,
        document: doc,
    };
    // The model has only string map keys and derived impls, so writing it
    // into memory cannot fail.
    serde_json::to_string_pretty(&envelope).expect("the document model always serializes")
}

/// Loads a draft of any supported version. Never panics.
pub fn from_json(input: &str) -> Result<Document, JsonError> {
    if input.len() > MAX_BYTES {
        return Err(JsonError::TooLarge {
            bytes: input.len(),
            limit: MAX_BYTES,
        });
    }
    let value: Value = serde_json::from_str(input).map_err(syntax_error)?;
    let version = check_header(&value, input)?;
    if version == CURRENT_VERSION {
        let mut document = deserialize_str(input)?.document;
        integrity::check_and_repair(&mut document).map_err(|e| placed(e, input))?;
        return Ok(document);
    }
    let Value::Object(mut top) = value else {
        return Err(JsonError::MissingFormat);
    };
    let old = top.remove("document").ok_or_else(|| missing("document"))?;
    let migrated = migrate::migrate(old, version).ok_or_else(|| unsupported(version, input))?;
    let mut document = deserialize_value(migrated)?;
    integrity::check_and_repair(&mut document)?;
    Ok(document)
}

/// An id error of the input as written, with the line and column of the id
/// it names.
fn placed(mut error: JsonError, input: &str) -> JsonError {
    if let JsonError::DuplicateId {
        path, line, column, ..
    }
    | JsonError::IdOutOfRange {
        path, line, column, ..
    } = &mut error
    {
        (*line, *column) = position_of(input, path);
    }
    error
}

/// Checks `format` and returns the version. Errors about the format or the
/// version name the line and column of its value in `input`.
fn check_header(value: &Value, input: &str) -> Result<u32, JsonError> {
    let Value::Object(top) = value else {
        return Err(JsonError::MissingFormat);
    };
    match top.get("format") {
        None => return Err(JsonError::MissingFormat),
        Some(Value::String(format)) if format == FORMAT => {}
        Some(other) => {
            let (line, column) = position_of(input, "format");
            return Err(JsonError::WrongFormat {
                found: other.to_string(),
                line,
                column,
            });
        }
    }
    let version = top.get("version").ok_or_else(|| missing("version"))?;
    let (line, column) = position_of(input, "version");
    let number = version.as_u64().ok_or_else(|| JsonError::Invalid {
        path: "version".to_string(),
        line,
        column,
        message: format!("expected a non-negative integer, found {version}"),
    })?;
    match u32::try_from(number) {
        Ok(v) if (OLDEST_VERSION..=CURRENT_VERSION).contains(&v) => Ok(v),
        _ => Err(JsonError::UnsupportedVersion {
            found: number.to_string(),
            supported: CURRENT_VERSION,
            line,
            column,
        }),
    }
}

/// The line and column of the value at `path` in `input`, if found.
fn position_of(input: &str, path: &str) -> (Option<usize>, Option<usize>) {
    let position = position::locate(input, path);
    (position.map(|(l, _)| l), position.map(|(_, c)| c))
}

fn deserialize_str(input: &str) -> Result<Envelope, JsonError> {
    let mut deserializer = serde_json::Deserializer::from_str(input);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        JsonError::Invalid {
            path,
            line: Some(inner.line()),
            column: Some(inner.column()),
            message: bare_message(&inner),
        }
    })
}

/// Deserializes a migrated `document` value; paths are prefixed with
/// `document.` to match the file layout.
fn deserialize_value(document: Value) -> Result<Document, JsonError> {
    serde_path_to_error::deserialize(document).map_err(|e| {
        let inner_path = e.path().to_string();
        let path = if inner_path == "." {
            "document".to_string()
        } else {
            format!("document.{inner_path}")
        };
        JsonError::Invalid {
            path,
            line: None,
            column: None,
            message: bare_message(e.inner()),
        }
    })
}

fn syntax_error(e: serde_json::Error) -> JsonError {
    JsonError::Syntax {
        line: e.line(),
        column: e.column(),
        message: bare_message(&e),
    }
}

/// serde_json's message without its trailing ` at line L column C`.
fn bare_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match full.strip_suffix(&suffix) {
        Some(bare) => bare.to_string(),
        None => full,
    }
}

fn missing(field: &str) -> JsonError {
    JsonError::Invalid {
        path: field.to_string(),
        line: None,
        column: None,
        message: format!("missing field `{field}`"),
    }
}

fn unsupported(version: u32, input: &str) -> JsonError {
    let (line, column) = position_of(input, "version");
    JsonError::UnsupportedVersion {
        found: version.to_string(),
        supported: CURRENT_VERSION,
        line,
        column,
    }
}
