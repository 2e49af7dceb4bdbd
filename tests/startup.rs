//! Startup with many tenants (issue 17 item 3) on a real server: tenants
//! load in parallel on the load pool, a broken one among them costs only
//! itself, the server answers loaded tenants while others are pending and
//! /healthz says how many are, and the loaders run below the request
//! workers' priority.

mod support;

use std::process::Command;
use std::time::{Duration, Instant};

use bytes::Bytes;
use support::process::{spawn_server, thread_nice_values};
use support::{config_for, guest, tenants_dir, text_guest, TestServer};

/// A guest whose init spins `iterations` times before it answers "slow".
fn slow_init_guest(iterations: u64) -> Vec<u8> {
    format!(
        r#"(module
  (import "mayfly" "response_body" (func $body (param i32 i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "slow")
  (func (export "mayfly_init") (local $i i64)
    (local.set $i (i64.const {iterations}))
    (block $done (loop $l
      (br_if $done (i64.eqz (local.get $i)))
      (local.set $i (i64.sub (local.get $i) (i64.const 1)))
      (br $l))))
  (func (export "mayfly_handle") (call $body (i32.const 0) (i32.const 4))))"#
    )
    .into_bytes()
}

async fn health(server: &TestServer) -> serde_json::Value {
    server
        .admin("GET", "/healthz", None, Bytes::new())
        .await
        .json()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_tenant_among_many_fails_alone() {
    let mut files: Vec<(String, Vec<u8>)> = (0..40)
        .map(|i| (format!("t{i:02}.wat"), text_guest(&format!("body {i}"), 0)))
        .collect();
    files.push(("broken.wat".into(), b"(module (func".to_vec()));
    files.push(("counter.wat".into(), guest("counter")));
    let borrowed: Vec<(&str, Vec<u8>)> =
        files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    let dir = tenants_dir(&borrowed);
    let mut config = config_for(dir.path());
    config.loader.threads = 2;
    let server = TestServer::start(config).await;

    for i in 0..40 {
        let reply = server.get(&format!("/t{i:02}/")).await;
        assert_eq!((reply.status, reply.text()), (200, format!("body {i}")));
    }
    assert_eq!(server.get("/counter/").await.text(), "1 1");
    assert_eq!(server.get("/broken/").await.status, 404);
    let health = health(&server).await;
    assert_eq!(health["loaded"], 41, "{health}");
    assert_eq!(health["pending"], 0, "{health}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn loaded_tenants_answer_while_others_are_still_pending() {
    // One loader thread and names loaded in order: `a-fast` first, then
    // four tenants whose init spins, each for a good fraction of a second.
    let dir = tenants_dir(&[
        ("a-fast.wat", text_guest("fast", 0)),
        ("slow-1.wat", slow_init_guest(300_000_000)),
        ("slow-2.wat", slow_init_guest(300_000_001)),
        ("slow-3.wat", slow_init_guest(300_000_002)),
        ("slow-4.wat", slow_init_guest(300_000_003)),
    ]);
    let mut config = config_for(dir.path());
    config.loader.threads = 1;
    // Room for the spinning init (init gets 10x the request budgets).
    config.limits.fuel = 2_000_000_000;
    config.limits.deadline_ms = 5_000;
    let server = TestServer::start_loading(config).await;

    let started = Instant::now();
    server.wait_for_body("/a-fast/", "fast").await;
    let health = health(&server).await;
    let pending = health["pending"].as_u64().unwrap_or(0);
    assert!(
        pending >= 1,
        "a-fast answered after {:?} with nothing pending: {health}",
        started.elapsed()
    );
    assert_eq!(health["loaded"].as_u64(), Some(5 - pending), "{health}");
    // A tenant not loaded yet is simply not there.
    assert_eq!(server.get("/slow-4/").await.status, 404);

    server.wait_loaded().await;
    for name in ["slow-1", "slow-2", "slow-3", "slow-4"] {
        assert_eq!(server.get(&format!("/{name}/")).await.text(), "slow");
    }
    assert_eq!(health_pending(&server).await, 0);
    server.stop().await;
}

async fn health_pending(server: &TestServer) -> serde_json::Value {
    health(server).await["pending"].clone()
}

#[test]
fn the_loaders_and_the_compiler_run_below_the_request_workers() {
    let dir = tenants_dir(&[("hello.wat", guest("hello"))]);
    let config = dir.path().join("mayfly.toml");
    std::fs::write(
        &config,
        "[loader]\nnice = 9\nthreads = 2\n[cache]\nenabled = false\n",
    )
    .expect("config");
    let (mut child, _addr, _admin) = spawn_server(dir.path(), Some(&config));
    let mut loaders = Vec::new();
    let mut compilers = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(10);
    while loaders.len() < 2 || compilers.len() < 2 {
        assert!(
            Instant::now() < deadline,
            "loader threads: {loaders:?}, compiler: {compilers:?}"
        );
        loaders.clear();
        compilers.clear();
        for (comm, nice) in thread_nice_values(child.id()) {
            if comm.starts_with("mayfly-load-") {
                loaders.push(nice);
            } else if comm.starts_with("mayfly-compile") {
                compilers.push(nice);
            } else if comm.starts_with("tokio-runtime") {
                assert_eq!(nice, 0, "public workers keep their priority");
            }
        }
    }
    assert_eq!(loaders, [9, 9]);
    assert_eq!(compilers, [9, 9]);
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(child.wait().expect("wait").success());
}
