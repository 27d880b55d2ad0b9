//! The same draft open in two tabs. Every stored save carries a revision
//! and the tab that wrote it; a tab saves only over the revision it started
//! from. Anything else is a conflict, never a silent overwrite: the author
//! chooses to reload the stored version or to keep their text as a copy.

use serde::{Deserialize, Serialize};

use super::id::{DraftId, TabId};

/// Whether a save may go ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveDecision {
    /// Store the save as `revision`.
    Write { revision: u64 },
    /// Someone else stored `stored` since this tab read `base`.
    Conflict { stored: u64, base: u64 },
}

/// Decides a save by a tab that last read (or wrote) `my_base_rev`, when
/// the store holds `stored_rev` (`None`: no record, e.g. a new draft or one
/// purged elsewhere; writing it back loses nothing).
pub fn decide_save(stored_rev: Option<u64>, my_base_rev: u64) -> SaveDecision {
    match stored_rev {
        None => SaveDecision::Write {
            revision: my_base_rev.saturating_add(1),
        },
        Some(stored) if stored == my_base_rev => SaveDecision::Write {
            revision: stored.saturating_add(1),
        },
        Some(stored) => SaveDecision::Conflict {
            stored,
            base: my_base_rev,
        },
    }
}

/// What the author is offered on a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictChoice {
    /// Drop this tab's unsaved changes and load the stored version.
    ReloadTheirs,
    /// Store this tab's text as a new draft (`… (копия)`), leaving the
    /// stored one as the other tab wrote it.
    KeepMineAsCopy,
}

impl ConflictChoice {
    /// Both choices, in the order they are offered.
    pub const OFFERED: [ConflictChoice; 2] =
        [ConflictChoice::KeepMineAsCopy, ConflictChoice::ReloadTheirs];
}

/// Sent to other tabs after every stored save.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveAnnouncement {
    pub draft_id: DraftId,
    pub revision: u64,
    pub tab_id: TabId,
}

/// How a tab should react to another tab's announcement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemoteSave {
    /// Another draft, this tab's own save, or nothing newer.
    Ignore,
    /// The open draft was saved elsewhere and this tab has no unsaved
    /// changes: reload it quietly.
    Reload { revision: u64 },
    /// The open draft was saved elsewhere while this tab has unsaved
    /// changes: offer [`ConflictChoice::OFFERED`] now, before typing on.
    Conflict { revision: u64 },
}

/// Judges `announcement` for a tab `me` showing `open` at `base_rev`,
/// with or without unsaved changes.
pub fn on_announcement(
    me: &TabId,
    open: &DraftId,
    base_rev: u64,
    has_unsaved_changes: bool,
    announcement: &SaveAnnouncement,
) -> RemoteSave {
    if &announcement.tab_id == me
        || &announcement.draft_id != open
        || announcement.revision <= base_rev
    {
        return RemoteSave::Ignore;
    }
    if has_unsaved_changes {
        RemoteSave::Conflict {
            revision: announcement.revision,
        }
    } else {
        RemoteSave::Reload {
            revision: announcement.revision,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_over_the_read_revision_only() {
        assert_eq!(decide_save(None, 0), SaveDecision::Write { revision: 1 });
        assert_eq!(decide_save(Some(4), 4), SaveDecision::Write { revision: 5 });
        assert_eq!(
            decide_save(Some(5), 4),
            SaveDecision::Conflict { stored: 5, base: 4 }
        );
        // A record that went back (restored from elsewhere) is not
        // overwritten either.
        assert_eq!(
            decide_save(Some(2), 4),
            SaveDecision::Conflict { stored: 2, base: 4 }
        );
        assert_eq!(decide_save(None, 7), SaveDecision::Write { revision: 8 });
    }

    #[test]
    fn two_tabs_editing_in_turn_conflict_on_the_second_save() {
        // Both tabs open revision 3.
        let (mut a, b) = (3, 3);
        let stored = match decide_save(Some(3), a) {
            SaveDecision::Write { revision } => revision,
            other => panic!("first save must be written: {other:?}"),
        };
        a = stored;
        assert_eq!(a, 4);
        assert_eq!(
            decide_save(Some(stored), b),
            SaveDecision::Conflict { stored: 4, base: 3 }
        );
    }

    #[test]
    fn announcements_are_judged_per_tab_and_draft() {
        let me = TabId::from_seed(1);
        let other = TabId::from_seed(2);
        let open = DraftId::from_seed(10);
        let ann = |tab: &TabId, draft: u128, revision| SaveAnnouncement {
            draft_id: DraftId::from_seed(draft),
            revision,
            tab_id: tab.clone(),
        };
        assert_eq!(
            on_announcement(&me, &open, 3, true, &ann(&me, 10, 4)),
            RemoteSave::Ignore
        );
        assert_eq!(
            on_announcement(&me, &open, 3, true, &ann(&other, 11, 4)),
            RemoteSave::Ignore
        );
        assert_eq!(
            on_announcement(&me, &open, 3, true, &ann(&other, 10, 3)),
            RemoteSave::Ignore
        );
        assert_eq!(
            on_announcement(&me, &open, 3, false, &ann(&other, 10, 4)),
            RemoteSave::Reload { revision: 4 }
        );
        assert_eq!(
            on_announcement(&me, &open, 3, true, &ann(&other, 10, 4)),
            RemoteSave::Conflict { revision: 4 }
        );
    }

    #[test]
    fn announcement_json_is_stable() {
        let ann = SaveAnnouncement {
            draft_id: DraftId::from_seed(1),
            revision: 9,
            tab_id: TabId::from_seed(2),
        };
        let json = serde_json::to_string(&ann).expect("serializes");
        assert_eq!(
            json,
            r#"{"draft_id":"d-00000000000000000000000001","revision":9,"tab_id":"t-0000000000002"}"#
        );
        let back: SaveAnnouncement = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, ann);
        assert_eq!(ConflictChoice::OFFERED.len(), 2);
    }
}
