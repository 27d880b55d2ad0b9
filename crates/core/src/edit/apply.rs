//! Applying one [`Edit`] to a document in place.

use thiserror::Error;

use crate::edit::ops::{
    AgendaField, Edit, FieldRef, HeaderField, ProtocolField, SectionList, SignatoryField,
};
use crate::ids::{AgendaItemId, DirectiveId, ParagraphId, SectionId};
use crate::library::comments::{self, CommentError};
use crate::model::{AgendaItem, Directive, Document, Paragraph, Protocol, Section, Signatory};

/// Why an edit could not be applied. The document is left unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EditError {
    #[error("no section with id {0}")]
    SectionNotFound(SectionId),
    #[error("no directive with id {0}")]
    DirectiveNotFound(DirectiveId),
    #[error("no paragraph with id {0}")]
    ParagraphNotFound(ParagraphId),
    #[error("no agenda item with id {0}")]
    AgendaItemNotFound(AgendaItemId),
    #[error("no {what} at position {index} (there are {len})")]
    IndexOutOfRange {
        what: &'static str,
        index: usize,
        len: usize,
    },
    #[error(transparent)]
    Comment(#[from] CommentError),
}

/// Apply one edit. Returns the field a new node should be focused at, if the
/// edit created one.
pub(crate) fn apply_edit(doc: &mut Document, edit: Edit) -> Result<Option<FieldRef>, EditError> {
    match edit {
        Edit::SetKind(kind) => {
            doc.header.kind = kind;
            Ok(None)
        }
        Edit::SetHeaderField { field, value } => {
            *header_field(doc, field) = value;
            Ok(None)
        }
        Edit::InsertParagraph { index, text } => {
            let id = doc.new_paragraph_id();
            let at = index.min(doc.preamble.len());
            doc.preamble.insert(at, Paragraph { id, text });
            Ok(Some(FieldRef::Paragraph(id)))
        }
        Edit::SetParagraphText { paragraph, text } => {
            let p = doc
                .preamble
                .iter_mut()
                .find(|p| p.id == paragraph)
                .ok_or(EditError::ParagraphNotFound(paragraph))?;
            p.text = text;
            Ok(None)
        }
        Edit::DeleteParagraph { paragraph } => {
            let at = paragraph_index(doc, paragraph)?;
            doc.preamble.remove(at);
            Ok(None)
        }
        Edit::MoveParagraph {
            paragraph,
            to_index,
        } => {
            let at = paragraph_index(doc, paragraph)?;
            move_within(&mut doc.preamble, at, to_index);
            Ok(None)
        }
        Edit::InsertSection { list, index } => {
            let section = Section {
                id: doc.new_section_id(),
                addressee: String::new(),
                lead: String::new(),
                directives: vec![empty_directive(doc.new_directive_id())],
                source_number: None,
            };
            let focus = FieldRef::Addressee(section.id);
            let sections = section_list_mut(doc, list)?;
            let at = index.min(sections.len());
            sections.insert(at, section);
            Ok(Some(focus))
        }
        Edit::SetAddressee { section, text } => {
            section_mut(doc, section)?.addressee = text;
            Ok(None)
        }
        Edit::SetSectionLead { section, text } => {
            section_mut(doc, section)?.lead = text;
            Ok(None)
        }
        Edit::DeleteSection { section } => {
            let (list, at) = list_of_section(doc, section)?;
            list.remove(at);
            Ok(None)
        }
        Edit::MoveSection { section, to_index } => {
            let (list, at) = list_of_section(doc, section)?;
            move_within(list, at, to_index);
            Ok(None)
        }
        Edit::MoveSectionBeside {
            section,
            anchor,
            after,
        } => {
            move_beside(doc, section, anchor, after, list_of_section)?;
            Ok(None)
        }
        Edit::DuplicateSection { section } => {
            let mut copy = section_mut(doc, section)?.clone();
            copy.id = doc.new_section_id();
            let mut fresh = FreshIds::after_alloc(doc);
            for d in &mut copy.directives {
                fresh.reassign(d);
            }
            fresh.finish(doc);
            let focus = FieldRef::Addressee(copy.id);
            let (list, at) = list_of_section(doc, section)?;
            list.insert(at + 1, copy);
            Ok(Some(focus))
        }
        Edit::InsertDirective { section, index } => {
            let id = doc.new_directive_id();
            let directives = &mut section_mut(doc, section)?.directives;
            let at = index.min(directives.len());
            directives.insert(at, empty_directive(id));
            Ok(Some(FieldRef::Directive(id)))
        }
        Edit::InsertItem { parent, index } => {
            let id = doc.new_directive_id();
            let (list, at) = list_of_directive(doc, parent)?;
            let parent = list
                .get_mut(at)
                .ok_or(EditError::DirectiveNotFound(parent))?;
            let at = index.min(parent.items.len());
            parent.items.insert(at, empty_directive(id));
            Ok(Some(FieldRef::Directive(id)))
        }
        Edit::SetDirectiveText { directive, text } => {
            let (list, at) = list_of_directive(doc, directive)?;
            if let Some(d) = list.get_mut(at) {
                d.text = text;
            }
            Ok(None)
        }
        Edit::DeleteDirective { directive } => {
            let (list, at) = list_of_directive(doc, directive)?;
            list.remove(at);
            Ok(None)
        }
        Edit::MoveDirective {
            directive,
            to_section,
            to_index,
        } => {
            section_mut(doc, to_section)?;
            let (list, at) = list_of_directive(doc, directive)?;
            let moved = list.remove(at);
            let target = &mut section_mut(doc, to_section)?.directives;
            let at = to_index.min(target.len());
            target.insert(at, moved);
            Ok(None)
        }
        Edit::MoveDirectiveBeside {
            directive,
            anchor,
            after,
        } => {
            move_beside(doc, directive, anchor, after, list_of_directive)?;
            Ok(None)
        }
        Edit::DuplicateDirective { directive } => {
            let (list, at) = list_of_directive(doc, directive)?;
            let mut copy = list
                .get(at)
                .cloned()
                .ok_or(EditError::DirectiveNotFound(directive))?;
            let mut fresh = FreshIds::new(doc);
            fresh.reassign(&mut copy);
            fresh.finish(doc);
            let focus = FieldRef::Directive(copy.id);
            let (list, at) = list_of_directive(doc, directive)?;
            list.insert(at + 1, copy);
            Ok(Some(focus))
        }
        Edit::SetProtocolField { field, value } => {
            let protocol = protocol_mut(doc);
            match field {
                ProtocolField::Chair => protocol.chair = value,
                ProtocolField::Secretary => protocol.secretary = value,
            }
            Ok(None)
        }
        Edit::InsertAttendee { index, text } => {
            let attendees = &mut protocol_mut(doc).attendees;
            let at = index.min(attendees.len());
            attendees.insert(at, text);
            Ok(Some(FieldRef::Attendee(at)))
        }
        Edit::SetAttendee { index, text } => {
            let attendees = &mut protocol_mut(doc).attendees;
            let len = attendees.len();
            let slot = attendees.get_mut(index).ok_or(EditError::IndexOutOfRange {
                what: "attendee",
                index,
                len,
            })?;
            *slot = text;
            Ok(None)
        }
        Edit::DeleteAttendee { index } => {
            let attendees = &mut protocol_mut(doc).attendees;
            check_index("attendee", index, attendees.len())?;
            attendees.remove(index);
            Ok(None)
        }
        Edit::InsertAgendaItem { index } => {
            let item = AgendaItem {
                id: doc.new_agenda_item_id(),
                title: String::new(),
                reporter: String::new(),
                heard: Default::default(),
                decided: Vec::new(),
                source_number: None,
            };
            let focus = FieldRef::Agenda(item.id, AgendaField::Title);
            let agenda = &mut protocol_mut(doc).agenda;
            let at = index.min(agenda.len());
            agenda.insert(at, item);
            Ok(Some(focus))
        }
        Edit::SetAgendaField { item, field, value } => {
            let agenda_item = agenda_item_mut(doc, item)?;
            match field {
                AgendaField::Title => agenda_item.title = value,
                AgendaField::Reporter => agenda_item.reporter = value,
                AgendaField::Speaker => agenda_item.heard.speaker = value,
                AgendaField::Summary => agenda_item.heard.summary = value,
            }
            Ok(None)
        }
        Edit::DeleteAgendaItem { item } => {
            let at = agenda_index(doc, item)?;
            protocol_mut(doc).agenda.remove(at);
            Ok(None)
        }
        Edit::MoveAgendaItem { item, to_index } => {
            let at = agenda_index(doc, item)?;
            move_within(&mut protocol_mut(doc).agenda, at, to_index);
            Ok(None)
        }
        Edit::InsertSignatory { index } => {
            let at = index.min(doc.signatories.len());
            doc.signatories.insert(at, Signatory::default());
            Ok(Some(FieldRef::Signatory(at, SignatoryField::Role)))
        }
        Edit::SetSignatoryField {
            index,
            field,
            value,
        } => {
            let len = doc.signatories.len();
            let signatory = doc
                .signatories
                .get_mut(index)
                .ok_or(EditError::IndexOutOfRange {
                    what: "signatory",
                    index,
                    len,
                })?;
            match field {
                SignatoryField::Role => signatory.role = value,
                SignatoryField::Name => signatory.name = value,
            }
            Ok(None)
        }
        Edit::DeleteSignatory { index } => {
            check_index("signatory", index, doc.signatories.len())?;
            doc.signatories.remove(index);
            Ok(None)
        }
        Edit::ClearSourceNumbers => {
            for_each_section(doc, |s| {
                s.source_number = None;
                s.directives.iter_mut().for_each(clear_directive_number);
            });
            if let Some(p) = doc.protocol.as_mut() {
                p.agenda.iter_mut().for_each(|a| a.source_number = None);
            }
            Ok(None)
        }
        Edit::ClearUnclassified => {
            doc.unclassified.clear();
            Ok(None)
        }
        Edit::ReplaceDocument(new_doc) => {
            *doc = *new_doc;
            Ok(None)
        }
        Edit::AddComment {
            target,
            author,
            text,
            at_ms,
        } => {
            comments::add_comment(doc, target, &author, &text, at_ms)?;
            Ok(None)
        }
        Edit::SetCommentResolved { id, resolved } => {
            comments::set_resolved(doc, id, resolved)?;
            Ok(None)
        }
        Edit::RemoveComment { id } => {
            comments::remove_comment(doc, id)?;
            Ok(None)
        }
    }
}

fn header_field(doc: &mut Document, field: HeaderField) -> &mut String {
    let h = &mut doc.header;
    match field {
        HeaderField::Number => &mut h.number,
        HeaderField::Organization => &mut h.organization,
        HeaderField::Meeting => &mut h.meeting,
        HeaderField::Topic => &mut h.topic,
        HeaderField::AdoptedOn => &mut h.adopted_on,
        HeaderField::Place => &mut h.place,
        HeaderField::Approval => &mut h.approval,
    }
}

fn empty_directive(id: DirectiveId) -> Directive {
    Directive {
        id,
        text: String::new(),
        items: Vec::new(),
        source_number: None,
    }
}

fn check_index(what: &'static str, index: usize, len: usize) -> Result<(), EditError> {
    if index < len {
        Ok(())
    } else {
        Err(EditError::IndexOutOfRange { what, index, len })
    }
}

/// Move the element at `from` so that it ends up at `to` (clamped).
fn move_within<T>(list: &mut Vec<T>, from: usize, to: usize) {
    if from >= list.len() {
        return;
    }
    let item = list.remove(from);
    let to = to.min(list.len());
    list.insert(to, item);
}

fn protocol_mut(doc: &mut Document) -> &mut Protocol {
    doc.protocol.get_or_insert_with(Protocol::default)
}

fn paragraph_index(doc: &Document, id: ParagraphId) -> Result<usize, EditError> {
    doc.preamble
        .iter()
        .position(|p| p.id == id)
        .ok_or(EditError::ParagraphNotFound(id))
}

fn agenda_index(doc: &Document, id: AgendaItemId) -> Result<usize, EditError> {
    doc.protocol
        .as_ref()
        .and_then(|p| p.agenda.iter().position(|a| a.id == id))
        .ok_or(EditError::AgendaItemNotFound(id))
}

fn agenda_item_mut(doc: &mut Document, id: AgendaItemId) -> Result<&mut AgendaItem, EditError> {
    doc.protocol
        .as_mut()
        .and_then(|p| p.agenda.iter_mut().find(|a| a.id == id))
        .ok_or(EditError::AgendaItemNotFound(id))
}

fn section_list_mut(doc: &mut Document, list: SectionList) -> Result<&mut Vec<Section>, EditError> {
    match list {
        SectionList::Body => Ok(&mut doc.sections),
        SectionList::Agenda(item) => Ok(&mut agenda_item_mut(doc, item)?.decided),
    }
}

/// Every list of sections: the body, then each agenda item's РЕШИЛИ.
fn section_lists_mut(doc: &mut Document) -> impl Iterator<Item = &mut Vec<Section>> {
    std::iter::once(&mut doc.sections).chain(
        doc.protocol
            .iter_mut()
            .flat_map(|p| p.agenda.iter_mut().map(|a| &mut a.decided)),
    )
}

fn for_each_section(doc: &mut Document, f: impl FnMut(&mut Section)) {
    section_lists_mut(doc)
        .flat_map(|l| l.iter_mut())
        .for_each(f);
}

fn section_mut(doc: &mut Document, id: SectionId) -> Result<&mut Section, EditError> {
    section_lists_mut(doc)
        .flat_map(|l| l.iter_mut())
        .find(|s| s.id == id)
        .ok_or(EditError::SectionNotFound(id))
}

/// Finds the list holding node `Id` and its position there.
type ListOf<Id, T> = fn(&mut Document, Id) -> Result<(&mut Vec<T>, usize), EditError>;

/// Moves node `id` out of its list to just before or after `anchor`,
/// wherever both are; on an error the document is left as it was.
fn move_beside<Id: PartialEq, T>(
    doc: &mut Document,
    id: Id,
    anchor: Id,
    after: bool,
    list_of: ListOf<Id, T>,
) -> Result<(), EditError> {
    if id == anchor {
        return Ok(());
    }
    let mut scratch = doc.clone();
    let (list, at) = list_of(&mut scratch, id)?;
    let moved = list.remove(at);
    let (list, at) = list_of(&mut scratch, anchor)?;
    list.insert(if after { at + 1 } else { at }, moved);
    *doc = scratch;
    Ok(())
}

fn list_of_section(
    doc: &mut Document,
    id: SectionId,
) -> Result<(&mut Vec<Section>, usize), EditError> {
    section_lists_mut(doc)
        .find_map(|list| {
            let at = list.iter().position(|s| s.id == id)?;
            Some((list, at))
        })
        .ok_or(EditError::SectionNotFound(id))
}

/// The list holding a directive (a section's directives or a directive's
/// items) and its position there.
fn list_of_directive(
    doc: &mut Document,
    id: DirectiveId,
) -> Result<(&mut Vec<Directive>, usize), EditError> {
    section_lists_mut(doc)
        .flat_map(|l| l.iter_mut())
        .find_map(|s| find_in_directives(&mut s.directives, id))
        .ok_or(EditError::DirectiveNotFound(id))
}

fn find_in_directives(
    list: &mut Vec<Directive>,
    id: DirectiveId,
) -> Option<(&mut Vec<Directive>, usize)> {
    if let Some(at) = list.iter().position(|d| d.id == id) {
        return Some((list, at));
    }
    list.iter_mut()
        .find_map(|d| find_in_directives(&mut d.items, id))
}

/// Fresh ids for the nodes of a detached copy, handed out while the
/// document itself does not change: the same ids as one
/// [`Document::alloc`] per node, without a walk of the whole document for
/// each (duplicating a section of 5,000 directives took 70 ms).
struct FreshIds {
    next: u32,
}

impl FreshIds {
    /// Starts with one `alloc`, which brings `next_id` past every id in use.
    fn new(doc: &mut Document) -> Self {
        let first = doc.alloc();
        FreshIds { next: first }
    }

    /// Goes on after an `alloc` just made on the unchanged `doc`.
    fn after_alloc(doc: &Document) -> Self {
        FreshIds { next: doc.next_id }
    }

    fn next(&mut self) -> u32 {
        let id = self.next;
        self.next = id + 1;
        id
    }

    fn reassign(&mut self, d: &mut Directive) {
        d.id = DirectiveId(self.next());
        for item in &mut d.items {
            self.reassign(item);
        }
    }

    /// Records the ids handed out, as the `alloc`s would have.
    fn finish(self, doc: &mut Document) {
        doc.next_id = doc.next_id.max(self.next);
    }
}

fn clear_directive_number(d: &mut Directive) {
    d.source_number = None;
    d.items.iter_mut().for_each(clear_directive_number);
}
