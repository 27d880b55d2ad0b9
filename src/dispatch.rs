//! Small helpers for turning UI events into editor actions.

use std::ops::Range;

use resolution_core::edit::{Edit, FieldRef, Transaction};
use yew::Callback;

use crate::fields;
use crate::state::Action;

/// Milliseconds since the epoch, for grouping typing into undo steps.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Apply one edit as its own transaction.
pub fn edit(dispatch: &Callback<Action>, edit: Edit) {
    dispatch.emit(Action::Apply(Transaction::single(edit, now_ms())));
}

/// Focus a field after the current render has finished (a moved element
/// loses focus when the DOM node is re-inserted).
pub fn focus_later(field: FieldRef) {
    focus_range_later(field, None);
}

/// Like [`focus_later`], selecting a byte range of the field's text.
pub fn focus_range_later(field: FieldRef, range: Option<Range<usize>>) {
    gloo::timers::callback::Timeout::new(0, move || {
        match range {
            Some(range) => fields::focus_range(field, range),
            None => fields::focus(field),
        };
    })
    .forget();
}
