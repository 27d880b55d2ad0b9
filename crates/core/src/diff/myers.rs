//! Myers' O(ND) difference algorithm in its linear-space form (the "middle
//! snake" bisection), over sequences of interned token numbers.
//!
//! Memory is O(N + M) per recursion level and the recursion depth is about
//! log2(D), so long paragraphs never allocate a D×D trace. Time is
//! O((N + M)·D), which is bounded by a work budget: every diagonal step
//! spends one unit, and once [`WORK_LIMIT`] units are spent the sub-range
//! still being resolved is reported as one deletion plus one insertion. The
//! result is then coarser but still a correct edit script (replaying it
//! reproduces both sequences), and a diff of two unrelated 10,000-word texts
//! costs milliseconds instead of seconds.

use std::ops::Range;

/// Diagonal steps allowed for one pair of sequences before the remaining
/// unresolved part is reported as a plain replacement.
pub(crate) const WORK_LIMIT: usize = 2_000_000;

/// One run of the edit script, as ranges into the old (`a`) and new (`b`)
/// sequences.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Op {
    Equal { a: Range<usize>, b: Range<usize> },
    Delete(Range<usize>),
    Insert(Range<usize>),
}

/// The edit script turning `a` into `b`, in order, with adjacent runs of
/// the same kind merged.
pub(crate) fn diff(a: &[u32], b: &[u32]) -> Vec<Op> {
    let mut out = Script::default();
    let mut budget = WORK_LIMIT;
    solve(a, b, 0, 0, &mut budget, &mut out);
    out.ops
}

#[derive(Default)]
struct Script {
    ops: Vec<Op>,
}

impl Script {
    fn equal(&mut self, a: Range<usize>, b: Range<usize>) {
        if a.is_empty() {
            return;
        }
        if let Some(Op::Equal {
            a: last_a,
            b: last_b,
        }) = self.ops.last_mut()
        {
            if last_a.end == a.start && last_b.end == b.start {
                last_a.end = a.end;
                last_b.end = b.end;
                return;
            }
        }
        self.ops.push(Op::Equal { a, b });
    }

    fn delete(&mut self, a: Range<usize>) {
        if a.is_empty() {
            return;
        }
        // Keep deletions before insertions inside one changed region so
        // renderers show `[-old-]{+new+}`.
        let at = self.ops.len();
        let (insert_at, merge_into) = match self.ops.last() {
            Some(Op::Insert(_)) => match at.checked_sub(2).and_then(|i| self.ops.get(i)) {
                Some(Op::Delete(_)) => (at - 1, Some(at - 2)),
                _ => (at - 1, None),
            },
            Some(Op::Delete(_)) => (at, Some(at - 1)),
            _ => (at, None),
        };
        if let Some(Op::Delete(prev)) = merge_into.and_then(|i| self.ops.get_mut(i)) {
            if prev.end == a.start {
                prev.end = a.end;
                return;
            }
        }
        self.ops.insert(insert_at, Op::Delete(a));
    }

    fn insert(&mut self, b: Range<usize>) {
        if b.is_empty() {
            return;
        }
        if let Some(Op::Insert(prev)) = self.ops.last_mut() {
            if prev.end == b.start {
                prev.end = b.end;
                return;
            }
        }
        self.ops.push(Op::Insert(b));
    }
}

/// Diff `a` against `b`, whose first elements sit at `a0`/`b0` in the
/// original sequences.
fn solve(a: &[u32], b: &[u32], a0: usize, b0: usize, budget: &mut usize, out: &mut Script) {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    out.equal(a0..a0 + prefix, b0..b0 + prefix);
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let (a0, b0) = (a0 + prefix, b0 + prefix);

    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a_mid, b_mid) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);

    if a_mid.is_empty() || b_mid.is_empty() {
        out.delete(a0..a0 + a_mid.len());
        out.insert(b0..b0 + b_mid.len());
    } else {
        match middle_snake(a_mid, b_mid, budget) {
            Some((x, y)) => {
                solve(&a_mid[..x], &b_mid[..y], a0, b0, budget, out);
                solve(&a_mid[x..], &b_mid[y..], a0 + x, b0 + y, budget, out);
            }
            None => {
                out.delete(a0..a0 + a_mid.len());
                out.insert(b0..b0 + b_mid.len());
            }
        }
    }
    let (a_end, b_end) = (a0 + a_mid.len(), b0 + b_mid.len());
    out.equal(a_end..a_end + suffix, b_end..b_end + suffix);
}

/// A split point `(x, y)` on an optimal edit path through the middle snake,
/// with `0 < x + y < a.len() + b.len()`, or `None` when the work budget ran
/// out. Both sequences must be non-empty and differ at both ends.
fn middle_snake(a: &[u32], b: &[u32], budget: &mut usize) -> Option<(usize, usize)> {
    let n = a.len() as isize;
    let m = b.len() as isize;
    let max_d = (n + m + 1) / 2;
    let offset = max_d + 1;
    let width = (2 * offset + 1) as usize;
    let mut forward = vec![-1isize; width];
    let mut reverse = vec![-1isize; width];
    let slot = |k: isize| (offset + k) as usize;
    forward[slot(1)] = 0;
    reverse[slot(1)] = 0;
    let delta = n - m;
    let odd = delta % 2 != 0;
    // Diagonals that ran off the grid are skipped in later rounds.
    let (mut f_start, mut f_end, mut r_start, mut r_end) = (0isize, 0isize, 0isize, 0isize);

    for d in 0..=max_d {
        let mut k = -d + f_start;
        while k <= d - f_end {
            *budget = budget.checked_sub(1)?;
            let mut x = if k == -d || (k != d && forward[slot(k - 1)] < forward[slot(k + 1)]) {
                forward[slot(k + 1)]
            } else {
                forward[slot(k - 1)] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            forward[slot(k)] = x;
            if x > n {
                f_end += 2;
            } else if y > m {
                f_start += 2;
            } else if odd {
                let back = slot_checked(offset, delta - k).and_then(|i| reverse.get(i));
                if let Some(&back) = back {
                    if back != -1 && x >= n - back {
                        return split(x, y, n, m);
                    }
                }
            }
            k += 2;
        }

        let mut k = -d + r_start;
        while k <= d - r_end {
            *budget = budget.checked_sub(1)?;
            let mut x = if k == -d || (k != d && reverse[slot(k - 1)] < reverse[slot(k + 1)]) {
                reverse[slot(k + 1)]
            } else {
                reverse[slot(k - 1)] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[(n - x - 1) as usize] == b[(m - y - 1) as usize] {
                x += 1;
                y += 1;
            }
            reverse[slot(k)] = x;
            if x > n {
                r_end += 2;
            } else if y > m {
                r_start += 2;
            } else if !odd {
                let fk = delta - k;
                let fx = slot_checked(offset, fk).and_then(|i| forward.get(i));
                if let Some(&fx) = fx {
                    if fx != -1 && fx >= n - x {
                        return split(fx, fx - fk, n, m);
                    }
                }
            }
            k += 2;
        }
    }
    None
}

fn slot_checked(offset: isize, k: isize) -> Option<usize> {
    usize::try_from(offset + k).ok()
}

/// Converts a middle-snake point to a split that makes progress on both
/// halves (never the empty prefix or the whole range).
fn split(x: isize, y: isize, n: isize, m: isize) -> Option<(usize, usize)> {
    let (x, y) = (x.clamp(0, n), y.clamp(0, m));
    if x + y == 0 || x + y == n + m {
        return None;
    }
    Some((x as usize, y as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(a: &[u32], b: &[u32], ops: &[Op]) -> (Vec<u32>, Vec<u32>, usize) {
        let (mut old, mut new, mut edits) = (Vec::new(), Vec::new(), 0);
        for op in ops {
            match op {
                Op::Equal { a: ra, b: rb } => {
                    assert_eq!(a[ra.clone()], b[rb.clone()]);
                    old.extend_from_slice(&a[ra.clone()]);
                    new.extend_from_slice(&b[rb.clone()]);
                }
                Op::Delete(r) => {
                    edits += r.len();
                    old.extend_from_slice(&a[r.clone()]);
                }
                Op::Insert(r) => {
                    edits += r.len();
                    new.extend_from_slice(&b[r.clone()]);
                }
            }
        }
        (old, new, edits)
    }

    /// Edit distance (insertions plus deletions) by the textbook table.
    fn lcs_distance(a: &[u32], b: &[u32]) -> usize {
        let mut row = vec![0usize; b.len() + 1];
        for x in a {
            let mut diag = 0;
            for (j, y) in b.iter().enumerate() {
                let up = row[j + 1];
                row[j + 1] = if x == y { diag + 1 } else { up.max(row[j]) };
                diag = up;
            }
        }
        a.len() + b.len() - 2 * row[b.len()]
    }

    #[test]
    fn classic_example_is_minimal() {
        let a = [1, 2, 3, 1, 2, 2, 1];
        let b = [3, 2, 1, 2, 1, 3];
        let ops = diff(&a, &b);
        let (old, new, edits) = apply(&a, &b, &ops);
        assert_eq!(old, a);
        assert_eq!(new, b);
        assert_eq!(edits, 5);
    }

    #[test]
    fn identical_and_empty() {
        assert_eq!(diff(&[1, 2], &[1, 2]), vec![Op::Equal { a: 0..2, b: 0..2 }]);
        assert_eq!(diff(&[], &[4]), vec![Op::Insert(0..1)]);
        assert_eq!(diff(&[4], &[]), vec![Op::Delete(0..1)]);
        assert!(diff(&[], &[]).is_empty());
    }

    #[test]
    fn minimal_on_many_small_cases() {
        // A small deterministic generator keeps the test reproducible.
        let mut seed = 0x2545_f491_u64;
        let mut next = |bound: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % bound) as u32
        };
        for _ in 0..2000 {
            let a: Vec<u32> = (0..next(12)).map(|_| next(4)).collect();
            let b: Vec<u32> = (0..next(12)).map(|_| next(4)).collect();
            let ops = diff(&a, &b);
            let (old, new, edits) = apply(&a, &b, &ops);
            assert_eq!(old, a);
            assert_eq!(new, b);
            assert_eq!(edits, lcs_distance(&a, &b), "{a:?} -> {b:?}");
        }
    }

    #[test]
    fn budget_exhaustion_still_gives_a_valid_script() {
        let a: Vec<u32> = (0..3000).map(|i| i % 7).collect();
        let b: Vec<u32> = (0..3000).map(|i| (i * 5 + 3) % 11).collect();
        let mut out = Script::default();
        let mut budget = 100;
        solve(&a, &b, 0, 0, &mut budget, &mut out);
        let (old, new, _) = apply(&a, &b, &out.ops);
        assert_eq!(old, a);
        assert_eq!(new, b);
    }
}
