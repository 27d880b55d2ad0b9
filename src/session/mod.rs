//! The bridge between the app state and storage. The app tells the session
//! what it shows ([`Snapshot`], on every render); the session saves,
//! opens, imports and reloads drafts asynchronously and reports back with
//! [`Action`]s. Saves are serialised: one is in flight at a time, over the
//! revision the last one stored.

mod boot;
pub mod journal;
pub mod namespace;
mod ops;
mod review;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use resolution_core::library::{DiagnosticCounts, DraftId, DraftMeta};
use resolution_core::locale::Locale;
use resolution_core::Document;
use yew::Callback;

use crate::drafts::{now_ms, DraftStore, DraftStoreError, SaveChannel, SaveRequest};
use crate::state::{Action, Backend, LibraryView, NoticeKind, OpenDraft};
use crate::storage;

pub use boot::StartOptions;
use journal::Journal;
use namespace::Namespace;

/// What the app shows now, as far as saving is concerned.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub doc: Rc<Document>,
    /// `AppState::generation` of the text.
    pub generation: u64,
    pub revision: u64,
    pub saved_revision: u64,
    pub open: Option<OpenDraft>,
    pub backend: Backend,
    pub autosave: bool,
    pub conflict: bool,
    pub locale: Locale,
    pub counts: Option<DiagnosticCounts>,
}

impl Snapshot {
    fn unsaved(&self) -> bool {
        self.revision != self.saved_revision
    }
}

struct Inner {
    ns: Namespace,
    dispatch: Callback<Action>,
    store: RefCell<Option<DraftStore>>,
    local: RefCell<Option<storage::DraftStore>>,
    journal: Option<Journal>,
    channel: RefCell<Option<SaveChannel>>,
    latest: RefCell<Snapshot>,
    saving: Cell<bool>,
    again: Cell<bool>,
}

/// The storage side of one editor. Cheap to clone; equal when it is the
/// same session.
#[derive(Clone)]
pub struct Session(Rc<Inner>);

impl PartialEq for Session {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The `localStorage` key remembering the draft last open.
const OPEN_KEY: &str = "resolution-editor.open";

impl Session {
    pub fn new(ns: Namespace, dispatch: Callback<Action>, locale: Locale) -> Self {
        let journal = Journal::open(&ns);
        Session(Rc::new(Inner {
            ns,
            dispatch,
            store: RefCell::new(None),
            local: RefCell::new(None),
            journal,
            channel: RefCell::new(None),
            latest: RefCell::new(Snapshot {
                doc: Rc::new(Document::default()),
                generation: 0,
                revision: 0,
                saved_revision: 0,
                open: None,
                backend: Backend::Starting,
                autosave: false,
                conflict: false,
                locale,
                counts: None,
            }),
            saving: Cell::new(false),
            again: Cell::new(false),
        }))
    }

    pub fn namespace(&self) -> &Namespace {
        &self.0.ns
    }

    /// The editor is going away: unsaved text goes to the journal and is
    /// saved, then storage and the tab channel are closed once idle.
    pub fn close(&self) {
        self.page_hidden();
        *self.0.channel.borrow_mut() = None;
        let session = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            while session.0.saving.get() {
                gloo::timers::future::TimeoutFuture::new(15).await;
            }
            if let Some(store) = session.0.store.borrow_mut().take() {
                store.close();
            }
        });
    }

    /// Called on every render with what the app shows.
    pub fn sync(&self, snapshot: Snapshot) {
        *self.0.latest.borrow_mut() = snapshot;
    }

    fn snapshot(&self) -> Snapshot {
        self.0.latest.borrow().clone()
    }

    fn locale(&self) -> Locale {
        self.0.latest.borrow().locale
    }

    fn store(&self) -> Option<DraftStore> {
        self.0.store.borrow().clone()
    }

    fn emit(&self, action: Action) {
        self.0.dispatch.emit(action);
    }

    fn notify(&self, kind: NoticeKind, text: String) {
        self.emit(Action::Notify(kind, text));
    }

    fn error(&self, prefix: &str, e: &DraftStoreError) {
        self.notify(
            NoticeKind::Error,
            format!("{prefix}: {}", e.message(self.locale())),
        );
    }

    /// Saves the open document if it has unsaved changes. `checkpoint`
    /// keeps a history version even when the last one is recent.
    pub fn save(&self, checkpoint: bool) {
        if self.0.saving.get() {
            self.0.again.set(true);
            return;
        }
        let snap = self.snapshot();
        if !snap.autosave || snap.conflict || !snap.unsaved() {
            return;
        }
        match snap.backend {
            Backend::Local => self.save_local(&snap),
            Backend::Library => {
                if let (Some(store), Some(open)) = (self.store(), snap.open.clone()) {
                    self.0.saving.set(true);
                    let session = self.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        session.save_library(&store, &open, &snap, checkpoint).await;
                        session.0.saving.set(false);
                        if session.0.again.replace(false) {
                            session.save(false);
                        }
                    });
                }
            }
            Backend::Starting | Backend::Memory => {}
        }
    }

    fn save_local(&self, snap: &Snapshot) {
        let Some(local) = self.0.local.borrow().clone() else {
            return;
        };
        match local.save(&snap.doc) {
            Ok(()) => {
                self.0.latest.borrow_mut().saved_revision = snap.revision;
                self.emit(Action::Saved {
                    generation: snap.generation,
                    revision: snap.revision,
                    meta: None,
                });
            }
            Err(e) => self.emit(Action::SaveFailed {
                error: e.message(snap.locale),
            }),
        }
    }

    async fn save_library(
        &self,
        store: &DraftStore,
        open: &OpenDraft,
        snap: &Snapshot,
        checkpoint: bool,
    ) {
        let result = store
            .save(SaveRequest {
                id: &open.id,
                document: &snap.doc,
                base_revision: open.base_revision,
                now_ms: now_ms(),
                checkpoint,
                counts: snap.counts,
            })
            .await;
        match result {
            Ok(meta) => self.stored(store, snap.generation, snap.revision, meta),
            Err(DraftStoreError::Conflict { stored, .. }) => {
                self.0.latest.borrow_mut().conflict = true;
                self.emit(Action::Conflict { stored });
            }
            Err(e) => self.emit(Action::SaveFailed {
                error: e.message(snap.locale),
            }),
        }
    }

    /// Bookkeeping after editor revision `revision` of text `generation`
    /// was stored as `meta`.
    fn stored(&self, store: &DraftStore, generation: u64, revision: u64, meta: DraftMeta) {
        let all_saved = {
            let mut latest = self.0.latest.borrow_mut();
            if latest.generation != generation {
                false
            } else {
                latest.saved_revision = revision;
                if let Some(open) = latest.open.as_mut().filter(|o| o.id == meta.id) {
                    open.base_revision = meta.revision;
                }
                latest.revision == revision
            }
        };
        if all_saved {
            if let Some(journal) = &self.0.journal {
                journal.clear(&meta.id);
            }
        }
        if let Some(channel) = self.0.channel.borrow().as_ref() {
            // Other tabs then learn of the save at their next own save
            // (as a conflict) instead; nothing is lost.
            let _ = channel.announce(&store.announcement(&meta));
        }
        self.emit(Action::Saved {
            generation,
            revision,
            meta: Some(meta),
        });
    }

    /// The page is being hidden or closed: write unsaved text to the
    /// journal at once, then save it properly.
    pub fn page_hidden(&self) {
        let snap = self.snapshot();
        if !snap.unsaved() || !snap.autosave {
            return;
        }
        if let (Backend::Library, Some(open), Some(journal)) =
            (&snap.backend, &snap.open, &self.0.journal)
        {
            journal.write(&open.id, open.base_revision, &snap.doc, now_ms());
        }
        self.save(true);
    }

    /// Waits for a save in flight, then saves what is unsaved. `false`
    /// after saying why the open draft could not be stored: the caller
    /// must not move away from it then.
    async fn flush(&self) -> bool {
        while self.0.saving.get() {
            gloo::timers::future::TimeoutFuture::new(15).await;
        }
        let snap = self.snapshot();
        if !snap.unsaved() || !snap.autosave || snap.backend != Backend::Library {
            return true;
        }
        let (Some(store), Some(open)) = (self.store(), snap.open.clone()) else {
            return true;
        };
        let refusal = if snap.conflict {
            crate::i18n::tr(
                snap.locale,
                "сначала решите, что делать с изменениями из другой вкладки",
                "first settle the changes made in another tab",
            )
        } else {
            self.0.saving.set(true);
            self.save_library(&store, &open, &snap, true).await;
            self.0.saving.set(false);
            if self.snapshot().saved_revision == snap.revision {
                return true;
            }
            crate::i18n::tr(
                snap.locale,
                "открытый черновик не сохранён; экспортируйте его в JSON",
                "the open draft is not saved; export it as JSON",
            )
        };
        self.notify(NoticeKind::Error, refusal.into());
        false
    }

    /// Re-reads the library list, the trash and the set-aside records.
    pub async fn refresh_library(&self) {
        let Some(store) = self.store() else {
            return;
        };
        let now = now_ms();
        let library = match store.library(now).await {
            Ok(library) => library,
            Err(e) => {
                self.error(
                    crate::i18n::tr(self.locale(), "Список черновиков", "Draft list"),
                    &e,
                );
                return;
            }
        };
        let quarantine = store.quarantined().await.unwrap_or_default();
        self.emit(Action::Library(Rc::new(LibraryView {
            drafts: library.list().into_iter().cloned().collect(),
            trash: library.trash().into_iter().cloned().collect(),
            quarantine,
        })));
    }

    fn remember_open(&self, id: &DraftId) {
        // Only a preference for the next start: failing to store it is
        // harmless.
        let _ = storage::write_setting(&self.0.ns.key(OPEN_KEY), id.as_str());
    }

    fn remembered_open(&self) -> Option<DraftId> {
        storage::read_setting(&self.0.ns.key(OPEN_KEY)).and_then(|s| DraftId::parse(&s))
    }
}
