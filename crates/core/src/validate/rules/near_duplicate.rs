//! RES304 `near-duplicate-directive`: a directive nearly identical to an
//! earlier one (a changed date, a word added), anywhere in the document.
//!
//! Near-linear, never pairwise: each directive's normalised text is cut
//! into word bigrams (shingles); a one-permutation MinHash signature of
//! [`HASHES`] values (one hash per shingle, spread into bins, see
//! [`one_permutation_minima`]) is split into [`BANDS`] bands of [`ROWS`]
//! rows, and directives sharing a band land in the same bucket
//! (locality-sensitive hashing). Per
//! directive, at most [`CANDIDATES_PER_BUCKET`] most recent earlier mates
//! of each bucket are considered, ranked by the number of bands they share,
//! and only the best [`VERIFIED`] are verified with the exact Jaccard
//! similarity of their shingle sets. That bounds the work per directive by
//! a constant even for documents full of templated directives. Pairs at or
//! above [`THRESHOLD`] are reported on the later directive, pointing at the
//! most similar verified earlier one. Word-for-word copies are RES303's and
//! are skipped here; texts shorter than [`MIN_WORDS`] words are too short
//! to call near-duplicates.
//!
//! A full run forms the buckets by sorting every (band key, position) pair,
//! which touches memory in order (a hash map probed per band misses the
//! cache on every probe in a large document); an edit then patches a bucket
//! map built from the same pairs.
//!
//! With 8 bands of 4 rows a pair with similarity 0.7 becomes a candidate
//! with probability 1 − (1 − 0.7⁴)⁸ ≈ 0.89, one with 0.8 with ≈ 0.985 and
//! one with 0.9 with ≈ 0.9999.

mod bucket;

use std::sync::Arc;

use crate::ids::DirectiveId;
use crate::locale::Locale;
use crate::validate::analysis::Analysis;
use crate::validate::context::{Ctx, DirectiveNode};
use crate::validate::rules::duplicate::{comparable, pair_args, where_en, where_ru};
use crate::validate::words::{mix, U64Map};
use crate::validate::{Args, Diagnostic, Location, RuleCode};
use crate::words::common_sorted;

use bucket::Bucket;

pub(crate) const HASHES: usize = 32;
pub(crate) const BANDS: usize = 8;
pub(crate) const ROWS: usize = HASHES / BANDS;
pub(crate) const MIN_WORDS: usize = 5;
pub(crate) const THRESHOLD: f64 = 0.7;
pub(crate) const CANDIDATES_PER_BUCKET: usize = 4;
pub(crate) const VERIFIED: usize = 2;

/// The LSH band keys of a text's signature.
pub(crate) type Bands = [u64; BANDS];

/// The shingles of a normalised text, from the hashes of its words in
/// order (see [`scan_words`]), into `shingles` (cleared first; sorted,
/// distinct), and its LSH band keys; no shingles and no bands for a text
/// shorter than [`MIN_WORDS`].
///
/// [`scan_words`]: crate::validate::words::scan_words
pub(crate) fn signature(word_hashes: &[u64], shingles: &mut Vec<u64>) -> Option<Bands> {
    shingles.clear();
    if word_hashes.len() < MIN_WORDS {
        return None;
    }
    shingles.extend(
        word_hashes
            .iter()
            .zip(word_hashes.iter().skip(1))
            .map(|(&first, &second)| mix(first, second)),
    );
    shingles.sort_unstable();
    shingles.dedup();
    let mins = one_permutation_minima(shingles);
    let mut bands = [0u64; BANDS];
    for (band, (key, rows)) in bands.iter_mut().zip(mins.chunks(ROWS)).enumerate() {
        *key = rows
            .iter()
            .fold(band as u64, |acc, &row| mix(acc ^ row, band as u64 + 1));
    }
    Some(bands)
}

/// Bits of a shingle's hash that pick its bin; the rest is its value.
const BIN_BITS: u32 = HASHES.trailing_zeros();
/// Densification tries this many pseudo-random donor bins for an empty
/// bin before falling back to the next non-empty bin.
const DONOR_TRIES: usize = 64;

/// For every bin, the pseudo-random donor bins densification tries in
/// order: bin `b`'s attempt `a` (from 1) is the top bits of `mix(b, a)`.
/// They depend on the bin alone, so they are computed once, at compile
/// time.
const DONORS: [[u8; DONOR_TRIES]; HASHES] = donor_table();

const fn donor_table() -> [[u8; DONOR_TRIES]; HASHES] {
    let mut table = [[0u8; DONOR_TRIES]; HASHES];
    let mut bin = 0;
    while bin < HASHES {
        let mut attempt = 0;
        while attempt < DONOR_TRIES {
            let donor = mix(bin as u64, attempt as u64 + 1) >> (64 - BIN_BITS);
            table[bin][attempt] = donor as u8;
            attempt += 1;
        }
        bin += 1;
    }
    table
}

/// One-permutation MinHash: one 64-bit hash per shingle, whose top bits
/// pick one of [`HASHES`] bins and whose remaining bits are kept as that
/// bin's minimum. Empty bins (short texts) are densified: each borrows the
/// minimum of a donor bin chosen by a hash of the bin number alone, the
/// same for every text, so two texts still agree on a bin with about the
/// probability of their Jaccard similarity, as with independent hash
/// functions, at 1/[`HASHES`] of the cost. With no shingles every bin stays
/// `u64::MAX`.
fn one_permutation_minima(shingles: &[u64]) -> [u64; HASHES] {
    let mut mins = [u64::MAX; HASHES];
    for &shingle in shingles {
        let hash = mix(shingle, 0);
        let bin = (hash >> (64 - BIN_BITS)) as usize;
        if let Some(min) = mins.get_mut(bin) {
            *min = (*min).min(hash & (u64::MAX >> BIN_BITS));
        }
    }
    let filled = mins;
    for ((bin, min), donors) in mins.iter_mut().enumerate().zip(&DONORS) {
        if *min != u64::MAX {
            continue;
        }
        let value = |donor: usize| filled.get(donor).copied();
        let donor = donors
            .iter()
            .filter_map(|&donor| value(usize::from(donor)))
            .chain((1..HASHES).filter_map(|step| value((bin + step) % HASHES)))
            .find(|&v| v != u64::MAX);
        *min = donor.unwrap_or(u64::MAX);
    }
    mins
}

/// Jaccard similarity of two sorted, distinct shingle lists.
fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let common = common_sorted(a, b);
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f64 / union as f64
    }
}

/// At most this many changed directives are handled incrementally; more
/// (a paste, an undo of a large edit) recompute everything.
const MAX_INCREMENTAL_CHANGES: usize = 8;

/// What the previous run knew about one directive position.
struct Slot {
    id: DirectiveId,
    section: usize,
    analysis: Arc<Analysis>,
    /// Comparable and long enough.
    eligible: bool,
    /// Eligible and the first occurrence of its text (later word-for-word
    /// copies are RES303's): present in the buckets.
    inserted: bool,
    /// The most similar earlier directive and the similarity.
    best: Option<(u32, f64)>,
}

/// Near-duplicate search state kept between runs by [`Validator`]: the LSH
/// buckets (band key → sorted positions of inserted directives), the count
/// of every comparable text, and each position's result.
///
/// A run first checks whether the document lines up with the previous run
/// (same directives at the same positions in the same sections) with only a
/// few directives' texts changed, none of them sharing its old or new text
/// with another directive. Then results can change only for the changed
/// directives and for later directives sharing a band with a changed
/// directive's old or new signature: the buckets are patched and only
/// those positions are recomputed. Otherwise everything is recomputed.
/// Both paths use the same query, so they give identical results.
///
/// [`Validator`]: crate::validate::Validator
#[derive(Default)]
pub(crate) struct NearDuplicates {
    slots: Vec<Slot>,
    /// The buckets, built on the first incremental run after a full one: a
    /// full run finds its candidates by sorting instead (see
    /// [`NearDuplicates::recompute`]), which touches memory in order.
    buckets: Option<U64Map<Bucket>>,
    texts: U64Map<u32>,
}

fn eligible(node: &DirectiveNode) -> bool {
    comparable(node) && node.facts.searchable
}

impl NearDuplicates {
    pub(crate) fn check(&mut self, ctx: &Ctx, out: &mut Vec<Diagnostic>) {
        if !self.try_incremental(ctx) {
            self.recompute(ctx);
        }
        for (slot, node) in self.slots.iter().zip(&ctx.directives) {
            let Some((other, similarity)) = slot.best else {
                continue;
            };
            let Some(other) = ctx.directives.get(other as usize) else {
                continue;
            };
            let percent = (similarity * 100.0).round() as u32;
            out.push(
                Diagnostic::new(
                    RuleCode::NearDuplicateDirective,
                    Location::directive(node.directive.id),
                    pair_args(ctx, node, other).with("similarity", percent),
                )
                .with_related(Location::directive(other.directive.id)),
            );
        }
    }

    /// Recomputes every result. Each inserted directive's band keys are
    /// listed and sorted, so every bucket becomes a run of sorted positions;
    /// a directive's candidates from a bucket are the last
    /// [`CANDIDATES_PER_BUCKET`] members before it, exactly what
    /// [`query`](Self::query) takes from the bucket map. The shingles of
    /// inserted directives are first copied into one list in reading
    /// order, so verifying a candidate reads one place in memory instead of
    /// following the analysis to its own allocation.
    fn recompute(&mut self, ctx: &Ctx) {
        self.slots.clear();
        self.buckets = None;
        self.texts.clear();
        let count = ctx.directives.len();
        self.slots.reserve(count);
        self.texts.reserve(count);
        let mut keyed: Vec<(u64, u32)> = Vec::with_capacity(count.saturating_mul(BANDS));
        let mut packed = PackedShingles::with_capacity(count);
        for (index, node) in ctx.directives.iter().enumerate() {
            let Ok(position) = u32::try_from(index) else {
                break;
            };
            let mut slot = Slot {
                id: node.directive.id,
                section: node.section,
                analysis: Arc::clone(&node.analysis),
                eligible: eligible(node),
                inserted: false,
                best: None,
            };
            if slot.eligible {
                let count = self.texts.entry(node.facts.norm_hash).or_insert(0);
                *count += 1;
                if *count == 1 {
                    slot.inserted = true;
                    let analysis = &node.analysis;
                    keyed.extend(analysis.bands().iter().map(|&band| (band, position)));
                    packed.push(position, analysis.shingles());
                }
            }
            self.slots.push(slot);
        }
        sort_keyed(&mut keyed);
        // A position twice in one bucket (two bands with one key) would be
        // its own mate.
        keyed.dedup();
        let mates = Mates::of(&keyed, count);
        let mut candidates = Vec::new();
        for (position, mates) in mates.iter() {
            candidates.clear();
            candidates.extend_from_slice(mates);
            let best = most_similar(packed.get(position), &mut candidates, |c| packed.get(c));
            if let Some(slot) = self.slots.get_mut(position as usize) {
                slot.best = best;
            }
        }
    }

    /// Builds the bucket map from the slots, unless it is built already.
    fn build_buckets(&mut self) {
        let slots = &self.slots;
        self.buckets.get_or_insert_with(|| {
            let mut buckets: U64Map<Bucket> = U64Map::default();
            buckets.reserve(slots.len().saturating_mul(BANDS));
            for (position, slot) in slots.iter().enumerate() {
                let Ok(position) = u32::try_from(position) else {
                    break;
                };
                if slot.inserted {
                    for &band in slot.analysis.bands() {
                        buckets.entry(band).or_default().push(position);
                    }
                }
            }
            buckets
        });
    }

    /// Patches the previous run's state for a few changed texts; `false`
    /// when the document does not line up or a changed text was or becomes
    /// a copy of another one (then the caller recomputes everything, so a
    /// half-patched state is never used).
    fn try_incremental(&mut self, ctx: &Ctx) -> bool {
        if self.slots.len() != ctx.directives.len() {
            return false;
        }
        let mut changed = Vec::new();
        for (position, (slot, node)) in self.slots.iter().zip(&ctx.directives).enumerate() {
            if slot.id != node.directive.id || slot.section != node.section {
                return false;
            }
            if !Arc::ptr_eq(&slot.analysis, &node.analysis) || slot.eligible != eligible(node) {
                changed.push(position);
                if changed.len() > MAX_INCREMENTAL_CHANGES {
                    return false;
                }
            }
        }
        if changed.is_empty() {
            return true;
        }
        self.build_buckets();
        let mut affected: Vec<u32> = Vec::new();
        for position in changed {
            let (Some(node), Ok(pos)) = (ctx.directives.get(position), u32::try_from(position))
            else {
                return false;
            };
            if !self.patch(pos, node, &mut affected) {
                return false;
            }
        }
        affected.sort_unstable();
        affected.dedup();
        for position in affected {
            let Some(node) = ctx.directives.get(position as usize) else {
                return false;
            };
            let best = match self.slots.get(position as usize) {
                Some(slot) if slot.inserted => self.query(ctx, position, &node.analysis),
                _ => None,
            };
            if let Some(slot) = self.slots.get_mut(position as usize) {
                slot.best = best;
            }
        }
        true
    }

    /// Moves the directive at `position` from its old text to its new one
    /// in the buckets and text counts, collecting the positions whose result
    /// may change. `false` when the old or the new text is shared with
    /// another directive.
    fn patch(&mut self, position: u32, node: &DirectiveNode, affected: &mut Vec<u32>) -> bool {
        let (Some(slot), Some(buckets)) =
            (self.slots.get_mut(position as usize), self.buckets.as_mut())
        else {
            return false;
        };
        let count = |texts: &U64Map<u32>, hash: u64| texts.get(&hash).copied().unwrap_or(0);
        let old_hash = slot.analysis.facts.norm_hash;
        let new_hash = node.facts.norm_hash;
        let now_eligible = eligible(node);
        if slot.eligible && count(&self.texts, old_hash) > 1 {
            return false;
        }
        let own = u32::from(slot.eligible && old_hash == new_hash);
        if now_eligible && count(&self.texts, new_hash) > own {
            return false;
        }
        let old = std::mem::replace(&mut slot.analysis, Arc::clone(&node.analysis));
        if slot.eligible {
            if let Some(n) = self.texts.get_mut(&old_hash) {
                *n = n.saturating_sub(1);
            }
        }
        if slot.inserted {
            for band in old.bands() {
                if let Some(members) = buckets.get_mut(band) {
                    affected.extend(members.as_slice().iter().filter(|&&m| m > position));
                    members.remove(position);
                }
            }
        }
        slot.eligible = now_eligible;
        slot.inserted = now_eligible;
        if now_eligible {
            *self.texts.entry(new_hash).or_insert(0) += 1;
            for &band in node.analysis.bands() {
                let members = buckets.entry(band).or_default();
                affected.extend(members.as_slice().iter().filter(|&&m| m > position));
                members.insert_sorted(position);
            }
        }
        affected.push(position);
        true
    }

    /// The most similar earlier directive among the recent bucket mates of
    /// the directive at `position`.
    fn query(&self, ctx: &Ctx, position: u32, analysis: &Analysis) -> Option<(u32, f64)> {
        let mut candidates = Candidates::default();
        for band in analysis.bands() {
            if let Some(members) = self.buckets.as_ref().and_then(|b| b.get(band)) {
                candidates.add_recent(members.as_slice(), position);
            }
        }
        most_similar(analysis.shingles(), candidates.as_mut_slice(), |c| {
            ctx.directives
                .get(c as usize)
                .map_or(&[][..], |other| other.analysis.shingles())
        })
    }
}

/// Sorts (band key, position) pairs, as `sort_unstable` would: first
/// distributed by the top bits of the key in one counting pass (keys are
/// hashes, so evenly), then each small part sorted on its own, which keeps
/// a large run's sorting in cache.
fn sort_keyed(keyed: &mut Vec<(u64, u32)>) {
    const MIN_BITS: u32 = 4;
    const MAX_BITS: u32 = 16;
    // About eight pairs per part.
    let bits = (keyed.len() / 8)
        .checked_ilog2()
        .unwrap_or(0)
        .clamp(MIN_BITS, MAX_BITS);
    if keyed.len() < (1 << MIN_BITS) * 8 {
        keyed.sort_unstable();
        return;
    }
    let part = |key: u64| (key >> (64 - bits)) as usize;
    let mut starts = vec![0usize; (1 << bits) + 1];
    for &(key, _) in keyed.iter() {
        if let Some(count) = starts.get_mut(part(key) + 1) {
            *count += 1;
        }
    }
    accumulate(&mut starts);
    let mut sorted = vec![(0u64, 0u32); keyed.len()];
    let mut fill = starts.clone();
    for &pair in keyed.iter() {
        let Some(next) = fill.get_mut(part(pair.0)) else {
            continue;
        };
        if let Some(place) = sorted.get_mut(*next) {
            *place = pair;
        }
        *next += 1;
    }
    for bounds in starts.windows(2) {
        if let &[start, end] = bounds {
            if let Some(run) = sorted.get_mut(start..end) {
                run.sort_unstable();
            }
        }
    }
    *keyed = sorted;
}

/// Turns counts into running totals in place, so that with a zero first,
/// entry `i` is where part `i` starts in a counting sort.
fn accumulate<T: Copy + Default + std::ops::AddAssign>(counts: &mut [T]) {
    let mut total = T::default();
    for count in counts {
        total += *count;
        *count = total;
    }
}

/// The shingles of the inserted directives of a full run, one after
/// another in reading order.
struct PackedShingles {
    shingles: Vec<u64>,
    /// For every position, where its shingles start in `shingles`; they
    /// end where the next position's start.
    starts: Vec<u32>,
}

impl PackedShingles {
    fn with_capacity(positions: usize) -> Self {
        Self {
            shingles: Vec::with_capacity(positions.saturating_mul(32)),
            starts: Vec::with_capacity(positions + 1),
        }
    }

    /// Records the shingles of `position`; positions come in increasing
    /// order, the ones skipped in between get none.
    fn push(&mut self, position: u32, shingles: &[u64]) {
        let start = u32::try_from(self.shingles.len()).unwrap_or(u32::MAX);
        self.starts.resize(position as usize + 1, start);
        self.shingles.extend_from_slice(shingles);
    }

    /// The shingles of `position`; none for a position never recorded.
    fn get(&self, position: u32) -> &[u64] {
        let at = position as usize;
        let Some(&start) = self.starts.get(at) else {
            return &[];
        };
        let start = start as usize;
        let end = self
            .starts
            .get(at + 1)
            .map_or(self.shingles.len(), |&e| e as usize);
        self.shingles.get(start..end).unwrap_or_default()
    }
}

/// For every position of a full run, its candidates: the recent earlier
/// members of each of its buckets, grouped by position with a counting
/// sort (linear, no comparison sort over all pairs).
struct Mates {
    /// For every position, where its candidates start in `mates`.
    starts: Vec<u32>,
    mates: Vec<u32>,
}

impl Mates {
    /// `keyed` is sorted by (band key, position): each bucket is a run of
    /// increasing positions, so a member's earlier mates are the entries
    /// right before it in the run.
    fn of(keyed: &[(u64, u32)], positions: usize) -> Self {
        let buckets = || {
            keyed
                .chunk_by(|a, b| a.0 == b.0)
                .filter(|run| run.len() > 1)
        };
        let mut starts = vec![0u32; positions + 1];
        for bucket in buckets() {
            for (j, &(_, position)) in bucket.iter().enumerate() {
                if let Some(count) = starts.get_mut(position as usize + 1) {
                    *count += j.min(CANDIDATES_PER_BUCKET) as u32;
                }
            }
        }
        accumulate(&mut starts);
        let total = starts.last().map_or(0, |&t| t as usize);
        let mut mates = vec![0u32; total];
        let mut fill = starts.clone();
        for bucket in buckets() {
            for (j, &(_, position)) in bucket.iter().enumerate() {
                let recent = bucket.get(j.saturating_sub(CANDIDATES_PER_BUCKET)..j);
                for &(_, mate) in recent.unwrap_or_default() {
                    let Some(next) = fill.get_mut(position as usize) else {
                        continue;
                    };
                    if let Some(place) = mates.get_mut(*next as usize) {
                        *place = mate;
                    }
                    *next += 1;
                }
            }
        }
        Self { starts, mates }
    }

    /// Every position that has candidates, with them.
    fn iter(&self) -> impl Iterator<Item = (u32, &[u32])> {
        self.starts
            .windows(2)
            .enumerate()
            .filter_map(move |(position, bounds)| {
                let (&[start, end], Ok(position)) = (bounds, u32::try_from(position)) else {
                    return None;
                };
                let mates = self.mates.get(start as usize..end as usize)?;
                (!mates.is_empty()).then_some((position, mates))
            })
    }
}

/// The candidates of one query: the recent earlier members of each of its
/// buckets, kept on the stack.
struct Candidates {
    positions: [u32; BANDS * CANDIDATES_PER_BUCKET],
    count: usize,
}

impl Default for Candidates {
    fn default() -> Self {
        Self {
            positions: [0; BANDS * CANDIDATES_PER_BUCKET],
            count: 0,
        }
    }
}

impl Candidates {
    /// Adds the last [`CANDIDATES_PER_BUCKET`] members of a bucket (sorted
    /// positions) that come before `position`.
    fn add_recent(&mut self, members: &[u32], position: u32) {
        let earlier = earlier_members(members, position);
        let recent = earlier
            .get(earlier.len().saturating_sub(CANDIDATES_PER_BUCKET)..)
            .unwrap_or_default();
        for &member in recent {
            if let Some(place) = self.positions.get_mut(self.count) {
                *place = member;
                self.count += 1;
            }
        }
    }

    fn as_mut_slice(&mut self) -> &mut [u32] {
        self.positions.get_mut(..self.count).unwrap_or_default()
    }
}

/// The members of a bucket (sorted positions) before `position`. A full
/// run inserts in reading order, so usually all of them: checked first,
/// without a binary search through a large bucket.
fn earlier_members(members: &[u32], position: u32) -> &[u32] {
    let end = match members.last() {
        Some(&last) if last < position => members.len(),
        _ => members.partition_point(|&m| m < position),
    };
    members.get(..end).unwrap_or_default()
}

/// Ranks candidates by shared bands, verifies the best [`VERIFIED`] and
/// returns the most similar one at or above [`THRESHOLD`]; `shingles_of`
/// gives a candidate's shingles.
fn most_similar<'s>(
    shingles: &[u64],
    candidates: &mut [u32],
    shingles_of: impl Fn(u32) -> &'s [u64],
) -> Option<(u32, f64)> {
    candidates.sort_unstable();
    // (shared bands, position), best first.
    let mut ranked: [(usize, u32); VERIFIED] = [(0, u32::MAX); VERIFIED];
    for run in candidates.chunk_by(|a, b| a == b) {
        let (Some(&position), shared) = (run.first(), run.len()) else {
            continue;
        };
        if let Some(slot) = ranked.iter().position(|&(s, _)| shared > s) {
            ranked.copy_within(slot..VERIFIED - 1, slot + 1);
            if let Some(place) = ranked.get_mut(slot) {
                *place = (shared, position);
            }
        }
    }
    ranked
        .iter()
        .filter(|&&(shared, _)| shared > 0)
        .filter_map(|&(_, c)| {
            let similarity = jaccard(shingles, shingles_of(c));
            (similarity >= THRESHOLD).then_some((c, similarity))
        })
        .fold(None, |best: Option<(u32, f64)>, (c, s)| match best {
            Some((_, b)) if b >= s => best,
            _ => Some((c, s)),
        })
}

pub(crate) fn message(args: &Args, locale: Locale) -> String {
    let (text, similarity) = (args.get("text"), args.get("similarity"));
    match locale {
        Locale::Ru => format!(
            "Пункт «{text}» почти совпадает (сходство {similarity} %) с пунктом {}: \
             возможно, это повтор.",
            where_ru(args)
        ),
        Locale::En => format!(
            "The directive «{text}» is nearly identical ({similarity} % similar) to a directive \
             {}: possibly a repeat.",
            where_en(args)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyed_pairs_sort_as_a_plain_sort_would() {
        for len in [0usize, 1, 5, 127, 128, 129, 1_000, 40_000] {
            let mut state = 0x9E37_79B9_u64 ^ len as u64;
            let mut keyed: Vec<(u64, u32)> = (0..len)
                .map(|i| {
                    state = mix(state, i as u64);
                    // Repeated keys too, as templated text gives.
                    let key = if i % 3 == 0 { state % 7 } else { state };
                    (key, (i % 977) as u32)
                })
                .collect();
            let mut expected = keyed.clone();
            expected.sort_unstable();
            sort_keyed(&mut keyed);
            assert_eq!(keyed, expected, "{len} pairs");
        }
    }
    use crate::validate::testing::{add_section, at_directive, decision, run};
    use crate::validate::words::scan_words;
    use crate::words::normalize;

    /// The shingles and band keys of any text, normalised first.
    fn signature_of(text: &str) -> (Vec<u64>, Vec<u64>) {
        let (mut hashes, mut shingles) = (Vec::new(), Vec::new());
        scan_words(&normalize(text), 0, &mut hashes);
        let bands = signature(&hashes, &mut shingles);
        (shingles, bands.map(Vec::from).unwrap_or_default())
    }

    #[test]
    fn similar_texts_share_a_band_and_different_ones_do_not() {
        let a = signature_of(
            "Провести мониторинг качества образования в образовательных организациях района до 1 октября 2020 года",
        );
        let b = signature_of(
            "Провести мониторинг качества образования в образовательных организациях района до 1 декабря 2020 года",
        );
        let c = signature_of("Организовать курсы повышения квалификации для молодых педагогов");
        assert!(jaccard(&a.0, &b.0) >= THRESHOLD);
        assert!(a.1.iter().zip(&b.1).any(|(x, y)| x == y));
        assert!(jaccard(&a.0, &c.0) < 0.1);
        assert_eq!(a.1.len(), BANDS);
        assert_eq!(signature_of("два слова"), (Vec::new(), Vec::new()));
    }

    #[test]
    fn one_permutation_minima_estimate_jaccard_and_fill_every_bin() {
        let shingles =
            |range: std::ops::Range<u64>| -> Vec<u64> { range.map(|n| mix(n, 7)).collect() };
        // 150 common of 250 distinct: Jaccard 0.6.
        let (a, b) = (shingles(0..200), shingles(50..250));
        let (ma, mb) = (one_permutation_minima(&a), one_permutation_minima(&b));
        let agree = ma.iter().zip(&mb).filter(|(x, y)| x == y).count();
        assert!((12..=26).contains(&agree), "{agree} of {HASHES} bins agree");
        assert_eq!(one_permutation_minima(&a), ma);
        let short = one_permutation_minima(&shingles(0..3));
        assert!(short.iter().all(|&m| m != u64::MAX));
        assert!(one_permutation_minima(&[]).iter().all(|&m| m == u64::MAX));
    }

    #[test]
    fn fires_on_changed_date_pointing_at_the_original() {
        let mut doc = decision();
        let s = add_section(
            &mut doc,
            "Руководителям ОО:",
            &[
                "Провести мониторинг качества образования в образовательных организациях района до 1 октября 2020 года",
                "Организовать курсы повышения квалификации для молодых педагогов",
                "Провести мониторинг качества образования в образовательных организациях района до 1 декабря 2020 года",
            ],
        );
        let found = run(&doc, RuleCode::NearDuplicateDirective);
        assert_eq!(found.len(), 1);
        assert_eq!(Some(found[0].location.clone()), at_directive(&doc, s, 2));
        assert_eq!(found[0].related.first().cloned(), at_directive(&doc, s, 0));
        assert!(found[0]
            .message(Locale::Ru)
            .contains("выше в этом же разделе"));
    }

    #[test]
    fn silent_on_exact_copies_and_unrelated_texts() {
        let mut doc = decision();
        let text = "Провести мониторинг качества образования в образовательных организациях района";
        add_section(
            &mut doc,
            "Руководителям ОО:",
            &[text, "Организовать курсы повышения квалификации педагогов"],
        );
        add_section(&mut doc, "Управлению образования:", &[text]);
        assert!(run(&doc, RuleCode::NearDuplicateDirective).is_empty());
    }
}
