//! A real mayfly server on 127.0.0.1:0 for integration tests, and a small
//! HTTP client to talk to it.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use mayfly_server::Config;
use tokio::sync::oneshot;

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
    pub app: Arc<mayfly_server::App>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl TestServer {
    /// Starts the server on 127.0.0.1:0 with `config` (tenants dir included).
    pub async fn start(mut config: Config) -> TestServer {
        config.settle().expect("valid config");
        let app = mayfly_server::build_app(&config).expect("app");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(mayfly_server::server::serve(listener, app.clone(), async {
            let _ = stopped.await;
        }));
        TestServer {
            addr,
            app,
            stop: Some(stop),
            task: Some(task),
        }
    }

    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
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
        let body = response.into_body().collect().await.expect("body").to_bytes();
        Reply { status, headers, body }
    }
}

pub fn config_for(dir: &Path) -> Config {
    let mut config = Config::default();
    config.server.tenants_dir = dir.to_path_buf();
    config.pool.instances = 16;
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
}
