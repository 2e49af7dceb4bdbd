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
            crate::priority::lower_priority(nice, "admin");
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
