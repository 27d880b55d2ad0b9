//! `resolution convert`: a draft as JSON, text, Markdown, the control sheet
//! as CSV or iCalendar, or a Word document (see `resolution_core::export`).

pub use resolution_core::export::{file_name, render};
