//! RES201 `missing-addressee`: a section with directives but no addressee.
//! Sections holding only noting or approving formulas (`Информацию …
//! принять к сведению.`, `Утвердить план …`) or only a `Срок исполнения:`
//! line are legitimately addressee-less and are not reported. Empty
//! sections are left to RES203.

use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::words::snippet;
use crate::validate::{Args, Diagnostic, Location, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    for node in &ctx.sections {
        let section = node.section;
        if !section.addressee.trim().is_empty() || section.directives.is_empty() {
            continue;
        }
        let top_level = ctx
            .directives
            .get(node.directives.clone())
            .unwrap_or_default()
            .iter()
            .filter(|d| d.parent.is_none());
        let mut exempt = true;
        let mut first_text = None;
        for d in top_level {
            let a = &d.facts;
            if !(a.noting || a.deadline_note || a.empty) {
                exempt = false;
            }
            if first_text.is_none() && !a.empty {
                first_text = Some(d.directive.text.as_str());
            }
        }
        if !exempt {
            out.push(Diagnostic::new(
                RuleCode::MissingAddressee,
                Location::Section {
                    section: section.id,
                },
                Args::new().with("text", snippet(first_text.unwrap_or_default())),
            ));
        }
    }
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let text = args.get("text");
    match locale {
        Locale::Ru => format!(
            "Не указано, кому адресованы поручения раздела, начинающегося с «{text}». \
             Добавьте адресата в дательном падеже (например, «Руководителям образовательных \
             организаций»)."
        ),
        Locale::En => format!(
            "The section starting with «{text}» has no addressee. Add one in the dative case \
             (e.g. «Руководителям образовательных организаций»)."
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::locale::Locale;
    use crate::validate::testing::{add_section, decision, run};
    use crate::validate::{Location, RuleCode};

    #[test]
    fn fires_on_orders_without_addressee() {
        let mut doc = decision();
        let s = add_section(
            &mut doc,
            " ",
            &["Провести мониторинг до 1 октября 2020 года."],
        );
        let found = run(&doc, RuleCode::MissingAddressee);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].location,
            Location::Section {
                section: doc.sections[s].id
            }
        );
        assert!(found[0]
            .message(Locale::Ru)
            .contains("«Провести мониторинг"));
    }

    #[test]
    fn silent_for_noting_formulas_and_addressed_sections() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "",
            &["Информацию Петровой А.Н. принять к сведению."],
        );
        add_section(
            &mut doc,
            "",
            &["Утвердить план мероприятий на 2020/2021 учебный год."],
        );
        add_section(&mut doc, "Руководителям ОО:", &["Провести мониторинг."]);
        assert!(run(&doc, RuleCode::MissingAddressee).is_empty());
    }
}
