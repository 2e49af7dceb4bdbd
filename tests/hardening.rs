//! Hostile tenants and hostile clients against a real server.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use bytes::Bytes;
use mayfly_server::config::LimitOverrides;
use support::{config_for, guest, tenants_dir, text_guest, TestServer};

/// Sends raw bytes and reads until the server closes or `timeout` passes.
fn raw(addr: std::net::SocketAddr, request: &[u8], timeout: Duration) -> String {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.set_read_timeout(Some(timeout)).expect("timeout");
    stream.write_all(request).expect("send");
    let mut reply = Vec::new();
    let _ = stream.read_to_end(&mut reply);
    String::from_utf8_lossy(&reply).into_owned()
}

fn slow_limits() -> LimitOverrides {
    LimitOverrides {
        fuel: Some(u64::MAX),
        deadline_ms: Some(20_000),
        ..Default::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stack_overflow_is_a_500_for_that_request_only() {
    let dir = tenants_dir(&[
        ("recurse.wat", guest("recurse")),
        ("hello.wat", guest("hello")),
    ]);
    let server = TestServer::start(config_for(dir.path())).await;
    assert_eq!(server.get("/recurse/").await.status, 500);
    assert_eq!(server.get("/hello/").await.status, 200);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tenant_over_its_in_flight_cap_gets_503_and_others_are_untouched() {
    let dir = tenants_dir(&[
        ("slow.wat", text_guest("done", 1_500_000_000)),
        ("hello.wat", guest("hello")),
    ]);
    let mut config = config_for(dir.path());
    config.server.tenant_max_in_flight = 1;
    config.tenant.insert("slow".into(), slow_limits());
    let server = std::sync::Arc::new(TestServer::start(config).await);
    // Its fuel budget is over server.inline_max_fuel, so even its first
    // request runs in the slow lane, not on a runtime worker (shared with
    // this test's client).
    assert!(server.app.registry.get("slow").expect("loaded").is_slow());
    let first = {
        let server = server.clone();
        tokio::spawn(async move { server.get("/slow/").await })
    };
    server.wait_in_flight("slow", 1).await;
    let refused = server.get("/slow/").await;
    assert_eq!(refused.status, 503);
    assert_eq!(refused.headers["retry-after"], "1");
    assert_eq!(server.get("/hello/").await.status, 200);
    assert_eq!(first.await.expect("task").text(), "done");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pool_exhaustion_answers_503_at_once_and_every_slot_comes_back() {
    let dir = tenants_dir(&[
        ("slow.wat", text_guest("done", 1_000_000_000)),
        ("hello.wat", guest("hello")),
    ]);
    let mut config = config_for(dir.path());
    config.pool.instances = 2;
    config.server.tenant_max_in_flight = 16;
    config.server.slow_request_fuel = 1;
    config.server.slow_lane_threads = 4;
    config.tenant.insert("slow".into(), slow_limits());
    let server = std::sync::Arc::new(TestServer::start(config).await);
    // Its fuel budget is over server.inline_max_fuel: its requests run on
    // the blocking pool from the first, two at a time in the two pool slots.
    assert!(server.app.registry.get("slow").expect("loaded").is_slow());
    let holders: Vec<_> = (0..2)
        .map(|_| {
            let server = server.clone();
            tokio::spawn(async move { server.get("/slow/").await.status })
        })
        .collect();
    // Both have entered and taken their pool slots.
    server.wait_in_flight("slow", 2).await;
    server.wait_slots_in_use(2).await;
    let started = Instant::now();
    let busy = server.get("/hello/").await;
    assert_eq!(busy.status, 503, "both slots are taken");
    assert_eq!(busy.headers["retry-after"], "1");
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "503 without waiting"
    );
    for holder in holders {
        assert_eq!(holder.await.expect("task"), 200);
    }
    for _ in 0..10 {
        assert_eq!(
            server.get("/hello/").await.status,
            200,
            "slots are free again"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_requests_get_400_and_lose_the_connection() {
    let dir = tenants_dir(&[("echo.wat", guest("echo"))]);
    let server = TestServer::start(config_for(dir.path())).await;
    let addr = server.addr;
    let cases: [(&str, &[u8]); 3] = [
        ("no Host", b"GET /echo/ HTTP/1.1\r\n\r\n"),
        (
            "two Content-Lengths",
            b"POST /echo/ HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
        ),
        (
            "bad chunk size",
            b"POST /echo/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
        ),
    ];
    for (what, request) in cases {
        let reply = tokio::task::spawn_blocking(move || raw(addr, request, Duration::from_secs(5)))
            .await
            .expect("task");
        assert!(reply.starts_with("HTTP/1.1 400 "), "{what}: {reply}");
    }

    // Content-Length beside Transfer-Encoding (request smuggling): hyper
    // frames the body by Transfer-Encoding alone, as RFC 9112 §6.1 says, and
    // closes the connection after the response, so the bytes a front proxy
    // might read differently are never taken as a second request.
    let smuggle = b"POST /echo/ HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\nGET /echo/smuggled HTTP/1.1\r\nHost: x\r\n\r\n";
    let reply = tokio::task::spawn_blocking(move || raw(addr, smuggle, Duration::from_secs(5)))
        .await
        .expect("task");
    assert!(reply.contains("connection: close\r\n"), "{reply}");
    assert!(
        reply.ends_with("POST /?  abc"),
        "framed by Transfer-Encoding: {reply}"
    );
    assert_eq!(
        reply.matches("HTTP/1.1 ").count(),
        1,
        "no second request: {reply}"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_heads_get_431_and_big_chunked_bodies_413() {
    let dir = tenants_dir(&[("echo.wat", guest("echo"))]);
    let mut config = config_for(dir.path());
    config.server.max_header_bytes = 8192;
    config.server.max_body_bytes = 1000;
    let server = TestServer::start(config).await;
    let addr = server.addr;
    let big_header = format!(
        "GET /echo/ HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
        "a".repeat(20_000)
    );
    let reply = tokio::task::spawn_blocking(move || {
        raw(addr, big_header.as_bytes(), Duration::from_secs(5))
    })
    .await
    .expect("task");
    assert!(reply.starts_with("HTTP/1.1 431 "), "{reply}");

    // 10 chunks of 500 bytes: the limit is crossed while streaming.
    let mut chunked =
        b"POST /echo/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..10 {
        chunked.extend_from_slice(b"1f4\r\n");
        chunked.extend_from_slice(&[b'b'; 500]);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let reply = tokio::task::spawn_blocking(move || raw(addr, &chunked, Duration::from_secs(5)))
        .await
        .expect("task");
    assert!(reply.starts_with("HTTP/1.1 413 "), "{reply}");
    let ok = server
        .request("POST", "x", "/echo/", Bytes::from_static(b"small"))
        .await;
    assert_eq!(ok.status, 201);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slowloris_is_disconnected_at_the_header_timeout() {
    let dir = tenants_dir(&[("hello.wat", guest("hello"))]);
    let mut config = config_for(dir.path());
    config.server.header_read_timeout_secs = 1;
    let server = TestServer::start(config).await;
    let addr = server.addr;
    let elapsed = tokio::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(addr).expect("connect");
        let started = Instant::now();
        // One byte every 200 ms: the head would take 8 s to arrive.
        for byte in b"GET /hello/ HTTP/1.1\r\nHost: x\r\n\r\n".iter() {
            if stream.write_all(&[*byte]).is_err() {
                break;
            }
            std::thread::sleep(Duration::from_millis(200));
            if started.elapsed() > Duration::from_secs(5) {
                break;
            }
        }
        started.elapsed()
    })
    .await
    .expect("task");
    assert!(
        elapsed < Duration::from_secs(4),
        "the server waited {elapsed:?} for a slow head"
    );
    assert_eq!(server.get("/hello/").await.status, 200);
    server.stop().await;
}
