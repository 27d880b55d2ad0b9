//! The JavaScript API for portals: `mount(element, options)` returns a
//! handle with `getDraft()`, `setDraft(json)`, `validate()`,
//! `on(event, callback)` and `destroy()`. The editor renders inside a
//! shadow root on `element`, with its own style sheet, so the host page's
//! CSS does not reach in and the editor's does not leak out. The
//! `<resolution-editor>` custom element (`embed/resolution-editor.js`) is a
//! thin wrapper over the same API; `iframe` serves the postMessage variant.

pub mod bridge;
pub mod events;
pub mod iframe;
mod options;
mod styles;

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

use crate::app::{App, AppProps};
use crate::config::EditorConfig;
use bridge::{Bridge, EventKind};

pub use iframe::serve_iframe;

/// A mounted editor, as seen from JavaScript.
#[wasm_bindgen]
pub struct EditorHandle {
    app: Option<yew::AppHandle<App>>,
    bridge: Bridge,
    shadow: Option<web_sys::ShadowRoot>,
}

/// Mounts an editor inside `element`. `options` (all optional):
/// `{ initialDraft, readOnly, locale: 'ru'|'en', namespace, theme: { '--accent': '#…' } }`.
/// Throws an `Error` naming the option that cannot be used.
#[wasm_bindgen(js_name = mount)]
pub fn mount_js(element: Element, options: JsValue) -> Result<EditorHandle, JsValue> {
    let options = options::parse(&options).map_err(|e| js_sys::Error::new(&e))?;
    for (name, value) in &options.theme {
        styles::set_property(&element, name, value);
    }
    let shadow = match element.shadow_root() {
        Some(shadow) => shadow,
        None => element.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    styles::adopt(&shadow)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| js_sys::Error::new("no document"))?;
    let root = document.create_element("div")?;
    root.set_class_name("editor-root");
    shadow.replace_children_with_node_1(&root);
    crate::fields::register_root(&shadow);
    let bridge = Bridge::default();
    let config = EditorConfig {
        namespace: options.namespace,
        initial: options.initial.map(Rc::new),
        read_only: options.read_only,
        locale: options.locale,
        standalone: false,
        bridge: Some(bridge.clone()),
    };
    let app = yew::Renderer::<App>::with_root_and_props(
        root,
        AppProps {
            config: Rc::new(config),
        },
    )
    .render();
    Ok(EditorHandle {
        app: Some(app),
        bridge,
        shadow: Some(shadow),
    })
}

#[wasm_bindgen]
impl EditorHandle {
    /// The open draft as a draft file (JSON text); `null` before the
    /// first draft is open.
    #[wasm_bindgen(js_name = getDraft)]
    pub fn get_draft(&self) -> Option<String> {
        self.bridge.draft_json()
    }

    /// Replaces the open document with a draft file (JSON text or
    /// object), as one undoable step. Throws with the precise reason when
    /// it cannot be read.
    #[wasm_bindgen(js_name = setDraft)]
    pub fn set_draft(&self, json: JsValue) -> Result<(), JsValue> {
        let text = options::json_text(&json).map_err(|e| js_sys::Error::new(&e))?;
        self.bridge
            .set_draft(&text)
            .map_err(|e| js_sys::Error::new(&e).into())
    }

    /// The current findings: `[{ code, severity, message, location, … }]`.
    pub fn validate(&self) -> JsValue {
        js_sys::JSON::parse(&self.bridge.diagnostics_json().to_string()).unwrap_or(JsValue::NULL)
    }

    /// Calls `callback` on `'change'`, `'save'` or `'diagnostics'`.
    /// Returns a function that removes the listener.
    pub fn on(&self, event: &str, callback: js_sys::Function) -> Result<js_sys::Function, JsValue> {
        let kind = EventKind::parse(event).ok_or_else(|| {
            js_sys::Error::new(&format!(
                "unknown event “{event}”: use 'change', 'save' or 'diagnostics'"
            ))
        })?;
        let id = self.bridge.on(kind, callback);
        let bridge = self.bridge.clone();
        let off = Closure::once_into_js(move || bridge.off(id));
        Ok(off.unchecked_into())
    }

    /// Unmounts the editor: unsaved text is written first, storage is
    /// closed and every listener is removed.
    pub fn destroy(&mut self) {
        self.bridge.clear();
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        if let Some(shadow) = self.shadow.take() {
            crate::fields::unregister_root(&shadow);
            shadow.replace_children_with_node_0();
        }
    }
}
