//! The loaded tenants by name. Requests take an `Arc<TenantEntry>` and keep
//! it for their whole life, so replacing an entry never disturbs a request
//! in flight: the old version is freed when its last request ends.

use std::sync::Arc;

use dashmap::DashMap;

use crate::entry::TenantEntry;

#[derive(Default)]
pub struct Registry {
    tenants: DashMap<String, Arc<TenantEntry>>,
}

impl Registry {
    pub fn get(&self, name: &str) -> Option<Arc<TenantEntry>> {
        self.tenants.get(name).map(|entry| entry.value().clone())
    }

    /// Adds or replaces a tenant (atomically for readers); returns the
    /// version it replaced.
    pub fn insert(&self, entry: Arc<TenantEntry>) -> Option<Arc<TenantEntry>> {
        self.tenants.insert(entry.name().to_string(), entry)
    }

    pub fn remove(&self, name: &str) -> Option<Arc<TenantEntry>> {
        self.tenants.remove(name).map(|(_, entry)| entry)
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
}
