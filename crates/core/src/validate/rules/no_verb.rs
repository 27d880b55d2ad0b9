//! RES302 `no-verb`: a directive that does not say what to do: its first
//! clause has no infinitive (`обеспечить`, `провести`, `привлечь`,
//! `заниматься`, `вести`) or other directive form (`рекомендуется`, an
//! opening imperative: `обеспечьте`, `проведите`).
//!
//! Not reported when the verb comes from elsewhere: the section lead
//! (`Руководителям ОО обеспечить:` followed by `эффективную реализацию …`),
//! or a parent directive (`принять меры по обеспечению:` followed by
//! `охвата детей …`). A directive with sub-items that has no verb itself
//! (`в течение 2019/2020 учебного года:`) leaves the verbs to its items.
//! Leading adverbials are fine because the whole first clause is searched:
//! `в целях …`, `до 20 сентября 2019 года обеспечить`, `совместно с …
//! организовать`, `Информацию … принять к сведению`.

use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::{Args, Diagnostic, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    super::flag_directives(ctx, out, RuleCode::NoVerb, |node| {
        let a = &node.facts;
        !(a.empty || a.has_verb || a.deadline_note || node.verb_supplied || !node.leaf)
    });
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let text = args.get("text");
    match locale {
        Locale::Ru => format!(
            "Пункт «{text}» не начинается с действия: не найден глагол в неопределённой форме \
             (обеспечить, провести, организовать…) или в повелительном наклонении \
             (обеспечьте, проведите). Непонятно, что нужно сделать."
        ),
        Locale::En => format!(
            "The directive «{text}» does not say what to do: no infinitive (обеспечить, \
             провести, организовать…) or imperative (обеспечьте, проведите) was found in its \
             first clause."
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::testing::{add_section, at_directive, decision, directive, run};
    use crate::validate::RuleCode;

    #[test]
    fn fires_on_noun_phrase_without_lead() {
        let mut doc = decision();
        let s = add_section(
            &mut doc,
            "Руководителям ОО:",
            &[
                "Провести мониторинг.",
                "Повышение качества образования в школах района.",
            ],
        );
        let found = run(&doc, RuleCode::NoVerb);
        assert_eq!(found.len(), 1);
        assert_eq!(Some(found[0].location.clone()), at_directive(&doc, s, 1));
        assert!(found[0].args.get("text").starts_with("Повышение качества"));
    }

    #[test]
    fn fires_on_a_noun_in_ite_at_the_opening() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &["Защите прав детей особое внимание."],
        );
        assert_eq!(run(&doc, RuleCode::NoVerb).len(), 1);
    }

    #[test]
    fn silent_on_vesti_and_plural_imperatives() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &[
                "вести мониторинг занятости детей;",
                "Проведите родительские собрания.",
                "Примите участие в конкурсе.",
                "Обратите внимание на адаптацию первоклассников.",
            ],
        );
        assert!(run(&doc, RuleCode::NoVerb).is_empty());
    }

    #[test]
    fn silent_when_lead_or_parent_supplies_the_verb() {
        let mut doc = decision();
        let s = add_section(
            &mut doc,
            "Руководителям ОО",
            &["эффективную реализацию программ;"],
        );
        doc.sections[s].lead = "обеспечить".into();
        let t = add_section(
            &mut doc,
            "Руководителям ОДОД обеспечить:",
            &["охват детей;"],
        );
        let u = add_section(
            &mut doc,
            "Управлению образования:",
            &["принять меры по обеспечению:"],
        );
        let item = directive(&mut doc, "доступности дополнительного образования;");
        doc.sections[u].directives[0].items.push(item);
        let v = add_section(
            &mut doc,
            "Методистам ИМЦ:",
            &["в течение 2020/2021 учебного года:"],
        );
        let item = directive(&mut doc, "провести семинары;");
        doc.sections[v].directives[0].items.push(item);
        assert!(doc.sections[t].lead.is_empty());
        assert!(run(&doc, RuleCode::NoVerb).is_empty());
    }

    #[test]
    fn silent_on_adverbial_openings_and_deadline_lines() {
        let mut doc = decision();
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &[
                "в целях повышения качества образования проанализировать результаты;",
                "совместно с ИМЦ организовать семинар;",
                "Срок исполнения: постоянно",
            ],
        );
        assert!(run(&doc, RuleCode::NoVerb).is_empty());
    }
}
