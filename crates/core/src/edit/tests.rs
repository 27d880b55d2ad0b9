use super::*;
use crate::ids::{AgendaItemId, DirectiveId, SectionId};
use crate::model::{Directive, Document, Kind};
use crate::samples::{sample_decision, template};

fn state() -> EditorState {
    EditorState::new(sample_decision())
}

fn first_section(s: &EditorState) -> SectionId {
    s.doc().sections[0].id
}

fn directive_at(s: &EditorState, section: usize, index: usize) -> DirectiveId {
    s.doc().sections[section].directives[index].id
}

fn set_text(directive: DirectiveId, text: &str, at_ms: f64) -> Transaction {
    Transaction::single(
        Edit::SetDirectiveText {
            directive,
            text: text.into(),
        },
        at_ms,
    )
}

fn set_topic(text: &str, at_ms: f64) -> Transaction {
    Transaction::single(
        Edit::SetHeaderField {
            field: HeaderField::Topic,
            value: text.into(),
        },
        at_ms,
    )
}

#[test]
fn apply_returns_a_new_state_and_keeps_the_old_one() {
    let s0 = state();
    let s1 = s0.apply(set_topic("«Новая тема»", 0.0));
    assert_eq!(s1.doc().header.topic, "«Новая тема»");
    assert_ne!(s0.doc().header.topic, "«Новая тема»");
    assert_eq!(s1.revision(), s0.revision() + 1);
    assert!(s1.can_undo());
    assert!(!s0.can_undo());
}

#[test]
fn insert_directive_allocates_a_fresh_id_and_suggests_focus() {
    let s0 = state();
    let section = first_section(&s0);
    let before = s0.doc().max_id().unwrap_or_default();
    let s1 = s0.apply(Transaction::single(
        Edit::InsertDirective { section, index: 1 },
        0.0,
    ));
    let inserted = &s1.doc().sections[0].directives[1];
    assert!(inserted.id.0 > before);
    assert!(inserted.text.is_empty());
    assert_eq!(s1.doc().sections[0].directives.len(), 4);
    assert_eq!(s1.focus_hint(), Some(FieldRef::Directive(inserted.id)));
}

#[test]
fn insert_index_past_the_end_appends() {
    let s0 = state();
    let section = first_section(&s0);
    let s1 = s0.apply(Transaction::single(
        Edit::InsertDirective { section, index: 99 },
        0.0,
    ));
    let directives = &s1.doc().sections[0].directives;
    assert!(directives.last().is_some_and(|d| d.text.is_empty()));
}

#[test]
fn delete_and_move_directive() {
    let s0 = state();
    let first = directive_at(&s0, 0, 0);
    let second = directive_at(&s0, 0, 1);
    let moved = s0.apply(Transaction::single(
        Edit::MoveDirective {
            directive: first,
            to_section: first_section(&s0),
            to_index: 1,
        },
        0.0,
    ));
    assert_eq!(moved.doc().sections[0].directives[0].id, second);
    assert_eq!(moved.doc().sections[0].directives[1].id, first);

    let deleted = moved.apply(Transaction::single(
        Edit::DeleteDirective { directive: first },
        1.0,
    ));
    assert_eq!(deleted.doc().sections[0].directives.len(), 2);
    assert!(deleted.doc().sections[0]
        .directives
        .iter()
        .all(|d| d.id != first));
}

#[test]
fn move_directive_to_another_section() {
    let s0 = state();
    let d = directive_at(&s0, 0, 0);
    let target = s0.doc().sections[2].id;
    let s1 = s0.apply(Transaction::single(
        Edit::MoveDirective {
            directive: d,
            to_section: target,
            to_index: 0,
        },
        0.0,
    ));
    assert_eq!(s1.doc().sections[0].directives.len(), 2);
    assert_eq!(s1.doc().sections[2].directives[0].id, d);
}

#[test]
fn move_beside_an_anchor_in_another_section() {
    let s0 = state();
    let d = directive_at(&s0, 0, 0);
    let anchor = directive_at(&s0, 1, 1);
    let before = |after| {
        s0.apply(Transaction::single(
            Edit::MoveDirectiveBeside {
                directive: d,
                anchor,
                after,
            },
            0.0,
        ))
    };
    let s1 = before(false);
    let ids: Vec<DirectiveId> = s1.doc().sections[1]
        .directives
        .iter()
        .map(|x| x.id)
        .collect();
    assert_eq!(ids[1], d);
    assert_eq!(ids[2], anchor);
    let s2 = before(true);
    let ids: Vec<DirectiveId> = s2.doc().sections[1]
        .directives
        .iter()
        .map(|x| x.id)
        .collect();
    assert_eq!(ids[1], anchor);
    assert_eq!(ids[2], d);
    assert_eq!(s2.doc().sections[0].directives.len(), 2);
}

#[test]
fn moving_a_directive_into_its_own_sub_item_changes_nothing() {
    let s0 = state();
    let parent = directive_at(&s0, 0, 0);
    let s1 = s0.apply(Transaction::single(
        Edit::InsertItem { parent, index: 0 },
        0.0,
    ));
    let child = s1.doc().sections[0].directives[0].items[0].id;
    let tx = Transaction::single(
        Edit::MoveDirectiveBeside {
            directive: parent,
            anchor: child,
            after: true,
        },
        1.0,
    );
    assert_eq!(s1.try_apply(tx), Err(EditError::DirectiveNotFound(child)));
    let same = s1.apply(Transaction::single(
        Edit::MoveDirectiveBeside {
            directive: parent,
            anchor: parent,
            after: false,
        },
        2.0,
    ));
    assert_eq!(same, s1);
}

#[test]
fn move_to_a_missing_section_fails_without_losing_the_directive() {
    let s0 = state();
    let d = directive_at(&s0, 0, 0);
    let err = s0.try_apply(Transaction::single(
        Edit::MoveDirective {
            directive: d,
            to_section: SectionId(9999),
            to_index: 0,
        },
        0.0,
    ));
    assert_eq!(err, Err(EditError::SectionNotFound(SectionId(9999))));
    let same = s0.apply(Transaction::single(
        Edit::DeleteDirective {
            directive: DirectiveId(4242),
        },
        0.0,
    ));
    assert_eq!(same, s0);
}

#[test]
fn a_failing_transaction_applies_nothing() {
    let s0 = state();
    let tx = set_topic("изменено", 0.0).with(Edit::DeleteSection {
        section: SectionId(777),
    });
    assert!(s0.try_apply(tx).is_err());
    let s1 = s0.apply(set_topic("изменено", 0.0).with(Edit::DeleteSection {
        section: SectionId(777),
    }));
    assert_eq!(s1.doc().header.topic, s0.doc().header.topic);
    assert!(!s1.can_undo());
}

#[test]
fn duplicate_section_gets_fresh_ids() {
    let s0 = state();
    let section = first_section(&s0);
    let s1 = s0.apply(Transaction::single(Edit::DuplicateSection { section }, 0.0));
    let doc = s1.doc();
    assert_eq!(doc.sections.len(), 4);
    let (a, b) = (&doc.sections[0], &doc.sections[1]);
    assert_eq!(a.addressee, b.addressee);
    assert_ne!(a.id, b.id);
    for (x, y) in a.directives.iter().zip(&b.directives) {
        assert_eq!(x.text, y.text);
        assert_ne!(x.id, y.id);
    }
    assert_eq!(s1.focus_hint(), Some(FieldRef::Addressee(b.id)));
}

#[test]
fn duplicate_directive_lands_after_the_original() {
    let s0 = state();
    let d = directive_at(&s0, 1, 0);
    let s1 = s0.apply(Transaction::single(
        Edit::DuplicateDirective { directive: d },
        0.0,
    ));
    let list = &s1.doc().sections[1].directives;
    assert_eq!(list.len(), 4);
    assert_eq!(list[0].text, list[1].text);
    assert_ne!(list[0].id, list[1].id);
}

#[test]
fn sections_insert_move_delete() {
    let s0 = state();
    let s1 = s0.apply(Transaction::single(
        Edit::InsertSection {
            list: SectionList::Body,
            index: 0,
        },
        0.0,
    ));
    let new_id = s1.doc().sections[0].id;
    assert_eq!(s1.doc().sections.len(), 4);
    assert_eq!(s1.doc().sections[0].directives.len(), 1);
    assert_eq!(s1.focus_hint(), Some(FieldRef::Addressee(new_id)));

    let s2 = s1.apply(Transaction::single(
        Edit::MoveSection {
            section: new_id,
            to_index: 3,
        },
        1.0,
    ));
    assert_eq!(s2.doc().sections[3].id, new_id);
    let s3 = s2.apply(Transaction::single(
        Edit::DeleteSection { section: new_id },
        2.0,
    ));
    assert_eq!(s3.doc().sections, s0.doc().sections);
}

#[test]
fn move_section_beside_another() {
    let s0 = state();
    let ids: Vec<SectionId> = s0.doc().sections.iter().map(|s| s.id).collect();
    let s1 = s0.apply(Transaction::single(
        Edit::MoveSectionBeside {
            section: ids[0],
            anchor: ids[2],
            after: true,
        },
        0.0,
    ));
    let order: Vec<SectionId> = s1.doc().sections.iter().map(|s| s.id).collect();
    assert_eq!(order, vec![ids[1], ids[2], ids[0]]);
    let s2 = s1.apply(Transaction::single(
        Edit::MoveSectionBeside {
            section: ids[0],
            anchor: ids[1],
            after: false,
        },
        1.0,
    ));
    assert_eq!(s2.doc().sections, s0.doc().sections);
    let missing = s0.try_apply(Transaction::single(
        Edit::MoveSectionBeside {
            section: ids[0],
            anchor: SectionId(999),
            after: false,
        },
        2.0,
    ));
    assert_eq!(missing, Err(EditError::SectionNotFound(SectionId(999))));
}

#[test]
fn protocol_edits_create_the_protocol_part() {
    let s0 = EditorState::new(template(Kind::Protocol));
    let item = s0
        .doc()
        .protocol
        .as_ref()
        .map(|p| p.agenda[0].id)
        .unwrap_or(AgendaItemId(0));
    let s1 = s0.apply(
        Transaction::new(0.0)
            .with(Edit::SetProtocolField {
                field: ProtocolField::Chair,
                value: "Иванова И. И.".into(),
            })
            .with(Edit::SetAgendaField {
                item,
                field: AgendaField::Speaker,
                value: "Петрову П. П.".into(),
            })
            .with(Edit::InsertAgendaItem { index: 1 })
            .with(Edit::InsertSection {
                list: SectionList::Agenda(item),
                index: 1,
            }),
    );
    let p = s1.doc().protocol.clone().unwrap_or_default();
    assert_eq!(p.chair, "Иванова И. И.");
    assert_eq!(p.agenda.len(), 2);
    assert_eq!(p.agenda[0].heard.speaker, "Петрову П. П.");
    assert_eq!(p.agenda[0].decided.len(), 2);
    // One transaction, one undo step.
    assert_eq!(s1.undo_depth(), 1);
    assert_eq!(s1.undo().doc(), s0.doc());

    let plain = EditorState::new(Document::default()).apply(Transaction::single(
        Edit::InsertAttendee {
            index: 5,
            text: "Сидоров С. С.".into(),
        },
        0.0,
    ));
    let attendees = plain.doc().protocol.as_ref().map(|p| p.attendees.clone());
    assert_eq!(attendees, Some(vec!["Сидоров С. С.".to_string()]));
}

#[test]
fn directive_text_in_agenda_sections_and_sub_items_is_editable() {
    let s0 = EditorState::new(template(Kind::Protocol));
    let d = s0
        .doc()
        .all_sections()
        .next()
        .map(|s| s.directives[0].id)
        .unwrap_or(DirectiveId(0));
    let s1 = s0.apply(Transaction::single(
        Edit::InsertItem {
            parent: d,
            index: 0,
        },
        0.0,
    ));
    let Some(FieldRef::Directive(item)) = s1.focus_hint() else {
        panic!("expected focus on the new item, got {:?}", s1.focus_hint());
    };
    let s2 = s1.apply(set_text(item, "- охвата детей", 1.0));
    let section = s2.doc().all_sections().next().cloned();
    let items = section
        .map(|s| s.directives[0].items.clone())
        .unwrap_or_default();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].text, "- охвата детей");
}

#[test]
fn undo_and_redo_walk_the_history() {
    let s0 = state();
    let section = first_section(&s0);
    let s1 = s0.apply(Transaction::single(
        Edit::InsertDirective { section, index: 0 },
        0.0,
    ));
    let s2 = s1.apply(set_topic("«Т»", 5000.0));
    let u1 = s2.undo();
    assert_eq!(u1.doc(), s1.doc());
    assert_eq!(u1.focus_hint(), Some(FieldRef::Header(HeaderField::Topic)));
    let u2 = u1.undo();
    assert_eq!(u2.doc(), s0.doc());
    assert!(!u2.can_undo());
    assert_eq!(u2.undo().doc(), s0.doc(), "undo past the start is a no-op");
    let r1 = u2.redo();
    assert_eq!(r1.doc(), s1.doc());
    let r2 = r1.redo();
    assert_eq!(r2.doc(), s2.doc());
    assert!(!r2.can_redo());
    assert!(r2.revision() > s2.revision());
}

#[test]
fn a_new_edit_after_undo_clears_redo() {
    let s0 = state();
    let s1 = s0.apply(set_topic("а", 0.0));
    let u = s1.undo();
    assert!(u.can_redo());
    let s2 = u.apply(set_topic("б", 10_000.0));
    assert!(!s2.can_redo());
    assert_eq!(s2.undo().doc(), s0.doc());
}

#[test]
fn typing_in_one_field_groups_into_one_step() {
    let s0 = state();
    let d = directive_at(&s0, 0, 0);
    let mut s = s0.clone();
    let mut text = String::new();
    for (i, ch) in "обеспечить".chars().enumerate() {
        text.push(ch);
        s = s.apply(set_text(d, &text, i as f64 * 150.0));
    }
    assert_eq!(s.undo_depth(), 1);
    assert_eq!(s.doc().sections[0].directives[0].text, "обеспечить");
    assert_eq!(s.undo().doc(), s0.doc());
}

#[test]
fn a_pause_longer_than_the_window_starts_a_new_step() {
    let s0 = state();
    let d = directive_at(&s0, 0, 0);
    let s1 = s0
        .apply(set_text(d, "а", 0.0))
        .apply(set_text(d, "аб", 500.0));
    let s2 = s1.apply(set_text(d, "абв", 500.0 + TYPING_GROUP_MS + 1.0));
    assert_eq!(s2.undo_depth(), 2);
    assert_eq!(s2.undo().doc().sections[0].directives[0].text, "аб");
}

#[test]
fn another_field_or_operation_ends_the_group() {
    let s0 = state();
    let d = directive_at(&s0, 0, 0);
    let other = directive_at(&s0, 0, 1);
    let s = s0
        .apply(set_text(d, "а", 0.0))
        .apply(set_text(other, "б", 100.0))
        .apply(set_text(d, "аа", 200.0));
    assert_eq!(s.undo_depth(), 3);

    let section = first_section(&s0);
    let s = s0
        .apply(set_text(d, "а", 0.0))
        .apply(Transaction::single(
            Edit::InsertDirective { section, index: 9 },
            100.0,
        ))
        .apply(set_text(d, "аа", 200.0));
    assert_eq!(s.undo_depth(), 3);

    let s = s0
        .apply(set_text(d, "а", 0.0))
        .seal()
        .apply(set_text(d, "аа", 100.0));
    assert_eq!(s.undo_depth(), 2);

    let s = s0
        .apply(set_text(d, "а", 0.0))
        .undo()
        .redo()
        .apply(set_text(d, "аа", 100.0));
    assert_eq!(s.undo_depth(), 2, "undo/redo ends the group");
}

#[test]
fn a_no_op_edit_records_nothing() {
    let s0 = state();
    let topic = s0.doc().header.topic.clone();
    let s1 = s0.apply(set_topic(&topic, 0.0));
    assert_eq!(s1, s0);
}

#[test]
fn history_is_limited() {
    let mut s = state();
    for i in 0..(HISTORY_LIMIT + 50) {
        // 10 s apart, so no two edits merge.
        s = s.apply(set_topic(&format!("тема {i}"), i as f64 * 10_000.0));
    }
    assert_eq!(s.undo_depth(), HISTORY_LIMIT);
    const { assert!(HISTORY_LIMIT >= 100) };
    let mut back = s.clone();
    while back.can_undo() {
        back = back.undo();
    }
    assert_eq!(back.doc().header.topic, "тема 49");
    assert_eq!(back.redo_depth(), HISTORY_LIMIT);
}

#[test]
fn replace_document_is_undoable() {
    let s0 = state();
    let s1 = s0.apply(Transaction::single(
        Edit::ReplaceDocument(Box::new(template(Kind::Resolution))),
        0.0,
    ));
    assert_eq!(s1.doc().header.kind, Some(Kind::Resolution));
    assert_eq!(s1.undo().doc(), s0.doc());
}

#[test]
fn clear_source_numbers_reaches_nested_items() {
    let mut doc = sample_decision();
    doc.sections[0].source_number = Some("1.".into());
    doc.sections[0].directives[0].source_number = Some("1.1".into());
    let s = EditorState::new(doc).apply(Transaction::single(Edit::ClearSourceNumbers, 0.0));
    assert!(s
        .doc()
        .sections
        .iter()
        .all(|sec| sec.source_number.is_none()
            && sec.directives.iter().all(|d| d.source_number.is_none())));
}

/// The ids successive `alloc`s on an unchanged copy of `doc` hand out, and
/// its `next_id` after them.
fn allocs(doc: &Document, count: usize) -> (Vec<u32>, u32) {
    let mut doc = doc.clone();
    let ids = (0..count).map(|_| doc.alloc()).collect();
    (ids, doc.next_id)
}

/// Sample whose first directive has nested sub-items; with `next_id` past
/// the largest id by `ahead` (ids freed by deletions).
fn nested_sample(ahead: u32) -> Document {
    let mut doc = sample_decision();
    let leaf = |doc: &mut Document, items| Directive {
        id: doc.new_directive_id(),
        text: "подпункт".into(),
        items,
        source_number: None,
    };
    let inner = leaf(&mut doc, Vec::new());
    let outer = leaf(&mut doc, vec![inner]);
    let other = leaf(&mut doc, Vec::new());
    doc.sections[0].directives[0].items = vec![outer, other];
    doc.next_id += ahead;
    doc
}

#[test]
fn duplicates_get_the_ids_of_one_alloc_per_node() {
    for ahead in [0, 40] {
        let doc = nested_sample(ahead);
        let original = doc.sections[0].clone();
        let nodes = original.directives.iter().flat_map(Directive::walk).count();
        let (want, next) = allocs(&doc, 1 + nodes);
        let s1 = EditorState::new(doc.clone()).apply(Transaction::single(
            Edit::DuplicateSection {
                section: original.id,
            },
            0.0,
        ));
        let copy = &s1.doc().sections[1];
        let got: Vec<u32> = std::iter::once(copy.id.0)
            .chain(
                copy.directives
                    .iter()
                    .flat_map(Directive::walk)
                    .map(|d| d.id.0),
            )
            .collect();
        assert_eq!(got, want);
        assert_eq!(s1.doc().next_id, next);

        let first = &original.directives[0];
        let nodes = first.walk().count();
        let (want, next) = allocs(&doc, nodes);
        let s2 = EditorState::new(doc).apply(Transaction::single(
            Edit::DuplicateDirective {
                directive: first.id,
            },
            0.0,
        ));
        let copy = &s2.doc().sections[0].directives[1];
        let got: Vec<u32> = copy.walk().map(|d| d.id.0).collect();
        assert_eq!(got, want);
        assert_eq!(s2.doc().next_id, next);
    }
}
