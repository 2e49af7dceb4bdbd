//! The accept loop: one task per connection, HTTP/1.1 with keep-alive and
//! HTTP/2 through hyper-util's auto builder, graceful shutdown.

use std::convert::Infallible;
use std::future::Future;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use http::{Request, Response};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;

use crate::metrics::ConnectionMetrics;
use crate::response::Body;
use crate::service::{handle, App};

/// A listener on `addr` with a listen backlog of `backlog`. tokio's plain
/// `TcpListener::bind` asks for 128, and at thousands of new connections a
/// second that queue overflows: the kernel drops SYNs and clients see
/// timeouts (measured: 300+ wrk timeouts at 8000 connections with 128,
/// none with 4096). The kernel caps it at net.core.somaxconn.
pub fn bind(addr: std::net::SocketAddr, backlog: u32) -> std::io::Result<TcpListener> {
    let socket = if addr.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    // Restarting the server must not wait out TIME_WAIT on the port.
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(backlog)
}

/// Serves the public routes on `listener` until `shutdown` completes, then
/// stops accepting and gives open connections the drain timeout to finish.
pub async fn serve(listener: TcpListener, app: Arc<App>, shutdown: impl Future<Output = ()>) {
    let max_connections = app.config.server.max_connections;
    serve_with(
        listener,
        app,
        handle,
        Listener::Public,
        max_connections,
        shutdown,
    )
    .await
}

/// Which listener a connection came in on, for its metrics.
#[derive(Clone, Copy)]
enum Listener {
    Public,
    Admin,
}

fn counters(app: &App, listener: Listener) -> &ConnectionMetrics {
    match listener {
        Listener::Public => &app.metrics.public,
        Listener::Admin => &app.metrics.admin,
    }
}

/// Counts a connection as open while it lives.
struct OpenConnection {
    app: Arc<App>,
    listener: Listener,
}

impl OpenConnection {
    fn new(app: Arc<App>, listener: Listener) -> OpenConnection {
        counters(&app, listener)
            .open
            .fetch_add(1, Ordering::Relaxed);
        OpenConnection { app, listener }
    }
}

impl Drop for OpenConnection {
    fn drop(&mut self) {
        counters(&self.app, self.listener)
            .open
            .fetch_sub(1, Ordering::Relaxed);
    }
}

/// Serves the admin API on its own listener, with the same connection
/// handling as the public one but its own, small connection cap: an
/// operator needs a few connections, a flood gets no more.
pub async fn serve_admin(listener: TcpListener, app: Arc<App>, shutdown: impl Future<Output = ()>) {
    let max_connections = app.config.admin.max_connections;
    serve_with(
        listener,
        app,
        crate::admin::handle,
        Listener::Admin,
        max_connections,
        shutdown,
    )
    .await
}

async fn serve_with<H, F>(
    listener: TcpListener,
    app: Arc<App>,
    handler: H,
    which: Listener,
    max_connections: usize,
    shutdown: impl Future<Output = ()>,
) where
    H: Fn(Arc<App>, Request<Incoming>) -> F + Copy + Send + Sync + 'static,
    F: Future<Output = Result<Response<Body>, Infallible>> + Send + 'static,
{
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        // Without a header timeout a client sending one byte a second
        // (slowloris) holds a connection forever.
        .header_read_timeout(Duration::from_secs(
            app.config.server.header_read_timeout_secs.max(1),
        ))
        // A head over this gets 431 from hyper before it is buffered further.
        .max_buf_size(app.config.server.max_header_bytes)
        .keep_alive(true);
    // A permit per open connection, taken before accept: at the limit the
    // listener's backlog absorbs new clients instead of our memory.
    let connections = Arc::new(tokio::sync::Semaphore::new(max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let drain = Duration::from_secs(app.config.server.drain_timeout_secs);
    tokio::pin!(shutdown);
    loop {
        let permit = match connections.clone().try_acquire_owned() {
            Ok(permit) => Ok(permit),
            Err(_) => {
                // At the cap: say so in the metrics, then wait for a close.
                counters(&app, which)
                    .waited_at_cap
                    .fetch_add(1, Ordering::Relaxed);
                tokio::select! {
                    permit = connections.clone().acquire_owned() => permit,
                    () = &mut shutdown => break,
                }
            }
        };
        let Ok(permit) = permit else { break };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let stream = match accepted {
            Ok((stream, _peer)) => stream,
            Err(err) => {
                // Typically EMFILE: back off instead of spinning on it.
                tracing::warn!("accept failed: {err}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // Responses are small and written whole: send them at once.
        let _ = stream.set_nodelay(true);
        let open = OpenConnection::new(app.clone(), which);
        let app = app.clone();
        let service = service_fn(move |request| handler(app.clone(), request));
        let connection = builder
            .serve_connection(TokioIo::new(stream), service)
            .into_owned();
        let watched = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(err) = watched.await {
                tracing::debug!("connection ended with an error: {err}");
            }
            drop(permit);
            drop(open);
        });
    }
    drop(listener);
    tracing::info!("shutting down: draining open connections for up to {drain:?}");
    tokio::select! {
        () = graceful.shutdown() => tracing::info!("all connections closed"),
        () = tokio::time::sleep(drain) => tracing::warn!("drain timeout passed; closing the rest"),
    }
}
