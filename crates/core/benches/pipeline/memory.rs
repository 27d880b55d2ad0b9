//! How the benchmark process treats freed memory, and the page faults it
//! takes.
//!
//! In the browser the editor's allocator never gives memory back: a wasm
//! memory only grows, so a second paste of the same size reuses the pages
//! of the first. glibc's allocator, by default, returns freed memory to
//! the kernel once a run has freed more than its trim threshold, and
//! serves big blocks with fresh `mmap`s. A 100 KB run stays below both and
//! reuses its pages; a 10 MB run crossed them, so every iteration
//! page-faulted about 50 MB back in (12,400 faults, measured with
//! `perf stat -e page-faults`), and the time per byte grew with size for
//! that alone. [`keep_freed_memory`] makes glibc keep freed memory, as the
//! browser does, so every size is measured alike.

/// Tells glibc to keep freed memory in the process and to serve blocks
/// up to 32 MB (its most) from the heap. Returns whether both settings
/// took; on other platforms it does nothing and returns `false`.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn keep_freed_memory() -> bool {
    use std::ffi::c_int;
    const M_TRIM_THRESHOLD: c_int = -1;
    const M_MMAP_THRESHOLD: c_int = -3;
    extern "C" {
        fn mallopt(param: c_int, value: c_int) -> c_int;
    }
    // SAFETY: `mallopt` only sets parameters of glibc's allocator; it is
    // called at start, before the benchmark starts any thread.
    unsafe {
        mallopt(M_TRIM_THRESHOLD, c_int::MAX) == 1 && mallopt(M_MMAP_THRESHOLD, 32 << 20) == 1
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn keep_freed_memory() -> bool {
    false
}

/// Minor page faults of this process so far (Linux; `None` elsewhere).
fn page_faults() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold
    // spaces: state is field 3, minflt field 10.
    let after_name = stat.get(stat.rfind(')')? + 1..)?;
    after_name.split_whitespace().nth(7)?.parse().ok()
}

/// Page faults per call of `run`, over a few calls after a first one.
pub fn faults_per_run(mut run: impl FnMut()) -> Option<f64> {
    const RUNS: u32 = 3;
    run();
    let before = page_faults()?;
    for _ in 0..RUNS {
        run();
    }
    Some((page_faults()?.saturating_sub(before)) as f64 / f64::from(RUNS))
}
