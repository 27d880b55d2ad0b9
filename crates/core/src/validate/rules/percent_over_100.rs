//! RES501 `percent-over-100`: a share above 100 % (`охват … до 110 %`,
//! `более 100 % обучающихся`). Relative changes are not judged, because
//! growth by more than 100 % is possible: `на 150 %` (comparator
//! `ChangeBy`) and values measured against a base (`120 % от уровня 2019
//! года`, `… к уровню …`, `… по отношению к …`).

use crate::extract::{Comparator, TargetUnit};
use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::words::fold;
use crate::validate::{Args, Diagnostic, Location, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for node in ctx.directives.iter().filter(|n| n.facts.has_targets) {
        let text = &node.directive.text;
        for target in &node.analysis.extraction.targets {
            if target.unit != TargetUnit::Percent || target.comparator == Comparator::ChangeBy {
                continue;
            }
            let value = target.amount.as_f64();
            let over =
                value > 100.0 || (target.comparator == Comparator::MoreThan && value >= 100.0);
            if !over || against_base(text, target.range.end) {
                continue;
            }
            let args = Args::new()
                .with("text", text.get(target.range.clone()).unwrap_or_default())
                .with("value", target.amount.to_string_ru());
            out.push(Diagnostic::new(
                RuleCode::PercentOver100,
                Location::directive_range(node.directive.id, target.range.clone()),
                args,
            ));
        }
    }
}

/// Whether the words right after a percentage measure it against a base.
fn against_base(text: &str, end: usize) -> bool {
    let after: String = text
        .get(end..)
        .unwrap_or_default()
        .chars()
        .take(40)
        .collect();
    let after = fold(&after);
    ["уровн", "по отношению", "от показател", "к показател"]
        .iter()
        .any(|marker| after.contains(marker))
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let text = args.get("text");
    match locale {
        Locale::Ru => format!(
            "Доля «{text}» больше 100 %: охват или доля не может превышать 100 %. Если имелся \
             в виду рост, напишите «на … %» или «… % от уровня … года»."
        ),
        Locale::En => format!(
            "The share «{text}» exceeds 100 %. If growth was meant, write «на … %» or \
             «… % от уровня … года»."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_markers_exempt_the_value() {
        let text = "довести до 120 % от уровня 2019 года";
        let end = text.find('%').map_or(0, |i| i + 1);
        assert!(against_base(text, end));
        assert!(!against_base(
            "охват до 120 % детей",
            "охват до 120 %".len()
        ));
    }

    #[test]
    fn message_names_the_phrase() {
        let args = Args::new().with("text", "до 110 %");
        assert!(message(&args, Locale::Ru).starts_with("Доля «до 110 %» больше 100 %"));
    }

    use crate::validate::testing::{add_section, decision, run};

    #[test]
    fn fires_on_share_above_100() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &["довести охват детей до 110 % к концу 2021 года"],
        );
        let found = run(&doc, RuleCode::PercentOver100);
        assert_eq!(found.len(), 1);
        assert!(found[0].args.get("text").contains("110"));
    }

    #[test]
    fn silent_on_relative_growth_and_full_coverage() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &[
                "увеличить число участников на 150 % к концу 2021 года",
                "обеспечить охват 100% обучающихся до 1 сентября 2021 года",
                "довести финансирование до 120 % от уровня 2019 года к концу 2021 года",
            ],
        );
        assert!(run(&doc, RuleCode::PercentOver100).is_empty());
    }
}
