//! Version history of one draft: a ring of recent versions with their
//! times. A save identical to the latest version stores nothing; saves in
//! quick succession (autosave while typing) replace the latest version
//! instead of pushing older ones out; restoring a version makes it the
//! newest one, so a restore can itself be undone.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// When a new version is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryPolicy {
    /// Versions kept; the oldest is dropped beyond this.
    pub capacity: usize,
    /// A save this soon after the latest version replaces it rather than
    /// adding a version (0 keeps every distinct save).
    pub min_interval_ms: u64,
}

impl Default for HistoryPolicy {
    fn default() -> Self {
        HistoryPolicy {
            capacity: 30,
            min_interval_ms: 60_000,
        }
    }
}

/// When a version was saved, without its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct VersionStamp {
    /// Increases with every kept version of the draft; never reused.
    pub seq: u64,
    pub saved_at_ms: u64,
}

/// One kept version: the draft JSON at that time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    pub stamp: VersionStamp,
    pub json: String,
}

/// What to do with a new save, as decided by [`plan_record`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordPlan {
    /// Same content as the latest version: store nothing.
    Unchanged,
    /// Overwrite the latest version (`seq`) with the new content and time.
    Replace { seq: u64 },
    /// Add version `seq` and drop the versions in `evict` (oldest first).
    Append { seq: u64, evict: Vec<u64> },
}

/// Decides how to record `json` saved at `now_ms`, given the sequence
/// numbers of the kept versions (any order) and the latest version with its
/// content. `force` always appends a distinct save (a restore, an import,
/// closing the page).
pub fn plan_record(
    kept: &[u64],
    latest: Option<(VersionStamp, &str)>,
    json: &str,
    now_ms: u64,
    force: bool,
    policy: HistoryPolicy,
) -> RecordPlan {
    let mut seqs: Vec<u64> = kept.to_vec();
    if let Some((stamp, _)) = latest {
        seqs.push(stamp.seq);
    }
    seqs.sort_unstable();
    seqs.dedup();
    if let Some((stamp, latest_json)) = latest {
        if latest_json == json {
            return RecordPlan::Unchanged;
        }
        let recent = now_ms.saturating_sub(stamp.saved_at_ms) < policy.min_interval_ms;
        // The first version is never replaced: it is the draft's first state.
        if recent && !force && seqs.len() > 1 {
            return RecordPlan::Replace { seq: stamp.seq };
        }
    }
    let newest = seqs.last().copied();
    let seq = newest.map_or(1, |s| s.saturating_add(1));
    let capacity = policy.capacity.max(1);
    let excess = (seqs.len() + 1).saturating_sub(capacity);
    let evict = seqs.into_iter().take(excess).collect();
    RecordPlan::Append { seq, evict }
}

/// What [`History::record`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    Unchanged,
    Replaced(VersionStamp),
    Appended(VersionStamp),
}

/// A version asked for is not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("version {0} is not in the history")]
pub struct UnknownVersion(pub u64);

/// The history of one draft held in memory (the storage adapter keeps the
/// same shape in its `versions` store and plans with [`plan_record`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    policy: HistoryPolicy,
    /// Oldest first.
    versions: VecDeque<Version>,
}

impl History {
    pub fn new(policy: HistoryPolicy) -> Self {
        History {
            policy,
            versions: VecDeque::new(),
        }
    }

    /// A history of stored versions, ordered and cut to the capacity.
    pub fn from_versions(policy: HistoryPolicy, mut versions: Vec<Version>) -> Self {
        versions.sort_by_key(|v| v.stamp.seq);
        versions.dedup_by_key(|v| v.stamp.seq);
        let excess = versions.len().saturating_sub(policy.capacity.max(1));
        History {
            policy,
            versions: versions.into_iter().skip(excess).collect(),
        }
    }

    pub fn policy(&self) -> HistoryPolicy {
        self.policy
    }

    /// Kept versions, newest first.
    pub fn versions(&self) -> impl Iterator<Item = &Version> {
        self.versions.iter().rev()
    }

    pub fn latest(&self) -> Option<&Version> {
        self.versions.back()
    }

    pub fn get(&self, seq: u64) -> Option<&Version> {
        self.versions.iter().find(|v| v.stamp.seq == seq)
    }

    pub fn len(&self) -> usize {
        self.versions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.versions.is_empty()
    }

    /// Records a save of `json` at `now_ms`.
    pub fn record(&mut self, json: &str, now_ms: u64, force: bool) -> Recorded {
        let kept: Vec<u64> = self.versions.iter().map(|v| v.stamp.seq).collect();
        let latest = self.latest().map(|v| (v.stamp, v.json.as_str()));
        match plan_record(&kept, latest, json, now_ms, force, self.policy) {
            RecordPlan::Unchanged => Recorded::Unchanged,
            RecordPlan::Replace { seq } => {
                let stamp = VersionStamp {
                    seq,
                    saved_at_ms: now_ms,
                };
                if let Some(latest) = self.versions.back_mut() {
                    latest.stamp = stamp;
                    latest.json = json.to_string();
                }
                Recorded::Replaced(stamp)
            }
            RecordPlan::Append { seq, evict } => {
                self.versions.retain(|v| !evict.contains(&v.stamp.seq));
                let stamp = VersionStamp {
                    seq,
                    saved_at_ms: now_ms,
                };
                self.versions.push_back(Version {
                    stamp,
                    json: json.to_string(),
                });
                Recorded::Appended(stamp)
            }
        }
    }

    /// Makes version `seq` the newest version again and returns its JSON.
    pub fn restore(&mut self, seq: u64, now_ms: u64) -> Result<String, UnknownVersion> {
        let json = self.get(seq).ok_or(UnknownVersion(seq))?.json.clone();
        self.record(&json, now_ms, true);
        Ok(json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVERY_SAVE: HistoryPolicy = HistoryPolicy {
        capacity: 20,
        min_interval_ms: 0,
    };

    fn seqs(h: &History) -> Vec<u64> {
        h.versions().map(|v| v.stamp.seq).collect()
    }

    #[test]
    fn keeps_the_last_twenty_distinct_versions_with_times() {
        let mut h = History::new(EVERY_SAVE);
        for n in 1..=25u64 {
            let recorded = h.record(&format!("v{n}"), n * 1_000, false);
            assert_eq!(
                recorded,
                Recorded::Appended(VersionStamp {
                    seq: n,
                    saved_at_ms: n * 1_000
                })
            );
        }
        assert_eq!(h.len(), 20);
        assert_eq!(seqs(&h), (6..=25).rev().collect::<Vec<_>>());
        assert_eq!(h.latest().map(|v| v.json.as_str()), Some("v25"));
        assert_eq!(h.get(6).map(|v| v.stamp.saved_at_ms), Some(6_000));
        assert!(h.get(5).is_none());
    }

    #[test]
    fn identical_saves_are_coalesced() {
        let mut h = History::new(EVERY_SAVE);
        h.record("a", 1, false);
        assert_eq!(h.record("a", 2, false), Recorded::Unchanged);
        assert_eq!(h.record("a", 3, true), Recorded::Unchanged);
        h.record("b", 4, false);
        assert_eq!(h.len(), 2);
    }

    #[test]
    fn quick_saves_replace_the_latest_version() {
        let policy = HistoryPolicy {
            capacity: 20,
            min_interval_ms: 60_000,
        };
        let mut h = History::new(policy);
        h.record("first", 0, false);
        // The first state is never replaced.
        assert!(matches!(
            h.record("typing 1", 500, false),
            Recorded::Appended(_)
        ));
        assert_eq!(
            h.record("typing 2", 1_000, false),
            Recorded::Replaced(VersionStamp {
                seq: 2,
                saved_at_ms: 1_000
            })
        );
        assert_eq!(h.len(), 2);
        assert_eq!(h.latest().map(|v| v.json.as_str()), Some("typing 2"));
        // A minute after the latest, a new version starts.
        assert!(matches!(
            h.record("later", 70_000, false),
            Recorded::Appended(_)
        ));
        // Forced saves always append.
        assert!(matches!(
            h.record("closing", 70_100, true),
            Recorded::Appended(_)
        ));
        assert_eq!(seqs(&h), [4, 3, 2, 1]);
    }

    #[test]
    fn restore_appends_the_old_content_as_newest() {
        let mut h = History::new(EVERY_SAVE);
        h.record("one", 1, false);
        h.record("two", 2, false);
        assert_eq!(h.restore(1, 3), Ok("one".to_string()));
        assert_eq!(seqs(&h), [3, 2, 1]);
        assert_eq!(h.latest().map(|v| v.json.as_str()), Some("one"));
        assert_eq!(h.restore(42, 4), Err(UnknownVersion(42)));
    }

    #[test]
    fn plan_evicts_oldest_beyond_capacity() {
        let kept: Vec<u64> = (1..=20).rev().collect();
        let latest = VersionStamp {
            seq: 20,
            saved_at_ms: 20,
        };
        let plan = plan_record(&kept, Some((latest, "x")), "y", 100, false, EVERY_SAVE);
        assert_eq!(
            plan,
            RecordPlan::Append {
                seq: 21,
                evict: vec![1]
            }
        );
        let small = HistoryPolicy {
            capacity: 18,
            min_interval_ms: 0,
        };
        let plan = plan_record(&kept, Some((latest, "x")), "y", 100, false, small);
        assert_eq!(
            plan,
            RecordPlan::Append {
                seq: 21,
                evict: vec![1, 2, 3]
            }
        );
        assert_eq!(
            plan_record(&[], None, "y", 0, false, EVERY_SAVE),
            RecordPlan::Append {
                seq: 1,
                evict: vec![]
            }
        );
        assert_eq!(
            plan_record(&kept, Some((latest, "y")), "y", 100, true, EVERY_SAVE),
            RecordPlan::Unchanged
        );
    }

    #[test]
    fn from_versions_orders_and_trims() {
        let v = |seq: u64| Version {
            stamp: VersionStamp {
                seq,
                saved_at_ms: seq * 10,
            },
            json: format!("v{seq}"),
        };
        let policy = HistoryPolicy {
            capacity: 3,
            min_interval_ms: 0,
        };
        let h = History::from_versions(policy, vec![v(4), v(1), v(5), v(2), v(3)]);
        assert_eq!(seqs(&h), [5, 4, 3]);
    }
}
