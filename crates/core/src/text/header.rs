//! The header block: organisation lines above the kind, the kind line
//! (`РЕШЕНИЕ`, `Протокол №4`), meeting lines, the «topic», place, a date
//! on its own line and the approval line.

use super::ctx::{Ctx, LinePlace};
use std::ops::Range;

use super::dates::{find_date, is_date_line};
use super::labels::is_body_label;
use super::marker::parse_marker;
use super::signatures::is_signature_line;
use super::words::{addressee_split, starts_upper, strip_prefix_ci, strip_word_ci};
use crate::model::{Header, Kind};

/// The kind line must be among the first this many non-blank lines.
const KIND_WITHIN: usize = 7;
/// Longest header line, in bytes (≈ 200 Cyrillic characters).
const MAX_HEADER_LINE: usize = 400;
/// At most this many meeting lines and topic lines.
const MAX_MEETING_LINES: usize = 4;
const MAX_TOPIC_LINES: usize = 6;

/// Label that introduces the place explicitly; written by the exporter when
/// there is no date line to anchor a bare place line.
pub(crate) const PLACE_LABEL: &str = "Место проведения:";

/// Parses the header; returns it and the index of the first body line.
pub(crate) fn parse_header(cx: &mut Ctx<'_>) -> (Header, usize) {
    let mut h = Header::default();
    let Some((k, kind, kw_len)) = find_kind_line(cx) else {
        return (h, 0);
    };
    h.kind = Some(kind);
    for i in 0..k {
        let line = cx.lines[i];
        if !take_date_line(cx, line.start, line.text, &mut h) {
            let text = line.text;
            push_joined(&mut h.organization, text);
        }
        cx.place_line(i, LinePlace::Header);
    }
    kind_line(cx, k, kw_len, &mut h);
    let mut i = k + 1;
    let mut meeting_open = true;
    let mut meeting_lines = 0;
    while let Some(line) = cx.lines.get(i).copied() {
        let t = line.text;
        let next_is_date = cx
            .lines
            .get(i + 1)
            .is_some_and(|l| date_line(l.text).is_some());
        if take_date_line(cx, line.start, t, &mut h) {
            meeting_open = false;
        } else if is_approval(t) && h.approval.is_empty() {
            h.approval = t.to_owned();
        } else if t.starts_with('«') && h.topic.is_empty() {
            let n = topic_lines(cx, i);
            for j in i..i + n {
                push_joined(&mut h.topic, cx.lines[j].text);
                cx.place_line(j, LinePlace::Header);
            }
            i += n;
            meeting_open = false;
            continue;
        } else if let Some(label) = place_label(t).filter(|_| h.place.is_empty()) {
            cx.consume_abs(line.start..line.start + label);
            h.place = t[label..].trim_start().to_owned();
        } else if is_signature_line(t) {
            break;
        } else if h.place.is_empty()
            && line.blank_before
            && next_is_date
            && header_like(t)
            && (!h.meeting.is_empty() || starts_upper(t))
        {
            h.place = t.to_owned();
        } else if meeting_open && meeting_lines < MAX_MEETING_LINES && header_like(t) {
            push_joined(&mut h.meeting, t);
            meeting_lines += 1;
        } else {
            break;
        }
        cx.place_line(i, LinePlace::Header);
        i += 1;
    }
    (h, i)
}

fn push_joined(field: &mut String, text: &str) {
    if !field.is_empty() {
        field.push(' ');
    }
    field.push_str(text);
}

/// The kind at the start of `text` and the byte length of its keyword.
pub(crate) fn kind_prefix(text: &str) -> Option<(Kind, usize)> {
    Kind::ALL
        .iter()
        .find_map(|&kind| strip_word_ci(text, kind.title_ru()).map(|n| (kind, n)))
}

fn find_kind_line(cx: &Ctx<'_>) -> Option<(usize, Kind, usize)> {
    for (k, line) in cx.lines.iter().take(KIND_WITHIN).enumerate() {
        let t = line.text;
        if let Some((kind, n)) = kind_prefix(t) {
            let rest = t[n..].trim();
            let plausible =
                t.len() <= MAX_HEADER_LINE && !rest.ends_with(['.', ';', ':', '!', '?']);
            if plausible || date_line(rest).is_some() {
                return Some((k, kind, n));
            }
        }
        if !(header_like(t) || date_line(t).is_some()) {
            return None;
        }
    }
    None
}

/// Kind keyword (consumed), `№` (consumed) and number, then the rest of
/// the line as a date or the start of the meeting.
fn kind_line(cx: &mut Ctx<'_>, k: usize, kw_len: usize, h: &mut Header) {
    let line = cx.lines[k];
    cx.consume_abs(line.start..line.start + kw_len);
    cx.place_line(k, LinePlace::Header);
    let mut rest = line.text[kw_len..].trim_start();
    if let Some(after) = rest.strip_prefix('№') {
        let sign = line.text.len() - rest.len();
        cx.consume_abs(line.start + sign..line.start + sign + '№'.len_utf8());
        let after = after.trim_start();
        let end = after.find(char::is_whitespace).unwrap_or(after.len());
        h.number = after[..end].to_owned();
        rest = after[end..].trim_start();
    }
    if rest.is_empty() {
        return;
    }
    let rest_start = line.start + (line.text.len() - rest.len());
    if !take_date_line(cx, rest_start, rest, h) {
        h.meeting = rest.to_owned();
    }
}

/// A date line: the date alone (`25. 02.2022`), after `от` (consumed), or
/// with the place beside it after a wide gap (`25.02.2022      г. Чаплыгин`,
/// `г. Чаплыгин      25.02.2022`). Fills `adopted_on` (and `place`) when
/// they are still empty; `start` is the input offset of `t`.
fn take_date_line(cx: &mut Ctx<'_>, start: usize, t: &str, h: &mut Header) -> bool {
    if !h.adopted_on.is_empty() {
        return false;
    }
    let Some(found) = date_line(t) else {
        return false;
    };
    if found.place.is_some() && !h.place.is_empty() {
        return false;
    }
    if let Some(p) = found.prefix {
        cx.consume_abs(start + p.start..start + p.end);
    }
    h.adopted_on = t[found.date].to_owned();
    if let Some(place) = found.place {
        h.place = t[place].to_owned();
    }
    true
}

struct DateLine {
    date: Range<usize>,
    /// `от` before the date.
    prefix: Option<Range<usize>>,
    place: Option<Range<usize>>,
}

/// Longest place written beside a date, in bytes.
const MAX_PLACE_BESIDE_DATE: usize = 160;

fn date_line(t: &str) -> Option<DateLine> {
    let (prefix, body_start) = match strip_word_ci(t, "от") {
        Some(n) => (Some(0..n), t.len() - t[n..].trim_start().len()),
        None => (None, 0),
    };
    let body = &t[body_start..];
    if is_date_line(body) {
        return Some(DateLine {
            date: body_start..t.len(),
            prefix,
            place: None,
        });
    }
    let r = find_date(body)?;
    let (date, place) = if r.start == 0 {
        let tail = &body[r.end..];
        let place = tail.trim();
        let gap = tail.len() - tail.trim_start().len();
        if !wide_gap(&tail[..gap]) || place.is_empty() {
            return None;
        }
        let place_start = body_start + r.end + gap;
        (
            body_start..body_start + r.end,
            place_start..place_start + place.len(),
        )
    } else if r.end == body.len() && prefix.is_none() {
        let head = &body[..r.start];
        let place = head.trim_end();
        if !wide_gap(&head[place.len()..]) || place.is_empty() {
            return None;
        }
        (r.clone(), 0..place.len())
    } else {
        return None;
    };
    let place_text = &t[place.clone()];
    let place_ok =
        place_text.len() <= MAX_PLACE_BESIDE_DATE && !place_text.ends_with(['.', ';', ':']);
    place_ok.then_some(DateLine {
        date,
        prefix,
        place: Some(place),
    })
}

/// Two or more spaces, or a tab: the gap between a date and a place typed
/// on one line.
fn wide_gap(gap: &str) -> bool {
    gap.contains('\t') || gap.chars().filter(|c| c.is_whitespace()).count() >= 2
}

/// A short line that can continue the header: no sentence end or colon, no list
/// marker, not a body label or an addressee.
fn header_like(t: &str) -> bool {
    t.len() <= MAX_HEADER_LINE
        && !t.ends_with(['.', ';', ':', '!', '?'])
        && !t.starts_with('«')
        && parse_marker(t).is_none()
        && !is_body_label(t)
        && !is_approval(t)
        && addressee_split(t).is_none()
}

/// `Одобрена участниками …`, `Принято …`, `Утверждено …`.
pub(crate) fn is_approval(t: &str) -> bool {
    ["Одобрен", "Принят", "Утвержден", "Утверждён", "Согласован"]
        .iter()
        .any(|w| t.starts_with(w))
        && t.len() <= MAX_HEADER_LINE * 2
}

/// Lines of a topic in «quotes» starting at line `i`: up to the line where
/// the quotes balance, or just the first line when they never do.
fn topic_lines(cx: &Ctx<'_>, i: usize) -> usize {
    let mut depth: i32 = 0;
    for (n, line) in cx.lines.iter().skip(i).take(MAX_TOPIC_LINES).enumerate() {
        for c in line.text.chars() {
            match c {
                '«' => depth += 1,
                '»' => depth -= 1,
                _ => {}
            }
        }
        if depth <= 0 {
            return n + 1;
        }
    }
    1
}

/// Byte length of a place label to consume: `Место проведения:` is
/// consumed; `г. `, `с. `, `пос. ` belong to the place itself (length 0).
fn place_label(t: &str) -> Option<usize> {
    if let Some(n) = strip_prefix_ci(t, PLACE_LABEL) {
        return Some(n);
    }
    let short = t.len() <= 120 && !t.ends_with(['.', ';', ':']);
    let prefixed = ["г. ", "с. ", "п. ", "пос. ", "город ", "село "]
        .iter()
        .any(|p| t.starts_with(p));
    (short && prefixed).then_some(0)
}
