//! One test per kind of change the document diff reports, on small samples
//! written for these tests, plus a scenario derived by editing a document
//! programmatically.

use resolution_core::diff::{
    diff, new_text, old_text, render_text, render_words, Change, DocumentDiff, HeaderField,
    MatchMode, Move, Presence, SectionOwner,
};
use resolution_core::locale::Locale;
use resolution_core::{
    AgendaItem, Directive, Document, Header, Hearing, Kind, Paragraph, Protocol, Section,
    SectionId, Signatory,
};

fn base() -> Document {
    let mut d = Document {
        header: Header {
            kind: Some(Kind::Decision),
            organization: "Отдел образования администрации Береговского района".into(),
            meeting: "августовской конференции педагогических работников".into(),
            topic: "«Современная школа: качество, доступность, воспитание»".into(),
            adopted_on: "27 августа 2025 года".into(),
            place: "пос. Береговой".into(),
            ..Header::default()
        },
        ..Document::default()
    };
    paragraph(
        &mut d,
        "Участники конференции обсудили итоги 2024/2025 учебного года.",
    );
    paragraph(
        &mut d,
        "Отмечены рост охвата детей дополнительным образованием и обновление базы трёх школ.",
    );
    paragraph(&mut d, "По итогам обсуждения конференция решила:");
    section(
        &mut d,
        "Отделу образования",
        &[
            "обеспечить разработку плана повышения качества образования до 1 октября 2025 года;",
            "организовать методическое сопровождение молодых педагогов в течение учебного года;",
            "провести мониторинг охвата детей дополнительным образованием до 20 декабря 2025 года.",
        ],
    );
    section(
        &mut d,
        "Руководителям общеобразовательных организаций",
        &[
            "обеспечить повышение квалификации учителей по функциональной грамотности;",
            "организовать работу школьных спортивных клубов с 1 сентября 2025 года;",
        ],
    );
    section(
        &mut d,
        "Информационно-методическому центру",
        &[
            "подготовить сборник лучших практик наставничества до 1 марта 2026 года;",
            "провести районный конкурс «Педагог года» в феврале 2026 года.",
        ],
    );
    d.signatories = vec![Signatory {
        role: "Председатель".into(),
        name: "Н.П. Соколова".into(),
    }];
    d
}

fn paragraph(d: &mut Document, text: &str) {
    let id = d.new_paragraph_id();
    d.preamble.push(Paragraph {
        id,
        text: text.into(),
    });
}

fn directive(d: &mut Document, text: &str) -> Directive {
    Directive {
        id: d.new_directive_id(),
        text: text.into(),
        items: Vec::new(),
        source_number: None,
    }
}

fn section(d: &mut Document, addressee: &str, texts: &[&str]) -> SectionId {
    let id = d.new_section_id();
    let directives = texts.iter().map(|t| directive(d, t)).collect();
    d.sections.push(Section {
        id,
        addressee: addressee.into(),
        lead: String::new(),
        directives,
        source_number: None,
    });
    id
}

/// Gives every node a fresh id, as a separate import of the same text
/// would, in reverse order so that old ids land on unrelated nodes.
fn renumber(doc: &Document) -> Document {
    let mut d = doc.clone();
    let mut next = 500u32;
    let mut fresh = || {
        next -= 1;
        next
    };
    fn directives(list: &mut [Directive], fresh: &mut dyn FnMut() -> u32) {
        for d in list {
            d.id.0 = fresh();
            directives(&mut d.items, fresh);
        }
    }
    for p in &mut d.preamble {
        p.id.0 = fresh();
    }
    for s in &mut d.sections {
        s.id.0 = fresh();
        directives(&mut s.directives, &mut fresh);
    }
    if let Some(protocol) = &mut d.protocol {
        for a in &mut protocol.agenda {
            a.id.0 = fresh();
            for s in &mut a.decided {
                s.id.0 = fresh();
                directives(&mut s.directives, &mut fresh);
            }
        }
    }
    d.next_id = 500;
    d
}

fn only_modified<P: Clone, C, D: Clone>(
    changes: &[Change<P, C, D>],
) -> Vec<(P, P, Option<Move>, D)> {
    changes
        .iter()
        .filter_map(|c| match c {
            Change::Modified {
                old,
                new,
                moved,
                details,
            } => Some((old.clone(), new.clone(), *moved, details.clone())),
            _ => None,
        })
        .collect()
}

fn ru(d: &DocumentDiff) -> String {
    render_text(d, Locale::Ru)
}

#[test]
fn identical_documents_have_no_differences() {
    let a = base();
    let d = diff(&a, &a);
    assert!(d.is_empty(), "{}", ru(&d));
    assert_eq!(d.matching, MatchMode::Ids);
    assert_eq!(ru(&d), "Сопоставление: по идентификаторам\nРазличий нет.\n");
}

#[test]
fn header_field_change_reports_old_and_new_value() {
    let a = base();
    let mut b = a.clone();
    b.header.adopted_on = "28 августа 2025 года".into();
    b.header.number = "3".into();
    let d = diff(&a, &b);
    assert_eq!(d.header.len(), 2);
    let date = d
        .header
        .iter()
        .find(|f| f.field == HeaderField::AdoptedOn)
        .expect("date change listed");
    assert_eq!(
        (date.old.as_str(), date.new.as_str()),
        ("27 августа 2025 года", "28 августа 2025 года")
    );
    assert_eq!(render_words(&date.words), "[-27-]{+28+} августа 2025 года");
    assert_eq!(d.summary.header.changed, 2);
    assert_eq!(d.summary.total.changed, 2);
    assert!(ru(&d).contains("~ дата принятия: «27 августа 2025 года» → «28 августа 2025 года»"));
}

#[test]
fn preamble_added_removed_changed_and_moved() {
    let a = base();
    let mut b = a.clone();
    // Change the first paragraph, remove the second, add a new one at the
    // end, and move the (old) third to the front.
    b.preamble[0].text =
        "Участники конференции обсудили итоги 2024/2025 учебного года и задачи на новый год."
            .into();
    b.preamble.remove(1);
    let last = b.preamble.remove(1);
    b.preamble.insert(0, last);
    paragraph(&mut b, "Выступили руководители трёх школ.");
    let d = diff(&a, &b);
    let c = d.summary.preamble;
    assert_eq!(
        (c.added, c.removed, c.changed, c.moved),
        (1, 1, 1, 1),
        "{}",
        ru(&d)
    );
    let removed: Vec<_> = d.preamble.iter().filter(|c| c.is_removed()).collect();
    assert!(matches!(removed.as_slice(), [Change::Removed { old, .. }] if old.index == 1));
    let modified = only_modified(&d.preamble);
    let changed = modified
        .iter()
        .find(|m| m.3.text.is_some())
        .expect("changed paragraph");
    let words = &changed.3.text.as_ref().expect("text change").words;
    assert_eq!(new_text(words), b.preamble[1].text);
    assert_eq!(old_text(words), a.preamble[0].text);
    assert_eq!(render_words(words).matches("{+").count(), 1);
    // Exactly one paragraph is off the LCS: the moved closing line.
    let moved: Vec<_> = modified.iter().filter(|m| m.2.is_some()).collect();
    assert_eq!(moved.len(), 1);
    assert_eq!(
        (moved[0].0.index, moved[0].1.index, moved[0].2),
        (2, 0, Some(Move::Reordered))
    );
}

#[test]
fn insertion_does_not_make_later_nodes_moved() {
    let a = base();
    let mut b = a.clone();
    let id = b.new_paragraph_id();
    b.preamble.insert(
        0,
        Paragraph {
            id,
            text: "Конференция проведена в очном формате.".into(),
        },
    );
    let s = b.new_section_id();
    b.sections.insert(
        0,
        Section {
            id: s,
            addressee: "Комиссии по делам несовершеннолетних".into(),
            lead: String::new(),
            directives: Vec::new(),
            source_number: None,
        },
    );
    let d = diff(&a, &b);
    assert_eq!(d.summary.total.added, 2, "{}", ru(&d));
    assert_eq!(d.summary.total.moved, 0);
    assert_eq!(d.summary.total.total(), 2);
}

#[test]
fn sections_added_removed_moved_and_changed() {
    let a = base();
    let mut b = a.clone();
    let third = b.sections.remove(2);
    b.sections.insert(0, third);
    b.sections[1].addressee = "Отделу образования администрации района".into();
    b.sections[1].lead = "обеспечить".into();
    b.sections.remove(2);
    section(
        &mut b,
        "Дошкольным образовательным организациям",
        &["обеспечить 100 % охват детей от 3 до 7 лет;"],
    );
    let d = diff(&a, &b);
    let s = d.summary.sections;
    assert_eq!(
        (s.added, s.removed, s.moved, s.changed),
        (1, 1, 1, 1),
        "{}",
        ru(&d)
    );
    let modified = only_modified(&d.sections);
    let moved = modified
        .iter()
        .find(|m| m.2.is_some())
        .expect("moved section");
    assert_eq!(
        (moved.0.index, moved.1.index, moved.2),
        (2, 0, Some(Move::Reordered))
    );
    let changed = modified
        .iter()
        .find(|m| m.3.addressee.is_some())
        .expect("changed addressee");
    assert_eq!(
        render_words(&changed.3.addressee.as_ref().expect("addressee").words),
        "Отделу образования{+ администрации района+}"
    );
    assert_eq!(
        changed.3.lead.as_ref().map(|t| t.new.as_str()),
        Some("обеспечить")
    );
    // Directives of the removed section are removed with it, the new
    // section's directive is added.
    assert_eq!(
        (d.summary.directives.removed, d.summary.directives.added),
        (2, 1)
    );
    assert_eq!(d.summary.directives.moved, 0);
    let text = ru(&d);
    assert!(
        text.contains("- раздел 2: «Руководителям общеобразовательных организаций» (поручений: 2)"),
        "{text}"
    );
    assert!(
        text.contains("↕ раздел 3 → раздел 1 (перемещено)"),
        "{text}"
    );
}

#[test]
fn directives_added_removed_changed_reordered_and_relocated() {
    let a = base();
    let mut b = a.clone();
    // Change a deadline.
    b.sections[0].directives[0].text =
        "обеспечить разработку плана повышения качества образования до 15 октября 2025 года;"
            .into();
    // Reorder within section 1: the last directive goes first.
    let last = b.sections[0].directives.remove(2);
    b.sections[0].directives.insert(0, last);
    // Relocate the first directive of section 2 to section 3.
    let moved = b.sections[1].directives.remove(0);
    b.sections[2].directives.push(moved);
    // Remove one, add one.
    b.sections[2].directives.remove(0);
    let new = directive(
        &mut b,
        "обеспечить участие школ в региональном проекте «Читающая школа»;",
    );
    b.sections[1].directives.push(new);
    let d = diff(&a, &b);
    let c = d.summary.directives;
    assert_eq!(
        (c.added, c.removed, c.moved, c.changed),
        (1, 1, 2, 1),
        "{}",
        ru(&d)
    );
    let modified = only_modified(&d.directives);
    let relocated = modified
        .iter()
        .find(|m| m.2 == Some(Move::Relocated))
        .expect("relocated");
    assert_eq!(
        (relocated.0.section.index, relocated.1.section.index),
        (1, 2)
    );
    assert_eq!(relocated.1.path, vec![1]);
    let reordered = modified
        .iter()
        .find(|m| m.2 == Some(Move::Reordered))
        .expect("reordered");
    assert_eq!(
        (reordered.0.path.clone(), reordered.1.path.clone()),
        (vec![2], vec![0])
    );
    let changed = modified
        .iter()
        .find(|m| m.3.text.is_some())
        .expect("changed");
    assert_eq!(
        render_words(&changed.3.text.as_ref().expect("text").words),
        "обеспечить разработку плана повышения качества образования до [-1-]{+15+} октября 2025 года;"
    );
    let text = ru(&d);
    assert!(
        text.contains("↕ п. 2.1 → п. 3.2 (перенесено в другое место)"),
        "{text}"
    );
    // Changed in place: the position shifted only because another directive
    // moved in front of it.
    assert!(
        text.contains("~ п. 1.1 (теперь п. 1.2): обеспечить"),
        "{text}"
    );
    assert!(
        text.contains("+ п. 2.2: «обеспечить участие школ"),
        "{text}"
    );
}

#[test]
fn nested_items_are_compared_too() {
    let mut a = base();
    let lead = Directive {
        id: a.new_directive_id(),
        text: "принять меры по обеспечению:".into(),
        items: Vec::new(),
        source_number: None,
    };
    a.sections[1].directives.push(lead);
    let first = directive(&mut a, "охвата детей горячим питанием;");
    let second = directive(
        &mut a,
        "доступности дополнительного образования для сельских детей;",
    );
    a.sections[1].directives[2].items = vec![first, second];
    let mut b = a.clone();
    b.sections[1].directives[2].items[0].text =
        "охвата обучающихся 1–4 классов горячим питанием;".into();
    let third = directive(&mut b, "безопасности школьных перевозок.");
    b.sections[1].directives[2].items.push(third);
    // Promote the second item to a top-level directive of the section.
    let promoted = b.sections[1].directives[2].items.remove(1);
    b.sections[1].directives.push(promoted);
    let d = diff(&a, &b);
    let c = d.summary.directives;
    assert_eq!(
        (c.added, c.removed, c.moved, c.changed),
        (1, 0, 1, 1),
        "{}",
        ru(&d)
    );
    let added = d.directives.iter().find_map(|c| match c {
        Change::Added { new, .. } => Some(new.clone()),
        _ => None,
    });
    let added = added.expect("added item");
    assert_eq!(added.path, vec![2, 1]);
    assert_eq!(added.parent, Some(a.sections[1].directives[2].id));
    let promoted = only_modified(&d.directives)
        .into_iter()
        .find(|m| m.2.is_some())
        .expect("promoted");
    assert_eq!(
        (promoted.0.path.clone(), promoted.1.path.clone()),
        (vec![2, 1], vec![3])
    );
    assert_eq!(promoted.1.parent, None);
    assert!(
        ru(&d).contains("~ п. 2.3.1: охвата [-детей-]{+обучающихся 1–4 классов+} горячим"),
        "{}",
        ru(&d)
    );
}

fn protocol_doc() -> Document {
    let mut d = Document {
        header: Header {
            kind: Some(Kind::Protocol),
            number: "2".into(),
            ..Header::default()
        },
        ..Document::default()
    };
    let mut agenda = Vec::new();
    for (title, speaker, decided) in [
        (
            "О готовности школ к новому учебному году",
            "Петрова А.С.",
            "обеспечить приёмку школ до 10 августа 2025 года.",
        ),
        (
            "Об организации летнего отдыха детей",
            "Кузнецов Д.И.",
            "обеспечить охват детей летним отдыхом не менее 60 %.",
        ),
    ] {
        let section_id = d.new_section_id();
        let directive = directive(&mut d, decided);
        let id = d.new_agenda_item_id();
        agenda.push(AgendaItem {
            id,
            title: title.into(),
            reporter: format!("{speaker} – специалист отдела образования"),
            heard: Hearing {
                speaker: speaker.into(),
                summary: "Доложила о ходе подготовки.".into(),
            },
            decided: vec![Section {
                id: section_id,
                addressee: "Руководителям ОО".into(),
                lead: String::new(),
                directives: vec![directive],
                source_number: None,
            }],
            source_number: None,
        });
    }
    d.protocol = Some(Protocol {
        chair: "Соколова Н.П., начальник отдела образования".into(),
        secretary: "Иванова Е.В.".into(),
        attendees: vec![
            "Петрова А.С. – специалист".into(),
            "Кузнецов Д.И. – методист".into(),
        ],
        agenda,
    });
    d
}

#[test]
fn protocol_parts() {
    let a = protocol_doc();
    let mut b = a.clone();
    let p = b.protocol.as_mut().expect("protocol");
    p.chair = "Соколова Н.П., начальник управления образования".into();
    p.attendees.remove(0);
    p.attendees
        .push("Смирнова О.Л. – директор МБОУ СОШ № 2".into());
    p.agenda[0].heard.speaker = "Петрову А.С.".into();
    p.agenda[1].title = "Об организации летнего отдыха и оздоровления детей".into();
    p.agenda[1].decided[0].directives[0].text =
        "обеспечить охват детей летним отдыхом не менее 65 %.".into();
    let d = diff(&a, &b);
    assert_eq!(d.protocol.presence, None);
    assert_eq!(
        d.protocol
            .chair
            .as_ref()
            .map(|t| render_words(&t.words))
            .as_deref(),
        Some("Соколова Н.П., начальник [-отдела-]{+управления+} образования")
    );
    assert_eq!(d.protocol.secretary, None);
    assert_eq!(
        d.protocol.attendees.iter().filter(|c| c.is_added()).count(),
        1
    );
    assert_eq!(
        d.protocol
            .attendees
            .iter()
            .filter(|c| c.is_removed())
            .count(),
        1
    );
    let agenda = only_modified(&d.protocol.agenda);
    assert_eq!(agenda.len(), 2, "{}", ru(&d));
    assert!(agenda[0].3.speaker.is_some() && agenda[0].3.title.is_none());
    assert!(agenda[1].3.title.is_some() && agenda[1].3.speaker.is_none());
    let directive = only_modified(&d.directives);
    assert_eq!(directive.len(), 1);
    assert_eq!(
        directive[0].1.section.owner,
        SectionOwner::Agenda {
            id: a.protocol.as_ref().map(|p| p.agenda[1].id).expect("agenda"),
            index: 1
        }
    );
    assert_eq!(d.summary.protocol.changed, 3);
    assert_eq!(
        (d.summary.protocol.added, d.summary.protocol.removed),
        (1, 1)
    );
    let text = ru(&d);
    assert!(
        text.contains("~ вопрос 1: СЛУШАЛИ: {+Петрову А.С.+}")
            || text.contains("~ вопрос 1: СЛУШАЛИ: [-Петрова-]{+Петрову+} А.С."),
        "{text}"
    );
    assert!(
        text.contains(
            "~ вопрос 2, п. 1.1: обеспечить охват детей летним отдыхом не менее [-60-]{+65+} %."
        ),
        "{text}"
    );
}

#[test]
fn agenda_items_added_and_decisions_moved_between_items() {
    let a = protocol_doc();
    let mut b = a.clone();
    let p = b.protocol.as_mut().expect("protocol");
    let moved = p.agenda[0].decided[0].directives.remove(0);
    p.agenda[1].decided[0].directives.push(moved);
    p.agenda.swap(0, 1);
    let id = b.new_agenda_item_id();
    if let Some(p) = b.protocol.as_mut() {
        p.agenda.push(AgendaItem {
            id,
            title: "Разное".into(),
            reporter: String::new(),
            heard: Hearing::default(),
            decided: Vec::new(),
            source_number: None,
        });
    }
    let d = diff(&a, &b);
    assert_eq!(d.summary.protocol.added, 1, "{}", ru(&d));
    assert_eq!(d.summary.protocol.moved, 1);
    let moved = only_modified(&d.directives);
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].2, Some(Move::Relocated));
    assert!(
        ru(&d).contains("↕ вопрос 1, п. 1.1 → вопрос 1, п. 1.2 (перенесено в другое место)"),
        "{}",
        ru(&d)
    );
}

#[test]
fn protocol_added_and_removed() {
    let a = base();
    let mut b = a.clone();
    b.protocol = Some(Protocol {
        chair: "Соколова Н.П.".into(),
        ..Protocol::default()
    });
    let d = diff(&a, &b);
    assert_eq!(d.protocol.presence, Some(Presence::Added));
    assert_eq!(d.summary.protocol.added, 1);
    assert_eq!(d.summary.protocol.changed, 1);
    assert_eq!(diff(&b, &a).protocol.presence, Some(Presence::Removed));
}

#[test]
fn signatories_and_unclassified_lines() {
    let a = base();
    let mut b = a.clone();
    b.signatories[0].name = "Н.П. Соколова-Белова".into();
    b.signatories.push(Signatory {
        role: "Секретарь".into(),
        name: "Е.В. Иванова".into(),
    });
    b.unclassified.push("Приложение: на 3 л.".into());
    let d = diff(&a, &b);
    assert_eq!(
        (d.summary.signatories.added, d.summary.signatories.changed),
        (1, 1),
        "{}",
        ru(&d)
    );
    let changed = only_modified(&d.signatories);
    assert!(changed[0].3.role.is_none());
    assert_eq!(
        changed[0].3.name.as_ref().map(|t| t.new.as_str()),
        Some("Н.П. Соколова-Белова")
    );
    assert_eq!(d.summary.unclassified.added, 1);
    let text = ru(&d);
    assert!(text.contains("+ строка 1: «Приложение: на 3 л.»"), "{text}");
    assert!(
        text.contains("+ подпись 2: «Секретарь Е.В. Иванова»"),
        "{text}"
    );
}

#[test]
fn directive_rewritten_in_place_is_one_change() {
    let a = base();
    let mut b = a.clone();
    b.sections[2].directives[1].text =
        "утвердить состав жюри муниципального этапа олимпиады.".into();
    let d = diff(&a, &b);
    assert_eq!(d.matching, MatchMode::Ids);
    let c = d.summary.total;
    assert_eq!(
        (c.added, c.removed, c.moved, c.changed),
        (0, 0, 0, 1),
        "{}",
        ru(&d)
    );
    let changed = only_modified(&d.directives);
    assert_eq!(changed[0].1.id, a.sections[2].directives[1].id);
}

#[test]
fn unrelated_ids_fall_back_to_content_matching() {
    let a = base();
    let b = renumber(&a);
    let d = diff(&a, &b);
    assert_eq!(d.matching, MatchMode::Content);
    assert!(d.is_empty(), "{}", ru(&d));

    let mut c = renumber(&a);
    c.sections[0].directives[2].text =
        "провести мониторинг охвата детей дополнительным образованием до 25 декабря 2025 года."
            .into();
    c.sections.swap(1, 2);
    let d = diff(&a, &c);
    assert_eq!(d.matching, MatchMode::Content);
    let t = d.summary.total;
    assert_eq!(
        (t.added, t.removed, t.moved, t.changed),
        (0, 0, 1, 1),
        "{}",
        ru(&d)
    );
    assert!(ru(&d).starts_with("Сопоставление: по содержанию (идентификаторы не соответствуют)\n"));
}

#[test]
fn serialises_for_the_ui() {
    let a = base();
    let mut b = a.clone();
    b.sections[0].directives[1].text =
        "организовать наставничество для молодых педагогов в течение учебного года;".into();
    b.sections.remove(2);
    let d = diff(&a, &b);
    let value = serde_json::to_value(&d).expect("serialisable");
    assert_eq!(value["matching"], "ids");
    let directive = value["directives"]
        .as_array()
        .and_then(|list| list.iter().find(|c| c["change"] == "modified"))
        .expect("modified directive");
    assert_eq!(directive["details"]["text"]["words"][0]["kind"], "equal");
    assert_eq!(directive["old"]["section"]["owner"]["in"], "document");
    assert_eq!(value["sections"][0]["change"], "removed");
    assert_eq!(value["summary"]["sections"]["removed"], 1);
}

/// Edits a document the way an author would, then checks the diff finds
/// exactly those edits, by ids and by content.
#[test]
fn scenario_move_change_delete_add() {
    let a = base();
    let mut b = a.clone();
    // 1. Move «организовать работу школьных спортивных клубов …» from the
    //    school heads to the education department.
    let moved = b.sections[1].directives.remove(1);
    b.sections[0].directives.push(moved);
    // 2. Change the deadline of the monitoring directive.
    b.sections[0].directives[2].text =
        "провести мониторинг охвата детей дополнительным образованием до 30 ноября 2025 года."
            .into();
    // 3. Delete the methodical centre's section.
    b.sections.remove(2);
    // 4. Add a section for the youth policy department.
    section(
        &mut b,
        "Отделу по делам молодёжи",
        &["организовать вовлечение школьников в движение «Движение первых» в течение 2025/2026 учебного года."],
    );

    for (name, new) in [("ids", b.clone()), ("content", renumber(&b))] {
        let d = diff(&a, &new);
        let expected_mode = if name == "ids" {
            MatchMode::Ids
        } else {
            MatchMode::Content
        };
        assert_eq!(d.matching, expected_mode);
        let s = d.summary.sections;
        assert_eq!(
            (s.added, s.removed, s.moved, s.changed),
            (1, 1, 0, 0),
            "{name}: {}",
            ru(&d)
        );
        let c = d.summary.directives;
        assert_eq!(
            (c.added, c.removed, c.moved, c.changed),
            (1, 2, 1, 1),
            "{name}: {}",
            ru(&d)
        );
        assert!(d.summary.header.is_empty() && d.summary.preamble.is_empty());
        let text = ru(&d);
        assert!(
            text.contains("↕ п. 2.2 → п. 1.4 (перенесено в другое место)"),
            "{name}: {text}"
        );
        assert!(text.contains("~ п. 1.3: провести мониторинг охвата детей дополнительным образованием до [-20 декабря-]{+30 ноября+} 2025 года."), "{name}: {text}");
        assert!(
            text.contains("- раздел 3: «Информационно-методическому центру» (поручений: 2)"),
            "{name}: {text}"
        );
        assert!(
            text.contains("+ раздел 3: «Отделу по делам молодёжи» (поручений: 1)"),
            "{name}: {text}"
        );
        assert!(
            text.contains("Итого: добавлено 2, удалено 3, перемещено 1, изменено 1"),
            "{name}: {text}"
        );
    }
    let en = render_text(&diff(&a, &b), Locale::En);
    assert!(
        en.contains("Total: added 2, removed 3, moved 1, changed 1"),
        "{en}"
    );
    assert!(en.contains("~ point 1.3: "), "{en}");
}
