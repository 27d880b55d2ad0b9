//! Drafts in the browser: the draft library in IndexedDB and save
//! announcements between tabs. A thin adapter: the rules live in
//! `resolution_core::library`.
//!
//! Stores: `drafts` (list entries of live drafts), `trash` (entries of
//! deleted drafts), `documents` (draft JSON per id), `versions` (history,
//! keyed `[id, seq]`) and `quarantine` (records that could not be read, set
//! aside and never deleted).

pub mod channel;
mod error;
pub mod idb;
mod records;
mod store;

pub use channel::{SaveChannel, CHANNEL_NAME};
pub use error::DraftStoreError;
pub use records::QuarantineEntry;
pub use store::{
    fresh_draft_id, fresh_tab_id, now_ms, DraftStore, LoadedDraft, SaveRequest, ScanReport,
    DEFAULT_DB_NAME,
};
