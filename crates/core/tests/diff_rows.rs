//! The comparison view's rows: a document diff flattened into document
//! order, with localised labels, move notes and word-level changes.

use resolution_core::diff::{diff, diff_rows, DiffRow, RowChange, RowPart, WordKind};
use resolution_core::locale::Locale;
use resolution_core::samples::{sample_decision, template};
use resolution_core::{Directive, Document, Kind, Section};

fn rows(old: &Document, new: &Document) -> Vec<DiffRow> {
    diff_rows(&diff(old, new), Locale::Ru)
}

fn words(row: &DiffRow, kind: WordKind) -> String {
    row.fields
        .iter()
        .flat_map(|f| &f.words)
        .filter(|w| w.kind == kind)
        .map(|w| w.text.as_str())
        .collect()
}

fn directive(doc: &mut Document, text: &str) -> Directive {
    Directive {
        id: doc.new_directive_id(),
        text: text.into(),
        items: Vec::new(),
        source_number: None,
    }
}

#[test]
fn equal_documents_have_no_rows() {
    let doc = sample_decision();
    assert!(rows(&doc, &doc.clone()).is_empty());
}

#[test]
fn rows_follow_document_order_across_kinds_of_change() {
    let old = sample_decision();
    let mut new = old.clone();
    new.header.adopted_on = "28 августа 2026 года".into();
    // Section 3 changes a deadline, section 2 loses its second directive
    // (its third one, now second, is only renumbered and not listed),
    // section 1 gains a fourth one: the diff lists removals first, the view
    // must not.
    new.sections[2].directives[0].text = new.sections[2].directives[0]
        .text
        .replace("к концу 2027 года", "до 1 июня 2027 года");
    new.sections[1].directives.remove(1);
    let added = directive(
        &mut new,
        "подготовить аналитическую справку об итогах мониторинга до 15 января 2027 года.",
    );
    new.sections[0].directives.push(added);
    new.signatories[1].name = "Е. Н. Кузнецова-Орлова".into();

    let rows = rows(&old, &new);
    let summary: Vec<(RowChange, RowPart, &str)> = rows
        .iter()
        .map(|r| (r.change, r.part, r.label.as_str()))
        .collect();
    assert_eq!(
        summary,
        vec![
            (RowChange::Changed, RowPart::Header, "дата принятия"),
            (RowChange::Added, RowPart::Directive, "п. 1.4"),
            (RowChange::Removed, RowPart::Directive, "п. 2.2"),
            (RowChange::Changed, RowPart::Directive, "п. 3.1"),
            (RowChange::Changed, RowPart::Signatory, "подпись 2"),
        ],
        "{rows:#?}"
    );
    let added = &rows[1];
    assert_eq!(
        added.content.as_deref(),
        Some("подготовить аналитическую справку об итогах мониторинга до 15 января 2027 года.")
    );
    assert!(added.fields.is_empty());
    assert_eq!(added.depth, 1);
    assert!(rows[2]
        .content
        .as_deref()
        .is_some_and(|t| t.starts_with("осуществлять контроль")));

    let deadline = &rows[3];
    assert_eq!(words(deadline, WordKind::Delete).trim(), "к концу");
    assert!(words(deadline, WordKind::Insert).contains("1 июня"));

    let date = &rows[0];
    assert_eq!(words(date, WordKind::Delete), "27");
    assert_eq!(words(date, WordKind::Insert), "28");
    let signature = &rows[4];
    assert_eq!(signature.fields.len(), 1);
    assert_eq!(signature.fields[0].name, Some("имя"));
}

#[test]
fn a_renumbered_directive_is_not_listed_but_a_reordered_one_says_where_it_went() {
    let old = sample_decision();
    let mut new = old.clone();
    let first = new.sections[0].directives.remove(0);
    new.sections[0].directives.push(first);
    let rows = rows(&old, &new);
    assert_eq!(rows.len(), 1, "{rows:#?}");
    let moved = &rows[0];
    assert_eq!(moved.change, RowChange::Moved);
    assert_eq!(moved.change.code(), "moved");
    assert_eq!(moved.label, "п. 1.3");
    assert_eq!(moved.note.as_deref(), Some("перемещено: п. 1.1 → п. 1.3"));
    assert!(moved.fields.is_empty() && moved.content.is_none());
}

#[test]
fn a_directive_moved_to_another_section_and_reworded_is_changed_with_a_note() {
    let old = sample_decision();
    let mut new = old.clone();
    let mut taken = new.sections[0].directives.remove(2);
    taken.text = taken
        .text
        .replace("серию методических семинаров", "цикл семинаров");
    new.sections[2].directives.push(taken);
    let rows = diff_rows(&diff(&old, &new), Locale::En);
    let changed: Vec<&DiffRow> = rows
        .iter()
        .filter(|r| r.change == RowChange::Changed)
        .collect();
    assert_eq!(changed.len(), 1, "{rows:#?}");
    let row = changed[0];
    assert_eq!(row.label, "point 3.3");
    assert_eq!(
        row.note.as_deref(),
        Some("moved elsewhere: point 1.3 → point 3.3")
    );
    assert!(words(row, WordKind::Insert).contains("цикл"));
    assert!(words(row, WordKind::Delete).contains("серию методических"));
}

#[test]
fn an_added_section_comes_before_its_directives_with_a_directive_count() {
    let old = sample_decision();
    let mut new = old.clone();
    let id = new.new_section_id();
    let directives = vec![
        directive(
            &mut new,
            "обеспечить подвоз обучающихся к месту проведения олимпиад;",
        ),
        directive(&mut new, "представить отчёт о подвозе до 25 мая 2027 года."),
    ];
    new.sections.insert(
        1,
        Section {
            id,
            addressee: "Муниципальному казённому учреждению «Центр обеспечения»".into(),
            lead: String::new(),
            directives,
            source_number: None,
        },
    );
    let rows = rows(&old, &new);
    let added: Vec<(RowPart, &str)> = rows
        .iter()
        .filter(|r| r.change == RowChange::Added)
        .map(|r| (r.part, r.label.as_str()))
        .collect();
    assert_eq!(
        added,
        vec![
            (RowPart::Section, "раздел 2"),
            (RowPart::Directive, "п. 2.1"),
            (RowPart::Directive, "п. 2.2"),
        ]
    );
    let section = rows
        .iter()
        .find(|r| r.part == RowPart::Section)
        .expect("the section row");
    assert_eq!(
        section.content.as_deref(),
        Some("Муниципальному казённому учреждению «Центр обеспечения»")
    );
    assert_eq!(section.note.as_deref(), Some("поручений: 2"));
    // Sections after the inserted one are renumbered, not moved.
    assert!(
        rows.iter().all(|r| r.change != RowChange::Moved),
        "{rows:#?}"
    );
}

#[test]
fn protocol_rows_put_decided_sections_and_directives_after_their_agenda_item() {
    let mut old = template(Kind::Protocol);
    {
        let item = old
            .protocol
            .as_mut()
            .and_then(|p| p.agenda.first_mut())
            .expect("the protocol template has an agenda item");
        item.title = "Об итогах государственной итоговой аттестации".into();
        let decided = item.decided.first_mut().expect("and a РЕШИЛИ section");
        decided.addressee = "Руководителям общеобразовательных организаций".into();
        let first = decided.directives.first_mut().expect("with a directive");
        first.text = "проанализировать результаты аттестации до 1 сентября 2026 года.".into();
    }
    let mut new = old.clone();
    {
        let protocol = new.protocol.as_mut().expect("a protocol");
        protocol.chair = "Н. П. Соколова".into();
        let item = protocol.agenda.first_mut().expect("an agenda item");
        item.title.push_str(" 2026 года");
        let decided = item.decided.first_mut().expect("a РЕШИЛИ section");
        decided.addressee.push_str(" района");
        let first = decided.directives.first_mut().expect("a directive");
        first.text = first.text.replace("1 сентября", "15 сентября");
    }

    let rows = rows(&old, &new);
    let summary: Vec<(RowPart, &str)> = rows.iter().map(|r| (r.part, r.label.as_str())).collect();
    assert_eq!(
        summary,
        vec![
            (RowPart::Protocol, "председатель"),
            (RowPart::AgendaItem, "вопрос 1"),
            (RowPart::Section, "вопрос 1, раздел 1"),
            (RowPart::Directive, "вопрос 1, п. 1.1"),
        ],
        "{rows:#?}"
    );
    assert!(rows.iter().all(|r| r.change == RowChange::Changed));
    let names: Vec<Option<&str>> = rows[1].fields.iter().map(|f| f.name).collect();
    assert_eq!(names, vec![Some("название")]);
    assert_eq!(words(&rows[1], WordKind::Insert).trim(), "2026 года");
    assert_eq!(rows[2].fields[0].name, Some("адресат"));
    assert_eq!(words(&rows[3], WordKind::Delete), "1");
    assert_eq!(words(&rows[3], WordKind::Insert), "15");
    assert_eq!(rows[3].part.code(), "directive");
}

#[test]
fn a_changed_directive_renumbered_by_an_insertion_names_its_old_number() {
    let old = sample_decision();
    let mut new = old.clone();
    let inserted = directive(
        &mut new,
        "утвердить состав муниципального методического совета до 10 сентября 2026 года;",
    );
    new.sections[0].directives.insert(0, inserted);
    new.sections[0].directives[1].text = new.sections[0].directives[1]
        .text
        .replace("1 октября", "15 октября");
    let rows = rows(&old, &new);
    let labels: Vec<(RowChange, &str, Option<&str>)> = rows
        .iter()
        .map(|r| (r.change, r.label.as_str(), r.note.as_deref()))
        .collect();
    assert_eq!(
        labels,
        vec![
            (RowChange::Added, "п. 1.1", None),
            (RowChange::Changed, "п. 1.2", Some("было: п. 1.1")),
        ],
        "{rows:#?}"
    );
}
