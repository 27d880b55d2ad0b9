//! RES204 `repeated-addressee`: two sections of the same list address the
//! same body (compared after normalising case, `ё`, punctuation and
//! spaces). Agenda items of a protocol are separate lists: the same
//! addressee in two agenda items is normal.

use std::collections::HashMap;
use std::sync::Arc;

use crate::locale::Locale;
use crate::validate::context::{Ctx, Group};
use crate::validate::{Args, Diagnostic, Location, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<(Group, &str), usize> = HashMap::with_capacity(ctx.sections.len());
    for (index, node) in ctx.sections.iter().enumerate() {
        let key = node.addressee.addressee_key();
        if key.is_empty() {
            continue;
        }
        match seen.get(&(node.group, key)) {
            Some(&first) => {
                let Some(first) = ctx.sections.get(first) else {
                    continue;
                };
                let diagnostic = Diagnostic::new(
                    RuleCode::RepeatedAddressee,
                    Location::Section {
                        section: node.section.id,
                    },
                    Args::new().with("addressee", Arc::clone(&node.label)),
                )
                .with_related(Location::Section {
                    section: first.section.id,
                });
                out.push(diagnostic);
            }
            None => {
                seen.insert((node.group, key), index);
            }
        }
    }
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let addressee = args.get("addressee");
    match locale {
        Locale::Ru => format!(
            "Адресат «{addressee}» уже есть в другом разделе: объедините поручения в один раздел."
        ),
        Locale::En => format!(
            "The addressee «{addressee}» already has a section: merge the directives into one."
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::validate::testing::{add_agenda_item, add_section, decision, run, section};
    use crate::validate::{Location, RuleCode};

    #[test]
    fn fires_on_same_addressee_pointing_at_both() {
        let mut doc = decision();
        let a = add_section(&mut doc, "Руководителям ОО:", &["Провести мониторинг."]);
        add_section(
            &mut doc,
            "Управлению образования:",
            &["Провести совещание."],
        );
        let b = add_section(&mut doc, "руководителям  ОО", &["Провести семинар."]);
        let found = run(&doc, RuleCode::RepeatedAddressee);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].location,
            Location::Section {
                section: doc.sections[b].id
            }
        );
        assert_eq!(
            found[0].related,
            [Location::Section {
                section: doc.sections[a].id
            }]
        );
    }

    #[test]
    fn silent_across_agenda_items() {
        let mut doc = decision();
        let first = section(&mut doc, "Руководителям ОО:", &["Провести мониторинг."]);
        add_agenda_item(&mut doc, "О мониторинге", vec![first]);
        let second = section(&mut doc, "Руководителям ОО:", &["Провести семинар."]);
        add_agenda_item(&mut doc, "О семинаре", vec![second]);
        assert!(run(&doc, RuleCode::RepeatedAddressee).is_empty());
    }
}
