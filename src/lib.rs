//! The resolution editor in the browser: a Yew app over `resolution-core`.
//! The library holds the app so wasm-bindgen tests in `tests/` can use its
//! parts (storage, numbering, export names) and mount it.

mod app;
mod components;
pub mod diagnostics;
mod dispatch;
mod dnd;
pub mod drafts;
pub mod export;
mod fields;
pub mod highlight;
pub mod i18n;
pub mod numbering;
pub mod session;
pub mod state;
pub mod storage;

/// Mount the editor on the page body.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}

/// An editor mounted by [`mount`].
pub struct Mounted(yew::AppHandle<app::App>);

impl Mounted {
    /// Unmount the editor and remove its listeners.
    pub fn destroy(self) {
        self.0.destroy();
    }
}

/// Mount the editor inside `root` (tests).
pub fn mount(root: web_sys::Element) -> Mounted {
    Mounted(yew::Renderer::<app::App>::with_root(root).render())
}
