//! The app's events for a portal: `change` after every edit or load,
//! `save` when the text is stored, `diagnostics` when the findings change.

use std::rc::Rc;

use resolution_core::library::DiagnosticCounts;
use resolution_core::validate::Diagnostic;
use serde_json::json;
use yew::prelude::*;

use super::bridge::{Bridge, EventKind};
use crate::state::AppState;

#[hook]
pub fn use_events(
    bridge: Option<Bridge>,
    state: &AppState,
    diagnostics: Rc<Vec<Diagnostic>>,
    counts: DiagnosticCounts,
) {
    let draft = state.open.as_ref().map(|o| o.id.to_string());
    let text_key = state.text_key();
    {
        let (bridge, draft) = (bridge.clone(), draft.clone());
        use_effect_with(text_key, move |(generation, revision)| {
            if let Some(bridge) = bridge.filter(|_| *generation > 0) {
                bridge.emit(
                    EventKind::Change,
                    &json!({ "draftId": draft, "generation": generation, "revision": revision }),
                );
            }
        });
    }
    {
        let saved =
            state.generation > 0 && !state.has_unsaved_changes() && state.save_error.is_none();
        let stored = state.open.as_ref().map(|o| o.base_revision);
        let bridge = bridge.clone();
        use_effect_with((saved, stored, text_key), move |(saved, stored, _)| {
            if let (Some(bridge), true, Some(revision)) = (bridge, *saved, *stored) {
                bridge.emit(
                    EventKind::Save,
                    &json!({ "draftId": draft, "revision": revision }),
                );
            }
        });
    }
    {
        let generation = state.generation;
        // The bridge holds this render's document and findings (the app
        // updates it first), so their ranges are converted from the text
        // they were found in.
        use_effect_with(diagnostics, move |_| {
            if let Some(bridge) =
                bridge.filter(|b| generation > 0 && b.has_listeners(EventKind::Diagnostics))
            {
                bridge.emit(
                    EventKind::Diagnostics,
                    &json!({
                        "errors": counts.errors,
                        "warnings": counts.warnings,
                        "infos": counts.infos,
                        "diagnostics": bridge.diagnostics_json(),
                    }),
                );
            }
        });
    }
}
