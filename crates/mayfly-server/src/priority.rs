//! Scheduling priority for threads that must yield to request work: the
//! admin API's thread, the tenant loaders and the compiler's workers.

/// Raises the calling thread's nice value to `nice` (0..=19; 0 leaves it).
/// On Linux the nice value is per thread: `setpriority` on the thread id
/// changes only this thread and the threads it starts afterwards.
pub fn lower_priority(nice: i32, what: &str) {
    if nice <= 0 {
        return;
    }
    #[cfg(target_os = "linux")]
    {
        // SAFETY: plain syscalls on this thread's own id; no memory passed.
        let result = unsafe {
            let tid = libc::gettid();
            libc::setpriority(libc::PRIO_PROCESS, tid as libc::id_t, nice.min(19))
        };
        if result != 0 {
            let err = std::io::Error::last_os_error();
            tracing::warn!("cannot lower the {what} thread's priority: {err}");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = what;
}
