//! RES301 `empty-directive`: a directive or sub-item with no text and no
//! sub-items.

use std::sync::Arc;

use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::{Args, Diagnostic, Location, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for node in &ctx.directives {
        if node.facts.empty && node.leaf {
            let addressee = ctx
                .sections
                .get(node.section)
                .map_or_else(|| Arc::from(""), |s| Arc::clone(&s.label));
            out.push(Diagnostic::new(
                RuleCode::EmptyDirective,
                Location::directive(node.directive.id),
                Args::new().with("addressee", addressee),
            ));
        }
    }
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let addressee = args.get("addressee");
    match (addressee.is_empty(), locale) {
        (false, Locale::Ru) => {
            format!("Пустой пункт в разделе «{addressee}»: впишите поручение или удалите пункт.")
        }
        (false, Locale::En) => {
            format!("Empty directive in the section «{addressee}»: write it or delete it.")
        }
        (true, Locale::Ru) => "Пустой пункт: впишите поручение или удалите пункт.".into(),
        (true, Locale::En) => "Empty directive: write it or delete it.".into(),
    }
}

#[cfg(test)]
mod tests {
    use crate::locale::Locale;
    use crate::validate::testing::{add_section, at_directive, decision, directive, run};
    use crate::validate::RuleCode;

    #[test]
    fn fires_on_blank_directive() {
        let mut doc = decision();
        let s = add_section(
            &mut doc,
            "Руководителям ОО:",
            &["Провести мониторинг.", " ;"],
        );
        let found = run(&doc, RuleCode::EmptyDirective);
        assert_eq!(found.len(), 1);
        assert_eq!(Some(found[0].location.clone()), at_directive(&doc, s, 1));
        assert!(found[0].message(Locale::Ru).contains("«Руководителям ОО»"));
    }

    #[test]
    fn silent_for_text_or_items() {
        let mut doc = decision();
        let s = add_section(&mut doc, "Руководителям ОО:", &[""]);
        let item = directive(&mut doc, "провести мониторинг");
        doc.sections[s].directives[0].items.push(item);
        assert!(run(&doc, RuleCode::EmptyDirective).is_empty());
    }
}
