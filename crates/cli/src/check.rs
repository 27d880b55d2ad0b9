//! `resolution check`: validate a draft and print its diagnostics.

use resolution_core::extract::Units;
use resolution_core::locale::Locale;
use resolution_core::validate::{validate, Diagnostic, LocatedTexts, Severity, ValidateOptions};
use resolution_core::Document;
use serde_json::Value;

use crate::locate::Labels;

/// The diagnostics of a document, in the validator's order.
pub fn diagnostics(doc: &Document, options: &ValidateOptions) -> Vec<Diagnostic> {
    validate(doc, options)
}

pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}

/// One line per diagnostic, `FILE:LOCATION: SEVERITY CODE MESSAGE`, then a
/// summary line.
pub fn render_text(
    name: &str,
    doc: &Document,
    diagnostics: &[Diagnostic],
    locale: Locale,
) -> String {
    render_lines(name, doc, diagnostics, locale, false)
}

/// As [`render_text`] for one of several files: the summary line, too,
/// starts with the file's name.
pub fn render_text_of_one(
    name: &str,
    doc: &Document,
    diagnostics: &[Diagnostic],
    locale: Locale,
) -> String {
    render_lines(name, doc, diagnostics, locale, true)
}

fn render_lines(
    name: &str,
    doc: &Document,
    diagnostics: &[Diagnostic],
    locale: Locale,
    named_summary: bool,
) -> String {
    let mut out = diagnostic_lines(name, doc, diagnostics, locale);
    if named_summary {
        out.push_str(name);
        out.push_str(": ");
    }
    out.push_str(&Counts::of(diagnostics).summary(locale));
    out.push('\n');
    out
}

fn diagnostic_lines(
    name: &str,
    doc: &Document,
    diagnostics: &[Diagnostic],
    locale: Locale,
) -> String {
    let mut out = String::new();
    let labels = Labels::new(doc, locale);
    for d in diagnostics {
        out.push_str(&format!(
            "{name}:{}: {} {} {}\n",
            labels.label(&d.location),
            d.severity.label(locale),
            d.code.as_str(),
            d.message(locale)
        ));
    }
    out
}

/// Findings by severity, of one file or added up over several.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    errors: usize,
    warnings: usize,
    infos: usize,
}

impl Counts {
    pub fn of(diagnostics: &[Diagnostic]) -> Self {
        let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
        Counts {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
        }
    }

    pub fn add(&mut self, other: Counts) {
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
    }

    fn summary(self, locale: Locale) -> String {
        let Counts {
            errors,
            warnings,
            infos,
        } = self;
        match locale {
            Locale::Ru => {
                format!("ошибок: {errors}, предупреждений: {warnings}, замечаний: {infos}")
            }
            Locale::En => format!("{errors} errors, {warnings} warnings, {infos} notes"),
        }
    }
}

/// The last line of a check of several files.
pub fn render_total(files: usize, unreadable: usize, counts: Counts, locale: Locale) -> String {
    let summary = counts.summary(locale);
    match locale {
        Locale::Ru => {
            format!("итого — файлов: {files}, не прочитано: {unreadable}, {summary}\n")
        }
        Locale::En => format!("total: {files} files, {unreadable} unreadable, {summary}\n"),
    }
}

/// A JSON array: each diagnostic as the core serializes it, plus
/// `message` in the chosen language, a readable `where`, and beside every
/// byte `range` of a location (its own or a related one) the same range in
/// characters, `char_range`.
pub fn render_json(doc: &Document, diagnostics: &[Diagnostic], locale: Locale) -> String {
    pretty(&json_items(doc, diagnostics, locale))
}

/// The diagnostics as [`render_json`] gives them, as a value.
pub fn json_items(doc: &Document, diagnostics: &[Diagnostic], locale: Locale) -> Value {
    let labels = Labels::new(doc, locale);
    let texts = LocatedTexts::new(doc);
    let items: Vec<Value> = diagnostics
        .iter()
        .map(|d| {
            let mut value = serde_json::to_value(d).unwrap_or(Value::Null);
            texts.add_converted_ranges(d, &mut value, "char_range", Units::Chars);
            if let Value::Object(map) = &mut value {
                map.insert("message".to_string(), Value::from(d.message(locale)));
                map.insert("where".to_string(), Value::from(labels.label(&d.location)));
            }
            value
        })
        .collect();
    Value::Array(items)
}

/// One file of a check of several, for `--json`: `{"file", "diagnostics"}`
/// (the array [`render_json`] prints for one file), or `{"file", "error"}`
/// when it could not be read.
pub fn json_file(name: &str, result: Result<Value, String>) -> Value {
    let mut map = serde_json::Map::new();
    map.insert("file".to_string(), Value::from(name));
    match result {
        Ok(items) => map.insert("diagnostics".to_string(), items),
        Err(message) => map.insert("error".to_string(), Value::from(message)),
    };
    Value::Object(map)
}

pub fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_else(|_| "[]".to_string());
    text.push('\n');
    text
}
