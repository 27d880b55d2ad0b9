//! The resolution editor in the browser: a Yew app over `resolution-core`.
//! The library holds the app so wasm-bindgen tests in `tests/` can use its
//! parts (storage, numbering, export names).

mod app;
mod components;
pub mod diagnostics;
mod dispatch;
pub mod export;
mod fields;
pub mod highlight;
pub mod i18n;
pub mod numbering;
pub mod state;
pub mod storage;

/// Mount the editor on the page body.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
