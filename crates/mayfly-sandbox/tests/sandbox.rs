//! The sandbox through its public API, on the WAT guests in tests/guests.

use mayfly_sandbox::{
    GuestRequest, Limits, LoadError, PoolSettings, RequestError, Sandbox, Tenant,
};

fn guest(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../tests/guests/{name}.wat",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn sandbox() -> Sandbox {
    Sandbox::new(&PoolSettings {
        instances: 8,
        ..PoolSettings::default()
    })
    .expect("engine")
}

fn load(sandbox: &Sandbox, name: &str) -> Tenant {
    sandbox
        .load(name, &guest(name), Limits::default())
        .expect("load")
}

fn get(
    sandbox: &Sandbox,
    tenant: &Tenant,
    path: &str,
) -> Result<mayfly_sandbox::GuestResponse, RequestError> {
    sandbox.handle(tenant, GuestRequest::get(path).expect("uri"), 7)
}

#[test]
fn hello_answers_the_seed_page() {
    let sandbox = sandbox();
    let hello = load(&sandbox, "hello");
    let response = get(&sandbox, &hello, "/").expect("response");
    assert_eq!(response.status, 200);
    assert_eq!(response.headers[0].0.as_str(), "content-type");
    assert_eq!(response.headers[0].1.as_bytes(), b"text/plain");
    assert!(
        response.body.starts_with(b"\tthis is a very\n"),
        "{:?}",
        response.body
    );
}

#[test]
fn init_runs_once_and_no_state_survives_a_request() {
    let sandbox = sandbox();
    let counter = load(&sandbox, "counter");
    for _ in 0..5 {
        let response = get(&sandbox, &counter, "/").expect("response");
        assert_eq!(String::from_utf8_lossy(&response.body), "1 1");
    }
}

#[test]
fn echo_sees_every_request_part() {
    let sandbox = sandbox();
    let echo = load(&sandbox, "echo");
    let mut request = GuestRequest::get("/tenant/a/b?x=1&y=2").expect("uri");
    request.method = http::Method::POST;
    request.path_skip = "/tenant".len();
    request.headers.insert("x-test", "v1".parse().unwrap());
    request.headers.append("x-test", "v2".parse().unwrap());
    request.body = bytes::Bytes::from_static(b"payload");
    let response = sandbox.handle(&echo, request, 1).expect("response");
    assert_eq!(response.status, 201);
    assert_eq!(
        String::from_utf8_lossy(&response.body),
        "POST /a/b?x=1&y=2 v1, v2 payload"
    );
}

#[test]
fn endless_loop_runs_out_of_fuel() {
    let sandbox = sandbox();
    let spin = load(&sandbox, "spin");
    match get(&sandbox, &spin, "/") {
        Err(RequestError::OutOfFuel { .. }) => {}
        other => panic!("expected fuel exhaustion, got {other:?}"),
    }
}

#[test]
fn endless_loop_with_unlimited_fuel_hits_the_deadline() {
    let sandbox = sandbox();
    let limits = Limits {
        fuel: u64::MAX,
        deadline_ms: 50,
        ..Limits::default()
    };
    let spin = sandbox.load("spin", &guest("spin"), limits).expect("load");
    let started = std::time::Instant::now();
    match get(&sandbox, &spin, "/") {
        Err(RequestError::Deadline { deadline_ms: 50 }) => {}
        other => panic!("expected the deadline, got {other:?}"),
    }
    assert!(started.elapsed().as_millis() >= 45);
}

#[test]
fn memory_bomb_hits_the_memory_limit() {
    let sandbox = sandbox();
    let bomb = load(&sandbox, "membomb");
    match get(&sandbox, &bomb, "/") {
        Err(RequestError::MemoryLimit { limit, .. }) => assert_eq!(limit, 16 << 20),
        other => panic!("expected the memory limit, got {other:?}"),
    }
}

#[test]
fn out_of_bounds_pointer_traps_only_that_request() {
    let sandbox = sandbox();
    let bad = load(&sandbox, "badptr");
    let hello = load(&sandbox, "hello");
    match get(&sandbox, &bad, "/") {
        Err(RequestError::Trap(message)) => {
            assert!(message.contains("outside guest memory"), "{message}")
        }
        other => panic!("expected a trap, got {other:?}"),
    }
    assert_eq!(get(&sandbox, &hello, "/").expect("hello").status, 200);
}

#[test]
fn wasi_guest_gets_a_context() {
    let sandbox = sandbox();
    let wasi = load(&sandbox, "wasi");
    assert!(wasi.uses_wasi());
    let response = get(&sandbox, &wasi, "/").expect("response");
    assert_eq!(response.body, b"wasi ok");
}

#[test]
fn modules_that_break_the_abi_are_refused() {
    let sandbox = sandbox();
    let cases: [(&str, &[u8]); 4] = [
        ("garbage", b"\0asm\x01\0\0\0garbage"),
        ("no handler", b"(module (memory (export \"memory\") 1))"),
        ("bad import", b"(module (import \"env\" \"f\" (func)) (memory (export \"memory\") 1) (func (export \"mayfly_handle\")))"),
        ("wrong handler type", b"(module (memory (export \"memory\") 1) (func (export \"mayfly_handle\") (param i32)))"),
    ];
    for (what, bytes) in cases {
        let err = sandbox.load("x", bytes, Limits::default()).expect_err(what);
        assert!(
            matches!(err, LoadError::Invalid(_) | LoadError::Abi(_)),
            "{what}: {err}"
        );
    }
}

#[test]
fn a_trapping_init_fails_the_load() {
    let sandbox = sandbox();
    let wat = b"(module (memory (export \"memory\") 1) (func (export \"mayfly_init\") unreachable) (func (export \"mayfly_handle\")))";
    match sandbox.load("x", wat, Limits::default()) {
        Err(LoadError::Init(message)) => assert!(message.contains("unreachable"), "{message}"),
        other => panic!("expected an init failure, got {other:?}"),
    }
}

#[test]
fn a_module_with_init_is_compiled_by_cranelift_once() {
    let sandbox = sandbox();
    let counter = load(&sandbox, "counter");
    let once = sandbox.code_memo_stats();
    // The baked module's compile finds the init compile's code for all
    // three function bodies (and the trampolines they share): the
    // functions are the same, only data, globals and exports differ.
    // Misses are the init compile's items, hits the baked one's.
    assert!(once.misses > 0);
    assert!(once.hits >= 3, "{once:?}");
    // The baked module still starts from the initialised state.
    let response = get(&sandbox, &counter, "/").expect("response");
    assert_eq!(String::from_utf8_lossy(&response.body), "1 1");
}

#[test]
fn a_serialized_tenant_loads_from_its_file_and_answers() {
    use std::io::Write;
    let sandbox = sandbox();
    let counter = load(&sandbox, "counter");
    let mut file = tempfile_in_target("counter.module");
    file.write_all(&counter.serialize().expect("serialize"))
        .expect("write");
    drop(counter);
    let file = std::fs::File::open(tempfile_path("counter.module")).expect("reopen");
    // SAFETY: the file is what `serialize` wrote just now, and nothing
    // writes it while the tenant lives.
    let mapped = unsafe { sandbox.load_precompiled_file("counter", file, 0, Limits::default()) }
        .expect("load");
    std::fs::remove_file(tempfile_path("counter.module")).expect("unlink");
    // A mapping outlives the file's name: eviction from a cache unlinks.
    for _ in 0..3 {
        let response = get(&sandbox, &mapped, "/").expect("response");
        assert_eq!(String::from_utf8_lossy(&response.body), "1 1");
    }
}

fn tempfile_path(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("mayfly-sandbox-test-{}-{name}", std::process::id()))
}

fn tempfile_in_target(name: &str) -> std::fs::File {
    std::fs::File::create(tempfile_path(name)).expect("create")
}
