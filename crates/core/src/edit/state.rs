//! Immutable editor snapshots with undo/redo history.

use std::collections::VecDeque;
use std::rc::Rc;

use crate::edit::apply::{apply_edit, EditError};
use crate::edit::ops::{Edit, FieldRef};
use crate::model::Document;

/// How many undo steps are kept; older ones are dropped.
pub const HISTORY_LIMIT: usize = 200;

/// Text edits of the same field closer together than this (in ms) merge into
/// one undo step.
pub const TYPING_GROUP_MS: f64 = 1000.0;

/// A list of edits applied together as one step, stamped with the time (in
/// milliseconds, any monotonic clock) the user made it.
#[derive(Debug, Clone, PartialEq)]
pub struct Transaction {
    pub edits: Vec<Edit>,
    pub at_ms: f64,
}

impl Transaction {
    pub fn new(at_ms: f64) -> Self {
        Transaction {
            edits: Vec::new(),
            at_ms,
        }
    }

    pub fn single(edit: Edit, at_ms: f64) -> Self {
        Transaction {
            edits: vec![edit],
            at_ms,
        }
    }

    pub fn with(mut self, edit: Edit) -> Self {
        self.edits.push(edit);
        self
    }

    /// The field being typed into when this is a single text edit.
    fn typing_field(&self) -> Option<FieldRef> {
        match self.edits.as_slice() {
            [edit] => edit.text_field(),
            _ => None,
        }
    }
}

/// An open typing group: the field and the time of its last keystroke.
#[derive(Debug, Clone, Copy, PartialEq)]
struct TypingGroup {
    field: FieldRef,
    last_ms: f64,
}

/// One history entry: a document and the field to focus when going back to it.
#[derive(Debug, Clone, PartialEq)]
struct Step {
    doc: Rc<Document>,
    focus: Option<FieldRef>,
}

/// The document being edited plus its history. Every change returns a new
/// state; documents are shared between snapshots through `Rc`.
#[derive(Debug, Clone, PartialEq)]
pub struct EditorState {
    doc: Rc<Document>,
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    group: Option<TypingGroup>,
    focus: Option<FieldRef>,
    revision: u64,
}

impl EditorState {
    pub fn new(doc: Document) -> Self {
        EditorState {
            doc: Rc::new(doc),
            undo: VecDeque::new(),
            redo: Vec::new(),
            group: None,
            focus: None,
            revision: 0,
        }
    }

    pub fn doc(&self) -> &Rc<Document> {
        &self.doc
    }

    /// Counts document changes (edits, undo, redo): a new value means the
    /// document may have changed and should be saved.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The field the last step suggests focusing: a freshly created node, or
    /// the field an undo/redo changed.
    pub fn focus_hint(&self) -> Option<FieldRef> {
        self.focus
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn undo_depth(&self) -> usize {
        self.undo.len()
    }

    pub fn redo_depth(&self) -> usize {
        self.redo.len()
    }

    /// Apply a transaction; all edits or none. A transaction that changes
    /// nothing leaves the state (and history) as it is.
    pub fn try_apply(&self, tx: Transaction) -> Result<EditorState, EditError> {
        let typing = tx.typing_field();
        let at_ms = tx.at_ms;
        let mut doc = Document::clone(&self.doc);
        let mut created = None;
        let mut touched = None;
        for edit in tx.edits {
            touched = touched.or(edit.text_field());
            if let Some(focus) = apply_edit(&mut doc, edit)? {
                created = Some(focus);
            }
        }
        if doc == *self.doc {
            return Ok(self.clone());
        }
        let mut next = self.clone();
        let merges = match (typing, self.group) {
            (Some(field), Some(group)) => {
                group.field == field
                    && at_ms >= group.last_ms
                    && at_ms - group.last_ms <= TYPING_GROUP_MS
            }
            _ => false,
        };
        if !merges {
            next.undo.push_back(Step {
                doc: Rc::clone(&self.doc),
                focus: touched,
            });
            while next.undo.len() > HISTORY_LIMIT {
                next.undo.pop_front();
            }
        }
        next.redo.clear();
        next.group = typing.map(|field| TypingGroup {
            field,
            last_ms: at_ms,
        });
        next.doc = Rc::new(doc);
        next.focus = created;
        next.revision += 1;
        Ok(next)
    }

    /// Apply a transaction; a transaction that fails leaves the state as it is.
    pub fn apply(&self, tx: Transaction) -> EditorState {
        self.try_apply(tx).unwrap_or_else(|_| self.clone())
    }

    /// End the current typing group, so the next keystroke starts a new undo
    /// step (call on blur).
    pub fn seal(&self) -> EditorState {
        EditorState {
            group: None,
            ..self.clone()
        }
    }

    pub fn undo(&self) -> EditorState {
        let mut next = self.clone();
        if let Some(step) = next.undo.pop_back() {
            let back = next.restore(step);
            next.redo.push(back);
        }
        next
    }

    pub fn redo(&self) -> EditorState {
        let mut next = self.clone();
        if let Some(step) = next.redo.pop() {
            let back = next.restore(step);
            next.undo.push_back(back);
        }
        next
    }

    /// Make `step` the current document and focus; returns the step that
    /// leads back to the document it replaced (with the same focus).
    fn restore(&mut self, step: Step) -> Step {
        let back = Step {
            doc: std::mem::replace(&mut self.doc, step.doc),
            focus: step.focus,
        };
        self.focus = step.focus;
        self.group = None;
        self.revision += 1;
        back
    }
}
