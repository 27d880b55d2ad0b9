//! Which deadline governs a directive: its own, else its parent
//! directive's, else the section lead's, else the nearest `Срок исполнения:
//! …` line below it in its section, else a line closing the section from
//! outside (a deadline-only section after it, or the last line of an agenda
//! item's РЕШИЛИ list). The same inheritance the validator applies before
//! reporting RES401.

use serde::Serialize;

use crate::date::CivilDate;
use crate::extract::{extract, Deadline, DeadlineValue, ExtractContext, Extraction};
use crate::ids::{DirectiveId, SectionId};
use crate::locale::Locale;
use crate::model::{Directive, Section};

use super::notes::is_deadline_note;

/// Where a directive's deadline was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "from", rename_all = "snake_case")]
pub enum DeadlineSource {
    /// In the directive itself.
    Own,
    /// In an enclosing directive (`до 20 сентября 2019 года обеспечить:`).
    Parent { directive: DirectiveId },
    /// In the section lead.
    Lead { section: SectionId },
    /// In a deadline line (`Срок исполнения: постоянно`).
    Line { directive: DirectiveId },
}

/// The deadline that governs one directive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowDeadline {
    /// The normalised meaning.
    pub value: DeadlineValue,
    /// The phrase as written (`до 20 сентября 2019 года`,
    /// `Срок исполнения: постоянно`).
    pub phrase: String,
    pub source: DeadlineSource,
}

impl RowDeadline {
    /// The last day to complete the task, if the deadline has one.
    pub fn due(&self) -> Option<CivilDate> {
        self.value.due()
    }

    /// The first day of the period, for periods and start dates.
    pub fn start(&self) -> Option<CivilDate> {
        self.value.start()
    }

    /// `постоянно` or a recurring task.
    pub fn is_standing(&self) -> bool {
        self.value.is_standing()
    }

    /// Short text for a table cell: `20.09.2019`, `01.09.2019–31.08.2020`,
    /// `постоянно`.
    pub fn describe(&self, locale: Locale) -> String {
        let full = match locale {
            Locale::Ru => self.value.describe_ru(),
            Locale::En => self.value.describe_en(),
        };
        let head = match locale {
            Locale::Ru => "срок: ",
            Locale::En => "due: ",
        };
        full.strip_prefix(head).map(str::to_owned).unwrap_or(full)
    }

    /// The same deadline seen from an enclosed directive.
    pub(crate) fn inherited_from(&self, parent: DirectiveId) -> Self {
        let source = match self.source {
            DeadlineSource::Own => DeadlineSource::Parent { directive: parent },
            other => other,
        };
        Self {
            source,
            ..self.clone()
        }
    }
}

/// The deadline a text sets for itself: a labelled one (`Срок: …`) first,
/// else the latest due date (the last stage of `к концу 2019 года до 73 %,
/// к концу 2020 года до 75 %`), else the first phrase found (`постоянно`,
/// `с сентября 2019 года`).
pub(crate) fn primary(
    text: &str,
    extraction: &Extraction,
    source: DeadlineSource,
) -> Option<RowDeadline> {
    let deadlines = &extraction.deadlines;
    let chosen = deadlines
        .iter()
        .find(|d| d.labelled)
        .or_else(|| latest_due(deadlines))
        .or_else(|| deadlines.first())?;
    Some(RowDeadline {
        value: chosen.value,
        phrase: text
            .get(chosen.range.clone())
            .unwrap_or_default()
            .trim()
            .to_owned(),
        source,
    })
}

fn latest_due(deadlines: &[Deadline]) -> Option<&Deadline> {
    deadlines
        .iter()
        .filter_map(|d| d.value.due().map(|due| (due, d)))
        .fold(
            None,
            |best: Option<(CivilDate, &Deadline)>, (due, d)| match best {
                Some((best_due, _)) if best_due >= due => best,
                _ => Some((due, d)),
            },
        )
        .map(|(_, d)| d)
}

/// The deadline a deadline line (`Срок исполнения: до 1 марта 2025 года`)
/// states; `None` for any other directive.
fn line_deadline(directive: &Directive, ctx: &ExtractContext) -> Option<RowDeadline> {
    if !is_deadline_note(&directive.text) {
        return None;
    }
    let extraction = extract(&directive.text, ctx);
    let labelled = extraction.deadlines.iter().find(|d| d.labelled)?;
    Some(RowDeadline {
        value: labelled.value,
        phrase: directive
            .text
            .get(labelled.range.clone())
            .unwrap_or_default()
            .trim()
            .to_owned(),
        source: DeadlineSource::Line {
            directive: directive.id,
        },
    })
}

/// Spreads the deadline lines of one section over its directives: `lines`
/// holds, for each top-level directive in order, what it states if it is a
/// deadline line. A line covers the directives written since the previous
/// line (or since the section start), itself included; directives after
/// the last line are not covered. Shared by the control sheet and the
/// validator so that both read a section the same way.
pub(crate) fn cover_by_lines<T: Clone>(lines: Vec<Option<T>>) -> Vec<Option<T>> {
    let mut next = None;
    let mut covered: Vec<Option<T>> = lines
        .into_iter()
        .rev()
        .map(|line| {
            if line.is_some() {
                next = line;
            }
            next.clone()
        })
        .collect();
    covered.reverse();
    covered
}

/// The deadline of the section's last directive, if it is a deadline line.
fn closing_line(section: &Section, ctx: &ExtractContext) -> Option<RowDeadline> {
    line_deadline(section.directives.last()?, ctx)
}

/// A section without addressee holding only deadline lines: it closes the
/// section before it.
fn note_only(section: &Section, ctx: &ExtractContext) -> Option<RowDeadline> {
    let only_notes = section.addressee.trim().is_empty()
        && !section.directives.is_empty()
        && section.directives.iter().all(|d| is_deadline_note(&d.text));
    if only_notes {
        closing_line(section, ctx)
    } else {
        None
    }
}

/// The deadlines a section's directives fall back on when neither they nor
/// an enclosing directive set one.
pub(crate) struct SectionFallback {
    /// The section lead's deadline.
    lead: Option<RowDeadline>,
    /// For each top-level directive, the deadline line covering it.
    lines: Vec<Option<RowDeadline>>,
    /// For directives after the section's last deadline line: a
    /// deadline-only section right after, or the line closing the whole
    /// РЕШИЛИ list of an agenda item.
    after: Option<RowDeadline>,
}

impl SectionFallback {
    /// The fallback of the section's top-level directive `top` (0-based,
    /// deadline lines counted) and of its items.
    pub(crate) fn get(&self, top: usize) -> Option<RowDeadline> {
        self.lead
            .clone()
            .or_else(|| self.lines.get(top).cloned().flatten())
            .or_else(|| self.after.clone())
    }
}

/// For each section of one list (the document's sections, or one agenda
/// item's РЕШИЛИ), the deadlines its directives fall back on.
pub(crate) fn section_fallbacks(
    sections: &[Section],
    agenda: bool,
    ctx: &ExtractContext,
) -> Vec<SectionFallback> {
    let group = if agenda {
        sections.last().and_then(|s| closing_line(s, ctx))
    } else {
        None
    };
    sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            let lead = primary(
                &section.lead,
                &extract(&section.lead, ctx),
                DeadlineSource::Lead {
                    section: section.id,
                },
            );
            let lines = cover_by_lines(
                section
                    .directives
                    .iter()
                    .map(|d| line_deadline(d, ctx))
                    .collect(),
            );
            let after = sections
                .get(index + 1)
                .and_then(|next| note_only(next, ctx))
                .or_else(|| group.clone());
            SectionFallback { lead, lines, after }
        })
        .collect()
}
