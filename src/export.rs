//! File downloads, and the stable codes of document kinds used in the UI.

use resolution_core::export::{file_name, render, Target};
use resolution_core::locale::Locale;
use resolution_core::text::NumberingStyle;
use resolution_core::{Document, Kind};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

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

/// Downloads `doc` in `target`; returns the lines a calendar export left
/// out, or why nothing was written.
pub fn export_as(
    doc: &Document,
    target: Target,
    numbering: NumberingStyle,
    locale: Locale,
) -> Result<Vec<String>, String> {
    let converted = render(doc, target, numbering, locale).map_err(|e| e.to_string())?;
    download_bytes(&file_name(doc, target), &converted.bytes, target.mime())?;
    Ok(converted.left_out)
}
