//! What `/metrics` reports, kept in plain atomics so the request path pays
//! a few relaxed increments and nothing else (no lock, no map lookup, no
//! allocation). `expose` turns them into the Prometheus text format with
//! the `prometheus-client` encoder at scrape time.
//!
//! Per-tenant values live in a [`TenantMetrics`] that every version of the
//! tenant shares (a reload keeps the counters); it goes away with the
//! tenant's last registry entry, so removed tenants leave the output.

pub mod expose;

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::Duration;

/// A histogram of `u64` observations: one counter per bucket (not
/// cumulative) and the sum. Observing is two
/// relaxed `fetch_add`s; a scrape may see a count and a sum from slightly
/// different moments, which Prometheus tolerates.
pub struct Histogram {
    /// Upper bounds, ascending; observations above the last go to +Inf.
    bounds: &'static [u64],
    /// `bounds.len() + 1` counters, the last for +Inf.
    counts: Box<[AtomicU64]>,
    sum: AtomicU64,
}

impl Histogram {
    pub fn new(bounds: &'static [u64]) -> Histogram {
        Histogram {
            bounds,
            counts: (0..=bounds.len()).map(|_| AtomicU64::new(0)).collect(),
            sum: AtomicU64::new(0),
        }
    }

    pub fn observe(&self, value: u64) {
        let bucket = self.bounds.partition_point(|&bound| bound < value);
        self.counts[bucket].fetch_add(1, Ordering::Relaxed);
        self.sum.fetch_add(value, Ordering::Relaxed);
    }

    pub fn observe_duration(&self, elapsed: Duration) {
        self.observe(u64::try_from(elapsed.as_nanos()).unwrap_or(u64::MAX));
    }

    /// (sum, count, per-bucket counts), each bound divided by `scale`
    /// (1e9 turns nanoseconds into the seconds Prometheus expects). The
    /// counts are per bucket, not cumulative: the prometheus-client encoder
    /// adds them up itself. The last bucket's bound is f64::MAX, which is
    /// how that encoder is told to write `+Inf`.
    pub fn snapshot(&self, scale: f64) -> (f64, u64, Vec<(f64, u64)>) {
        let buckets: Vec<(f64, u64)> = self
            .counts
            .iter()
            .enumerate()
            .map(|(i, count)| {
                let bound = self.bounds.get(i).map_or(f64::MAX, |&b| b as f64 / scale);
                (bound, count.load(Ordering::Relaxed))
            })
            .collect();
        let count = buckets.iter().map(|(_, n)| n).sum();
        let sum = self.sum.load(Ordering::Relaxed) as f64 / scale;
        (sum, count, buckets)
    }
}

/// Request and lifecycle durations, in nanoseconds: from the ~2 µs of a
/// WAT hello's sandbox lifecycle to the 500 ms default deadline and past it.
const DURATION_BOUNDS_NS: &[u64] = &[
    5_000,
    10_000,
    25_000,
    50_000,
    100_000,
    250_000,
    500_000,
    1_000_000,
    2_500_000,
    5_000_000,
    10_000_000,
    25_000_000,
    50_000_000,
    100_000_000,
    250_000_000,
    500_000_000,
    1_000_000_000,
];

/// Fuel per request: a compiled hello uses ~5k, the Flask msisdn route
/// ~100k, the slow-lane threshold is 5M and the default budget 1e8.
const FUEL_BOUNDS: &[u64] = &[
    1_000,
    10_000,
    100_000,
    1_000_000,
    5_000_000,
    10_000_000,
    50_000_000,
    100_000_000,
];

/// Load durations, in nanoseconds: a WAT tenant loads in milliseconds, a
/// Flask tenant in ~300 ms.
const LOAD_BOUNDS_NS: &[u64] = &[
    1_000_000,
    10_000_000,
    50_000_000,
    100_000_000,
    250_000_000,
    500_000_000,
    1_000_000_000,
    5_000_000_000,
];

/// Status codes counted one by one; any other code is counted under its
/// class (`2xx`, ...). A guest may set any status from 200 to 999, so an
/// open-ended label would let one tenant grow the output without bound.
pub const STATUS_CODES: [u16; 24] = [
    200, 201, 202, 204, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 409, 413, 422, 429,
    431, 500, 502, 503, 504,
];

/// Buckets of [`TenantMetrics::responses`]: the codes above, then one
/// per class 1xx..9xx.
const STATUS_SLOTS: usize = STATUS_CODES.len() + 9;

fn status_slot(status: u16) -> usize {
    match STATUS_CODES.binary_search(&status) {
        Ok(i) => i,
        Err(_) => STATUS_CODES.len() + (status / 100).clamp(1, 9) as usize - 1,
    }
}

/// The `code` label of a status slot.
pub fn status_label(slot: usize) -> String {
    match STATUS_CODES.get(slot) {
        Some(code) => code.to_string(),
        None => format!("{}xx", slot - STATUS_CODES.len() + 1),
    }
}

/// Why the server, rather than the guest, decided a request's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    Trap,
    Fuel,
    Deadline,
    Memory,
    Instantiate,
    PoolExhausted,
    InFlightCap,
    /// The request body was over `server.max_body_bytes`.
    BodyTooLarge,
    /// The guest's thread in the slow lane panicked or the lane closed.
    Internal,
}

impl FailureKind {
    pub const ALL: [FailureKind; 9] = [
        FailureKind::Trap,
        FailureKind::Fuel,
        FailureKind::Deadline,
        FailureKind::Memory,
        FailureKind::Instantiate,
        FailureKind::PoolExhausted,
        FailureKind::InFlightCap,
        FailureKind::BodyTooLarge,
        FailureKind::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FailureKind::Trap => "trap",
            FailureKind::Fuel => "fuel",
            FailureKind::Deadline => "deadline",
            FailureKind::Memory => "memory",
            FailureKind::Instantiate => "instantiate",
            FailureKind::PoolExhausted => "pool_exhausted",
            FailureKind::InFlightCap => "in_flight_cap",
            FailureKind::BodyTooLarge => "body_too_large",
            FailureKind::Internal => "internal",
        }
    }

    pub fn of(err: &mayfly_sandbox::RequestError) -> FailureKind {
        use mayfly_sandbox::RequestError as E;
        match err {
            E::Trap(_) => FailureKind::Trap,
            E::OutOfFuel { .. } => FailureKind::Fuel,
            E::Deadline { .. } => FailureKind::Deadline,
            E::MemoryLimit { .. } => FailureKind::Memory,
            E::PoolExhausted => FailureKind::PoolExhausted,
            E::Instantiate(_) => FailureKind::Instantiate,
        }
    }
}

/// One tenant's counters, shared by all its versions.
pub struct TenantMetrics {
    responses: [AtomicU64; STATUS_SLOTS],
    /// Head read to response handed to hyper (the body is whole by then).
    pub request_duration: Histogram,
    /// `Sandbox::handle`: Store, instance, guest, response copied out.
    pub lifecycle: Histogram,
    pub fuel: Histogram,
    failures: [AtomicU64; FailureKind::ALL.len()],
    pub loads: AtomicU64,
    pub load_failures: AtomicU64,
    pub load_duration: Histogram,
}

impl Default for TenantMetrics {
    fn default() -> Self {
        TenantMetrics {
            responses: std::array::from_fn(|_| AtomicU64::new(0)),
            request_duration: Histogram::new(DURATION_BOUNDS_NS),
            lifecycle: Histogram::new(DURATION_BOUNDS_NS),
            fuel: Histogram::new(FUEL_BOUNDS),
            failures: std::array::from_fn(|_| AtomicU64::new(0)),
            loads: AtomicU64::new(0),
            load_failures: AtomicU64::new(0),
            load_duration: Histogram::new(LOAD_BOUNDS_NS),
        }
    }
}

impl TenantMetrics {
    pub fn count_response(&self, status: u16) {
        self.responses[status_slot(status)].fetch_add(1, Ordering::Relaxed);
    }

    pub fn count_failure(&self, kind: FailureKind) {
        self.failures[kind as usize].fetch_add(1, Ordering::Relaxed);
    }

    /// (slot, count) of every status seen at least once.
    pub fn responses(&self) -> impl Iterator<Item = (usize, u64)> + '_ {
        self.responses
            .iter()
            .map(|c| c.load(Ordering::Relaxed))
            .enumerate()
            .filter(|(_, n)| *n > 0)
    }

    pub fn failures(&self, kind: FailureKind) -> u64 {
        self.failures[kind as usize].load(Ordering::Relaxed)
    }

    pub fn count_load(&self, elapsed: Duration, ok: bool) {
        let counter = if ok { &self.loads } else { &self.load_failures };
        counter.fetch_add(1, Ordering::Relaxed);
        self.load_duration.observe_duration(elapsed);
    }
}

/// Connections of one listener.
#[derive(Default)]
pub struct ConnectionMetrics {
    pub open: AtomicI64,
    /// Accepts that found `max_connections` open and had to wait for one
    /// to close (new clients wait in the listen backlog meanwhile: mayfly
    /// refuses none itself).
    pub waited_at_cap: AtomicU64,
}

/// Values about the whole server, not one tenant.
#[derive(Default)]
pub struct ServerMetrics {
    pub public: ConnectionMetrics,
    pub admin: ConnectionMetrics,
    /// Loads that failed, of any name: also those that never loaded and
    /// so have no tenant to count them under.
    pub load_failures: AtomicU64,
    /// Successful loads by how they got their module: hit, stored,
    /// unstored (see `cache::CacheUse`; loads with the cache off are not
    /// counted here).
    pub cache_results: [AtomicU64; 3],
}

impl ServerMetrics {
    pub fn count_cache_use(&self, used: crate::cache::CacheUse) {
        use crate::cache::CacheUse;
        let slot = match used {
            CacheUse::Hit => 0,
            CacheUse::Stored => 1,
            CacheUse::Unstored => 2,
            CacheUse::Off => return,
        };
        self.cache_results[slot].fetch_add(1, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_buckets_count_each_bucket_and_are_inclusive() {
        let h = Histogram::new(&[10, 100]);
        for v in [1, 10, 11, 100, 1000] {
            h.observe(v);
        }
        let (sum, count, buckets) = h.snapshot(1.0);
        assert_eq!(sum, 1122.0);
        assert_eq!(count, 5);
        assert_eq!(buckets, vec![(10.0, 2), (100.0, 2), (f64::MAX, 1)]);
    }

    #[test]
    fn statuses_outside_the_table_count_by_class() {
        let m = TenantMetrics::default();
        for status in [200, 200, 504, 299, 999] {
            m.count_response(status);
        }
        let seen: Vec<(String, u64)> = m.responses().map(|(s, n)| (status_label(s), n)).collect();
        assert_eq!(
            seen,
            [("200", 2), ("504", 1), ("2xx", 1), ("9xx", 1)].map(|(l, n)| (l.to_string(), n))
        );
    }
}
