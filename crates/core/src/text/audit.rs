//! Checks that an import kept every character: the non-whitespace
//! characters of the input, less those in consumed ranges, must be exactly
//! the non-whitespace characters of the model's text fields.

use std::collections::HashMap;

use super::import::ImportReport;
use crate::model::{Directive, Document, Section};

/// The difference between input and model characters (both empty when
/// nothing was lost or invented).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Audit {
    /// Input characters (outside consumed ranges) missing from the model.
    pub missing: Vec<char>,
    /// Model characters with no counterpart in the input.
    pub extra: Vec<char>,
}

impl Audit {
    pub fn is_clean(&self) -> bool {
        self.missing.is_empty() && self.extra.is_empty()
    }
}

/// Compares `input` with the model in `report` (see the module docs).
/// `adopted_on` is left out when it is a copy ([`super::DateSource::is_copy`]).
pub fn audit(input: &str, report: &ImportReport) -> Audit {
    let mut counts: HashMap<char, i64> = HashMap::new();
    let mut mask = vec![false; input.len()];
    for r in &report.consumed {
        for slot in mask.get_mut(r.clone()).unwrap_or_default() {
            *slot = true;
        }
    }
    for (n, c) in input.char_indices() {
        if !c.is_whitespace() && !mask.get(n).copied().unwrap_or(false) {
            *counts.entry(c).or_default() += 1;
        }
    }
    for text in model_texts(&report.document, report.date_source.is_copy()) {
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            *counts.entry(c).or_default() -= 1;
        }
    }
    let mut out = Audit::default();
    let mut sorted: Vec<_> = counts.into_iter().filter(|&(_, n)| n != 0).collect();
    sorted.sort_unstable();
    for (c, n) in sorted {
        let target = if n > 0 {
            &mut out.missing
        } else {
            &mut out.extra
        };
        target.extend(std::iter::repeat_n(c, n.unsigned_abs() as usize));
    }
    out
}

/// Every text field of `doc` (not ids, not `source_number`).
pub fn model_texts(doc: &Document, skip_adopted_on: bool) -> Vec<&str> {
    let h = &doc.header;
    let mut out = vec![
        h.number.as_str(),
        &h.organization,
        &h.meeting,
        &h.topic,
        &h.place,
        &h.approval,
    ];
    if !skip_adopted_on {
        out.push(&h.adopted_on);
    }
    out.extend(doc.preamble.iter().map(|p| p.text.as_str()));
    doc.sections.iter().for_each(|s| section_texts(s, &mut out));
    if let Some(p) = &doc.protocol {
        out.push(&p.chair);
        out.push(&p.secretary);
        out.extend(p.attendees.iter().map(String::as_str));
        for item in &p.agenda {
            out.push(&item.title);
            out.push(&item.reporter);
            out.push(&item.heard.speaker);
            out.push(&item.heard.summary);
            item.decided.iter().for_each(|s| section_texts(s, &mut out));
        }
    }
    for s in &doc.signatories {
        out.push(&s.role);
        out.push(&s.name);
    }
    out.extend(doc.unclassified.iter().map(String::as_str));
    out
}

fn section_texts<'d>(s: &'d Section, out: &mut Vec<&'d str>) {
    out.push(&s.addressee);
    out.push(&s.lead);
    s.directives.iter().for_each(|d| directive_texts(d, out));
}

fn directive_texts<'d>(d: &'d Directive, out: &mut Vec<&'d str>) {
    out.push(&d.text);
    d.items.iter().for_each(|i| directive_texts(i, out));
}
