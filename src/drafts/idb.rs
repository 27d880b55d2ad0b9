//! Thin IndexedDB plumbing over web-sys: open the database, await a request
//! or a transaction, build keys. Awaiting an IndexedDB request resumes in a
//! microtask of its success event, so a transaction stays active across
//! awaits as long as nothing else (a timer, a fetch) is awaited inside it.

use js_sys::{Array, Function, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Event, IdbDatabase, IdbFactory, IdbKeyRange, IdbObjectStoreParameters, IdbOpenDbRequest,
    IdbRequest, IdbTransaction, IdbTransactionMode,
};

use super::error::DraftStoreError;

/// Schema version of the database.
pub const DB_VERSION: u32 = 1;
/// Meta records of live drafts, by draft id.
pub const DRAFTS: &str = "drafts";
/// Meta records of drafts in the trash, by draft id.
pub const TRASH: &str = "trash";
/// Draft JSON text, by draft id.
pub const DOCUMENTS: &str = "documents";
/// History versions, by `[draft id, seq]`.
pub const VERSIONS: &str = "versions";
/// Records that could not be read, under an auto-increment key.
pub const QUARANTINE: &str = "quarantine";
/// Every store, for transactions that may touch any of them.
pub const ALL_STORES: [&str; 5] = [DRAFTS, TRASH, DOCUMENTS, VERSIONS, QUARANTINE];

/// A promise with its resolve and reject functions.
fn deferred() -> Result<(Promise, Function, Function), DraftStoreError> {
    let mut parts = None;
    let promise = Promise::new(&mut |resolve, reject| parts = Some((resolve, reject)));
    let (resolve, reject) =
        parts.ok_or_else(|| DraftStoreError::Failed("promise executor did not run".into()))?;
    Ok((promise, resolve, reject))
}

/// The factory of the window, or `Unavailable` when the browser hides or
/// blocks it.
pub fn factory() -> Result<IdbFactory, DraftStoreError> {
    let window =
        web_sys::window().ok_or_else(|| DraftStoreError::Unavailable("no window".into()))?;
    match window.indexed_db() {
        Ok(Some(factory)) => Ok(factory),
        Ok(None) => Err(DraftStoreError::Unavailable(
            "this browser has no IndexedDB".into(),
        )),
        Err(e) => Err(unavailable(&e)),
    }
}

fn unavailable(e: &JsValue) -> DraftStoreError {
    match DraftStoreError::from_js(e) {
        DraftStoreError::Failed(detail) => DraftStoreError::Unavailable(detail),
        other => other,
    }
}

type Handler = Closure<dyn FnMut(Event)>;

/// A handler that settles a promise with `value(event)` through `settle`.
fn handler(settle: Function, value: impl Fn() -> JsValue + 'static) -> Handler {
    Closure::new(move |_event: Event| {
        // Settling an already settled promise does nothing.
        let _ = settle.call1(&JsValue::UNDEFINED, &value());
    })
}

/// Success and error handlers installed on a request; removed on drop, so
/// no closure outlives the await and none is called after being freed.
struct RequestWatch {
    request: IdbRequest,
    promise: Promise,
    _handlers: [Handler; 2],
}

impl RequestWatch {
    fn new(request: &IdbRequest) -> Result<Self, DraftStoreError> {
        let (promise, resolve, reject) = deferred()?;
        let ok_request = request.clone();
        let on_success = handler(resolve, move || {
            ok_request.result().unwrap_or(JsValue::UNDEFINED)
        });
        let err_request = request.clone();
        let on_error = handler(reject, move || match err_request.error() {
            Ok(Some(e)) => JsValue::from(e),
            _ => JsValue::from_str("the request failed"),
        });
        request.set_onsuccess(Some(on_success.as_ref().unchecked_ref()));
        request.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(RequestWatch {
            request: request.clone(),
            promise,
            _handlers: [on_success, on_error],
        })
    }
}

impl Drop for RequestWatch {
    fn drop(&mut self) {
        self.request.set_onsuccess(None);
        self.request.set_onerror(None);
    }
}

/// Opens (creating or upgrading) the database `name`.
pub async fn open(name: &str) -> Result<IdbDatabase, DraftStoreError> {
    let request: IdbOpenDbRequest = factory()?
        .open_with_u32(name, DB_VERSION)
        .map_err(|e| unavailable(&e))?;
    let upgrade_request = request.clone();
    let on_upgrade: Handler = Closure::new(move |_event: Event| {
        if let Ok(result) = upgrade_request.result() {
            if let Ok(db) = result.dyn_into::<IdbDatabase>() {
                create_stores(&db);
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    let (blocked, _, reject_blocked) = deferred()?;
    let on_blocked = handler(reject_blocked, || {
        JsValue::from_str("opening the database is blocked by another tab")
    });
    request.set_onblocked(Some(on_blocked.as_ref().unchecked_ref()));
    let watch = RequestWatch::new(&request)?;
    let timed_out = timeout(OPEN_TIMEOUT_MS)?;
    let opened = Promise::race(&Array::of3(&watch.promise, &blocked, &timed_out));
    let result = JsFuture::from(opened).await;
    request.set_onupgradeneeded(None);
    request.set_onblocked(None);
    drop(watch);
    let value = result.map_err(|e| unavailable(&e))?;
    let db = value
        .dyn_into::<IdbDatabase>()
        .map_err(|_| DraftStoreError::Unavailable("open did not return a database".into()))?;
    // A newer version of the app in another tab wants to upgrade: let it,
    // this connection then reports `Unavailable` and the tab works in
    // memory. Called at most once per connection.
    let closing = db.clone();
    let on_version_change = Closure::once_into_js(move |_event: Event| closing.close());
    db.set_onversionchange(Some(on_version_change.unchecked_ref()));
    Ok(db)
}

/// How long opening the database may take before the store is reported
/// unavailable (some privacy modes never answer).
pub const OPEN_TIMEOUT_MS: i32 = 10_000;

/// A promise rejected after `ms` milliseconds.
fn timeout(ms: i32) -> Result<Promise, DraftStoreError> {
    let window =
        web_sys::window().ok_or_else(|| DraftStoreError::Unavailable("no window".into()))?;
    let (promise, _, reject) = deferred()?;
    let reason = JsValue::from_str("opening the database timed out");
    window
        .set_timeout_with_callback_and_timeout_and_arguments_1(&reject, ms, &reason)
        .map_err(|e| DraftStoreError::from_js(&e))?;
    Ok(promise)
}

fn create_stores(db: &IdbDatabase) {
    let names = db.object_store_names();
    for store in [DRAFTS, TRASH, DOCUMENTS, VERSIONS] {
        if !names.contains(store) {
            // Errors here abort the upgrade, which the open reports.
            let _ = db.create_object_store(store);
        }
    }
    if !names.contains(QUARANTINE) {
        let params = IdbObjectStoreParameters::new();
        params.set_auto_increment(true);
        let _ = db.create_object_store_with_optional_parameters(QUARANTINE, &params);
    }
}

/// Deletes the database `name` (tests start from a clean one).
pub async fn delete_database(name: &str) -> Result<(), DraftStoreError> {
    let request = factory()?
        .delete_database(name)
        .map_err(|e| unavailable(&e))?;
    wait(&request).await.map(|_| ())
}

/// Awaits a request's result.
pub async fn wait(request: &IdbRequest) -> Result<JsValue, DraftStoreError> {
    let watch = RequestWatch::new(request)?;
    let result = JsFuture::from(watch.promise.clone()).await;
    drop(watch);
    result.map_err(|e| DraftStoreError::from_js(&e))
}

/// A transaction with its completion watched from the start.
pub struct Tx {
    pub tx: IdbTransaction,
    done: Promise,
    _handlers: [Handler; 2],
}

impl Tx {
    /// Starts a transaction over `stores`.
    pub fn new(
        db: &IdbDatabase,
        stores: &[&str],
        mode: IdbTransactionMode,
    ) -> Result<Tx, DraftStoreError> {
        let names = Array::new();
        for store in stores {
            names.push(&JsValue::from_str(store));
        }
        let tx = db
            .transaction_with_str_sequence_and_mode(&names, mode)
            .map_err(|e| DraftStoreError::from_js(&e))?;
        let (done, resolve, reject) = deferred()?;
        let on_complete = handler(resolve, || JsValue::UNDEFINED);
        let abort_tx = tx.clone();
        let on_abort = handler(reject, move || {
            abort_tx
                .error()
                .map(JsValue::from)
                .unwrap_or_else(|| JsValue::from_str("the transaction was aborted"))
        });
        tx.set_oncomplete(Some(on_complete.as_ref().unchecked_ref()));
        tx.set_onabort(Some(on_abort.as_ref().unchecked_ref()));
        Ok(Tx {
            tx,
            done,
            _handlers: [on_complete, on_abort],
        })
    }

    pub fn store(&self, name: &str) -> Result<web_sys::IdbObjectStore, DraftStoreError> {
        self.tx
            .object_store(name)
            .map_err(|e| DraftStoreError::from_js(&e))
    }

    /// Waits for the commit. A quota error surfaces here.
    pub async fn commit(self) -> Result<(), DraftStoreError> {
        JsFuture::from(self.done.clone())
            .await
            .map(|_| ())
            .map_err(|e| DraftStoreError::from_js(&e))
    }

    /// Aborts, discarding every write of the transaction.
    pub fn abort(&self) {
        // Aborting a finished transaction throws; nothing is left to undo.
        let _ = self.tx.abort();
    }
}

impl Drop for Tx {
    fn drop(&mut self) {
        self.tx.set_oncomplete(None);
        self.tx.set_onabort(None);
    }
}

/// Runs `request` on a store and awaits its result.
pub async fn run(request: Result<IdbRequest, JsValue>) -> Result<JsValue, DraftStoreError> {
    let request = request.map_err(|e| DraftStoreError::from_js(&e))?;
    wait(&request).await
}

/// The key `[draft id, seq]` of a version.
pub fn version_key(draft: &str, seq: u64) -> JsValue {
    // Sequence numbers stay far below 2^53.
    Array::of2(&JsValue::from_str(draft), &JsValue::from_f64(seq as f64)).into()
}

/// Every version key of one draft.
pub fn versions_of(draft: &str) -> Result<JsValue, DraftStoreError> {
    let lower = Array::of2(&JsValue::from_str(draft), &JsValue::from_f64(0.0));
    let upper = Array::of2(&JsValue::from_str(draft), &JsValue::from_f64(f64::INFINITY));
    IdbKeyRange::bound(&lower, &upper)
        .map(JsValue::from)
        .map_err(|e| DraftStoreError::from_js(&e))
}

/// The `seq` part of a version key.
pub fn seq_of_key(key: &JsValue) -> Option<u64> {
    let seq = js_sys::Reflect::get(key, &JsValue::from_f64(1.0))
        .ok()?
        .as_f64()?;
    (seq.is_finite() && seq >= 0.0 && seq.fract() == 0.0).then_some(seq as u64)
}
