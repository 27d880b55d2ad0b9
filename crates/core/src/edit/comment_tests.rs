//! Review comments as editor transactions: applied through the library's
//! comment functions, covered by undo/redo, refused without side effects.

use super::*;
use crate::ids::{CommentId, DirectiveId, SectionId};
use crate::library::comments::CommentError;
use crate::model::CommentTarget;
use crate::samples::sample_decision;

fn state() -> EditorState {
    EditorState::new(sample_decision())
}

fn first_directive(s: &EditorState) -> DirectiveId {
    s.doc()
        .sections
        .first()
        .and_then(|sec| sec.directives.first())
        .map(|d| d.id)
        .expect("the sample has a directive")
}

fn add(target: CommentTarget, text: &str, at_ms: f64) -> Transaction {
    Transaction::single(
        Edit::AddComment {
            target,
            author: "  Иванова   Н.С. ".into(),
            text: text.into(),
            at_ms: 1_700_000_000_000,
        },
        at_ms,
    )
}

#[test]
fn adding_a_comment_is_one_undoable_step() {
    let s0 = state();
    let directive = first_directive(&s0);
    let target = CommentTarget::Directive(directive);
    let s1 = s0
        .try_apply(add(target, " Уточнить срок исполнения. ", 0.0))
        .expect("valid comment");
    let comments = &s1.doc().comments;
    assert_eq!(comments.len(), 1);
    let c = &comments[0];
    assert_eq!(c.target, target);
    assert_eq!(c.author, "Иванова Н.С.");
    assert_eq!(c.text, "Уточнить срок исполнения.");
    assert_eq!(c.created_at_ms, 1_700_000_000_000);
    assert!(!c.resolved);
    assert_eq!(s1.revision(), s0.revision() + 1);
    assert_eq!(s1.undo_depth(), 1);

    let undone = s1.undo();
    assert!(undone.doc().comments.is_empty());
    let redone = undone.redo();
    assert_eq!(redone.doc().comments, s1.doc().comments);
}

#[test]
fn resolving_and_reopening_are_undoable() {
    let s1 = state()
        .try_apply(add(CommentTarget::Document, "Проверить реквизиты.", 0.0))
        .expect("valid comment");
    let id = s1.doc().comments[0].id;
    let resolve = |resolved| Transaction::single(Edit::SetCommentResolved { id, resolved }, 10.0);
    let s2 = s1.try_apply(resolve(true)).expect("known comment");
    assert!(s2.doc().comments[0].resolved);
    assert_eq!(s2.undo_depth(), 2);

    // Resolving again changes nothing and adds no history step.
    let same = s2.try_apply(resolve(true)).expect("known comment");
    assert_eq!(same.undo_depth(), 2);
    assert_eq!(same.revision(), s2.revision());

    let s3 = s2.try_apply(resolve(false)).expect("known comment");
    assert!(!s3.doc().comments[0].resolved);

    let back = s3.undo();
    assert!(back.doc().comments[0].resolved);
    assert!(!back.undo().doc().comments[0].resolved);
    assert!(back.undo().undo().doc().comments.is_empty());
}

#[test]
fn removing_a_comment_is_undoable() {
    let s1 = state()
        .try_apply(add(CommentTarget::Document, "Лишний пункт.", 0.0))
        .expect("valid comment");
    let id = s1.doc().comments[0].id;
    let s2 = s1
        .try_apply(Transaction::single(Edit::RemoveComment { id }, 20.0))
        .expect("known comment");
    assert!(s2.doc().comments.is_empty());
    let back = s2.undo();
    assert_eq!(back.doc().comments.len(), 1);
    assert_eq!(back.doc().comments[0].text, "Лишний пункт.");
}

#[test]
fn unknown_comment_ids_are_refused() {
    let s1 = state()
        .try_apply(add(CommentTarget::Document, "Замечание.", 0.0))
        .expect("valid comment");
    let missing = CommentId(424_242);
    let resolve = Transaction::single(
        Edit::SetCommentResolved {
            id: missing,
            resolved: true,
        },
        5.0,
    );
    assert_eq!(
        s1.try_apply(resolve),
        Err(EditError::Comment(CommentError::UnknownComment(missing)))
    );
    let remove = Transaction::single(Edit::RemoveComment { id: missing }, 5.0);
    assert_eq!(
        s1.try_apply(remove.clone()),
        Err(EditError::Comment(CommentError::UnknownComment(missing)))
    );
    // `apply` swallows the error and leaves the state as it was.
    assert_eq!(s1.apply(remove), s1);
}

#[test]
fn comments_on_missing_targets_are_refused() {
    let s0 = state();
    for target in [
        CommentTarget::Section(SectionId(999_999)),
        CommentTarget::Directive(DirectiveId(999_999)),
    ] {
        assert_eq!(
            s0.try_apply(add(target, "Текст замечания.", 0.0)),
            Err(EditError::Comment(CommentError::UnknownTarget(target)))
        );
    }
}

#[test]
fn empty_comment_text_is_refused() {
    let s0 = state();
    assert_eq!(
        s0.try_apply(add(CommentTarget::Document, "   ", 0.0)),
        Err(EditError::Comment(CommentError::EmptyText))
    );
}

#[test]
fn a_failing_comment_edit_rolls_back_the_whole_transaction() {
    let s0 = state();
    let directive = first_directive(&s0);
    let tx = Transaction::new(0.0)
        .with(Edit::SetDirectiveText {
            directive,
            text: "Изменённый текст пункта.".into(),
        })
        .with(Edit::RemoveComment { id: CommentId(7) });
    assert!(s0.try_apply(tx).is_err());
    assert_ne!(
        s0.doc().sections[0].directives[0].text,
        "Изменённый текст пункта."
    );
}

#[test]
fn a_comment_and_a_text_edit_in_one_transaction_undo_together() {
    let s0 = state();
    let directive = first_directive(&s0);
    let old_text = s0.doc().sections[0].directives[0].text.clone();
    let tx = Transaction::new(0.0)
        .with(Edit::SetDirectiveText {
            directive,
            text: "Новый текст пункта.".into(),
        })
        .with(Edit::AddComment {
            target: CommentTarget::Directive(directive),
            author: "Петров".into(),
            text: "Переписал пункт, проверьте.".into(),
            at_ms: 5,
        });
    let s1 = s0.try_apply(tx).expect("both edits apply");
    assert_eq!(s1.doc().comments.len(), 1);
    assert_eq!(s1.undo_depth(), 1);
    let back = s1.undo();
    assert!(back.doc().comments.is_empty());
    assert_eq!(back.doc().sections[0].directives[0].text, old_text);
}
