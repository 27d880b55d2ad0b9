//! Hand-built documents for the rules' unit tests.

use crate::ids::{AgendaItemId, DirectiveId, SectionId};
use crate::model::{AgendaItem, Directive, Document, Header, Kind, Protocol, Section};

use super::{validate, Diagnostic, Location, RuleCode, ValidateOptions};

/// A decision with kind, topic and adoption date set, and no sections.
pub(crate) fn decision() -> Document {
    Document {
        header: Header {
            kind: Some(Kind::Decision),
            meeting: "совещания работников образования".into(),
            topic: "Качество образования: задачи и механизмы".into(),
            adopted_on: "28 августа 2020 года".into(),
            ..Header::default()
        },
        ..Document::default()
    }
}

/// A directive with a fresh id.
pub(crate) fn directive(doc: &mut Document, text: &str) -> Directive {
    Directive {
        id: DirectiveId(doc.alloc()),
        text: text.into(),
        items: Vec::new(),
        source_number: None,
    }
}

/// A section with a fresh id and one directive per text.
pub(crate) fn section(doc: &mut Document, addressee: &str, texts: &[&str]) -> Section {
    let id = SectionId(doc.alloc());
    let directives = texts.iter().map(|t| directive(doc, t)).collect();
    Section {
        id,
        addressee: addressee.into(),
        lead: String::new(),
        directives,
        source_number: None,
    }
}

/// Adds a section to the document's own sections and returns its index.
pub(crate) fn add_section(doc: &mut Document, addressee: &str, texts: &[&str]) -> usize {
    let s = section(doc, addressee, texts);
    doc.sections.push(s);
    doc.sections.len() - 1
}

/// Adds an agenda item with the given РЕШИЛИ sections to a protocol.
pub(crate) fn add_agenda_item(doc: &mut Document, title: &str, decided: Vec<Section>) {
    let id = AgendaItemId(doc.alloc());
    doc.header.kind = Some(Kind::Protocol);
    doc.protocol
        .get_or_insert_with(Protocol::default)
        .agenda
        .push(AgendaItem {
            id,
            title: title.into(),
            reporter: String::new(),
            heard: Default::default(),
            decided,
            source_number: None,
        });
}

/// Diagnostics of one rule.
pub(crate) fn run(doc: &Document, code: RuleCode) -> Vec<Diagnostic> {
    run_with(doc, code, &ValidateOptions::default())
}

pub(crate) fn run_with(doc: &Document, code: RuleCode, opts: &ValidateOptions) -> Vec<Diagnostic> {
    validate(doc, opts)
        .into_iter()
        .filter(|d| d.code == code)
        .collect()
}

/// The directive id of `doc.sections[section].directives[index]`.
pub(crate) fn directive_id(doc: &Document, section: usize, index: usize) -> Option<DirectiveId> {
    doc.sections
        .get(section)?
        .directives
        .get(index)
        .map(|d| d.id)
}

/// Location of a whole directive.
pub(crate) fn at_directive(doc: &Document, section: usize, index: usize) -> Option<Location> {
    directive_id(doc, section, index).map(Location::directive)
}
