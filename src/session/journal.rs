//! The write-ahead journal: when the page is hidden or closed with unsaved
//! changes, the document is written synchronously to `localStorage` (an
//! IndexedDB transaction may not finish before the page is gone). The next
//! start stores what the journal holds before anything else, so text typed
//! up to the close survives. A successful save removes the entry.

use resolution_core::json::{from_json, to_json};
use resolution_core::library::DraftId;
use resolution_core::Document;
use serde::{Deserialize, Serialize};
use web_sys::Storage;

use super::namespace::Namespace;

const PREFIX: &str = "resolution-editor.unsaved";

/// One journal entry: a draft's text that may not be stored yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub draft_id: DraftId,
    /// The stored revision the text was typed over.
    pub base_revision: u64,
    pub written_at_ms: u64,
    pub document: Document,
}

#[derive(Serialize, Deserialize)]
struct Record {
    draft_id: DraftId,
    base_revision: u64,
    written_at_ms: u64,
    /// The draft envelope JSON.
    document: String,
}

/// An entry that could not be read: left in place, reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub key: String,
    pub reason: String,
}

/// The journal of one namespace.
pub struct Journal {
    storage: Storage,
    prefix: String,
}

impl Journal {
    /// `None` when `localStorage` is not available.
    pub fn open(ns: &Namespace) -> Option<Self> {
        let storage = web_sys::window()?.local_storage().ok().flatten()?;
        Some(Journal {
            storage,
            prefix: format!("{}.", ns.key(PREFIX)),
        })
    }

    fn key(&self, id: &DraftId) -> String {
        format!("{}{id}", self.prefix)
    }

    /// Writes `document` for `id`; `false` when storage refused it (full).
    pub fn write(
        &self,
        id: &DraftId,
        base_revision: u64,
        document: &Document,
        now_ms: u64,
    ) -> bool {
        let record = Record {
            draft_id: id.clone(),
            base_revision,
            written_at_ms: now_ms,
            document: to_json(document),
        };
        match serde_json::to_string(&record) {
            Ok(text) => self.storage.set_item(&self.key(id), &text).is_ok(),
            Err(_) => false,
        }
    }

    pub fn clear(&self, id: &DraftId) {
        // A key that cannot be removed is read again at the next start and
        // found equal to the stored draft; nothing is lost either way.
        let _ = self.storage.remove_item(&self.key(id));
    }

    /// Every entry of this namespace, and the ones that cannot be read.
    pub fn entries(&self) -> (Vec<Entry>, Vec<Unreadable>) {
        let mut entries = Vec::new();
        let mut unreadable = Vec::new();
        let count = self.storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..count)
            .filter_map(|i| self.storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(&self.prefix))
            .collect();
        for key in keys {
            let Ok(Some(text)) = self.storage.get_item(&key) else {
                continue;
            };
            match parse(&text) {
                Ok(entry) => entries.push(entry),
                Err(reason) => unreadable.push(Unreadable { key, reason }),
            }
        }
        (entries, unreadable)
    }
}

fn parse(text: &str) -> Result<Entry, String> {
    let record: Record = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let document = from_json(&record.document).map_err(|e| e.to_string())?;
    Ok(Entry {
        draft_id: record.draft_id,
        base_revision: record.base_revision,
        written_at_ms: record.written_at_ms,
        document,
    })
}
