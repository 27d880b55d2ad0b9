//! RES101 `missing-kind`: the header does not say what the document is
//! (решение, резолюция, протокол, перечень поручений, постановление).

use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::{Args, Diagnostic, HeaderField, Location, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    if ctx.doc.header.kind.is_none() {
        out.push(Diagnostic::new(
            RuleCode::MissingKind,
            Location::header(HeaderField::Kind),
            Args::new(),
        ));
    }
}

pub(crate) fn message(_args: &Args, locale: Locale) -> String {
    match locale {
        Locale::Ru => "Не указан вид документа: решение, резолюция, протокол, перечень поручений \
                       или постановление."
            .into(),
        Locale::En => "The document kind is not set: decision, resolution, minutes, list of \
                       instructions or ordinance."
            .into(),
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::testing::{decision, run};
    use crate::validate::{HeaderField, Location, RuleCode};

    #[test]
    fn fires_without_kind() {
        let mut doc = decision();
        doc.header.kind = None;
        let found = run(&doc, RuleCode::MissingKind);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].location, Location::header(HeaderField::Kind));
        assert!(found[0]
            .message(crate::locale::Locale::Ru)
            .contains("вид документа"));
    }

    #[test]
    fn silent_with_kind() {
        assert!(run(&decision(), RuleCode::MissingKind).is_empty());
    }
}
