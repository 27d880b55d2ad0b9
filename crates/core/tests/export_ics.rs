//! iCalendar export, read back with the `icalendar` crate's parser.

mod export_support;

use export_support::{decision, protocol};
use icalendar::{Calendar, Component, DatePerhapsTime, Event};
use resolution_core::control::{control_sheet, ControlOptions, ControlRow};
use resolution_core::export::{to_ics, IcsExport};
use resolution_core::Document;

fn export(doc: &Document) -> (Vec<ControlRow>, IcsExport, Calendar) {
    let rows = control_sheet(doc, &ControlOptions::default());
    let ics = to_ics(&rows, doc);
    let calendar = ics
        .text
        .parse::<Calendar>()
        .unwrap_or_else(|e| panic!("unparseable: {e}\n{}", ics.text));
    (rows, ics, calendar)
}

fn day(value: Option<DatePerhapsTime>) -> String {
    match value {
        Some(DatePerhapsTime::Date(d)) => d.to_string(),
        other => format!("{other:?}"),
    }
}

fn event_for<'c>(calendar: &'c Calendar, row: &ControlRow) -> Option<&'c Event> {
    let prefix = format!("d{}-", row.directive);
    calendar
        .events()
        .find(|e| e.get_uid().is_some_and(|u| u.starts_with(&prefix)))
}

#[test]
fn one_all_day_event_per_dated_task() {
    let (rows, ics, calendar) = export(&decision());
    assert_eq!(calendar.events().count(), 6);
    assert_eq!(ics.events, 6);
    let expect = [
        ("1.1", "2021-10-01", "2021-10-02"),
        ("1.2.1", "2021-11-15", "2021-11-16"),
        ("1.2.2", "2021-11-15", "2021-11-16"),
        ("1.4", "2021-09-01", "2022-09-01"),
        ("2.1", "2022-12-31", "2023-01-01"),
        ("3.1", "2021-12-20", "2021-12-21"),
    ];
    for (number, start, end) in expect {
        let row = rows.iter().find(|r| r.number == number);
        let event = row.and_then(|r| event_for(&calendar, r));
        let event = event.unwrap_or_else(|| panic!("no event for {number}"));
        assert_eq!(day(event.get_start()), start, "{number}");
        assert_eq!(day(event.get_end()), end, "{number}");
    }
    // Parents with items and the deadline line are not events themselves.
    for number in ["1.2", ""] {
        let row = rows.iter().find(|r| r.number == number);
        assert!(
            row.and_then(|r| event_for(&calendar, r)).is_none(),
            "{number}"
        );
    }
}

#[test]
fn summary_and_description_round_trip_through_escaping() {
    let (rows, _, calendar) = export(&decision());
    let row = rows.iter().find(|r| r.number == "1.2.2");
    let event = row.and_then(|r| event_for(&calendar, r));
    let summary = event.and_then(|e| e.get_summary()).unwrap_or_default();
    assert_eq!(
        summary,
        "Управлению образования: подготовку аналитической справки, в том числе по школам; с низкими результатами."
    );
    let description = event.and_then(|e| e.get_description()).unwrap_or_default();
    assert!(description.starts_with(
        "1.2.2. в целях повышения качества образования до 15 ноября 2021 года обеспечить: подготовку \
         аналитической справки, в том числе по школам; с низкими результатами.\nИсполнитель: Управлению образования"
    ), "{description}");
    assert!(description.contains("\nСрок: до 15 ноября 2021 года"));
}

#[test]
fn long_summaries_are_shortened_at_a_word() {
    let mut doc = decision();
    doc.sections[0].directives[0].text = format!(
        "обеспечить {} до 1 октября 2021 года",
        "разработку плана, ".repeat(10)
    );
    let (rows, _, calendar) = export(&doc);
    let summary = rows
        .first()
        .and_then(|r| event_for(&calendar, r))
        .and_then(|e| e.get_summary())
        .unwrap_or_default();
    assert_eq!(
        summary,
        "Управлению образования: обеспечить разработку плана, разработку плана, разработку плана, разработку…"
    );
}

#[test]
fn standing_deadlines_are_left_out_and_listed() {
    let (rows, ics, _) = export(&decision());
    let standing = rows.iter().find(|r| r.number == "1.3").map(|r| r.directive);
    assert_eq!(ics.left_out, standing.into_iter().collect::<Vec<_>>());
    let (rows, ics, calendar) = export(&protocol());
    assert_eq!(calendar.events().count(), 1);
    let left: Vec<&str> = rows
        .iter()
        .filter(|r| ics.left_out.contains(&r.directive))
        .map(|r| r.number.as_str())
        .collect();
    assert_eq!(left, ["2.1", "2.2.1"]);
}

#[test]
fn uids_are_stable_and_lines_are_folded_crlf() {
    let doc = decision();
    let (_, first, calendar) = export(&doc);
    let mut edited = doc.clone();
    edited.sections[0].directives[0].text =
        "обеспечить разработку плана до 1 ноября 2021 года;".into();
    let (_, second, _) = export(&edited);
    let uids = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(uids(&first.text), uids(&second.text));
    let mut other = doc.clone();
    other.header.adopted_on = "28 августа 2021 года".into();
    let (_, third, _) = export(&other);
    assert_ne!(uids(&first.text), uids(&third.text));
    assert!(calendar.events().all(|e| e.get_timestamp().is_some()));
    assert!(first.text.ends_with("END:VCALENDAR\r\n"));
    for line in first.text.split("\r\n") {
        assert!(line.len() <= 75, "line over 75 octets: {line}");
        assert!(!line.contains('\n'));
    }
    assert!(first.text.contains("\r\n "), "long lines are folded");
}
