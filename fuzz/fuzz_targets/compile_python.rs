//! Arbitrary input to the Python compiler: it never panics, and every
//! module it emits validates. The body is shared with the stable replay
//! in tests/fuzz_smoke.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/fuzz/targets.rs"]
mod targets;

fuzz_target!(|data: &[u8]| {
    if let Err(why) = targets::compile_python(data) {
        panic!("{why}");
    }
});
