//! Directive sections: an addressee line (`Управлению образования …:`,
//! `1. Руководителям ОО:`, run-in `Руководителям ОО обеспечить:`) followed
//! by directives — numbered, bulleted or plain paragraphs. A directive
//! ending with a colon (`принять меры по обеспечению:`) opens a sub-lead;
//! the following lines with a subordinate marker become its `items`.

use super::block::Block;
use super::ctx::{Ctx, LinePlace};
use super::marker::{is_subordinate, Close, MarkerKind};
use super::words::{addressee_split, first_word, is_infinitive, starts_upper};
use crate::model::{Directive, Section};

#[derive(Default)]
pub(crate) struct SectionBuilder {
    pub sections: Vec<Section>,
    /// `Some(marker of the lead)` while a sub-lead is open.
    lead: Option<Option<MarkerKind>>,
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
    /// (`1. Принять к сведению …`)?
    pub fn starts_section(cx: &Ctx<'_>, b: &Block) -> bool {
        let text = b.text(&cx.lines);
        if addressee_split(&text).is_some() {
            return true;
        }
        let numbered = matches!(
            b.marker.as_ref().map(|m| m.kind),
            Some(MarkerKind::Num { depth: 1, .. })
        );
        numbered && starts_upper(&text) && is_infinitive(first_word(&text))
    }

    pub fn feed(&mut self, cx: &mut Ctx<'_>, b: &Block) {
        let text = b.text(&cx.lines);
        let number = b.number(&cx.lines);
        let kind = b.marker.as_ref().map(|m| m.kind);
        if let Some(split) = addressee_split(&text) {
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
            self.lead = None;
            cx.place(b, LinePlace::Section);
            return;
        }
        cx.consume_marker(b);
        cx.place(b, LinePlace::Directive);
        if let Some(lead) = self.lead {
            if is_subordinate(kind, lead) {
                let parent = self
                    .sections
                    .last_mut()
                    .and_then(|s| s.directives.last_mut());
                if let Some(parent) = parent {
                    let id = cx.directive_id();
                    parent.items.push(Directive {
                        id,
                        text: text.into_owned(),
                        items: Vec::new(),
                        source_number: number,
                    });
                    return;
                }
            }
        }
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
            let id = cx.section_id();
            self.sections.push(Section {
                id,
                addressee: String::new(),
                lead: String::new(),
                directives: Vec::new(),
                source_number: section_number,
            });
        }
        self.lead = text.ends_with(':').then_some(kind);
        let id = cx.directive_id();
        if let Some(section) = self.sections.last_mut() {
            section.directives.push(Directive {
                id,
                text: text.into_owned(),
                items: Vec::new(),
                source_number: directive_number,
            });
        }
    }
}
