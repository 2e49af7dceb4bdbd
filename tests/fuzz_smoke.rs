//! A short, deterministic fuzzing pass for CI (the long runs are the
//! cargo-fuzz targets under fuzz/): the compiler never panics and every
//! module it emits validates; no sequence of host calls panics the host.

mod fuzz;

use fuzz::{host_call_module, python_program, Rng};
use mayfly_sandbox::{GuestRequest, Limits, PoolSettings, Sandbox};

#[test]
fn the_compiler_never_panics_and_emits_only_valid_modules() {
    let mut compiled = 0;
    for seed in 0..400 {
        let source = python_program(&mut Rng::new(seed));
        let result = std::panic::catch_unwind(|| mayfly_compiler::compile(&source, "fuzz.py"));
        let Ok(result) = result else {
            panic!("the compiler panicked on seed {seed}:\n{source}");
        };
        if let Ok(wasm) = result {
            compiled += 1;
            let mut validator =
                wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all());
            if let Err(err) = validator.validate_all(&wasm) {
                panic!("seed {seed}: invalid module ({err}):\n{source}");
            }
        }
    }
    assert!(
        compiled > 40,
        "the generator should make mostly compilable programs ({compiled}/400)"
    );
}

#[test]
fn no_host_call_sequence_panics_the_host() {
    let sandbox = Sandbox::new(&PoolSettings {
        instances: 4,
        ..PoolSettings::default()
    })
    .expect("engine");
    let mut request = GuestRequest::get("/p?q=1").expect("uri");
    request.headers.insert("x-a", "1".parse().expect("value"));
    request.body = bytes::Bytes::from_static(b"body");
    let (mut ok, mut failed) = (0, 0);
    for seed in 0..400 {
        let wat = host_call_module(&mut Rng::new(seed));
        let tenant = sandbox
            .load("fuzz", wat.as_bytes(), Limits::default())
            .expect("generated modules load");
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            sandbox.handle(&tenant, request.clone(), seed)
        }));
        match result {
            Ok(Ok(_)) => ok += 1,
            Ok(Err(_)) => failed += 1,
            Err(_) => panic!("the host panicked on seed {seed}:\n{wat}"),
        }
    }
    assert!(
        ok > 20 && failed > 20,
        "both outcomes should be exercised ({ok} ok, {failed} failed)"
    );
}
