//! Where one editor keeps its data: the IndexedDB database, the
//! `localStorage` key prefix and the tab-to-tab channel. Two editors (or two
//! portals on one origin) with different namespaces never see each other's
//! drafts.

use crate::drafts::{CHANNEL_NAME, DEFAULT_DB_NAME};
use crate::storage::{DRAFT_BACKUP_KEY, DRAFT_KEY};

/// The storage namespace of one editor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Namespace(String);

impl Namespace {
    /// A namespace from a portal's option: letters, digits, `-` and `_`
    /// are kept, anything else becomes `_`, so a name cannot reach into
    /// another namespace's keys. Empty means the app's own.
    pub fn new(name: &str) -> Self {
        Namespace(
            name.chars()
                .take(64)
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect(),
        )
    }

    pub fn name(&self) -> &str {
        &self.0
    }

    fn scoped(&self, base: &str) -> String {
        if self.0.is_empty() {
            base.to_owned()
        } else {
            format!("{base}@{}", self.0)
        }
    }

    pub fn db_name(&self) -> String {
        self.scoped(DEFAULT_DB_NAME)
    }

    pub fn channel_name(&self) -> String {
        self.scoped(CHANNEL_NAME)
    }

    /// The `localStorage` key of a setting or record (`draft`, `open`, …).
    pub fn key(&self, base: &str) -> String {
        self.scoped(base)
    }

    pub fn draft_key(&self) -> String {
        self.scoped(DRAFT_KEY)
    }

    pub fn backup_key(&self) -> String {
        self.scoped(DRAFT_BACKUP_KEY)
    }
}
