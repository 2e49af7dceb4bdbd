//! Hot reload: a notify watcher on the tenants dir. Events name files; the
//! files name tenants; each affected tenant is re-synced with the disk (see
//! `loader`) once its events have been quiet for a moment.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use tokio::sync::mpsc;

use crate::load_pool::Lane;
use crate::service::App;

/// How long a tenant's files must be quiet before it is reloaded. Editors
/// and `cp` produce bursts of events for one save; this folds them into one
/// load while keeping the rename-to-serving time far below 50 ms.
const QUIET: Duration = Duration::from_millis(10);

/// Keeps the watcher running; dropping it stops watching.
pub struct WatchGuard {
    _watcher: RecommendedWatcher,
}

enum Change {
    Tenant(String),
    /// The OS dropped events: compare everything with the disk.
    Rescan,
}

/// Starts watching the app's tenants dir. Must be called inside a tokio
/// runtime; the debounce and reload work run on it.
pub fn watch(app: Arc<App>) -> notify::Result<WatchGuard> {
    let (tx, rx) = mpsc::unbounded_channel::<Change>();
    let files = app.clone();
    let mut watcher =
        notify::recommended_watcher(move |event: notify::Result<notify::Event>| match event {
            Ok(event) => {
                if is_our_own_read(&event.kind) {
                    return;
                }
                if event.need_rescan() {
                    let _ = tx.send(Change::Rescan);
                }
                for path in &event.paths {
                    if let Some(name) = files.tenant_of_file(path) {
                        let _ = tx.send(Change::Tenant(name));
                    }
                }
            }
            Err(err) => {
                tracing::warn!("file watcher error, rescanning: {err}");
                let _ = tx.send(Change::Rescan);
            }
        })?;
    watcher.watch(&app.config.server.tenants_dir, RecursiveMode::NonRecursive)?;
    tracing::info!(dir = %app.config.server.tenants_dir.display(), "watching for tenant changes");
    tokio::spawn(reload_loop(app, rx));
    Ok(WatchGuard { _watcher: watcher })
}

/// Opening or reading a file is not a change. notify's inotify backend
/// reports opens, and every load opens the file it loads: without this, a
/// load would trigger another sync of the same file, which opens it
/// again, forever (each one cheap, as the content is unchanged, but a
/// pending count that never reaches 0). A close after writing is a change.
fn is_our_own_read(kind: &notify::EventKind) -> bool {
    use notify::event::{AccessKind, AccessMode};
    matches!(
        kind,
        notify::EventKind::Access(
            AccessKind::Open(_) | AccessKind::Read | AccessKind::Close(AccessMode::Read)
        )
    )
}

async fn reload_loop(app: Arc<App>, mut changes: mpsc::UnboundedReceiver<Change>) {
    while let Some(first) = changes.recv().await {
        let mut pending = BTreeSet::new();
        let mut rescan = false;
        let mut note = |change: Change| match change {
            Change::Tenant(name) => {
                pending.insert(name);
            }
            Change::Rescan => rescan = true,
        };
        note(first);
        // Debounce: keep collecting until the events pause.
        while let Ok(Some(change)) = tokio::time::timeout(QUIET, changes.recv()).await {
            note(change);
        }
        if rescan {
            pending.extend(app.names_on_disk());
            pending.extend(app.registry.names());
        }
        // Compiling is CPU work: it runs on the load pool, off the async
        // workers that serve requests, in parallel across names. The next
        // batch waits for this one, so a name is never loaded twice at once.
        let done = app.sync_in_background(pending.into_iter().collect(), Lane::Urgent, "reload");
        if done.await.is_err() {
            tracing::error!("reload batch ended without reporting");
        }
    }
}
