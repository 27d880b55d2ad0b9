//! Library operations started from the UI: open, create, rename,
//! duplicate, delete, restore, history, import, conflicts. Each one leaves
//! the open document stored (or stays put) before moving elsewhere.

use resolution_core::library::{
    parse_import, ConflictChoice, DraftId, ImportedDraft, VersionStamp,
};
use resolution_core::samples::template;
use resolution_core::{Document, Kind};

use super::Session;
use crate::drafts::{now_ms, DraftStore, DraftStoreError, LoadedDraft};
use crate::i18n::tr;
use crate::state::{Action, Backend, Loaded, NoticeKind};

impl Session {
    fn spawn<F>(&self, work: impl FnOnce(Session, DraftStore) -> F + 'static)
    where
        F: std::future::Future<Output = ()> + 'static,
    {
        let Some(store) = self.store() else {
            self.notify(
                NoticeKind::Error,
                tr(
                    self.locale(),
                    "Библиотека черновиков недоступна в этом браузере.",
                    "The draft library is not available in this browser.",
                )
                .into(),
            );
            return;
        };
        let session = self.clone();
        wasm_bindgen_futures::spawn_local(work(session, store));
    }

    /// Shows `loaded` with a fresh undo history and remembers it.
    pub(super) fn show(&self, loaded: LoadedDraft, unsaved: bool) {
        self.remember_open(&loaded.meta.id);
        {
            let mut latest = self.0.latest.borrow_mut();
            latest.conflict = false;
        }
        self.emit(Action::Load(Box::new(Loaded {
            backend: Backend::Library,
            document: loaded.document,
            meta: Some(loaded.meta),
            unsaved,
        })));
    }

    /// Stores the open draft, then opens `id`.
    pub fn open(&self, id: DraftId) {
        self.spawn(move |session, store| async move {
            if !session.flush().await {
                return;
            }
            match store.load(&id).await {
                Ok(loaded) => session.show(loaded, false),
                Err(e) => session.error(
                    tr(session.locale(), "Черновик не открыт", "Draft not opened"),
                    &e,
                ),
            }
            session.refresh_library().await;
        });
    }

    /// A new draft from the template of `kind`, opened at once.
    pub fn create(&self, kind: Kind) {
        let l = self.locale();
        if self.snapshot().backend != Backend::Library {
            self.emit(Action::Open {
                doc: Box::new(template(kind)),
                note: Some(
                    tr(
                        l,
                        "Создан новый документ. Прежний можно вернуть кнопкой «Отменить».",
                        "New document. Undo brings the previous one back.",
                    )
                    .into(),
                ),
            });
            return;
        }
        self.spawn(move |session, store| async move {
            if !session.flush().await {
                return;
            }
            let document = template(kind);
            match store.create(&document, now_ms()).await {
                Ok(meta) => session.show(LoadedDraft { meta, document }, false),
                Err(e) => session.error(tr(l, "Черновик не создан", "Draft not created"), &e),
            }
            session.refresh_library().await;
        });
    }

    pub fn rename(&self, id: DraftId, title: String) {
        self.spawn(move |session, store| async move {
            match store.rename(&id, &title, now_ms()).await {
                Ok(meta) => session.emit(Action::Meta(meta)),
                Err(e) => session.error(tr(session.locale(), "Не переименован", "Not renamed"), &e),
            }
            session.refresh_library().await;
        });
    }

    pub fn duplicate(&self, id: DraftId) {
        self.spawn(move |session, store| async move {
            if !session.flush().await {
                return;
            }
            match store.duplicate(&id, now_ms()).await {
                Ok(meta) => session.notify(
                    NoticeKind::Info,
                    format!(
                        "{} «{}»",
                        tr(session.locale(), "Создана копия", "Copy created"),
                        meta.title
                    ),
                ),
                Err(e) => session.error(
                    tr(session.locale(), "Копия не создана", "Copy not created"),
                    &e,
                ),
            }
            session.refresh_library().await;
        });
    }

    /// Moves `id` to the trash. When it is the open draft, the most recent
    /// other draft opens (or a new one when none is left).
    pub fn delete(&self, id: DraftId) {
        self.spawn(move |session, store| async move {
            let l = session.locale();
            let is_open = session.snapshot().open.is_some_and(|o| o.id == id);
            if is_open && !session.flush().await {
                return;
            }
            match store.delete(&id, now_ms()).await {
                Ok(meta) => session.notify(
                    NoticeKind::Info,
                    format!(
                        "«{}» {}",
                        meta.title,
                        tr(
                            l,
                            "перемещён в корзину; его можно восстановить",
                            "moved to the trash; it can be restored"
                        )
                    ),
                ),
                Err(e) => {
                    session.error(tr(l, "Не удалён", "Not deleted"), &e);
                    return;
                }
            }
            if is_open {
                session.open_most_recent(&store).await;
            }
            session.refresh_library().await;
        });
    }

    /// Opens the most recently changed draft, or a new one from a
    /// template when the library is empty.
    pub(super) async fn open_most_recent(&self, store: &DraftStore) {
        self.open_or_create(store, None, || template(Kind::Decision))
            .await;
    }

    /// Opens `wanted` when it is listed, else the most recently changed
    /// draft, else a new draft of `fresh()`.
    pub(super) async fn open_or_create(
        &self,
        store: &DraftStore,
        wanted: Option<DraftId>,
        fresh: impl FnOnce() -> Document,
    ) {
        let now = now_ms();
        let live = store.list(now).await.unwrap_or_default();
        let wanted = wanted
            .filter(|id| live.iter().any(|m| m.id == *id))
            .or_else(|| live.first().map(|m| m.id.clone()));
        let loaded = match wanted {
            Some(id) => store.load(&id).await,
            None => {
                let document = fresh();
                store
                    .create(&document, now)
                    .await
                    .map(|meta| LoadedDraft { meta, document })
            }
        };
        match loaded {
            Ok(loaded) => self.show(loaded, false),
            Err(e) => {
                self.error(
                    tr(self.locale(), "Черновик не открыт", "Draft not opened"),
                    &e,
                );
                // The damaged draft left the list; the next one opens.
                if matches!(e, DraftStoreError::Corrupted { .. }) {
                    Box::pin(self.open_most_recent(store)).await;
                }
            }
        }
    }

    pub fn restore(&self, id: DraftId) {
        self.spawn(move |session, store| async move {
            if let Err(e) = store.restore(&id).await {
                session.error(tr(session.locale(), "Не восстановлен", "Not restored"), &e);
            }
            session.refresh_library().await;
        });
    }

    /// The kept versions of `id`, newest first, passed to `done`.
    pub fn history(&self, id: DraftId, done: impl FnOnce(Vec<VersionStamp>) + 'static) {
        self.spawn(move |session, store| async move {
            match store.history(&id).await {
                Ok(versions) => done(versions),
                Err(e) => session.error(
                    tr(
                        session.locale(),
                        "История недоступна",
                        "History unavailable",
                    ),
                    &e,
                ),
            }
        });
    }

    /// The document of one version, passed to `done`.
    pub fn version(&self, id: DraftId, seq: u64, done: impl FnOnce(Document) + 'static) {
        self.spawn(move |session, store| async move {
            match store.load_version(&id, seq).await {
                Ok(doc) => done(doc),
                Err(e) => session.error(
                    tr(session.locale(), "Версия не прочитана", "Version not read"),
                    &e,
                ),
            }
        });
    }

    /// Makes version `seq` of the open draft current (the text before it
    /// stays in the history).
    pub fn restore_version(&self, seq: u64) {
        self.spawn(move |session, store| async move {
            let l = session.locale();
            if !session.flush().await {
                return;
            }
            let Some(open) = session.snapshot().open else {
                return;
            };
            match store
                .restore_version(&open.id, seq, open.base_revision, now_ms())
                .await
            {
                Ok(loaded) => {
                    session.show(loaded, false);
                    session.notify(
                        NoticeKind::Info,
                        tr(
                            l,
                            "Версия восстановлена; прежний текст остался в истории.",
                            "Version restored; the previous text stays in the history.",
                        )
                        .into(),
                    );
                }
                Err(DraftStoreError::Conflict { stored, .. }) => {
                    session.0.latest.borrow_mut().conflict = true;
                    session.emit(Action::Conflict { stored });
                }
                Err(e) => {
                    session.error(tr(l, "Версия не восстановлена", "Version not restored"), &e)
                }
            }
            session.refresh_library().await;
        });
    }

    /// Reads a draft file (`name` for messages) and opens it as a new
    /// draft, or as a copy when its id is taken. Never overwrites.
    pub fn import(&self, text: &str, name: &str, reviewer: bool) {
        let l = self.locale();
        let failed = |detail: String| {
            format!(
                "{} «{name}»: {detail}",
                crate::i18n::texts(l).file_unreadable
            )
        };
        // The reader refuses drafts over the size limit itself, with a
        // precise message.
        let imported = match parse_import(text) {
            Ok(imported) => imported,
            Err(e) => {
                self.notify(NoticeKind::Error, failed(e.message(l)));
                return;
            }
        };
        if reviewer {
            self.emit(Action::SetReviewer(true));
        }
        let name = name.to_owned();
        if self.snapshot().backend != Backend::Library {
            self.emit(Action::Open {
                doc: Box::new(imported.document),
                note: Some(format!(
                    "{} «{name}». {}",
                    crate::i18n::texts(l).opened_file,
                    tr(
                        l,
                        "Прежний документ можно вернуть кнопкой «Отменить».",
                        "Undo brings the previous document back."
                    )
                )),
            });
            return;
        }
        self.spawn(move |session, store| async move {
            if let Some(id) = session.import_into(&store, imported, &name).await {
                session.remember_open(&id);
            }
        });
    }

    /// Stores `imported` in the library, opens it and says how; returns
    /// its id.
    pub(super) async fn import_into(
        &self,
        store: &DraftStore,
        imported: ImportedDraft,
        name: &str,
    ) -> Option<DraftId> {
        let l = self.locale();
        if !self.flush().await {
            return None;
        }
        let document = imported.document.clone();
        let result = store.import(&imported, now_ms()).await;
        let id = match result {
            Ok(plan) => {
                let note = match plan.copy_of {
                    Some(_) => tr(
                        l,
                        "Открыт как копия: черновик с тем же идентификатором уже есть, он не изменён.",
                        "Opened as a copy: a draft with the same id exists and was left unchanged.",
                    ),
                    None => tr(l, "Открыт как новый черновик.", "Opened as a new draft."),
                };
                let id = plan.meta.id.clone();
                self.show(
                    LoadedDraft {
                        meta: plan.meta,
                        document,
                    },
                    false,
                );
                self.notify(
                    NoticeKind::Info,
                    format!("{} «{name}». {note}", crate::i18n::texts(l).opened_file),
                );
                Some(id)
            }
            Err(e) => {
                self.error(
                    &format!("{} «{name}»", crate::i18n::texts(l).file_unreadable),
                    &e,
                );
                None
            }
        };
        self.refresh_library().await;
        id
    }

    /// The author's answer to a conflict with another tab.
    pub fn settle_conflict(&self, choice: ConflictChoice) {
        self.spawn(move |session, store| async move {
            let l = session.locale();
            let snap = session.snapshot();
            let Some(open) = snap.open.clone() else {
                return;
            };
            match choice {
                ConflictChoice::ReloadTheirs => match store.load(&open.id).await {
                    Ok(loaded) => session.show(loaded, false),
                    Err(e) => session.error(tr(l, "Черновик не загружен", "Draft not loaded"), &e),
                },
                ConflictChoice::KeepMineAsCopy => {
                    match store.save_as_copy(&open.id, &snap.doc, now_ms()).await {
                        Ok(meta) => {
                            let title = meta.title.clone();
                            session.show(
                                LoadedDraft {
                                    meta,
                                    document: (*snap.doc).clone(),
                                },
                                false,
                            );
                            session.notify(
                                NoticeKind::Info,
                                format!(
                                    "{} «{title}»; {}",
                                    tr(l, "Ваш текст сохранён как", "Your text was saved as"),
                                    tr(
                                        l,
                                        "версия другой вкладки не изменена",
                                        "the other tab's version is unchanged"
                                    )
                                ),
                            );
                        }
                        Err(e) => session.error(tr(l, "Копия не сохранена", "Copy not saved"), &e),
                    }
                }
            }
            session.refresh_library().await;
        });
    }

    /// Another tab stored `revision` of the open draft and this tab has
    /// nothing unsaved: show the stored text.
    pub(super) fn reload_from_other_tab(&self, id: DraftId) {
        self.spawn(move |session, store| async move {
            match store.load(&id).await {
                Ok(loaded) => {
                    let still_open = session.snapshot().open.is_some_and(|o| o.id == id);
                    if still_open && !session.snapshot().unsaved() {
                        session.show(loaded, false);
                    }
                }
                Err(e) => session.error(
                    tr(
                        session.locale(),
                        "Черновик не обновлён",
                        "Draft not updated",
                    ),
                    &e,
                ),
            }
            session.refresh_library().await;
        });
    }

    /// Brings back a draft whose records were set aside, from its newest
    /// readable history version.
    pub fn recover(&self, id: DraftId) {
        self.spawn(move |session, store| async move {
            let l = session.locale();
            match store.recover_from_history(&id, now_ms()).await {
                Ok(loaded) => {
                    let title = loaded.meta.title.clone();
                    session.notify(
                        NoticeKind::Info,
                        format!(
                            "{} «{title}»",
                            tr(l, "Восстановлен из истории:", "Recovered from history:")
                        ),
                    );
                }
                Err(e) => session.error(
                    tr(
                        l,
                        "Не восстановлен из истории",
                        "Not recovered from history",
                    ),
                    &e,
                ),
            }
            session.refresh_library().await;
        });
    }

    /// Open drafts' metadata for the list (used by the drafts panel).
    pub fn refresh(&self) {
        let session = self.clone();
        wasm_bindgen_futures::spawn_local(async move { session.refresh_library().await });
    }
}
