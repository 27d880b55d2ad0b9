//! When to save and what the status indicator says. A pure state machine:
//! the app reports edits, timer ticks, page hiding and save results; the
//! machine says when a save is due. Saves run one at a time; an edit during
//! a save makes another save due after it.

use serde::{Deserialize, Serialize};

/// Quiet time after the last edit before an autosave.
pub const AUTOSAVE_DELAY_MS: u64 = 500;

/// What the indicator shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SaveStatus {
    /// Everything typed is stored.
    Saved,
    /// Edits wait for the quiet time.
    Pending,
    /// A save is running.
    Saving,
    /// The last save failed; the text is still in memory.
    Failed,
}

/// The autosave state of the open draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Autosave {
    delay_ms: u64,
    /// Time of the last edit not yet covered by a started save.
    dirty_since_edit: Option<u64>,
    saving: bool,
    failed: bool,
}

impl Default for Autosave {
    fn default() -> Self {
        Self::new(AUTOSAVE_DELAY_MS)
    }
}

impl Autosave {
    pub fn new(delay_ms: u64) -> Self {
        Autosave {
            delay_ms,
            dirty_since_edit: None,
            saving: false,
            failed: false,
        }
    }

    pub fn status(&self) -> SaveStatus {
        if self.saving {
            SaveStatus::Saving
        } else if self.failed {
            SaveStatus::Failed
        } else if self.dirty_since_edit.is_some() {
            SaveStatus::Pending
        } else {
            SaveStatus::Saved
        }
    }

    /// Whether there is text not yet stored (for `beforeunload` and for
    /// judging another tab's save).
    pub fn has_unsaved_changes(&self) -> bool {
        self.dirty_since_edit.is_some() || self.saving || self.failed
    }

    /// The author changed the document at `now_ms`.
    pub fn edited(&mut self, now_ms: u64) {
        self.dirty_since_edit = Some(now_ms);
    }

    /// When the next check should run, if a save is waiting.
    pub fn due_at(&self) -> Option<u64> {
        self.dirty_since_edit
            .filter(|_| !self.saving)
            .map(|at| at.saturating_add(self.delay_ms))
    }

    /// Whether to start a save now: the quiet time has passed and no save
    /// is running. Starting marks the save as running.
    pub fn tick(&mut self, now_ms: u64) -> bool {
        match self.due_at() {
            Some(due) if now_ms >= due => self.start(),
            _ => false,
        }
    }

    /// The page is being hidden or closed: start a save at once if anything
    /// is unsaved and none is running.
    pub fn page_hidden(&mut self) -> bool {
        if self.dirty_since_edit.is_some() && !self.saving {
            self.start()
        } else {
            false
        }
    }

    fn start(&mut self) -> bool {
        self.saving = true;
        self.dirty_since_edit = None;
        true
    }

    /// The running save stored the text it started with.
    pub fn succeeded(&mut self) {
        self.saving = false;
        self.failed = false;
    }

    /// The running save failed: the text it carried is unsaved again.
    pub fn failed(&mut self, now_ms: u64) {
        self.saving = false;
        self.failed = true;
        self.dirty_since_edit.get_or_insert(now_ms);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_after_the_quiet_time() {
        let mut a = Autosave::default();
        assert_eq!(a.status(), SaveStatus::Saved);
        a.edited(1_000);
        a.edited(1_300);
        assert_eq!(a.status(), SaveStatus::Pending);
        assert_eq!(a.due_at(), Some(1_800));
        assert!(!a.tick(1_700));
        assert!(a.tick(1_800));
        assert_eq!(a.status(), SaveStatus::Saving);
        assert!(!a.tick(5_000), "one save at a time");
        a.succeeded();
        assert_eq!(a.status(), SaveStatus::Saved);
        assert!(!a.has_unsaved_changes());
    }

    #[test]
    fn edits_during_a_save_make_another_save_due() {
        let mut a = Autosave::default();
        a.edited(0);
        assert!(a.tick(500));
        a.edited(600);
        assert_eq!(a.due_at(), None, "waits for the running save");
        a.succeeded();
        assert_eq!(a.status(), SaveStatus::Pending);
        assert!(a.tick(1_100));
    }

    #[test]
    fn hiding_the_page_saves_at_once() {
        let mut a = Autosave::default();
        assert!(!a.page_hidden(), "nothing to save");
        a.edited(10);
        assert!(a.page_hidden());
        assert_eq!(a.status(), SaveStatus::Saving);
    }

    #[test]
    fn a_failed_save_keeps_the_text_unsaved_and_retries() {
        let mut a = Autosave::default();
        a.edited(0);
        assert!(a.tick(500));
        a.failed(520);
        assert_eq!(a.status(), SaveStatus::Failed);
        assert!(a.has_unsaved_changes());
        assert!(a.tick(1_020), "retried after the quiet time");
        a.succeeded();
        assert_eq!(a.status(), SaveStatus::Saved);
    }
}
