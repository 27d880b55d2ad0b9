//! DOM ids of editable fields, so a field can be focused from a diagnostic,
//! after creating a node, or after undo.

use resolution_core::edit::{AgendaField, FieldRef, HeaderField, ProtocolField, SignatoryField};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

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

/// Focus a field and scroll it into view; false when it is not on the page.
pub fn focus(field: FieldRef) -> bool {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&dom_id(field)))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    match element {
        Some(el) => {
            el.scroll_into_view_with_bool(false);
            el.focus().is_ok()
        }
        None => false,
    }
}
