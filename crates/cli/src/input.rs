//! Reading a draft from a file or standard input, as text or JSON.

use std::io::Read;
use std::path::Path;

use resolution_core::json::{from_json, JsonError};
use resolution_core::locale::Locale;
use resolution_core::text::import_text;
use resolution_core::Document;

use crate::args::{Format, Input};

/// Why a draft could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not UTF-8 text")]
    NotUtf8 { path: String },
    #[error("{path}: {source}")]
    Json { path: String, source: JsonError },
}

impl InputError {
    pub fn message(&self, locale: Locale) -> String {
        match (self, locale) {
            (_, Locale::En) => self.to_string(),
            (InputError::Io { path, source }, Locale::Ru) => {
                format!("не удалось прочитать {path}: {source}")
            }
            (InputError::NotUtf8 { path }, Locale::Ru) => {
                format!("{path}: текст не в кодировке UTF-8")
            }
            (InputError::Json { path, source }, Locale::Ru) => {
                format!("{path}: {}", source.message(Locale::Ru))
            }
        }
    }
}

/// The name to print for an input in messages.
pub fn display_name(input: &Input) -> &str {
    if input.path == "-" {
        "<stdin>"
    } else {
        &input.path
    }
}

/// Reads and parses the draft.
pub fn load(input: &Input) -> Result<Document, InputError> {
    let name = display_name(input).to_string();
    let bytes = read_bytes(&input.path).map_err(|source| InputError::Io {
        path: name.clone(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|_| InputError::NotUtf8 { path: name.clone() })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    match input
        .format
        .unwrap_or_else(|| guess_format(&input.path, text))
    {
        Format::Txt => Ok(import_text(text)),
        Format::Json => from_json(text).map_err(|source| InputError::Json { path: name, source }),
    }
}

fn read_bytes(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(path)
    }
}

/// `.json` files are JSON, other files text; standard input is JSON when
/// it starts with `{`.
fn guess_format(path: &str, text: &str) -> Format {
    if path == "-" {
        return if text.trim_start().starts_with('{') {
            Format::Json
        } else {
            Format::Txt
        };
    }
    match Path::new(path).extension().and_then(|e| e.to_str()) {
        Some(ext) if ext.eq_ignore_ascii_case("json") => Format::Json,
        _ => Format::Txt,
    }
}
