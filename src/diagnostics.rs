//! Validation findings as the editor shows them: each tied to the field it
//! is about, with its message in the interface language.

use std::collections::HashMap;
use std::ops::Range;

use resolution_core::edit::{AgendaField, FieldRef, HeaderField};
use resolution_core::locale::Locale;
use resolution_core::validate::{self, Diagnostic, Location, Severity};
use resolution_core::{Directive, DirectiveId, Section, SectionId};
use yew::AttrValue;

/// One finding, ready to render. Strings are shared, so cloning a finding
/// into the props of the view it belongs to is cheap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub code: AttrValue,
    pub message: AttrValue,
    pub field: FieldRef,
    /// Byte range inside the field's text, when the rule names one.
    pub range: Option<Range<usize>>,
}

impl Finding {
    fn of(d: &Diagnostic, locale: Locale) -> Self {
        let (field, range) = field_of(&d.location);
        Finding {
            severity: d.severity,
            code: AttrValue::from(d.code.as_str()),
            message: AttrValue::from(d.message(locale)),
            field,
            range,
        }
    }
}

/// The findings of `diagnostics`, worst first (stable within a severity).
pub fn findings(diagnostics: &[Diagnostic], locale: Locale) -> Vec<Finding> {
    sorted(diagnostics.iter().map(|d| Finding::of(d, locale)).collect())
}

fn sorted(mut out: Vec<Finding>) -> Vec<Finding> {
    out.sort_by_key(|f| f.severity);
    out
}

/// Turns diagnostics into findings, formatting the message only of a
/// diagnostic that was not there in the previous call (a keystroke changes
/// a few diagnostics of a long document, not its thousand messages).
#[derive(Default)]
pub struct FindingCache {
    locale: Option<Locale>,
    known: HashMap<Diagnostic, Finding>,
}

impl FindingCache {
    /// The same as [`findings`]`(diagnostics, locale)`.
    pub fn findings(&mut self, diagnostics: &[Diagnostic], locale: Locale) -> Vec<Finding> {
        if self.locale != Some(locale) {
            self.known.clear();
            self.locale = Some(locale);
        }
        let mut known = HashMap::with_capacity(diagnostics.len());
        let out = diagnostics
            .iter()
            .map(|d| {
                let finding = self
                    .known
                    .remove(d)
                    .or_else(|| known.get(d).cloned())
                    .unwrap_or_else(|| Finding::of(d, locale));
                known.insert(d.clone(), finding.clone());
                finding
            })
            .collect();
        self.known = known;
        sorted(out)
    }
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

/// [`for_section`] for every section at once, in one pass over the
/// findings: the findings of section `i` of `sections` at index `i`.
pub fn by_section(all: &[Finding], sections: &[Section]) -> Vec<Vec<Finding>> {
    let mut owner: HashMap<SectionId, usize> = HashMap::with_capacity(sections.len());
    let mut directive_owner: HashMap<DirectiveId, usize> = HashMap::new();
    for (i, section) in sections.iter().enumerate() {
        owner.entry(section.id).or_insert(i);
        for d in &section.directives {
            each_id(d, &mut |id| {
                directive_owner.entry(id).or_insert(i);
            });
        }
    }
    let mut out = vec![Vec::new(); sections.len()];
    for f in all {
        let index = match f.field {
            FieldRef::Addressee(id) | FieldRef::Lead(id) => owner.get(&id),
            FieldRef::Directive(id) => directive_owner.get(&id),
            _ => None,
        };
        if let Some(bucket) = index.and_then(|&i| out.get_mut(i)) {
            bucket.push(f.clone());
        }
    }
    out
}

/// [`for_directive`] for every directive of a list at once: the findings
/// of `directives[i]` and its sub-items at index `i`.
pub fn by_directive(all: &[Finding], directives: &[Directive]) -> Vec<Vec<Finding>> {
    let mut owner: HashMap<DirectiveId, usize> = HashMap::new();
    for (i, d) in directives.iter().enumerate() {
        each_id(d, &mut |id| {
            owner.entry(id).or_insert(i);
        });
    }
    let mut out = vec![Vec::new(); directives.len()];
    for f in all {
        let FieldRef::Directive(id) = f.field else {
            continue;
        };
        if let Some(bucket) = owner.get(&id).and_then(|&i| out.get_mut(i)) {
            bucket.push(f.clone());
        }
    }
    out
}

fn each_id(d: &Directive, f: &mut impl FnMut(DirectiveId)) {
    f(d.id);
    for item in &d.items {
        each_id(item, f);
    }
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
