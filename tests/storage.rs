//! The draft storage adapter against a real `localStorage` (Chromium).
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test -p resolution-editor --target wasm32-unknown-unknown`
#![cfg(target_arch = "wasm32")]

use resolution_core::json::JsonError;
use resolution_core::samples::sample_decision;
use resolution_editor::storage::{DraftStore, Loaded, StorageError};
use wasm_bindgen_test::*;
use web_sys::Storage;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage in the test browser")
}

/// A store on keys of its own, with those keys cleared.
fn store(name: &str) -> (Storage, DraftStore, String, String) {
    let storage = local();
    let key = format!("test.{name}.draft");
    let backup = format!("test.{name}.backup");
    for k in [
        key.clone(),
        backup.clone(),
        format!("{backup}.2"),
        format!("{backup}.3"),
    ] {
        storage.remove_item(&k).expect("remove test key");
    }
    let store = DraftStore::new(storage.clone(), &key, &backup);
    (storage, store, key, backup)
}

#[wasm_bindgen_test]
fn save_then_load_round_trips() {
    let (storage, store, key, _) = store("roundtrip");
    let doc = sample_decision();
    store.save(&doc).expect("save");
    let raw = storage.get_item(&key).ok().flatten().unwrap_or_default();
    assert!(
        raw.contains("\"format\": \"resolution-draft\""),
        "stored envelope: {raw:.80}"
    );
    match store.load() {
        Loaded::Draft(loaded) => assert_eq!(*loaded, doc),
        other => panic!("expected the draft back, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn missing_value_loads_as_missing() {
    let (_, store, _, _) = store("missing");
    assert_eq!(store.load(), Loaded::Missing);
}

#[wasm_bindgen_test]
fn corrupted_value_is_moved_aside_and_reported() {
    let (storage, store, key, backup) = store("corrupt");
    storage
        .set_item(&key, "{\"format\": \"resolution-draft\", oops")
        .expect("seed");
    match store.load() {
        Loaded::MovedAside { backup_key, error } => {
            assert_eq!(backup_key, backup);
            assert!(matches!(error, JsonError::Syntax { .. }), "{error:?}");
        }
        other => panic!("expected the value moved aside, got {other:?}"),
    }
    assert_eq!(
        storage.get_item(&key).ok().flatten(),
        None,
        "draft key is free"
    );
    assert_eq!(
        storage.get_item(&backup).ok().flatten().as_deref(),
        Some("{\"format\": \"resolution-draft\", oops"),
        "the unreadable value is kept byte for byte"
    );

    // A second bad value does not overwrite the first backup.
    storage
        .set_item(&key, "{\"format\": \"something-else\"}")
        .expect("seed");
    match store.load() {
        Loaded::MovedAside { backup_key, error } => {
            assert_eq!(backup_key, format!("{backup}.2"));
            assert!(matches!(error, JsonError::WrongFormat { .. }), "{error:?}");
        }
        other => panic!("expected the value moved aside, got {other:?}"),
    }
    assert!(storage
        .get_item(&backup)
        .ok()
        .flatten()
        .is_some_and(|v| v.ends_with("oops")));
    assert_eq!(store.load(), Loaded::Missing);
}

#[wasm_bindgen_test]
fn saving_after_recovery_uses_the_draft_key_only() {
    let (storage, store, key, backup) = store("recover");
    storage.set_item(&key, "not json at all").expect("seed");
    assert!(matches!(store.load(), Loaded::MovedAside { .. }));
    store.save(&sample_decision()).expect("save");
    assert!(matches!(store.load(), Loaded::Draft(_)));
    assert_eq!(
        storage.get_item(&backup).ok().flatten().as_deref(),
        Some("not json at all")
    );
}

#[wasm_bindgen_test]
fn a_full_storage_reports_quota_exceeded() {
    let (storage, store, key, _) = store("quota");
    let chunk = "я".repeat(512 * 1024);
    let mut filler = Vec::new();
    for n in 0..64 {
        let k = format!("test.quota.filler.{n}");
        if storage.set_item(&k, &chunk).is_err() {
            break;
        }
        filler.push(k);
    }
    // Top up with small pieces so not even a small draft fits.
    let small = "я".repeat(1024);
    for n in 0..4096 {
        let k = format!("test.quota.small.{n}");
        if storage.set_item(&k, &small).is_err() {
            break;
        }
        filler.push(k);
    }
    let result = store.save(&sample_decision());
    for k in &filler {
        storage.remove_item(k).expect("clean up filler");
    }
    assert_eq!(result, Err(StorageError::QuotaExceeded));
    assert_eq!(storage.get_item(&key).ok().flatten(), None);
    store
        .save(&sample_decision())
        .expect("saves again once there is room");
}
