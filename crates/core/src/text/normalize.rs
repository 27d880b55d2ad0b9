//! Comparing documents modulo ids and source numbering, as a round trip
//! through text cannot keep them.

use crate::ids::{AgendaItemId, DirectiveId, ParagraphId, SectionId};
use crate::model::{Directive, Document, Section};

/// A copy of `doc` with every id set to 0, `next_id` 0 and every
/// `source_number` cleared. Two documents that differ only in ids and
/// source numbering normalise to equal values.
pub fn normalized(doc: &Document) -> Document {
    let mut out = doc.clone();
    out.next_id = 0;
    for p in &mut out.preamble {
        p.id = ParagraphId(0);
    }
    out.sections.iter_mut().for_each(section);
    if let Some(protocol) = &mut out.protocol {
        for item in &mut protocol.agenda {
            item.id = AgendaItemId(0);
            item.source_number = None;
            item.decided.iter_mut().for_each(section);
        }
    }
    out
}

fn section(s: &mut Section) {
    s.id = SectionId(0);
    s.source_number = None;
    s.directives.iter_mut().for_each(directive);
}

fn directive(d: &mut Directive) {
    d.id = DirectiveId(0);
    d.source_number = None;
    d.items.iter_mut().for_each(directive);
}
