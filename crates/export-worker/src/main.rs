//! The Word writer as a web worker. Once loaded it posts `"ready"`; the
//! editor then posts a draft (JSON text) and gets back `{ ok: true, bytes: Uint8Array }` or `{ ok: false, error }`.
//! Kept out of the editor's main bundle: docx-rs and its zip writer are a
//! large share of the code and only needed on a Word export.

use js_sys::{Object, Reflect, Uint8Array};
use resolution_core::export::to_docx;
use resolution_core::json::from_json;
use resolution_core::locale::Locale;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    let reply_to = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let reply = Object::new();
        let result = event
            .data()
            .as_string()
            .ok_or_else(|| "the request is not draft JSON text".to_owned())
            .and_then(|json| from_json(&json).map_err(|e| e.message(Locale::Ru)))
            .and_then(|doc| to_docx(&doc).map_err(|e| e.to_string()));
        // Setting plain properties on a fresh object cannot fail.
        let _ = match result {
            Ok(bytes) => Reflect::set(&reply, &"ok".into(), &true.into())
                .and_then(|_| Reflect::set(&reply, &"bytes".into(), &Uint8Array::from(&bytes[..]))),
            Err(error) => Reflect::set(&reply, &"ok".into(), &false.into())
                .and_then(|_| Reflect::set(&reply, &"error".into(), &error.into())),
        };
        // Fails only when the editor went away; nobody is left to tell.
        let _ = reply_to.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before this point found no handler: say when to send.
    let _ = scope.post_message(&"ready".into());
}
