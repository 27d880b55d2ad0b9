//! Directive sections: an addressee line (`Управлению образования …:`,
//! `1. Руководителям ОО:`, run-in `Руководителям ОО обеспечить:`) followed
//! by directives — numbered, bulleted or plain paragraphs — or an
//! addressee in line with its one directive (`2. Управлению образования
//! организовать мониторинг.`). A directive
//! ending with a colon (`принять меры по обеспечению:`) opens a sub-lead;
//! the following lines with a subordinate marker become its `items`. An
//! item ending with a colon opens a sub-lead in turn, at any depth
//! (`1.1.1. обеспечить:` → `1.1.1.1. …`).

use super::block::Block;
use super::ctx::{Ctx, LinePlace};
use super::marker::{is_subordinate, Close, MarkerKind};
use super::words::{
    addressee_split, first_word, inline_addressee, is_infinitive, lower_addressee_split,
    starts_upper, AddresseeSplit,
};
use crate::model::{Directive, Section};

#[derive(Default)]
pub(crate) struct SectionBuilder {
    pub sections: Vec<Section>,
    /// Open sub-leads, outermost first: the last directive, then its last
    /// item, and so on, each ending with a colon.
    leads: Vec<Lead>,
    /// The last section is an addressee written in line with its
    /// directive, so a later numbered line at its depth may be one too.
    inline_last: bool,
}

/// A directive or sub-item ending with a colon, whose following lines
/// with a subordinate marker become its items.
#[derive(Clone, Copy)]
struct Lead {
    /// The lead's own marker (`None`: a plain paragraph).
    marker: Option<MarkerKind>,
    /// The marker of its first item, once it has one.
    items: Option<MarkerKind>,
}

/// An addressee line: capitalised, or in lower case when numbered at the
/// top level (`2. руководителям ОО:`).
fn any_addressee_split(b: &Block, text: &str) -> Option<AddresseeSplit> {
    addressee_split(text).or_else(|| {
        if top_numbered(b) {
            lower_addressee_split(text)
        } else {
            None
        }
    })
}

/// Is `b` numbered at the top level (`2.`, `2)`)?
fn top_numbered(b: &Block) -> bool {
    matches!(
        b.marker.as_ref().map(|m| m.kind),
        Some(MarkerKind::Num { depth: 1, .. })
    )
}

fn close_of(number: &str) -> Close {
    if number.ends_with(')') {
        Close::Paren
    } else {
        Close::Dot
    }
}

impl SectionBuilder {
    /// Does `b` open the first directive section after the preamble: an
    /// addressee line, or a numbered line opening with an infinitive
    /// (`1. Принять к сведению …`) or with an addressee in line with its
    /// directive (`2. Руководителям ОО обеспечить …`)?
    pub fn starts_section(cx: &Ctx<'_>, b: &Block) -> bool {
        let text = b.text(&cx.lines);
        if any_addressee_split(b, &text).is_some() {
            return true;
        }
        top_numbered(b)
            && (starts_upper(&text) && is_infinitive(first_word(&text))
                || inline_addressee(&text).is_some())
    }

    pub fn feed(&mut self, cx: &mut Ctx<'_>, b: &Block) {
        let text = b.text(&cx.lines);
        let number = b.number(&cx.lines);
        let kind = b.marker.as_ref().map(|m| m.kind);
        if let Some(split) = any_addressee_split(b, &text) {
            cx.consume_marker(b);
            cx.consume(b, split.colon..split.colon + 1);
            let id = cx.section_id();
            self.sections.push(Section {
                id,
                addressee: text[..split.addressee_end].to_owned(),
                lead: split
                    .lead
                    .map(|(a, z)| text[a..z].to_owned())
                    .unwrap_or_default(),
                directives: Vec::new(),
                source_number: number,
            });
            self.leads.clear();
            self.inline_last = false;
            cx.place(b, LinePlace::Section);
            return;
        }
        if self.takes_inline_addressee(b) {
            if let Some((addressee_end, verb)) = inline_addressee(&text) {
                cx.consume_marker(b);
                cx.place(b, LinePlace::Section);
                let id = cx.section_id();
                self.sections.push(Section {
                    id,
                    addressee: text[..addressee_end].to_owned(),
                    lead: String::new(),
                    directives: Vec::new(),
                    source_number: number,
                });
                self.push_directive(cx, None, text[verb..].to_owned(), None);
                self.inline_last = true;
                return;
            }
        }
        cx.consume_marker(b);
        cx.place(b, LinePlace::Directive);
        if let Err((text, number)) = self.push_item(cx, kind, text.into_owned(), number) {
            self.push_directive(cx, kind, text, number);
        }
    }

    /// May `b` be an addressee in line with its directive? At the top
    /// level (`2. Руководителям ОО обеспечить …`), and one level down
    /// where no addressee line is above it: protocols number their
    /// decisions `1.1.`, `1.2.` under each agenda item.
    fn takes_inline_addressee(&self, b: &Block) -> bool {
        let second = matches!(
            b.marker.as_ref().map(|m| m.kind),
            Some(MarkerKind::Num { depth: 2, .. })
        );
        top_numbered(b)
            || second
                && (self.inline_last || self.sections.last().is_none_or(|s| s.addressee.is_empty()))
    }

    /// Adds a directive, opening a section without addressee before it
    /// when there is none yet or when it is a top-level number with a
    /// capital (`2. Информацию … принять к сведению.`).
    fn push_directive(
        &mut self,
        cx: &mut Ctx<'_>,
        kind: Option<MarkerKind>,
        text: String,
        number: Option<String>,
    ) {
        let new_numbered = match kind {
            Some(MarkerKind::Num { depth: 1, close }) => {
                starts_upper(&text)
                    && self.sections.last().is_none_or(|s| {
                        s.source_number
                            .as_deref()
                            .is_some_and(|n| close_of(n) == close)
                    })
            }
            _ => false,
        };
        let (section_number, directive_number) = if new_numbered {
            (number, None)
        } else {
            (None, number)
        };
        if new_numbered || self.sections.is_empty() {
            self.inline_last = false;
            let id = cx.section_id();
            self.sections.push(Section {
                id,
                addressee: String::new(),
                lead: String::new(),
                directives: Vec::new(),
                source_number: section_number,
            });
        }
        self.leads.clear();
        if text.ends_with(':') {
            self.leads.push(Lead {
                marker: kind,
                items: None,
            });
        }
        let id = cx.directive_id();
        if let Some(section) = self.sections.last_mut() {
            section.directives.push(Directive {
                id,
                text,
                items: Vec::new(),
                source_number: directive_number,
            });
        }
    }

    /// Adds a line with marker `kind` as an item of an open sub-lead, if it
    /// belongs under one; gives text and number back when it does not.
    fn push_item(
        &mut self,
        cx: &mut Ctx<'_>,
        kind: Option<MarkerKind>,
        text: String,
        number: Option<String>,
    ) -> Result<(), (String, Option<String>)> {
        let Some(level) = self.item_level(kind) else {
            return Err((text, number));
        };
        let opens_lead = text.ends_with(':');
        let Some(parent) = self.lead_at(level) else {
            return Err((text, number));
        };
        let id = cx.directive_id();
        parent.items.push(Directive {
            id,
            text,
            items: Vec::new(),
            source_number: number,
        });
        self.leads.truncate(level + 1);
        if let Some(lead) = self.leads.get_mut(level) {
            lead.items = lead.items.or(kind);
        }
        if opens_lead {
            self.leads.push(Lead {
                marker: kind,
                items: None,
            });
        }
        Ok(())
    }

    /// The level of the open sub-lead that takes a line with marker `kind`
    /// as its item: the deepest one whose items have that marker, the one
    /// above a lead with that marker (none above a directive), or else the
    /// deepest lead when the marker is subordinate to its own.
    fn item_level(&self, kind: Option<MarkerKind>) -> Option<usize> {
        for (level, lead) in self.leads.iter().enumerate().rev() {
            if kind.is_some() && lead.items == kind {
                return Some(level);
            }
            if lead.marker == kind {
                return level.checked_sub(1);
            }
        }
        let deepest = self.leads.len().checked_sub(1)?;
        let lead = self.leads.get(deepest)?;
        is_subordinate(kind, lead.marker).then_some(deepest)
    }

    /// The open sub-lead at `level`: the last directive of the last
    /// section, then its last item `level` times.
    fn lead_at(&mut self, level: usize) -> Option<&mut Directive> {
        let mut lead = self.sections.last_mut()?.directives.last_mut()?;
        for _ in 0..level {
            lead = lead.items.last_mut()?;
        }
        Some(lead)
    }
}
