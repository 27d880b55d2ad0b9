//! The editor's components.

pub mod directive;
pub mod document;
pub mod grow_text;
pub mod header;
pub mod notices;
pub mod preamble;
pub mod protocol;
pub mod section;
pub mod signatories;
pub mod toolbar;
