//! Loading tenants from the tenants dir and from uploads, and swapping them
//! into the registry. Used at startup, by the file watcher and by the admin
//! API; always off the request path (callers use spawn_blocking).
//!
//! The rule for a name: its sources on disk decide. No file → no tenant;
//! one file → that file's program; several (`x.py` and `x.wasm`) →
//! ambiguous, refused, and whatever was serving keeps serving.

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Instant;

use crate::cache::load_through;
use crate::entry::{SourceInfo, TenantEntry};
use crate::guest_lines::GuestLines;
use crate::service::App;
use crate::source::{SourceError, SourceKind};
use crate::tenant_files::{self, FileRole};

/// What syncing one name with the disk did.
#[derive(Debug)]
pub enum SyncOutcome {
    Loaded(Arc<TenantEntry>),
    /// The file holds what is already loaded (e.g. our own upload).
    Unchanged,
    Removed,
    /// Nothing on disk and nothing loaded.
    Absent,
    /// Loading failed; the previous version (if any) keeps serving.
    Failed(String),
}

#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    #[error("{0}")]
    Rejected(#[from] SourceError),
    #[error("cannot write the tenant file: {0}")]
    Write(#[from] std::io::Error),
}

/// The sources for `name` present in `dir`.
pub fn sources_on_disk(dir: &Path, name: &str) -> Vec<(PathBuf, SourceKind)> {
    SourceKind::ALL
        .into_iter()
        .map(|kind| (dir.join(format!("{name}.{}", kind.extension())), kind))
        .filter(|(path, _)| path.is_file())
        .collect()
}

impl App {
    fn tenants_dir(&self) -> &Path {
        &self.config.server.tenants_dir
    }

    /// The tenant `path` is a source of; a bad name is logged (once) with
    /// the rule it breaks.
    pub fn tenant_of_file(&self, path: &Path) -> Option<String> {
        match tenant_files::classify(path) {
            FileRole::Tenant(name, _) => Some(name),
            FileRole::Ignored => None,
            FileRole::BadName { file, problem } => {
                self.bad_names.note(&file, &problem);
                None
            }
        }
    }

    /// Every tenant name with a source in the tenants dir.
    pub fn names_on_disk(&self) -> Vec<String> {
        let mut names: Vec<String> = match std::fs::read_dir(self.tenants_dir()) {
            Ok(entries) => entries
                .flatten()
                .filter_map(|e| self.tenant_of_file(&e.path()))
                .collect(),
            Err(err) => {
                tracing::error!(dir = %self.tenants_dir().display(), "cannot read the tenants dir: {err}");
                Vec::new()
            }
        };
        names.sort();
        names.dedup();
        names
    }

    /// Makes the registry's entry for `name` match the tenants dir, logging
    /// what happened.
    pub fn sync_from_disk(&self, name: &str) -> SyncOutcome {
        let lock = self.name_lock(name);
        let _serial = lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let outcome = self.sync_locked(name);
        match &outcome {
            SyncOutcome::Loaded(entry) => tracing::info!(
                tenant = name,
                version = entry.version,
                path = %entry.source.path.display(),
                "loaded"
            ),
            SyncOutcome::Removed => {
                tracing::info!(tenant = name, "removed: no source left on disk")
            }
            SyncOutcome::Failed(reason) => {
                let serving = self.registry.get(name).map(|e| e.version);
                match serving {
                    Some(v) => {
                        tracing::error!(
                            tenant = name,
                            "load failed, version {v} keeps serving: {reason}"
                        )
                    }
                    None => tracing::error!(tenant = name, "load failed, skipped: {reason}"),
                }
            }
            SyncOutcome::Unchanged | SyncOutcome::Absent => {}
        }
        outcome
    }

    fn sync_locked(&self, name: &str) -> SyncOutcome {
        let sources = sources_on_disk(self.tenants_dir(), name);
        let (path, kind) = match sources.as_slice() {
            [] => {
                return match self.registry.remove(name) {
                    Some(_) => SyncOutcome::Removed,
                    None => SyncOutcome::Absent,
                }
            }
            [one] => one.clone(),
            several => {
                let files: Vec<String> = several
                    .iter()
                    .map(|(p, _)| p.display().to_string())
                    .collect();
                return SyncOutcome::Failed(format!(
                    "more than one source ({}); keep one",
                    files.join(", ")
                ));
            }
        };
        let readable = match tenant_files::resolve_inside(self.tenants_dir(), &path) {
            Ok(readable) => readable,
            Err(refused) => return SyncOutcome::Failed(refused),
        };
        let bytes = match tenant_files::read_no_follow(&readable) {
            Ok(bytes) => bytes,
            Err(err) => {
                return SyncOutcome::Failed(format!("cannot read {}: {err}", path.display()))
            }
        };
        if let Err(problem) = tenant_files::check_looks_like(kind, &bytes) {
            return SyncOutcome::Failed(format!(
                "{} {problem}; its content is not shown",
                path.display()
            ));
        }
        let source = SourceInfo::new(kind, path, &bytes);
        if let Some(current) = self.registry.get(name) {
            if current.source.sha256 == source.sha256 && current.source.path == source.path {
                return SyncOutcome::Unchanged;
            }
        }
        match self.build_entry(name, &bytes, source) {
            Ok(entry) => {
                self.registry.insert(entry.clone());
                SyncOutcome::Loaded(entry)
            }
            Err(err) => SyncOutcome::Failed(err.to_string()),
        }
    }

    /// Compiles and loads `bytes` as the next version of `name`.
    fn build_entry(
        &self,
        name: &str,
        bytes: &[u8],
        source: SourceInfo,
    ) -> Result<Arc<TenantEntry>, SourceError> {
        let filename = source.path.display().to_string();
        let limits = self.config.limits_for(name);
        let current = self.registry.get(name);
        let version = current.as_ref().map_or(1, |e| e.version + 1);
        let (metrics, lines) = match &current {
            Some(e) => (e.metrics.clone(), e.guest_lines.clone()),
            None => (
                Arc::default(),
                Arc::new(GuestLines::new(self.config.log.guest_lines)),
            ),
        };
        // The load's events (the guest's init output among them) say which
        // tenant and which version they belong to.
        let span = tracing::info_span!("load", tenant = name, version);
        let _entered = span.enter();
        let started = Instant::now();
        let loaded = load_through(
            self.cache.as_ref(),
            &self.sandbox,
            name,
            source.kind,
            bytes,
            &filename,
            limits,
        );
        metrics.count_load(started.elapsed(), loaded.is_ok());
        if loaded.is_err() {
            self.metrics.load_failures.fetch_add(1, Ordering::Relaxed);
        }
        let (tenant, cache_use) = loaded?;
        self.metrics.count_cache_use(cache_use);
        let inline_max_fuel = self.config.server.inline_max_fuel;
        let mut entry = TenantEntry::new(tenant, source, version, metrics, lines, inline_max_fuel);
        entry.compile_cache = cache_use;
        Ok(Arc::new(entry))
    }

    /// Validates an uploaded program, then writes it atomically into the
    /// tenants dir (so it survives restarts and reaches other replicas that
    /// watch the same dir), removes other sources of the name, and swaps it
    /// in. Returns the entry and whether the name is new.
    pub fn upload(
        &self,
        name: &str,
        kind: SourceKind,
        bytes: &[u8],
    ) -> Result<(Arc<TenantEntry>, bool), UploadError> {
        let lock = self.name_lock(name);
        let _serial = lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let path = self
            .tenants_dir()
            .join(format!("{name}.{}", kind.extension()));
        let entry = self.build_entry(name, bytes, SourceInfo::new(kind, path.clone(), bytes))?;
        write_atomically(&path, bytes)?;
        for (other, _) in sources_on_disk(self.tenants_dir(), name) {
            if other != path {
                std::fs::remove_file(&other)?;
            }
        }
        let created = self.registry.insert(entry.clone()).is_none();
        tracing::info!(tenant = name, version = entry.version, "uploaded");
        Ok((entry, created))
    }

    /// Removes the tenant and its files; false if there was neither.
    pub fn delete(&self, name: &str) -> Result<bool, std::io::Error> {
        let lock = self.name_lock(name);
        let _serial = lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let files = sources_on_disk(self.tenants_dir(), name);
        for (path, _) in &files {
            std::fs::remove_file(path)?;
        }
        let removed = self.registry.remove(name).is_some();
        if removed || !files.is_empty() {
            tracing::info!(tenant = name, "deleted");
        }
        Ok(removed || !files.is_empty())
    }
}

/// Write to a hidden temp file in the same directory, flush it to disk, then
/// rename over the target: readers see the old file or the new one, never
/// half of one. The temp name (`.NAME.EXT.tmp`) is not a tenant source, so
/// the watcher ignores it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    let file_name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("tenant");
    let temp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}
