//! Arbitrary sequences of host calls with arbitrary arguments: the host
//! never panics; every request ends with a response or a typed error.
//! Each input is a program for the interpreter guest (tests/fuzz/interp.wat);
//! the body is shared with the stable replay in tests/fuzz_smoke.rs.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/fuzz/targets.rs"]
mod targets;

fn target() -> &'static targets::HostCalls {
    static TARGET: OnceLock<targets::HostCalls> = OnceLock::new();
    TARGET.get_or_init(targets::HostCalls::new)
}

fuzz_target!(|data: &[u8]| {
    let _ = target().run(data);
});
