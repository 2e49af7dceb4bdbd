//! A short, deterministic fuzzing pass for CI (the long runs are the
//! cargo-fuzz targets under fuzz/): the compiler never panics and every
//! module it emits validates; no sequence of host calls panics the host.
//! It also replays the committed seeds and every past crash of the
//! cargo-fuzz targets through the same target bodies, on stable.

mod fuzz;
#[path = "fuzz/targets.rs"]
mod targets;

use std::path::{Path, PathBuf};

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

/// The committed inputs of cargo-fuzz target `target`: its seeds and the
/// minimised reproducers of crashes it found (fuzz/regressions/), which
/// must all pass now.
fn committed_inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut inputs = Vec::new();
    for dir in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(fuzz.join(dir).join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("dir entry").path();
            let bytes = std::fs::read(&path).expect("readable input");
            inputs.push((path, bytes));
        }
    }
    inputs.sort();
    inputs
}

#[test]
fn committed_compile_python_inputs_pass_the_target() {
    let inputs = committed_inputs("compile_python");
    assert!(!inputs.is_empty(), "fuzz/seeds/compile_python is empty");
    for (path, bytes) in inputs {
        let outcome = std::panic::catch_unwind(|| targets::compile_python(&bytes));
        match outcome {
            Ok(Ok(())) => {}
            Ok(Err(why)) => panic!("{}: {why}", path.display()),
            Err(_) => panic!("{}: the compiler panicked", path.display()),
        }
    }
}

#[test]
fn committed_host_calls_inputs_pass_the_target() {
    let inputs = committed_inputs("host_calls");
    assert!(!inputs.is_empty(), "fuzz/seeds/host_calls is empty");
    let target = targets::HostCalls::new();
    for (path, bytes) in inputs {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| target.run(&bytes)));
        assert!(outcome.is_ok(), "{}: the host panicked", path.display());
    }
}

#[test]
fn the_host_calls_interpreter_runs_its_program() {
    // Guards the fuzz target against silently testing nothing: the `respond`
    // seed sets status 201, two headers and a body through the interpreter.
    let target = targets::HostCalls::new();
    let program = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/seeds/host_calls/respond"),
    )
    .expect("seed");
    let response = target.run(&program).expect("the program is valid");
    assert_eq!(response.status, 201);
    assert_eq!(response.body, b"text/plain");
    assert_eq!(response.headers.len(), 2);
    assert!(matches!(
        target.run(
            &std::fs::read(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("../../fuzz/seeds/host_calls/bad_pointers")
            )
            .expect("seed")
        ),
        Err(mayfly_sandbox::RequestError::Trap(_))
    ));
}
