//! A loaded tenant together with what the admin API reports about it: where
//! it came from, which version it is, and how its requests went.

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::SystemTime;

use mayfly_sandbox::Tenant;
use sha2::{Digest, Sha256};

use crate::cache::CacheUse;
use crate::guest_lines::GuestLines;
use crate::metrics::TenantMetrics;
use crate::source::SourceKind;

/// Where a tenant's current version came from.
#[derive(Debug, Clone)]
pub struct SourceInfo {
    pub kind: SourceKind,
    pub path: std::path::PathBuf,
    pub size: u64,
    /// Hex SHA-256 of the source bytes: tells a real change from an event
    /// about a file whose content is already loaded.
    pub sha256: String,
}

impl SourceInfo {
    pub fn new(kind: SourceKind, path: std::path::PathBuf, bytes: &[u8]) -> SourceInfo {
        SourceInfo {
            kind,
            path,
            size: bytes.len() as u64,
            sha256: sha256_hex(bytes),
        }
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// One version of one tenant, shared by the registry and every request that
/// started on it.
pub struct TenantEntry {
    pub tenant: Tenant,
    pub source: SourceInfo,
    /// 1 for the first load of this name, +1 for each replacement.
    pub version: u64,
    pub loaded_at: SystemTime,
    /// Responses by status class (1xx..5xx) since this version loaded.
    responses: [AtomicU64; 5],
    in_flight: AtomicU32,
    /// Whether this version's requests run off the request workers, in the
    /// slow lane: from the start if it uses WASI or its fuel budget is over
    /// `server.inline_max_fuel`, else once a request of it burned
    /// `server.slow_request_fuel`.
    slow: AtomicBool,
    /// The tenant's metrics and guest output, kept across its versions.
    pub metrics: Arc<TenantMetrics>,
    pub guest_lines: Arc<GuestLines>,
    /// Whether this version's module came from the compile cache.
    pub compile_cache: CacheUse,
}

/// A request's claim on one of its tenant's in-flight places; released on drop.
pub struct InFlight<'a>(&'a AtomicU32);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

impl std::fmt::Debug for TenantEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TenantEntry")
            .field("name", &self.name())
            .field("version", &self.version)
            .field("source", &self.source)
            .finish()
    }
}

impl TenantEntry {
    /// A new version of a tenant; `metrics` and `guest_lines` are the
    /// previous version's, if there was one. `inline_max_fuel` is the
    /// largest fuel budget that may run on a request worker.
    pub fn new(
        mut tenant: Tenant,
        source: SourceInfo,
        version: u64,
        metrics: Arc<TenantMetrics>,
        guest_lines: Arc<GuestLines>,
        inline_max_fuel: u64,
    ) -> TenantEntry {
        tenant.set_guest_log(guest_lines.clone());
        let uses_wasi = tenant.uses_wasi();
        // The adaptive path (mark_slow) only acts after a long request has
        // held a worker to its end; a budget this big means the very first
        // one may hold it too long, so such a version never runs inline.
        let long_budget = tenant.limits().fuel > inline_max_fuel;
        if long_budget {
            tracing::info!(
                fuel = tenant.limits().fuel,
                inline_max_fuel,
                "fuel budget above server.inline_max_fuel: its requests run on the blocking pool"
            );
        }
        TenantEntry {
            tenant,
            source,
            version,
            loaded_at: SystemTime::now(),
            responses: Default::default(),
            in_flight: AtomicU32::new(0),
            // wasmtime-wasi's synchronous preview 1 blocks on the ambient
            // tokio runtime inside each WASI call, which panics on a
            // runtime worker: a WASI tenant runs on the blocking pool from
            // its first request, as a slow one does.
            slow: AtomicBool::new(uses_wasi || long_budget),
            metrics,
            guest_lines,
            compile_cache: CacheUse::Off,
        }
    }

    /// A place among the tenant's `cap` requests in flight, or None if all
    /// are taken.
    pub fn try_enter(&self, cap: u32) -> Option<InFlight<'_>> {
        let before = self.in_flight.fetch_add(1, Ordering::AcqRel);
        let claim = InFlight(&self.in_flight);
        (before < cap).then_some(claim)
    }

    /// Requests of this version that have entered and not yet answered.
    pub fn in_flight(&self) -> u32 {
        self.in_flight.load(Ordering::Relaxed)
    }

    pub fn is_slow(&self) -> bool {
        self.slow.load(Ordering::Relaxed)
    }

    pub fn mark_slow(&self) {
        if !self.slow.swap(true, Ordering::Relaxed) {
            // Inside the request span, which names the tenant.
            tracing::info!(
                version = self.version,
                "slow tenant: its requests now run on the blocking pool"
            );
        }
    }

    pub fn name(&self) -> &str {
        self.tenant.name()
    }

    pub fn count_response(&self, status: u16) {
        let class = (status / 100).clamp(1, 5) as usize - 1;
        self.responses[class].fetch_add(1, Ordering::Relaxed);
        self.metrics.count_response(status);
    }

    pub fn response_counts(&self) -> [u64; 5] {
        std::array::from_fn(|i| self.responses[i].load(Ordering::Relaxed))
    }

    /// The admin API's view of this tenant.
    pub fn to_json(&self, routes: Vec<String>) -> serde_json::Value {
        let [c1, c2, c3, c4, c5] = self.response_counts();
        let limits = self.tenant.limits();
        serde_json::json!({
            "name": self.name(),
            "kind": self.source.kind,
            "path": self.source.path.display().to_string(),
            "size": self.source.size,
            "sha256": self.source.sha256,
            "version": self.version,
            "loaded_at": humantime::format_rfc3339_seconds(self.loaded_at).to_string(),
            "routes": routes,
            "limits": limits,
            "uses_wasi": self.tenant.uses_wasi(),
            "in_flight": self.in_flight(),
            "slow": self.is_slow(),
            "image_bytes": self.tenant.image_bytes(),
            "compile_cache": self.compile_cache,
            "responses": { "1xx": c1, "2xx": c2, "3xx": c3, "4xx": c4, "5xx": c5 },
        })
    }
}
