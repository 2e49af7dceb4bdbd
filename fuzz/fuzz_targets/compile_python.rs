//! Arbitrary input to the Python compiler: it never panics, and every
//! module it emits validates.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    if let Ok(wasm) = mayfly_compiler::compile(&source, "fuzz.py") {
        let mut validator = wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all());
        if let Err(err) = validator.validate_all(&wasm) {
            panic!("emitted an invalid module: {err}");
        }
    }
});
