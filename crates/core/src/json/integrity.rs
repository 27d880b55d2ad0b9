//! Checks run after a draft is loaded: every id is unique, and `next_id`
//! lies past every id in use.

use std::collections::HashSet;

use crate::model::{Directive, Document, Section};

use super::JsonError;

/// Rejects duplicate or out-of-range ids and repairs `next_id`.
pub fn check_and_repair(doc: &mut Document) -> Result<(), JsonError> {
    let mut seen = HashSet::new();
    let mut max: Option<u32> = None;
    let mut visit = |id: u32| -> Result<(), JsonError> {
        if id == u32::MAX {
            return Err(JsonError::IdOutOfRange { id });
        }
        if !seen.insert(id) {
            return Err(JsonError::DuplicateId { id });
        }
        max = Some(max.map_or(id, |m| m.max(id)));
        Ok(())
    };
    for paragraph in &doc.preamble {
        visit(paragraph.id.0)?;
    }
    for section in &doc.sections {
        visit_section(section, &mut visit)?;
    }
    if let Some(protocol) = &doc.protocol {
        for item in &protocol.agenda {
            visit(item.id.0)?;
            for section in &item.decided {
                visit_section(section, &mut visit)?;
            }
        }
    }
    if let Some(max) = max {
        doc.next_id = doc.next_id.max(max + 1);
    }
    Ok(())
}

type Visit<'a> = dyn FnMut(u32) -> Result<(), JsonError> + 'a;

fn visit_section(section: &Section, visit: &mut Visit<'_>) -> Result<(), JsonError> {
    visit(section.id.0)?;
    section
        .directives
        .iter()
        .try_for_each(|d| visit_directive(d, visit))
}

fn visit_directive(directive: &Directive, visit: &mut Visit<'_>) -> Result<(), JsonError> {
    visit(directive.id.0)?;
    directive
        .items
        .iter()
        .try_for_each(|d| visit_directive(d, visit))
}
