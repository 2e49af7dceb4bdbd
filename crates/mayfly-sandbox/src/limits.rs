//! Per-request limits and the pool-wide settings of the sandbox.
//!
//! Every value here has a default that fits real handlers; the reasoning for
//! each is next to it, and config/mayfly.toml repeats it for operators.

use std::time::Duration;

/// What one request of one tenant may use. Global defaults come from the
/// `[limits]` table of mayfly.toml; `[tenant.NAME]` tables override them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Wasm fuel per request. Cranelift code on this machine burns roughly
    /// one unit per simple instruction, about 1.5e9 units a second in a
    /// tight loop (tests/guests/spin.wat with 1e9 fuel ran 0.66 s), so 100
    /// million is ~60-70 ms of guest CPU: room for a real
    /// handler, and a runaway loop costs one core well under a tenth of a second.
    pub fuel: u64,
    /// Largest linear memory a request may grow to, in bytes. 16 MiB holds
    /// a parsed JSON document of several MiB with room to spare, while 1000
    /// concurrent requests stay within 16 GiB even in the worst case.
    pub memory_bytes: u64,
    /// Wall-clock deadline per request, in milliseconds, enforced with epoch
    /// interruption. Fuel bounds instructions; this bounds what fuel cannot
    /// see (a 16 MiB `memory.fill` costs one unit of fuel). Set well above
    /// the fuel budget's CPU time so that fuel, the deterministic limit,
    /// normally decides.
    pub deadline_ms: u64,
    /// Largest response body a guest may write, in bytes. Guards the host
    /// against a guest that appends the same bytes in a loop.
    pub max_response_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            fuel: 100_000_000,
            memory_bytes: 16 << 20,
            deadline_ms: 500,
            max_response_bytes: 16 << 20,
        }
    }
}

impl Limits {
    pub fn deadline(&self) -> Duration {
        Duration::from_millis(self.deadline_ms)
    }

    /// The budget for load-time initialisation: ten times a request's, since
    /// init runs once and may build every table the handler reads.
    pub fn for_init(&self) -> Limits {
        Limits {
            fuel: self.fuel.saturating_mul(10),
            deadline_ms: self.deadline_ms.saturating_mul(10),
            ..*self
        }
    }
}

/// Engine- and pool-wide settings, fixed when the server starts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct PoolSettings {
    /// Instance slots in the pooling allocator (memories and tables get the
    /// same count). Requests run their guest synchronously, so at most one
    /// instance per worker thread is alive at a time; 256 leaves room for
    /// many workers and for `init` on reloads without ever refusing a request.
    pub instances: u32,
    /// Largest memory any tenant may be configured to use, in bytes; the
    /// pool reserves address space for it in every slot. Raised
    /// automatically to the largest `memory_bytes` in the config.
    pub max_memory_bytes: u64,
    /// Bytes of each memory slot kept mapped between instances and reset
    /// with memset instead of madvise. A guest whose memory fits here pays
    /// no system call per request (measured here: 4.36 µs → 1.54 µs per
    /// lifecycle). Memory above it is returned to the kernel after use.
    pub keep_resident_bytes: u64,
    /// Slots decommitted together. Batching amortises the madvise calls of
    /// memories that outgrew `keep_resident_bytes`.
    pub decommit_batch: u32,
    /// Epoch tick, in milliseconds: the granularity of the deadline. Each
    /// tick is one atomic increment on a background thread.
    pub epoch_tick_ms: u64,
    /// Let Cranelift inline calls within a tenant's module. Compiled Python
    /// makes many small runtime calls, so inlining speeds up CPU-heavy
    /// handlers, but it makes loading a large tenant far slower and hungrier
    /// (see config/mayfly.toml for the figures).
    pub compiler_inlining: bool,
}

impl Default for PoolSettings {
    fn default() -> Self {
        PoolSettings {
            instances: 256,
            max_memory_bytes: 16 << 20,
            keep_resident_bytes: 1 << 20,
            decommit_batch: 8,
            epoch_tick_ms: 5,
            compiler_inlining: false,
        }
    }
}
