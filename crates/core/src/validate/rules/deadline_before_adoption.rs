//! RES402 `deadline-before-adoption`: a deadline that falls before the
//! document was adopted (`до 1 сентября 2019 года` in a decision of 30
//! August 2020). Judged by the phrase's due date.

use std::sync::Arc;

use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::phrases::date_arg;
use crate::validate::{Args, Diagnostic, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let Some(adopted) = ctx.adopted else {
        return;
    };
    let mut adopted_text: Option<Arc<str>> = None;
    ctx.for_each_deadline(|site| {
        let Some(due) = site.due else {
            return;
        };
        if due < adopted {
            let adopted_text = adopted_text.get_or_insert_with(|| date_arg(adopted));
            let args = Args::new()
                .with("text", site.phrase())
                .with("due", date_arg(due))
                .with("adopted", Arc::clone(adopted_text));
            out.push(Diagnostic::new(
                RuleCode::DeadlineBeforeAdoption,
                site.location(),
                args,
            ));
        }
    });
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let (text, due, adopted) = (args.get("text"), args.get("due"), args.get("adopted"));
    match locale {
        Locale::Ru => format!(
            "Срок «{text}» ({due}) наступает раньше даты принятия документа ({adopted}): \
             проверьте год."
        ),
        Locale::En => format!(
            "The deadline «{text}» ({due}) is earlier than the adoption date ({adopted}): \
             check the year."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_names_phrase_and_dates() {
        let args = Args::new()
            .with("text", "до 1 сентября 2019 года")
            .with("due", "01.09.2019")
            .with("adopted", "28.08.2020");
        assert_eq!(
            message(&args, Locale::Ru),
            "Срок «до 1 сентября 2019 года» (01.09.2019) наступает раньше даты принятия \
             документа (28.08.2020): проверьте год."
        );
        assert!(message(&args, Locale::En).contains("earlier than the adoption date"));
    }

    use crate::validate::testing::{add_section, decision, run};
    use crate::validate::{Location, RuleCode};

    #[test]
    fn fires_on_deadline_before_adoption() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &["провести семинар до 1 сентября 2019 года"],
        );
        let found = run(&doc, RuleCode::DeadlineBeforeAdoption);
        assert_eq!(found.len(), 1);
        assert!(matches!(
            found[0].location,
            Location::Directive { range: Some(_), .. }
        ));
        assert_eq!(found[0].args.get("adopted"), "28.08.2020");
        assert_eq!(found[0].args.get("due"), "01.09.2019");
    }

    #[test]
    fn silent_on_later_deadlines() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &["провести семинар до 1 сентября 2020 года"],
        );
        assert!(run(&doc, RuleCode::DeadlineBeforeAdoption).is_empty());
    }

    #[test]
    fn year_less_deadlines_fall_after_adoption() {
        // Adopted on 28.08.2020: February and May mean those of 2021.
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &[
                "провести семинар (февраль)",
                "провести конкурс в феврале",
                "сдать отчёт до 20 мая",
                "обновить планы до 20.05",
                "провести диагностику в течение учебного года",
            ],
        );
        assert!(run(&doc, RuleCode::DeadlineBeforeAdoption).is_empty());
    }
}
