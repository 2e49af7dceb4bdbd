//! The wasmtime Engine, its pooling allocator, the epoch ticker and the
//! Linker with the host imports: everything shared by all tenants.
//!
//! Each knob set here is documented with what it does and why this value;
//! the figures come from the lifecycle benchmark (`cargo bench -p
//! mayfly-sandbox`) on the 2-core development machine.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use wasmtime::{Config, Engine, InstanceAllocationStrategy, Linker, PoolingAllocationConfig};

use crate::code_memo::{CodeMemo, MemoStats};
use crate::error::LoadError;
use crate::host::{self, HostState};
use crate::limits::PoolSettings;

/// Shared by every tenant and every request. Cheap to share behind an Arc.
pub struct Sandbox {
    pub(crate) engine: Engine,
    pub(crate) linker: Linker<HostState>,
    pub(crate) settings: PoolSettings,
    /// Requests holding a pool slot right now (Store alive). wasmtime does
    /// not report its pool's occupancy, so the metrics count it here: one
    /// increment and one decrement per request.
    pub(crate) slots_in_use: AtomicUsize,
    code_memo: Arc<CodeMemo>,
    _ticker: EpochTicker,
}

impl Sandbox {
    pub fn new(settings: &PoolSettings) -> Result<Sandbox, LoadError> {
        let code_memo = Arc::new(CodeMemo::new(CODE_MEMO_BYTES));
        let engine = Engine::new(&engine_config(settings, code_memo.clone())?)
            .map_err(|e| LoadError::Engine(format!("{e:#}")))?;
        let mut linker = Linker::new(&engine);
        host::add_to_linker(&mut linker).map_err(|e| LoadError::Engine(format!("{e:#}")))?;
        let ticker = EpochTicker::start(
            engine.clone(),
            Duration::from_millis(settings.epoch_tick_ms.max(1)),
        );
        Ok(Sandbox {
            engine,
            linker,
            settings: settings.clone(),
            slots_in_use: AtomicUsize::new(0),
            code_memo,
            _ticker: ticker,
        })
    }

    pub fn settings(&self) -> &PoolSettings {
        &self.settings
    }

    /// Feeds everything about the engine's configuration that decides
    /// whether a serialized module fits this engine into `state` (for a
    /// compile cache's key).
    pub fn hash_engine_config<H: std::hash::Hasher>(&self, state: &mut H) {
        use std::hash::Hash;
        self.engine.precompile_compatibility_hash().hash(state);
    }

    /// Functions compiled and found in the in-process code cache so far.
    pub fn code_memo_stats(&self) -> MemoStats {
        self.code_memo.stats()
    }

    /// Pool slots held by requests being handled now, out of
    /// `settings().instances`.
    pub fn slots_in_use(&self) -> usize {
        self.slots_in_use.load(Ordering::Relaxed)
    }

    /// Epoch ticks for a deadline: rounded up, plus one because the current
    /// tick is already partly over when the request starts.
    pub(crate) fn deadline_ticks(&self, deadline_ms: u64) -> u64 {
        deadline_ms.div_ceil(self.settings.epoch_tick_ms.max(1)) + 1
    }
}

/// Bound of the in-process code cache (code_memo.rs). Measured with
/// `cargo run --release -p mayfly-server --example load_cost`: the shared
/// Python runtime's code is ~2 MiB, a tenant's own functions tens of KiB
/// each and needed only until its second compile, so 16 MiB keeps the
/// first and room for many loads in parallel.
const CODE_MEMO_BYTES: usize = 16 << 20;

/// The Wasm stack a guest may use: see engine_config.
const WASM_STACK_BYTES: usize = 1 << 20;

fn engine_config(settings: &PoolSettings, code_memo: Arc<CodeMemo>) -> Result<Config, LoadError> {
    let mut pool = PoolingAllocationConfig::default();
    let slots = settings.instances.max(1);
    // One memory and one table per instance: what the guest ABI needs.
    pool.total_core_instances(slots)
        .total_memories(slots)
        .total_tables(slots)
        .max_memories_per_module(1)
        .max_tables_per_module(1)
        // Guests run synchronously; no fiber stacks are needed.
        .total_stacks(0)
        .max_memory_size(settings.max_memory_bytes as usize)
        // Keeping the first MiB of each slot resident turns the per-request
        // madvise into a memset. Measured with the lifecycle bench (WAT
        // hello): 4.36 µs/request with 0 resident, 1.54 µs with 1 MiB.
        .linear_memory_keep_resident(settings.keep_resident_bytes as usize)
        .table_keep_resident(64 << 10)
        // Amortise madvise for memories that outgrew the resident part:
        // with nothing resident, batch 8 measured 4.36 µs against 5.77 µs
        // for batch 1; with the guest's memory resident it makes no
        // difference (1.54 vs 1.56 µs). (Even a memory that fits queues a
        // zero-length region, so batch 8 makes one no-op process_madvise
        // per 8 requests; batch 1 makes none, yet measured slower: 1.52-1.60
        // vs 1.47-1.53 µs, slots returned one by one cost more.)
        // memory_init_cow stays at its
        // default: turning it off measured the same (1.72 vs 1.71 µs for
        // the compiled hello).
        .decommit_batch_size(settings.decommit_batch.max(1) as usize);
    // pagemap_scan stays off (its default): the PAGEMAP_SCAN ioctl that
    // finds the dirty pages costs more than resetting a small memory
    // outright. Measured here (kernel 6.18, lifecycle bench, µs/request
    // off / on): compiled hello 1.98 / 3.06, Flask msisdn with 64 KiB
    // pages 6.46 / 7.67.

    let mut config = Config::new();
    config
        .allocation_strategy(InstanceAllocationStrategy::Pooling(pool))
        // Fuel: the deterministic CPU limit. Costs a counter update per
        // basic block; the deadline alone could not say "this much work".
        .consume_fuel(true)
        // Epochs: the wall-clock limit, one atomic load per loop header and
        // function entry, advanced by the ticker thread.
        .epoch_interruption(true)
        // 1-byte pages let a small guest have an 8 KiB memory instead of a
        // 64 KiB page: less to reset per request.
        .wasm_custom_page_sizes(true)
        // Off by default: see PoolSettings::compiler_inlining.
        .compiler_inlining(if settings.compiler_inlining {
            wasmtime::Inlining::Yes
        } else {
            wasmtime::Inlining::No
        })
        .wasm_memory64(false)
        // Guest recursion is bounded by the Python recursion limit (1000
        // frames by default, RecursionError past it); a method call
        // costs four Wasm frames, and 512 KiB (wasmtime's default) held
        // ~1,300 of them. 1 MiB holds the default limit with room, and
        // stays well inside the 2 MiB stacks of the tokio threads that
        // run guests (the host's own frames are a few KiB).
        .max_wasm_stack(WASM_STACK_BYTES);
    // One Cranelift compile per load: see code_memo.rs. It changes how
    // code is found, not the code.
    config
        .enable_incremental_compilation(code_memo)
        .map_err(|e| LoadError::Engine(format!("{e:#}")))?;
    // The guard region stays at wasmtime's default. With no guard, a
    // memory with 1-byte pages keeps the pages a grow made accessible for
    // the next instance of its slot, so a guest that grows by 64 KiB per
    // request measured 2.1 instead of 9.2 µs per lifecycle (the two
    // mprotect calls go). But the slot then stays that big: every later
    // request in it resets all of it, and one request that grew to 1 MiB
    // would cost each later request of that slot a 1 MiB memset. Guests
    // get arena slack instead (mayfly-compiler, module.rs ARENA_SLACK).
    // MAYFLY_PERFMAP=1 writes /tmp/perf-PID.map so that `perf report` names
    // guest functions instead of showing bare JIT addresses. Off by default:
    // the map grows with every tenant compiled.
    if std::env::var_os("MAYFLY_PERFMAP").is_some_and(|v| v == "1") {
        config.profiler(wasmtime::ProfilingStrategy::PerfMap);
    }
    Ok(config)
}

/// Advances the engine's epoch every tick until dropped, so that each
/// Store's epoch deadline measures wall-clock time.
struct EpochTicker {
    stop: Arc<AtomicBool>,
}

impl EpochTicker {
    fn start(engine: Engine, tick: Duration) -> EpochTicker {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let spawned = std::thread::Builder::new()
            .name("mayfly-epoch".into())
            .spawn(move || {
                while !flag.load(Ordering::Relaxed) {
                    std::thread::sleep(tick);
                    engine.increment_epoch();
                }
            });
        if let Err(err) = spawned {
            // Without the ticker deadlines never fire; fuel still bounds CPU.
            tracing::error!("cannot start the epoch thread, deadlines are off: {err}");
        }
        EpochTicker { stop }
    }
}

impl Drop for EpochTicker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}
