//! A real mayfly server on 127.0.0.1:0 for integration tests, and a small
//! HTTP client to talk to it.
#![allow(dead_code)]

pub mod calls;
pub mod process;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use mayfly_server::Config;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The WAT guest `tests/guests/NAME.wat`.
pub fn guest(name: &str) -> Vec<u8> {
    let path = repo_root().join(format!("tests/guests/{name}.wat"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A fresh tenants dir holding `files` (file name, contents).
pub fn tenants_dir(files: &[(&str, Vec<u8>)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).expect("write tenant");
    }
    dir
}

pub struct TestServer {
    pub addr: SocketAddr,
    pub admin_addr: SocketAddr,
    pub app: Arc<mayfly_server::App>,
    /// The server as the binary runs it (`Server::start`).
    server: Option<mayfly_server::Server>,
}

impl TestServer {
    /// Starts the server on 127.0.0.1:0 with `config` (tenants dir
    /// included) and waits until every tenant found at startup is loaded.
    pub async fn start(config: Config) -> TestServer {
        let server = TestServer::start_loading(config).await;
        server.wait_loaded().await;
        server
    }

    /// Waits until no tenant load is pending.
    pub async fn wait_loaded(&self) {
        let started = std::time::Instant::now();
        while self.app.pending_loads() > 0 {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(60),
                "{} tenant loads still pending",
                self.app.pending_loads()
            );
            poll_pause();
        }
    }

    /// Starts the server, through the same `Server::start` as `mayfly
    /// serve`, on 127.0.0.1:0 (public and admin), without waiting for the
    /// startup loads.
    pub async fn start_loading(mut config: Config) -> TestServer {
        config.settle().expect("valid config");
        // A test must never write into the real ~/.cache: it turns the
        // cache off (config_for does) or gives it its own directory.
        assert!(
            !config.cache.enabled || !config.cache.dir.as_os_str().is_empty(),
            "a test server with the compile cache needs its own [cache] dir"
        );
        config.server.listen = SocketAddr::from(([127, 0, 0, 1], 0));
        config.admin.listen = SocketAddr::from(([127, 0, 0, 1], 0));
        config.admin.enabled = true;
        let server = mayfly_server::Server::start(&config)
            .await
            .expect("server starts");
        TestServer {
            addr: server.addr,
            admin_addr: server.admin_addr.expect("admin API on"),
            app: server.app.clone(),
            server: Some(server),
        }
    }

    /// Waits until `n` requests of `tenant` are in flight: a test that needs
    /// a request running must not guess how long that takes with a sleep.
    pub async fn wait_in_flight(&self, tenant: &str, n: u32) {
        let started = std::time::Instant::now();
        loop {
            let now = self.app.registry.get(tenant).map(|e| e.in_flight());
            if now == Some(n) {
                return;
            }
            assert!(
                started.elapsed() < std::time::Duration::from_secs(20),
                "{tenant}: {now:?} requests in flight, waited for {n}"
            );
            poll_pause();
        }
    }

    /// Waits until `n` pool slots are taken by requests.
    pub async fn wait_slots_in_use(&self, n: usize) {
        let started = std::time::Instant::now();
        loop {
            let now = self.app.sandbox.slots_in_use();
            if now == n {
                return;
            }
            assert!(
                started.elapsed() < std::time::Duration::from_secs(20),
                "{now} pool slots in use, waited for {n}"
            );
            poll_pause();
        }
    }

    pub async fn stop(mut self) {
        if let Some(server) = self.server.take() {
            server.stop().await;
        }
    }

    /// A call to the admin API with an optional bearer token.
    pub async fn admin(&self, method: &str, path: &str, token: Option<&str>, body: Bytes) -> Reply {
        let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
        let mut request = http::Request::builder()
            .method(method)
            .uri(format!("http://{}{path}", self.admin_addr));
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        let response = client
            .request(request.body(Full::new(body)).expect("request"))
            .await
            .expect("response");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        Reply {
            status,
            headers,
            body,
        }
    }

    /// Polls `path` until its body is `expected`; returns how long it took.
    pub async fn wait_for_body(&self, path: &str, expected: &str) -> std::time::Duration {
        let started = std::time::Instant::now();
        loop {
            let reply = self.get(path).await;
            if reply.text() == expected {
                return started.elapsed();
            }
            assert!(
                started.elapsed() < std::time::Duration::from_secs(10),
                "{path} still answers {} {:?}, expected {expected:?}",
                reply.status,
                reply.text()
            );
            poll_pause();
        }
    }

    pub async fn get(&self, path: &str) -> Reply {
        self.request("GET", "localhost", path, Bytes::new()).await
    }

    pub async fn request(&self, method: &str, host: &str, path: &str, body: Bytes) -> Reply {
        let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
        let request = http::Request::builder()
            .method(method)
            .uri(format!("http://{}{path}", self.addr))
            .header("host", host)
            .body(Full::new(body))
            .expect("request");
        let response = client.request(request).await.expect("response");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        Reply {
            status,
            headers,
            body,
        }
    }
}

pub fn config_for(dir: &Path) -> Config {
    let mut config = Config::default();
    config.server.tenants_dir = dir.to_path_buf();
    config.pool.instances = 16;
    // Tests that exercise the cache give it a temp dir of their own.
    config.cache.enabled = false;
    config
}

#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: http::HeaderMap,
    pub body: Bytes,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
}

/// A WAT guest answering `body`, after `spin` iterations of a busy loop.
pub fn text_guest(body: &str, spin: u64) -> Vec<u8> {
    format!(
        r#"(module
  (import "mayfly" "response_body" (func $body (param i32 i32)))
  (memory (export "memory") 1)
  (data (i32.const 0) "{body}")
  (func (export "mayfly_handle") (local $i i64)
    (local.set $i (i64.const {spin}))
    (block $done (loop $l
      (br_if $done (i64.eqz (local.get $i)))
      (local.set $i (i64.sub (local.get $i) (i64.const 1)))
      (br $l)))
    (call $body (i32.const 0) (i32.const {len}))))"#,
        len = body.len()
    )
    .into_bytes()
}

/// The pause between two polls of a waiting test. A blocking sleep, not
/// tokio's: while a guest spins on one runtime worker, the runtime's timers
/// may not be driven until it returns (the idle worker parks without the
/// time driver), and an async sleep then slept through the whole request.
/// Tests poll from their own thread (block_on), never from a worker.
fn poll_pause() {
    std::thread::sleep(std::time::Duration::from_millis(2));
}
