//! The draft in `localStorage`: one key holds the JSON of the open document.
//!
//! A stored value that cannot be read is never overwritten or deleted: it is
//! moved aside to a backup key first, and the caller is told which one.

use resolution_core::json::{from_json, to_json, JsonError};
use resolution_core::locale::Locale;
use resolution_core::Document;
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomException, Storage};

/// The key holding the current draft (the JSON draft envelope).
pub const DRAFT_KEY: &str = "resolution-editor.draft";
/// Where an unreadable draft is moved. If it is taken, `.2`, `.3`, … are
/// appended.
pub const DRAFT_BACKUP_KEY: &str = "resolution-editor.draft.unreadable";
/// How many backup keys are tried; none is ever overwritten.
const MAX_BACKUPS: u32 = 50;
/// The interface language, `ru` or `en`.
pub const LOCALE_KEY: &str = "resolution-editor.locale";
/// Numbering style of sections and directives.
pub const NUMBERING_KEY: &str = "resolution-editor.numbering";
/// The reviewer's name, for new review comments.
pub const REVIEWER_KEY: &str = "resolution-editor.reviewer";

/// Why the draft could not be stored or read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("local storage is not available in this browser")]
    Unavailable,
    #[error("the browser's storage quota is exhausted")]
    QuotaExceeded,
    #[error("every backup key for an unreadable draft is taken")]
    NoFreeBackupKey,
    #[error("the browser refused to store the draft: {0}")]
    Refused(String),
}

impl StorageError {
    pub fn message(&self, locale: Locale) -> String {
        match locale {
            Locale::En => self.to_string(),
            Locale::Ru => match self {
                StorageError::Unavailable => "локальное хранилище браузера недоступно".into(),
                StorageError::QuotaExceeded => {
                    "место в хранилище браузера исчерпано; документ остаётся открытым, экспортируйте его в JSON"
                        .into()
                }
                StorageError::NoFreeBackupKey => {
                    "все резервные ключи для нечитаемых черновиков заняты".into()
                }
                StorageError::Refused(detail) => format!("браузер не сохранил черновик: {detail}"),
            },
        }
    }
}

/// What was found under the draft key.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Missing,
    Draft(Box<Document>),
    /// The stored value could not be read; it now lives under `backup_key`
    /// and the draft key is free.
    MovedAside {
        backup_key: String,
        error: JsonError,
    },
    /// The stored value could not be read and could not be moved aside
    /// either; it is still under the draft key, which must not be written.
    Unreadable {
        error: JsonError,
        move_error: StorageError,
    },
}

/// The draft storage over one `web_sys::Storage` and one key.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftStore {
    storage: Storage,
    key: String,
    backup_key: String,
}

impl DraftStore {
    /// The draft under `key` of `storage`, moved to `backup_key` (or
    /// `backup_key.2`, …) when unreadable. The app's keys come from its
    /// namespace (`session::namespace`); tests use their own.
    pub fn new(storage: Storage, key: &str, backup_key: &str) -> Self {
        DraftStore {
            storage,
            key: key.to_owned(),
            backup_key: backup_key.to_owned(),
        }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    pub fn save(&self, doc: &Document) -> Result<(), StorageError> {
        self.storage
            .set_item(&self.key, &to_json(doc))
            .map_err(storage_error)
    }

    /// Frees the draft key (after the draft was stored elsewhere).
    pub fn clear(&self) {
        // A key left behind is imported again at the next start, as a
        // copy: nothing is lost.
        let _ = self.storage.remove_item(&self.key);
    }

    pub fn load(&self) -> Loaded {
        let raw = match self.storage.get_item(&self.key) {
            Ok(Some(raw)) => raw,
            Ok(None) | Err(_) => return Loaded::Missing,
        };
        match from_json(&raw) {
            Ok(doc) => Loaded::Draft(Box::new(doc)),
            Err(error) => match self.move_aside(&raw) {
                Ok(backup_key) => Loaded::MovedAside { backup_key, error },
                Err(move_error) => Loaded::Unreadable { error, move_error },
            },
        }
    }

    /// Copy `raw` to the first free backup key, then free the draft key.
    fn move_aside(&self, raw: &str) -> Result<String, StorageError> {
        let backup_key = (1..=MAX_BACKUPS)
            .map(|n| match n {
                1 => self.backup_key.clone(),
                n => format!("{}.{n}", self.backup_key),
            })
            .find(|k| matches!(self.storage.get_item(k), Ok(None)))
            .ok_or(StorageError::NoFreeBackupKey)?;
        self.storage
            .set_item(&backup_key, raw)
            .map_err(storage_error)?;
        self.storage.remove_item(&self.key).map_err(storage_error)?;
        Ok(backup_key)
    }
}

/// A small setting (locale, numbering style) by key; `None` when absent or
/// storage is unavailable.
pub fn read_setting(key: &str) -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}

pub fn write_setting(key: &str, value: &str) -> Result<(), StorageError> {
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)?;
    storage.set_item(key, value).map_err(storage_error)
}

fn storage_error(err: JsValue) -> StorageError {
    match err.dyn_into::<DomException>() {
        Ok(e)
            if e.name() == "QuotaExceededError" || e.code() == DomException::QUOTA_EXCEEDED_ERR =>
        {
            StorageError::QuotaExceeded
        }
        Ok(e) => StorageError::Refused(format!("{}: {}", e.name(), e.message())),
        Err(other) => {
            StorageError::Refused(other.as_string().unwrap_or_else(|| format!("{other:?}")))
        }
    }
}
