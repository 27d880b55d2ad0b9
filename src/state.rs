//! The application state around the editor: the open draft and where it is
//! kept, save status, conflicts, the draft library as last read, notices,
//! locale and reviewer mode. Async work (storage) lives in `session`; it
//! reports back through [`Action`]s.

use std::rc::Rc;

use resolution_core::edit::{Edit, EditorState, Transaction};
use resolution_core::library::{DraftId, DraftMeta};
use resolution_core::locale::Locale;
use resolution_core::Document;
use yew::Reducible;

use crate::drafts::QuarantineEntry;
use crate::i18n::{texts, tr};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Error,
    Info,
}

/// A message in the alert region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub id: u32,
    pub kind: NoticeKind,
    pub text: String,
}

/// Where this tab keeps its document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    /// The draft library is being opened; nothing is shown yet.
    Starting,
    /// The draft library in IndexedDB.
    Library,
    /// IndexedDB is unavailable; one draft in `localStorage`.
    Local,
    /// No storage at all: the document lives in this tab only.
    Memory,
}

/// The library draft open in this tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenDraft {
    pub id: DraftId,
    /// The stored revision this tab last read or wrote.
    pub base_revision: u64,
}

/// What the save indicator shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Saving,
    /// Kept in this tab only (no storage, or a conflict to settle first).
    NotSaved(String),
    Failed(String),
}

/// The draft library as last read from storage.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LibraryView {
    /// Live drafts, most recently changed first.
    pub drafts: Vec<DraftMeta>,
    /// Deleted drafts, most recently deleted first.
    pub trash: Vec<DraftMeta>,
    /// Records set aside because they could not be read.
    pub quarantine: Vec<QuarantineEntry>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub editor: EditorState,
    pub locale: Locale,
    pub notices: Vec<Notice>,
    next_notice: u32,
    pub backend: Backend,
    pub open: Option<OpenDraft>,
    /// Revision of the editor last written to storage.
    pub saved_revision: u64,
    pub save_error: Option<String>,
    /// False when writing would destroy something (an unreadable stored
    /// draft) or there is nowhere to write.
    pub autosave: bool,
    /// Another tab stored this revision of the open draft while this tab
    /// had unsaved changes; saving waits for the author's choice.
    pub conflict: Option<u64>,
    pub library: Rc<LibraryView>,
    /// Read-only text; only review comments can be added.
    pub reviewer: bool,
    /// Bumped whenever another document is loaded: editor revisions start
    /// again with each one, so `(generation, revision)` names a text.
    pub generation: u64,
    /// Nothing can be changed (a portal's read-only option).
    pub locked: bool,
}

/// A document to show after start-up or after opening another draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub backend: Backend,
    pub document: Document,
    /// The library entry, for [`Backend::Library`].
    pub meta: Option<DraftMeta>,
    /// True when the document is not what storage holds yet (recovered
    /// text, the sample before its first save).
    pub unsaved: bool,
}

pub enum Action {
    Apply(Transaction),
    Undo,
    Redo,
    /// End the typing group (a field lost focus).
    Seal,
    /// Replace the document in place (a template, pasted text), as one
    /// undo step.
    Open {
        doc: Box<Document>,
        note: Option<String>,
    },
    /// Show another document with a fresh undo history: start-up, a draft
    /// opened from the library, a reload after another tab's save.
    Load(Box<Loaded>),
    Notify(NoticeKind, String),
    Dismiss(u32),
    /// Editor revision `revision` is stored; `meta` is the library entry
    /// written (its revision is the new base).
    Saved {
        generation: u64,
        revision: u64,
        meta: Option<DraftMeta>,
    },
    SaveFailed {
        error: String,
    },
    /// Another tab stored `stored` over this tab's base.
    Conflict {
        stored: u64,
    },
    Library(Rc<LibraryView>),
    /// The open draft was renamed or otherwise changed in the library.
    Meta(DraftMeta),
    SetLocale(Locale),
    SetReviewer(bool),
}

impl AppState {
    /// The state before storage is open: nothing is shown until
    /// [`Action::Load`].
    pub fn starting(locale: Locale, locked: bool) -> Self {
        AppState {
            editor: EditorState::new(Document::default()),
            locale,
            notices: Vec::new(),
            next_notice: 1,
            backend: Backend::Starting,
            open: None,
            saved_revision: 0,
            save_error: None,
            autosave: false,
            conflict: None,
            library: Rc::default(),
            reviewer: locked,
            generation: 0,
            locked,
        }
    }

    pub fn save_status(&self) -> SaveStatus {
        let l = self.locale;
        if let Some(e) = &self.save_error {
            return SaveStatus::Failed(e.clone());
        }
        if self.conflict.is_some() {
            return SaveStatus::NotSaved(
                tr(l, "изменён в другой вкладке", "changed in another tab").into(),
            );
        }
        match self.backend {
            Backend::Memory => {
                SaveStatus::NotSaved(tr(l, "только в этой вкладке", "in this tab only").into())
            }
            Backend::Starting => SaveStatus::Saving,
            Backend::Library | Backend::Local if !self.autosave => {
                SaveStatus::NotSaved(tr(l, "автосохранение выключено", "autosave is off").into())
            }
            Backend::Library | Backend::Local if self.has_unsaved_changes() => SaveStatus::Saving,
            Backend::Library | Backend::Local => SaveStatus::Saved,
        }
    }

    pub fn has_unsaved_changes(&self) -> bool {
        self.saved_revision != self.editor.revision()
    }

    /// Whether a debounced save should be scheduled now.
    pub fn wants_save(&self) -> bool {
        self.autosave && self.conflict.is_none() && self.has_unsaved_changes()
    }

    /// The open draft's library entry, when it is listed.
    pub fn open_meta(&self) -> Option<&DraftMeta> {
        let open = self.open.as_ref()?;
        self.library.drafts.iter().find(|m| m.id == open.id)
    }

    fn notify(&mut self, kind: NoticeKind, text: String) {
        let id = self.next_notice;
        self.next_notice += 1;
        self.notices.push(Notice { id, kind, text });
        // Keep the region short: the oldest messages go first.
        if self.notices.len() > 5 {
            self.notices.remove(0);
        }
    }

    /// Names the text shown: changes with every edit and every load.
    pub fn text_key(&self) -> (u64, u64) {
        (self.generation, self.editor.revision())
    }

    fn load(&mut self, loaded: Loaded) {
        self.generation += 1;
        self.editor = EditorState::new(loaded.document);
        self.saved_revision = if loaded.unsaved {
            self.editor.revision().wrapping_sub(1)
        } else {
            self.editor.revision()
        };
        self.open = loaded.meta.map(|meta| OpenDraft {
            base_revision: meta.revision,
            id: meta.id,
        });
        self.autosave = matches!(loaded.backend, Backend::Library | Backend::Local);
        self.backend = loaded.backend;
        self.save_error = None;
        self.conflict = None;
    }
}

/// Review comments are the only edits a reviewer makes.
fn is_review_edit(edit: &Edit) -> bool {
    matches!(
        edit,
        Edit::AddComment { .. } | Edit::SetCommentResolved { .. } | Edit::RemoveComment { .. }
    )
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let l = self.locale;
        if self.locked
            && matches!(
                action,
                Action::Apply(_) | Action::Undo | Action::Redo | Action::Open { .. }
            )
        {
            return self;
        }
        match action {
            Action::Apply(tx) => {
                if self.reviewer && !tx.edits.iter().all(is_review_edit) {
                    next.notify(
                        NoticeKind::Info,
                        tr(
                            l,
                            "Режим рецензента: текст только для чтения, можно добавлять комментарии.",
                            "Reviewer mode: the text is read-only; comments can be added.",
                        )
                        .into(),
                    );
                    return Rc::new(next);
                }
                match self.editor.try_apply(tx) {
                    Ok(editor) => {
                        // A transaction that changed nothing keeps the revision.
                        if editor.revision() == self.editor.revision() {
                            return self;
                        }
                        next.editor = editor;
                    }
                    Err(e) => {
                        next.notify(NoticeKind::Error, format!("{}: {e}", texts(l).edit_failed));
                    }
                }
            }
            Action::Undo => next.editor = self.editor.undo(),
            Action::Redo => next.editor = self.editor.redo(),
            Action::Seal => next.editor = self.editor.seal(),
            Action::Open { doc, note } => {
                let tx = Transaction::single(Edit::ReplaceDocument(doc), js_sys::Date::now());
                next.editor = self.editor.apply(tx).seal();
                if let Some(note) = note {
                    next.notify(NoticeKind::Info, note);
                }
            }
            Action::Load(loaded) => next.load(*loaded),
            Action::Notify(kind, text) => next.notify(kind, text),
            Action::Dismiss(id) => next.notices.retain(|n| n.id != id),
            Action::Saved {
                generation,
                revision,
                meta,
            } => {
                // A save of a text no longer shown only updates the list.
                if generation == self.generation {
                    next.saved_revision = revision;
                    next.save_error = None;
                }
                if let (Some(meta), Some(open)) = (meta, next.open.as_mut()) {
                    if open.id == meta.id {
                        open.base_revision = meta.revision;
                        let library = Rc::make_mut(&mut next.library);
                        if let Some(entry) = library.drafts.iter_mut().find(|m| m.id == meta.id) {
                            *entry = meta;
                        }
                    }
                }
            }
            Action::SaveFailed { error } => {
                // The revision stays unsaved, so the next edit (or page
                // hide) tries again.
                let is_new = self.save_error.as_deref() != Some(error.as_str());
                next.save_error = Some(error.clone());
                if is_new {
                    next.notify(
                        NoticeKind::Error,
                        format!("{}: {error}", texts(l).save_error),
                    );
                }
            }
            Action::Conflict { stored } => next.conflict = Some(stored),
            Action::Library(library) => next.library = library,
            Action::Meta(meta) => {
                let library = Rc::make_mut(&mut next.library);
                if let Some(entry) = library.drafts.iter_mut().find(|m| m.id == meta.id) {
                    *entry = meta;
                }
            }
            Action::SetLocale(locale) => next.locale = locale,
            Action::SetReviewer(on) => next.reviewer = on || self.locked,
        }
        Rc::new(next)
    }
}
