//! The document as the rules see it: sections and directives flattened in
//! reading order, each with the context that changes how it is judged (a
//! verb supplied by a lead or parent, a deadline inherited from a parent,
//! a lead or a `Срок исполнения:` line closing a decision group).

use std::ops::Range;
use std::sync::Arc;

use crate::control::cover_by_lines;
use crate::date::{parse_date, CivilDate, DateParse};
use crate::extract::Deadline;
use crate::ids::{DirectiveId, SectionId};
use crate::model::{Directive, Document, Section};

use super::analysis::{Analysis, Facts};
use super::words;
use super::{Location, ValidateOptions};

/// Supplies (usually cached) analyses of directive texts and section leads.
pub(crate) trait Analyses {
    fn directive(&mut self, directive: &Directive) -> Arc<Analysis>;
    fn lead(&mut self, section: &Section) -> Arc<Analysis>;
    fn addressee(&mut self, section: &Section) -> Arc<Analysis>;
}

/// Which list a section belongs to: the document's own sections or the
/// РЕШИЛИ list of one agenda item. Addressee repeats and numbering are
/// judged within one group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Group {
    TopLevel,
    Agenda(usize),
}

pub(crate) struct SectionNode<'a> {
    pub section: &'a Section,
    /// The addressee as quoted in messages: trimmed, without the colon.
    pub label: Arc<str>,
    pub group: Group,
    pub lead: Arc<Analysis>,
    pub addressee: Arc<Analysis>,
    /// Indices into [`Ctx::directives`] (items included).
    pub directives: Range<usize>,
}

pub(crate) struct DirectiveNode<'a> {
    pub directive: &'a Directive,
    pub analysis: Arc<Analysis>,
    /// A copy of `analysis.facts`, read by most rules without touching
    /// the analysis itself.
    pub facts: Facts,
    /// The directive has no sub-items.
    pub leaf: bool,
    /// Index into [`Ctx::sections`].
    pub section: usize,
    /// Index into [`Ctx::directives`] of the parent directive, for items.
    pub parent: Option<usize>,
    /// The section lead or a parent directive supplies the verb.
    pub verb_supplied: bool,
    /// A parent, the lead or a section/group deadline line covers it.
    pub deadline_inherited: bool,
}

pub(crate) struct Ctx<'a> {
    pub doc: &'a Document,
    pub opts: &'a ValidateOptions,
    /// The adoption date, when the header gives a valid one.
    pub adopted: Option<CivilDate>,
    pub sections: Vec<SectionNode<'a>>,
    pub directives: Vec<DirectiveNode<'a>>,
    /// Every deadline phrase of section leads and directives, in reading
    /// order (a section's lead before its directives), copied out of the
    /// analyses so the deadline rules each walk one list.
    deadlines: Vec<DeadlineSite<'a>>,
}

/// The adoption date: the `adopted_on` field, or else the first date in
/// the approval line (`Одобрена … 30 августа 2019 года`).
pub(crate) fn adoption_date(doc: &Document) -> Option<CivilDate> {
    match parse_date(&doc.header.adopted_on) {
        DateParse::Ok(date) => Some(date),
        DateParse::Impossible { .. } => None,
        DateParse::NotADate if doc.header.adopted_on.trim().is_empty() => {
            find_dates(&doc.header.approval).find_map(|(_, parsed)| match parsed {
                DateParse::Ok(date) => Some(date),
                _ => None,
            })
        }
        DateParse::NotADate => None,
    }
}

/// Dates written inside running text: `30 августа 2019 года`,
/// `25.02.2022`, with their byte ranges. Impossible dates are returned too.
pub(crate) fn find_dates(text: &str) -> impl Iterator<Item = (Range<usize>, DateParse)> + '_ {
    let tokens: Vec<(Range<usize>, &str)> = words::words(text).collect();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < tokens.len() {
            let start = i;
            i += 1;
            let Some((first, word)) = tokens.get(start) else {
                break;
            };
            if !word.chars().all(|c| c.is_ascii_digit()) || word.len() > 2 {
                continue;
            }
            // `30 августа 2019` (three words) or `25.02.2022` (three numbers
            // joined by dots).
            let Some((last, _)) = tokens.get(start + 2) else {
                continue;
            };
            let span = first.start..last.end;
            let Some(candidate) = text.get(span.clone()) else {
                continue;
            };
            let parsed = parse_date(candidate);
            if parsed != DateParse::NotADate {
                i = start + 3;
                return Some((span, parsed));
            }
        }
        None
    })
}

impl<'a> Ctx<'a> {
    /// Walks `doc`; `capacity` is a guess of the number of directives
    /// (the previous run's count).
    pub fn build(
        doc: &'a Document,
        opts: &'a ValidateOptions,
        analyses: &mut dyn Analyses,
        capacity: usize,
    ) -> Self {
        let mut ctx = Ctx {
            doc,
            opts,
            adopted: adoption_date(doc),
            sections: Vec::new(),
            directives: Vec::with_capacity(capacity),
            deadlines: Vec::with_capacity(capacity),
        };
        ctx.add_group(Group::TopLevel, &doc.sections, analyses);
        if let Some(protocol) = &doc.protocol {
            for (index, item) in protocol.agenda.iter().enumerate() {
                ctx.add_group(Group::Agenda(index), &item.decided, analyses);
            }
        }
        ctx
    }

    fn add_group(&mut self, group: Group, sections: &'a [Section], analyses: &mut dyn Analyses) {
        let first_in_group = self.sections.len();
        for section in sections {
            let lead = analyses.lead(section);
            let addressee = analyses.addressee(section);
            self.add_deadlines(&section.lead, &lead, Owner::Lead(section.id));
            let supplies_verb = lead.facts.has_verb || addressee.facts.has_verb;
            let lead_deadline = lead.facts.has_deadline;
            let index = self.sections.len();
            let start = self.directives.len();
            let mut tops = Vec::with_capacity(section.directives.len());
            for directive in &section.directives {
                tops.push(self.directives.len());
                self.add_directive(
                    directive,
                    index,
                    None,
                    supplies_verb,
                    lead_deadline,
                    analyses,
                );
            }
            let end = self.directives.len();
            self.sections.push(SectionNode {
                section,
                label: section
                    .addressee
                    .trim()
                    .trim_end_matches(':')
                    .trim_end()
                    .into(),
                group,
                lead,
                addressee,
                directives: start..end,
            });
            // A `Срок исполнения: …` line covers the directives written
            // since the previous such line (or since the section start).
            let lines: Vec<Option<()>> = tops
                .iter()
                .map(|&i| {
                    self.directives
                        .get(i)
                        .is_some_and(|d| d.facts.deadline_note && d.facts.labelled_deadline)
                        .then_some(())
                })
                .collect();
            let closing = lines.last().is_some_and(Option::is_some);
            let covered = cover_by_lines(lines);
            for (k, &top) in tops.iter().enumerate() {
                if covered.get(k).is_some_and(Option::is_some) {
                    let next = tops.get(k + 1).copied().unwrap_or(end);
                    self.cover(top..next);
                }
            }
            // An addressee-less section holding only deadline lines closes
            // the section before it.
            let note_only = section.addressee.trim().is_empty()
                && !section.directives.is_empty()
                && self
                    .directives
                    .get(start..end)
                    .unwrap_or_default()
                    .iter()
                    .all(|d| d.facts.deadline_note && d.facts.has_deadline);
            if note_only && index > first_in_group {
                self.cover_section(index - 1);
            }
            // Closing the last section of an agenda item covers the whole
            // РЕШИЛИ group.
            let last_in_group = index + 1 == first_in_group + sections.len();
            if group != Group::TopLevel && last_in_group && (closing || note_only) {
                for covered in first_in_group..index {
                    self.cover_section(covered);
                }
            }
        }
    }

    /// Covers the whole section from outside; of its directives, only the
    /// ones after its last deadline line were not covered already.
    fn cover_section(&mut self, index: usize) {
        if let Some(range) = self.sections.get(index).map(|s| s.directives.clone()) {
            self.cover(range);
        }
    }

    /// Marks the directives at `range` (indices into
    /// [`Ctx::directives`]) as covered by a deadline line.
    fn cover(&mut self, range: Range<usize>) {
        for directive in self.directives.get_mut(range).unwrap_or_default() {
            directive.deadline_inherited = true;
        }
    }

    fn add_directive(
        &mut self,
        directive: &'a Directive,
        section: usize,
        parent: Option<usize>,
        verb_supplied: bool,
        deadline_inherited: bool,
        analyses: &mut dyn Analyses,
    ) {
        let analysis = analyses.directive(directive);
        let facts = analysis.facts;
        if facts.has_deadline {
            self.add_deadlines(&directive.text, &analysis, Owner::Directive(directive.id));
        }
        let index = self.directives.len();
        let child_verb = verb_supplied || facts.has_verb;
        let child_deadline = deadline_inherited || facts.has_deadline;
        self.directives.push(DirectiveNode {
            directive,
            analysis,
            facts,
            leaf: directive.items.is_empty(),
            section,
            parent,
            verb_supplied,
            deadline_inherited,
        });
        for item in &directive.items {
            self.add_directive(
                item,
                section,
                Some(index),
                child_verb,
                child_deadline,
                analyses,
            );
        }
    }
}

/// One deadline phrase together with the text it was found in.
pub(crate) struct DeadlineSite<'c> {
    pub text: &'c str,
    pub deadline: Deadline,
    /// The date the phrase is due by (see [`DeadlineValue::due`](crate::extract::DeadlineValue::due)).
    pub due: Option<CivilDate>,
    owner: Owner,
}

#[derive(Clone, Copy)]
enum Owner {
    Lead(SectionId),
    Directive(DirectiveId),
}

impl DeadlineSite<'_> {
    /// The phrase as written.
    pub fn phrase(&self) -> &str {
        self.text
            .get(self.deadline.range.clone())
            .unwrap_or_default()
    }

    /// Where the phrase is: its byte range in the lead or directive.
    pub fn location(&self) -> Location {
        let range = Some(self.deadline.range.clone());
        match self.owner {
            Owner::Lead(section) => Location::SectionLead { section, range },
            Owner::Directive(directive) => Location::Directive { directive, range },
        }
    }
}

impl<'a> Ctx<'a> {
    fn add_deadlines(&mut self, text: &'a str, analysis: &Analysis, owner: Owner) {
        self.deadlines.extend(
            analysis
                .extraction
                .deadlines
                .iter()
                .map(|deadline| DeadlineSite {
                    text,
                    deadline: deadline.clone(),
                    due: deadline.value.due(),
                    owner,
                }),
        );
    }

    /// Calls `visit` with every deadline phrase of section leads and
    /// directives, in reading order (a section's lead before its
    /// directives).
    pub fn for_each_deadline(&self, mut visit: impl FnMut(&DeadlineSite<'_>)) {
        for site in &self.deadlines {
            visit(site);
        }
    }
}
