//! DOM ids of editable fields, so a field can be focused from a diagnostic,
//! after creating a node, or after undo.

use std::ops::Range;

use resolution_core::edit::{AgendaField, FieldRef, HeaderField, ProtocolField, SignatoryField};
use resolution_core::extract::utf16_range;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlTextAreaElement};

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

fn element(field: FieldRef) -> Option<HtmlElement> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&dom_id(field)))
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
