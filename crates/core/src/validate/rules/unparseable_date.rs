//! RES104 `unparseable-date`: the adoption date field holds text that is
//! not a date (`конец августа`, `2020`).

use crate::date::{parse_date, DateParse};
use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::{Args, Diagnostic, HeaderField, Location, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let text = &ctx.doc.header.adopted_on;
    if !text.trim().is_empty() && parse_date(text) == DateParse::NotADate {
        out.push(Diagnostic::new(
            RuleCode::UnparseableDate,
            Location::header(HeaderField::AdoptedOn),
            Args::new().with("text", text.trim()),
        ));
    }
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let text = args.get("text");
    match locale {
        Locale::Ru => format!(
            "«{text}» не распознано как дата принятия. Запишите её как «30 августа 2019 года» \
             или «30.08.2019»."
        ),
        Locale::En => format!(
            "«{text}» is not a recognisable adoption date. Write it as «30 августа 2019 года» \
             or «30.08.2019»."
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::locale::Locale;
    use crate::validate::testing::{decision, run};
    use crate::validate::RuleCode;

    #[test]
    fn fires_on_text_that_is_not_a_date() {
        let mut doc = decision();
        doc.header.adopted_on = "конец августа".into();
        let found = run(&doc, RuleCode::UnparseableDate);
        assert_eq!(found.len(), 1);
        assert!(found[0].message(Locale::Ru).contains("«конец августа»"));
    }

    #[test]
    fn silent_on_dates_and_on_impossible_dates() {
        assert!(run(&decision(), RuleCode::UnparseableDate).is_empty());
        let mut doc = decision();
        doc.header.adopted_on = "31 июня 2020 года".into();
        assert!(run(&doc, RuleCode::UnparseableDate).is_empty());
    }
}
