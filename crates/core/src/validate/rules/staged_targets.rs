//! RES502 `staged-target-falls`: staged targets of one directive that fall
//! over time (`к концу 2019 года до 73 %, к концу 2020 года до 70 %`).
//!
//! Targets tied to deadlines are read in text order; a series continues
//! while each stage is due later than the previous one and counts the same
//! unit, so `… до 76 %, в том числе … к концу 2019 года до 15 %` starts a
//! new series. In a directive about reducing something (`снизить`,
//! `сокращение`, `уменьшение`) the values are expected to fall instead, and
//! a rise is reported.

use crate::extract::{Extraction, Target};
use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::{Args, Diagnostic, Location, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for node in ctx.directives.iter().filter(|n| n.facts.has_targets) {
        let text = &node.directive.text;
        let extraction = &node.analysis.extraction;
        let reduction = node.facts.reduction;
        let mut previous: Option<&Target> = None;
        for target in extraction.targets.iter().filter(|t| t.due.is_some()) {
            if let Some(prev) = previous.filter(|p| p.unit == target.unit && p.due < target.due) {
                let (before, after) = (prev.amount.as_f64(), target.amount.as_f64());
                let wrong = if reduction {
                    after > before
                } else {
                    after < before
                };
                if wrong {
                    let range = stage_range(extraction, target);
                    let prev_range = stage_range(extraction, prev);
                    let args = Args::new()
                        .with("text", text.get(range.clone()).unwrap_or_default())
                        .with("previous", text.get(prev_range.clone()).unwrap_or_default())
                        .with("direction", if reduction { "down" } else { "up" });
                    out.push(
                        Diagnostic::new(
                            RuleCode::StagedTargetFalls,
                            Location::directive_range(node.directive.id, range),
                            args,
                        )
                        .with_related(Location::directive_range(node.directive.id, prev_range)),
                    );
                }
            }
            previous = Some(target);
        }
    }
}

/// The stage phrase: from its deadline to its value when the deadline comes
/// first (`к концу 2020 года до 70 %`), else the target alone.
fn stage_range(extraction: &Extraction, target: &Target) -> std::ops::Range<usize> {
    let deadline = target
        .deadline
        .and_then(|i| extraction.deadlines.get(i))
        .filter(|d| d.range.start < target.range.start);
    match deadline {
        Some(d) => d.range.start..target.range.end,
        None => target.range.clone(),
    }
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let (text, previous) = (args.get("text"), args.get("previous"));
    match (args.get("direction"), locale) {
        ("down", Locale::Ru) => {
            format!("Показатель должен снижаться, но растёт: «{previous}», затем «{text}».")
        }
        ("down", Locale::En) => {
            format!("The value should fall but rises: «{previous}», then «{text}».")
        }
        (_, Locale::Ru) => format!(
            "Целевое значение падает со временем: «{previous}», затем «{text}». Проверьте \
             значения этапов."
        ),
        (_, Locale::En) => format!(
            "The target falls over time: «{previous}», then «{text}». Check the stage values."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_quotes_both_stages() {
        let args = Args::new()
            .with("text", "к концу 2020 года до 70 %")
            .with("previous", "к концу 2019 года до 73 %")
            .with("direction", "up");
        assert_eq!(
            message(&args, Locale::Ru),
            "Целевое значение падает со временем: «к концу 2019 года до 73 %», затем «к концу \
             2020 года до 70 %». Проверьте значения этапов."
        );
    }

    use crate::validate::testing::{add_section, decision, run};

    #[test]
    fn fires_on_falling_stage_pointing_at_the_previous_one() {
        let mut doc = decision();
        let text = "обеспечить охват детей дополнительным образованием к концу 2020 года до 73 %, к концу 2021 года до 70 %";
        let s = add_section(&mut doc, "Руководителям ОО:", &[text]);
        let found = run(&doc, RuleCode::StagedTargetFalls);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].args.get("text"), "к концу 2021 года до 70 %");
        assert_eq!(found[0].args.get("previous"), "к концу 2020 года до 73 %");
        let id = doc.sections[s].directives[0].id;
        assert!(
            matches!(found[0].location, Location::Directive { directive, range: Some(_) } if directive == id)
        );
        assert_eq!(found[0].related.len(), 1);
    }

    #[test]
    fn silent_on_rising_series_and_on_reductions() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &[
                "обеспечить охват детей к концу 2020 года до 73 %, к концу 2021 года до 75 %, в том \
                 числе программами технической направленности к концу 2020 года до 15 %, к концу \
                 2021 года до 20 %",
                "снизить долю обучающихся с низкими результатами к концу 2020 года до 5 %, к концу \
                 2021 года до 3 %",
            ],
        );
        assert!(run(&doc, RuleCode::StagedTargetFalls).is_empty());
    }
}
