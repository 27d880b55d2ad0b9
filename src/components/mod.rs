//! The editor's components.

pub mod control_sheet;
pub mod diagnostics_panel;
pub mod directive;
pub mod document;
pub mod findings;
pub mod grow_text;
pub mod header;
pub mod icons;
pub mod notices;
pub mod paste_dialog;
pub mod preamble;
pub mod protocol;
pub mod section;
pub mod signatories;
pub mod toolbar;
