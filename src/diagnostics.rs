//! Validation findings as the editor shows them: each tied to the field it
//! is about, with its message in the interface language.

use std::ops::Range;

use resolution_core::edit::{AgendaField, FieldRef, HeaderField};
use resolution_core::locale::Locale;
use resolution_core::validate::{self, Diagnostic, Location, Severity};
use resolution_core::{Directive, Section};

/// One finding, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub code: String,
    pub message: String,
    pub field: FieldRef,
    /// Byte range inside the field's text, when the rule names one.
    pub range: Option<Range<usize>>,
}

pub fn findings(diagnostics: &[Diagnostic], locale: Locale) -> Vec<Finding> {
    let mut out: Vec<Finding> = diagnostics
        .iter()
        .map(|d| {
            let (field, range) = field_of(&d.location);
            Finding {
                severity: d.severity,
                code: d.code.to_string(),
                message: d.message(locale),
                field,
                range,
            }
        })
        .collect();
    out.sort_by_key(|f| f.severity);
    out
}

/// The field a location points at, and the byte range inside it.
pub fn field_of(location: &Location) -> (FieldRef, Option<Range<usize>>) {
    match location {
        Location::Header { field, range } => {
            let f = match field {
                validate::HeaderField::Kind => FieldRef::Kind,
                validate::HeaderField::Number => FieldRef::Header(HeaderField::Number),
                validate::HeaderField::Organization => FieldRef::Header(HeaderField::Organization),
                validate::HeaderField::Meeting => FieldRef::Header(HeaderField::Meeting),
                validate::HeaderField::Topic => FieldRef::Header(HeaderField::Topic),
                validate::HeaderField::AdoptedOn => FieldRef::Header(HeaderField::AdoptedOn),
                validate::HeaderField::Place => FieldRef::Header(HeaderField::Place),
                validate::HeaderField::Approval => FieldRef::Header(HeaderField::Approval),
            };
            (f, range.clone())
        }
        Location::Preamble { paragraph } => (FieldRef::Paragraph(*paragraph), None),
        Location::Section { section } => (FieldRef::Addressee(*section), None),
        Location::SectionLead { section, range } => (FieldRef::Lead(*section), range.clone()),
        Location::Directive { directive, range } => {
            (FieldRef::Directive(*directive), range.clone())
        }
        Location::AgendaItem { item } => (FieldRef::Agenda(*item, AgendaField::Title), None),
    }
}

/// The findings about a section: its addressee, lead and directives.
pub fn for_section(all: &[Finding], section: &Section) -> Vec<Finding> {
    all.iter()
        .filter(|f| match f.field {
            FieldRef::Addressee(id) | FieldRef::Lead(id) => id == section.id,
            FieldRef::Directive(id) => section.directives.iter().any(|d| contains(d, id)),
            _ => false,
        })
        .cloned()
        .collect()
}

/// The findings about one directive and its sub-items.
pub fn for_directive(all: &[Finding], directive: &Directive) -> Vec<Finding> {
    all.iter()
        .filter(|f| matches!(f.field, FieldRef::Directive(id) if contains(directive, id)))
        .cloned()
        .collect()
}

fn contains(d: &Directive, id: resolution_core::DirectiveId) -> bool {
    d.id == id || d.items.iter().any(|i| contains(i, id))
}

/// The worst severity among findings about exactly `field`.
pub fn worst(all: &[Finding], field: FieldRef) -> Option<Severity> {
    all.iter()
        .filter(|f| f.field == field)
        .map(|f| f.severity)
        .min()
}

pub fn severity_code(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use resolution_core::samples::sample_decision;
    use resolution_core::validate::{validate, ValidateOptions};

    #[test]
    fn the_sample_reports_its_directive_without_deadline() {
        let doc = sample_decision();
        let all = findings(&validate(&doc, &ValidateOptions::default()), Locale::Ru);
        let last = doc.sections.last().and_then(|s| s.directives.last());
        let last = last.map(|d| d.id);
        let missing_deadline: Vec<&Finding> = all.iter().filter(|f| f.code == "RES401").collect();
        assert_eq!(missing_deadline.len(), 1, "{all:#?}");
        assert_eq!(
            Some(missing_deadline[0].field),
            last.map(FieldRef::Directive)
        );
        assert!(!missing_deadline[0].message.is_empty());
    }

    #[test]
    fn findings_split_by_section_and_directive() {
        let doc = sample_decision();
        let all = findings(&validate(&doc, &ValidateOptions::default()), Locale::Ru);
        let third = &doc.sections[2];
        let in_third = for_section(&all, third);
        assert!(in_third.iter().any(|f| f.code == "RES401"));
        assert!(for_section(&all, &doc.sections[0])
            .iter()
            .all(|f| f.code != "RES401"));
        let last = &third.directives[1];
        assert_eq!(
            worst(&for_directive(&all, last), FieldRef::Directive(last.id)),
            Some(Severity::Warning)
        );
    }
}
