//! The resolution core: document model, extraction, validation and
//! import/export. Pure Rust, no web dependencies; the browser app and the
//! command line are thin layers on top.

pub mod ids;
pub mod model;

pub use ids::{AgendaItemId, DirectiveId, ParagraphId, SectionId};
pub use model::*;
