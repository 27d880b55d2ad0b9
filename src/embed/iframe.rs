//! The iframe variant: the app page opened as
//! `index.html?embed=frame&parent=<origin>&namespace=<name>` talks to its
//! parent with `postMessage`. Only messages whose origin is `parent` and
//! whose source is the parent window are read; replies and events go to
//! that origin only, never `*`.
//!
//! Parent → frame: `{ type: 'getDraft', id }`, `{ type: 'setDraft', id,
//! draft }`, `{ type: 'validate', id }`.
//! Frame → parent: `{ type: 'ready' }`, `{ type: 'result', id, ok, draft?,
//! diagnostics?, error? }`, and the events `{ type: 'change' | 'save' |
//! 'diagnostics', detail }`.

use std::rc::Rc;

use gloo::events::EventListener;
use serde_json::json;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, UrlSearchParams, Window};

use super::bridge::{Bridge, EventKind};
use crate::app::{App, AppProps};
use crate::config::EditorConfig;
use crate::session::namespace::Namespace;

/// The frame's parameters from the page address.
pub struct FrameParams {
    pub parent_origin: String,
    pub namespace: Namespace,
}

/// `Some` when the page was opened as a frame.
pub fn frame_params(window: &Window) -> Option<Result<FrameParams, String>> {
    let search = window.location().search().ok()?;
    let params = UrlSearchParams::new_with_str(&search).ok()?;
    if params.get("embed").as_deref() != Some("frame") {
        return None;
    }
    let parent = params.get("parent").unwrap_or_default();
    let origin = web_sys::Url::new(&parent).map(|u| u.origin()).ok();
    Some(match origin {
        Some(origin) if origin != "null" && origin == parent.trim_end_matches('/') => {
            Ok(FrameParams {
                parent_origin: origin,
                namespace: Namespace::new(&params.get("namespace").unwrap_or_default()),
            })
        }
        _ => Err(format!(
            "embed=frame needs parent=<origin> (like https://portal.example), got “{parent}”"
        )),
    })
}

fn post(window: &Window, origin: &str, message: &serde_json::Value) {
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if let Ok(value) = js_sys::JSON::parse(&message.to_string()) {
        // A parent that went away cannot be told anything.
        let _ = parent.post_message(&value, origin);
    }
}

/// Mounts the editor on the body and serves the parent's messages.
pub fn serve_iframe(window: Window, params: FrameParams) {
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let bridge = Bridge::default();
    let origin = params.parent_origin;
    for (kind, name) in [
        (EventKind::Change, "change"),
        (EventKind::Save, "save"),
        (EventKind::Diagnostics, "diagnostics"),
    ] {
        let (window, origin) = (window.clone(), origin.clone());
        let forward = Closure::<dyn Fn(JsValue)>::new(move |detail: JsValue| {
            let detail: serde_json::Value = js_sys::JSON::stringify(&detail)
                .ok()
                .and_then(|s| s.as_string())
                .and_then(|s| serde_json::from_str(&s).ok())
                .unwrap_or_default();
            post(&window, &origin, &json!({ "type": name, "detail": detail }));
        });
        bridge.on(kind, forward.into_js_value().into());
    }
    let listener = {
        let (window, bridge, origin) = (window.clone(), bridge.clone(), origin.clone());
        EventListener::new(&window.clone(), "message", move |event| {
            let Some(event) = event.dyn_ref::<MessageEvent>() else {
                return;
            };
            let from_parent = window
                .parent()
                .ok()
                .flatten()
                .zip(event.source())
                .is_some_and(|(p, s)| JsValue::from(p) == JsValue::from(s));
            if event.origin() != origin || !from_parent {
                return;
            }
            if let Some(reply) = answer(&bridge, &event.data()) {
                post(&window, &origin, &reply);
            }
        })
    };
    listener.forget();
    yew::Renderer::<App>::with_root_and_props(
        body.into(),
        AppProps {
            config: Rc::new(EditorConfig {
                namespace: params.namespace,
                bridge: Some(bridge),
                ..Default::default()
            }),
        },
    )
    .render();
    post(&window, &origin, &json!({ "type": "ready" }));
}

/// The reply to one request from the parent; `None` for anything that is
/// not a request.
fn answer(bridge: &Bridge, data: &JsValue) -> Option<serde_json::Value> {
    let text = js_sys::JSON::stringify(data).ok()?.as_string()?;
    let request: serde_json::Value = serde_json::from_str(&text).ok()?;
    let id = request.get("id").cloned().unwrap_or_default();
    Some(match request.get("type")?.as_str()? {
        "getDraft" => {
            json!({ "type": "result", "id": id, "ok": true, "draft": bridge.draft_json() })
        }
        "validate" => {
            json!({ "type": "result", "id": id, "ok": true, "diagnostics": bridge.diagnostics_json() })
        }
        "setDraft" => {
            let draft = match request.get("draft") {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
                None => String::new(),
            };
            match bridge.set_draft(&draft) {
                Ok(()) => json!({ "type": "result", "id": id, "ok": true }),
                Err(e) => json!({ "type": "result", "id": id, "ok": false, "error": e }),
            }
        }
        other => {
            json!({ "type": "result", "id": id, "ok": false, "error": format!("unknown request “{other}”") })
        }
    })
}
