//! The editor's style sheet inside a shadow root. It is a constructed
//! sheet (`adoptedStyleSheets`), which a strict Content-Security-Policy
//! allows without `unsafe-inline`. Page-level selectors become host-level:
//! `:root` turns into `:host`.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot};

const SHEETS: [&str; 4] = [
    include_str!("../../styles/app.css"),
    include_str!("../../styles/library.css"),
    include_str!("../../styles/compare.css"),
    include_str!("../../styles/embed.css"),
];

thread_local! {
    static SHEET: Result<CssStyleSheet, JsValue> = build();
}

fn build() -> Result<CssStyleSheet, JsValue> {
    let sheet = CssStyleSheet::new()?;
    let css = SHEETS.concat().replace(":root", ":host");
    sheet.replace_sync(&css)?;
    Ok(sheet)
}

/// Gives `shadow` the editor's style sheet (one sheet shared by every
/// editor on the page).
pub fn adopt(shadow: &ShadowRoot) -> Result<(), JsValue> {
    let sheet = SHEET.with(|s| s.clone())?;
    let list = js_sys::Array::of1(&sheet);
    js_sys::Reflect::set(shadow, &"adoptedStyleSheets".into(), &list)?;
    Ok(())
}

/// Sets a theme custom property (`--accent`, …) on the host element.
/// Only custom properties are accepted.
pub fn set_property(host: &Element, name: &str, value: &str) {
    if !name.starts_with("--") {
        return;
    }
    if let Some(host) = host.dyn_ref::<HtmlElement>() {
        // A value the browser rejects is ignored, as in CSS.
        let _ = host.style().set_property(name, value);
    }
}
