//! The few places where validation uses more than one thread: on native
//! targets (the command line, back ends) a large document's work is split
//! across cores; in the browser (wasm32, one thread) everything runs in
//! order on the calling thread. Results never depend on which path ran.

/// How many threads this platform offers (1 on wasm32).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn available() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// How many threads this platform offers (1 on wasm32).
#[cfg(target_arch = "wasm32")]
pub(crate) fn available() -> usize {
    1
}

/// Runs `a` and `b` and returns both results: `b` on a second thread when
/// `concurrent` is set and the platform has one, else one after the other.
pub(crate) fn join<RA, RB>(
    concurrent: bool,
    a: impl FnOnce() -> RA,
    b: impl FnOnce() -> RB + Send,
) -> (RA, RB)
where
    RB: Send,
{
    #[cfg(not(target_arch = "wasm32"))]
    if concurrent && available() > 1 {
        return spawn_join(a, b);
    }
    #[cfg(target_arch = "wasm32")]
    let _ = concurrent;
    (a(), b())
}

#[cfg(not(target_arch = "wasm32"))]
fn spawn_join<RA, RB: Send>(a: impl FnOnce() -> RA, b: impl FnOnce() -> RB + Send) -> (RA, RB) {
    std::thread::scope(|scope| {
        let handle = scope.spawn(b);
        let first = a();
        match handle.join() {
            Ok(second) => (first, second),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// Runs `work` on every part, each on its own thread but the last, which
/// runs on the calling thread with `local`; the results come back in the
/// order of the parts. One part, or a platform without threads, runs them
/// in order on the calling thread.
pub(crate) fn map_parts<P, R, L>(
    parts: &[P],
    local: &mut L,
    work: impl Fn(&P, &mut L) -> R + Sync,
) -> Vec<R>
where
    P: Sync,
    R: Send,
    L: Default,
{
    #[cfg(not(target_arch = "wasm32"))]
    if parts.len() > 1 && available() > 1 {
        return spawn_parts(parts, local, &work);
    }
    parts.iter().map(|part| work(part, local)).collect()
}

#[cfg(not(target_arch = "wasm32"))]
fn spawn_parts<P: Sync, R: Send, L: Default>(
    parts: &[P],
    local: &mut L,
    work: &(impl Fn(&P, &mut L) -> R + Sync),
) -> Vec<R> {
    let Some((last, others)) = parts.split_last() else {
        return Vec::new();
    };
    std::thread::scope(|scope| {
        let handles: Vec<_> = others
            .iter()
            .map(|part| scope.spawn(move || work(part, &mut L::default())))
            .collect();
        let tail = work(last, local);
        let mut all = Vec::with_capacity(parts.len());
        for handle in handles {
            match handle.join() {
                Ok(result) => all.push(result),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all.push(tail);
        all
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_returns_both_results_either_way() {
        for concurrent in [false, true] {
            let (a, b) = join(concurrent, || 2 + 2, || "four".len());
            assert_eq!((a, b), (4, 4));
        }
    }

    #[test]
    fn map_parts_keeps_the_order_of_the_parts() {
        let parts: Vec<Vec<u32>> = (0..5).map(|i| (i * 10..i * 10 + 10).collect()).collect();
        let mut calls_here = 0usize;
        let sums = map_parts(&parts, &mut calls_here, |part, calls| {
            *calls += 1;
            part.iter().sum::<u32>()
        });
        assert_eq!(sums, vec![45, 145, 245, 345, 445]);
        assert!(calls_here >= 1);
        assert!(map_parts(&Vec::<Vec<u32>>::new(), &mut 0usize, |p, _| p.len()).is_empty());
    }
}
