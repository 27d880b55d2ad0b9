//! DOM ids of editable fields, so a field can be focused from a diagnostic,
//! after creating a node, or after undo.

use std::cell::RefCell;
use std::ops::Range;

use resolution_core::edit::{AgendaField, FieldRef, HeaderField, ProtocolField, SignatoryField};
use resolution_core::extract::utf16_range;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement, ShadowRoot};

pub fn dom_id(field: FieldRef) -> String {
    match field {
        FieldRef::Kind => "field-kind".into(),
        FieldRef::Header(h) => format!("field-header-{}", header_name(h)),
        FieldRef::Paragraph(id) => format!("field-paragraph-{id}"),
        FieldRef::Addressee(id) => format!("field-addressee-{id}"),
        FieldRef::Lead(id) => format!("field-lead-{id}"),
        FieldRef::Directive(id) => format!("field-directive-{id}"),
        FieldRef::Protocol(ProtocolField::Chair) => "field-chair".into(),
        FieldRef::Protocol(ProtocolField::Secretary) => "field-secretary".into(),
        FieldRef::Attendee(i) => format!("field-attendee-{i}"),
        FieldRef::Agenda(id, f) => format!(
            "field-agenda-{id}-{}",
            match f {
                AgendaField::Title => "title",
                AgendaField::Reporter => "reporter",
                AgendaField::Speaker => "speaker",
                AgendaField::Summary => "summary",
            }
        ),
        FieldRef::Signatory(i, SignatoryField::Role) => format!("field-signatory-{i}-role"),
        FieldRef::Signatory(i, SignatoryField::Name) => format!("field-signatory-{i}-name"),
    }
}

fn header_name(h: HeaderField) -> &'static str {
    match h {
        HeaderField::Number => "number",
        HeaderField::Organization => "organization",
        HeaderField::Meeting => "meeting",
        HeaderField::Topic => "topic",
        HeaderField::AdoptedOn => "date",
        HeaderField::Place => "place",
        HeaderField::Approval => "approval",
    }
}

thread_local! {
    /// Shadow roots of editors mounted by portals; field ids repeat
    /// between them, so the one holding focus is searched first.
    static ROOTS: RefCell<Vec<ShadowRoot>> = const { RefCell::new(Vec::new()) };
}

pub fn register_root(root: &ShadowRoot) {
    ROOTS.with(|r| r.borrow_mut().push(root.clone()));
}

pub fn unregister_root(root: &ShadowRoot) {
    ROOTS.with(|r| r.borrow_mut().retain(|x| x != root));
}

fn element(field: FieldRef) -> Option<HtmlElement> {
    let id = dom_id(field);
    let document = web_sys::window().and_then(|w| w.document())?;
    let active = document.active_element();
    let in_roots = ROOTS.with(|roots| {
        let roots = roots.borrow();
        let focused = roots
            .iter()
            .filter(|r| active.as_ref().is_some_and(|a| *a == r.host()));
        focused
            .chain(roots.iter())
            .find_map(|r| r.get_element_by_id(&id))
    });
    in_roots
        .or_else(|| document.get_element_by_id(&id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

/// Focus a field and scroll it into view; false when it is not on the page.
pub fn focus(field: FieldRef) -> bool {
    match element(field) {
        Some(el) => {
            el.scroll_into_view_with_bool(false);
            el.focus().is_ok()
        }
        None => false,
    }
}

/// Focus a field and select the byte range `bytes` of its text.
pub fn focus_range(field: FieldRef, bytes: Range<usize>) -> bool {
    if !focus(field) {
        return false;
    }
    let Some(el) = element(field) else {
        return false;
    };
    let select = |value: String| {
        let r = utf16_range(&value, bytes.clone());
        (
            u32::try_from(r.start).unwrap_or(0),
            u32::try_from(r.end).unwrap_or(0),
        )
    };
    if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
        let (start, end) = select(area.value());
        area.set_selection_range(start, end).is_ok()
    } else if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        let (start, end) = select(input.value());
        input.set_selection_range(start, end).is_ok()
    } else {
        false
    }
}
