//! Hierarchical numbering of sections and directives, shared by the
//! control sheet and every export so that `2.1.3` means the same directive
//! everywhere.
//!
//! Rules:
//! * Sections are numbered `1, 2, …` within their list (the document's own
//!   sections, or the РЕШИЛИ list of one agenda item).
//! * Directives get `section.n`, sub-items `section.n.k`.
//! * A section with neither addressee nor lead and a single directive is
//!   that directive (`1. Информацию … принять к сведению.`): the directive
//!   takes the section's number and its items continue from there (unless
//!   it is a deadline line).
//! * A deadline line (`Срок исполнения: постоянно`) is not numbered and
//!   does not consume a number.

use crate::ids::DirectiveId;
use crate::model::{Directive, Section};

use super::notes::is_deadline_note;

/// A directive together with its place in the numbering.
#[derive(Debug, Clone)]
pub(crate) struct NumberedDirective<'a> {
    pub directive: &'a Directive,
    /// Number parts (`[2, 1, 3]` prints as `2.1.3`); `None` for a deadline
    /// line.
    pub path: Option<Vec<usize>>,
    /// Enclosing directives, outermost first.
    pub parents: Vec<&'a Directive>,
}

/// Whether the section is printed as its single directive.
pub(crate) fn is_collapsed(section: &Section) -> bool {
    section.addressee.trim().is_empty()
        && section.lead.trim().is_empty()
        && section.directives.len() == 1
        && !section.directives.iter().any(|d| is_deadline_note(&d.text))
}

/// Every directive of `section` (items included) in reading order, with
/// numbers below `base` (the section's own path, e.g. `[2]` or `[3, 2]`
/// for section 2 of agenda item 3).
pub(crate) fn number_section<'a>(
    section: &'a Section,
    base: &[usize],
) -> Vec<NumberedDirective<'a>> {
    let mut out = Vec::new();
    if is_collapsed(section) {
        for directive in &section.directives {
            push(directive, Some(base.to_vec()), &[], &mut out);
        }
        return out;
    }
    push_list(&section.directives, base, &[], &mut out);
    out
}

/// Every directive of `section` (items included) in reading order with its
/// number below `base` as the control sheet prints it, `None` for a
/// deadline line. For tools that name directives the same way.
pub fn section_numbers(
    section: &Section,
    base: &[usize],
) -> Vec<(DirectiveId, Option<Vec<usize>>)> {
    number_section(section, base)
        .into_iter()
        .map(|numbered| (numbered.directive.id, numbered.path))
        .collect()
}

fn push_list<'a>(
    list: &'a [Directive],
    base: &[usize],
    parents: &[&'a Directive],
    out: &mut Vec<NumberedDirective<'a>>,
) {
    let mut counter = 0;
    for directive in list {
        let path = if is_deadline_note(&directive.text) {
            None
        } else {
            counter += 1;
            let mut path = base.to_vec();
            path.push(counter);
            Some(path)
        };
        push(directive, path, parents, out);
    }
}

fn push<'a>(
    directive: &'a Directive,
    path: Option<Vec<usize>>,
    parents: &[&'a Directive],
    out: &mut Vec<NumberedDirective<'a>>,
) {
    let base = path.clone();
    out.push(NumberedDirective {
        directive,
        path,
        parents: parents.to_vec(),
    });
    if directive.items.is_empty() {
        return;
    }
    let mut inner = parents.to_vec();
    inner.push(directive);
    // Items under an unnumbered deadline line stay unnumbered too.
    match base {
        Some(base) => push_list(&directive.items, &base, &inner, out),
        None => {
            for item in &directive.items {
                push(item, None, &inner, out);
            }
        }
    }
}

/// `[2, 1, 3]` → `2.1.3`.
pub fn format_number(path: &[usize]) -> String {
    let parts: Vec<String> = path.iter().map(ToString::to_string).collect();
    parts.join(".")
}
