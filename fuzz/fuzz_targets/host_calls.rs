//! Arbitrary sequences of host calls with arbitrary arguments: the host
//! never panics; every request ends with a response or a typed error.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use mayfly_sandbox::{GuestRequest, Limits, PoolSettings, Sandbox};

#[path = "../../tests/fuzz/mod.rs"]
mod generators;

fn sandbox() -> &'static Sandbox {
    static SANDBOX: OnceLock<Sandbox> = OnceLock::new();
    SANDBOX.get_or_init(|| Sandbox::new(&PoolSettings { instances: 4, ..PoolSettings::default() }).expect("engine"))
}

fuzz_target!(|data: &[u8]| {
    let mut seed = [0u8; 8];
    for (i, b) in data.iter().take(8).enumerate() {
        seed[i] = *b;
    }
    let wat = generators::host_call_module(&mut generators::Rng::new(u64::from_le_bytes(seed)));
    let tenant = sandbox().load("fuzz", wat.as_bytes(), Limits::default()).expect("generated modules load");
    let mut request = GuestRequest::get("/p?q=1").expect("uri");
    request.body = bytes::Bytes::copy_from_slice(data);
    let _ = sandbox().handle(&tenant, request, 0);
});
