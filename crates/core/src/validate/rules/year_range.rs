//! RES405 `year-range-reversed`: a range of years written backwards
//! (`в 2024-2019 годах`).

use crate::extract::DeadlineValue;
use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::{Args, Diagnostic, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    ctx.for_each_deadline(|site| {
        if let DeadlineValue::YearRange { from, to } = site.deadline.value {
            if from > to {
                let args = Args::new()
                    .with("text", site.phrase())
                    .with("from", from.to_string())
                    .with("to", to.to_string());
                out.push(Diagnostic::new(
                    RuleCode::YearRangeReversed,
                    site.location(),
                    args,
                ));
            }
        }
    });
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let (text, from, to) = (args.get("text"), args.get("from"), args.get("to"));
    match locale {
        Locale::Ru => format!(
            "Период «{text}» записан наоборот: {from} год позже {to}. Должно быть «{to}–{from}»."
        ),
        Locale::En => format!(
            "The period «{text}» is reversed: {from} comes after {to}. It should read «{to}–{from}»."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_suggests_the_right_order() {
        let args = Args::new()
            .with("text", "в 2024-2019 годах")
            .with("from", "2024")
            .with("to", "2019");
        assert!(message(&args, Locale::Ru).ends_with("Должно быть «2019–2024»."));
    }

    use crate::validate::testing::{add_section, decision, run};

    #[test]
    fn fires_on_reversed_range() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Управлению образования:",
            &["в 2024-2020 годах реализовать программу"],
        );
        let found = run(&doc, RuleCode::YearRangeReversed);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].args.get("from"), "2024");
    }

    #[test]
    fn silent_on_ordered_range() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Управлению образования:",
            &["в 2020-2024 годах реализовать программу"],
        );
        assert!(run(&doc, RuleCode::YearRangeReversed).is_empty());
    }
}
