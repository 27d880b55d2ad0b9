//! The control sheet: numbering, inherited context and deadlines,
//! diagnostics by location, sorting.

mod export_support;

use export_support::{decision, directive_texts, protocol};
use resolution_core::control::{
    control_sheet, sort_by_addressee, sort_by_deadline, ControlOptions, ControlRow, DeadlineSource,
};
use resolution_core::date::CivilDate;
use resolution_core::extract::DeadlineValue;
use resolution_core::locale::Locale;

fn date(y: i32, m: u8, d: u8) -> Option<CivilDate> {
    CivilDate::new(y, m, d)
}

fn rows_of(doc: &resolution_core::Document) -> Vec<ControlRow> {
    control_sheet(doc, &ControlOptions::default())
}

fn numbers(rows: &[ControlRow]) -> Vec<&str> {
    rows.iter().map(|r| r.number.as_str()).collect()
}

#[test]
fn one_row_per_directive_in_document_order_with_numbers() {
    let doc = decision();
    let rows = rows_of(&doc);
    let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
    let expected = directive_texts(&doc);
    assert_eq!(
        texts,
        expected.iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert_eq!(
        numbers(&rows),
        ["1.1", "1.2", "1.2.1", "1.2.2", "1.3", "1.4", "2.1", "2.2", "3.1", ""]
    );
    assert_eq!(
        rows.iter().map(|r| r.order).collect::<Vec<_>>(),
        (0..10).collect::<Vec<_>>()
    );
    assert_eq!(rows[2].depth, 1);
    assert!(rows[1].has_items);
    assert!(rows[9].deadline_note);
}

#[test]
fn addressee_and_context_are_inherited() {
    let rows = rows_of(&decision());
    assert_eq!(rows[2].addressee, "Управлению образования");
    assert_eq!(
        rows[2].context,
        ["в целях повышения качества образования до 15 ноября 2021 года обеспечить:"]
    );
    assert!(rows[2].full_text().starts_with(
        "в целях повышения качества образования до 15 ноября 2021 года обеспечить: проведение"
    ));
    // The section lead is context too, and the colon of an addressee goes.
    assert_eq!(rows[6].context, ["обеспечить"]);
    assert_eq!(rows[8].addressee, "Информационно-методическому центру");
}

#[test]
fn deadlines_own_parent_lead_and_closing_line() {
    let doc = decision();
    let rows = rows_of(&doc);
    let d = |i: usize| rows[i].deadline.clone();
    assert_eq!(rows[0].due(), date(2021, 10, 1));
    assert_eq!(d(0).map(|d| d.source), Some(DeadlineSource::Own));
    assert_eq!(
        d(0).map(|d| d.phrase).as_deref(),
        Some("до 1 октября 2021 года")
    );
    // Items inherit the parent's `до 15 ноября 2021 года`.
    assert_eq!(rows[2].due(), date(2021, 11, 15));
    assert_eq!(
        d(3).map(|d| d.source),
        Some(DeadlineSource::Parent {
            directive: rows[1].directive
        })
    );
    assert_eq!(d(4).map(|d| d.value), Some(DeadlineValue::Standing));
    assert!(d(4).is_some_and(|d| d.is_standing() && d.due().is_none()));
    // Academic year: a period.
    assert_eq!(d(5).and_then(|d| d.start()), date(2021, 9, 1));
    assert_eq!(rows[5].due(), date(2022, 8, 31));
    assert_eq!(
        d(5).map(|d| d.describe(Locale::Ru)).as_deref(),
        Some("01.09.2021–31.08.2022")
    );
    // No deadline anywhere.
    assert_eq!(d(7), None);
    // A closing `Срок исполнения:` line covers its section.
    assert_eq!(rows[8].due(), date(2021, 12, 20));
    assert_eq!(
        d(8).map(|d| d.source),
        Some(DeadlineSource::Line {
            directive: rows[9].directive
        })
    );
    assert_eq!(d(9).map(|d| d.source), Some(DeadlineSource::Own));
}

/// Two points of one section, each followed by its own deadline line; the
/// second line is left out when `second_line` is false.
fn points_with_deadline_lines(second_line: bool) -> resolution_core::Document {
    let mut text = String::from(
        "РЕШЕНИЕ\nсовещания\n15 сентября 2023 года\n\nРешили:\n\n\
         1. Руководителям школ:\n\
         1.1. Подготовить план работы.\n\
         Срок исполнения: до 1 февраля 2024 года.\n\
         1.2. Представить сведения в управление.\n",
    );
    if second_line {
        text.push_str("Срок исполнения: до 1 ноября 2024 года.\n");
    }
    resolution_core::text::import_text(&text)
}

#[test]
fn a_deadline_line_covers_the_points_since_the_previous_line() {
    let rows = rows_of(&points_with_deadline_lines(true));
    assert_eq!(numbers(&rows), ["1.1", "", "1.2", ""]);
    assert_eq!(rows[0].due(), date(2024, 2, 1));
    assert_eq!(
        rows[0].deadline.as_ref().map(|d| d.source),
        Some(DeadlineSource::Line {
            directive: rows[1].directive
        })
    );
    assert_eq!(rows[2].due(), date(2024, 11, 1));
    assert_eq!(
        rows[2].deadline.as_ref().map(|d| d.source),
        Some(DeadlineSource::Line {
            directive: rows[3].directive
        })
    );
    // A point after the last line is not covered by it.
    let rows = rows_of(&points_with_deadline_lines(false));
    assert_eq!(rows[0].due(), date(2024, 2, 1));
    assert_eq!(rows[2].deadline, None);
    let codes = |row: &ControlRow| -> Vec<String> {
        row.diagnostics.iter().map(|d| d.code.clone()).collect()
    };
    assert!(codes(&rows[0]).is_empty());
    assert_eq!(codes(&rows[2]), ["RES401"]);
}

#[test]
fn a_deadline_in_the_lead_covers_the_section() {
    let mut doc = decision();
    doc.sections[1].lead = "в срок до 1 марта 2022 года обеспечить".into();
    let rows = rows_of(&doc);
    assert_eq!(rows[7].due(), date(2022, 3, 1));
    assert_eq!(
        rows[7].deadline.as_ref().map(|d| d.source),
        Some(DeadlineSource::Lead {
            section: doc.sections[1].id
        })
    );
    // The directive's own deadline still wins.
    assert_eq!(rows[6].due(), date(2022, 12, 31));
}

#[test]
fn targets_are_described_in_the_locale() {
    let doc = decision();
    let ru = rows_of(&doc);
    assert_eq!(ru[6].targets, ["цель: ≥ 75 % к 31.12.2022"]);
    let en = control_sheet(
        &doc,
        &ControlOptions {
            locale: Locale::En,
            ..ControlOptions::default()
        },
    );
    assert_eq!(en[6].targets, ["target: ≥ 75 % by 31.12.2022"]);
}

#[test]
fn diagnostics_are_attached_by_location() {
    let rows = rows_of(&decision());
    let codes = |i: usize| {
        rows[i]
            .diagnostics
            .iter()
            .map(|d| d.code.as_str())
            .collect::<Vec<_>>()
    };
    assert!(codes(7).contains(&"RES401"), "{:?}", rows[7].diagnostics);
    assert!(rows[7]
        .diagnostics
        .iter()
        .any(|d| d.message.contains("нет срока")));
    assert!(!codes(0).contains(&"RES401"));
    assert!(!codes(8).contains(&"RES401"), "the closing line covers 3.1");
}

#[test]
fn protocol_numbers_start_with_the_agenda_item() {
    let doc = protocol();
    let rows = rows_of(&doc);
    assert_eq!(numbers(&rows), ["1.1.1", "1.1.2", "2.1", "2.2.1", ""]);
    let protocol = doc
        .protocol
        .as_ref()
        .map(|p| p.agenda.clone())
        .unwrap_or_default();
    assert_eq!(rows[0].agenda_item, Some(protocol[0].id));
    assert_eq!(rows[3].agenda_item, Some(protocol[1].id));
    assert_eq!(rows[0].due(), date(2023, 4, 1));
    assert_eq!(rows[1].deadline, None);
    // `Срок исполнения: постоянно` closing the РЕШИЛИ covers the whole item.
    for i in [2, 3] {
        assert_eq!(
            rows[i].deadline.as_ref().map(|d| d.value),
            Some(DeadlineValue::Standing),
            "row {i}"
        );
    }
    assert_eq!(rows[2].addressee, "");
}

#[test]
fn sorting_by_deadline_puts_undated_last() {
    let mut rows = rows_of(&decision());
    sort_by_deadline(&mut rows);
    let order: Vec<&str> = numbers(&rows);
    assert_eq!(
        order,
        ["1.1", "1.2", "1.2.1", "1.2.2", "3.1", "", "1.4", "2.1", "1.3", "2.2"]
    );
    let dues: Vec<_> = rows.iter().filter_map(|r| r.due()).collect();
    assert!(dues.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn sorting_by_addressee_groups_and_keeps_document_order() {
    let mut rows = rows_of(&protocol());
    sort_by_addressee(&mut rows);
    let addressees: Vec<&str> = rows.iter().map(|r| r.addressee.as_str()).collect();
    assert_eq!(
        addressees,
        [
            "Заместителям директоров",
            "Заместителям директоров",
            "Руководителям школ",
            "Руководителям школ",
            ""
        ]
    );
    assert_eq!(numbers(&rows), ["2.2.1", "", "1.1.1", "1.1.2", "2.1"]);
}
