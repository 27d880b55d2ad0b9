//! Start-up: open the draft library (or fall back to `localStorage`, or to
//! memory), set aside what cannot be read, store what the journal kept
//! from the last session, move an old single draft into the library, and
//! open a draft: the one under review, the one last open, the most recent,
//! or the sample on first start.

use std::rc::Rc;

use resolution_core::library::{parse_import, ImportedDraft, DEFAULT_TRASH_DAYS};
use resolution_core::samples::sample_decision;
use resolution_core::Document;

use super::journal::Entry;
use super::review::{fetch_same_origin, review_param};
use super::Session;
use crate::drafts::{fresh_tab_id, now_ms, DraftStore, DraftStoreError, SaveChannel, SaveRequest};
use crate::i18n::tr;
use crate::state::{Action, Backend, Loaded, NoticeKind};
use crate::storage;

/// What the embedding page or the address asks for at start.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartOptions {
    /// The first draft of an empty namespace (embedding); later starts
    /// open the draft last worked on, as the app does.
    pub initial: Option<Rc<Document>>,
    /// Look at `?draft=` in the address.
    pub read_address: bool,
}

/// The `localStorage` key prefix mapping a reviewed URL to its draft.
const REVIEW_KEY: &str = "resolution-editor.review";

impl Session {
    pub fn start(&self, options: StartOptions) {
        let session = self.clone();
        wasm_bindgen_futures::spawn_local(async move { session.boot(options).await });
    }

    async fn boot(&self, options: StartOptions) {
        match DraftStore::open(&self.0.ns.db_name(), fresh_tab_id()).await {
            Ok(store) => match store.scan(now_ms()).await {
                Ok(report) => {
                    *self.0.store.borrow_mut() = Some(store.clone());
                    if !report.quarantined.is_empty() {
                        self.report_set_aside(report.quarantined.len());
                    }
                    self.boot_library(&store, options).await;
                }
                Err(e) => {
                    store.close();
                    self.boot_without_library(&e, options).await;
                }
            },
            Err(e) => self.boot_without_library(&e, options).await,
        }
    }

    fn report_set_aside(&self, count: usize) {
        self.notify(
            NoticeKind::Error,
            format!(
                "{count} {}",
                tr(
                    self.locale(),
                    "повреждённых записей хранилища отложено в карантин (не удалены). Подробности и восстановление: «Черновики» → «Отложенные записи».",
                    "damaged stored records were set aside (not deleted). Details and recovery: Drafts → Set-aside records.",
                )
            ),
        );
    }

    async fn boot_library(&self, store: &DraftStore, options: StartOptions) {
        self.move_local_draft_in(store).await;
        self.replay_journal(store).await;
        // Old trash goes; a failure only leaves it for the next start.
        let _ = store.purge_trash(now_ms(), DEFAULT_TRASH_DAYS).await;
        self.open_channel(store);
        if options.read_address {
            if let Some(url) = review_param() {
                self.open_review(store, &url).await;
                return;
            }
        }
        // First start in this namespace: the portal's draft, or the sample.
        let initial = options.initial;
        self.open_or_create(store, self.remembered_open(), move || {
            initial.as_deref().cloned().unwrap_or_else(sample_decision)
        })
        .await;
        self.refresh_library().await;
    }

    /// The single `localStorage` draft of earlier versions becomes a
    /// library draft; the key is freed only once the draft is stored.
    async fn move_local_draft_in(&self, store: &DraftStore) {
        let Some(local) = self.local_store() else {
            return;
        };
        if let Ok(Some(doc)) = self.read_local_draft(&local) {
            let imported = ImportedDraft {
                document: doc,
                draft_id: None,
            };
            if store.import(&imported, now_ms()).await.is_ok() {
                local.clear();
            }
        }
    }

    /// The draft under the `localStorage` key, if any. A value that cannot
    /// be read is reported: moved aside (the key is free again), or left in
    /// place, and then `Err`: nothing may be written over it.
    fn read_local_draft(&self, local: &storage::DraftStore) -> Result<Option<Document>, ()> {
        let l = self.locale();
        match local.load() {
            storage::Loaded::Missing => Ok(None),
            storage::Loaded::Draft(doc) => Ok(Some(*doc)),
            storage::Loaded::MovedAside { backup_key, error } => {
                self.notify(
                    NoticeKind::Error,
                    format!(
                        "{}: {}. {} «{backup_key}».",
                        crate::i18n::texts(l).draft_moved_aside,
                        error.message(l),
                        tr(l, "Он сохранён под ключом", "It was kept under the key"),
                    ),
                );
                Ok(None)
            }
            storage::Loaded::Unreadable { error, move_error } => {
                self.notify(
                    NoticeKind::Error,
                    format!(
                        "{}: {}; {}",
                        crate::i18n::texts(l).draft_unreadable,
                        error.message(l),
                        move_error.message(l)
                    ),
                );
                Err(())
            }
        }
    }

    fn local_store(&self) -> Option<storage::DraftStore> {
        let ls = web_sys::window()?.local_storage().ok().flatten()?;
        Some(storage::DraftStore::new(
            ls,
            &self.0.ns.draft_key(),
            &self.0.ns.backup_key(),
        ))
    }

    /// Stores what the journal kept from a page closed before its last
    /// save finished. Text is never dropped: when the stored draft moved
    /// on meanwhile, the journal's text becomes a copy.
    async fn replay_journal(&self, store: &DraftStore) {
        let Some(journal) = &self.0.journal else {
            return;
        };
        let (entries, unreadable) = journal.entries();
        for entry in entries {
            let id = entry.draft_id.clone();
            match self.replay(store, entry).await {
                Ok(()) => journal.clear(&id),
                Err(e) => self.error(
                    tr(
                        self.locale(),
                        "Несохранённый текст прошлого сеанса остался в журнале",
                        "Unsaved text of the last session stays in the journal",
                    ),
                    &e,
                ),
            }
        }
        for bad in unreadable {
            self.notify(
                NoticeKind::Error,
                format!(
                    "{} «{}»: {}",
                    tr(
                        self.locale(),
                        "Запись журнала не читается и оставлена под ключом",
                        "A journal entry cannot be read and was left under the key",
                    ),
                    bad.key,
                    bad.reason
                ),
            );
        }
    }

    async fn replay(&self, store: &DraftStore, entry: Entry) -> Result<(), DraftStoreError> {
        let l = self.locale();
        let now = now_ms();
        match store.load(&entry.draft_id).await {
            Ok(stored) if stored.document == entry.document => Ok(()),
            Ok(stored) if stored.meta.revision == entry.base_revision => {
                store
                    .save(SaveRequest {
                        id: &entry.draft_id,
                        document: &entry.document,
                        base_revision: entry.base_revision,
                        now_ms: now,
                        checkpoint: true,
                        counts: None,
                    })
                    .await?;
                self.notify(
                    NoticeKind::Info,
                    format!(
                        "{} «{}».",
                        tr(
                            l,
                            "Восстановлен текст, набранный перед закрытием страницы:",
                            "Restored the text typed before the page was closed:",
                        ),
                        stored.meta.title
                    ),
                );
                Ok(())
            }
            Ok(stored) => {
                let copy = store
                    .save_as_copy(&entry.draft_id, &entry.document, now)
                    .await?;
                self.notify(
                    NoticeKind::Info,
                    format!(
                        "{} «{}» {} «{}».",
                        tr(
                            l,
                            "Несохранённый текст черновика",
                            "Unsaved text of the draft"
                        ),
                        stored.meta.title,
                        tr(l, "сохранён как", "was saved as"),
                        copy.title
                    ),
                );
                Ok(())
            }
            Err(_) => {
                let imported = ImportedDraft {
                    document: entry.document,
                    draft_id: Some(entry.draft_id),
                };
                let plan = store.import(&imported, now).await?;
                self.notify(
                    NoticeKind::Info,
                    format!(
                        "{} «{}».",
                        tr(
                            l,
                            "Несохранённый текст прошлого сеанса сохранён как черновик",
                            "Unsaved text of the last session was saved as the draft",
                        ),
                        plan.meta.title
                    ),
                );
                Ok(())
            }
        }
    }

    fn open_channel(&self, store: &DraftStore) {
        let weak = Rc::downgrade(&self.0);
        let tab = store.tab_id().clone();
        let channel = SaveChannel::open(&self.0.ns.channel_name(), move |announcement| {
            let Some(inner) = weak.upgrade() else {
                return;
            };
            let session = Session(inner);
            let snap = session.snapshot();
            let Some(open) = snap.open.as_ref() else {
                return;
            };
            match resolution_core::library::on_announcement(
                &tab,
                &open.id,
                open.base_revision,
                snap.unsaved(),
                &announcement,
            ) {
                resolution_core::library::RemoteSave::Ignore => {}
                resolution_core::library::RemoteSave::Reload { .. } => {
                    session.reload_from_other_tab(open.id.clone());
                }
                resolution_core::library::RemoteSave::Conflict { revision } => {
                    session.0.latest.borrow_mut().conflict = true;
                    session.emit(Action::Conflict { stored: revision });
                }
            }
        });
        // Without the channel a conflict is still caught at the next save.
        *self.0.channel.borrow_mut() = channel.ok();
    }

    /// Opens the draft at `url` for review: the reviewer's copy from an
    /// earlier visit when there is one, else the file, imported.
    async fn open_review(&self, store: &DraftStore, url: &str) {
        let l = self.locale();
        let key = format!("{}.{url}", self.0.ns.key(REVIEW_KEY));
        let known =
            storage::read_setting(&key).and_then(|s| resolution_core::library::DraftId::parse(&s));
        if let Some(id) = known {
            if let Ok(loaded) = store.load(&id).await {
                self.show(loaded, false);
                self.emit(Action::SetReviewer(true));
                self.notify(
                    NoticeKind::Info,
                    format!(
                        "{} {url}",
                        tr(
                            l,
                            "Открыта ваша рецензируемая копия черновика",
                            "Your review copy is open of the draft at",
                        )
                    ),
                );
                self.refresh_library().await;
                return;
            }
        }
        match self.fetch_review(url).await {
            Some(imported) => {
                if let Some(id) = self.import_into(store, imported, url).await {
                    self.emit(Action::SetReviewer(true));
                    // Only spares a second import on reload.
                    let _ = storage::write_setting(&key, id.as_str());
                }
            }
            None => {
                self.open_most_recent(store).await;
                self.refresh_library().await;
            }
        }
    }

    /// The shared draft at `url`; `None` after saying why it cannot be
    /// opened.
    async fn fetch_review(&self, url: &str) -> Option<ImportedDraft> {
        let l = self.locale();
        let imported = match fetch_same_origin(url).await {
            Ok(text) => parse_import(&text).map_err(|e| e.message(l)),
            Err(e) => Err(e.message(l)),
        };
        imported
            .map_err(|e| {
                self.notify(
                    NoticeKind::Error,
                    format!("{} «{url}»: {e}", crate::i18n::texts(l).file_unreadable),
                )
            })
            .ok()
    }

    /// IndexedDB cannot be used: one draft in `localStorage`, or memory.
    async fn boot_without_library(&self, cause: &DraftStoreError, options: StartOptions) {
        let l = self.locale();
        let mut backend = Backend::Memory;
        let mut document = None;
        if let Some(local) = self.local_store() {
            if let Ok(stored) = self.read_local_draft(&local) {
                backend = Backend::Local;
                document = stored;
                *self.0.local.borrow_mut() = Some(local);
            }
        }
        let warning = match backend {
            Backend::Local => tr(
                l,
                "Библиотека черновиков недоступна; один черновик хранится в localStorage этого браузера, без истории версий",
                "The draft library is unavailable; one draft is kept in this browser's localStorage, without version history",
            ),
            _ => tr(
                l,
                "Хранилище браузера недоступно: документ хранится только в этой вкладке. Экспортируйте его в JSON перед закрытием",
                "Browser storage is unavailable: the document lives in this tab only. Export it as JSON before closing",
            ),
        };
        self.notify(
            NoticeKind::Error,
            format!("{warning} ({}).", cause.message(l)),
        );
        let mut unsaved = false;
        if let Some(doc) = options.initial {
            document = Some((*doc).clone());
            unsaved = true;
        } else if options.read_address {
            if let Some(url) = review_param() {
                if let Some(imported) = self.fetch_review(&url).await {
                    self.emit(Action::SetReviewer(true));
                    document = Some(imported.document);
                    unsaved = true;
                }
            }
        }
        self.emit(Action::Load(Box::new(Loaded {
            backend,
            document: document.unwrap_or_else(sample_decision),
            meta: None,
            unsaved,
        })));
    }
}
