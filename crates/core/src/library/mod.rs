//! The draft library, independent of any storage: draft ids, list entries
//! with diagnostic counts, library operations (create, rename, duplicate,
//! trash, restore, purge), version history, two-tab conflicts, JSON sharing with import that never overwrites,
//! export file names and review comments. The browser keeps these in
//! IndexedDB through a thin adapter.

pub mod comments;
pub mod conflict;
pub mod file_name;
pub mod history;
pub mod id;
pub mod index;
pub mod meta;
pub mod transfer;

pub use conflict::{
    decide_save, on_announcement, ConflictChoice, RemoteSave, SaveAnnouncement, SaveDecision,
};
pub use file_name::export_file_name;
pub use history::{plan_record, History, HistoryPolicy, RecordPlan, Version, VersionStamp};
pub use id::{DraftId, InvalidId, TabId};
pub use index::{Library, LibraryError, DAY_MS, DEFAULT_TRASH_DAYS};
pub use meta::{derive_title, DiagnosticCounts, DraftMeta};
pub use transfer::{export_json, parse_import, plan_import, ImportPlan, ImportedDraft};
