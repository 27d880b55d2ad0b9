//! The application state around the editor: notices, save status, locale.

use std::rc::Rc;

use resolution_core::edit::{Edit, EditorState, Transaction};
use resolution_core::locale::Locale;
use resolution_core::samples::sample_decision;
use resolution_core::Document;
use yew::Reducible;

use crate::i18n::texts;
use crate::storage::{read_setting, DraftStore, Loaded, LOCALE_KEY};

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

/// What the save indicator shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Saving,
    Failed(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub editor: EditorState,
    pub locale: Locale,
    pub notices: Vec<Notice>,
    next_notice: u32,
    /// Revision of the editor last written to storage.
    pub saved_revision: u64,
    pub save_error: Option<String>,
    /// False when writing would destroy an unreadable stored draft, or
    /// storage is missing.
    pub autosave: bool,
}

pub enum Action {
    Apply(Transaction),
    Undo,
    Redo,
    /// End the typing group (a field lost focus).
    Seal,
    /// Replace the document (open a file, a template), as one undo step.
    Open {
        doc: Box<Document>,
        note: Option<String>,
    },
    Notify(NoticeKind, String),
    Dismiss(u32),
    Saved {
        revision: u64,
    },
    SaveFailed {
        revision: u64,
        error: String,
    },
    SetLocale(Locale),
}

impl AppState {
    fn with_document(doc: Document, locale: Locale) -> Self {
        AppState {
            editor: EditorState::new(doc),
            locale,
            notices: Vec::new(),
            next_notice: 1,
            saved_revision: 0,
            save_error: None,
            autosave: true,
        }
    }

    /// Start-up: the stored draft if there is a readable one, else the
    /// sample, with a notice about anything that went wrong.
    pub fn boot() -> Self {
        let locale = read_setting(LOCALE_KEY)
            .and_then(|s| s.parse().ok())
            .unwrap_or_default();
        let t = texts(locale);
        let store = match DraftStore::local() {
            Ok(store) => store,
            Err(e) => {
                let mut state = Self::with_document(sample_decision(), locale);
                let text = format!("{}: {}", t.storage_unavailable, e.message(locale));
                state.autosave = false;
                state.save_error = Some(text.clone());
                state.notify(NoticeKind::Error, text);
                return state;
            }
        };
        match store.load() {
            Loaded::Missing => Self::with_document(sample_decision(), locale),
            Loaded::Draft(doc) => Self::with_document(*doc, locale),
            Loaded::MovedAside { backup_key, error } => {
                let mut state = Self::with_document(sample_decision(), locale);
                let text = match locale {
                    Locale::Ru => format!(
                        "{}: {}. Он сохранён под ключом «{backup_key}» в хранилище браузера; открыт пример.",
                        t.draft_moved_aside,
                        error.message(locale)
                    ),
                    Locale::En => format!(
                        "{}: {}. It was kept under the key “{backup_key}” in browser storage; the sample is open.",
                        t.draft_moved_aside,
                        error.message(locale)
                    ),
                };
                state.notify(NoticeKind::Error, text);
                state
            }
            Loaded::Unreadable { error, move_error } => {
                let mut state = Self::with_document(sample_decision(), locale);
                state.autosave = false;
                let text = format!(
                    "{}: {}; {}",
                    t.draft_unreadable,
                    error.message(locale),
                    move_error.message(locale)
                );
                state.save_error = Some(text.clone());
                state.notify(NoticeKind::Error, text);
                state
            }
        }
    }

    pub fn save_status(&self) -> SaveStatus {
        if let Some(e) = &self.save_error {
            SaveStatus::Failed(e.clone())
        } else if self.saved_revision != self.editor.revision() {
            SaveStatus::Saving
        } else {
            SaveStatus::Saved
        }
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
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Apply(tx) => match self.editor.try_apply(tx) {
                Ok(editor) => {
                    // A transaction that changed nothing keeps the revision.
                    if editor.revision() == self.editor.revision() {
                        return self;
                    }
                    next.editor = editor;
                }
                Err(e) => {
                    let t = texts(self.locale);
                    next.notify(NoticeKind::Error, format!("{}: {e}", t.edit_failed));
                }
            },
            Action::Undo => next.editor = self.editor.undo(),
            Action::Redo => next.editor = self.editor.redo(),
            Action::Seal => next.editor = self.editor.seal(),
            Action::Open { doc, note } => {
                let tx =
                    Transaction::single(Edit::ReplaceDocument(doc), js_sys::Date::now());
                next.editor = self.editor.apply(tx).seal();
                if let Some(note) = note {
                    next.notify(NoticeKind::Info, note);
                }
            }
            Action::Notify(kind, text) => next.notify(kind, text),
            Action::Dismiss(id) => next.notices.retain(|n| n.id != id),
            Action::Saved { revision } => {
                next.saved_revision = revision;
                next.save_error = None;
            }
            Action::SaveFailed { revision, error } => {
                let is_new = self.save_error.as_deref() != Some(error.as_str());
                next.saved_revision = revision;
                next.save_error = Some(error.clone());
                if is_new {
                    let t = texts(self.locale);
                    next.notify(NoticeKind::Error, format!("{}: {error}", t.save_error));
                }
            }
            Action::SetLocale(locale) => next.locale = locale,
        }
        Rc::new(next)
    }
}
