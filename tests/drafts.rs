//! The IndexedDB draft library against a real browser (headless Chromium).
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p resolution-editor
//! --target wasm32-unknown-unknown --test drafts`
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use resolution_core::library::{
    export_json, on_announcement, parse_import, HistoryPolicy, LibraryError, RemoteSave,
    SaveAnnouncement, DAY_MS,
};
use resolution_core::samples::sample_decision;
use resolution_core::Document;
use resolution_editor::drafts::idb::{self, Tx, DOCUMENTS, DRAFTS};
use resolution_editor::drafts::{
    fresh_tab_id, DraftStore, DraftStoreError, SaveChannel, SaveRequest,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::IdbTransactionMode;

wasm_bindgen_test_configure!(run_in_browser);

/// Every distinct save becomes a version, 20 kept.
const EVERY_SAVE: HistoryPolicy = HistoryPolicy {
    capacity: 20,
    min_interval_ms: 0,
};

/// A store on a fresh database of its own.
async fn fresh_store(name: &str) -> DraftStore {
    let db = format!("test-drafts-{name}");
    idb::delete_database(&db).await.expect("delete old test db");
    DraftStore::open(&db, fresh_tab_id())
        .await
        .expect("IndexedDB opens in Chromium")
}

/// A second handle (another tab) on the same database.
async fn second_handle(name: &str) -> DraftStore {
    DraftStore::open(&format!("test-drafts-{name}"), fresh_tab_id())
        .await
        .expect("second handle opens")
}

fn edited(doc: &Document, topic: &str) -> Document {
    let mut doc = doc.clone();
    doc.header.topic = topic.to_string();
    doc
}

fn save<'a>(
    id: &'a resolution_core::library::DraftId,
    doc: &'a Document,
    base: u64,
    now: u64,
) -> SaveRequest<'a> {
    SaveRequest {
        id,
        document: doc,
        base_revision: base,
        now_ms: now,
        checkpoint: false,
        counts: None,
    }
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Writes `value` under `key` straight into a store, as a damaged browser
/// profile or another program might.
async fn raw_put(db: &str, store_name: &str, key: &str, value: JsValue) {
    // A separate connection, so the store's own code is not involved.
    let conn = idb::open(&format!("test-drafts-{db}")).await.expect("open");
    let tx = Tx::new(&conn, &[store_name], IdbTransactionMode::Readwrite).expect("tx");
    idb::run(
        tx.store(store_name)
            .expect("store")
            .put_with_key(&value, &key.into()),
    )
    .await
    .expect("raw put");
    tx.commit().await.expect("commit");
    conn.close();
}

#[wasm_bindgen_test]
async fn save_and_load_round_trip() {
    let store = fresh_store("roundtrip").await;
    let doc = sample_decision();
    let meta = store.create(&doc, 1_000).await.expect("create");
    assert_eq!(meta.revision, 1);
    assert_eq!(meta.writer.as_ref(), Some(store.tab_id()));
    assert!(
        meta.counts.warnings >= 1,
        "counts are stored: {:?}",
        meta.counts
    );

    let loaded = store.load(&meta.id).await.expect("load");
    assert_eq!(loaded.document, doc);
    assert_eq!(loaded.meta, meta);

    let changed = edited(&doc, "«Новая тема совещания»");
    let saved = store
        .save(save(&meta.id, &changed, 1, 2_000))
        .await
        .expect("save over revision 1");
    assert_eq!(saved.revision, 2);
    assert_eq!(saved.title, "Новая тема совещания");
    assert_eq!(saved.updated_at_ms, 2_000);
    let again = store.load(&meta.id).await.expect("load");
    assert_eq!(again.document, changed);
    assert_eq!(again.meta.revision, 2);
}

#[wasm_bindgen_test]
async fn list_rename_and_duplicate() {
    let store = fresh_store("list").await;
    let doc = sample_decision();
    let first = store.create(&doc, 1_000).await.expect("create");
    let second = store
        .create(&edited(&doc, "Второй черновик"), 2_000)
        .await
        .expect("create");
    let ids: Vec<_> = store
        .list(3_000)
        .await
        .expect("list")
        .into_iter()
        .map(|m| m.id)
        .collect();
    assert_eq!(ids, [second.id.clone(), first.id.clone()], "newest first");

    let renamed = store
        .rename(&first.id, "  Решение августовского совещания ", 4_000)
        .await
        .expect("rename");
    assert_eq!(renamed.title, "Решение августовского совещания");
    assert_eq!(
        renamed.revision, first.revision,
        "a rename keeps the revision"
    );
    let list = store.list(4_000).await.expect("list");
    assert_eq!(list[0].id, first.id);
    assert_eq!(list[0].title, "Решение августовского совещания");

    let copy = store.duplicate(&first.id, 5_000).await.expect("duplicate");
    assert_ne!(copy.id, first.id);
    assert_eq!(copy.title, "Решение августовского совещания (копия)");
    assert_eq!(store.load(&copy.id).await.expect("load copy").document, doc);
    assert_eq!(store.list(5_000).await.expect("list").len(), 3);
    assert_eq!(
        store.rename(&first.id, "   ", 6_000).await,
        Err(DraftStoreError::Library(LibraryError::EmptyTitle))
    );
}

#[wasm_bindgen_test]
async fn trash_restore_and_purge() {
    let store = fresh_store("trash").await;
    let doc = sample_decision();
    let meta = store.create(&doc, 1_000).await.expect("create");
    let kept = store.create(&doc, 1_500).await.expect("create");

    let trashed = store.delete(&meta.id, 2_000).await.expect("to trash");
    assert_eq!(trashed.deleted_at_ms, Some(2_000));
    let live: Vec<_> = store
        .list(2_000)
        .await
        .expect("list")
        .into_iter()
        .map(|m| m.id)
        .collect();
    assert_eq!(live, std::slice::from_ref(&kept.id));
    let trash = store.trash(2_000).await.expect("trash");
    assert_eq!(trash.len(), 1);
    assert_eq!(trash[0].id, meta.id);
    assert_eq!(
        store.load(&meta.id).await,
        Err(DraftStoreError::Library(LibraryError::InTrash(
            meta.id.clone()
        )))
    );
    // A tab still editing the trashed draft is told, and nothing is written.
    assert_eq!(
        store.save(save(&meta.id, &doc, 1, 2_500)).await,
        Err(DraftStoreError::Library(LibraryError::InTrash(
            meta.id.clone()
        )))
    );

    store.restore(&meta.id).await.expect("restore");
    assert_eq!(store.load(&meta.id).await.expect("back").document, doc);
    assert!(store.trash(3_000).await.expect("trash").is_empty());

    store.delete(&meta.id, 3_000).await.expect("to trash");
    let purged = store
        .purge_trash(3_000 + 29 * DAY_MS, 30)
        .await
        .expect("purge");
    assert!(purged.is_empty(), "too recent to purge");
    let purged = store
        .purge_trash(3_000 + 31 * DAY_MS, 30)
        .await
        .expect("purge");
    assert_eq!(purged, std::slice::from_ref(&meta.id));
    assert_eq!(
        store.load(&meta.id).await,
        Err(DraftStoreError::NotFound(meta.id.clone()))
    );
    assert!(store.history(&meta.id).await.expect("history").is_empty());
    assert_eq!(store.load(&kept.id).await.expect("untouched").document, doc);
}

#[wasm_bindgen_test]
async fn history_keeps_the_last_twenty_versions() {
    let store = fresh_store("history").await.with_policy(EVERY_SAVE);
    let doc = sample_decision();
    let meta = store
        .create(&edited(&doc, "Версия 1"), 1_000)
        .await
        .expect("create");
    let mut revision = meta.revision;
    for n in 2..=25u64 {
        let version = edited(&doc, &format!("Версия {n}"));
        revision = store
            .save(save(&meta.id, &version, revision, n * 1_000))
            .await
            .expect("save")
            .revision;
    }
    // An identical save stores no version.
    let same = edited(&doc, "Версия 25");
    revision = store
        .save(save(&meta.id, &same, revision, 26_000))
        .await
        .expect("save")
        .revision;

    let history = store.history(&meta.id).await.expect("history");
    assert_eq!(history.len(), 20);
    let seqs: Vec<u64> = history.iter().map(|s| s.seq).collect();
    assert_eq!(seqs, (6..=25).rev().collect::<Vec<_>>());
    assert_eq!(history[0].saved_at_ms, 25_000);
    assert_eq!(history[19].saved_at_ms, 6_000);

    let oldest = store.load_version(&meta.id, 6).await.expect("kept");
    assert_eq!(oldest.header.topic, "Версия 6");
    assert_eq!(
        store.load_version(&meta.id, 5).await,
        Err(DraftStoreError::UnknownVersion {
            id: meta.id.clone(),
            seq: 5
        })
    );

    let restored = store
        .restore_version(&meta.id, 6, revision, 30_000)
        .await
        .expect("restore");
    assert_eq!(restored.document.header.topic, "Версия 6");
    assert_eq!(restored.meta.revision, revision + 1);
    let current = store.load(&meta.id).await.expect("load");
    assert_eq!(current.document.header.topic, "Версия 6");
    let history = store.history(&meta.id).await.expect("history");
    assert_eq!(history.len(), 20);
    assert_eq!(history[0].seq, 26, "the restore is the newest version");
}

#[wasm_bindgen_test]
async fn corrupted_records_are_quarantined_and_reported_not_deleted() {
    let store = fresh_store("corrupt").await;
    let doc = sample_decision();
    let broken_doc = store.create(&doc, 1_000).await.expect("create");
    let broken_meta = store
        .create(&edited(&doc, "Вторая"), 2_000)
        .await
        .expect("create");
    let healthy = store
        .create(&edited(&doc, "Третья"), 3_000)
        .await
        .expect("create");

    let garbage = "{\"format\": \"resolution-draft\", oops";
    raw_put("corrupt", DOCUMENTS, broken_doc.id.as_str(), garbage.into()).await;
    raw_put(
        "corrupt",
        DRAFTS,
        broken_meta.id.as_str(),
        JsValue::from_f64(42.0),
    )
    .await;

    let report = store.scan(10_000).await.expect("the app still starts");
    assert_eq!(report.quarantined.len(), 2, "{:?}", report.quarantined);
    let doc_entry = report
        .quarantined
        .iter()
        .find(|q| q.store == DOCUMENTS)
        .expect("the document is set aside");
    assert_eq!(doc_entry.record_key, broken_doc.id.as_str());
    assert_eq!(
        doc_entry.raw_text.as_deref(),
        Some(garbage),
        "kept byte for byte"
    );
    assert!(doc_entry.reason.contains("syntax"), "{}", doc_entry.reason);
    assert!(
        doc_entry
            .meta_text
            .as_deref()
            .is_some_and(|m| m.contains(&broken_doc.title)),
        "its list entry is kept with it"
    );
    let meta_entry = report
        .quarantined
        .iter()
        .find(|q| q.store == DRAFTS)
        .expect("the list entry is set aside");
    assert_eq!(meta_entry.record_key, broken_meta.id.as_str());
    // The readable document got its list entry back.
    assert_eq!(report.rebuilt, std::slice::from_ref(&broken_meta.id));
    assert!(report.library.contains(&broken_meta.id));
    assert!(report.library.contains(&healthy.id));
    assert!(!report.library.contains(&broken_doc.id));

    // The history still holds the damaged draft's last good text.
    let recovered = store
        .recover_from_history(&broken_doc.id, 12_000)
        .await
        .expect("recovered from history");
    assert_eq!(recovered.document, doc);
    assert_eq!(recovered.meta.id, broken_doc.id);

    // Still there on the next start, and nothing new is set aside.
    let stored = store.quarantined().await.expect("quarantine");
    assert_eq!(stored.len(), 2);
    assert_eq!(store.scan(13_000).await.expect("scan").quarantined.len(), 0);
    assert_eq!(
        store
            .load(&healthy.id)
            .await
            .expect("healthy")
            .document
            .header
            .topic,
        "Третья"
    );
    assert_eq!(
        store
            .load(&broken_meta.id)
            .await
            .expect("rebuilt")
            .document
            .header
            .topic,
        "Вторая"
    );
}

#[wasm_bindgen_test]
async fn loading_a_damaged_document_reports_it() {
    let store = fresh_store("corrupt-load").await;
    let meta = store
        .create(&sample_decision(), 1_000)
        .await
        .expect("create");
    let wrong_version = r#"{"format":"resolution-draft","version":99,"document":{}}"#;
    raw_put(
        "corrupt-load",
        DOCUMENTS,
        meta.id.as_str(),
        wrong_version.into(),
    )
    .await;
    match store.load(&meta.id).await {
        Err(DraftStoreError::Corrupted { id, reason }) => {
            assert_eq!(id, meta.id.as_str());
            assert!(reason.contains("version 99"), "{reason}");
        }
        other => panic!("expected Corrupted, got {other:?}"),
    }
    let quarantined = store.quarantined().await.expect("quarantine");
    assert_eq!(quarantined.len(), 1);
    assert_eq!(quarantined[0].raw_text.as_deref(), Some(wrong_version));
    assert!(store.list(2_000).await.expect("list").is_empty());
}

#[wasm_bindgen_test]
async fn two_handles_on_one_draft_conflict_instead_of_overwriting() {
    let a = fresh_store("conflict").await.with_policy(EVERY_SAVE);
    let b = second_handle("conflict").await.with_policy(EVERY_SAVE);
    let doc = sample_decision();
    let meta = a.create(&doc, 1_000).await.expect("create");
    let in_b = b.load(&meta.id).await.expect("b opens it");
    assert_eq!(in_b.meta.revision, 1);

    let text_a = edited(&doc, "Текст вкладки A");
    let saved_a = a
        .save(save(&meta.id, &text_a, 1, 2_000))
        .await
        .expect("a saves");
    assert_eq!(saved_a.revision, 2);

    let text_b = edited(&doc, "Текст вкладки B");
    match b
        .save(save(&meta.id, &text_b, in_b.meta.revision, 3_000))
        .await
    {
        Err(DraftStoreError::Conflict {
            id,
            stored,
            base,
            writer,
        }) => {
            assert_eq!((id, stored, base), (meta.id.clone(), 2, 1));
            assert_eq!(writer.as_ref(), Some(a.tab_id()));
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    // A's text was not overwritten.
    assert_eq!(
        a.load(&meta.id).await.expect("load").document.header.topic,
        "Текст вкладки A"
    );

    // B keeps its text as a copy; both texts are recoverable.
    let copy = b
        .save_as_copy(&meta.id, &text_b, 4_000)
        .await
        .expect("copy");
    assert!(copy.title.ends_with(" (копия)"), "{}", copy.title);
    assert_eq!(
        b.load(&copy.id).await.expect("copy").document.header.topic,
        "Текст вкладки B"
    );
    // Or B reloads A's version and saves on top of it.
    let reloaded = b.load(&meta.id).await.expect("reload");
    assert_eq!(reloaded.meta.revision, 2);
    let after = b
        .save(save(&meta.id, &text_b, reloaded.meta.revision, 5_000))
        .await
        .expect("saves over the reloaded revision");
    assert_eq!(after.revision, 3);
    assert_eq!(after.writer.as_ref(), Some(b.tab_id()));
}

#[wasm_bindgen_test]
async fn save_announcements_reach_the_other_tab() {
    let a = fresh_store("channel").await;
    let b = second_handle("channel").await;
    let received: Rc<RefCell<Vec<SaveAnnouncement>>> = Rc::default();
    let sink = received.clone();
    let channel_name = "test-drafts-channel";
    let _listening = SaveChannel::open(channel_name, move |ann| sink.borrow_mut().push(ann))
        .expect("BroadcastChannel exists");
    let sending = SaveChannel::open(channel_name, |_| {}).expect("BroadcastChannel exists");

    let meta = a.create(&sample_decision(), 1_000).await.expect("create");
    let in_b = b.load(&meta.id).await.expect("b opens it");
    let saved = a
        .save(save(
            &meta.id,
            &edited(&in_b.document, "Изменено в A"),
            1,
            2_000,
        ))
        .await
        .expect("save");
    sending.announce(&a.announcement(&saved)).expect("post");
    for _ in 0..50 {
        if !received.borrow().is_empty() {
            break;
        }
        sleep(20).await;
    }
    let got = received.borrow().clone();
    assert_eq!(got.len(), 1, "one announcement: {got:?}");
    assert_eq!(got[0].draft_id, meta.id);
    assert_eq!(got[0].revision, 2);
    assert_eq!(
        on_announcement(b.tab_id(), &meta.id, in_b.meta.revision, true, &got[0]),
        RemoteSave::Conflict { revision: 2 }
    );
    assert_eq!(
        on_announcement(a.tab_id(), &meta.id, 2, true, &got[0]),
        RemoteSave::Ignore,
        "a tab ignores its own saves"
    );
}

#[wasm_bindgen_test]
async fn import_never_overwrites_an_existing_draft() {
    let store = fresh_store("import").await;
    let doc = sample_decision();
    let meta = store.create(&doc, 1_000).await.expect("create");
    let file = export_json(&edited(&doc, "Из файла"), Some(&meta.id));

    let imported = parse_import(&file).expect("valid file");
    let plan = store.import(&imported, 2_000).await.expect("import");
    assert_ne!(plan.meta.id, meta.id);
    assert_eq!(plan.copy_of, Some(meta.id.clone()));
    assert!(plan.meta.title.ends_with(" (копия)"));
    assert_eq!(
        store.load(&meta.id).await.expect("original").document,
        doc,
        "the original is untouched"
    );
    assert_eq!(
        store
            .load(&plan.meta.id)
            .await
            .expect("copy")
            .document
            .header
            .topic,
        "Из файла"
    );

    // A file from another browser keeps its id.
    let other = fresh_store("import-other").await;
    let plan = other.import(&imported, 3_000).await.expect("import");
    assert_eq!(
        (plan.meta.id.clone(), plan.copy_of),
        (meta.id.clone(), None)
    );
    assert_eq!(other.list(3_000).await.expect("list").len(), 1);
}

#[wasm_bindgen_test]
async fn a_closed_database_reports_unavailable() {
    let store = fresh_store("closed").await;
    store.close();
    match store.list(1_000).await {
        Err(DraftStoreError::Unavailable(detail)) => {
            assert!(detail.contains("InvalidStateError"), "{detail}")
        }
        other => panic!("expected Unavailable, got {other:?}"),
    }
    assert_eq!(
        DraftStoreError::from_dom_name("QuotaExceededError", "full"),
        DraftStoreError::QuotaExceeded
    );
}
