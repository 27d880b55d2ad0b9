//! The control sheet: one row per directive (sub-items included) with its
//! number, addressee, text, governing deadline, targets and diagnostics.
//!
//! This is the single source for the browser's control-sheet view and for
//! the CSV and iCalendar exports, so a directive has the same number and
//! deadline everywhere.

mod deadline;
mod notes;
mod numbering;

use std::collections::HashMap;

use serde::Serialize;

use crate::date::{parse_date, CivilDate, DateParse};
use crate::extract::{extract, ExtractContext};
use crate::ids::{AgendaItemId, DirectiveId, SectionId};
use crate::locale::Locale;
use crate::model::{Document, Section};
use crate::validate::{validate, Diagnostic, Location, Severity, ValidateOptions};

pub(crate) use deadline::cover_by_lines;
use deadline::SectionFallback;
pub use deadline::{DeadlineSource, RowDeadline};
pub use notes::is_deadline_note;
pub use numbering::{format_number, section_numbers};
pub(crate) use numbering::{is_collapsed, number_section};

/// Settings of [`control_sheet`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ControlOptions {
    /// Language of target descriptions and diagnostic messages.
    pub locale: Locale,
    /// Passed to the validator for the per-row diagnostics.
    pub validate: ValidateOptions,
}

/// One finding of the validator about a row's directive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowDiagnostic {
    /// Stable rule code, e.g. `RES401`.
    pub code: String,
    pub severity: Severity,
    pub message: String,
}

/// One directive of the control sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ControlRow {
    pub directive: DirectiveId,
    pub section: SectionId,
    /// The agenda item, for directives in a protocol's РЕШИЛИ.
    pub agenda_item: Option<AgendaItemId>,
    /// Position in reading order, from 0; sorting helpers use it to keep
    /// ties in document order.
    pub order: usize,
    /// Hierarchical number: `1.2`, `2.1.3` (protocols start with the agenda
    /// item number). Empty for a deadline line, which is not numbered.
    pub number: String,
    /// 0 for directives of a section, 1 for their sub-items, and so on.
    pub depth: usize,
    /// The section's addressee, without the closing colon.
    pub addressee: String,
    /// Text the directive continues: the section lead and enclosing
    /// directives (`до 20 сентября 2019 года обеспечить:`), outermost first.
    pub context: Vec<String>,
    /// The directive's own text.
    pub text: String,
    /// The governing deadline, own or inherited.
    pub deadline: Option<RowDeadline>,
    /// The directive's own targets, described (`цель: ≥ 30 %`).
    pub targets: Vec<String>,
    /// Validator findings located at this directive.
    pub diagnostics: Vec<RowDiagnostic>,
    /// The directive has sub-items (its own rows follow it).
    pub has_items: bool,
    /// The row is a deadline line (`Срок исполнения: постоянно`).
    pub deadline_note: bool,
}

impl ControlRow {
    /// The context and the text as one sentence: `до 20 сентября 2019 года
    /// обеспечить: разработку …`.
    pub fn full_text(&self) -> String {
        let mut parts: Vec<&str> = self.context.iter().map(|c| c.trim()).collect();
        parts.push(self.text.trim());
        parts.retain(|p| !p.is_empty());
        parts.join(" ")
    }

    /// The due date of the governing deadline.
    pub fn due(&self) -> Option<CivilDate> {
        self.deadline.as_ref().and_then(RowDeadline::due)
    }
}

/// Builds the control sheet, running the validator for the diagnostics.
pub fn control_sheet(doc: &Document, opts: &ControlOptions) -> Vec<ControlRow> {
    let diagnostics = validate(doc, &opts.validate);
    control_sheet_with(doc, &diagnostics, opts.locale)
}

/// Builds the control sheet from diagnostics the caller already has (the
/// browser keeps them up to date incrementally).
pub fn control_sheet_with(
    doc: &Document,
    diagnostics: &[Diagnostic],
    locale: Locale,
) -> Vec<ControlRow> {
    let mut by_directive: HashMap<DirectiveId, Vec<RowDiagnostic>> = HashMap::new();
    for d in diagnostics {
        if let Location::Directive { directive, .. } = d.location {
            by_directive
                .entry(directive)
                .or_default()
                .push(RowDiagnostic {
                    code: d.code.as_str().to_owned(),
                    severity: d.severity,
                    message: d.message(locale),
                });
        }
    }
    let mut builder = Builder {
        ctx: ExtractContext::adopted(adoption_date(doc)),
        locale,
        diagnostics: by_directive,
        rows: Vec::new(),
    };
    builder.group(&doc.sections, None);
    if let Some(protocol) = &doc.protocol {
        for (index, item) in protocol.agenda.iter().enumerate() {
            builder.group(&item.decided, Some((index + 1, item.id)));
        }
    }
    builder.rows
}

struct Builder {
    ctx: ExtractContext,
    locale: Locale,
    diagnostics: HashMap<DirectiveId, Vec<RowDiagnostic>>,
    rows: Vec<ControlRow>,
}

impl Builder {
    fn group(&mut self, sections: &[Section], agenda: Option<(usize, AgendaItemId)>) {
        let fallbacks = deadline::section_fallbacks(sections, agenda.is_some(), &self.ctx);
        for (index, section) in sections.iter().enumerate() {
            let mut base: Vec<usize> = agenda.iter().map(|&(n, _)| n).collect();
            base.push(index + 1);
            let fallback = fallbacks.get(index);
            self.section(section, &base, fallback, agenda.map(|(_, id)| id));
        }
    }

    fn section(
        &mut self,
        section: &Section,
        base: &[usize],
        fallback: Option<&SectionFallback>,
        agenda_item: Option<AgendaItemId>,
    ) {
        let addressee = display_addressee(&section.addressee);
        let lead = section.lead.trim();
        let mut effective: HashMap<DirectiveId, Option<RowDeadline>> = HashMap::new();
        // Count of top-level directives seen, deadline lines included.
        let mut tops: usize = 0;
        for numbered in number_section(section, base) {
            let directive = numbered.directive;
            if numbered.parents.is_empty() {
                tops += 1;
            }
            let extraction = extract(&directive.text, &self.ctx);
            let parent = numbered.parents.last().map(|p| p.id);
            let own = deadline::primary(&directive.text, &extraction, DeadlineSource::Own);
            let governing = own
                .or_else(|| {
                    let parent = parent?;
                    let inherited = effective.get(&parent).cloned().flatten()?;
                    Some(inherited.inherited_from(parent))
                })
                .or_else(|| fallback?.get(tops.checked_sub(1)?));
            effective.insert(directive.id, governing.clone());
            let mut context: Vec<String> = Vec::new();
            if !lead.is_empty() {
                context.push(lead.to_owned());
            }
            context.extend(numbered.parents.iter().map(|p| p.text.trim().to_owned()));
            let targets = extraction
                .targets
                .iter()
                .map(|t| match self.locale {
                    Locale::Ru => t.describe_ru(),
                    Locale::En => t.describe_en(),
                })
                .collect();
            let order = self.rows.len();
            self.rows.push(ControlRow {
                directive: directive.id,
                section: section.id,
                agenda_item,
                order,
                number: numbered
                    .path
                    .as_deref()
                    .map(format_number)
                    .unwrap_or_default(),
                depth: numbered.parents.len(),
                addressee: addressee.clone(),
                context,
                text: directive.text.trim().to_owned(),
                deadline: governing,
                targets,
                diagnostics: self.diagnostics.remove(&directive.id).unwrap_or_default(),
                has_items: !directive.items.is_empty(),
                deadline_note: is_deadline_note(&directive.text),
            });
        }
    }
}

/// The addressee as shown in a table: trimmed, without the closing colon.
pub fn display_addressee(addressee: &str) -> String {
    addressee.trim().trim_end_matches(':').trim_end().to_owned()
}

/// The adoption date: the header's date field, else the first date in the
/// approval line (`Одобрена … 30 августа 2019 года`).
pub fn adoption_date(doc: &Document) -> Option<CivilDate> {
    if let DateParse::Ok(date) = parse_date(&doc.header.adopted_on) {
        return Some(date);
    }
    first_date_in(&doc.header.adopted_on).or_else(|| first_date_in(&doc.header.approval))
}

/// The first complete date written inside running text: tries every run
/// of one to four whitespace-separated words (`25.02.2022`, `25. 02.2022`,
/// `30 августа 2019 года`).
fn first_date_in(text: &str) -> Option<CivilDate> {
    let words: Vec<(usize, usize)> = word_spans(text);
    for start in 0..words.len() {
        for len in 1..=4 {
            let (Some(&(from, _)), Some(&(_, to))) = (words.get(start), words.get(start + len - 1))
            else {
                break;
            };
            let candidate = text.get(from..to).unwrap_or_default();
            let candidate = candidate.trim_end_matches([',', ';', ')']);
            if let DateParse::Ok(date) = parse_date(candidate) {
                return Some(date);
            }
        }
    }
    None
}

fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
}

/// Sorts by due date, earliest first; rows without a due date (standing,
/// start-only or no deadline) go last. Ties keep document order.
pub fn sort_by_deadline(rows: &mut [ControlRow]) {
    rows.sort_by_key(|r| (r.due().is_none(), r.due(), r.order));
}

/// Sorts by addressee (case-insensitive), rows without an addressee last.
/// Ties keep document order.
pub fn sort_by_addressee(rows: &mut [ControlRow]) {
    rows.sort_by_cached_key(|r| (r.addressee.is_empty(), r.addressee.to_lowercase(), r.order));
}
