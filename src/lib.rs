//! The resolution editor in the browser: a Yew app over `resolution-core`.
//! The library holds the app so wasm-bindgen tests in `tests/` can use its
//! parts (storage, numbering, export names) and mount it.

use std::rc::Rc;

use config::EditorConfig;

mod app;
mod components;
pub mod config;
pub mod diagnostics;
mod dispatch;
mod dnd;
pub mod drafts;
pub mod embed;
pub mod export;
mod fields;
pub mod highlight;
pub mod i18n;
pub mod numbering;
pub mod session;
pub mod state;
pub mod storage;

/// Entry point of the app page: the editor on the body when the page says
/// so (`<body data-resolution-editor="app">`), the iframe variant when the
/// address asks for it (`?embed=frame`), and nothing on a portal page,
/// which mounts editors through [`embed`].
pub fn start() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(params) = embed::iframe::frame_params(&window) {
        match params {
            Ok(params) => embed::serve_iframe(window, params),
            Err(e) => gloo::console::error!(format!("resolution-editor: {e}")),
        }
        return;
    }
    let app_page = window
        .document()
        .and_then(|d| d.body())
        .and_then(|b| b.get_attribute("data-resolution-editor"))
        .is_some_and(|v| v == "app");
    if app_page {
        yew::Renderer::<app::App>::with_props(app::AppProps {
            config: Rc::new(EditorConfig::standalone()),
        })
        .render();
    }
}

/// An editor mounted by [`mount`].
pub struct Mounted(yew::AppHandle<app::App>);

impl Mounted {
    /// Unmount the editor and remove its listeners.
    pub fn destroy(self) {
        self.0.destroy();
    }
}

/// Mount an editor inside `root` with `config` (tests).
pub fn mount(root: web_sys::Element, config: EditorConfig) -> Mounted {
    Mounted(
        yew::Renderer::<app::App>::with_root_and_props(
            root,
            app::AppProps {
                config: Rc::new(config),
            },
        )
        .render(),
    )
}
