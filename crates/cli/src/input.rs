//! Reading a draft from a file or standard input, as text or JSON.

use std::io::Read;
use std::path::Path;

use resolution_core::json::{from_json, JsonError};
use resolution_core::locale::Locale;
use resolution_core::text::import_text;
use resolution_core::Document;

use crate::args::{Format, Input};
use crate::encoding::{decode, DecodeError, Encoding};

/// Why a draft could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} is not text in UTF-8, UTF-16 with a byte-order mark or Windows-1251 (give --encoding if you know it)")]
    NotText { path: String },
    #[error("{path} is not {encoding}: byte {offset} does not fit")]
    BadBytes {
        path: String,
        encoding: &'static str,
        offset: usize,
    },
    #[error("{path}: JSON is read as UTF-8 only, and this looks like {encoding} (give --encoding to read it so)")]
    JsonNotUtf8 {
        path: String,
        encoding: &'static str,
    },
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
            (InputError::NotText { path }, Locale::Ru) => format!(
                "{path}: это не текст в кодировке UTF-8, UTF-16 с меткой порядка байтов или Windows-1251 (если кодировка известна, укажите --encoding)"
            ),
            (
                InputError::BadBytes {
                    path,
                    encoding,
                    offset,
                },
                Locale::Ru,
            ) => format!("{path}: текст не в кодировке {encoding}: байт {offset} в неё не укладывается"),
            (InputError::JsonNotUtf8 { path, encoding }, Locale::Ru) => format!(
                "{path}: JSON читается только в UTF-8, а этот файл похож на {encoding} (чтобы прочитать его так, укажите --encoding)"
            ),
            (InputError::Json { path, source }, Locale::Ru) => {
                format!("{path}: {}", source.message(Locale::Ru))
            }
        }
    }
}

/// A draft and the encoding its bytes were read in.
pub struct Loaded {
    pub doc: Document,
    pub encoding: Encoding,
}

/// The line that tells a user an input was not UTF-8, or `None` for UTF-8.
pub fn encoding_notice(input: &Input, encoding: Encoding, locale: Locale) -> Option<String> {
    if encoding == Encoding::Utf8 {
        return None;
    }
    let name = display_name(input);
    let label = encoding.label();
    Some(match locale {
        Locale::Ru => format!("{name}: прочитан как {label}"),
        Locale::En => format!("{name}: read as {label}"),
    })
}

/// The name to print for an input in messages.
pub fn display_name(input: &Input) -> &str {
    if input.path == "-" {
        "<stdin>"
    } else {
        &input.path
    }
}

/// Reads, decodes and parses the draft. Text drafts may be in any encoding
/// [`decode`] knows; JSON, UTF-8 by its standard, is taken in another
/// encoding only when `--encoding` names it.
pub fn load(input: &Input) -> Result<Loaded, InputError> {
    let name = display_name(input).to_string();
    let bytes = read_bytes(&input.path).map_err(|source| InputError::Io {
        path: name.clone(),
        source,
    })?;
    let (text, encoding) = decode(&bytes, input.encoding).map_err(|e| match e {
        DecodeError::Unrecognized => InputError::NotText { path: name.clone() },
        DecodeError::Invalid { encoding, offset } => InputError::BadBytes {
            path: name.clone(),
            encoding,
            offset,
        },
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let format = input
        .format
        .unwrap_or_else(|| guess_format(&input.path, text));
    if format == Format::Json && encoding != Encoding::Utf8 && input.encoding.is_none() {
        return Err(InputError::JsonNotUtf8 {
            path: name,
            encoding: encoding.label(),
        });
    }
    let doc = match format {
        Format::Txt => import_text(text),
        Format::Json => {
            from_json(text).map_err(|source| InputError::Json { path: name, source })?
        }
    };
    Ok(Loaded { doc, encoding })
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
