//! Analysing every text of a document at once (directives, section leads
//! and addressees), for a first update: a paste, an opened file, the
//! command line. The analyses are independent of each other, so on native
//! targets with several cores the work is split into contiguous runs of
//! texts, one per core. In the browser (wasm32, one thread) and for small
//! documents it runs in order on the calling thread. Either way the result
//! is the same list, in the order of the texts.

use std::sync::Arc;

use crate::extract::ExtractContext;

use super::analysis::{Analysis, Role, Scratch};
use super::threads;

/// One text to analyse and what it is in the document.
pub(crate) type Job<'a> = (&'a str, Role);

/// Below this much text a first update is analysed on one thread:
/// starting a thread costs 0.1–0.2 ms on the 2-core machine measured, about
/// what it saves on less text. At 100 KB of generated text, six
/// alternating rounds of 100 pipeline runs each gave a mean of 31–37 MB/s
/// with two threads against 22–33 MB/s with one; the best single runs were
/// alike (38–47 against 29–47 MB/s).
const MIN_PARALLEL_BYTES: usize = 64 * 1024;

/// Each extra thread gets at least this much text.
const MIN_BYTES_PER_THREAD: usize = 32 * 1024;

/// Analyses of `jobs`, in their order. Uses several threads when the
/// texts are large enough and the platform has them; `scratch` serves the
/// calling thread.
pub(crate) fn analyse(
    jobs: &[Job],
    ctx: &ExtractContext,
    scratch: &mut Scratch,
) -> Vec<Arc<Analysis>> {
    let bytes: usize = jobs.iter().map(|(text, _)| text.len()).sum();
    let threads = thread_count(bytes);
    if threads <= 1 {
        return Analysis::all_of(jobs, ctx, scratch);
    }
    let runs = split_by_bytes(jobs, bytes, threads);
    threads::map_parts(&runs, scratch, |run, scratch| {
        Analysis::all_of(run, ctx, scratch)
    })
    .into_iter()
    .flatten()
    .collect()
}

/// How many threads `bytes` of text deserve on this platform.
fn thread_count(bytes: usize) -> usize {
    if bytes < MIN_PARALLEL_BYTES {
        return 1;
    }
    threads::available()
        .min(bytes / MIN_BYTES_PER_THREAD)
        .max(1)
}

/// Splits `jobs` into at most `runs` contiguous runs of about equal text
/// size (never an empty run).
fn split_by_bytes<'j, 'a>(jobs: &'j [Job<'a>], bytes: usize, runs: usize) -> Vec<&'j [Job<'a>]> {
    let share = bytes.div_ceil(runs.max(1)).max(1);
    let mut out = Vec::with_capacity(runs);
    let mut start = 0;
    let mut filled = 0;
    for (i, (text, _)) in jobs.iter().enumerate() {
        filled += text.len();
        if filled >= share && out.len() + 1 < runs {
            out.push(jobs.get(start..=i).unwrap_or_default());
            start = i + 1;
            filled = 0;
        }
    }
    let rest = jobs.get(start..).unwrap_or_default();
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(count: usize, make: impl Fn(usize) -> String) -> Vec<String> {
        (0..count).map(make).collect()
    }

    fn jobs(texts: &[String]) -> Vec<Job<'_>> {
        texts
            .iter()
            .map(|t| (t.as_str(), Role::Directive))
            .collect()
    }

    #[test]
    fn runs_cover_every_text_in_order() {
        let owned = texts(10, |i| "x".repeat(1 + i * 3));
        let jobs = jobs(&owned);
        let bytes = owned.iter().map(String::len).sum();
        for runs in 1..=12 {
            let split = split_by_bytes(&jobs, bytes, runs);
            assert!(split.len() <= runs && split.iter().all(|r| !r.is_empty()));
            let joined: Vec<&str> = split.iter().flat_map(|r| r.iter().map(|j| j.0)).collect();
            let expected: Vec<&str> = owned.iter().map(String::as_str).collect();
            assert_eq!(joined, expected, "{runs} runs");
        }
        assert!(split_by_bytes(&[], 0, 4).is_empty());
    }

    #[test]
    fn small_documents_stay_on_one_thread() {
        assert_eq!(thread_count(0), 1);
        assert_eq!(thread_count(MIN_PARALLEL_BYTES - 1), 1);
        assert!(thread_count(MIN_PARALLEL_BYTES * 100) >= 1);
    }

    #[test]
    fn split_and_whole_analyses_agree() {
        let owned = texts(2_000, |i| {
            format!(
                "обеспечить выполнение мероприятия {i} до {} сентября 2025 года не менее {} %",
                1 + i % 28,
                i % 120
            )
        });
        let mut jobs = jobs(&owned);
        if let Some(job) = jobs.get_mut(7) {
            job.1 = Role::Addressee;
        }
        let ctx = ExtractContext::default();
        let whole = Analysis::all_of(&jobs, &ctx, &mut Scratch::default());
        let bytes = owned.iter().map(String::len).sum();
        let runs = split_by_bytes(&jobs, bytes, 3);
        assert_eq!(runs.len(), 3);
        let split: Vec<Arc<Analysis>> =
            threads::map_parts(&runs, &mut Scratch::default(), |run, scratch| {
                Analysis::all_of(run, &ctx, scratch)
            })
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(
            analyse(&jobs, &ctx, &mut Scratch::default()).len(),
            whole.len()
        );
        assert_eq!(whole.len(), split.len());
        for (a, b) in whole.iter().zip(&split) {
            assert_eq!(format!("{a:?}"), format!("{b:?}"));
        }
    }
}
