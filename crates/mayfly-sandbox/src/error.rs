//! Typed errors: why a tenant failed to load, and which limit or trap ended
//! a request. The server maps each [`RequestError`] to its own status.

/// A tenant could not be loaded. The message is for the operator's log.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("not a valid Wasm module: {0}")]
    Invalid(String),
    #[error("module does not follow the mayfly guest ABI: {0}")]
    Abi(String),
    #[error("initialisation failed: {0}")]
    Init(String),
    #[error("engine error: {0}")]
    Engine(String),
}

/// Why a request did not produce a guest response.
#[derive(Debug, thiserror::Error)]
pub enum RequestError {
    /// The guest trapped (unreachable, out-of-bounds access, stack overflow,
    /// a bad pointer handed to a host import, ...).
    #[error("guest trapped: {0}")]
    Trap(String),
    /// The request used up its fuel budget.
    #[error("fuel exhausted ({fuel} units)")]
    OutOfFuel { fuel: u64 },
    /// The request passed its wall-clock deadline.
    #[error("deadline of {deadline_ms} ms exceeded")]
    Deadline { deadline_ms: u64 },
    /// The guest tried to grow memory past its limit.
    #[error("memory limit of {limit} bytes exceeded (wanted {wanted})")]
    MemoryLimit { limit: u64, wanted: u64 },
    /// Every pool slot is busy.
    #[error("no free instance slot in the pool")]
    PoolExhausted,
    /// Instantiation failed for another reason.
    #[error("instantiation failed: {0}")]
    Instantiate(String),
}

impl RequestError {
    /// True if the request ended by using up its CPU allowance.
    pub fn is_cpu_limit(&self) -> bool {
        matches!(
            self,
            RequestError::OutOfFuel { .. } | RequestError::Deadline { .. }
        )
    }
}

/// A fault the host raises inside a host import; it traps the request.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(crate) struct GuestFault(pub String);

/// Raised by the memory limiter; identified when classifying a trap.
#[derive(Debug, thiserror::Error)]
#[error("memory limit exceeded")]
pub(crate) struct MemoryLimitHit {
    pub limit: u64,
    pub wanted: u64,
}
