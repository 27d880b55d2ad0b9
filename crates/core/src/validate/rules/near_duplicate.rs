//! RES304 `near-duplicate-directive`: a directive nearly identical to an
//! earlier one (a changed date, a word added), anywhere in the document.
//!
//! Near-linear, never pairwise: each directive's normalised text is cut
//! into word bigrams (shingles); a MinHash signature of [`HASHES`] values
//! is split into [`BANDS`] bands of [`ROWS`] rows, and directives sharing a
//! band land in the same bucket (locality-sensitive hashing). Per
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
//! With 8 bands of 4 rows a pair with similarity 0.7 becomes a candidate
//! with probability 1 − (1 − 0.7⁴)⁸ ≈ 0.89, one with 0.8 with ≈ 0.985 and
//! one with 0.9 with ≈ 0.9999.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::locale::Locale;
use crate::validate::context::{Ctx, DirectiveNode};
use crate::validate::rules::duplicate::{comparable, pair_args, where_en, where_ru};
use crate::validate::words::{hash_bytes, mix};
use crate::validate::{Args, Diagnostic, Location, RuleCode};

pub(crate) const HASHES: usize = 32;
pub(crate) const BANDS: usize = 8;
pub(crate) const ROWS: usize = HASHES / BANDS;
pub(crate) const MIN_WORDS: usize = 5;
pub(crate) const THRESHOLD: f64 = 0.7;
pub(crate) const CANDIDATES_PER_BUCKET: usize = 4;
pub(crate) const VERIFIED: usize = 2;

/// Shingles (sorted, distinct) and LSH band keys of a normalised text;
/// both empty for texts shorter than [`MIN_WORDS`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Signature {
    pub shingles: Vec<u64>,
    pub bands: Vec<u64>,
}

pub(crate) fn signature(normalized: &str) -> Signature {
    let words: Vec<&str> = normalized.split(' ').filter(|w| !w.is_empty()).collect();
    if words.len() < MIN_WORDS {
        return Signature::default();
    }
    let mut shingles: Vec<u64> = words
        .windows(2)
        .map(|pair| {
            let first = hash_bytes(pair.first().copied().unwrap_or_default().as_bytes());
            let second = hash_bytes(pair.get(1).copied().unwrap_or_default().as_bytes());
            mix(first, second)
        })
        .collect();
    shingles.sort_unstable();
    shingles.dedup();
    let mins: Vec<u64> = (0..HASHES as u64)
        .map(|seed| shingles.iter().map(|&s| mix(s, seed)).min().unwrap_or(0))
        .collect();
    let bands = mins
        .chunks(ROWS)
        .enumerate()
        .map(|(band, rows)| {
            rows.iter()
                .fold(band as u64, |acc, &row| mix(acc ^ row, band as u64 + 1))
        })
        .collect();
    Signature { shingles, bands }
}

/// Jaccard similarity of two sorted, distinct shingle lists.
fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f64 / union as f64
    }
}

/// Band keys are already well mixed: hash them as they are.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_bytes(bytes);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

const END: u32 = u32::MAX;

/// LSH buckets as linked chains in one vector (no allocation per bucket):
/// `heads` maps a band key to its most recent link, each link holds a
/// directive index and the previous link of the same bucket.
#[derive(Default)]
struct Buckets {
    heads: HashMap<u64, u32, BuildHasherDefault<KeyHasher>>,
    links: Vec<(u32, u32)>,
}

impl Buckets {
    fn insert(&mut self, band: u64, directive: u32) {
        let Ok(link) = u32::try_from(self.links.len()) else {
            return;
        };
        let next = self.heads.insert(band, link).unwrap_or(END);
        self.links.push((directive, next));
    }

    /// Up to `limit` most recent members of the bucket.
    fn recent(&self, band: u64, limit: usize, out: &mut Vec<u32>) {
        let mut link = self.heads.get(&band).copied().unwrap_or(END);
        for _ in 0..limit {
            let Some(&(directive, next)) = self.links.get(link as usize) else {
                break;
            };
            out.push(directive);
            link = next;
        }
    }
}

pub(crate) fn check(ctx: &Ctx, out: &mut Vec<Diagnostic>) {
    let mut buckets = Buckets::default();
    let mut seen_texts: HashSet<u64, BuildHasherDefault<KeyHasher>> = HashSet::default();
    let mut candidates: Vec<u32> = Vec::new();
    for (index, node) in ctx.directives.iter().enumerate() {
        let signature = &node.analysis.signature;
        let Ok(index) = u32::try_from(index) else {
            break;
        };
        if !comparable(node) || signature.bands.is_empty() {
            continue;
        }
        // Later word-for-word copies are RES303's.
        if !seen_texts.insert(node.analysis.norm_hash) {
            continue;
        }
        candidates.clear();
        for &band in &signature.bands {
            buckets.recent(band, CANDIDATES_PER_BUCKET, &mut candidates);
        }
        let best = most_similar(ctx, &signature.shingles, &mut candidates);
        if let Some((other, similarity)) = best {
            let percent = (similarity * 100.0).round() as u32;
            out.push(
                Diagnostic::new(
                    RuleCode::NearDuplicateDirective,
                    Location::directive(node.directive.id),
                    pair_args(ctx, node, other).with("similarity", percent.to_string()),
                )
                .with_related(Location::directive(other.directive.id)),
            );
        }
        for &band in &signature.bands {
            buckets.insert(band, index);
        }
    }
}

/// Ranks candidates by shared bands, verifies the best [`VERIFIED`] and
/// returns the most similar one at or above [`THRESHOLD`].
fn most_similar<'c, 'a>(
    ctx: &'c Ctx<'a>,
    shingles: &[u64],
    candidates: &mut [u32],
) -> Option<(&'c DirectiveNode<'a>, f64)> {
    candidates.sort_unstable();
    // (shared bands, directive), best first after the sort below.
    let mut ranked: [(usize, u32); VERIFIED] = [(0, END); VERIFIED];
    for run in candidates.chunk_by(|a, b| a == b) {
        let (Some(&directive), shared) = (run.first(), run.len()) else {
            continue;
        };
        if let Some(slot) = ranked.iter().position(|&(s, _)| shared > s) {
            ranked.copy_within(slot..VERIFIED - 1, slot + 1);
            if let Some(place) = ranked.get_mut(slot) {
                *place = (shared, directive);
            }
        }
    }
    ranked
        .iter()
        .filter(|&&(shared, _)| shared > 0)
        .filter_map(|&(_, c)| {
            let other = ctx.directives.get(c as usize)?;
            let similarity = jaccard(shingles, &other.analysis.signature.shingles);
            (similarity >= THRESHOLD).then_some((other, similarity))
        })
        .fold(None, |best: Option<(&DirectiveNode, f64)>, (other, s)| match best {
            Some((_, b)) if b >= s => best,
            _ => Some((other, s)),
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
    use crate::validate::testing::{add_section, at_directive, decision, run};
    use crate::validate::words::normalize;

    #[test]
    fn similar_texts_share_a_band_and_different_ones_do_not() {
        let a = signature(&normalize(
            "Провести мониторинг качества образования в образовательных организациях района до 1 октября 2020 года",
        ));
        let b = signature(&normalize(
            "Провести мониторинг качества образования в образовательных организациях района до 1 декабря 2020 года",
        ));
        let c = signature(&normalize("Организовать курсы повышения квалификации для молодых педагогов"));
        assert!(jaccard(&a.shingles, &b.shingles) >= THRESHOLD);
        assert!(a.bands.iter().zip(&b.bands).any(|(x, y)| x == y));
        assert!(jaccard(&a.shingles, &c.shingles) < 0.1);
        assert_eq!(a.bands.len(), BANDS);
        assert!(signature("два слова").bands.is_empty());
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
        assert!(found[0].message(Locale::Ru).contains("выше в этом же разделе"));
    }

    #[test]
    fn silent_on_exact_copies_and_unrelated_texts() {
        let mut doc = decision();
        let text = "Провести мониторинг качества образования в образовательных организациях района";
        add_section(&mut doc, "Руководителям ОО:", &[text, "Организовать курсы повышения квалификации педагогов"]);
        add_section(&mut doc, "Управлению образования:", &[text]);
        assert!(run(&doc, RuleCode::NearDuplicateDirective).is_empty());
    }
}
