//! The draft library as an in-memory index of [`DraftMeta`]: create,
//! rename, duplicate, move to the trash and back, purge old trash, list.
//! Storage adapters load the index, apply one of these operations and write
//! back the entries it returns.

use std::collections::BTreeMap;

use thiserror::Error;

use super::id::DraftId;
use super::meta::{clean_title, DiagnosticCounts, DraftMeta};
use crate::model::Document;

/// Suffix of a duplicated draft's title.
pub const COPY_SUFFIX: &str = " (копия)";
/// Milliseconds in a day, for trash retention.
pub const DAY_MS: u64 = 24 * 60 * 60 * 1000;
/// How long a draft stays in the trash before [`Library::purge_trash`]
/// removes it, unless the caller chooses otherwise.
pub const DEFAULT_TRASH_DAYS: u64 = 30;

/// Why a library operation was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LibraryError {
    #[error("no draft with id {0}")]
    UnknownDraft(DraftId),
    #[error("a draft with id {0} already exists")]
    DuplicateId(DraftId),
    #[error("the draft {0} is in the trash")]
    InTrash(DraftId),
    #[error("the draft {0} is not in the trash")]
    NotInTrash(DraftId),
    #[error("a draft title cannot be empty")]
    EmptyTitle,
}

/// Every draft known to the library, live and trashed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Library {
    drafts: BTreeMap<DraftId, DraftMeta>,
}

impl Library {
    pub fn new() -> Self {
        Self::default()
    }

    /// An index of stored entries. A repeated id keeps the entry with the
    /// higher revision, so nothing newer is hidden by an older copy.
    pub fn from_entries(entries: impl IntoIterator<Item = DraftMeta>) -> Self {
        let mut drafts: BTreeMap<DraftId, DraftMeta> = BTreeMap::new();
        for meta in entries {
            match drafts.get(&meta.id) {
                Some(existing) if existing.revision >= meta.revision => {}
                _ => {
                    drafts.insert(meta.id.clone(), meta);
                }
            }
        }
        Library { drafts }
    }

    pub fn get(&self, id: &DraftId) -> Option<&DraftMeta> {
        self.drafts.get(id)
    }

    /// Whether the id is taken, by a live or a trashed draft.
    pub fn contains(&self, id: &DraftId) -> bool {
        self.drafts.contains_key(id)
    }

    pub fn len(&self) -> usize {
        self.drafts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.drafts.is_empty()
    }

    /// Live drafts, most recently changed first.
    pub fn list(&self) -> Vec<&DraftMeta> {
        let mut live: Vec<&DraftMeta> = self.drafts.values().filter(|m| !m.is_deleted()).collect();
        live.sort_by(|a, b| {
            b.updated_at_ms
                .cmp(&a.updated_at_ms)
                .then_with(|| a.id.cmp(&b.id))
        });
        live
    }

    /// Trashed drafts, most recently deleted first.
    pub fn trash(&self) -> Vec<&DraftMeta> {
        let mut trashed: Vec<&DraftMeta> =
            self.drafts.values().filter(|m| m.is_deleted()).collect();
        trashed.sort_by(|a, b| {
            b.deleted_at_ms
                .cmp(&a.deleted_at_ms)
                .then_with(|| a.id.cmp(&b.id))
        });
        trashed
    }

    /// Adds an entry made elsewhere (an import); its id must be free.
    pub fn insert(&mut self, meta: DraftMeta) -> Result<&DraftMeta, LibraryError> {
        if self.contains(&meta.id) {
            return Err(LibraryError::DuplicateId(meta.id));
        }
        let id = meta.id.clone();
        Ok(self.drafts.entry(id).or_insert(meta))
    }

    /// A new draft holding `doc`.
    pub fn create(
        &mut self,
        id: DraftId,
        doc: &Document,
        now_ms: u64,
    ) -> Result<&DraftMeta, LibraryError> {
        self.insert(DraftMeta::new(id, doc, now_ms))
    }

    /// Takes derived fields (title, kind, counts, time) from an edited
    /// document. Revisions are the storage adapter's business.
    pub fn update(
        &mut self,
        id: &DraftId,
        doc: &Document,
        counts: DiagnosticCounts,
        now_ms: u64,
    ) -> Result<&DraftMeta, LibraryError> {
        let meta = self.live_mut(id)?;
        meta.refresh(doc, counts, now_ms);
        Ok(meta)
    }

    /// Gives the draft a title of the author's choice.
    pub fn rename(
        &mut self,
        id: &DraftId,
        title: &str,
        now_ms: u64,
    ) -> Result<&DraftMeta, LibraryError> {
        let title = clean_title(title).ok_or(LibraryError::EmptyTitle)?;
        let meta = self.live_mut(id)?;
        meta.title = title;
        meta.renamed = true;
        meta.updated_at_ms = meta.updated_at_ms.max(now_ms);
        Ok(meta)
    }

    /// A copy of `source` under `new_id`, titled `… (копия)`. The caller
    /// copies the document itself.
    pub fn duplicate(
        &mut self,
        source: &DraftId,
        new_id: DraftId,
        now_ms: u64,
    ) -> Result<&DraftMeta, LibraryError> {
        if self.contains(&new_id) {
            return Err(LibraryError::DuplicateId(new_id));
        }
        let original = self.live(source)?;
        let copy = copy_meta(original, new_id, now_ms);
        self.insert(copy)
    }

    /// Moves a draft to the trash.
    pub fn delete(&mut self, id: &DraftId, now_ms: u64) -> Result<&DraftMeta, LibraryError> {
        let meta = self.live_mut(id)?;
        meta.deleted_at_ms = Some(now_ms);
        Ok(meta)
    }

    /// Brings a draft back from the trash.
    pub fn restore(&mut self, id: &DraftId) -> Result<&DraftMeta, LibraryError> {
        let meta = self
            .drafts
            .get_mut(id)
            .ok_or_else(|| LibraryError::UnknownDraft(id.clone()))?;
        if meta.deleted_at_ms.take().is_none() {
            return Err(LibraryError::NotInTrash(id.clone()));
        }
        Ok(meta)
    }

    /// Removes trash entries deleted more than `days` days before `now_ms`
    /// and returns them, so the caller can drop their documents too.
    pub fn purge_trash(&mut self, now_ms: u64, days: u64) -> Vec<DraftMeta> {
        let cutoff = now_ms.saturating_sub(days.saturating_mul(DAY_MS));
        let expired: Vec<DraftId> = self
            .drafts
            .values()
            .filter(|m| m.deleted_at_ms.is_some_and(|at| at < cutoff))
            .map(|m| m.id.clone())
            .collect();
        expired
            .iter()
            .filter_map(|id| self.drafts.remove(id))
            .collect()
    }

    fn live(&self, id: &DraftId) -> Result<&DraftMeta, LibraryError> {
        match self.drafts.get(id) {
            None => Err(LibraryError::UnknownDraft(id.clone())),
            Some(m) if m.is_deleted() => Err(LibraryError::InTrash(id.clone())),
            Some(m) => Ok(m),
        }
    }

    fn live_mut(&mut self, id: &DraftId) -> Result<&mut DraftMeta, LibraryError> {
        match self.drafts.get_mut(id) {
            None => Err(LibraryError::UnknownDraft(id.clone())),
            Some(m) if m.is_deleted() => Err(LibraryError::InTrash(id.clone())),
            Some(m) => Ok(m),
        }
    }
}

/// The entry of a copy of `original`: new id, `(копия)` title, fresh times
/// and revision.
pub fn copy_meta(original: &DraftMeta, new_id: DraftId, now_ms: u64) -> DraftMeta {
    let title = copy_title(&original.title);
    DraftMeta {
        id: new_id,
        title,
        renamed: true,
        kind: original.kind,
        created_at_ms: now_ms,
        updated_at_ms: now_ms,
        counts: original.counts,
        deleted_at_ms: None,
        revision: 0,
        writer: None,
    }
}

/// `title (копия)`, cut so the whole stays within the title limit.
pub fn copy_title(title: &str) -> String {
    let room = super::meta::MAX_TITLE_CHARS.saturating_sub(COPY_SUFFIX.chars().count());
    let base: String = title.chars().take(room).collect();
    format!("{}{COPY_SUFFIX}", base.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::sample_decision;

    fn id(n: u128) -> DraftId {
        DraftId::from_seed(n)
    }

    fn library_of_three() -> Library {
        let mut lib = Library::new();
        let doc = sample_decision();
        for (n, at) in [(1, 100), (2, 300), (3, 200)] {
            lib.create(id(n), &doc, at).expect("fresh id");
        }
        lib
    }

    fn ids(metas: &[&DraftMeta]) -> Vec<DraftId> {
        metas.iter().map(|m| m.id.clone()).collect()
    }

    #[test]
    fn list_is_sorted_by_last_change() {
        let mut lib = library_of_three();
        assert_eq!(ids(&lib.list()), [id(2), id(3), id(1)]);
        lib.update(&id(1), &sample_decision(), DiagnosticCounts::default(), 400)
            .expect("live draft");
        assert_eq!(ids(&lib.list()), [id(1), id(2), id(3)]);
    }

    #[test]
    fn create_refuses_a_taken_id() {
        let mut lib = library_of_three();
        let err = lib.create(id(2), &Document::default(), 1).unwrap_err();
        assert_eq!(err, LibraryError::DuplicateId(id(2)));
        assert_eq!(lib.len(), 3);
    }

    #[test]
    fn rename_trims_and_sticks() {
        let mut lib = library_of_three();
        let meta = lib.rename(&id(1), "  Решение   августовского совещания ", 500);
        let meta = meta.expect("live draft");
        assert_eq!(meta.title, "Решение августовского совещания");
        assert!(meta.renamed);
        assert_eq!(meta.updated_at_ms, 500);
        assert_eq!(
            lib.rename(&id(1), " \n ", 600),
            Err(LibraryError::EmptyTitle)
        );
        assert_eq!(
            lib.rename(&id(9), "x", 600),
            Err(LibraryError::UnknownDraft(id(9)))
        );
    }

    #[test]
    fn duplicate_gets_a_new_id_and_a_copy_title() {
        let mut lib = library_of_three();
        let original = lib.get(&id(1)).cloned().expect("exists");
        let copy = lib
            .duplicate(&id(1), id(7), 900)
            .expect("duplicates")
            .clone();
        assert_eq!(copy.id, id(7));
        assert_eq!(copy.title, format!("{} (копия)", original.title));
        assert_eq!(copy.kind, original.kind);
        assert_eq!(copy.counts, original.counts);
        assert_eq!((copy.created_at_ms, copy.revision), (900, 0));
        assert_eq!(lib.len(), 4);
        assert_eq!(
            lib.duplicate(&id(1), id(7), 901),
            Err(LibraryError::DuplicateId(id(7)))
        );
    }

    #[test]
    fn copy_title_stays_within_the_limit() {
        let long = "Я".repeat(super::super::meta::MAX_TITLE_CHARS);
        let title = copy_title(&long);
        assert!(title.ends_with(COPY_SUFFIX));
        assert_eq!(title.chars().count(), super::super::meta::MAX_TITLE_CHARS);
    }

    #[test]
    fn trash_restore_and_purge() {
        let mut lib = library_of_three();
        lib.delete(&id(2), 1_000).expect("live");
        assert_eq!(ids(&lib.list()), [id(3), id(1)]);
        assert_eq!(ids(&lib.trash()), [id(2)]);
        assert_eq!(
            lib.rename(&id(2), "x", 1),
            Err(LibraryError::InTrash(id(2)))
        );
        assert_eq!(lib.delete(&id(2), 1), Err(LibraryError::InTrash(id(2))));

        lib.restore(&id(2)).expect("in trash");
        assert_eq!(ids(&lib.list()), [id(2), id(3), id(1)]);
        assert_eq!(lib.restore(&id(2)), Err(LibraryError::NotInTrash(id(2))));

        lib.delete(&id(2), 1_000).expect("live");
        lib.delete(&id(3), 1_000 + 5 * DAY_MS).expect("live");
        let now = 1_000 + 31 * DAY_MS;
        let purged = lib.purge_trash(now, DEFAULT_TRASH_DAYS);
        assert_eq!(purged.len(), 1);
        assert_eq!(purged[0].id, id(2));
        assert_eq!(ids(&lib.trash()), [id(3)]);
        assert!(!lib.contains(&id(2)));
        assert!(lib.purge_trash(now, DEFAULT_TRASH_DAYS).is_empty());
    }

    #[test]
    fn from_entries_keeps_the_newest_revision() {
        let doc = sample_decision();
        let mut old = DraftMeta::new(id(1), &doc, 10);
        old.revision = 3;
        let mut new = old.clone();
        new.revision = 5;
        new.title = "новее".into();
        let lib = Library::from_entries([new.clone(), old.clone()]);
        assert_eq!(lib.get(&id(1)), Some(&new));
        let lib = Library::from_entries([old, new.clone()]);
        assert_eq!(lib.get(&id(1)), Some(&new));
    }
}
