//! The real server on 127.0.0.1:0, real HTTP, real Wasm guests.

mod support;

use std::time::Duration;

use bytes::Bytes;
use mayfly_server::router::RouteSpec;
use support::{config_for, guest, tenants_dir, TestServer};

fn route(host: Option<&str>, path: Option<&str>, tenant: &str) -> RouteSpec {
    RouteSpec {
        host: host.map(Into::into),
        path: path.map(Into::into),
        tenant: tenant.into(),
        strip_prefix: false,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn routes_by_host_wildcard_prefix_and_default() {
    let dir = tenants_dir(&[("hello.wat", guest("hello")), ("echo.wat", guest("echo"))]);
    let mut config = config_for(dir.path());
    config.route = vec![
        route(Some("echo.test"), None, "echo"),
        route(Some("*.wild.test"), None, "echo"),
        route(None, Some("/api/v2"), "echo"),
    ];
    let server = TestServer::start(config).await;

    let exact = server
        .request("GET", "echo.test", "/x?q=1", Bytes::new())
        .await;
    assert_eq!((exact.status, exact.text().as_str()), (201, "GET /x?q=1  "));
    let wild = server
        .request("GET", "a.wild.test:8080", "/w", Bytes::new())
        .await;
    assert_eq!((wild.status, wild.text().as_str()), (201, "GET /w?  "));
    let prefix = server.get("/api/v2/1234567890").await;
    assert_eq!(
        prefix.text(),
        "GET /api/v2/1234567890?  ",
        "explicit routes keep the full path"
    );
    let default = server.get("/echo/rest/of?x=y").await;
    assert_eq!(
        default.text(),
        "GET /rest/of?x=y  ",
        "the default rule strips /NAME"
    );
    let hello = server.get("/hello/").await;
    assert_eq!(hello.status, 200);
    assert!(hello.text().starts_with("\tthis is a very\n"));
    // Not a tenant, and not a route: the server's own 404.
    let missing = server.get("/nobody/here").await;
    assert_eq!(missing.status, 404);
    assert!(missing.headers.contains_key("x-request-id"));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_request_starts_from_the_initialised_image() {
    let dir = tenants_dir(&[("counter.wat", guest("counter"))]);
    let server = TestServer::start(config_for(dir.path())).await;
    for _ in 0..20 {
        let reply = server.get("/counter/").await;
        assert_eq!((reply.status, reply.text().as_str()), (200, "1 1"));
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_spinning_tenant_gets_504_while_another_keeps_answering() {
    let dir = tenants_dir(&[("spin.wat", guest("spin")), ("hello.wat", guest("hello"))]);
    let server = TestServer::start(config_for(dir.path())).await;
    let spinning = {
        let addr = server.addr;
        tokio::spawn(async move {
            let mut statuses = Vec::new();
            for _ in 0..3 {
                let client = hyper_util::client::legacy::Client::builder(
                    hyper_util::rt::TokioExecutor::new(),
                )
                .build_http::<http_body_util::Full<Bytes>>();
                let uri: http::Uri = format!("http://{addr}/spin/").parse().unwrap();
                statuses.push(client.get(uri).await.expect("spin reply").status().as_u16());
            }
            statuses
        })
    };
    for _ in 0..20 {
        let reply = server.get("/hello/").await;
        assert_eq!(reply.status, 200);
    }
    assert_eq!(spinning.await.expect("task"), vec![504, 504, 504]);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn memory_bomb_and_bad_pointer_get_500_and_harm_nobody() {
    let dir = tenants_dir(&[
        ("membomb.wat", guest("membomb")),
        ("badptr.wat", guest("badptr")),
        ("badentropy.wat", guest("badentropy")),
        ("hello.wat", guest("hello")),
    ]);
    let server = TestServer::start(config_for(dir.path())).await;
    for path in ["/membomb/", "/badptr/", "/badentropy/"] {
        let reply = server.get(path).await;
        assert_eq!(reply.status, 500, "{path}");
        assert_eq!(
            reply.text(),
            "500 Internal Server Error\n",
            "no guest internals in the body"
        );
        assert!(reply.headers.contains_key("x-request-id"));
        assert_eq!(server.get("/hello/").await.status, 200);
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn vanilla_route_has_the_sandboxed_header_set() {
    let dir = tenants_dir(&[("hello.wat", guest("hello"))]);
    let server = TestServer::start(config_for(dir.path())).await;
    let vanilla = server.get("/vanilla").await;
    assert_eq!(
        (vanilla.status, vanilla.text().as_str()),
        (200, "Hello, World!")
    );
    let hello = server.get("/hello/").await;
    let names = |r: &support::Reply| {
        let mut n: Vec<String> = r.headers.keys().map(|k| k.to_string()).collect();
        n.sort();
        n
    };
    assert_eq!(names(&vanilla), names(&hello));
    server.stop().await;

    // Switched off, the path falls through to routing.
    let mut config = config_for(dir.path());
    config.server.vanilla_path = String::new();
    let server = TestServer::start(config).await;
    assert_eq!(server.get("/vanilla").await.status, 404);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_module_is_skipped_at_startup() {
    let dir = tenants_dir(&[
        (
            "broken.wasm",
            b"\0asm\x01\0\0\0 this is not a module".to_vec(),
        ),
        ("noabi.wat", b"(module)".to_vec()),
        ("hello.wat", guest("hello")),
    ]);
    let server = TestServer::start(config_for(dir.path())).await;
    assert_eq!(server.app.registry.names(), vec!["hello".to_string()]);
    assert_eq!(server.get("/broken/").await.status, 404);
    assert_eq!(server.get("/hello/").await.status, 200);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bodies_over_the_limit_get_413() {
    let dir = tenants_dir(&[("echo.wat", guest("echo"))]);
    let mut config = config_for(dir.path());
    config.server.max_body_bytes = 1000;
    let server = TestServer::start(config).await;
    let small = server
        .request("POST", "localhost", "/echo/", Bytes::from(vec![b'a'; 10]))
        .await;
    assert_eq!(
        (small.status, small.text().as_str()),
        (201, "POST /?  aaaaaaaaaa")
    );
    let big = server
        .request("POST", "localhost", "/echo/", Bytes::from(vec![b'a'; 1001]))
        .await;
    assert_eq!(big.status, 413);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_tenant_limits_override_the_defaults() {
    let dir = tenants_dir(&[("spin.wat", guest("spin"))]);
    let mut config = config_for(dir.path());
    config.tenant.insert(
        "spin".into(),
        mayfly_server::config::LimitOverrides {
            fuel: Some(u64::MAX),
            deadline_ms: Some(30),
            ..Default::default()
        },
    );
    let server = TestServer::start(config).await;
    let started = std::time::Instant::now();
    assert_eq!(server.get("/spin/").await.status, 504);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "the 30 ms deadline ended it"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wasi_tenant_answers_over_http() {
    // Run inline on a runtime worker, wasmtime-wasi's fd_write panicked
    // ("Cannot start a runtime from within a runtime") and the client saw
    // the connection close without a response.
    let dir = tenants_dir(&[("wasi.wat", guest("wasi"))]);
    let server = TestServer::start(config_for(dir.path())).await;
    for _ in 0..3 {
        let reply = server.get("/wasi/").await;
        assert_eq!(reply.status, 200);
        assert_eq!(reply.text(), "wasi ok");
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_python_tenant_reads_the_clock_in_each_request() {
    // `import time` reads the host's clock at each call: a value kept from
    // init is the load's time, one read in the handler is the request's,
    // so it moves on between requests instead of staying in the snapshot.
    let src = "import time\nLOADED = time.time_ns()\n\ndef on_client_request():\n    return str(LOADED) + ' ' + str(time.time_ns())\n";
    let dir = tenants_dir(&[("clock.py", src.as_bytes().to_vec())]);
    let server = TestServer::start(config_for(dir.path())).await;
    let read = |text: String| -> (i64, i64) {
        let (a, b) = text.split_once(' ').expect("two numbers");
        (a.parse().unwrap(), b.parse().unwrap())
    };
    let (loaded1, now1) = read(server.get("/clock/").await.text());
    let wall = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as i64;
    let (loaded2, now2) = read(server.get("/clock/").await.text());
    assert_eq!(loaded1, loaded2, "module-level state is the snapshot's");
    assert!(
        loaded1 <= now1 && now1 <= wall && wall <= now2,
        "{loaded1} {now1} {wall} {now2}"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unseeded_random_is_fresh_in_each_request() {
    // Module-level code uses the generator at load, so its state is in
    // the image; an unseeded generator (and uuid4) must still draw new
    // numbers in every request (reseeded from the host's entropy), while a value
    // drawn at load stays the load's, and a program that seeds gets the
    // same (CPython's) numbers in every request.
    let fresh = "import random\nimport secrets\nimport uuid\nLOADED = random.random()\nRNG = random.Random()\nRNG.random()\n\ndef on_client_request():\n    return repr(LOADED) + ' ' + repr(random.random()) + ' ' + secrets.token_hex(8) + ' ' + repr(RNG.random()) + ' ' + str(uuid.uuid4())\n";
    let seeded = "import random\nrandom.seed(5)\nrandom.random()\n\ndef on_client_request():\n    return repr(random.random())\n";
    let dir = tenants_dir(&[
        ("fresh.py", fresh.as_bytes().to_vec()),
        ("seeded.py", seeded.as_bytes().to_vec()),
    ]);
    let server = TestServer::start(config_for(dir.path())).await;
    let first = server.get("/fresh/").await.text();
    let second = server.get("/fresh/").await.text();
    let parts = |t: &str| t.split(' ').map(str::to_string).collect::<Vec<_>>();
    let (a, b) = (parts(&first), parts(&second));
    assert_eq!(a.len(), 5, "{first}");
    assert_eq!(a[0], b[0], "a value drawn at load is the image's");
    assert_ne!(a[1], b[1], "random.random() repeated across requests");
    assert_ne!(a[2], b[2], "secrets.token_hex repeated across requests");
    assert_ne!(a[3], b[3], "an unseeded Random made at load repeated");
    assert_ne!(a[4], b[4], "uuid.uuid4() repeated across requests");
    for _ in 0..2 {
        assert_eq!(server.get("/seeded/").await.text(), "0.7417869892607294");
    }
    server.stop().await;
}
