//! Markers and messages of validation findings next to a field.

use resolution_core::edit::FieldRef;
use yew::prelude::*;

use crate::diagnostics::{severity_code, worst, Finding};

/// Classes marking a field that has findings, by the worst severity.
pub fn marker(all: &[Finding], field: FieldRef) -> Classes {
    match worst(all, field) {
        Some(s) => classes!("has-finding", format!("sev-{}", severity_code(s))),
        None => Classes::new(),
    }
}

/// The messages about exactly `field`, or nothing.
pub fn messages(all: &[Finding], field: FieldRef) -> Html {
    let own: Vec<&Finding> = all.iter().filter(|f| f.field == field).collect();
    if own.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="field-findings">
            { for own.iter().map(|f| html! {
                <li class={classes!("finding", format!("sev-{}", severity_code(f.severity)))}
                    data-testid="field-finding" data-code={f.code.clone()}>{ f.message.clone() }</li>
            }) }
        </ul>
    }
}
