//! `import_text`: pasted plain text → [`Document`].

use std::ops::Range;

use super::block::{build_blocks, Block};
use super::ctx::{Ctx, LinePlace};
use super::dates::find_date;
use super::header::parse_header;
use super::lines::split_lines;
use super::marker::{Close, MarkerKind};
use super::protocol::{is_protocol_marker, parse_protocol};
use super::sections::SectionBuilder;
use super::signatures::split_signatures;
use super::words::lower_into;
use crate::model::{Document, Header, Kind, Paragraph, Section};

/// Where the adoption date (`Header::adopted_on`) came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateSource {
    /// No date found.
    #[default]
    None,
    /// A line of its own in the header (`25. 02.2022`) or on the kind line.
    Line,
    /// Copied from the approval line (`Одобрена … 30 августа 2019 года`);
    /// the approval keeps its full text.
    Approval,
    /// Copied from a date in parentheses in one of the first preamble
    /// paragraphs (`(13 февраля 2020 г.)`), used only when the header has
    /// no date at all; the paragraph keeps its full text.
    Preamble,
}

impl DateSource {
    /// Is `adopted_on` a copy of text that also stays elsewhere?
    pub fn is_copy(self) -> bool {
        matches!(self, DateSource::Approval | DateSource::Preamble)
    }
}

/// The imported document plus where every input line went.
#[derive(Debug, Clone)]
pub struct ImportReport {
    pub document: Document,
    /// One entry per input line (`input.split('\n')`).
    pub line_places: Vec<LinePlace>,
    /// Byte ranges of the input consumed as structure rather than kept as
    /// text: a byte order mark, `**` bold markers, list markers (`1.1.`, `а)`, `-`, `- 1.1.`),
    /// the kind keyword and `№`, the colon closing an addressee, protocol
    /// labels (`Председатель –`, `Присутствовали:`, `ПОВЕСТКА`,
    /// `СЛУШАЛИ:`, `РЕШИЛИ:`), the separator after a speaker's name, the
    /// colon or underscores between a signatory's role and name, and the
    /// `Место проведения:` label.
    pub consumed: Vec<Range<usize>>,
    pub date_source: DateSource,
}

impl ImportReport {
    /// Input line numbers that are not blank but were placed nowhere.
    /// Always empty: the importer puts every line somewhere, in the last
    /// resort into `Document::unclassified`.
    pub fn unplaced_lines(&self, input: &str) -> Vec<usize> {
        input
            .split('\n')
            .zip(&self.line_places)
            .enumerate()
            .filter(|(_, (line, place))| !line.trim().is_empty() && **place == LinePlace::Blank)
            .map(|(n, _)| n)
            .collect()
    }
}

/// Imports pasted text. Never fails: what cannot be placed goes to
/// `Document::unclassified`.
pub fn import_text(input: &str) -> Document {
    import_text_report(input).document
}

/// Like [`import_text`], with the line map and the consumed ranges.
pub fn import_text_report(input: &str) -> ImportReport {
    let mut consumed = Vec::new();
    let split = split_lines(input, &mut consumed);
    let mut places = vec![LinePlace::Blank; split.count];
    for &n in &split.markup_only {
        if let Some(p) = places.get_mut(n) {
            *p = LinePlace::Markup;
        }
    }
    let mut cx = Ctx {
        lines: split.lines,
        consumed,
        places,
        unclassified: Vec::new(),
        ids: Document::default(),
    };
    let (header, body_start) = parse_header(&mut cx);
    let blocks = build_blocks(&cx.lines, body_start, cx.lines.len());
    let (body_end, signatories) = split_signatures(&mut cx, &blocks);
    let body = blocks.get(..body_end).unwrap_or_default();
    let protocol_mode = header.kind == Some(Kind::Protocol)
        || body.iter().any(|b| is_protocol_marker(&b.text(&cx.lines)));
    let mut doc = Document {
        header,
        signatories,
        ..Document::default()
    };
    if protocol_mode {
        let parsed = parse_protocol(&mut cx, body);
        doc.preamble = parsed.preamble;
        doc.sections = parsed.sections;
        doc.protocol = Some(parsed.protocol);
    } else {
        let (preamble, sections) = parse_decision(&mut cx, body);
        doc.preamble = preamble;
        doc.sections = sections;
    }
    let date_source = settle_date(&mut doc.header, &doc.preamble);
    doc.unclassified = std::mem::take(&mut cx.unclassified);
    doc.next_id = cx.ids.next_id;
    ImportReport {
        document: doc,
        line_places: cx.places,
        consumed: cx.consumed,
        date_source,
    }
}

/// Preamble paragraphs up to the first directive section, then sections.
fn parse_decision(cx: &mut Ctx<'_>, body: &[Block]) -> (Vec<Paragraph>, Vec<Section>) {
    let start = directives_start(cx, body);
    let (intro, rest) = body.split_at(start.min(body.len()));
    let mut preamble = Vec::with_capacity(intro.len());
    for b in intro {
        let id = cx.paragraph_id();
        let text = b.raw(&cx.lines).into_owned();
        preamble.push(Paragraph { id, text });
        cx.place(b, LinePlace::Preamble);
    }
    let mut builder = SectionBuilder::default();
    for b in rest {
        builder.feed(cx, b);
    }
    (preamble, builder.sections)
}

/// Index of the first block of the directive sections: the block after a
/// decision lead, or the first block that starts a section, moved back to
/// the `1.` of a numbered list that leads up to it.
fn directives_start(cx: &Ctx<'_>, body: &[Block]) -> usize {
    for (i, b) in body.iter().enumerate() {
        if SectionBuilder::starts_section(cx, b) {
            return numbered_list_start(cx, body, i);
        }
        if is_decision_lead(&b.raw(&cx.lines)) {
            return i + 1;
        }
    }
    body.len()
}

/// When `body[at]` is numbered `N.` (N > 1) and the blocks before it hold
/// `N-1.`, …, `1.` in order (closed alike, with anything but other
/// top-level numbers between them), the index of the `1.`: item 1 of
/// `1. Информацию … принять к сведению.` `2. Руководителям ОО:` is a
/// directive too. Otherwise `at`.
fn numbered_list_start(cx: &Ctx<'_>, body: &[Block], at: usize) -> usize {
    let Some((mut expected, close)) = body.get(at).and_then(|b| top_number(cx, b)) else {
        return at;
    };
    for (i, b) in body.iter().enumerate().take(at).rev() {
        if expected <= 1 {
            return i + 1;
        }
        match top_number(cx, b) {
            Some((n, c)) if n + 1 == expected && c == close => expected = n,
            Some(_) => return at,
            None => {}
        }
    }
    if expected <= 1 {
        0
    } else {
        at
    }
}

/// The number and closing of a top-level numbered block (`2.` → 2).
fn top_number(cx: &Ctx<'_>, b: &Block) -> Option<(usize, Close)> {
    let Some(MarkerKind::Num { depth: 1, close }) = b.marker.as_ref().map(|m| m.kind) else {
        return None;
    };
    let number = b.number(&cx.lines)?;
    let n = number.trim_end_matches(')').parse().ok()?;
    Some((n, close))
}

/// Last words of a preamble paragraph after which directives follow:
/// `Участники совещания решили:`, `Совет РЕКОМЕНДУЕТ:`.
const DECISION_LEADS: [&str; 14] = [
    "решили",
    "решил",
    "решило",
    "решает",
    "постановили",
    "постановляет",
    "постановляю",
    "рекомендует",
    "рекомендуют",
    "рекомендовать",
    "предлагает",
    "предлагают",
    "рекомендации",
    "решение",
];

/// Words that may stand between a decision lead and its colon:
/// `Участники совещания решили следующее:`.
const LEAD_OBJECTS: [&str; 2] = ["следующее", "следующие"];

/// Does this preamble paragraph end with a decision lead and a colon?
fn is_decision_lead(text: &str) -> bool {
    let Some(body) = text.strip_suffix(':') else {
        return false;
    };
    let mut lower = String::new();
    for word in body.split_whitespace().rev().take(2) {
        if word.len() > 40 {
            return false;
        }
        lower_into(word, &mut lower);
        if DECISION_LEADS.contains(&lower.as_str()) {
            return true;
        }
        if !LEAD_OBJECTS.contains(&lower.as_str()) {
            return false;
        }
    }
    false
}

/// How many preamble paragraphs are searched for a fallback date.
const DATE_FALLBACK_PARAGRAPHS: usize = 3;

/// Fills `adopted_on` from the approval line or, failing that, from a date
/// in parentheses early in the preamble.
fn settle_date(h: &mut Header, preamble: &[Paragraph]) -> DateSource {
    if !h.adopted_on.is_empty() {
        return DateSource::Line;
    }
    if let Some(r) = find_date(&h.approval) {
        h.adopted_on = h.approval[r].to_owned();
        return DateSource::Approval;
    }
    for p in preamble.iter().take(DATE_FALLBACK_PARAGRAPHS) {
        if let Some(date) = parenthesised_date(&p.text) {
            h.adopted_on = date.to_owned();
            return DateSource::Preamble;
        }
    }
    DateSource::None
}

/// The first date standing alone in parentheses: `(13 февраля 2020 г.)`.
pub(crate) fn parenthesised_date(text: &str) -> Option<&str> {
    let mut from = 0;
    while let Some(r) = text.get(from..).and_then(find_date) {
        let (start, end) = (from + r.start, from + r.end);
        let before = text[..start].trim_end().ends_with('(');
        let after = text[end..].trim_start().starts_with(')');
        if before && after {
            return Some(&text[start..end]);
        }
        from = end;
    }
    None
}
