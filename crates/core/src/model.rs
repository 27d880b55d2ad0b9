//! The document model, version 1. Plain data: everything the editor shows is
//! either stored here or derived from it (diagnostics, highlights, numbering).

use serde::{Deserialize, Serialize};

use crate::ids::{AgendaItemId, CommentId, DirectiveId, ParagraphId, SectionId};

/// The kind of document, shown in the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Решение
    Decision,
    /// Резолюция
    Resolution,
    /// Протокол
    Protocol,
    /// Перечень поручений
    Instructions,
    /// Постановление
    Ordinance,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Decision,
        Kind::Resolution,
        Kind::Protocol,
        Kind::Instructions,
        Kind::Ordinance,
    ];

    /// The Russian title as printed in the document header.
    pub fn title_ru(self) -> &'static str {
        match self {
            Kind::Decision => "Решение",
            Kind::Resolution => "Резолюция",
            Kind::Protocol => "Протокол",
            Kind::Instructions => "Перечень поручений",
            Kind::Ordinance => "Постановление",
        }
    }

    pub fn title_en(self) -> &'static str {
        match self {
            Kind::Decision => "Decision",
            Kind::Resolution => "Resolution",
            Kind::Protocol => "Minutes",
            Kind::Instructions => "List of instructions",
            Kind::Ordinance => "Ordinance",
        }
    }
}

/// Header block. Dates are kept as the author typed them; their meaning is
/// derived (see `extract`), never stored beside the text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Header {
    pub kind: Option<Kind>,
    /// Document number, e.g. `4` in «Протокол №4».
    #[serde(default)]
    pub number: String,
    /// Issuing organisation, e.g. «Комитет по образованию …».
    #[serde(default)]
    pub organization: String,
    /// Meeting or body, e.g. «совещания работников образования».
    #[serde(default)]
    pub meeting: String,
    /// Topic, usually in «quotes».
    #[serde(default)]
    pub topic: String,
    /// Adoption date as typed: `30 августа 2019 года`, `25.02.2022`.
    #[serde(default)]
    pub adopted_on: String,
    #[serde(default)]
    pub place: String,
    /// Approval line, e.g. «Одобрена участниками пленарного заседания …».
    #[serde(default)]
    pub approval: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Paragraph {
    pub id: ParagraphId,
    pub text: String,
}

/// A directive: normally opens with an infinitive (`обеспечить …`).
/// `items` holds sub-items introduced by a lead ending with a colon
/// (`принять меры по обеспечению:` followed by `- охвата детей …`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Directive {
    pub id: DirectiveId,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Directive>,
    /// Numbering as it appeared in imported text (`1.2`, `а)`), kept so the
    /// numbering rules can point at gaps and repeats. `None` once the author
    /// renumbers or for directives created in the editor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_number: Option<String>,
}

/// A directive section: an addressee in the dative case, an optional run-in
/// lead (`Руководителям ОО обеспечить:` has lead `обеспечить`), directives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Section {
    pub id: SectionId,
    pub addressee: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lead: String,
    pub directives: Vec<Directive>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_number: Option<String>,
}

/// СЛУШАЛИ: who reported and what was said.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Hearing {
    #[serde(default)]
    pub speaker: String,
    #[serde(default)]
    pub summary: String,
}

/// One agenda item of a protocol: its title and reporter from ПОВЕСТКА,
/// then СЛУШАЛИ and РЕШИЛИ.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AgendaItem {
    pub id: AgendaItemId,
    pub title: String,
    #[serde(default)]
    pub reporter: String,
    #[serde(default)]
    pub heard: Hearing,
    /// РЕШИЛИ: numbered decisions, grouped by addressee.
    #[serde(default)]
    pub decided: Vec<Section>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_number: Option<String>,
}

/// Protocol-only parts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Protocol {
    #[serde(default)]
    pub chair: String,
    #[serde(default)]
    pub secretary: String,
    #[serde(default)]
    pub attendees: Vec<String>,
    #[serde(default)]
    pub agenda: Vec<AgendaItem>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Signatory {
    /// `Председатель`, `Секретарь`, …
    pub role: String,
    pub name: String,
}

/// A whole document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Document {
    pub header: Header,
    #[serde(default)]
    pub preamble: Vec<Paragraph>,
    /// Directive sections of a decision or resolution (empty for a protocol,
    /// whose decisions live in its agenda items).
    #[serde(default)]
    pub sections: Vec<Section>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<Protocol>,
    #[serde(default)]
    pub signatories: Vec<Signatory>,
    /// Input lines the text importer could not place; shown to the author,
    /// never dropped.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unclassified: Vec<String>,
    /// Next free id for any node. Kept so ids stay unique across sessions.
    #[serde(default)]
    pub next_id: u32,
    /// Reviewers' comments on the document, a section or a directive.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<ReviewComment>,
}

/// What a review comment is attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "to", content = "id", rename_all = "snake_case")]
pub enum CommentTarget {
    /// The document as a whole.
    Document,
    /// A directive section (or a РЕШИЛИ section of an agenda item).
    Section(SectionId),
    /// A directive or a sub-item.
    Directive(DirectiveId),
}

/// A reviewer's remark, stored in the draft so it travels with the JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReviewComment {
    pub id: CommentId,
    pub target: CommentTarget,
    /// The reviewer's name as they typed it.
    pub author: String,
    /// When the comment was written, in milliseconds since the Unix epoch.
    pub created_at_ms: u64,
    pub text: String,
    /// Set by the author once the remark is dealt with.
    #[serde(default)]
    pub resolved: bool,
}

impl Directive {
    /// This directive and its items at any depth, in reading order.
    pub fn walk(&self) -> DirectiveWalk<'_> {
        DirectiveWalk {
            next: Some(self),
            stack: Vec::new(),
        }
    }
}

/// Depth-first iterator over a directive and its items (`Directive::walk`).
/// Allocates only for a directive that has items: most have none, and
/// validation walks every directive.
pub struct DirectiveWalk<'a> {
    next: Option<&'a Directive>,
    stack: Vec<&'a Directive>,
}

impl<'a> Iterator for DirectiveWalk<'a> {
    type Item = &'a Directive;

    fn next(&mut self) -> Option<&'a Directive> {
        let next = self.next.take().or_else(|| self.stack.pop())?;
        self.stack.extend(next.items.iter().rev());
        Some(next)
    }
}

impl Document {
    /// Hand out a fresh id number, unique within this document.
    pub fn alloc(&mut self) -> u32 {
        let floor = self.max_id().map_or(0, |m| m + 1);
        let id = self.next_id.max(floor);
        self.next_id = id + 1;
        id
    }

    pub fn new_section_id(&mut self) -> SectionId {
        SectionId(self.alloc())
    }

    pub fn new_directive_id(&mut self) -> DirectiveId {
        DirectiveId(self.alloc())
    }

    pub fn new_paragraph_id(&mut self) -> ParagraphId {
        ParagraphId(self.alloc())
    }

    pub fn new_agenda_item_id(&mut self) -> AgendaItemId {
        AgendaItemId(self.alloc())
    }

    /// All directive sections in reading order: top-level ones, then the
    /// РЕШИЛИ sections of each agenda item.
    pub fn all_sections(&self) -> impl Iterator<Item = &Section> {
        self.sections.iter().chain(
            self.protocol
                .iter()
                .flat_map(|p| p.agenda.iter().flat_map(|a| a.decided.iter())),
        )
    }

    /// Every directive, sub-items included, in reading order.
    pub fn all_directives(&self) -> impl Iterator<Item = &Directive> {
        self.all_sections()
            .flat_map(|s| s.directives.iter())
            .flat_map(Directive::walk)
    }

    /// The largest id number used by any node, if any.
    pub fn max_id(&self) -> Option<u32> {
        fn section_max(s: &Section) -> u32 {
            s.directives
                .iter()
                .flat_map(Directive::walk)
                .map(|d| d.id.0)
                .fold(s.id.0, u32::max)
        }
        let paragraphs = self.preamble.iter().map(|p| p.id.0);
        let sections = self.all_sections().map(section_max);
        let agenda = self
            .protocol
            .iter()
            .flat_map(|p| p.agenda.iter().map(|a| a.id.0));
        paragraphs.chain(sections).chain(agenda).max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn directive(id: u32, items: Vec<Directive>) -> Directive {
        Directive {
            id: DirectiveId(id),
            text: format!("d{id}"),
            items,
            source_number: None,
        }
    }

    #[test]
    fn directives_are_walked_in_reading_order_with_their_items() {
        let doc = Document {
            sections: vec![Section {
                id: SectionId(1),
                addressee: "Школам".into(),
                lead: String::new(),
                directives: vec![
                    directive(
                        2,
                        vec![
                            directive(3, vec![directive(4, vec![])]),
                            directive(5, vec![]),
                        ],
                    ),
                    directive(6, vec![]),
                ],
                source_number: None,
            }],
            ..Document::default()
        };
        let ids: Vec<u32> = doc.all_directives().map(|d| d.id.0).collect();
        assert_eq!(ids, [2, 3, 4, 5, 6]);
        assert_eq!(doc.max_id(), Some(6));
    }
}
