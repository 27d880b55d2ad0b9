//! Edit operations and the names of editable fields.

use crate::ids::{AgendaItemId, CommentId, DirectiveId, ParagraphId, SectionId};
use crate::model::{CommentTarget, Document, Kind};

/// A text field of the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeaderField {
    Number,
    Organization,
    Meeting,
    Topic,
    AdoptedOn,
    Place,
    Approval,
}

/// A text field of the protocol part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProtocolField {
    Chair,
    Secretary,
}

/// A text field of an agenda item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgendaField {
    Title,
    Reporter,
    /// СЛУШАЛИ: who spoke.
    Speaker,
    /// СЛУШАЛИ: what was said.
    Summary,
}

/// A text field of a signatory line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SignatoryField {
    Role,
    Name,
}

/// Where a list of directive sections lives: the document body or the
/// РЕШИЛИ part of one agenda item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionList {
    Body,
    Agenda(AgendaItemId),
}

/// One editable text field of a document. Used to group typing into one undo
/// step, to focus fields from diagnostics and to focus newly created nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldRef {
    Kind,
    Header(HeaderField),
    Paragraph(ParagraphId),
    Addressee(SectionId),
    Lead(SectionId),
    Directive(DirectiveId),
    Protocol(ProtocolField),
    Attendee(usize),
    Agenda(AgendaItemId, AgendaField),
    Signatory(usize, SignatoryField),
}

/// One change to a document. Nodes are addressed by id; list positions are
/// indices that are clamped to the list length on insert and move.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    SetKind(Option<Kind>),
    SetHeaderField {
        field: HeaderField,
        value: String,
    },

    InsertParagraph {
        index: usize,
        text: String,
    },
    SetParagraphText {
        paragraph: ParagraphId,
        text: String,
    },
    DeleteParagraph {
        paragraph: ParagraphId,
    },
    MoveParagraph {
        paragraph: ParagraphId,
        to_index: usize,
    },

    InsertSection {
        list: SectionList,
        index: usize,
    },
    SetAddressee {
        section: SectionId,
        text: String,
    },
    SetSectionLead {
        section: SectionId,
        text: String,
    },
    DeleteSection {
        section: SectionId,
    },
    /// Move a section within its own list.
    MoveSection {
        section: SectionId,
        to_index: usize,
    },
    /// Move a section next to another one, into the anchor's list: the drop
    /// of a drag and drop.
    MoveSectionBeside {
        section: SectionId,
        anchor: SectionId,
        after: bool,
    },
    /// Insert a deep copy (fresh ids) right after the original.
    DuplicateSection {
        section: SectionId,
    },

    /// Insert an empty top-level directive into a section.
    InsertDirective {
        section: SectionId,
        index: usize,
    },
    /// Insert an empty sub-item into a directive.
    InsertItem {
        parent: DirectiveId,
        index: usize,
    },
    /// Set the text of a directive or of a sub-item.
    SetDirectiveText {
        directive: DirectiveId,
        text: String,
    },
    DeleteDirective {
        directive: DirectiveId,
    },
    /// Move a top-level directive to a position in a section (the same or
    /// another one). `to_index` counts positions after the directive has been
    /// taken out.
    MoveDirective {
        directive: DirectiveId,
        to_section: SectionId,
        to_index: usize,
    },
    /// Move a directive (or sub-item) next to another one, into the anchor's
    /// list: the drop of a drag and drop.
    MoveDirectiveBeside {
        directive: DirectiveId,
        anchor: DirectiveId,
        after: bool,
    },
    /// Insert a deep copy (fresh ids) right after the original.
    DuplicateDirective {
        directive: DirectiveId,
    },

    SetProtocolField {
        field: ProtocolField,
        value: String,
    },
    InsertAttendee {
        index: usize,
        text: String,
    },
    SetAttendee {
        index: usize,
        text: String,
    },
    DeleteAttendee {
        index: usize,
    },
    InsertAgendaItem {
        index: usize,
    },
    SetAgendaField {
        item: AgendaItemId,
        field: AgendaField,
        value: String,
    },
    DeleteAgendaItem {
        item: AgendaItemId,
    },
    MoveAgendaItem {
        item: AgendaItemId,
        to_index: usize,
    },

    InsertSignatory {
        index: usize,
    },
    SetSignatoryField {
        index: usize,
        field: SignatoryField,
        value: String,
    },
    DeleteSignatory {
        index: usize,
    },

    /// Forget the numbering kept from imported text, so the automatic
    /// numbering applies everywhere.
    ClearSourceNumbers,
    /// Drop the lines the importer could not place.
    ClearUnclassified,
    /// Replace the whole document (open a file, a template, an import).
    ReplaceDocument(Box<Document>),

    /// Attach a review comment by `author` to `target`, written at `at_ms`
    /// (milliseconds since the Unix epoch). The comment gets the next free id.
    AddComment {
        target: CommentTarget,
        author: String,
        text: String,
        at_ms: u64,
    },
    /// Mark a review comment resolved (or open again).
    SetCommentResolved {
        id: CommentId,
        resolved: bool,
    },
    RemoveComment {
        id: CommentId,
    },
}

impl Edit {
    /// The text field this edit types into, if it is a plain text change.
    /// Consecutive text edits of the same field are merged into one undo step.
    pub fn text_field(&self) -> Option<FieldRef> {
        match self {
            Edit::SetHeaderField { field, .. } => Some(FieldRef::Header(*field)),
            Edit::SetParagraphText { paragraph, .. } => Some(FieldRef::Paragraph(*paragraph)),
            Edit::SetAddressee { section, .. } => Some(FieldRef::Addressee(*section)),
            Edit::SetSectionLead { section, .. } => Some(FieldRef::Lead(*section)),
            Edit::SetDirectiveText { directive, .. } => Some(FieldRef::Directive(*directive)),
            Edit::SetProtocolField { field, .. } => Some(FieldRef::Protocol(*field)),
            Edit::SetAttendee { index, .. } => Some(FieldRef::Attendee(*index)),
            Edit::SetAgendaField { item, field, .. } => Some(FieldRef::Agenda(*item, *field)),
            Edit::SetSignatoryField { index, field, .. } => {
                Some(FieldRef::Signatory(*index, *field))
            }
            _ => None,
        }
    }
}
