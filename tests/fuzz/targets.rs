//! The bodies of the two fuzz targets, shared by the cargo-fuzz binaries
//! (fuzz/fuzz_targets/, nightly, coverage-guided) and the stable replay of
//! their corpus and past crashes (tests/fuzz_smoke.rs), so an input that
//! once crashed a target keeps being checked by `cargo test` on stable.
#![allow(dead_code)]

use mayfly_sandbox::{
    GuestRequest, GuestResponse, Limits, PoolSettings, RequestError, Sandbox, Tenant,
};

/// Compiles `data` as Python: the compiler must not panic, and a module it
/// emits must validate. Returns why the input failed the target, if it did.
pub fn compile_python(data: &[u8]) -> Result<(), String> {
    let source = String::from_utf8_lossy(data);
    if let Ok(wasm) = mayfly_compiler::compile(&source, "fuzz.py") {
        let mut validator =
            wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all());
        validator
            .validate_all(&wasm)
            .map_err(|err| format!("emitted an invalid module: {err}"))?;
    }
    Ok(())
}

/// The host_calls target: one sandbox and the interpreter guest
/// (tests/fuzz/interp.wat), loaded once; each input is the request body,
/// which the guest runs as a program of host calls.
pub struct HostCalls {
    sandbox: Sandbox,
    tenant: Tenant,
}

impl HostCalls {
    pub fn new() -> HostCalls {
        let sandbox = Sandbox::new(&PoolSettings {
            instances: 4,
            ..PoolSettings::default()
        })
        .expect("engine");
        let limits = Limits {
            // Small enough that growing past it is cheap to reach.
            memory_bytes: 1 << 20,
            max_response_bytes: 64 << 10,
            ..Limits::default()
        };
        let tenant = sandbox
            .load("fuzz", include_bytes!("interp.wat"), limits)
            .expect("the interpreter guest loads");
        HostCalls { sandbox, tenant }
    }

    /// Runs `program` as the request body. Whatever it does, the host must
    /// answer with a response or a typed error, never panic.
    pub fn run(&self, program: &[u8]) -> Result<GuestResponse, RequestError> {
        let mut request = GuestRequest::get("/a%20b/c?q=1&r=%ff").expect("uri");
        request.method = http::Method::POST;
        let headers = &mut request.headers;
        headers.append("x-a", http::HeaderValue::from_static("1"));
        headers.append("x-a", http::HeaderValue::from_static("2"));
        headers.append("content-type", http::HeaderValue::from_static("text/plain"));
        // Header values need not be UTF-8; the ABI passes bytes through.
        if let Ok(raw) = http::HeaderValue::from_bytes(b"caf\xe9") {
            headers.append("x-raw", raw);
        }
        request.body = bytes::Bytes::copy_from_slice(program);
        self.sandbox.handle(&self.tenant, request, 0)
    }
}
