//! Validation findings as the editor shows them: each tied to the field it
//! is about, with its message in the interface language.

use std::collections::HashMap;
use std::ops::Range;

use resolution_core::edit::{AgendaField, FieldRef, HeaderField};
use resolution_core::locale::Locale;
use resolution_core::validate::{self, Diagnostic, Location, Severity};
use resolution_core::{Directive, Section};
use yew::AttrValue;

/// One finding, ready to render. Strings are shared, so cloning a finding
/// into the props of the view it belongs to, and comparing it with the
/// same finding of the previous render, is cheap.
#[derive(Debug, Clone, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub code: AttrValue,
    pub message: AttrValue,
    pub field: FieldRef,
    /// Byte range inside the field's text, when the rule names one.
    pub range: Option<Range<usize>>,
}

impl PartialEq for Finding {
    fn eq(&self, other: &Self) -> bool {
        self.severity == other.severity
            && self.field == other.field
            && self.range == other.range
            && same_text(&self.code, &other.code)
            && same_text(&self.message, &other.message)
    }
}

/// Equal strings; a shared string is equal without reading it.
fn same_text(a: &AttrValue, b: &AttrValue) -> bool {
    (a.as_ptr() == b.as_ptr() && a.len() == b.len()) || a == b
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
    #[expect(
        clippy::mutable_key_type,
        reason = "a diagnostic quotes its directive lazily (a OnceLock), from immutable text: \
                  its hash and equality are the same before and after"
    )]
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

/// The findings about each section (its addressee, lead, directives and
/// their sub-items), in one pass over the findings: those of `sections[i]`
/// at index `i`, in the order of `all`.
pub fn by_section(all: &[Finding], sections: &[Section]) -> Vec<Vec<Finding>> {
    let owner = Owners::new(sections.iter().enumerate().map(|(i, s)| (s.id, i)));
    let mut directive_owner = Vec::new();
    for (i, section) in sections.iter().enumerate() {
        for d in &section.directives {
            directive_owner.extend(d.walk().map(|x| (x.id, i)));
        }
    }
    let directive_owner = Owners::new(directive_owner);
    let mut out = vec![Vec::new(); sections.len()];
    for f in all {
        let index = match f.field {
            FieldRef::Addressee(id) | FieldRef::Lead(id) => owner.get(id),
            FieldRef::Directive(id) => directive_owner.get(id),
            _ => None,
        };
        if let Some(bucket) = index.and_then(|i| out.get_mut(i)) {
            bucket.push(f.clone());
        }
    }
    out
}

/// The findings about each directive of a list and its sub-items: those
/// of `directives[i]` at index `i`, in the order of `all`.
pub fn by_directive(all: &[Finding], directives: &[Directive]) -> Vec<Vec<Finding>> {
    let mut owner = Vec::new();
    for (i, d) in directives.iter().enumerate() {
        owner.extend(d.walk().map(|x| (x.id, i)));
    }
    let owner = Owners::new(owner);
    let mut out = vec![Vec::new(); directives.len()];
    for f in all {
        let FieldRef::Directive(id) = f.field else {
            continue;
        };
        if let Some(bucket) = owner.get(id).and_then(|i| out.get_mut(i)) {
            bucket.push(f.clone());
        }
    }
    out
}

/// Which list entry an id belongs to: the first one listed for it (ids
/// are unique in a valid document). A sorted vector, cheaper to build for
/// a thousand ids on every keystroke than a hash map.
struct Owners<K>(Vec<(K, usize)>);

impl<K: Ord + Copy> Owners<K> {
    fn new(pairs: impl IntoIterator<Item = (K, usize)>) -> Self {
        let mut pairs: Vec<(K, usize)> = pairs.into_iter().collect();
        // Stable: the first entry of a repeated id stays first.
        pairs.sort_by_key(|(k, _)| *k);
        pairs.dedup_by_key(|(k, _)| *k);
        Owners(pairs)
    }

    fn get(&self, key: K) -> Option<usize> {
        let at = self.0.binary_search_by_key(&key, |(k, _)| *k).ok()?;
        self.0.get(at).map(|(_, i)| *i)
    }
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
    use resolution_core::DirectiveId;

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

    /// The findings about a section, by filtering every finding: the
    /// straightforward definition [`by_section`] must agree with.
    fn for_section(all: &[Finding], section: &Section) -> Vec<Finding> {
        all.iter()
            .filter(|f| match f.field {
                FieldRef::Addressee(id) | FieldRef::Lead(id) => id == section.id,
                FieldRef::Directive(id) => section.directives.iter().any(|d| contains(d, id)),
                _ => false,
            })
            .cloned()
            .collect()
    }

    fn contains(d: &Directive, id: DirectiveId) -> bool {
        d.id == id || d.items.iter().any(|i| contains(i, id))
    }

    #[test]
    fn findings_split_by_section_and_directive() {
        let mut doc = sample_decision();
        // An empty sub-item: a finding of its own.
        doc.sections[0].directives[0].items.push(Directive {
            id: DirectiveId(9_001),
            text: String::new(),
            items: Vec::new(),
            source_number: None,
        });
        let all = findings(&validate(&doc, &ValidateOptions::default()), Locale::Ru);
        let split = by_section(&all, &doc.sections);
        assert_eq!(split.len(), doc.sections.len());
        for (section, found) in doc.sections.iter().zip(&split) {
            assert_eq!(found, &for_section(&all, section));
        }
        let third = &split[2];
        assert!(third.iter().any(|f| f.code == "RES401"));
        assert!(split[0].iter().all(|f| f.code != "RES401"));
        assert!(split[0]
            .iter()
            .any(|f| f.field == FieldRef::Directive(DirectiveId(9_001))));

        let first = by_directive(&split[0], &doc.sections[0].directives);
        assert!(first[0]
            .iter()
            .any(|f| f.field == FieldRef::Directive(DirectiveId(9_001))));
        let last = &doc.sections[2].directives[1];
        let per_directive = by_directive(third, &doc.sections[2].directives);
        assert_eq!(
            worst(&per_directive[1], FieldRef::Directive(last.id)),
            Some(Severity::Warning)
        );
        assert!(per_directive[0]
            .iter()
            .all(|f| f.field != FieldRef::Directive(last.id)));
    }

    #[test]
    fn the_cache_gives_the_same_findings_and_reuses_messages() {
        let mut doc = sample_decision();
        let opts = ValidateOptions::default();
        let mut cache = FindingCache::default();
        let before = validate(&doc, &opts);
        let first = cache.findings(&before, Locale::Ru);
        assert_eq!(first, findings(&before, Locale::Ru));
        assert!(!first.is_empty());

        // An edit that changes no finding: every message is reused.
        doc.sections[0].directives[0]
            .text
            .insert_str(0, "Своевременно ");
        let same = validate(&doc, &opts);
        let second = cache.findings(&same, Locale::Ru);
        assert_eq!(second, first);
        assert!(second
            .iter()
            .zip(&first)
            .all(|(new, old)| new.message.as_ptr() == old.message.as_ptr()));

        // An edit that fixes the missing deadline.
        doc.sections[2].directives[1]
            .text
            .push_str(" до 1 декабря 2026 года");
        let after = validate(&doc, &opts);
        let third = cache.findings(&after, Locale::Ru);
        assert_eq!(third, findings(&after, Locale::Ru));
        assert!(third.iter().all(|f| f.code != "RES401"), "{third:#?}");
        assert_eq!(
            cache.findings(&after, Locale::En),
            findings(&after, Locale::En)
        );
    }
}
