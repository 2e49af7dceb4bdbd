//! The host side of the guest ABI (guest-sdk/ABI.md): per-Store state and
//! the `mayfly` imports. Every guest pointer is bounds-checked here; a bad
//! one raises a [`GuestFault`] that traps only the request that passed it.

use std::sync::Arc;

use http::{HeaderName, HeaderValue};
use wasmtime::{Caller, Linker, Memory, ResourceLimiter};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;

use crate::error::{GuestFault, MemoryLimitHit};
use crate::exchange::{GuestRequest, GuestResponse};
use crate::tenant::GuestLog;

type HostResult<T> = wasmtime::Result<T>;

/// At most this many response header fields per request.
const MAX_RESPONSE_HEADERS: usize = 128;
/// At most this many bytes of guest log output per request.
const MAX_LOG_BYTES: usize = 64 << 10;
/// Capacity of each WASI stdout/stderr capture.
const WASI_PIPE_BYTES: usize = 64 << 10;

/// Everything one Store owns. Built fresh for every request (and once for
/// initialisation) and dropped with the Store.
pub(crate) struct HostState {
    /// The instance's exported memory, set right after instantiation.
    pub memory: Option<Memory>,
    /// `None` while the module initialises: there is no request then.
    pub request: Option<GuestRequest>,
    pub response: GuestResponse,
    pub max_response_bytes: u64,
    pub limiter: MemoryCap,
    /// The tenant's second destination for output, if it has one. Tenant
    /// and request id are not repeated here: the caller's span (the
    /// server's request span, or the load span during init) carries them.
    pub guest_log: Option<Arc<dyn GuestLog>>,
    pub request_id: u64,
    logged_bytes: usize,
    /// Present only for tenants that import WASI preview 1.
    pub wasi: Option<WasiState>,
}

pub(crate) struct WasiState {
    pub ctx: WasiP1Ctx,
    pub stdout: MemoryOutputPipe,
    pub stderr: MemoryOutputPipe,
}

impl WasiState {
    /// A context with no files, environment, arguments or sockets; output is
    /// captured and sent to the tenant log after the call.
    pub fn new() -> WasiState {
        let stdout = MemoryOutputPipe::new(WASI_PIPE_BYTES);
        let stderr = MemoryOutputPipe::new(WASI_PIPE_BYTES);
        let ctx = wasmtime_wasi::WasiCtxBuilder::new()
            .stdout(stdout.clone())
            .stderr(stderr.clone())
            .build_p1();
        WasiState {
            ctx,
            stdout,
            stderr,
        }
    }
}

impl HostState {
    pub fn new(
        guest_log: Option<Arc<dyn GuestLog>>,
        request_id: u64,
        request: Option<GuestRequest>,
        memory_limit: u64,
        max_response_bytes: u64,
        wasi: bool,
    ) -> HostState {
        HostState {
            memory: None,
            request,
            response: GuestResponse::default(),
            max_response_bytes,
            limiter: MemoryCap {
                limit: memory_limit,
            },
            guest_log,
            request_id,
            logged_bytes: 0,
            wasi: wasi.then(WasiState::new),
        }
    }

    fn request(&self) -> HostResult<&GuestRequest> {
        self.request.as_ref().ok_or_else(|| {
            fault("request imports cannot be used during initialisation".to_string())
        })
    }

    /// Sends captured WASI output to the tenant log.
    pub fn flush_wasi_output(&mut self) {
        let Some(wasi) = self.wasi.as_ref() else {
            return;
        };
        let (out, err) = (wasi.stdout.contents(), wasi.stderr.contents());
        for (level, bytes) in [(2, out), (3, err)] {
            for line in bytes.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
                self.log_line(level, line);
            }
        }
    }

    fn log_line(&mut self, level: i32, line: &[u8]) {
        if self.logged_bytes >= MAX_LOG_BYTES {
            return;
        }
        self.logged_bytes += line.len();
        let text = String::from_utf8_lossy(line);
        if self.logged_bytes >= MAX_LOG_BYTES {
            tracing::warn!("guest log limit reached; dropping the rest");
        }
        match level {
            0 => tracing::trace!(target: "guest", "{text}"),
            1 => tracing::debug!(target: "guest", "{text}"),
            3 => tracing::warn!(target: "guest", "{text}"),
            4 => tracing::error!(target: "guest", "{text}"),
            _ => tracing::info!(target: "guest", "{text}"),
        }
        if let Some(log) = &self.guest_log {
            log.line(self.request_id, level, &text);
        }
    }
}

/// Enforces the tenant's memory limit. Growing past it traps at once with
/// [`MemoryLimitHit`], so the request is reported as a memory-limit failure
/// rather than as whatever the guest would do with a failed `memory.grow`.
pub(crate) struct MemoryCap {
    pub limit: u64,
}

impl ResourceLimiter for MemoryCap {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _max: Option<usize>,
    ) -> HostResult<bool> {
        if desired as u64 > self.limit {
            return Err(MemoryLimitHit {
                limit: self.limit,
                wanted: desired as u64,
            }
            .into());
        }
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _max: Option<usize>,
    ) -> HostResult<bool> {
        Ok(desired <= 100_000)
    }
}

fn fault(message: String) -> wasmtime::Error {
    GuestFault(message).into()
}

/// The guest's memory and the host state, borrowed together.
fn split<'a>(
    caller: &'a mut Caller<'_, HostState>,
) -> HostResult<(&'a mut [u8], &'a mut HostState)> {
    let memory = caller
        .data()
        .memory
        .ok_or_else(|| fault("guest memory is not available".into()))?;
    Ok(memory.data_and_store_mut(caller))
}

/// The guest range `[ptr, ptr + len)`, or a fault if any of it lies outside memory.
fn range(memory_len: usize, ptr: u32, len: u32) -> HostResult<std::ops::Range<usize>> {
    let start = ptr as usize;
    let end = start + len as usize; // cannot overflow: both are < 2^32 on a 64-bit host
    if end > memory_len {
        return Err(fault(format!(
            "pointer {ptr:#x} + length {len} is outside guest memory ({memory_len} bytes)"
        )));
    }
    Ok(start..end)
}

/// Copies `src` into the guest buffer `(buf, cap)` and returns the full length.
fn copy_out(memory: &mut [u8], buf: u32, cap: u32, src: &[u8]) -> HostResult<i32> {
    let dest = range(memory.len(), buf, cap)?;
    let n = src.len().min(dest.len());
    memory[dest.start..dest.start + n].copy_from_slice(&src[..n]);
    i32::try_from(src.len()).map_err(|_| fault("request item larger than 2 GiB".into()))
}

/// Defines one `request_*` import that copies a borrowed part of the request.
macro_rules! request_part {
    ($linker:expr, $name:literal, |$req:ident| $part:expr) => {
        $linker.func_wrap(
            "mayfly",
            $name,
            |mut caller: Caller<'_, HostState>, buf: u32, cap: u32| -> HostResult<i32> {
                let (memory, state) = split(&mut caller)?;
                let $req = state.request()?;
                copy_out(memory, buf, cap, $part)
            },
        )?;
    };
}

/// Registers every `mayfly` import on `linker`.
pub(crate) fn add_to_linker(linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
    request_part!(linker, "request_method", |req| req
        .method
        .as_str()
        .as_bytes());
    request_part!(linker, "request_path", |req| req.guest_path().as_bytes());
    request_part!(linker, "request_query", |req| req.query().as_bytes());
    request_part!(linker, "request_body", |req| &req.body);

    linker.func_wrap(
        "mayfly",
        "request_header",
        |mut caller: Caller<'_, HostState>,
         name: u32,
         name_len: u32,
         buf: u32,
         cap: u32|
         -> HostResult<i32> {
            let (memory, state) = split(&mut caller)?;
            let request = state.request()?;
            let name = &memory[range(memory.len(), name, name_len)?];
            let Ok(name) = HeaderName::from_bytes(name) else {
                return Ok(-1);
            };
            let mut values = request.headers.get_all(name).iter();
            let Some(first) = values.next() else {
                return Ok(-1);
            };
            let rest: Vec<&HeaderValue> = values.collect();
            if rest.is_empty() {
                return copy_out(memory, buf, cap, first.as_bytes());
            }
            let mut joined = first.as_bytes().to_vec();
            for value in rest {
                joined.extend_from_slice(b", ");
                joined.extend_from_slice(value.as_bytes());
            }
            copy_out(memory, buf, cap, &joined)
        },
    )?;
    linker.func_wrap(
        "mayfly",
        "request_header_count",
        |caller: Caller<'_, HostState>| -> HostResult<i32> {
            Ok(caller.data().request()?.headers.len() as i32)
        },
    )?;
    linker.func_wrap(
        "mayfly",
        "request_header_name",
        |mut caller: Caller<'_, HostState>, index: u32, buf: u32, cap: u32| -> HostResult<i32> {
            let (memory, state) = split(&mut caller)?;
            match state.request()?.headers.iter().nth(index as usize) {
                Some((name, _)) => copy_out(memory, buf, cap, name.as_str().as_bytes()),
                None => Ok(-1),
            }
        },
    )?;
    linker.func_wrap(
        "mayfly",
        "request_header_value",
        |mut caller: Caller<'_, HostState>, index: u32, buf: u32, cap: u32| -> HostResult<i32> {
            let (memory, state) = split(&mut caller)?;
            match state.request()?.headers.iter().nth(index as usize) {
                Some((_, value)) => copy_out(memory, buf, cap, value.as_bytes()),
                None => Ok(-1),
            }
        },
    )?;

    linker.func_wrap(
        "mayfly",
        "response_status",
        |mut caller: Caller<'_, HostState>, code: u32| -> HostResult<()> {
            let state = caller.data_mut();
            state.request()?;
            if !(200..=999).contains(&code) {
                return Err(fault(format!("status {code} is not in 200..=999")));
            }
            state.response.status = code as u16;
            Ok(())
        },
    )?;
    linker.func_wrap(
        "mayfly",
        "response_header",
        |mut caller: Caller<'_, HostState>,
         name: u32,
         name_len: u32,
         value: u32,
         value_len: u32|
         -> HostResult<()> {
            let (memory, state) = split(&mut caller)?;
            state.request()?;
            let name = &memory[range(memory.len(), name, name_len)?];
            let value = &memory[range(memory.len(), value, value_len)?];
            let name = HeaderName::from_bytes(name).map_err(|_| {
                fault(format!(
                    "invalid response header name {:?}",
                    String::from_utf8_lossy(name)
                ))
            })?;
            let value = HeaderValue::from_bytes(value)
                .map_err(|_| fault(format!("invalid value for response header {name}")))?;
            if is_framing_header(&name) {
                return Ok(()); // the host owns the framing of the response
            }
            if state.response.headers.len() >= MAX_RESPONSE_HEADERS {
                return Err(fault(format!(
                    "more than {MAX_RESPONSE_HEADERS} response headers"
                )));
            }
            state.response.headers.push((name, value));
            Ok(())
        },
    )?;
    linker.func_wrap(
        "mayfly",
        "response_body",
        |mut caller: Caller<'_, HostState>, ptr: u32, len: u32| -> HostResult<()> {
            let (memory, state) = split(&mut caller)?;
            state.request()?;
            let bytes = &memory[range(memory.len(), ptr, len)?];
            let total = state.response.body.len() as u64 + bytes.len() as u64;
            if total > state.max_response_bytes {
                let limit = state.max_response_bytes;
                return Err(fault(format!(
                    "response body over the limit of {limit} bytes"
                )));
            }
            state.response.body.extend_from_slice(bytes);
            Ok(())
        },
    )?;

    linker.func_wrap(
        "mayfly",
        "log",
        |mut caller: Caller<'_, HostState>, level: i32, ptr: u32, len: u32| -> HostResult<()> {
            let (memory, state) = split(&mut caller)?;
            let line = &memory[range(memory.len(), ptr, len)?];
            state.log_line(level, line);
            Ok(())
        },
    )?;

    // libm's pow for compiled Python's float `**` and pow(): CPython calls
    // the same function, so the results are bit-identical (a pow written
    // in the guest would differ in the last bit now and then). Pure: it
    // touches neither the memory nor the request.
    linker.func_wrap("mayfly", "f64_pow", |x: f64, y: f64| x.powf(y))?;

    // The rest of libm that compiled Python's `math` calls, one import
    // for all (op numbers: runtime/mathmod.py M_*): the same C functions
    // CPython's math module calls, so bit-identical. Pure and O(1); an
    // unknown op is NaN (the guest never passes one).
    linker.func_wrap("mayfly", "f64_math", |op: i32, x: f64, y: f64| -> f64 {
        match op {
            0 => x.exp(),
            1 => x.ln(),
            2 => x.log2(),
            3 => x.log10(),
            4 => x.sin(),
            5 => x.cos(),
            6 => x.tan(),
            7 => x.asin(),
            8 => x.acos(),
            9 => x.atan(),
            10 => x.sinh(),
            11 => x.cosh(),
            12 => x.tanh(),
            13 => x.exp_m1(),
            14 => x.ln_1p(),
            15 => x.atan2(y),
            _ => f64::NAN,
        }
    })?;

    // The clock for compiled Python's `time` module, read in the request
    // (a value the guest kept from init would be the load's time): 0 the
    // wall clock in ns since the Unix epoch, anything else a monotonic
    // clock in ns since the host started. No memory, O(1).
    linker.func_wrap("mayfly", "clock_ns", |which: i32| -> i64 {
        if which == 0 {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as i64)
        } else {
            static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
            START
                .get_or_init(std::time::Instant::now)
                .elapsed()
                .as_nanos() as i64
        }
    })?;

    // OS randomness for compiled Python's `random` (an unseeded
    // generator is seeded from it in each request) and `secrets`: fills
    // (ptr, len), bounds-checked like every guest range. The kernel's
    // getrandom never blocks once the host has booted; a failure traps
    // the request rather than hand the guest predictable bytes.
    linker.func_wrap(
        "mayfly",
        "entropy",
        |mut caller: Caller<'_, HostState>, ptr: u32, len: u32| -> HostResult<()> {
            let (memory, _) = split(&mut caller)?;
            let r = range(memory.len(), ptr, len)?;
            getrandom::fill(&mut memory[r]).map_err(|e| fault(format!("no OS randomness: {e}")))
        },
    )?;

    // WASI preview 1 for modules that import it. InstancePre resolves only
    // the imports a module declares, so a module without WASI imports never
    // touches this and `wasi` stays None for it.
    wasmtime_wasi::p1::add_to_linker_sync(linker, |state: &mut HostState| {
        &mut state.wasi.get_or_insert_with(WasiState::new).ctx
    })?;
    Ok(())
}

/// Fields that describe the connection or the framing, which the host sets.
fn is_framing_header(name: &HeaderName) -> bool {
    use http::header::*;
    [
        CONNECTION,
        CONTENT_LENGTH,
        TRANSFER_ENCODING,
        UPGRADE,
        TE,
        TRAILER,
        PROXY_AUTHENTICATE,
    ]
    .contains(name)
        || name.as_str() == "keep-alive"
        || name.as_str() == "proxy-connection"
}
