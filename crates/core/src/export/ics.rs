//! iCalendar (RFC 5545) export of the control sheet: one all-day VEVENT
//! per dated task.
//!
//! * A task is a row that is neither a deadline line nor a directive with
//!   sub-items (its items are the tasks; their descriptions repeat its
//!   text as context).
//! * A due date gives a one-day event on that day; a period (`в течение
//!   2019/2020 учебного года`, `в 2019-2021 годах`, `в феврале 2020 года`)
//!   an event from its first to its last day (`DTEND` is exclusive, so it
//!   is the day after).
//! * Tasks whose deadline has no due date (`постоянно`, `ежегодно`, a bare
//!   start `с сентября 2019 года`, an impossible or year-less date) are
//!   left out and listed in [`IcsExport::left_out`]; tasks without any
//!   deadline are not calendar entries and are not listed.
//! * `UID` is `d<directive id>-<document key>@resolution-editor`, where the
//!   document key hashes the kind, number, organisation, meeting and
//!   adoption date: re-exporting after editing directive texts updates the
//!   same events instead of duplicating them.
//! * `DTSTAMP` is the adoption date at midnight UTC (the Unix epoch when
//!   there is none), so the same document always gives the same bytes.
//! * Text values are escaped (`\\`, `\;`, `\,`, `\n`) and lines are folded
//!   at 75 octets without splitting a UTF-8 character; lines end with CRLF.

use std::fmt::Write as _;

use crate::control::{adoption_date, ControlRow};
use crate::date::CivilDate;
use crate::ids::DirectiveId;
use crate::model::Document;
use crate::words::collapse_whitespace;

use super::{shorten, title_line};

/// The calendar text and the tasks that could not be placed on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsExport {
    pub text: String,
    /// Number of VEVENTs written.
    pub events: usize,
    /// Tasks with a standing, recurring, start-only or unusable deadline.
    pub left_out: Vec<DirectiveId>,
}

/// The control sheet `rows` of `doc` as an iCalendar file.
pub fn to_ics(rows: &[ControlRow], doc: &Document) -> IcsExport {
    let key = document_key(doc);
    let stamp = adoption_date(doc).map_or_else(
        || "19700101T000000Z".to_owned(),
        |d| format!("{}T000000Z", ical_date(d)),
    );
    let mut out = String::new();
    line(&mut out, "BEGIN", "VCALENDAR");
    line(&mut out, "VERSION", "2.0");
    line(
        &mut out,
        "PRODID",
        "-//resolution-editor//Control sheet//RU",
    );
    line(&mut out, "CALSCALE", "GREGORIAN");
    line(&mut out, "METHOD", "PUBLISH");
    line(&mut out, "X-WR-CALNAME", &escape(&calendar_name(doc)));
    let mut events = 0;
    let mut left_out = Vec::new();
    for row in rows.iter().filter(|r| !r.deadline_note && !r.has_items) {
        let Some(deadline) = &row.deadline else {
            continue;
        };
        let Some(due) = deadline.due() else {
            left_out.push(row.directive);
            continue;
        };
        let start = deadline.start().filter(|s| *s <= due).unwrap_or(due);
        let Some(end) = due.succ() else {
            left_out.push(row.directive);
            continue;
        };
        events += 1;
        line(&mut out, "BEGIN", "VEVENT");
        line(
            &mut out,
            "UID",
            &format!("d{}-{key:016x}@resolution-editor", row.directive),
        );
        line(&mut out, "DTSTAMP", &stamp);
        line(&mut out, "DTSTART;VALUE=DATE", &ical_date(start));
        line(&mut out, "DTEND;VALUE=DATE", &ical_date(end));
        line(&mut out, "SUMMARY", &escape(&summary(row)));
        line(&mut out, "DESCRIPTION", &escape(&description(row, doc)));
        line(&mut out, "TRANSP", "TRANSPARENT");
        line(&mut out, "END", "VEVENT");
    }
    line(&mut out, "END", "VCALENDAR");
    IcsExport {
        text: out,
        events,
        left_out,
    }
}

/// `Управлению образования: обеспечить разработку …`.
fn summary(row: &ControlRow) -> String {
    let text = shorten(&row.text, 80);
    if row.addressee.is_empty() {
        text
    } else {
        format!("{}: {text}", shorten(&row.addressee, 50))
    }
}

fn description(row: &ControlRow, doc: &Document) -> String {
    let mut out = String::new();
    if !row.number.is_empty() {
        let _ = write!(out, "{}. ", row.number);
    }
    out.push_str(&row.full_text());
    if !row.addressee.is_empty() {
        let _ = write!(out, "\nИсполнитель: {}", row.addressee);
    }
    if let Some(deadline) = &row.deadline {
        let _ = write!(out, "\nСрок: {}", deadline.phrase);
    }
    if !row.targets.is_empty() {
        let _ = write!(out, "\nЦелевые показатели: {}", row.targets.join("; "));
    }
    let _ = write!(out, "\nДокумент: {}", calendar_name(doc));
    out
}

fn calendar_name(doc: &Document) -> String {
    let h = &doc.header;
    let parts: Vec<&str> = [h.meeting.trim(), h.topic.trim(), h.adopted_on.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let mut name = title_line(doc);
    if !parts.is_empty() {
        name.push(' ');
        name.push_str(&parts.join(", "));
    }
    collapse_whitespace(&name)
}

/// A stable 64-bit key of the document (FNV-1a over the identifying header
/// fields).
fn document_key(doc: &Document) -> u64 {
    let h = &doc.header;
    let kind = h.kind.map(|k| k.title_en()).unwrap_or_default();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for field in [kind, &h.number, &h.organization, &h.meeting, &h.adopted_on] {
        for byte in field.trim().bytes().chain([0x1f]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

fn ical_date(d: CivilDate) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes `name:value` folded at 75 octets (§3.1), never inside a UTF-8
/// character or an escape pair (`\,`), with CRLF.
fn line(out: &mut String, name: &str, value: &str) {
    const LIMIT: usize = 75;
    let full = format!("{name}:{value}");
    let mut used = 0;
    let mut chars = full.chars();
    while let Some(c) = chars.next() {
        let pair = if c == '\\' { chars.next() } else { None };
        let n = c.len_utf8() + pair.map_or(0, char::len_utf8);
        if used + n > LIMIT {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        out.extend(pair);
        used += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::{escape, line};

    #[test]
    fn keeps_escape_pairs_on_one_line() {
        for shift in 0..4 {
            let mut out = String::new();
            let value = format!("{}{}", "x".repeat(shift), "a\\,".repeat(40));
            line(&mut out, "DESCRIPTION", &value);
            assert!(out.split("\r\n").all(|l| !l.ends_with('\\')), "{out}");
        }
    }

    #[test]
    fn escapes_text_values() {
        assert_eq!(escape("a,b;c\\d\r\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn folds_at_75_octets_on_char_boundaries() {
        let mut out = String::new();
        let value = "обеспечить ".repeat(20);
        line(&mut out, "SUMMARY", &value);
        let lines: Vec<&str> = out.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|l| l.len() <= 75), "{lines:?}");
        assert!(lines.iter().skip(1).all(|l| l.starts_with(' ')));
        let unfolded: String = lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                if i == 0 {
                    *l
                } else {
                    l.get(1..).unwrap_or_default()
                }
            })
            .collect();
        assert_eq!(unfolded, format!("SUMMARY:{value}"));
    }
}
