//! The loaded tenants by name. Requests take an `Arc<Tenant>` and keep it
//! for their whole life, so replacing an entry never disturbs a request in
//! flight: the old version is freed when its last request ends.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use dashmap::DashMap;
use mayfly_sandbox::{Sandbox, Tenant};

use crate::config::Config;
use crate::names::is_valid_tenant_name;
use crate::source::{load_file, SourceKind};

#[derive(Default)]
pub struct Registry {
    tenants: DashMap<String, Arc<Tenant>>,
}

impl Registry {
    pub fn get(&self, name: &str) -> Option<Arc<Tenant>> {
        self.tenants.get(name).map(|entry| entry.value().clone())
    }

    /// Adds or replaces a tenant; returns the version it replaced.
    pub fn insert(&self, tenant: Tenant) -> Option<Arc<Tenant>> {
        self.tenants.insert(tenant.name().to_string(), Arc::new(tenant))
    }

    pub fn remove(&self, name: &str) -> Option<Arc<Tenant>> {
        self.tenants.remove(name).map(|(_, tenant)| tenant)
    }

    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.tenants.iter().map(|e| e.key().clone()).collect();
        names.sort();
        names
    }

    pub fn len(&self) -> usize {
        self.tenants.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tenants.is_empty()
    }

    /// Loads every tenant source in the config's tenants dir. A file that
    /// fails is logged with the reason and skipped; the others still load.
    pub fn load_dir(sandbox: &Sandbox, config: &Config) -> Registry {
        let registry = Registry::default();
        for (name, sources) in scan_dir(config) {
            let [(path, kind)] = sources.as_slice() else {
                let files: Vec<String> = sources.iter().map(|(p, _)| p.display().to_string()).collect();
                tracing::error!(tenant = %name, "skipped: more than one source ({}); keep one", files.join(", "));
                continue;
            };
            match load_file(sandbox, &name, path, *kind, config.limits_for(&name)) {
                Ok(tenant) => {
                    tracing::info!(tenant = %name, path = %path.display(), "loaded");
                    registry.insert(tenant);
                }
                Err(err) => tracing::error!(tenant = %name, path = %path.display(), "skipped: {err}"),
            }
        }
        registry
    }
}

/// Tenant sources in the tenants dir, grouped by tenant name.
fn scan_dir(config: &Config) -> BTreeMap<String, Vec<(PathBuf, SourceKind)>> {
    let dir = &config.server.tenants_dir;
    let mut found: BTreeMap<String, Vec<(PathBuf, SourceKind)>> = BTreeMap::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            tracing::error!(dir = %dir.display(), "cannot read the tenants dir: {err}");
            return found;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(kind) = SourceKind::of_path(&path) else {
            continue;
        };
        let Some(name) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if !is_valid_tenant_name(name) {
            tracing::warn!(path = %path.display(), "skipped: tenant names are [a-z0-9][a-z0-9-]{{0,62}}");
            continue;
        }
        found.entry(name.to_string()).or_default().push((path, kind));
    }
    found
}
