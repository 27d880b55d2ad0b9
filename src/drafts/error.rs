//! Why a draft operation in the browser failed, with what the caller should
//! do about it.

use resolution_core::library::{DraftId, LibraryError, TabId};
use resolution_core::locale::Locale;
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::DomException;

/// Errors of the draft store. The caller keeps the document in memory on
/// every one of them; nothing is lost by a failed save.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DraftStoreError {
    /// The browser's storage quota is exhausted: offer a JSON export.
    #[error("the browser's storage quota is exhausted")]
    QuotaExceeded,
    /// IndexedDB is absent, blocked or broken: work in memory with a
    /// warning.
    #[error("IndexedDB is not available: {0}")]
    Unavailable(String),
    /// A stored record could not be read. It was moved to the quarantine
    /// store (never deleted) and the draft left the list.
    #[error("the stored record {id} is damaged and was set aside: {reason}")]
    Corrupted { id: String, reason: String },
    /// Another tab stored revision `stored` of the draft after this tab
    /// read revision `base`: offer to reload or to keep this text as a copy.
    #[error("draft {id} was saved elsewhere (revision {stored}, this tab has {base})")]
    Conflict {
        id: DraftId,
        stored: u64,
        base: u64,
        writer: Option<TabId>,
    },
    #[error("there is no draft {0}")]
    NotFound(DraftId),
    #[error("version {seq} of draft {id} is not kept")]
    UnknownVersion { id: DraftId, seq: u64 },
    #[error(transparent)]
    Library(#[from] LibraryError),
    /// Anything else the browser reported.
    #[error("the browser could not complete the storage operation: {0}")]
    Failed(String),
}

impl DraftStoreError {
    pub fn message(&self, locale: Locale) -> String {
        if locale == Locale::En {
            return self.to_string();
        }
        match self {
            DraftStoreError::QuotaExceeded => {
                "место в хранилище браузера исчерпано; документ остаётся открытым, экспортируйте его в JSON"
                    .into()
            }
            DraftStoreError::Unavailable(_) => {
                "хранилище браузера недоступно; черновик хранится только в этой вкладке, экспортируйте его перед закрытием"
                    .into()
            }
            DraftStoreError::Corrupted { id, .. } => format!(
                "сохранённая запись {id} повреждена; она отложена в карантин и не удалена"
            ),
            DraftStoreError::Conflict { .. } => {
                "этот черновик сохранён в другой вкладке; загрузите ту версию или сохраните свой текст как копию"
                    .into()
            }
            DraftStoreError::NotFound(id) => format!("черновик {id} не найден"),
            DraftStoreError::UnknownVersion { seq, .. } => {
                format!("версия {seq} не сохранилась в истории")
            }
            DraftStoreError::Library(e) => match e {
                LibraryError::UnknownDraft(id) => format!("черновик {id} не найден"),
                LibraryError::DuplicateId(id) => format!("черновик {id} уже существует"),
                LibraryError::InTrash(_) => "черновик в корзине; сначала восстановите его".into(),
                LibraryError::NotInTrash(_) => "черновика нет в корзине".into(),
                LibraryError::EmptyTitle => "название черновика не может быть пустым".into(),
            },
            DraftStoreError::Failed(detail) => {
                format!("браузер не выполнил операцию с хранилищем: {detail}")
            }
        }
    }

    /// Maps an exception from IndexedDB by its DOM name.
    pub fn from_js(value: &JsValue) -> Self {
        match value.dyn_ref::<DomException>() {
            Some(e) => Self::from_dom_name(&e.name(), &e.message()),
            None => DraftStoreError::Failed(
                value
                    .as_string()
                    .unwrap_or_else(|| "unknown error".to_string()),
            ),
        }
    }

    /// Maps a DOM exception name (`QuotaExceededError`, …).
    pub fn from_dom_name(name: &str, message: &str) -> Self {
        match name {
            "QuotaExceededError" => DraftStoreError::QuotaExceeded,
            "SecurityError" | "InvalidStateError" | "UnknownError" | "NotAllowedError"
            | "VersionError" => DraftStoreError::Unavailable(format!("{name}: {message}")),
            _ => DraftStoreError::Failed(format!("{name}: {message}")),
        }
    }
}
