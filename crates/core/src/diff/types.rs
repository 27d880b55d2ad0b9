//! The result of comparing two documents. Plain serialisable data: the UI
//! and the command line render it, nothing here refers back to a document.

use serde::Serialize;

use crate::ids::{AgendaItemId, DirectiveId, ParagraphId, SectionId};
use crate::model::Signatory;

/// One piece of a word-level diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WordKind {
    Equal,
    Insert,
    Delete,
}

/// A run of tokens (words, spaces, punctuation) with the same fate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordChange {
    pub kind: WordKind,
    pub text: String,
}

/// A changed text: both versions and the word-level script between them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextChange {
    pub old: String,
    pub new: String,
    pub words: Vec<WordChange>,
}

/// How nodes of the two documents were paired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchMode {
    /// By stable ids (two versions of one document), with content matching
    /// only for nodes whose id is missing on the other side.
    Ids,
    /// By content: the ids of the two documents do not correspond (for
    /// example both were imported from text separately).
    Content,
}

/// Why a matched node counts as moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Move {
    /// Same container (section, parent directive, list), but its position is
    /// not explained by insertions and deletions around it: it is off the
    /// longest common subsequence of the matched nodes.
    Reordered,
    /// Now in another container: another section, another parent directive,
    /// another agenda item.
    Relocated,
}

/// One node's fate. `P` says where a node is, `C` what an added or removed
/// node holds, `D` what changed in a node present in both documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change<P, C, D> {
    Added {
        new: P,
        content: C,
    },
    Removed {
        old: P,
        content: C,
    },
    /// Present in both; moved, changed or both (unchanged nodes are not
    /// listed).
    Modified {
        old: P,
        new: P,
        moved: Option<Move>,
        details: D,
    },
}

impl<P, C, D> Change<P, C, D> {
    pub fn is_added(&self) -> bool {
        matches!(self, Change::Added { .. })
    }

    pub fn is_removed(&self) -> bool {
        matches!(self, Change::Removed { .. })
    }

    pub fn moved(&self) -> Option<Move> {
        match self {
            Change::Modified { moved, .. } => *moved,
            _ => None,
        }
    }

    pub fn details(&self) -> Option<&D> {
        match self {
            Change::Modified { details, .. } => Some(details),
            _ => None,
        }
    }
}

/// Changes inside a node that has one text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TextDetails {
    pub text: Option<TextChange>,
}

/// Where a preamble paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ParagraphPlace {
    pub id: ParagraphId,
    /// 0-based position in the preamble.
    pub index: usize,
}

/// The position of an entry in an id-less list (attendees, signatories,
/// unclassified lines).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LinePlace {
    pub index: usize,
}

/// The list a directive section belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "in", rename_all = "snake_case")]
pub enum SectionOwner {
    /// The document's own sections.
    Document,
    /// РЕШИЛИ of a protocol agenda item (`index` is 0-based).
    Agenda { id: AgendaItemId, index: usize },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SectionPlace {
    pub id: SectionId,
    pub owner: SectionOwner,
    /// 0-based position among the owner's sections.
    pub index: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DirectivePlace {
    pub id: DirectiveId,
    pub section: SectionPlace,
    /// The directive this one is a sub-item of, if any.
    pub parent: Option<DirectiveId>,
    /// 0-based positions from the section down: `[1, 0]` is the first item
    /// of the second directive, shown as `2.1` after the section number.
    pub path: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionContent {
    pub addressee: String,
    pub lead: String,
    /// Directives at all levels.
    pub directives: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SectionDetails {
    pub addressee: Option<TextChange>,
    pub lead: Option<TextChange>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AgendaPlace {
    pub id: AgendaItemId,
    pub index: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AgendaDetails {
    pub title: Option<TextChange>,
    pub reporter: Option<TextChange>,
    /// СЛУШАЛИ: speaker.
    pub speaker: Option<TextChange>,
    /// СЛУШАЛИ: what was said.
    pub summary: Option<TextChange>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SignatoryDetails {
    pub role: Option<TextChange>,
    pub name: Option<TextChange>,
}

pub type ParagraphChange = Change<ParagraphPlace, String, TextDetails>;
pub type SectionChange = Change<SectionPlace, SectionContent, SectionDetails>;
pub type DirectiveChange = Change<DirectivePlace, String, TextDetails>;
pub type AgendaChange = Change<AgendaPlace, String, AgendaDetails>;
pub type LineChange = Change<LinePlace, String, TextDetails>;
pub type SignatoryChange = Change<LinePlace, Signatory, SignatoryDetails>;

/// A header field: the same names as the validator's locations.
pub use crate::validate::HeaderField;

/// A changed header field. `kind` is compared by its Russian title; an
/// absent kind is the empty string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: HeaderField,
    pub old: String,
    pub new: String,
    pub words: Vec<WordChange>,
}

/// Whether the document has a protocol part on one side only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Added,
    Removed,
}

/// Protocol-only parts. РЕШИЛИ sections and their directives are reported
/// with the other sections and directives ([`SectionOwner::Agenda`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ProtocolDiff {
    pub presence: Option<Presence>,
    pub chair: Option<TextChange>,
    pub secretary: Option<TextChange>,
    pub attendees: Vec<LineChange>,
    pub agenda: Vec<AgendaChange>,
}

/// How many nodes were added, removed, moved and changed. A node that moved
/// and changed counts in both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub added: usize,
    pub removed: usize,
    pub moved: usize,
    pub changed: usize,
}

impl Counts {
    pub fn is_empty(&self) -> bool {
        *self == Counts::default()
    }

    pub fn total(&self) -> usize {
        self.added + self.removed + self.moved + self.changed
    }

    pub(crate) fn add(&mut self, other: Counts) {
        self.added += other.added;
        self.removed += other.removed;
        self.moved += other.moved;
        self.changed += other.changed;
    }
}

/// Counts per part of the document and in total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub header: Counts,
    pub preamble: Counts,
    pub sections: Counts,
    pub directives: Counts,
    /// Chair, secretary, attendees, agenda items and the protocol itself.
    pub protocol: Counts,
    pub signatories: Counts,
    pub unclassified: Counts,
    pub total: Counts,
}

/// Everything that differs between two documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentDiff {
    pub matching: MatchMode,
    pub header: Vec<FieldChange>,
    pub preamble: Vec<ParagraphChange>,
    /// Document sections and РЕШИЛИ sections of agenda items.
    pub sections: Vec<SectionChange>,
    /// Directives and their nested items, at any depth.
    pub directives: Vec<DirectiveChange>,
    pub protocol: ProtocolDiff,
    pub signatories: Vec<SignatoryChange>,
    /// Lines the importer could not place.
    pub unclassified: Vec<LineChange>,
    pub summary: Summary,
}

impl DocumentDiff {
    /// True when the documents have the same content (ids aside).
    pub fn is_empty(&self) -> bool {
        self.summary.total.is_empty()
    }
}
