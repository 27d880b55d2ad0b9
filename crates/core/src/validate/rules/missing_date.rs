//! RES103 `missing-date`: no adoption date, neither in the date field nor
//! in the approval line (`Одобрена … 30 августа 2019 года`).

use crate::locale::Locale;
use crate::validate::context::{find_dates, Ctx};
use crate::validate::{Args, Diagnostic, HeaderField, Location, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let header = &ctx.doc.header;
    if header.adopted_on.trim().is_empty() && find_dates(&header.approval).next().is_none() {
        out.push(Diagnostic::new(
            RuleCode::MissingDate,
            Location::header(HeaderField::AdoptedOn),
            Args::new(),
        ));
    }
}

pub(crate) fn message(_args: &Args, locale: Locale) -> String {
    match locale {
        Locale::Ru => "Не указана дата принятия документа: без неё нельзя проверить сроки \
                       и годы без указания года."
            .into(),
        Locale::En => "The adoption date is missing: deadlines cannot be checked against it \
                       and dates without a year stay ambiguous."
            .into(),
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::testing::{decision, run};
    use crate::validate::{HeaderField, Location, RuleCode};

    #[test]
    fn fires_without_any_date() {
        let mut doc = decision();
        doc.header.adopted_on.clear();
        let found = run(&doc, RuleCode::MissingDate);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].location, Location::header(HeaderField::AdoptedOn));
    }

    #[test]
    fn silent_with_date_or_dated_approval_line() {
        assert!(run(&decision(), RuleCode::MissingDate).is_empty());
        let mut doc = decision();
        doc.header.adopted_on.clear();
        doc.header.approval = "Одобрена участниками совещания 28 августа 2020 года".into();
        assert!(run(&doc, RuleCode::MissingDate).is_empty());
    }
}
