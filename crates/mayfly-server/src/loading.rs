//! Many tenants at once: the names found at startup or by a rescan are
//! synced with the disk on the load pool, in parallel, while the server
//! already answers the tenants that are loaded. `/healthz` reports how
//! many are still pending.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tokio::sync::oneshot;

use crate::load_pool::Lane;
use crate::loader::SyncOutcome;
use crate::service::App;

/// One group of names handed to the pool together.
struct Batch {
    what: &'static str,
    total: usize,
    remaining: AtomicUsize,
    failed: AtomicUsize,
    started: Instant,
    done: Mutex<Option<oneshot::Sender<()>>>,
}

/// Marks one name of a batch as done when dropped, also if its load
/// panicked, so that pending counts never stick.
struct NameDone {
    app: Arc<App>,
    batch: Arc<Batch>,
}

impl Drop for NameDone {
    fn drop(&mut self) {
        self.app.pending.fetch_sub(1, Ordering::AcqRel);
        if self.batch.remaining.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.batch.finish(self.app.registry.len());
        }
    }
}

impl Batch {
    fn finish(&self, loaded: usize) {
        let failed = self.failed.load(Ordering::Relaxed);
        let elapsed_ms = self.started.elapsed().as_millis() as u64;
        let what = self.what;
        // Startup once, at info; every reload batch only at debug (each
        // already logged its own loads).
        if what == "startup" {
            tracing::info!(
                synced = self.total,
                failed,
                loaded,
                elapsed_ms,
                "{what}: every tenant synced with the disk"
            );
        } else {
            tracing::debug!(
                synced = self.total,
                failed,
                loaded,
                elapsed_ms,
                "{what}: every tenant synced with the disk"
            );
        }
        let sender = self.done.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(sender) = sender {
            let _ = sender.send(());
        }
    }
}

impl App {
    /// Names queued or being loaded right now.
    pub fn pending_loads(&self) -> usize {
        self.pending.load(Ordering::Acquire)
    }

    /// Syncs every name in `names` with the disk on the load pool and
    /// returns at once; the receiver completes when all are done (drop it
    /// to not wait). `what` names the batch in the log.
    pub fn sync_in_background(
        self: &Arc<Self>,
        names: Vec<String>,
        lane: Lane,
        what: &'static str,
    ) -> oneshot::Receiver<()> {
        let (done, finished) = oneshot::channel();
        if names.is_empty() {
            let _ = done.send(());
            return finished;
        }
        let batch = Arc::new(Batch {
            what,
            total: names.len(),
            remaining: AtomicUsize::new(names.len()),
            failed: AtomicUsize::new(0),
            started: Instant::now(),
            done: Mutex::new(Some(done)),
        });
        self.pending.fetch_add(names.len(), Ordering::AcqRel);
        for name in names {
            let guard = NameDone {
                app: self.clone(),
                batch: batch.clone(),
            };
            self.load_pool.submit(
                lane,
                Box::new(move || {
                    if let SyncOutcome::Failed(_) = guard.app.sync_from_disk(&name) {
                        guard.batch.failed.fetch_add(1, Ordering::Relaxed);
                    }
                    drop(guard);
                }),
            );
        }
        finished
    }

    /// Starts loading every tenant in the tenants dir; see
    /// [`App::sync_in_background`].
    pub fn load_all_in_background(self: &Arc<Self>) -> oneshot::Receiver<()> {
        let names = self.names_on_disk();
        tracing::info!(
            tenants = names.len(),
            threads = self.load_pool.threads(),
            "loading the tenants dir"
        );
        self.sync_in_background(names, Lane::Background, "startup")
    }
}
