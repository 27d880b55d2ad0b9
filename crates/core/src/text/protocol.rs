//! The body of a protocol: chair and secretary, attendees, ПОВЕСТКА with
//! numbered items and their reporters, then per item `N. СЛУШАЛИ:`
//! (speaker and summary) and `РЕШИЛИ:` (directive sections).

use super::block::Block;
use super::ctx::{Ctx, LinePlace};
use super::labels::{
    absentees_label, attendees_label, decided_label, heard_label, invited_label, is_agenda_label,
    is_vote_count, is_vote_label, reporter_label, role_label, role_name_label, RoleLabel,
    CHAIR_WORDS, SECRETARY_WORDS,
};
use super::sections::SectionBuilder;
use super::words::leading_person_name;
use crate::model::{AgendaItem, Hearing, Paragraph, Protocol, Section};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Intro,
    Attendees,
    /// After `Отсутствовали:`: preamble paragraphs, never attendees.
    Absentees,
    Agenda,
    Heard,
    Decided,
    TopSections,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Chair,
    Secretary,
}

pub(crate) struct ProtocolBody {
    pub preamble: Vec<Paragraph>,
    pub sections: Vec<Section>,
    pub protocol: Protocol,
}

struct Parser {
    state: State,
    protocol: Protocol,
    preamble: Vec<Paragraph>,
    top: SectionBuilder,
    decided: SectionBuilder,
    /// Agenda item receiving СЛУШАЛИ / РЕШИЛИ.
    current: Option<usize>,
    hearings: usize,
    need_speaker: bool,
    pending_role: Option<Role>,
    /// The last block was a voting record (`Голосовали:`).
    in_vote: bool,
}

/// `О реализации …`, `Об итогах …`: an agenda item title.
fn is_topic_title(text: &str) -> bool {
    ["О ", "Об ", "Обо "].iter().any(|p| text.starts_with(p))
}

/// A reporter label after a space inside an agenda title: its start and
/// the label (offsets into `title`).
fn inline_reporter(title: &str) -> Option<(usize, RoleLabel)> {
    title
        .char_indices()
        .skip(1)
        .filter(|&(at, _)| title[..at].ends_with(char::is_whitespace))
        .find_map(|(at, _)| {
            let label = reporter_label(&title[at..])?;
            let shift = |n: usize| n + at;
            Some((
                at,
                RoleLabel {
                    end: shift(label.end),
                    value: shift(label.value),
                },
            ))
        })
}

/// Is this block a label that only occurs in protocols?
pub(crate) fn is_protocol_marker(text: &str) -> bool {
    // `Слушали`, `Повестка`, `Присутствовали`: every other block is turned
    // away by its first letter (this runs on every block of an import).
    text.starts_with(['С', 'с', 'П', 'п'])
        && (heard_label(text).is_some() || is_agenda_label(text) || attendees_label(text).is_some())
}

pub(crate) fn parse_protocol(cx: &mut Ctx<'_>, blocks: &[Block]) -> ProtocolBody {
    let mut p = Parser {
        state: State::Intro,
        protocol: Protocol::default(),
        preamble: Vec::new(),
        top: SectionBuilder::default(),
        decided: SectionBuilder::default(),
        current: None,
        hearings: 0,
        need_speaker: false,
        pending_role: None,
        in_vote: false,
    };
    for b in blocks {
        p.block(cx, b);
    }
    p.flush_decided();
    ProtocolBody {
        preamble: p.preamble,
        sections: p.top.sections,
        protocol: p.protocol,
    }
}

impl Parser {
    fn block(&mut self, cx: &mut Ctx<'_>, b: &Block) {
        let text = b.text(&cx.lines);
        let in_vote = std::mem::take(&mut self.in_vote);
        if let Some(n) = heard_label(&text) {
            self.flush_decided();
            cx.consume_marker(b);
            cx.consume(b, 0..n);
            cx.place(b, LinePlace::Protocol);
            let item = self.item(cx, self.hearings);
            self.hearings += 1;
            self.current = Some(item);
            self.state = State::Heard;
            self.need_speaker = true;
            let rest = b.after(&cx.lines, n);
            if !rest.is_empty(&cx.lines) {
                self.hear(cx, &rest);
            }
            return;
        }
        if let Some(n) = decided_label(&text) {
            self.flush_decided();
            cx.consume_marker(b);
            cx.consume(b, 0..n);
            cx.place(b, LinePlace::Protocol);
            if self.current.is_none() {
                self.current = Some(self.item(cx, self.hearings));
                self.hearings += 1;
            }
            self.state = State::Decided;
            let rest = b.after(&cx.lines, n);
            if !rest.is_empty(&cx.lines) {
                self.decided.feed(cx, &rest);
            }
            return;
        }
        if matches!(
            self.state,
            State::Intro | State::Attendees | State::Absentees
        ) && self.intro_label(cx, b, &text)
        {
            return;
        }
        if !matches!(self.state, State::Heard | State::Decided) && is_agenda_label(&text) {
            cx.consume_marker(b);
            cx.consume(b, 0..text.len());
            cx.place(b, LinePlace::Protocol);
            self.state = State::Agenda;
            return;
        }
        match self.state {
            State::Intro => {
                if let Some(role) = self.pending_role.take() {
                    self.set_role(role, b.raw(&cx.lines).into_owned());
                    cx.place(b, LinePlace::Protocol);
                } else if SectionBuilder::starts_section(cx, b) {
                    self.state = State::TopSections;
                    self.top.feed(cx, b);
                } else {
                    self.preamble_paragraph(cx, b);
                }
            }
            State::Absentees => self.preamble_paragraph(cx, b),
            State::TopSections => self.top.feed(cx, b),
            State::Attendees => {
                if let Some(role) = self.pending_role.take() {
                    self.set_role(role, b.raw(&cx.lines).into_owned());
                } else {
                    self.protocol.attendees.push(b.raw(&cx.lines).into_owned());
                }
                cx.place(b, LinePlace::Protocol);
            }
            State::Agenda => self.agenda_line(cx, b),
            State::Heard => self.hear(cx, b),
            State::Decided
                if b.marker.is_none()
                    && (is_vote_label(&text) || in_vote && is_vote_count(&text)) =>
            {
                // A voting record is no directive: it joins the hearing.
                self.in_vote = true;
                self.need_speaker = false;
                self.hear(cx, b);
            }
            State::Decided => self.decided.feed(cx, b),
        }
    }

    fn preamble_paragraph(&mut self, cx: &mut Ctx<'_>, b: &Block) {
        let id = cx.paragraph_id();
        self.preamble.push(Paragraph {
            id,
            text: b.raw(&cx.lines).into_owned(),
        });
        cx.place(b, LinePlace::Preamble);
    }

    /// Chair, secretary and attendees labels.
    fn intro_label(&mut self, cx: &mut Ctx<'_>, b: &Block, text: &str) -> bool {
        let roles = [
            (Role::Chair, &CHAIR_WORDS[..]),
            (Role::Secretary, &SECRETARY_WORDS[..]),
        ];
        for (role, words) in roles {
            let label = role_label(text, words).or_else(|| role_name_label(text, words));
            if let Some(label) = label {
                cx.consume_marker(b);
                cx.consume(b, 0..label.end);
                cx.place(b, LinePlace::Protocol);
                let value = text[label.value..].to_owned();
                if value.is_empty() {
                    self.pending_role = Some(role);
                } else {
                    self.set_role(role, value);
                }
                return true;
            }
        }
        if absentees_label(text).is_some() {
            self.state = State::Absentees;
            self.preamble_paragraph(cx, b);
            return true;
        }
        if invited_label(text).is_some() {
            self.state = State::Attendees;
            self.protocol.attendees.push(b.raw(&cx.lines).into_owned());
            cx.place(b, LinePlace::Protocol);
            return true;
        }
        if let Some(n) = attendees_label(text) {
            cx.consume_marker(b);
            cx.consume(b, 0..n);
            cx.place(b, LinePlace::Protocol);
            self.state = State::Attendees;
            let rest = text[n..].trim_start();
            if !rest.is_empty() {
                self.protocol.attendees.push(rest.to_owned());
            }
            return true;
        }
        false
    }

    fn set_role(&mut self, role: Role, value: String) {
        let slot = match role {
            Role::Chair => &mut self.protocol.chair,
            Role::Secretary => &mut self.protocol.secretary,
        };
        if !slot.is_empty() {
            slot.push(' ');
        }
        slot.push_str(&value);
    }

    /// A numbered (or bulleted) line opens an agenda item; other lines are
    /// its reporter. In an unnumbered agenda a line opens an item when
    /// there is none yet, when the last one has its reporter, or when it
    /// reads like a title (`О …`, `Об …`). A reporter label is consumed,
    /// also inside a title (`1. Об итогах ГИА. Докладчик: Сидоров В.В.`).
    fn agenda_line(&mut self, cx: &mut Ctx<'_>, b: &Block) {
        if b.marker.is_some() {
            cx.consume_marker(b);
            cx.place(b, LinePlace::Protocol);
            let text = b.text(&cx.lines);
            let (title, reporter) = match inline_reporter(&text) {
                Some((at, label)) => {
                    cx.consume(b, at..label.end);
                    (text[..at].trim_end(), &text[label.value..])
                }
                None => (&text[..], ""),
            };
            let id = cx.agenda_item_id();
            self.protocol.agenda.push(AgendaItem {
                id,
                title: title.to_owned(),
                reporter: reporter.to_owned(),
                heard: Hearing::default(),
                decided: Vec::new(),
                source_number: b.number(&cx.lines),
            });
            return;
        }
        let raw = b.raw(&cx.lines);
        cx.place(b, LinePlace::Protocol);
        let label = reporter_label(&raw);
        let unnumbered = self
            .protocol
            .agenda
            .iter()
            .all(|a| a.source_number.is_none());
        match self.protocol.agenda.last_mut() {
            Some(item)
                if label.is_some()
                    || !(unnumbered && (!item.reporter.is_empty() || is_topic_title(&raw))) =>
            {
                let value = match label {
                    Some(label) => {
                        cx.consume(b, 0..label.end);
                        &raw[label.value..]
                    }
                    None => &raw[..],
                };
                if !item.reporter.is_empty() && !value.is_empty() {
                    item.reporter.push(' ');
                }
                item.reporter.push_str(value);
            }
            _ => {
                let id = cx.agenda_item_id();
                self.protocol.agenda.push(AgendaItem {
                    id,
                    title: raw.into_owned(),
                    reporter: String::new(),
                    heard: Hearing::default(),
                    decided: Vec::new(),
                    source_number: None,
                });
            }
        }
    }

    /// Speaker (a leading person name) and summary paragraphs.
    fn hear(&mut self, cx: &mut Ctx<'_>, b: &Block) {
        cx.place(b, LinePlace::Protocol);
        let Some(item) = self.current.and_then(|i| self.protocol.agenda.get_mut(i)) else {
            cx.unclassified(b);
            return;
        };
        let heard = &mut item.heard;
        let mut text = b.raw(&cx.lines).into_owned();
        if std::mem::take(&mut self.need_speaker) && b.marker.is_none() {
            if let Some(end) = leading_person_name(&text) {
                heard.speaker = text[..end].to_owned();
                let rest = &text[end..];
                let trimmed = rest.trim_start();
                let mut start = end + (rest.len() - trimmed.len());
                if let Some(sep) = trimmed
                    .chars()
                    .next()
                    .filter(|c| matches!(c, ',' | '-' | '–' | '—' | ':'))
                {
                    cx.consume(b, start..start + sep.len_utf8());
                    start += sep.len_utf8();
                }
                text = text[start..].trim_start().to_owned();
            }
        }
        if text.is_empty() {
            return;
        }
        if !heard.summary.is_empty() {
            heard.summary.push('\n');
        }
        heard.summary.push_str(&text);
    }

    /// The agenda item for the `k`-th hearing, created when missing.
    fn item(&mut self, cx: &mut Ctx<'_>, k: usize) -> usize {
        if self.protocol.agenda.len() <= k {
            let id = cx.agenda_item_id();
            self.protocol.agenda.push(AgendaItem {
                id,
                title: String::new(),
                reporter: String::new(),
                heard: Hearing::default(),
                decided: Vec::new(),
                source_number: None,
            });
        }
        k.min(self.protocol.agenda.len().saturating_sub(1))
    }

    fn flush_decided(&mut self) {
        let sections = std::mem::take(&mut self.decided).sections;
        if sections.is_empty() {
            return;
        }
        if let Some(item) = self.current.and_then(|i| self.protocol.agenda.get_mut(i)) {
            item.decided.extend(sections);
        }
    }
}
