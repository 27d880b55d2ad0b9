//! `resolution check`: validate a draft and print its diagnostics.

use std::io::{self, Write};

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

/// `check --json` of one file: a JSON array of each diagnostic as the core
/// serializes it, plus `message` in the chosen language, a readable
/// `where`, and beside every byte `range` of a location (its own or a
/// related one) the same range in characters, `char_range`.
///
/// The JSON is written one finding at a time, exactly as
/// `serde_json::to_string_pretty` prints the whole array: a draft with
/// hundreds of thousands of findings is never held as one JSON value (a
/// 10 MB draft of table junk took 2.5 GB that way).
pub fn write_json(
    out: &mut impl Write,
    doc: &Document,
    diagnostics: &[Diagnostic],
    locale: Locale,
) -> io::Result<()> {
    write_items(out, doc, diagnostics, locale, 1)?;
    out.write_all(b"\n")
}

/// `check --json` of several files: one array of `{"diagnostics", "file"}`
/// objects (the array [`write_json`] prints for one file), or
/// `{"error", "file"}` for a file that could not be read; written file by
/// file.
#[derive(Debug, Default)]
pub struct SeveralJson {
    files: usize,
}

impl SeveralJson {
    pub fn file(
        &mut self,
        out: &mut impl Write,
        name: &str,
        doc: &Document,
        diagnostics: &[Diagnostic],
        locale: Locale,
    ) -> io::Result<()> {
        self.next(out)?;
        out.write_all(b"  {\n    \"diagnostics\": ")?;
        write_items(out, doc, diagnostics, locale, 3)?;
        out.write_all(b",\n    \"file\": ")?;
        serde_json::to_writer(&mut *out, name)?;
        out.write_all(b"\n  }")
    }

    pub fn unreadable(
        &mut self,
        out: &mut impl Write,
        name: &str,
        message: &str,
    ) -> io::Result<()> {
        self.next(out)?;
        let mut map = serde_json::Map::new();
        map.insert("error".to_string(), Value::from(message));
        map.insert("file".to_string(), Value::from(name));
        write_indented(out, &Value::Object(map), 1)
    }

    pub fn finish(self, out: &mut impl Write) -> io::Result<()> {
        out.write_all(if self.files == 0 { b"[]\n" } else { b"\n]\n" })
    }

    fn next(&mut self, out: &mut impl Write) -> io::Result<()> {
        self.files += 1;
        out.write_all(if self.files == 1 { b"[\n" } else { b",\n" })
    }
}

/// The array of findings, pretty-printed as an element at `depth` of an
/// enclosing pretty-printed value.
fn write_items(
    out: &mut impl Write,
    doc: &Document,
    diagnostics: &[Diagnostic],
    locale: Locale,
    depth: usize,
) -> io::Result<()> {
    if diagnostics.is_empty() {
        return out.write_all(b"[]");
    }
    let labels = Labels::new(doc, locale);
    let texts = LocatedTexts::new(doc);
    out.write_all(b"[")?;
    for (i, d) in diagnostics.iter().enumerate() {
        out.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        write_indented(out, &item(d, &labels, &texts, locale), depth)?;
    }
    out.write_all(b"\n")?;
    indent(out, depth - 1)?;
    out.write_all(b"]")
}

/// One finding as `--json` gives it.
fn item(d: &Diagnostic, labels: &Labels, texts: &LocatedTexts, locale: Locale) -> Value {
    let mut value = serde_json::to_value(d).unwrap_or(Value::Null);
    texts.add_converted_ranges(d, &mut value, "char_range", Units::Chars);
    if let Value::Object(map) = &mut value {
        map.insert("message".to_string(), Value::from(d.message(locale)));
        map.insert("where".to_string(), Value::from(labels.label(&d.location)));
    }
    value
}

/// `value` pretty-printed with every line indented `depth` levels: JSON
/// strings hold no raw line breaks, so each line is one of the printer's.
fn write_indented(out: &mut impl Write, value: &Value, depth: usize) -> io::Result<()> {
    let text = serde_json::to_string_pretty(value)?;
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        indent(out, depth)?;
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

fn indent(out: &mut impl Write, depth: usize) -> io::Result<()> {
    for _ in 0..depth {
        out.write_all(b"  ")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use resolution_core::text::import_text;

    use super::*;

    /// The findings as one JSON value, the way they were printed before
    /// they were written one at a time.
    fn items(doc: &Document, diagnostics: &[Diagnostic], locale: Locale) -> Value {
        let labels = Labels::new(doc, locale);
        let texts = LocatedTexts::new(doc);
        Value::Array(
            diagnostics
                .iter()
                .map(|d| item(d, &labels, &texts, locale))
                .collect(),
        )
    }

    fn pretty(value: &Value) -> String {
        serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
    }

    fn written(write: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> String {
        let mut out = Vec::new();
        write(&mut out).expect("writing to memory");
        String::from_utf8(out).expect("UTF-8")
    }

    const DRAFT: &str =
        "Руководителям ОО:\n1. провести сбор до 31 июня 2025 года не менее 120 %;\n\
        2. провести сбор до 31 июня 2025 года не менее 120 %;\nпринять «меры» \\ \"срочно\".\n";

    #[test]
    fn one_file_is_written_as_the_whole_array_would_print() {
        let doc = import_text(DRAFT);
        let diagnostics = validate(&doc, &ValidateOptions::default());
        assert!(diagnostics.len() > 3, "{diagnostics:?}");
        assert!(diagnostics.iter().any(|d| !d.related.is_empty()));
        for locale in [Locale::Ru, Locale::En] {
            let expected = pretty(&items(&doc, &diagnostics, locale));
            let got = written(|out| write_json(out, &doc, &diagnostics, locale));
            assert_eq!(got, expected);
        }
        assert_eq!(
            written(|out| write_json(out, &doc, &[], Locale::Ru)),
            "[]\n"
        );
    }

    #[test]
    fn several_files_are_written_as_the_whole_array_would_print() {
        let doc = import_text(DRAFT);
        let diagnostics = validate(&doc, &ValidateOptions::default());
        let file = |name: &str, items: Value| {
            let mut map = serde_json::Map::new();
            map.insert("file".to_string(), Value::from(name));
            map.insert("diagnostics".to_string(), items);
            Value::Object(map)
        };
        let mut error = serde_json::Map::new();
        error.insert("file".to_string(), Value::from("нет «файла».txt"));
        error.insert("error".to_string(), Value::from("не читается: \"нет\""));
        let expected = pretty(&Value::Array(vec![
            file("a.txt", items(&doc, &diagnostics, Locale::Ru)),
            Value::Object(error),
            file("пустой.txt", Value::Array(Vec::new())),
        ]));
        let got = written(|out| {
            let mut report = SeveralJson::default();
            report.file(out, "a.txt", &doc, &diagnostics, Locale::Ru)?;
            report.unreadable(out, "нет «файла».txt", "не читается: \"нет\"")?;
            report.file(out, "пустой.txt", &doc, &[], Locale::Ru)?;
            report.finish(out)
        });
        assert_eq!(got, expected);
    }
}
