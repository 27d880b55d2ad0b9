//! The session's browser adapters: storage namespaces and the write-ahead
//! journal, against a real `localStorage` (Chromium).
#![cfg(target_arch = "wasm32")]

use resolution_core::library::DraftId;
use resolution_core::samples::sample_decision;
use resolution_editor::session::journal::Journal;
use resolution_editor::session::namespace::Namespace;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn id(seed: u128) -> DraftId {
    DraftId::from_seed(seed)
}

#[wasm_bindgen_test]
fn the_default_namespace_keeps_the_app_keys() {
    let ns = Namespace::default();
    assert_eq!(ns.db_name(), "resolution-editor");
    assert_eq!(ns.draft_key(), "resolution-editor.draft");
}

#[wasm_bindgen_test]
fn namespace_names_are_scoped_and_cleaned() {
    let ns = Namespace::new("portal a/../b");
    assert_eq!(ns.name(), "portal_a____b");
    assert_eq!(ns.db_name(), "resolution-editor@portal_a____b");
    assert_ne!(ns.draft_key(), Namespace::new("other").draft_key());
    assert_ne!(ns.channel_name(), Namespace::default().channel_name());
}

#[wasm_bindgen_test]
fn the_journal_keeps_text_per_namespace_until_cleared() {
    let a = Journal::open(&Namespace::new("journal-a")).expect("localStorage");
    let b = Journal::open(&Namespace::new("journal-b")).expect("localStorage");
    let mut doc = sample_decision();
    doc.header.topic = "«Набрано перед закрытием»".into();
    assert!(a.write(&id(1), 7, &doc, 1_000));
    let (entries, unreadable) = a.entries();
    assert!(unreadable.is_empty());
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].draft_id, id(1));
    assert_eq!(entries[0].base_revision, 7);
    assert_eq!(entries[0].document, doc);
    assert!(b.entries().0.is_empty(), "another namespace sees nothing");
    a.clear(&id(1));
    assert!(a.entries().0.is_empty());
}

#[wasm_bindgen_test]
fn an_unreadable_journal_entry_is_reported_and_left_in_place() {
    let ns = Namespace::new("journal-bad");
    let journal = Journal::open(&ns).expect("localStorage");
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage");
    let key = format!("{}.{}", ns.key("resolution-editor.unsaved"), id(2));
    storage.set_item(&key, "{not json").expect("write");
    let (entries, unreadable) = journal.entries();
    assert!(entries.is_empty());
    assert_eq!(unreadable.len(), 1);
    assert_eq!(unreadable[0].key, key);
    assert_eq!(
        storage.get_item(&key).ok().flatten().as_deref(),
        Some("{not json")
    );
    storage.remove_item(&key).expect("cleanup");
}
