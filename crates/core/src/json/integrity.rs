//! Checks run after a draft is loaded: every id is unique, and `next_id`
//! lies past every id in use.

use std::collections::HashSet;

use crate::model::{Directive, Document, Section};

use super::position::{path, Step};
use super::JsonError;

/// The path to the node being visited, from `document`, written out only
/// for an error.
struct Trail(Vec<Step<'static>>);

impl Default for Trail {
    fn default() -> Self {
        Self(vec![Step::Key("document")])
    }
}

impl Trail {
    /// Runs `f` with `field[index]` added to the path.
    fn within<T>(
        &mut self,
        field: &'static str,
        index: usize,
        f: impl FnOnce(&mut Self) -> T,
    ) -> T {
        self.0.push(Step::Key(field));
        self.0.push(Step::Index(index));
        let result = f(self);
        self.0.truncate(self.0.len().saturating_sub(2));
        result
    }

    /// The path of the current node's id, as in `document.sections[1].id`.
    fn id_path(&self) -> String {
        let mut steps = self.0.clone();
        steps.push(Step::Key("id"));
        path(&steps)
    }
}

/// Ids seen so far and the largest.
#[derive(Default)]
struct Ids {
    seen: HashSet<u32>,
    max: Option<u32>,
}

impl Ids {
    /// Takes in the id of the node at `trail`; an error names its path,
    /// with no position (the caller finds it in the text).
    fn visit(&mut self, id: u32, trail: &Trail) -> Result<(), JsonError> {
        if id == u32::MAX {
            return Err(JsonError::IdOutOfRange {
                id,
                path: trail.id_path(),
                line: None,
                column: None,
            });
        }
        if !self.seen.insert(id) {
            return Err(JsonError::DuplicateId {
                id,
                path: trail.id_path(),
                line: None,
                column: None,
            });
        }
        self.max = Some(self.max.map_or(id, |m| m.max(id)));
        Ok(())
    }
}

/// Rejects duplicate or out-of-range ids and repairs `next_id`. A
/// duplicate is reported where it is used the second time, in reading
/// order.
pub fn check_and_repair(doc: &mut Document) -> Result<(), JsonError> {
    let mut ids = Ids::default();
    let mut trail = Trail::default();
    for (i, paragraph) in doc.preamble.iter().enumerate() {
        trail.within("preamble", i, |t| ids.visit(paragraph.id.0, t))?;
    }
    visit_sections(&doc.sections, "sections", &mut ids, &mut trail)?;
    if let Some(protocol) = &doc.protocol {
        trail.0.push(Step::Key("protocol"));
        for (i, item) in protocol.agenda.iter().enumerate() {
            trail.within("agenda", i, |t| {
                ids.visit(item.id.0, t)?;
                visit_sections(&item.decided, "decided", &mut ids, t)
            })?;
        }
        trail.0.pop();
    }
    if let Some(max) = ids.max {
        doc.next_id = doc.next_id.max(max + 1);
    }
    Ok(())
}

fn visit_sections(
    sections: &[Section],
    field: &'static str,
    ids: &mut Ids,
    trail: &mut Trail,
) -> Result<(), JsonError> {
    sections.iter().enumerate().try_for_each(|(i, section)| {
        trail.within(field, i, |t| {
            ids.visit(section.id.0, t)?;
            visit_directives(&section.directives, "directives", ids, t)
        })
    })
}

fn visit_directives(
    directives: &[Directive],
    field: &'static str,
    ids: &mut Ids,
    trail: &mut Trail,
) -> Result<(), JsonError> {
    directives
        .iter()
        .enumerate()
        .try_for_each(|(i, directive)| {
            trail.within(field, i, |t| {
                ids.visit(directive.id.0, t)?;
                visit_directives(&directive.items, "items", ids, t)
            })
        })
}
