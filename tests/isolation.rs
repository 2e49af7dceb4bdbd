//! No trace of a request survives it, and host calls with bad arguments end
//! only the request that made them.

mod support;

use support::{config_for, guest, tenants_dir, TestServer};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_secret_written_by_one_request_is_invisible_to_every_later_one() {
    let dir = tenants_dir(&[("dump.wat", guest("dump")), ("other.wat", guest("dump"))]);
    let server = TestServer::start(config_for(dir.path())).await;
    let clean = server.get("/dump/").await;
    assert_eq!(clean.body.len(), 1024);
    assert!(clean.body.iter().all(|b| *b == 0), "the image is all zeros");

    let write = server.get("/dump/write").await;
    assert!(
        write.body[..1020].iter().all(|b| *b == b'S'),
        "the writer sees its own secret"
    );
    for path in ["/dump/", "/other/", "/dump/", "/other/"] {
        let reply = server.get(path).await;
        assert_eq!(reply.body, clean.body, "{path} saw a trace of the secret");
    }
    server.stop().await;
}

/// A guest whose handler makes one host call with the given arguments.
fn caller(import: &str, params: &str, args: &str) -> Vec<u8> {
    format!(
        r#"(module
  (import "mayfly" "{import}" (func $f {params}))
  (memory (export "memory") 1)
  (func (export "mayfly_handle") {args}))"#
    )
    .into_bytes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_host_call_arguments_end_only_that_request() {
    let two = "(param i32 i32)";
    let two_ret = "(param i32 i32) (result i32)";
    let four = "(param i32 i32 i32 i32)";
    let cases: Vec<(&str, Vec<u8>)> = vec![
        // Pointer past the end of the 64 KiB memory.
        ("past", caller("response_body", two, "(call $f (i32.const 65530) (i32.const 16))")),
        // A "negative" length is a huge unsigned one.
        ("negative", caller("response_body", two, "(call $f (i32.const 0) (i32.const -1))")),
        // Pointer + length wrapping around 2^32.
        ("wrap", caller("response_body", two, "(call $f (i32.const -16) (i32.const 32))")),
        // A request buffer that does not fit in memory.
        ("bigbuf", caller("request_path", two_ret, "(drop (call $f (i32.const 100) (i32.const 0x7fffffff)))")),
        // Header name outside memory.
        ("name", caller("response_header", four, "(call $f (i32.const -1) (i32.const 4) (i32.const 0) (i32.const 1))")),
        // Invalid header name and value bytes.
        ("badname", caller("response_header", four, "(i32.store (i32.const 0) (i32.const 0x0a0d3a20)) (call $f (i32.const 0) (i32.const 4) (i32.const 0) (i32.const 4))")),
        // A status that is not a final HTTP status.
        ("status", caller("response_status", "(param i32)", "(call $f (i32.const 101))")),
        ("status-neg", caller("response_status", "(param i32)", "(call $f (i32.const -200))")),
    ];
    let mut files: Vec<(String, Vec<u8>)> = cases
        .iter()
        .map(|(n, w)| (format!("{n}.wat"), w.clone()))
        .collect();
    files.push(("hello.wat".into(), guest("hello")));
    // Overlapping in and out ranges are fine: the host copies, it never aliases.
    let overlap = caller(
        "request_path",
        two_ret,
        "(drop (call $f (i32.const 0) (i32.const 64)))",
    );
    files.push(("overlap.wat".into(), overlap));
    let refs: Vec<(&str, Vec<u8>)> = files.iter().map(|(n, w)| (n.as_str(), w.clone())).collect();
    let dir = tenants_dir(&refs);
    let server = TestServer::start(config_for(dir.path())).await;
    for (name, _) in &cases {
        let reply = server.get(&format!("/{name}/")).await;
        assert_eq!(reply.status, 500, "{name}: {}", reply.text());
        assert_eq!(server.get("/hello/").await.status, 200, "after {name}");
    }
    assert_eq!(server.get("/overlap/").await.status, 200);
    server.stop().await;
}
