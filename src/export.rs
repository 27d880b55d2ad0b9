//! File downloads, and the stable codes of document kinds used in the UI.

use resolution_core::export::{file_name, render_text, Target};
use resolution_core::json::to_json;
use resolution_core::locale::Locale;
use resolution_core::text::NumberingStyle;
use resolution_core::{Document, Kind};
use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, MessageEvent, Url, Worker};

/// A stable code for a kind, as in the JSON (`decision`, `protocol`, …).
pub fn kind_code(kind: Kind) -> &'static str {
    match kind {
        Kind::Decision => "decision",
        Kind::Resolution => "resolution",
        Kind::Protocol => "protocol",
        Kind::Instructions => "instructions",
        Kind::Ordinance => "ordinance",
    }
}

/// Offer `contents` as a download named `file_name`.
pub fn download(file_name: &str, contents: &str, mime: &str) -> Result<(), String> {
    save_blob(file_name, &JsValue::from_str(contents), mime)
}

/// Offer `bytes` (a .docx, say) as a download named `file_name`.
pub fn download_bytes(file_name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    save_blob(file_name, &js_sys::Uint8Array::from(bytes), mime)
}

fn save_blob(file_name: &str, part: &JsValue, mime: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(part);
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js_text)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(js_text)?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(js_text)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_owned())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&anchor).map_err(js_text)?;
    anchor.click();
    anchor.remove();
    // Revoke later: some browsers start the download asynchronously.
    let revoke = gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    });
    revoke.forget();
    Ok(())
}

pub fn js_text(err: JsValue) -> String {
    err.as_string()
        .or_else(|| {
            err.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{err:?}"))
}

/// Downloads `doc` in a text format (not Word, see [`export_docx`]);
/// returns the lines a calendar export left out, or why nothing was
/// written.
pub fn export_as(
    doc: &Document,
    target: Target,
    numbering: NumberingStyle,
    locale: Locale,
) -> Result<Vec<String>, String> {
    let converted = render_text(doc, target, numbering, locale)
        .ok_or_else(|| "Word files are written by export_docx".to_owned())?;
    download_bytes(&file_name(doc, target), &converted.bytes, target.mime())?;
    Ok(converted.left_out)
}

#[wasm_bindgen::prelude::wasm_bindgen(
    inline_js = "export function moduleUrl() { return import.meta.url; }"
)]
extern "C" {
    /// The URL of this module's snippet file (`snippets/<crate>/inline0.js`
    /// beside the app's files), so the worker is found on any page.
    #[wasm_bindgen(js_name = moduleUrl)]
    fn module_url() -> String;
}

/// The worker script, two folders up from the snippet.
const WORKER: &str = "../../export-worker_loader.js";

/// Writes `doc` as .docx in a web worker (loaded on the first Word export,
/// so the editor's own bundle stays small) and downloads it; `done` gets
/// the outcome.
pub fn export_docx(doc: &Document, done: impl FnOnce(Result<(), String>) + 'static) {
    let url = match Url::new_with_base(WORKER, &module_url()) {
        Ok(url) => url.href(),
        Err(e) => return done(Err(js_text(e))),
    };
    let worker = match Worker::new(&url) {
        Ok(worker) => worker,
        Err(e) => return done(Err(js_text(e))),
    };
    let name = file_name(doc, Target::Docx);
    let json = to_json(doc);
    type Handler = Closure<dyn FnMut(MessageEvent)>;
    type Done = Box<dyn FnOnce(Result<(), String>)>;
    let state: Rc<RefCell<Option<(Handler, Done)>>> = Rc::new(RefCell::new(None));
    let finish = {
        let (state, worker) = (Rc::clone(&state), worker.clone());
        move |result: Result<(), String>| {
            worker.terminate();
            if let Some((handler, done)) = state.borrow_mut().take() {
                // The handler may be running now: drop it afterwards.
                gloo::timers::callback::Timeout::new(0, move || drop(handler)).forget();
                done(result);
            }
        }
    };
    let on_message: Handler = {
        let (worker, finish) = (worker.clone(), finish.clone());
        Closure::new(move |event: MessageEvent| {
            let data = event.data();
            if data.as_string().as_deref() == Some("ready") {
                if let Err(e) = worker.post_message(&JsValue::from_str(&json)) {
                    finish(Err(js_text(e)));
                }
                return;
            }
            let field =
                |key: &str| js_sys::Reflect::get(&data, &key.into()).unwrap_or(JsValue::UNDEFINED);
            let result = if field("ok").is_truthy() {
                let bytes = js_sys::Uint8Array::new(&field("bytes")).to_vec();
                download_bytes(&name, &bytes, Target::Docx.mime())
            } else {
                Err(field("error")
                    .as_string()
                    .unwrap_or_else(|| "unknown error".into()))
            };
            finish(result);
        })
    };
    let on_error = Closure::once_into_js(move |_: web_sys::Event| {
        finish(Err("the Word writer could not be loaded".into()));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.unchecked_ref()));
    *state.borrow_mut() = Some((on_message, Box::new(done)));
}
