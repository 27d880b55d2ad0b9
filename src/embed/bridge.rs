//! Between a mounted editor and its JS handle: the handle reads the latest
//! document and findings from here, sends commands through the app's
//! dispatcher, and receives the app's events.

use std::cell::RefCell;
use std::rc::Rc;

use resolution_core::extract::Units;
use resolution_core::library::{export_json, parse_import, DraftId};
use resolution_core::locale::Locale;
use resolution_core::validate::{validate, Diagnostic, LocatedTexts, ValidateOptions};
use resolution_core::Document;
use wasm_bindgen::JsValue;
use yew::Callback;

use crate::state::Action;

/// What a portal can listen to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// The document changed (an edit, undo, another draft opened).
    Change,
    /// The draft was stored.
    Save,
    /// The findings changed.
    Diagnostics,
}

impl EventKind {
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "change" => Some(EventKind::Change),
            "save" => Some(EventKind::Save),
            "diagnostics" => Some(EventKind::Diagnostics),
            _ => None,
        }
    }
}

#[derive(Default)]
struct Inner {
    listeners: Vec<(EventKind, u32, js_sys::Function)>,
    next_listener: u32,
    dispatch: Option<Callback<Action>>,
    doc: Option<Rc<Document>>,
    draft: Option<DraftId>,
    diagnostics: Rc<Vec<Diagnostic>>,
    /// The options the app validates with, so a draft set through the
    /// handle is judged alike before the app renders it.
    options: ValidateOptions,
    locale: Locale,
    read_only: bool,
}

/// Shared by the app and its handle.
#[derive(Clone, Default)]
pub struct Bridge(Rc<RefCell<Inner>>);

impl Bridge {
    /// Called by the app on every render.
    pub fn update(
        &self,
        doc: &Rc<Document>,
        draft: Option<&DraftId>,
        (diagnostics, options): (&Rc<Vec<Diagnostic>>, ValidateOptions),
        locale: Locale,
        read_only: bool,
        dispatch: &Callback<Action>,
    ) {
        let mut inner = self.0.borrow_mut();
        inner.doc = Some(Rc::clone(doc));
        inner.draft = draft.cloned();
        inner.diagnostics = Rc::clone(diagnostics);
        inner.options = options;
        inner.locale = locale;
        inner.read_only = read_only;
        inner.dispatch = Some(dispatch.clone());
    }

    pub fn on(&self, kind: EventKind, listener: js_sys::Function) -> u32 {
        let mut inner = self.0.borrow_mut();
        inner.next_listener += 1;
        let id = inner.next_listener;
        inner.listeners.push((kind, id, listener));
        id
    }

    pub fn off(&self, id: u32) {
        self.0.borrow_mut().listeners.retain(|(_, l, _)| *l != id);
    }

    pub fn clear(&self) {
        let mut inner = self.0.borrow_mut();
        inner.listeners.clear();
        inner.dispatch = None;
    }

    pub fn has_listeners(&self, kind: EventKind) -> bool {
        self.0.borrow().listeners.iter().any(|(k, _, _)| *k == kind)
    }

    /// Calls every listener of `kind` with `payload` (JSON). A listener
    /// that throws is reported on the console; the others still run.
    pub fn emit(&self, kind: EventKind, payload: &serde_json::Value) {
        let listeners: Vec<js_sys::Function> = self
            .0
            .borrow()
            .listeners
            .iter()
            .filter(|(k, _, _)| *k == kind)
            .map(|(_, _, f)| f.clone())
            .collect();
        if listeners.is_empty() {
            return;
        }
        let value = js_sys::JSON::parse(&payload.to_string()).unwrap_or(JsValue::NULL);
        for listener in listeners {
            if let Err(e) = listener.call1(&JsValue::NULL, &value) {
                gloo::console::error!("resolution-editor: an event listener threw", e);
            }
        }
    }

    /// The open draft as a draft file (JSON text).
    pub fn draft_json(&self) -> Option<String> {
        let inner = self.0.borrow();
        let doc = inner.doc.as_ref()?;
        Some(export_json(doc, inner.draft.as_ref()))
    }

    /// The current findings with their messages, as JSON.
    pub fn diagnostics_json(&self) -> serde_json::Value {
        let inner = self.0.borrow();
        diagnostics_value(&inner.diagnostics, inner.doc.as_deref(), inner.locale)
    }

    /// Replaces the open document with the draft file `json` (one undo
    /// step). `Err` gives the precise reason it cannot be read.
    pub fn set_draft(&self, json: &str) -> Result<(), String> {
        let inner = self.0.borrow();
        if inner.read_only {
            return Err(match inner.locale {
                Locale::Ru => "редактор открыт только для чтения".to_owned(),
                Locale::En => "the editor is read-only".to_owned(),
            });
        }
        let imported = parse_import(json).map_err(|e| e.message(inner.locale))?;
        let dispatch = inner
            .dispatch
            .clone()
            .ok_or_else(|| "the editor is not mounted".to_owned())?;
        let doc = Rc::new(imported.document);
        let diagnostics = Rc::new(validate(&doc, &inner.options));
        drop(inner);
        // `getDraft` and `validate` answer for the new draft at once; the
        // app renders it next and updates these with the same content.
        {
            let mut inner = self.0.borrow_mut();
            inner.doc = Some(Rc::clone(&doc));
            inner.diagnostics = diagnostics;
        }
        dispatch.emit(Action::Open {
            doc: Box::new(Document::clone(&doc)),
            note: None,
        });
        Ok(())
    }
}

/// Findings as a JSON array: code, severity, message, location. Beside
/// every byte `range` of a location (its own or a related one) the same
/// range in UTF-16 code units, `utf16_range`, as JavaScript strings count.
fn diagnostics_value(
    diagnostics: &[Diagnostic],
    doc: Option<&Document>,
    locale: Locale,
) -> serde_json::Value {
    let texts = doc.map(LocatedTexts::new);
    serde_json::Value::Array(
        diagnostics
            .iter()
            .map(|d| {
                let mut value = serde_json::to_value(d).unwrap_or_default();
                if let Some(texts) = &texts {
                    texts.add_converted_ranges(d, &mut value, "utf16_range", Units::Utf16);
                }
                if let Some(map) = value.as_object_mut() {
                    map.insert("message".into(), d.message(locale).into());
                }
                value
            })
            .collect(),
    )
}
