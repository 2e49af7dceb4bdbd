//! The compile cache: every tenant's final (pre-initialised) module as
//! wasmtime's serialized machine code, on disk, so that a restart or a
//! reload of an unchanged source skips the Python compile, the init run
//! and Cranelift.
//!
//! - keyed by everything that changes the artifact (`key`);
//! - written atomically (a temp file renamed into place), so a reader sees
//!   a whole entry or none;
//! - checked before use: a checksum (`artifact`) finds truncated and
//!   changed entries, wasmtime's header check refuses another version's or
//!   another configuration's output; either is logged, removed and rebuilt,
//!   never served;
//! - bounded in size, least recently used entries evicted (`lru`);
//! - refused when anyone but the server's user could write it (`trust`).

mod artifact;
mod key;
mod load;
mod lru;
mod trust;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use mayfly_sandbox::Sandbox;

pub use artifact::{Artifact, Corrupt};
pub use load::load_through;

use crate::config::CacheSettings;

/// How a tenant version's module was obtained, as the admin API reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CacheUse {
    /// The cache is switched off or was refused.
    Off,
    /// Loaded from the cache: no compile, no init run.
    Hit,
    /// Compiled, then stored in the cache.
    Stored,
    /// Compiled; storing it failed (logged) or it is over the size bound.
    Unstored,
}

/// A sound cache entry, open. The file is never written again once it is
/// in place (`put` renames a new file over it, eviction unlinks it), so a
/// mapping of it stays what was checked.
pub struct Entry {
    pub file: std::fs::File,
    pub image_bytes: u64,
}

/// Temp files older than this are left over from a crashed writer.
const STALE_TEMP: Duration = Duration::from_secs(600);

pub struct CompileCache {
    dir: PathBuf,
    max_bytes: u64,
    base: key::KeyBase,
    index: Mutex<lru::Index>,
    temp_seq: AtomicU64,
    /// Entries found unusable (corrupt, foreign, not ours) and removed.
    discarded: AtomicU64,
}

impl CompileCache {
    /// The cache the settings ask for, or None (with the reason logged)
    /// when it is switched off, has no directory or may not be trusted.
    pub fn open(settings: &CacheSettings, sandbox: &Sandbox) -> Option<CompileCache> {
        if !settings.enabled {
            tracing::info!("compile cache off ([cache] enabled = false)");
            return None;
        }
        let Some(dir) = settings.resolved_dir() else {
            tracing::warn!(
                "compile cache off: no [cache] dir, XDG_CACHE_HOME or HOME to put it in"
            );
            return None;
        };
        if let Err(refused) = trust::ensure_private_dir(&dir) {
            tracing::error!("compile cache off: {refused}");
            return None;
        }
        let index = scan(&dir);
        tracing::info!(
            dir = %dir.display(),
            entries = index.entries(),
            bytes = index.total_bytes(),
            max_bytes = settings.max_bytes,
            "compile cache on"
        );
        Some(CompileCache {
            dir,
            max_bytes: settings.max_bytes,
            base: key::KeyBase::new(sandbox),
            index: Mutex::new(index),
            temp_seq: AtomicU64::new(0),
            discarded: AtomicU64::new(0),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path_of(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.module"))
    }

    fn index(&self) -> std::sync::MutexGuard<'_, lru::Index> {
        self.index.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The entry for `key`, if there is a sound one: its file, checked and
    /// open, for the sandbox to map. A corrupt or foreign entry is logged
    /// and removed, and reads as a miss.
    pub fn get(&self, key: &str) -> Option<Entry> {
        let path = self.path_of(key);
        let mut file = match open_no_follow(&path) {
            Ok(file) => file,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return None,
            Err(err) => {
                self.discard(key, &format!("cannot be opened: {err}"));
                return None;
            }
        };
        let meta = match file.metadata() {
            Ok(meta) => meta,
            Err(err) => {
                self.discard(key, &format!("cannot be read: {err}"));
                return None;
            }
        };
        if let Err(problem) = trust::check_private(&meta) {
            self.discard(key, &format!("is not the server's own file: it {problem}"));
            return None;
        }
        match artifact::verify(&mut file, meta.len()) {
            Ok(image_bytes) => {
                let now = SystemTime::now();
                // The file's time is the recency the next start sees.
                let _ = file.set_modified(now);
                self.index().touch(key, now);
                Some(Entry { file, image_bytes })
            }
            Err(Corrupt::Io(err)) => {
                self.discard(key, &format!("cannot be read: {err}"));
                None
            }
            Err(corrupt) => {
                self.discard(key, &format!("is corrupt: {corrupt}"));
                None
            }
        }
    }

    /// Removes the entry for `key`, logging why it could not be used.
    pub fn discard(&self, key: &str, why: &str) {
        let path = self.path_of(key);
        tracing::warn!(entry = %path.display(), "compile cache entry {why}; rebuilding it");
        self.discarded.fetch_add(1, Ordering::Relaxed);
        self.index().remove(key);
        if let Err(err) = std::fs::remove_file(&path) {
            if err.kind() != std::io::ErrorKind::NotFound {
                tracing::warn!(entry = %path.display(), "cannot remove the compile cache entry: {err}");
            }
        }
    }

    /// Stores `artifact` under `key` (atomically), then evicts least
    /// recently used entries if the cache is over its bound. False if it
    /// was not stored.
    pub fn put(&self, key: &str, artifact: &Artifact) -> bool {
        let bytes = artifact.encode();
        if bytes.len() as u64 > self.max_bytes {
            tracing::info!(
                bytes = bytes.len(),
                max_bytes = self.max_bytes,
                "module not cached: larger than the whole cache"
            );
            return false;
        }
        let path = self.path_of(key);
        let seq = self.temp_seq.fetch_add(1, Ordering::Relaxed);
        let temp = self
            .dir
            .join(format!(".{key}.{}.{seq}.tmp", std::process::id()));
        if let Err(err) = write_private(&temp, &bytes).and_then(|()| std::fs::rename(&temp, &path))
        {
            let _ = std::fs::remove_file(&temp);
            tracing::warn!(entry = %path.display(), "cannot store the compile cache entry: {err}");
            return false;
        }
        let evicted = {
            let mut index = self.index();
            index.insert(key, bytes.len() as u64, SystemTime::now());
            if index.total_bytes() > self.max_bytes {
                // Down to 90%, so that the next few stores evict nothing.
                index.evict_to(self.max_bytes / 10 * 9, key)
            } else {
                Vec::new()
            }
        };
        for old in &evicted {
            let _ = std::fs::remove_file(self.path_of(old));
        }
        if !evicted.is_empty() {
            tracing::info!(
                evicted = evicted.len(),
                "compile cache over max_bytes: least recently used entries evicted"
            );
        }
        true
    }

    /// The key of one tenant source; see `key`.
    pub fn key(
        &self,
        name: &str,
        filename: &str,
        kind: crate::source::SourceKind,
        limits: &mayfly_sandbox::Limits,
        source: &[u8],
    ) -> String {
        self.base.key(name, filename, kind, limits, source)
    }

    /// Entries found unusable and removed since the server started.
    pub fn discarded(&self) -> u64 {
        self.discarded.load(Ordering::Relaxed)
    }

    /// Entries and bytes the cache holds now.
    pub fn usage(&self) -> (usize, u64) {
        let index = self.index();
        (index.entries(), index.total_bytes())
    }
}

/// The entries already in `dir`, with their sizes and last use; removes
/// temp files a crashed writer left behind.
fn scan(dir: &Path) -> lru::Index {
    let mut index = lru::Index::default();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return index;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Ok(meta) = entry.metadata() else { continue };
        let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        if let Some(key) = name.strip_suffix(".module") {
            index.insert(key, meta.len(), modified);
        } else if name.starts_with('.') && name.ends_with(".tmp") {
            let age = now.duration_since(modified).unwrap_or_default();
            if age > STALE_TEMP {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    index
}

fn open_no_follow(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    // Write access for set_modified (the LRU's recency).
    options.read(true).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW);
    }
    options.open(path)
}

/// A new file (never an existing one or a symlink's target) with mode 0600.
/// Not synced to disk: a crash may leave a truncated entry, which the
/// checksum finds, and a sync per entry would cost a 10,000-tenant start
/// 10,000 disk flushes.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(bytes)
}
