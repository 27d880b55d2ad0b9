//! The draft library in IndexedDB. Every operation is one transaction, so a
//! list entry, its document and its history change together or not at all.
//! The rules (ids, titles, trash, history, conflicts, import) come from
//! `resolution_core::library`; this file only moves records.

use js_sys::Array;
use resolution_core::json::to_json;
use resolution_core::library::{
    decide_save, export_json, index::copy_title, plan_import, plan_record, DiagnosticCounts,
    DraftId, DraftMeta, HistoryPolicy, ImportPlan, ImportedDraft, Library, RecordPlan,
    SaveAnnouncement, SaveDecision, TabId, Version, VersionStamp,
};
use resolution_core::Document;
use wasm_bindgen::JsValue;
use web_sys::{IdbDatabase, IdbObjectStore, IdbTransactionMode};

use super::error::DraftStoreError;
use super::idb::{
    self, run, seq_of_key, version_key, versions_of, Tx, ALL_STORES, DOCUMENTS, DRAFTS, QUARANTINE,
    TRASH, VERSIONS,
};
use super::records::{
    meta_text, parse_document, parse_meta, parse_version, quarantine_entry, quarantine_record,
    version_text, QuarantineEntry,
};

/// The database the app uses.
pub const DEFAULT_DB_NAME: &str = "resolution-editor";

type Result<T> = std::result::Result<T, DraftStoreError>;

/// A draft as loaded: its list entry (with the revision to save over) and
/// its document.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedDraft {
    pub meta: DraftMeta,
    pub document: Document,
}

/// A save of the open document.
#[derive(Debug, Clone, Copy)]
pub struct SaveRequest<'a> {
    pub id: &'a DraftId,
    pub document: &'a Document,
    /// The revision this tab loaded or last stored.
    pub base_revision: u64,
    pub now_ms: u64,
    /// Always keep a new history version (page hidden, before a restore).
    pub checkpoint: bool,
    /// Diagnostic counts the caller already has; computed when `None`.
    pub counts: Option<DiagnosticCounts>,
}

/// What [`DraftStore::scan`] found at start-up.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScanReport {
    /// Every readable draft, live and trashed.
    pub library: Library,
    /// Records set aside by this scan.
    pub quarantined: Vec<QuarantineEntry>,
    /// Drafts whose list entry was unreadable or missing and was rebuilt
    /// from their document.
    pub rebuilt: Vec<DraftId>,
}

/// The draft library of one tab over one IndexedDB database.
#[derive(Debug, Clone)]
pub struct DraftStore {
    db: IdbDatabase,
    tab: TabId,
    policy: HistoryPolicy,
}

impl DraftStore {
    /// Opens the database `name` for tab `tab`. `Unavailable` means the app
    /// should keep the draft in memory and say so.
    pub async fn open(name: &str, tab: TabId) -> Result<Self> {
        let db = idb::open(name).await?;
        Ok(DraftStore {
            db,
            tab,
            policy: HistoryPolicy::default(),
        })
    }

    /// The same store with another history policy (tests keep every save).
    pub fn with_policy(mut self, policy: HistoryPolicy) -> Self {
        self.policy = policy;
        self
    }

    pub fn tab_id(&self) -> &TabId {
        &self.tab
    }

    /// Closes the connection; later calls fail with `Unavailable`.
    pub fn close(&self) {
        self.db.close();
    }

    /// What to broadcast after a save stored `meta`.
    pub fn announcement(&self, meta: &DraftMeta) -> SaveAnnouncement {
        SaveAnnouncement {
            draft_id: meta.id.clone(),
            revision: meta.revision,
            tab_id: self.tab.clone(),
        }
    }

    fn tx(&self, stores: &[&str], mode: IdbTransactionMode) -> Result<Tx> {
        Tx::new(&self.db, stores, mode)
    }

    /// Reads everything at start-up: sets aside unreadable list entries,
    /// documents and entries without a document; rebuilds the list entry
    /// of a readable document that has none.
    pub async fn scan(&self, now_ms: u64) -> Result<ScanReport> {
        let tx = self.tx(&ALL_STORES, IdbTransactionMode::Readwrite)?;
        let mut report = ScanReport::default();
        let mut metas: Vec<(DraftMeta, &str)> = Vec::new();
        for store_name in [DRAFTS, TRASH] {
            let store = tx.store(store_name)?;
            for (key, raw) in all_entries(&store).await? {
                match parse_meta(&key, &raw) {
                    Ok(mut meta) => {
                        if store_name == TRASH {
                            meta.deleted_at_ms.get_or_insert(now_ms);
                        }
                        metas.push((meta, store_name));
                    }
                    Err(reason) => {
                        let entry =
                            set_aside(&tx, store_name, &key, &raw, &reason, now_ms, None).await?;
                        report.quarantined.push(entry);
                    }
                }
            }
        }
        let documents = tx.store(DOCUMENTS)?;
        let mut readable: Vec<String> = Vec::new();
        for (key, raw) in all_entries(&documents).await? {
            let listed = metas.iter().position(|(m, _)| m.id.as_str() == key);
            match parse_document(&raw) {
                Ok(doc) => {
                    readable.push(key.clone());
                    if listed.is_none() {
                        let Some(id) = DraftId::parse(&key) else {
                            let reason = "the document is stored under an invalid id";
                            let entry =
                                set_aside(&tx, DOCUMENTS, &key, &raw, reason, now_ms, None).await?;
                            report.quarantined.push(entry);
                            continue;
                        };
                        let meta = DraftMeta::new(id.clone(), &doc, now_ms);
                        run(tx
                            .store(DRAFTS)?
                            .put_with_key(&meta_text(&meta), &key.as_str().into()))
                        .await?;
                        metas.push((meta, DRAFTS));
                        report.rebuilt.push(id);
                    }
                }
                Err(reason) => {
                    let meta_raw = match listed {
                        Some(at) => {
                            let (meta, store_name) = metas.remove(at);
                            run(tx.store(store_name)?.delete(&key.as_str().into())).await?;
                            Some(meta_text(&meta))
                        }
                        None => None,
                    };
                    let entry = set_aside(
                        &tx,
                        DOCUMENTS,
                        &key,
                        &raw,
                        &reason,
                        now_ms,
                        meta_raw.as_ref(),
                    )
                    .await?;
                    report.quarantined.push(entry);
                }
            }
        }
        let mut kept = Vec::new();
        for (meta, store_name) in metas {
            if readable.iter().any(|k| k == meta.id.as_str()) {
                kept.push(meta);
            } else {
                let raw = meta_text(&meta);
                let reason = "the draft has no stored document";
                let entry = set_aside(
                    &tx,
                    store_name,
                    meta.id.as_str(),
                    &raw,
                    reason,
                    now_ms,
                    None,
                )
                .await?;
                report.quarantined.push(entry);
            }
        }
        tx.commit().await?;
        report.library = Library::from_entries(kept);
        Ok(report)
    }

    /// Every readable list entry, live and trashed; unreadable ones are set
    /// aside.
    pub async fn library(&self, now_ms: u64) -> Result<Library> {
        let tx = self.tx(&[DRAFTS, TRASH, QUARANTINE], IdbTransactionMode::Readwrite)?;
        let mut metas = Vec::new();
        for store_name in [DRAFTS, TRASH] {
            let store = tx.store(store_name)?;
            for (key, raw) in all_entries(&store).await? {
                match parse_meta(&key, &raw) {
                    Ok(mut meta) => {
                        if store_name == TRASH {
                            meta.deleted_at_ms.get_or_insert(now_ms);
                        }
                        metas.push(meta);
                    }
                    Err(reason) => {
                        set_aside(&tx, store_name, &key, &raw, &reason, now_ms, None).await?;
                    }
                }
            }
        }
        tx.commit().await?;
        Ok(Library::from_entries(metas))
    }

    /// Live drafts, most recently changed first.
    pub async fn list(&self, now_ms: u64) -> Result<Vec<DraftMeta>> {
        let library = self.library(now_ms).await?;
        Ok(library.list().into_iter().cloned().collect())
    }

    /// Drafts in the trash, most recently deleted first.
    pub async fn trash(&self, now_ms: u64) -> Result<Vec<DraftMeta>> {
        let library = self.library(now_ms).await?;
        Ok(library.trash().into_iter().cloned().collect())
    }

    /// Stores `doc` as a new draft under a fresh id.
    pub async fn create(&self, doc: &Document, now_ms: u64) -> Result<DraftMeta> {
        let id = fresh_draft_id();
        let meta = DraftMeta::new(id, doc, now_ms);
        self.insert_new(meta, doc, now_ms).await
    }

    /// Stores a new entry and its document; the id must be free.
    async fn insert_new(
        &self,
        mut meta: DraftMeta,
        doc: &Document,
        now_ms: u64,
    ) -> Result<DraftMeta> {
        let tx = self.tx(
            &[DRAFTS, TRASH, DOCUMENTS, VERSIONS, QUARANTINE],
            IdbTransactionMode::Readwrite,
        )?;
        let key: JsValue = meta.id.as_str().into();
        for store in [DRAFTS, TRASH, DOCUMENTS] {
            if !run(tx.store(store)?.get_key(&key)).await?.is_undefined() {
                return Err(resolution_core::library::LibraryError::DuplicateId(meta.id).into());
            }
        }
        meta.revision = 1;
        meta.writer = Some(self.tab.clone());
        write_draft(&tx, &meta, doc).await?;
        record_version(&tx, &meta.id, &to_json(doc), now_ms, true, self.policy).await?;
        tx.commit().await?;
        Ok(meta)
    }

    /// Loads a live draft. A damaged record is set aside and reported as
    /// `Corrupted`; the draft then leaves the list.
    pub async fn load(&self, id: &DraftId) -> Result<LoadedDraft> {
        let now_ms = now_ms();
        let tx = self.tx(
            &[DRAFTS, TRASH, DOCUMENTS, QUARANTINE],
            IdbTransactionMode::Readwrite,
        )?;
        let key: JsValue = id.as_str().into();
        let raw_meta = run(tx.store(DRAFTS)?.get(&key)).await?;
        if raw_meta.is_undefined() {
            let in_trash = !run(tx.store(TRASH)?.get_key(&key)).await?.is_undefined();
            return Err(if in_trash {
                resolution_core::library::LibraryError::InTrash(id.clone()).into()
            } else {
                DraftStoreError::NotFound(id.clone())
            });
        }
        let raw_doc = run(tx.store(DOCUMENTS)?.get(&key)).await?;
        let failure = match parse_meta(id.as_str(), &raw_meta) {
            Err(reason) => {
                set_aside(&tx, DRAFTS, id.as_str(), &raw_meta, &reason, now_ms, None).await?;
                if let Ok(document) = parse_document(&raw_doc) {
                    // The document is fine: list it again under a rebuilt entry.
                    let meta = DraftMeta::new(id.clone(), &document, now_ms);
                    run(tx.store(DRAFTS)?.put_with_key(&meta_text(&meta), &key)).await?;
                }
                reason
            }
            Ok(meta) => match parse_document(&raw_doc) {
                Ok(document) => {
                    tx.commit().await?;
                    return Ok(LoadedDraft { meta, document });
                }
                Err(reason) => {
                    let reason = if raw_doc.is_undefined() {
                        "the draft has no stored document".to_string()
                    } else {
                        reason
                    };
                    let meta_raw = meta_text(&meta);
                    let (store, raw) = if raw_doc.is_undefined() {
                        (DRAFTS, &meta_raw)
                    } else {
                        (DOCUMENTS, &raw_doc)
                    };
                    set_aside(
                        &tx,
                        store,
                        id.as_str(),
                        raw,
                        &reason,
                        now_ms,
                        Some(&meta_raw),
                    )
                    .await?;
                    run(tx.store(DRAFTS)?.delete(&key)).await?;
                    reason
                }
            },
        };
        tx.commit().await?;
        Err(DraftStoreError::Corrupted {
            id: id.to_string(),
            reason: failure,
        })
    }

    /// Saves the open document over `base_revision`. Returns the stored
    /// entry (its `revision` is the new base) or `Conflict` when another tab
    /// stored a newer revision; nothing is written then.
    pub async fn save(&self, request: SaveRequest<'_>) -> Result<DraftMeta> {
        let SaveRequest {
            id,
            document,
            base_revision,
            now_ms,
            checkpoint,
            counts,
        } = request;
        let counts = counts.unwrap_or_else(|| DiagnosticCounts::of(document));
        let version_json = to_json(document);
        let tx = self.tx(
            &[DRAFTS, TRASH, DOCUMENTS, VERSIONS, QUARANTINE],
            IdbTransactionMode::Readwrite,
        )?;
        let key: JsValue = id.as_str().into();
        let raw_meta = run(tx.store(DRAFTS)?.get(&key)).await?;
        let stored = if raw_meta.is_undefined() {
            if !run(tx.store(TRASH)?.get_key(&key)).await?.is_undefined() {
                return Err(resolution_core::library::LibraryError::InTrash(id.clone()).into());
            }
            None
        } else {
            match parse_meta(id.as_str(), &raw_meta) {
                Ok(meta) => Some(meta),
                Err(reason) => {
                    set_aside(&tx, DRAFTS, id.as_str(), &raw_meta, &reason, now_ms, None).await?;
                    None
                }
            }
        };
        let revision = match decide_save(stored.as_ref().map(|m| m.revision), base_revision) {
            SaveDecision::Write { revision } => revision,
            SaveDecision::Conflict { stored: rev, base } => {
                return Err(DraftStoreError::Conflict {
                    id: id.clone(),
                    stored: rev,
                    base,
                    writer: stored.and_then(|m| m.writer),
                });
            }
        };
        let mut meta = stored.unwrap_or_else(|| DraftMeta::new(id.clone(), document, now_ms));
        meta.refresh(document, counts, now_ms);
        meta.revision = revision;
        meta.writer = Some(self.tab.clone());
        write_draft(&tx, &meta, document).await?;
        record_version(&tx, id, &version_json, now_ms, checkpoint, self.policy).await?;
        tx.commit().await?;
        Ok(meta)
    }

    /// Stores this tab's text as a new draft titled after `source`
    /// (`… (копия)`): the way out of a conflict that keeps both texts.
    pub async fn save_as_copy(
        &self,
        source: &DraftId,
        doc: &Document,
        now_ms: u64,
    ) -> Result<DraftMeta> {
        let library = self.library(now_ms).await?;
        let mut meta = DraftMeta::new(fresh_draft_id(), doc, now_ms);
        meta.title = copy_title(
            library
                .get(source)
                .map_or(meta.title.as_str(), |m| &m.title),
        );
        meta.renamed = true;
        self.insert_new(meta, doc, now_ms).await
    }

    /// Renames a live draft. The revision stays: a rename never makes
    /// another tab's save conflict.
    pub async fn rename(&self, id: &DraftId, title: &str, now_ms: u64) -> Result<DraftMeta> {
        let tx = self.tx(&[DRAFTS], IdbTransactionMode::Readwrite)?;
        let meta = read_meta(&tx, DRAFTS, id).await?;
        let mut library = Library::from_entries([meta]);
        let renamed = library.rename(id, title, now_ms)?.clone();
        run(tx
            .store(DRAFTS)?
            .put_with_key(&meta_text(&renamed), &id.as_str().into()))
        .await?;
        tx.commit().await?;
        Ok(renamed)
    }

    /// A copy of a live draft under a new id, titled `… (копия)`.
    pub async fn duplicate(&self, id: &DraftId, now_ms: u64) -> Result<DraftMeta> {
        let loaded = self.load(id).await?;
        let mut library = Library::from_entries([loaded.meta]);
        let copy = library.duplicate(id, fresh_draft_id(), now_ms)?.clone();
        self.insert_new(copy, &loaded.document, now_ms).await
    }

    /// Moves a draft to the trash.
    pub async fn delete(&self, id: &DraftId, now_ms: u64) -> Result<DraftMeta> {
        let tx = self.tx(&[DRAFTS, TRASH], IdbTransactionMode::Readwrite)?;
        let meta = read_meta(&tx, DRAFTS, id).await?;
        let mut library = Library::from_entries([meta]);
        let trashed = library.delete(id, now_ms)?.clone();
        let key: JsValue = id.as_str().into();
        run(tx.store(TRASH)?.put_with_key(&meta_text(&trashed), &key)).await?;
        run(tx.store(DRAFTS)?.delete(&key)).await?;
        tx.commit().await?;
        Ok(trashed)
    }

    /// Brings a draft back from the trash.
    pub async fn restore(&self, id: &DraftId) -> Result<DraftMeta> {
        let tx = self.tx(&[DRAFTS, TRASH], IdbTransactionMode::Readwrite)?;
        let mut meta = read_meta(&tx, TRASH, id).await?;
        meta.deleted_at_ms.get_or_insert(0);
        let mut library = Library::from_entries([meta]);
        let restored = library.restore(id)?.clone();
        let key: JsValue = id.as_str().into();
        run(tx.store(DRAFTS)?.put_with_key(&meta_text(&restored), &key)).await?;
        run(tx.store(TRASH)?.delete(&key)).await?;
        tx.commit().await?;
        Ok(restored)
    }

    /// Removes drafts that have been in the trash more than `days` days,
    /// with their documents and history. Returns their ids.
    pub async fn purge_trash(&self, now_ms: u64, days: u64) -> Result<Vec<DraftId>> {
        let tx = self.tx(&[TRASH, DOCUMENTS, VERSIONS], IdbTransactionMode::Readwrite)?;
        let trash = tx.store(TRASH)?;
        let metas = all_entries(&trash)
            .await?
            .into_iter()
            .filter_map(|(key, raw)| parse_meta(&key, &raw).ok());
        let mut library = Library::from_entries(metas);
        let purged: Vec<DraftId> = library
            .purge_trash(now_ms, days)
            .into_iter()
            .map(|m| m.id)
            .collect();
        for id in &purged {
            let key: JsValue = id.as_str().into();
            run(trash.delete(&key)).await?;
            run(tx.store(DOCUMENTS)?.delete(&key)).await?;
            run(tx.store(VERSIONS)?.delete(&versions_of(id.as_str())?)).await?;
        }
        tx.commit().await?;
        Ok(purged)
    }

    /// The kept versions of a draft, newest first.
    pub async fn history(&self, id: &DraftId) -> Result<Vec<VersionStamp>> {
        let versions = self.versions(id).await?;
        Ok(versions.into_iter().rev().map(|v| v.stamp).collect())
    }

    /// Kept versions with their content, oldest first; unreadable ones are
    /// set aside.
    async fn versions(&self, id: &DraftId) -> Result<Vec<Version>> {
        let now_ms = now_ms();
        let tx = self.tx(&[VERSIONS, QUARANTINE], IdbTransactionMode::Readwrite)?;
        let store = tx.store(VERSIONS)?;
        let range = versions_of(id.as_str())?;
        let keys = Array::from(&run(store.get_all_keys_with_key(&range)).await?);
        let values = Array::from(&run(store.get_all_with_key(&range)).await?);
        let mut versions = Vec::new();
        for (key, raw) in keys.iter().zip(values.iter()) {
            let seq = seq_of_key(&key).unwrap_or(0);
            match parse_version(id, seq, &raw) {
                Ok(version) => versions.push(version),
                Err(reason) => {
                    let record_key = format!("{id}/{seq}");
                    set_aside(&tx, VERSIONS, &record_key, &raw, &reason, now_ms, None).await?;
                    run(store.delete(&key)).await?;
                }
            }
        }
        tx.commit().await?;
        Ok(versions)
    }

    /// The document of version `seq`.
    pub async fn load_version(&self, id: &DraftId, seq: u64) -> Result<Document> {
        let version = self
            .versions(id)
            .await?
            .into_iter()
            .find(|v| v.stamp.seq == seq)
            .ok_or_else(|| DraftStoreError::UnknownVersion {
                id: id.clone(),
                seq,
            })?;
        resolution_core::json::from_json(&version.json).map_err(|e| DraftStoreError::Corrupted {
            id: format!("{id}/{seq}"),
            reason: e.to_string(),
        })
    }

    /// Makes version `seq` the current document (a save over
    /// `base_revision`, so it can conflict) and the newest version.
    pub async fn restore_version(
        &self,
        id: &DraftId,
        seq: u64,
        base_revision: u64,
        now_ms: u64,
    ) -> Result<LoadedDraft> {
        let document = self.load_version(id, seq).await?;
        let meta = self
            .save(SaveRequest {
                id,
                document: &document,
                base_revision,
                now_ms,
                checkpoint: true,
                counts: None,
            })
            .await?;
        Ok(LoadedDraft { meta, document })
    }

    /// Brings back a draft whose records were set aside, from its newest
    /// readable history version, under the same id (which must be free).
    pub async fn recover_from_history(&self, id: &DraftId, now_ms: u64) -> Result<LoadedDraft> {
        let document = self
            .versions(id)
            .await?
            .iter()
            .rev()
            .find_map(|v| resolution_core::json::from_json(&v.json).ok())
            .ok_or_else(|| DraftStoreError::NotFound(id.clone()))?;
        let meta = DraftMeta::new(id.clone(), &document, now_ms);
        let meta = self.insert_new(meta, &document, now_ms).await?;
        Ok(LoadedDraft { meta, document })
    }

    /// Adds an imported draft: under its own id when that is free, else as
    /// a copy under a fresh id. Never overwrites.
    pub async fn import(&self, imported: &ImportedDraft, now_ms: u64) -> Result<ImportPlan> {
        let library = self.library(now_ms).await?;
        let taken_elsewhere = match &imported.draft_id {
            Some(id) if !library.contains(id) => self.document_exists(id).await?,
            _ => false,
        };
        let adjusted;
        let imported = if taken_elsewhere {
            adjusted = ImportedDraft {
                document: imported.document.clone(),
                draft_id: None,
            };
            &adjusted
        } else {
            imported
        };
        let plan = (0..4)
            .find_map(|_| plan_import(&library, imported, fresh_draft_id(), now_ms))
            .ok_or_else(|| DraftStoreError::Failed("no free draft id".into()))?;
        let meta = self
            .insert_new(plan.meta.clone(), &imported.document, now_ms)
            .await?;
        Ok(ImportPlan {
            meta,
            copy_of: plan.copy_of,
        })
    }

    async fn document_exists(&self, id: &DraftId) -> Result<bool> {
        let tx = self.tx(&[DOCUMENTS], IdbTransactionMode::Readonly)?;
        let found = run(tx.store(DOCUMENTS)?.get_key(&id.as_str().into())).await?;
        tx.commit().await?;
        Ok(!found.is_undefined())
    }

    /// Every record set aside so far, oldest first.
    pub async fn quarantined(&self) -> Result<Vec<QuarantineEntry>> {
        let tx = self.tx(&[QUARANTINE], IdbTransactionMode::Readonly)?;
        let store = tx.store(QUARANTINE)?;
        let keys = Array::from(&run(store.get_all_keys()).await?);
        let values = Array::from(&run(store.get_all()).await?);
        tx.commit().await?;
        Ok(keys
            .iter()
            .zip(values.iter())
            .map(|(key, value)| quarantine_entry(&key, &value))
            .collect())
    }
}

/// All `(key, value)` pairs of a store under string keys. This code only
/// writes string keys; anything else was put there by someone else and is
/// left alone.
async fn all_entries(store: &IdbObjectStore) -> Result<Vec<(String, JsValue)>> {
    let keys = Array::from(&run(store.get_all_keys()).await?);
    let values = Array::from(&run(store.get_all()).await?);
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(key, value)| key.as_string().map(|key| (key, value)))
        .collect())
}

/// Reads a list entry from `store`; a missing one is `NotFound`, an
/// unreadable one `Corrupted` (and not touched: the scan sets it aside).
async fn read_meta(tx: &Tx, store: &str, id: &DraftId) -> Result<DraftMeta> {
    let raw = run(tx.store(store)?.get(&id.as_str().into())).await?;
    if raw.is_undefined() {
        return Err(DraftStoreError::NotFound(id.clone()));
    }
    parse_meta(id.as_str(), &raw).map_err(|reason| DraftStoreError::Corrupted {
        id: id.to_string(),
        reason,
    })
}

/// Moves `raw` from `store` to the quarantine store and reports it.
async fn set_aside(
    tx: &Tx,
    store: &str,
    record_key: &str,
    raw: &JsValue,
    reason: &str,
    now_ms: u64,
    meta: Option<&JsValue>,
) -> Result<QuarantineEntry> {
    let record = quarantine_record(store, record_key, raw, reason, now_ms, meta);
    let key = run(tx.store(QUARANTINE)?.add(&record)).await?;
    if store != VERSIONS {
        run(tx.store(store)?.delete(&record_key.into())).await?;
    }
    Ok(quarantine_entry(&key, &record))
}

/// Writes a list entry and its document.
async fn write_draft(tx: &Tx, meta: &DraftMeta, doc: &Document) -> Result<()> {
    let key: JsValue = meta.id.as_str().into();
    run(tx.store(DRAFTS)?.put_with_key(&meta_text(meta), &key)).await?;
    let text = JsValue::from_str(&export_json(doc, Some(&meta.id)));
    run(tx.store(DOCUMENTS)?.put_with_key(&text, &key)).await?;
    Ok(())
}

/// Adds `json` to the history of `id` as [`plan_record`] decides.
async fn record_version(
    tx: &Tx,
    id: &DraftId,
    json: &str,
    now_ms: u64,
    force: bool,
    policy: HistoryPolicy,
) -> Result<()> {
    let store = tx.store(VERSIONS)?;
    let keys = Array::from(&run(store.get_all_keys_with_key(&versions_of(id.as_str())?)).await?);
    let mut seqs: Vec<u64> = keys.iter().filter_map(|k| seq_of_key(&k)).collect();
    seqs.sort_unstable();
    let latest = match seqs.last().copied() {
        Some(seq) => {
            let raw = run(store.get(&version_key(id.as_str(), seq))).await?;
            match parse_version(id, seq, &raw) {
                Ok(version) => Some(version),
                Err(reason) => {
                    let record_key = format!("{id}/{seq}");
                    set_aside(tx, VERSIONS, &record_key, &raw, &reason, now_ms, None).await?;
                    run(store.delete(&version_key(id.as_str(), seq))).await?;
                    seqs.pop();
                    None
                }
            }
        }
        None => None,
    };
    let plan = plan_record(
        &seqs,
        latest.as_ref().map(|v| (v.stamp, v.json.as_str())),
        json,
        now_ms,
        force,
        policy,
    );
    let seq = match plan {
        RecordPlan::Unchanged => return Ok(()),
        RecordPlan::Replace { seq } => seq,
        RecordPlan::Append { seq, evict } => {
            for old in evict {
                run(store.delete(&version_key(id.as_str(), old))).await?;
            }
            seq
        }
    };
    let version = Version {
        stamp: VersionStamp {
            seq,
            saved_at_ms: now_ms,
        },
        json: json.to_string(),
    };
    run(store.put_with_key(&version_text(&version), &version_key(id.as_str(), seq))).await?;
    Ok(())
}

/// 64 random bits from `Math.random` (two 32-bit halves).
fn random_u64() -> u64 {
    let half = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (half() << 32) | half()
}

/// A new random draft id.
pub fn fresh_draft_id() -> DraftId {
    DraftId::from_seed((u128::from(random_u64()) << 64) | u128::from(random_u64()))
}

/// A new random tab id.
pub fn fresh_tab_id() -> TabId {
    TabId::from_seed(random_u64())
}

/// Milliseconds since the epoch, from the browser clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}
