//! A document flattened into per-kind node tables, so that nodes can be
//! paired by index whatever their depth.

use crate::model::{AgendaItem, Directive, Document, Paragraph, Section};

use super::types::{DirectivePlace, SectionOwner, SectionPlace};

/// The list a section sits in, by table index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Owner {
    Document,
    Agenda(usize),
}

pub(crate) struct SectionNode<'a> {
    pub(crate) section: &'a Section,
    pub(crate) owner: Owner,
    /// Position among the owner's sections.
    pub(crate) index: usize,
    /// Directives at all levels.
    pub(crate) size: usize,
}

/// What a directive hangs from, by table index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Container {
    Section(usize),
    Directive(usize),
}

pub(crate) struct DirectiveNode<'a> {
    pub(crate) directive: &'a Directive,
    pub(crate) section: usize,
    pub(crate) parent: Option<usize>,
    /// Positions from the section down; the last one is the position in
    /// the container.
    pub(crate) path: Vec<usize>,
}

impl DirectiveNode<'_> {
    pub(crate) fn container(&self) -> Container {
        self.parent
            .map_or(Container::Section(self.section), Container::Directive)
    }

    pub(crate) fn position(&self) -> usize {
        self.path.last().copied().unwrap_or_default()
    }
}

pub(crate) struct Tables<'a> {
    pub(crate) paragraphs: &'a [Paragraph],
    pub(crate) agenda: &'a [AgendaItem],
    pub(crate) sections: Vec<SectionNode<'a>>,
    /// In reading order (pre-order).
    pub(crate) directives: Vec<DirectiveNode<'a>>,
}

impl<'a> Tables<'a> {
    pub(crate) fn new(doc: &'a Document) -> Self {
        let agenda: &[AgendaItem] = doc.protocol.as_ref().map_or(&[], |p| p.agenda.as_slice());
        let mut tables = Tables {
            paragraphs: &doc.preamble,
            agenda,
            sections: Vec::new(),
            directives: Vec::new(),
        };
        for (index, section) in doc.sections.iter().enumerate() {
            tables.push_section(section, Owner::Document, index);
        }
        for (a, item) in agenda.iter().enumerate() {
            for (index, section) in item.decided.iter().enumerate() {
                tables.push_section(section, Owner::Agenda(a), index);
            }
        }
        tables
    }

    fn push_section(&mut self, section: &'a Section, owner: Owner, index: usize) {
        let s = self.sections.len();
        let first = self.directives.len();
        // Explicit stack instead of recursion: depth comes from user input.
        let mut stack: Vec<(&'a Directive, Option<usize>, Vec<usize>)> = section
            .directives
            .iter()
            .enumerate()
            .rev()
            .map(|(i, d)| (d, None, vec![i]))
            .collect();
        while let Some((directive, parent, path)) = stack.pop() {
            let me = self.directives.len();
            for (i, item) in directive.items.iter().enumerate().rev() {
                let mut child = path.clone();
                child.push(i);
                stack.push((item, Some(me), child));
            }
            self.directives.push(DirectiveNode {
                directive,
                section: s,
                parent,
                path,
            });
        }
        let size = self.directives.len() - first;
        self.sections.push(SectionNode {
            section,
            owner,
            index,
            size,
        });
    }

    pub(crate) fn section_place(&self, s: usize) -> Option<SectionPlace> {
        let node = self.sections.get(s)?;
        let owner = match node.owner {
            Owner::Document => SectionOwner::Document,
            Owner::Agenda(a) => SectionOwner::Agenda {
                id: self.agenda.get(a)?.id,
                index: a,
            },
        };
        Some(SectionPlace {
            id: node.section.id,
            owner,
            index: node.index,
        })
    }

    pub(crate) fn directive_place(&self, d: usize) -> Option<DirectivePlace> {
        let node = self.directives.get(d)?;
        let parent = match node.parent {
            Some(p) => Some(self.directives.get(p)?.directive.id),
            None => None,
        };
        Some(DirectivePlace {
            id: node.directive.id,
            section: self.section_place(node.section)?,
            parent,
            path: node.path.clone(),
        })
    }
}
