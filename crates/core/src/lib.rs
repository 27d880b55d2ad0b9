//! The resolution core: document model, extraction, validation and
//! import/export. Pure Rust, no web dependencies; the browser app and the
//! command line are thin layers on top.

pub mod control;
pub mod date;
pub mod diff;
pub mod edit;
pub mod export;
pub mod extract;
pub mod ids;
pub mod json;
pub mod library;
pub mod locale;
pub mod model;
pub mod samples;
pub mod text;
pub mod validate;
mod words;

pub use ids::{AgendaItemId, DirectiveId, ParagraphId, SectionId};
pub use model::*;
