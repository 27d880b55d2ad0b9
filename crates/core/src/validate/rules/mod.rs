//! The rules, one file each, with their messages and tests. [`run`] calls
//! them in a fixed order, so the output order is deterministic: header,
//! dates, sections, directives, deadlines, targets, duplicates, numbering,
//! near-duplicates (last, because it keeps state between runs).

mod academic_year;
mod addressee_case;
mod deadline_before_adoption;
mod deadline_passed;
pub(crate) mod duplicate;
mod empty_directive;
mod empty_section;
mod impossible_date;
mod missing_addressee;
mod missing_date;
mod missing_deadline;
mod missing_kind;
mod missing_topic;
mod missing_year;
pub(crate) mod near_duplicate;
mod no_verb;
mod numbering;
mod numbering_gap;
mod numbering_repeat;
mod percent_over_100;
mod repeated_addressee;
mod staged_targets;
mod unparseable_date;
mod year_range;

use super::context::{Ctx, DirectiveNode};
use super::threads;
use super::{ArgValue, Args, Diagnostic, Location, RuleCode};
use crate::locale::Locale;

type Check = fn(&Ctx, &mut Vec<Diagnostic>);

/// Every rule's check, in output order.
const CHECKS: &[Check] = &[
    missing_kind::check,
    missing_topic::check,
    missing_date::check,
    unparseable_date::check,
    impossible_date::check,
    missing_addressee::check,
    addressee_case::check,
    empty_section::check,
    repeated_addressee::check,
    empty_directive::check,
    no_verb::check,
    missing_deadline::check,
    deadline_before_adoption::check,
    academic_year::check,
    deadline_passed::check,
    year_range::check,
    missing_year::check,
    percent_over_100::check,
    staged_targets::check,
    duplicate::check,
    numbering::check,
];

/// State some rules keep between runs of a [`Validator`] to work
/// incrementally; a fresh one gives the same results, only slower.
///
/// [`Validator`]: super::Validator
#[derive(Default)]
pub(crate) struct Memory {
    near_duplicates: near_duplicate::NearDuplicates,
}

/// From this many directives on, a full near-duplicate search runs beside
/// the other checks on a second thread where the platform has one.
const CONCURRENT_FROM_DIRECTIVES: usize = 1_000;

/// Runs every rule; the findings come in the order of [`CHECKS`], then
/// near duplicates, whichever thread found them. `fresh` says the document
/// was analysed from scratch (a first update), so near-duplicate search
/// recomputes everything and is worth a thread of its own in a large
/// document; after an edit it is a small patch and runs in turn.
pub(crate) fn run(ctx: &Ctx, memory: &mut Memory, out: &mut Vec<Diagnostic>, fresh: bool) {
    // Room for about one finding per directive, so a large document's list
    // is not copied again and again as it grows (the generated benchmark
    // text has 0.96 per directive).
    out.reserve(ctx.directives.len());
    let near_duplicates = &mut memory.near_duplicates;
    let concurrent =
        fresh && ctx.directives.len() >= CONCURRENT_FROM_DIRECTIVES && threads::available() > 1;
    if !concurrent {
        run_checks(ctx, out);
        near_duplicates.check(ctx, out);
        return;
    }
    let ((), mut near) = threads::join(
        true,
        || run_checks(ctx, out),
        || {
            let mut near = Vec::new();
            near_duplicates.check(ctx, &mut near);
            near
        },
    );
    out.append(&mut near);
}

/// Runs every check of [`CHECKS`] in order.
fn run_checks(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for check in CHECKS {
        check(ctx, out);
    }
}

/// Reports `code` on every directive for which `fires` holds, quoting the
/// opening of its text as `text`: the walk of the rules that judge each
/// directive on its own.
fn flag_directives(
    ctx: &Ctx,
    out: &mut Vec<Diagnostic>,
    code: RuleCode,
    fires: impl Fn(&DirectiveNode) -> bool,
) {
    for node in &ctx.directives {
        if fires(node) {
            out.push(Diagnostic::new(
                code,
                Location::directive(node.directive.id),
                Args::new().with("text", ArgValue::snippet_of(&node.analysis)),
            ));
        }
    }
}

/// The message of `code` built from `args`.
pub(crate) fn message(code: RuleCode, args: &Args, locale: Locale) -> String {
    let build = match code {
        RuleCode::MissingKind => missing_kind::message,
        RuleCode::MissingTopic => missing_topic::message,
        RuleCode::MissingDate => missing_date::message,
        RuleCode::UnparseableDate => unparseable_date::message,
        RuleCode::ImpossibleDate => impossible_date::message,
        RuleCode::MissingAddressee => missing_addressee::message,
        RuleCode::AddresseeNotDative => addressee_case::message,
        RuleCode::EmptySection => empty_section::message,
        RuleCode::RepeatedAddressee => repeated_addressee::message,
        RuleCode::EmptyDirective => empty_directive::message,
        RuleCode::NoVerb => no_verb::message,
        RuleCode::DuplicateDirective => duplicate::message,
        RuleCode::NearDuplicateDirective => near_duplicate::message,
        RuleCode::MissingDeadline => missing_deadline::message,
        RuleCode::DeadlineBeforeAdoption => deadline_before_adoption::message,
        RuleCode::AcademicYearNotConsecutive => academic_year::message,
        RuleCode::DeadlinePassed => deadline_passed::message,
        RuleCode::YearRangeReversed => year_range::message,
        RuleCode::DeadlineWithoutYear => missing_year::message,
        RuleCode::PercentOver100 => percent_over_100::message,
        RuleCode::StagedTargetFalls => staged_targets::message,
        RuleCode::NumberingGap => numbering_gap::message,
        RuleCode::NumberingRepeat => numbering_repeat::message,
    };
    build(args, locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_messages_in_both_locales() {
        for &code in RuleCode::ALL {
            let ru = message(code, &Args::new(), Locale::Ru);
            let en = message(code, &Args::new(), Locale::En);
            assert!(!ru.is_empty() && !en.is_empty(), "{code}");
            assert_ne!(ru, en, "{code}");
            assert!(ru.chars().any(|c| matches!(c, 'а'..='я')), "{code}: {ru}");
        }
    }
}
