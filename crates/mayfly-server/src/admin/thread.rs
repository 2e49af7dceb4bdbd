//! The admin API's own thread: a single-threaded tokio runtime at a lowered
//! scheduling priority, so admin traffic (a flood of unauthenticated calls
//! included) takes CPU only when the public workers leave some.
//!
//! On the shared runtime an admin request cost as much as a public one and
//! queued beside it on the same workers: 10,000 unauthenticated requests
//! took ~43% of the public listener's throughput. On its own thread the
//! admin API can use at most one core, and with a positive nice value the
//! kernel gives that core to the public workers first.

use std::sync::Arc;
use std::thread::JoinHandle;

use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::service::App;

/// Serves the admin API on `listener` from a new thread until `stopped`
/// turns true. The thread's blocking pool (uploads compile there) inherits
/// its priority.
pub fn spawn(
    listener: std::net::TcpListener,
    app: Arc<App>,
    mut stopped: watch::Receiver<bool>,
) -> std::io::Result<JoinHandle<()>> {
    let nice = app.config.admin.nice;
    std::thread::Builder::new()
        .name("mayfly-admin".into())
        .spawn(move || {
            lower_priority(nice);
            let runtime = match tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .thread_name("mayfly-admin-blocking")
                .build()
            {
                Ok(runtime) => runtime,
                Err(err) => {
                    tracing::error!("cannot start the admin runtime, admin API is off: {err}");
                    return;
                }
            };
            runtime.block_on(async move {
                // A listener is bound to the runtime that registers it:
                // register it here, not on the public runtime.
                let listener = match TcpListener::from_std(listener) {
                    Ok(listener) => listener,
                    Err(err) => {
                        tracing::error!("cannot use the admin listener, admin API is off: {err}");
                        return;
                    }
                };
                crate::server::serve_admin(listener, app, async move {
                    let _ = stopped.wait_for(|stop| *stop).await;
                })
                .await
            });
        })
}

/// Raises the calling thread's nice value to `nice` (0..=19; 0 leaves it).
/// On Linux the nice value is per thread: `setpriority` on the thread id
/// changes only this thread and the threads it starts afterwards.
fn lower_priority(nice: i32) {
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
            tracing::warn!("cannot lower the admin thread's priority: {err}");
        }
    }
}
