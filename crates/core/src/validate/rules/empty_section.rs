//! RES203 `empty-section`: a section without any directive.

use std::sync::Arc;

use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::{Args, Diagnostic, Location, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for node in &ctx.sections {
        if node.section.directives.is_empty() {
            out.push(Diagnostic::new(
                RuleCode::EmptySection,
                Location::Section {
                    section: node.section.id,
                },
                Args::new().with("addressee", Arc::clone(&node.label)),
            ));
        }
    }
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let addressee = args.get("addressee");
    match (addressee.is_empty(), locale) {
        (false, Locale::Ru) => format!("В разделе «{addressee}» нет ни одного поручения."),
        (false, Locale::En) => format!("The section «{addressee}» has no directives."),
        (true, Locale::Ru) => "Пустой раздел: нет ни адресата, ни поручений.".into(),
        (true, Locale::En) => "Empty section: no addressee and no directives.".into(),
    }
}

#[cfg(test)]
mod tests {
    use crate::locale::Locale;
    use crate::validate::testing::{add_section, decision, run};
    use crate::validate::RuleCode;

    #[test]
    fn fires_on_section_without_directives() {
        let mut doc = decision();
        add_section(&mut doc, "Руководителям ОО:", &[]);
        let found = run(&doc, RuleCode::EmptySection);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message(Locale::Ru),
            "В разделе «Руководителям ОО» нет ни одного поручения."
        );
    }

    #[test]
    fn silent_when_section_has_directives() {
        let mut doc = decision();
        add_section(&mut doc, "Руководителям ОО:", &["Провести мониторинг."]);
        assert!(run(&doc, RuleCode::EmptySection).is_empty());
    }
}
