//! `resolution diff`: what changed between two drafts.

use resolution_core::diff::{render_text, DocumentDiff};
use resolution_core::locale::Locale;

/// The report: the core's plain-text rendering, or the diff as JSON.
pub fn render(diff: &DocumentDiff, json: bool, locale: Locale) -> String {
    let mut text = if json {
        serde_json::to_string_pretty(diff).unwrap_or_else(|_| "{}".to_string())
    } else {
        render_text(diff, locale)
    };
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}
