//! Pairing the nodes of two lists (one node kind, old and new document) and
//! deciding which paired nodes moved.
//!
//! Every step is near-linear: key matching uses hash maps, similarity
//! matching uses an inverted index that ignores words occurring in more than
//! [`POSTING_CAP`] nodes and scores at most [`CANDIDATES`] candidates per
//! node, and moves come from a longest increasing subsequence in
//! O(n log n).

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

use super::similarity::Bag;

/// Words found in more nodes than this do not propose candidates (they
/// still count in the similarity score). Keeps similarity matching linear
/// when every directive starts with `обеспечить`.
const POSTING_CAP: usize = 64;

/// Candidates scored per unmatched node, those sharing most rare words.
const CANDIDATES: usize = 8;

/// A one-to-one pairing of old nodes `0..old_len` with new nodes
/// `0..new_len`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pairing {
    old: Vec<Option<usize>>,
    new: Vec<Option<usize>>,
}

impl Pairing {
    pub(crate) fn new(old_len: usize, new_len: usize) -> Self {
        Pairing {
            old: vec![None; old_len],
            new: vec![None; new_len],
        }
    }

    pub(crate) fn old_len(&self) -> usize {
        self.old.len()
    }

    pub(crate) fn new_len(&self) -> usize {
        self.new.len()
    }

    pub(crate) fn of_old(&self, old: usize) -> Option<usize> {
        self.old.get(old).copied().flatten()
    }

    pub(crate) fn of_new(&self, new: usize) -> Option<usize> {
        self.new.get(new).copied().flatten()
    }

    /// Pairs `(old, new)` in old order.
    pub(crate) fn pairs(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.old
            .iter()
            .enumerate()
            .filter_map(|(o, n)| Some((o, (*n)?)))
    }

    fn pair(&mut self, old: usize, new: usize) {
        let free = self.of_old(old).is_none() && self.of_new(new).is_none();
        if let (true, Some(o), Some(n)) = (free, self.old.get_mut(old), self.new.get_mut(new)) {
            *o = Some(new);
            *n = Some(old);
        }
    }

    /// Undoes the pair of old node `old`, if any.
    pub(crate) fn unpair(&mut self, old: usize) {
        if let Some(new) = self.old.get_mut(old).and_then(Option::take) {
            if let Some(slot) = self.new.get_mut(new) {
                *slot = None;
            }
        }
    }

    /// Pairs unpaired nodes with equal keys (`None` never matches), the
    /// first unpaired old node with the first unpaired new node for each
    /// key.
    pub(crate) fn by_key<K: Hash + Eq>(&mut self, old_keys: &[Option<K>], new_keys: &[Option<K>]) {
        let mut waiting: HashMap<&K, VecDeque<usize>> = HashMap::new();
        for (n, key) in new_keys.iter().enumerate() {
            if let (Some(key), None) = (key, self.of_new(n)) {
                waiting.entry(key).or_default().push_back(n);
            }
        }
        for (o, key) in old_keys.iter().enumerate() {
            if self.of_old(o).is_some() {
                continue;
            }
            let found = key
                .as_ref()
                .and_then(|k| waiting.get_mut(k))
                .and_then(VecDeque::pop_front);
            if let Some(n) = found {
                self.pair(o, n);
            }
        }
    }

    /// Pairs unpaired nodes whose word bags are similar, best pairs first
    /// (ties: the pair closest in position, then old order).
    pub(crate) fn by_similarity(&mut self, old_bags: &[&Bag], new_bags: &[&Bag]) {
        let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
        for (n, bag) in new_bags.iter().enumerate() {
            if self.of_new(n).is_none() {
                for word in bag.distinct() {
                    postings.entry(word).or_default().push(n);
                }
            }
        }
        let mut scored: Vec<(f64, usize, usize, usize)> = Vec::new();
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for (o, bag) in old_bags.iter().enumerate() {
            if self.of_old(o).is_some() || bag.is_empty() {
                continue;
            }
            shared.clear();
            for word in bag.distinct() {
                match postings.get(&word) {
                    Some(list) if list.len() <= POSTING_CAP => {
                        for &n in list {
                            *shared.entry(n).or_default() += 1;
                        }
                    }
                    _ => {}
                }
            }
            let mut best: Vec<(usize, usize)> = shared.iter().map(|(&n, &c)| (c, n)).collect();
            best.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
            for &(_, n) in best.iter().take(CANDIDATES) {
                if let Some(&other) = new_bags.get(n) {
                    let score = bag.dice(other);
                    if bag.similar(other) {
                        scored.push((score, o.abs_diff(n), o, n));
                    }
                }
            }
        }
        scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        self.by_scores(scored.into_iter().map(|(_, _, o, n)| (o, n)));
    }

    /// Pairs `(old, new)` candidates in the given order (best first),
    /// skipping those whose old or new node is already paired.
    pub(crate) fn by_scores(&mut self, ranked: impl IntoIterator<Item = (usize, usize)>) {
        for (o, n) in ranked {
            self.pair(o, n);
        }
    }
}

/// Positions (indexes into `seq`) of one longest strictly increasing
/// subsequence of `seq`, in O(n log n).
pub(crate) fn longest_increasing(seq: &[usize]) -> Vec<usize> {
    // tails[l] = index in seq of the smallest tail of an increasing
    // subsequence of length l + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; seq.len()];
    for (i, &value) in seq.iter().enumerate() {
        let len = tails.partition_point(|&t| seq.get(t).is_some_and(|&v| v < value));
        previous[i] = len.checked_sub(1).and_then(|l| tails.get(l).copied());
        if len == tails.len() {
            tails.push(i);
        } else if let Some(slot) = tails.get_mut(len) {
            *slot = i;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(i) = at {
        out.push(i);
        at = previous.get(i).copied().flatten();
    }
    out.reverse();
    out
}

/// For nodes that stayed in the same container, given in new order with
/// their old positions: which of them are off the longest common
/// subsequence, i.e. moved (by index into `old_positions`).
pub(crate) fn reordered(old_positions: &[usize]) -> Vec<bool> {
    let mut moved = vec![true; old_positions.len()];
    for i in longest_increasing(old_positions) {
        if let Some(m) = moved.get_mut(i) {
            *m = false;
        }
    }
    moved
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::similarity::Vocabulary;

    #[test]
    fn lis_finds_the_stable_core() {
        assert_eq!(longest_increasing(&[0, 1, 2, 3]), vec![0, 1, 2, 3]);
        // Element 3 moved to the front: only it is off the LIS.
        assert_eq!(reordered(&[3, 0, 1, 2]), vec![true, false, false, false]);
        assert_eq!(reordered(&[1, 0]).iter().filter(|m| **m).count(), 1);
        assert!(longest_increasing(&[]).is_empty());
    }

    #[test]
    fn key_matching_pairs_in_order() {
        let mut p = Pairing::new(3, 3);
        p.by_key(
            &[Some("a"), Some("b"), Some("a")],
            &[Some("a"), Some("a"), None],
        );
        assert_eq!(p.pairs().collect::<Vec<_>>(), vec![(0, 0), (2, 1)]);
        assert_eq!(p.of_new(2), None);
    }

    #[test]
    fn similarity_matching_prefers_best_pair() {
        let mut v = Vocabulary::default();
        let old = [v
            .analyse(["обеспечить охват детей дополнительным образованием до 1 октября"])
            .bag];
        let new = [
            v.analyse(["провести семинар для педагогов"]).bag,
            v.analyse(["обеспечить охват детей дополнительным образованием до 15 ноября"])
                .bag,
        ];
        let mut p = Pairing::new(1, 2);
        p.by_similarity(
            &old.iter().collect::<Vec<_>>(),
            &new.iter().collect::<Vec<_>>(),
        );
        assert_eq!(p.of_old(0), Some(1));
    }
}
