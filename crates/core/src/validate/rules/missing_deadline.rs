//! RES401 `missing-deadline` (warning): a directive with no deadline of any
//! kind. Silenced by a deadline in the directive itself (including
//! `постоянно`, `ежегодно`), in a parent directive (`в течение 2019/2020
//! учебного года:`), in the section lead, by a `Срок исполнения: …` line
//! below it (a line covers the directives since the previous one in its
//! section), by such a line closing the whole РЕШИЛИ group of a protocol
//! agenda item, or by an addressee-less section holding only such a line. Noting and
//! approving formulas (`принять к сведению`, `утвердить`) need no deadline;
//! directives with sub-items are judged through their items.

use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::{Args, Diagnostic, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    super::flag_directives(ctx, out, RuleCode::MissingDeadline, |node| {
        let a = &node.facts;
        !(a.empty
            || a.noting
            || a.deadline_note
            || a.has_deadline
            || node.deadline_inherited
            || !node.leaf)
    });
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let text = args.get("text");
    match locale {
        Locale::Ru => format!(
            "У пункта «{text}» нет срока исполнения. Укажите срок в самом пункте («до 1 сентября \
             2020 года», «постоянно»), во вводной фразе или строкой «Срок исполнения: …»."
        ),
        Locale::En => format!(
            "The directive «{text}» has no deadline. Add one to the directive («до 1 сентября \
             2020 года», «постоянно»), to its lead, or as a line «Срок исполнения: …»."
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::testing::{add_section, at_directive, decision, run};
    use crate::validate::RuleCode;

    #[test]
    fn fires_on_directive_without_deadline() {
        let mut doc = decision();
        let s = add_section(
            &mut doc,
            "Руководителям ОО:",
            &["Провести мониторинг качества."],
        );
        let found = run(&doc, RuleCode::MissingDeadline);
        assert_eq!(found.len(), 1);
        assert_eq!(Some(found[0].location.clone()), at_directive(&doc, s, 0));
    }

    #[test]
    fn silent_for_noting_formulas() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "",
            &["Информацию Петровой А.Н. принять к сведению."],
        );
        assert!(run(&doc, RuleCode::MissingDeadline).is_empty());
    }

    use crate::model::Section;
    use crate::validate::testing::{add_agenda_item, directive, section};

    #[test]
    fn silent_when_parent_or_lead_sets_the_deadline() {
        let mut doc = decision();
        let s = add_section(
            &mut doc,
            "Методистам ИМЦ:",
            &["в течение 2020/2021 учебного года:"],
        );
        let item = directive(&mut doc, "провести семинары;");
        doc.sections[s].directives[0].items.push(item);
        let t = add_section(
            &mut doc,
            "Руководителям ОО",
            &["эффективную реализацию программ;"],
        );
        doc.sections[t].lead = "до 1 октября 2020 года обеспечить".into();
        add_section(
            &mut doc,
            "Управлению образования:",
            &["провести совещание ежегодно"],
        );
        assert!(run(&doc, RuleCode::MissingDeadline).is_empty());
    }

    #[test]
    fn closing_deadline_line_covers_the_protocol_group() {
        let mut doc = decision();
        let noted = section(
            &mut doc,
            "",
            &["Информацию Ивановой И.И. принять к сведению."],
        );
        let orders: Section = section(
            &mut doc,
            "Руководителям ОО:",
            &[
                "Продолжить зачисление детей.",
                "Активизировать работу.",
                "Срок исполнения: постоянно",
            ],
        );
        add_agenda_item(&mut doc, "О зачислении", vec![noted, orders]);
        assert!(run(&doc, RuleCode::MissingDeadline).is_empty());
        let other = section(&mut doc, "Специалистам комитета:", &["Провести проверку."]);
        add_agenda_item(&mut doc, "О проверке", vec![other]);
        assert_eq!(run(&doc, RuleCode::MissingDeadline).len(), 1);
    }

    #[test]
    fn deadline_only_section_covers_the_section_before() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &["Продолжить зачисление детей."],
        );
        add_section(&mut doc, "", &["Срок исполнения: постоянно"]);
        assert!(run(&doc, RuleCode::MissingDeadline).is_empty());
        assert!(run(&doc, RuleCode::MissingAddressee).is_empty());
    }

    #[test]
    fn deadline_line_covers_the_points_since_the_previous_line() {
        let mut doc = decision();
        let s = add_section(
            &mut doc,
            "Руководителям школ:",
            &[
                "Подготовить план работы.",
                "Срок исполнения: до 1 февраля 2024 года.",
                "Представить сведения в управление.",
                "Срок: до 1 ноября 2024 года",
            ],
        );
        assert!(run(&doc, RuleCode::MissingDeadline).is_empty());
        // Without the second line only the point after the first one lacks
        // a deadline.
        doc.sections[s].directives.pop();
        let found = run(&doc, RuleCode::MissingDeadline);
        assert_eq!(found.len(), 1);
        assert_eq!(Some(found[0].location.clone()), at_directive(&doc, s, 2));
    }
}
