//! Human-readable names for diagnostic locations: `header.topic`,
//! `section 2`, `item 2.3.1`, `agenda 1, item 1.2`.

use resolution_core::validate::{HeaderField, Location};
use resolution_core::{Directive, DirectiveId, Document, Section};

pub fn label(doc: &Document, location: &Location) -> String {
    match location {
        Location::Header { field, .. } => format!("header.{}", header_field(*field)),
        Location::Preamble { paragraph } => doc
            .preamble
            .iter()
            .position(|p| p.id == *paragraph)
            .map_or_else(
                || format!("preamble #{paragraph}"),
                |i| format!("preamble {}", i + 1),
            ),
        Location::Section { section } => section_label(doc, |s| s.id == *section, "section"),
        Location::SectionLead { section } => {
            section_label(doc, |s| s.id == *section, "lead of section")
        }
        Location::Directive { directive, .. } => directive_label(doc, *directive),
        Location::AgendaItem { item } => doc
            .protocol
            .iter()
            .flat_map(|p| p.agenda.iter())
            .position(|a| a.id == *item)
            .map_or_else(
                || format!("agenda #{item}"),
                |i| format!("agenda {}", i + 1),
            ),
    }
}

fn header_field(field: HeaderField) -> &'static str {
    match field {
        HeaderField::Kind => "kind",
        HeaderField::Number => "number",
        HeaderField::Organization => "organization",
        HeaderField::Meeting => "meeting",
        HeaderField::Topic => "topic",
        HeaderField::AdoptedOn => "adopted_on",
        HeaderField::Place => "place",
        HeaderField::Approval => "approval",
    }
}

/// Every section list in reading order, with the agenda position (1-based)
/// for protocol decisions.
fn section_lists(doc: &Document) -> impl Iterator<Item = (Option<usize>, &[Section])> {
    std::iter::once((None, doc.sections.as_slice())).chain(
        doc.protocol
            .iter()
            .flat_map(|p| p.agenda.iter().enumerate())
            .map(|(i, a)| (Some(i + 1), a.decided.as_slice())),
    )
}

fn prefix(agenda: Option<usize>) -> String {
    agenda.map_or_else(String::new, |a| format!("agenda {a}, "))
}

fn section_label(doc: &Document, is: impl Fn(&Section) -> bool, word: &str) -> String {
    for (agenda, sections) in section_lists(doc) {
        if let Some(i) = sections.iter().position(&is) {
            return format!("{}{word} {}", prefix(agenda), i + 1);
        }
    }
    word.to_string()
}

fn directive_label(doc: &Document, id: DirectiveId) -> String {
    for (agenda, sections) in section_lists(doc) {
        for (i, section) in sections.iter().enumerate() {
            let mut path = vec![i + 1];
            if find_path(&section.directives, id, &mut path) {
                let numbers: Vec<String> = path.iter().map(usize::to_string).collect();
                return format!("{}item {}", prefix(agenda), numbers.join("."));
            }
        }
    }
    format!("directive #{id}")
}

/// Pushes the 1-based positions leading to `id` onto `path`.
fn find_path(directives: &[Directive], id: DirectiveId, path: &mut Vec<usize>) -> bool {
    for (i, directive) in directives.iter().enumerate() {
        path.push(i + 1);
        if directive.id == id || find_path(&directive.items, id, path) {
            return true;
        }
        path.pop();
    }
    false
}
