//! Import state shared by the header, body and protocol parsers: the
//! lines, where each input line went, what structure was consumed, and the
//! id allocator.

use std::ops::Range;

use super::block::Block;
use super::lines::Line;
use crate::ids::{AgendaItemId, DirectiveId, ParagraphId, SectionId};
use crate::model::Document;

/// Where an input line ended up in the imported model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinePlace {
    /// Blank (whitespace only).
    Blank,
    /// Only markdown markers (`**`), consumed.
    Markup,
    /// A header field (kind, number, organisation, meeting, topic, date,
    /// place, approval).
    Header,
    Preamble,
    /// An addressee line opening a directive section.
    Section,
    /// A directive or a sub-item of one.
    Directive,
    /// A protocol part: chair, secretary, attendees, agenda, СЛУШАЛИ,
    /// РЕШИЛИ labels and hearing text.
    Protocol,
    Signatory,
    /// Kept verbatim in `Document::unclassified`.
    Unclassified,
}

pub(crate) struct Ctx<'a> {
    pub lines: Vec<Line<'a>>,
    pub consumed: Vec<Range<usize>>,
    pub places: Vec<LinePlace>,
    pub unclassified: Vec<String>,
    /// Id allocator: an empty document, so [`Document::alloc`] stays O(1)
    /// while the parts are built outside it.
    pub ids: Document,
}

impl<'a> Ctx<'a> {
    pub fn place(&mut self, b: &Block, place: LinePlace) {
        for line in self.lines.get(b.lo..b.hi).unwrap_or_default() {
            if let Some(slot) = self.places.get_mut(line.idx) {
                *slot = place;
            }
        }
    }

    pub fn place_line(&mut self, line: usize, place: LinePlace) {
        if let Some(idx) = self.lines.get(line).map(|l| l.idx) {
            if let Some(slot) = self.places.get_mut(idx) {
                *slot = place;
            }
        }
    }

    pub fn consume_abs(&mut self, range: Range<usize>) {
        if !range.is_empty() {
            self.consumed.push(range);
        }
    }

    pub fn consume_marker(&mut self, b: &Block) {
        if let Some(r) = b.marker_range(&self.lines) {
            self.consume_abs(r);
        }
    }

    /// Consumes `range` of the block text (see [`Block::text`]).
    pub fn consume(&mut self, b: &Block, range: Range<usize>) {
        if let Some(r) = b.abs(&self.lines, range) {
            self.consume_abs(r);
        }
    }

    pub fn unclassified(&mut self, b: &Block) {
        let raw = b.raw(&self.lines).into_owned();
        self.unclassified.push(raw);
        self.place(b, LinePlace::Unclassified);
    }

    pub fn section_id(&mut self) -> SectionId {
        self.ids.new_section_id()
    }

    pub fn directive_id(&mut self) -> DirectiveId {
        self.ids.new_directive_id()
    }

    pub fn paragraph_id(&mut self) -> ParagraphId {
        self.ids.new_paragraph_id()
    }

    pub fn agenda_item_id(&mut self) -> AgendaItemId {
        self.ids.new_agenda_item_id()
    }
}
