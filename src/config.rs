//! How one editor instance is set up: by the app page (standalone) or by a
//! portal through the JS API (`embed`).

use std::rc::Rc;

use resolution_core::locale::Locale;
use resolution_core::Document;

use crate::embed::bridge::Bridge;
use crate::session::namespace::Namespace;

/// The options of one editor.
#[derive(Clone, Default)]
pub struct EditorConfig {
    /// Where drafts are kept; editors with different namespaces never
    /// share drafts.
    pub namespace: Namespace,
    /// Opened when the namespace holds no draft yet.
    pub initial: Option<Rc<Document>>,
    /// Nothing can be changed, not even comments.
    pub read_only: bool,
    /// The interface language; `None` uses the remembered one.
    pub locale: Option<Locale>,
    /// The editor owns the page: it sets the title and language, reads
    /// `?draft=` and takes JSON pasted anywhere on the page.
    pub standalone: bool,
    /// Events and commands of the JS API.
    pub bridge: Option<Bridge>,
}

impl EditorConfig {
    /// The app page.
    pub fn standalone() -> Self {
        EditorConfig {
            standalone: true,
            ..Default::default()
        }
    }
}

/// The same configuration object: options never change after mounting.
impl PartialEq for EditorConfig {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
