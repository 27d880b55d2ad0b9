//! Validation of the real corpus documents, imported with the text
//! importer. The corpus is read at run time and never copied into the repo;
//! the test is skipped (with a message) when the corpus folder is absent.
//!
//! Findings are rendered as `CODE at PATH`, where PATH names the node by
//! position: `s2.d5` is the sixth directive of the third section,
//! `s2.d5.i0` its first sub-item, `a1.s0.d1` a directive in the first
//! РЕШИЛИ section of the second agenda item, `header.kind` a header field.

use std::collections::HashMap;
use std::path::PathBuf;

use resolution_core::locale::Locale;
use resolution_core::text::import_text;
use resolution_core::validate::{validate, Diagnostic, Location, RuleCode, ValidateOptions};
use resolution_core::{Directive, Document, Section};

fn corpus_dir() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus"
    ))
}

/// The corpus document `name`, or `None` (with a printed message) when the
/// corpus is not there.
fn load(name: &str) -> Option<Document> {
    let path = corpus_dir().join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(import_text(&text)),
        Err(err) => {
            println!("skipped: corpus not found at {} ({err})", path.display());
            None
        }
    }
}

/// Position paths of every node that a location can name.
fn paths(doc: &Document) -> HashMap<Location, String> {
    fn directives(
        out: &mut HashMap<Location, String>,
        prefix: &str,
        list: &[Directive],
        tag: &str,
    ) {
        for (i, d) in list.iter().enumerate() {
            let path = format!("{prefix}.{tag}{i}");
            directives(out, &path, &d.items, "i");
            out.insert(Location::directive(d.id), path);
        }
    }
    fn sections(out: &mut HashMap<Location, String>, prefix: &str, list: &[Section]) {
        for (i, s) in list.iter().enumerate() {
            let path = format!("{prefix}s{i}");
            directives(out, &path, &s.directives, "d");
            out.insert(Location::Section { section: s.id }, path);
        }
    }
    let mut out = HashMap::new();
    sections(&mut out, "", &doc.sections);
    for (i, item) in doc
        .protocol
        .iter()
        .flat_map(|p| p.agenda.iter())
        .enumerate()
    {
        sections(&mut out, &format!("a{i}."), &item.decided);
        out.insert(Location::AgendaItem { item: item.id }, format!("a{i}"));
    }
    out
}

fn render(doc: &Document, diagnostics: &[Diagnostic]) -> Vec<String> {
    let paths = paths(doc);
    let path = |location: &Location| -> String {
        let whole = match location {
            Location::Directive { directive, .. } => Location::directive(*directive),
            Location::SectionLead { section, .. } => Location::Section { section: *section },
            Location::Header { field, .. } => return format!("header.{field:?}").to_lowercase(),
            other => other.clone(),
        };
        paths
            .get(&whole)
            .cloned()
            .unwrap_or_else(|| format!("{whole:?}"))
    };
    diagnostics
        .iter()
        .map(|d| {
            let related: Vec<String> = d.related.iter().map(&path).collect();
            if related.is_empty() {
                format!("{} at {}", d.code, path(&d.location))
            } else {
                format!(
                    "{} at {} ~ {}",
                    d.code,
                    path(&d.location),
                    related.join(",")
                )
            }
        })
        .collect()
}

fn report(name: &str, doc: &Document, diagnostics: &[Diagnostic]) -> Vec<String> {
    let rendered = render(doc, diagnostics);
    println!("{name}: {} findings", rendered.len());
    for (line, d) in rendered.iter().zip(diagnostics) {
        println!("  {line}: {}", d.message(Locale::Ru));
    }
    rendered
}

fn codes(diagnostics: &[Diagnostic]) -> Vec<RuleCode> {
    diagnostics.iter().map(|d| d.code).collect()
}

/// Compares findings with the expected snapshot, printing the actual list
/// so an intended change (a new rule, an importer improvement) is easy to
/// review and copy.
fn assert_snapshot(name: &str, actual: &[String], expected: &[&str]) {
    assert_eq!(
        actual, expected,
        "{name}: findings changed; actual list:\n{:#?}",
        actual
    );
}

#[test]
fn decision_corpus_findings() {
    let name = "krasnokutsky-reshenie-2019.txt";
    let Some(doc) = load(name) else { return };
    let diagnostics = validate(&doc, &ValidateOptions::default());
    let rendered = report(name, &doc, &diagnostics);
    // Only missing deadlines: the verbs come from leads (`Руководителям …
    // обеспечить:`) and parents (`принять меры по обеспечению:`), the
    // items of `в течение 2019/2020 учебного года:` inherit its deadline.
    assert_snapshot(
        name,
        &rendered,
        &[
            "RES401 at s0.d0",
            "RES401 at s0.d2",
            "RES401 at s0.d3",
            "RES401 at s1.d0",
            "RES401 at s1.d1",
            "RES401 at s1.d2.i1",
            "RES401 at s2.d0",
            "RES401 at s2.d1",
            "RES401 at s2.d2",
            "RES401 at s2.d4",
        ],
    );
}

#[test]
fn resolution_corpus_findings() {
    let name = "suntarsky-rezolyutsiya-2020.txt";
    let Some(doc) = load(name) else { return };
    let diagnostics = validate(&doc, &ValidateOptions::default());
    let rendered = report(name, &doc, &diagnostics);
    // The real duplicate: the same preschool-coverage directive under two
    // addressees, reported on the second copy and pointing at the first.
    let duplicate: Vec<&String> = rendered
        .iter()
        .filter(|l| l.starts_with("RES303"))
        .collect();
    assert_eq!(duplicate, ["RES303 at s2.d4 ~ s1.d4"]);
    let message = diagnostics
        .iter()
        .find(|d| d.code == RuleCode::DuplicateDirective)
        .map(|d| d.message(Locale::Ru))
        .unwrap_or_default();
    assert!(
        message.contains("«продолжить работу по повышению охвата"),
        "{message}"
    );
    assert!(
        message.contains("Муниципальный орган управления образования"),
        "{message}"
    );
    let missing_deadlines = codes(&diagnostics)
        .iter()
        .filter(|&&c| c == RuleCode::MissingDeadline)
        .count();
    assert_eq!(missing_deadlines, 20, "{rendered:#?}");
    assert_eq!(rendered.len(), 21, "{rendered:#?}");
}

#[test]
fn protocol_corpus_findings() {
    let name = "chaplyginsky-protokol-2022.txt";
    let Some(doc) = load(name) else { return };
    let diagnostics = validate(&doc, &ValidateOptions::default());
    let rendered = report(name, &doc, &diagnostics);
    // `1. Информацию … принять к сведению.` needs no addressee and no
    // deadline; `Срок исполнения: постоянно` covers the second decision
    // group; the protocol needs no topic of its own; `25. 02.2022` is a date.
    assert_snapshot(
        name,
        &rendered,
        &[
            "RES401 at a0.s0.d0",
            "RES401 at a0.s0.d1",
            "RES401 at a0.s1.d0",
            "RES401 at a0.s1.d1",
            "RES401 at a2.s0.d0",
        ],
    );
}

/// Replaces `from` with `to` in the first directive (items included) whose
/// text contains it; `true` when one was found.
fn edit_directive(doc: &mut Document, from: &str, to: &str) -> bool {
    fn walk(list: &mut [Directive], from: &str, to: &str) -> bool {
        for d in list {
            if d.text.contains(from) {
                d.text = d.text.replacen(from, to, 1);
                return true;
            }
            if walk(&mut d.items, from, to) {
                return true;
            }
        }
        false
    }
    doc.sections
        .iter_mut()
        .any(|s| walk(&mut s.directives, from, to))
}

#[test]
fn corpus_with_injected_errors() {
    let name = "krasnokutsky-reshenie-2019.txt";
    let Some(mut doc) = load(name) else { return };
    assert!(edit_directive(&mut doc, "до 75 %", "до 70 %"));
    assert!(edit_directive(
        &mut doc,
        "2019/2020 учебного",
        "2019/2021 учебного"
    ));
    assert!(edit_directive(
        &mut doc,
        "до 20 сентября 2019 года",
        "до 31 июня 2019 года"
    ));
    let opts = ValidateOptions {
        today: resolution_core::date::CivilDate::new(2020, 1, 15),
    };
    let diagnostics = validate(&doc, &opts);
    report(name, &doc, &diagnostics);
    let messages: Vec<(RuleCode, String)> = diagnostics
        .iter()
        .map(|d| (d.code, d.message(Locale::Ru)))
        .collect();
    let find = |code: RuleCode| {
        messages
            .iter()
            .filter(|(c, _)| *c == code)
            .map(|(_, m)| m.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        find(RuleCode::StagedTargetFalls),
        [
            "Целевое значение падает со временем: «к концу 2019 года до 73 %», затем «к концу \
          2020 года до 70 %». Проверьте значения этапов."
        ]
    );
    assert_eq!(find(RuleCode::AcademicYearNotConsecutive).len(), 1);
    let impossible = find(RuleCode::ImpossibleDate);
    assert_eq!(impossible.len(), 1);
    assert!(
        impossible[0].ends_with("не существует: в июне 30 дней."),
        "{}",
        impossible[0]
    );
    // By 15 January 2020 the deadlines of autumn 2019 have passed.
    assert!(codes(&diagnostics).contains(&RuleCode::DeadlinePassed));
}

/// A document of our own in the corpus style, always available: imported
/// from text, with one mistake of each common kind.
const SAMPLE: &str = "РЕШЕНИЕ
августовского совещания педагогических работников
«Качество образования: новые задачи»

Одобрено участниками совещания 27 августа 2021 года

1. Управлению образования:

1.1. провести мониторинг качества образования до 1 декабря 2021 года;

1.2. обеспечить охват детей дополнительным образованием к концу 2021 года до 80 %, к концу 2022 года до 78 %;

1.4. провести семинар для заместителей директоров до 31 сентября 2021 года.

2. Руководителям образовательных организаций:

2.1. повышение качества подготовки к государственной итоговой аттестации;

2.2. организовать работу с молодыми педагогами в течение 2021/2023 учебного года;

2.3. провести мониторинг качества образования до 1 декабря 2021 года.
";

#[test]
fn sample_document_findings() {
    let doc = import_text(SAMPLE);
    let diagnostics = validate(&doc, &ValidateOptions::default());
    let rendered = report("sample", &doc, &diagnostics);
    for expected in [
        "RES105 at s0.d2",
        "RES302 at s1.d0",
        "RES401 at s1.d0",
        "RES403 at s1.d1",
        "RES502 at s0.d1 ~ s0.d1",
        "RES303 at s1.d2 ~ s0.d0",
        "RES601 at s0.d2 ~ s0.d1",
    ] {
        assert!(
            rendered.iter().any(|l| l == expected),
            "{expected} missing in {rendered:#?}"
        );
    }
}
