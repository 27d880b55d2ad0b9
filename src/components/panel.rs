//! What the side panels and the comparison share: closing by their button
//! and by Escape.

use web_sys::KeyboardEvent;
use yew::prelude::*;

/// Handlers for a close button and for Escape inside the panel.
pub fn close_handlers(on_close: &Callback<()>) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    let click = {
        let cb = on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let key = {
        let cb = on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                cb.emit(());
            }
        })
    };
    (click, key)
}
