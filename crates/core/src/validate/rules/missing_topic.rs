//! RES102 `missing-topic`: a decision or resolution without a topic, or a
//! protocol agenda item without a title. A protocol itself needs no topic
//! (its agenda items give them); one without agenda items and topic does.

use crate::locale::Locale;
use crate::validate::context::Ctx;
use crate::validate::{Args, Diagnostic, HeaderField, Location, RuleCode};

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let agenda = ctx
        .doc
        .protocol
        .as_ref()
        .map(|p| &p.agenda[..])
        .unwrap_or_default();
    for item in agenda {
        if item.title.trim().is_empty() {
            out.push(Diagnostic::new(
                RuleCode::MissingTopic,
                Location::AgendaItem { item: item.id },
                Args::new().with("what", "agenda"),
            ));
        }
    }
    if agenda.is_empty() && ctx.doc.header.topic.trim().is_empty() {
        out.push(Diagnostic::new(
            RuleCode::MissingTopic,
            Location::header(HeaderField::Topic),
            Args::new().with("what", "document"),
        ));
    }
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    match (args.get("what"), locale) {
        ("agenda", Locale::Ru) => "У вопроса повестки нет названия: о чём он?".into(),
        ("agenda", Locale::En) => "The agenda item has no title.".into(),
        (_, Locale::Ru) => "Не указана тема документа (обычно в кавычках: «Качество \
                            образования: задачи и механизмы»)."
            .into(),
        (_, Locale::En) => {
            "The document has no topic (usually quoted after the meeting name).".into()
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::locale::Locale;
    use crate::validate::testing::{add_agenda_item, decision, run, section};
    use crate::validate::{HeaderField, Location, RuleCode};

    #[test]
    fn fires_for_decision_without_topic() {
        let mut doc = decision();
        doc.header.topic = "  ".into();
        let found = run(&doc, RuleCode::MissingTopic);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].location, Location::header(HeaderField::Topic));
        assert!(found[0].message(Locale::Ru).contains("тема"));
    }

    #[test]
    fn fires_for_untitled_agenda_item_only() {
        let mut doc = decision();
        doc.header.topic.clear();
        let s = section(
            &mut doc,
            "Руководителям ОО:",
            &["Провести семинар до 1 марта 2021 года."],
        );
        add_agenda_item(&mut doc, "", vec![s]);
        let found = run(&doc, RuleCode::MissingTopic);
        assert_eq!(found.len(), 1);
        assert!(matches!(found[0].location, Location::AgendaItem { .. }));
    }

    #[test]
    fn silent_with_topic() {
        assert!(run(&decision(), RuleCode::MissingTopic).is_empty());
    }
}
