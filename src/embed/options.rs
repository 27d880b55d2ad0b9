//! Reading the options object a portal passes to `mount`.

use resolution_core::library::parse_import;
use resolution_core::locale::Locale;
use resolution_core::Document;
use wasm_bindgen::JsValue;

use crate::session::namespace::Namespace;

/// `mount` options, checked.
#[derive(Debug, Default)]
pub struct Options {
    pub initial: Option<Document>,
    pub read_only: bool,
    pub locale: Option<Locale>,
    pub namespace: Namespace,
    /// CSS custom properties for the host element.
    pub theme: Vec<(String, String)>,
}

fn get(options: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(options, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// A draft given as JSON text or as an object.
pub fn json_text(value: &JsValue) -> Result<String, String> {
    if let Some(text) = value.as_string() {
        return Ok(text);
    }
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| "the draft is neither JSON text nor an object".to_owned())
}

pub fn parse(options: &JsValue) -> Result<Options, String> {
    let mut out = Options::default();
    if options.is_undefined() || options.is_null() {
        return Ok(out);
    }
    if !options.is_object() {
        return Err("mount options must be an object".into());
    }
    let initial = get(options, "initialDraft");
    if !initial.is_undefined() && !initial.is_null() {
        let text = json_text(&initial)?;
        let imported =
            parse_import(&text).map_err(|e| format!("initialDraft: {}", e.message(Locale::En)))?;
        out.initial = Some(imported.document);
    }
    out.read_only = get(options, "readOnly").is_truthy();
    let locale = get(options, "locale");
    if let Some(code) = locale.as_string() {
        out.locale = Some(
            code.parse()
                .map_err(|_| format!("locale “{code}”: use 'ru' or 'en'"))?,
        );
    }
    let namespace = get(options, "namespace");
    if let Some(name) = namespace.as_string() {
        out.namespace = Namespace::new(&name);
    }
    let theme = get(options, "theme");
    if theme.is_object() {
        for entry in js_sys::Object::entries(&theme.into()).iter() {
            let pair = js_sys::Array::from(&entry);
            if let (Some(name), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                out.theme.push((name, value));
            }
        }
    }
    Ok(out)
}
