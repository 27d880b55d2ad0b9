//! Drag and drop of directives and sections (HTML5 drag events).

use web_sys::{DragEvent, HtmlElement};
use yew::NodeRef;

/// Data type carrying a directive id.
pub const DIRECTIVE: &str = "application/x-resolution-directive";
/// Data type carrying a section id.
pub const SECTION: &str = "application/x-resolution-section";

/// Start dragging the node `id` of `kind`.
pub fn start(e: &DragEvent, kind: &str, id: u32) {
    e.stop_propagation();
    if let Some(dt) = e.data_transfer() {
        let _ = dt.set_data(kind, &id.to_string());
        let _ = dt.set_data("text/plain", &id.to_string());
        dt.set_effect_allowed("move");
    }
}

/// Whether the drag carries a node of `kind` (readable during dragover).
pub fn carries(e: &DragEvent, kind: &str) -> bool {
    e.data_transfer()
        .is_some_and(|dt| dt.types().includes(&kind.into(), 0))
}

/// The dragged node id of `kind`, on drop.
pub fn dragged(e: &DragEvent, kind: &str) -> Option<u32> {
    e.data_transfer()
        .and_then(|dt| dt.get_data(kind).ok())
        .and_then(|s| s.parse().ok())
}

/// Whether the pointer is in the lower half of `target`: drop after it
/// rather than before. (Yew delegates events to the root, so the event's
/// current target is not the element; pass it by node ref.)
pub fn drops_after(e: &DragEvent, target: &NodeRef) -> bool {
    target
        .cast::<HtmlElement>()
        .map(|el| el.get_bounding_client_rect())
        .is_some_and(|r| f64::from(e.client_y()) > r.top() + r.height() / 2.0)
}
