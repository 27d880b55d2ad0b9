//! RES404 `deadline-passed` (info, for reviewers): a deadline already past
//! relative to [`ValidateOptions::today`]. Deadlines before the adoption
//! date are left to RES402.
//!
//! [`ValidateOptions::today`]: crate::validate::ValidateOptions::today

use std::sync::Arc;

use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::phrases::date_arg;
use crate::validate::{Args, Diagnostic, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let Some(today) = ctx.opts.today else {
        return;
    };
    let mut today_text: Option<Arc<str>> = None;
    ctx.for_each_deadline(|site| {
        let Some(due) = site.due else {
            return;
        };
        let before_adoption = ctx.adopted.is_some_and(|adopted| due < adopted);
        if due < today && !before_adoption {
            let today_text = today_text.get_or_insert_with(|| date_arg(today));
            let args = Args::new()
                .with("text", site.phrase())
                .with("due", date_arg(due))
                .with("today", Arc::clone(today_text));
            out.push(Diagnostic::new(
                RuleCode::DeadlinePassed,
                site.location(),
                args,
            ));
        }
    });
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let (text, due, today) = (args.get("text"), args.get("due"), args.get("today"));
    match locale {
        Locale::Ru => format!("Срок «{text}» ({due}) уже прошёл: сегодня {today}."),
        Locale::En => format!("The deadline «{text}» ({due}) has passed: today is {today}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_names_both_dates() {
        let args = Args::new()
            .with("text", "до 20 сентября 2019 года")
            .with("due", "20.09.2019")
            .with("today", "01.10.2019");
        assert_eq!(
            message(&args, Locale::Ru),
            "Срок «до 20 сентября 2019 года» (20.09.2019) уже прошёл: сегодня 01.10.2019."
        );
    }

    use crate::date::CivilDate;
    use crate::validate::testing::{add_section, decision, run, run_with};
    use crate::validate::{Severity, ValidateOptions};

    fn doc() -> crate::model::Document {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &[
                "провести семинар до 20 сентября 2020 года",
                "провести конкурс до 1 декабря 2020 года",
            ],
        );
        doc
    }

    #[test]
    fn fires_for_past_deadline_as_info() {
        let opts = ValidateOptions {
            today: CivilDate::new(2020, 10, 1),
        };
        let found = run_with(&doc(), RuleCode::DeadlinePassed, &opts);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Info);
        assert_eq!(found[0].args.get("due"), "20.09.2020");
    }

    #[test]
    fn silent_without_today_or_before_due() {
        assert!(run(&doc(), RuleCode::DeadlinePassed).is_empty());
        let opts = ValidateOptions {
            today: CivilDate::new(2020, 9, 1),
        };
        assert!(run_with(&doc(), RuleCode::DeadlinePassed, &opts).is_empty());
    }
}
