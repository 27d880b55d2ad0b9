//! `resolution check`: validate a draft and print its diagnostics.

use resolution_core::extract::char_range;
use resolution_core::locale::Locale;
use resolution_core::validate::{
    add_converted_ranges, validate, Diagnostic, Severity, ValidateOptions,
};
use resolution_core::Document;
use serde_json::Value;

use crate::locate;

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
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&format!(
            "{name}:{}: {} {} {}\n",
            locate::label(doc, &d.location, locale),
            d.severity.label(locale),
            d.code.as_str(),
            d.message(locale)
        ));
    }
    out.push_str(&summary(diagnostics, locale));
    out.push('\n');
    out
}

fn summary(diagnostics: &[Diagnostic], locale: Locale) -> String {
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let (errors, warnings, infos) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    match locale {
        Locale::Ru => format!("ошибок: {errors}, предупреждений: {warnings}, замечаний: {infos}"),
        Locale::En => format!("{errors} errors, {warnings} warnings, {infos} notes"),
    }
}

/// A JSON array: each diagnostic as the core serializes it, plus
/// `message` in the chosen language, a readable `where`, and beside every
/// byte `range` of a location (its own or a related one) the same range in
/// characters, `char_range`.
pub fn render_json(doc: &Document, diagnostics: &[Diagnostic], locale: Locale) -> String {
    let items: Vec<Value> = diagnostics
        .iter()
        .map(|d| {
            let mut value = serde_json::to_value(d).unwrap_or(Value::Null);
            add_converted_ranges(doc, d, &mut value, "char_range", char_range);
            if let Value::Object(map) = &mut value {
                map.insert("message".to_string(), Value::from(d.message(locale)));
                map.insert(
                    "where".to_string(),
                    Value::from(locate::label(doc, &d.location, locale)),
                );
            }
            value
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_string());
    text.push('\n');
    text
}
