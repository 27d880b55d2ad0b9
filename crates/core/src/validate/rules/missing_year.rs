//! RES406 `deadline-without-year`: a deadline without a year
//! (`до 20 сентября`, `в феврале`) in a document whose adoption date is
//! unknown, so the year cannot be implied.

use crate::extract::DeadlineValue;
use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::{Args, Diagnostic, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    ctx.for_each_deadline(|site| {
        if matches!(site.deadline.value, DeadlineValue::MissingYear { .. }) {
            let args = Args::new().with("text", site.phrase());
            out.push(Diagnostic::new(
                RuleCode::DeadlineWithoutYear,
                site.location(),
                args,
            ));
        }
    });
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let text = args.get("text");
    match locale {
        Locale::Ru => format!(
            "В сроке «{text}» не указан год, а дата принятия документа неизвестна: \
             укажите год или дату принятия."
        ),
        Locale::En => format!(
            "The deadline «{text}» has no year and the adoption date is unknown: add the \
             year or the adoption date."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_names_the_phrase() {
        let args = Args::new().with("text", "до 20 сентября");
        assert!(message(&args, Locale::Ru).starts_with("В сроке «до 20 сентября» не указан год"));
    }

    use crate::validate::testing::{add_section, decision, run};

    #[test]
    fn fires_when_document_year_is_unknown() {
        let mut doc = decision();
        doc.header.adopted_on.clear();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &["до 20 сентября провести семинар"],
        );
        let found = run(&doc, RuleCode::DeadlineWithoutYear);
        assert_eq!(found.len(), 1);
        assert!(found[0].args.get("text").contains("20 сентября"));
    }

    #[test]
    fn silent_when_adoption_date_gives_the_year() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &["до 20 сентября провести семинар"],
        );
        assert!(run(&doc, RuleCode::DeadlineWithoutYear).is_empty());
    }
}
