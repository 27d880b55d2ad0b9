//! The editor's components.

pub mod comments;
pub mod compare;
pub mod conflict_dialog;
pub mod control_sheet;
pub mod diagnostics_panel;
pub mod directive;
pub mod document;
pub mod drafts_panel;
pub mod findings;
pub mod grow_text;
pub mod header;
pub mod history_panel;
pub mod icons;
pub mod notices;
pub mod panel;
pub mod paste_dialog;
pub mod preamble;
pub mod protocol;
pub mod read_only;
pub mod reviewer_bar;
pub mod section;
pub mod signatories;
pub mod toolbar;
