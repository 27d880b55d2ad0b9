//! Built-in sample documents and templates for new documents.
//!
//! The sample is written for this project (a fictional district); it follows
//! the style of real decisions of education meetings without quoting them.

use crate::model::{
    AgendaItem, Directive, Document, Header, Hearing, Kind, Paragraph, Protocol, Section, Signatory,
};

/// A realistic decision of an August teachers' meeting, opened on first start.
/// One directive deliberately has no deadline, so validation has something
/// to report.
pub fn sample_decision() -> Document {
    let mut doc = Document {
        header: Header {
            kind: Some(Kind::Decision),
            number: String::new(),
            organization: "Управление образования администрации Заречного муниципального района".into(),
            meeting: "августовского совещания педагогических работников Заречного муниципального района".into(),
            topic: "«Качество образования: от национальных целей к результатам каждой школы»".into(),
            adopted_on: "27 августа 2026 года".into(),
            place: "г. Заречный".into(),
            approval: "Одобрено участниками пленарного заседания августовского совещания 27 августа 2026 года".into(),
        },
        ..Document::default()
    };
    push_paragraph(
        &mut doc,
        "Участники совещания обсудили итоги 2025/2026 учебного года и задачи муниципальной системы \
         образования на новый учебный год в соответствии с Указом Президента Российской Федерации \
         от 7 мая 2024 года № 309 «О национальных целях развития Российской Федерации на период до \
         2030 года и на перспективу до 2036 года», Федеральным законом от 29 декабря 2012 года \
         № 273-ФЗ «Об образовании в Российской Федерации» и муниципальной программой «Развитие \
         образования Заречного муниципального района на 2024–2030 годы».",
    );
    push_paragraph(
        &mut doc,
        "Отмечены рост доли обучающихся, охваченных дополнительным образованием, до 72 %, обновление \
         материально-технической базы четырёх школ и вместе с тем сохраняющийся дефицит \
         педагогических кадров в сельских школах. По итогам обсуждения участники совещания решили:",
    );
    push_section(
        &mut doc,
        "Управлению образования администрации Заречного муниципального района",
        &[
            "обеспечить разработку и утверждение муниципального плана мероприятий по повышению \
             качества образования в школах с низкими образовательными результатами до 1 октября 2026 года;",
            "организовать мониторинг охвата детей в возрасте от 5 до 18 лет дополнительным \
             образованием и обеспечить его увеличение до 75 % к концу 2027 года;",
            "провести серию методических семинаров для руководителей общеобразовательных организаций \
             по управлению качеством образования в течение 2026/2027 учебного года.",
        ],
    );
    push_section(
        &mut doc,
        "Руководителям общеобразовательных организаций",
        &[
            "обеспечить прохождение не менее 30% педагогических работников повышения квалификации по \
             формированию функциональной грамотности обучающихся в течение 2026/2027 учебного года;",
            "осуществлять контроль за ведением электронных журналов и дневников, не допуская \
             избыточной отчётной нагрузки на учителей, — постоянно;",
            "внести изменения в рабочие программы воспитания с учётом календарного плана \
             воспитательной работы до 1 декабря 2026 года.",
        ],
    );
    push_section(
        &mut doc,
        "Муниципальному казённому учреждению «Информационно-методический центр»",
        &[
            "создать муниципальную сеть наставников и обеспечить сопровождение не менее 90 % \
             педагогов со стажем работы до трёх лет к концу 2027 года;",
            "обобщить и распространить опыт школ, показавших положительную динамику образовательных \
             результатов.",
        ],
    );
    doc.signatories = vec![
        signatory("Председатель совещания", "А. В. Смирнова"),
        signatory("Секретарь", "Е. Н. Кузнецова"),
    ];
    doc
}

/// An empty skeleton for a new document of the given kind: the fields to
/// fill in, one section with one directive (for a protocol: one agenda item
/// with СЛУШАЛИ and РЕШИЛИ).
pub fn template(kind: Kind) -> Document {
    let mut doc = Document {
        header: Header {
            kind: Some(kind),
            ..Header::default()
        },
        ..Document::default()
    };
    if kind == Kind::Protocol {
        let id = doc.new_agenda_item_id();
        let decided = vec![new_section(&mut doc, "", &[""])];
        doc.protocol = Some(Protocol {
            chair: String::new(),
            secretary: String::new(),
            attendees: vec![String::new()],
            agenda: vec![AgendaItem {
                id,
                title: String::new(),
                reporter: String::new(),
                heard: Hearing::default(),
                decided,
                source_number: None,
            }],
        });
        doc.signatories = vec![signatory("Председатель", ""), signatory("Секретарь", "")];
    } else {
        push_paragraph(&mut doc, "");
        push_section(&mut doc, "", &[""]);
        doc.signatories = vec![signatory("Председатель", "")];
    }
    doc
}

fn push_paragraph(doc: &mut Document, text: &str) {
    let id = doc.new_paragraph_id();
    doc.preamble.push(Paragraph {
        id,
        text: text.into(),
    });
}

fn push_section(doc: &mut Document, addressee: &str, directives: &[&str]) {
    let section = new_section(doc, addressee, directives);
    doc.sections.push(section);
}

fn new_section(doc: &mut Document, addressee: &str, directives: &[&str]) -> Section {
    let id = doc.new_section_id();
    let mut section = Section {
        id,
        addressee: addressee.into(),
        lead: String::new(),
        directives: Vec::new(),
        source_number: None,
    };
    for text in directives {
        let id = doc.new_directive_id();
        section.directives.push(Directive {
            id,
            text: (*text).into(),
            items: Vec::new(),
            source_number: None,
        });
    }
    section
}

fn signatory(role: &str, name: &str) -> Signatory {
    Signatory {
        role: role.into(),
        name: name.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn all_ids(doc: &Document) -> Vec<u32> {
        let mut ids: Vec<u32> = doc.preamble.iter().map(|p| p.id.0).collect();
        for s in doc.all_sections() {
            ids.push(s.id.0);
            ids.extend(s.directives.iter().map(|d| d.id.0));
        }
        if let Some(p) = &doc.protocol {
            ids.extend(p.agenda.iter().map(|a| a.id.0));
        }
        ids
    }

    #[test]
    fn sample_has_three_sections_and_unique_ids() {
        let doc = sample_decision();
        assert_eq!(doc.header.kind, Some(Kind::Decision));
        assert_eq!(doc.preamble.len(), 2);
        assert_eq!(doc.sections.len(), 3);
        assert!(doc.sections.iter().all(|s| !s.directives.is_empty()));
        let ids = all_ids(&doc);
        let unique: HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "ids must be unique: {ids:?}");
        let max = ids.iter().copied().max().unwrap_or_default();
        assert!(
            doc.next_id > max,
            "next_id {} must be above {max}",
            doc.next_id
        );
    }

    #[test]
    fn sample_mentions_the_deadline_and_target_forms() {
        let text: String = doc_text(&sample_decision());
        for phrase in [
            "до 1 октября 2026 года",
            "в течение 2026/2027 учебного года",
            "к концу 2027 года",
            "постоянно",
            "не менее 30%",
            "до 75 %",
            "27 августа 2026 года",
        ] {
            assert!(text.contains(phrase), "sample lacks {phrase:?}");
        }
    }

    #[test]
    fn sample_has_one_directive_without_a_deadline() {
        let doc = sample_decision();
        let last = doc.sections.last().and_then(|s| s.directives.last());
        let text = last.map(|d| d.text.as_str()).unwrap_or_default();
        assert!(text.starts_with("обобщить"));
        assert!(!text.contains(" до ") && !text.contains("года"));
    }

    #[test]
    fn protocol_template_has_agenda_with_decisions() {
        let doc = template(Kind::Protocol);
        let protocol = doc.protocol.as_ref().expect("protocol part");
        assert_eq!(protocol.agenda.len(), 1);
        assert_eq!(protocol.agenda[0].decided.len(), 1);
        assert_eq!(protocol.agenda[0].decided[0].directives.len(), 1);
        assert!(doc.sections.is_empty());
        assert_eq!(doc.signatories.len(), 2);
        let ids = all_ids(&doc);
        let unique: HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len());
    }

    #[test]
    fn decision_and_resolution_templates_have_one_empty_section() {
        for kind in [Kind::Decision, Kind::Resolution] {
            let doc = template(kind);
            assert_eq!(doc.header.kind, Some(kind));
            assert_eq!(doc.sections.len(), 1);
            assert_eq!(doc.sections[0].directives.len(), 1);
            assert!(doc.protocol.is_none());
        }
    }

    fn doc_text(doc: &Document) -> String {
        let mut out = format!("{} {}\n", doc.header.topic, doc.header.adopted_on);
        for s in &doc.sections {
            for d in &s.directives {
                out.push_str(&d.text);
                out.push('\n');
            }
        }
        out
    }
}
