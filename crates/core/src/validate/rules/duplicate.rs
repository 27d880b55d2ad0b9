//! RES303 `duplicate-directive`: a directive that repeats an earlier one
//! word for word once case, `ё`, punctuation and spacing are ignored, in the
//! same section or in another one (the same task given to two addressees
//! is reported too: it usually means one of them was pasted by mistake, or
//! that the two sections should share one directive). Noting formulas and
//! `Срок исполнения:` lines repeat legitimately and are skipped, and so do
//! directives with sub-items (headings such as `принять меры по
//! обеспечению:`).
//!
//! Linear: one hash map from the normalised text's hash to its first
//! occurrence.

use std::sync::Arc;

use crate::locale::Locale;
use crate::validate::context::{Ctx, DirectiveNode};
use crate::validate::words::U64Map;
use crate::validate::{ArgValue, Args, Diagnostic, Location, RuleCode};

/// Whether a directive takes part in duplicate search. Directives with
/// sub-items (`в течение 2019/2020 учебного года:`) are headings whose
/// content is in the items, so they may repeat.
pub(crate) fn comparable(node: &DirectiveNode) -> bool {
    let a = &node.facts;
    !(a.empty || a.noting || a.deadline_note || !node.leaf)
}

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let mut first: U64Map<usize> =
        U64Map::with_capacity_and_hasher(ctx.directives.len(), Default::default());
    let mut buffers = Default::default();
    for (index, node) in ctx.directives.iter().enumerate() {
        if !comparable(node) {
            continue;
        }
        let earlier = *first.entry(node.facts.norm_hash).or_insert(index);
        if earlier == index {
            continue;
        }
        let Some(other) = ctx.directives.get(earlier) else {
            continue;
        };
        if !other.analysis.same_normalized(&node.analysis, &mut buffers) {
            continue;
        }
        out.push(
            Diagnostic::new(
                RuleCode::DuplicateDirective,
                Location::directive(node.directive.id),
                pair_args(ctx, node, other),
            )
            .with_related(Location::directive(other.directive.id)),
        );
    }
}

/// Message data shared with RES304: the later text and where the earlier
/// copy is.
pub(crate) fn pair_args(ctx: &Ctx, node: &DirectiveNode, other: &DirectiveNode) -> Args {
    let addressee = ctx
        .sections
        .get(other.section)
        .map_or_else(|| ArgValue::from(""), |s| Arc::clone(&s.label).into());
    Args::new()
        .with("text", ArgValue::snippet_of(&node.analysis))
        .with("other_addressee", addressee)
        .with(
            "same_section",
            if node.section == other.section {
                "yes"
            } else {
                "no"
            },
        )
}

/// `в разделе «…»` / `выше в этом же разделе`.
pub(crate) fn where_ru(args: &Args) -> String {
    match (args.get("same_section"), args.get("other_addressee")) {
        ("yes", _) => "выше в этом же разделе".into(),
        (_, "") => "в другом разделе".into(),
        (_, addressee) => format!("в разделе «{addressee}»"),
    }
}

pub(crate) fn where_en(args: &Args) -> String {
    match (args.get("same_section"), args.get("other_addressee")) {
        ("yes", _) => "earlier in this section".into(),
        (_, "") => "in another section".into(),
        (_, addressee) => format!("in the section «{addressee}»"),
    }
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let text = args.get("text");
    match locale {
        Locale::Ru => format!(
            "Пункт «{text}» дословно повторяет пункт {}. Удалите повтор или объедините адресатов.",
            where_ru(args)
        ),
        Locale::En => format!(
            "The directive «{text}» repeats a directive {} word for word. Delete one or merge \
             the addressees.",
            where_en(args)
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::locale::Locale;
    use crate::validate::testing::{add_section, at_directive, decision, run};
    use crate::validate::RuleCode;

    #[test]
    fn fires_across_sections_pointing_at_both() {
        let mut doc = decision();
        let text = "продолжить работу по повышению охвата услугами дошкольного образования детей";
        let a = add_section(
            &mut doc,
            "Управлению образования:",
            &[text, "Провести семинар."],
        );
        let b = add_section(
            &mut doc,
            "Образовательным организациям:",
            &[
                "Провести конкурс.",
                "Продолжить работу по повышению охвата услугами дошкольного образования детей;",
            ],
        );
        let found = run(&doc, RuleCode::DuplicateDirective);
        assert_eq!(found.len(), 1);
        assert_eq!(Some(found[0].location.clone()), at_directive(&doc, b, 1));
        assert_eq!(found[0].related.first().cloned(), at_directive(&doc, a, 0));
        assert!(found[0]
            .message(Locale::Ru)
            .contains("в разделе «Управлению образования»"));
    }

    #[test]
    fn silent_for_distinct_texts_and_noting_formulas() {
        let mut doc = decision();
        add_section(&mut doc, "", &["Информацию принять к сведению."]);
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &["Провести семинар.", "Провести конкурс."],
        );
        add_section(&mut doc, "", &["Информацию принять к сведению."]);
        assert!(run(&doc, RuleCode::DuplicateDirective).is_empty());
    }
}
