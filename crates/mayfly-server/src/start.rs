//! One way to start the server, for the binary and the integration tests
//! alike: the app (engine, router, tenants loading in the background), the
//! public listener on the caller's runtime, the admin API on its own
//! lower-priority thread, the watcher, and one stop signal for all of it.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::sync::watch;

use crate::config::Config;
use crate::service::App;
use crate::watcher::WatchGuard;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("{0}")]
    App(String),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot start the admin thread: {0}")]
    AdminThread(std::io::Error),
}

/// A running server. Dropping it does not stop it; call [`Server::stop`].
pub struct Server {
    pub app: Arc<App>,
    /// The public listener's address (the real port when 0 was asked for).
    pub addr: SocketAddr,
    /// The admin API's address, if it is enabled.
    pub admin_addr: Option<SocketAddr>,
    stop: watch::Sender<bool>,
    public: tokio::task::JoinHandle<()>,
    admin: Option<std::thread::JoinHandle<()>>,
    _watching: Option<WatchGuard>,
}

impl Server {
    /// Starts everything `config` (settled) asks for. Must be called inside
    /// a tokio runtime: the public listener and the watcher run on it.
    pub async fn start(config: &Config) -> Result<Server, StartError> {
        let app = crate::build_app(config).map_err(StartError::App)?;
        let backlog = config.server.listen_backlog;
        let listen = |addr: SocketAddr| {
            crate::server::bind(addr, backlog).map_err(|source| StartError::Listen { addr, source })
        };
        let listener = listen(config.server.listen)?;
        let addr = local_addr(&listener, config.server.listen)?;
        tracing::info!(
            tenants = app.registry.len(),
            pending = app.pending_loads(),
            "mayfly listening on http://{addr} (tenants from {})",
            config.server.tenants_dir.display()
        );
        let (stop, stopped) = watch::channel(false);
        let mut admin_addr = None;
        let admin = if config.admin.enabled {
            let admin_listener = listen(config.admin.listen)?;
            let local = local_addr(&admin_listener, config.admin.listen)?;
            admin_addr = Some(local);
            if config.admin.token.is_empty() {
                tracing::warn!(
                    "admin API on http://{local} has no token (set admin.token or MAYFLY_ADMIN_TOKEN): \
                     every call except /healthz will be refused"
                );
            } else {
                tracing::info!("admin API listening on http://{local}");
            }
            // Its own thread and runtime at a lower priority: admin calls,
            // a flood of unauthenticated ones included, never queue beside
            // public requests on the request workers.
            let admin_listener =
                admin_listener
                    .into_std()
                    .map_err(|source| StartError::Listen {
                        addr: local,
                        source,
                    })?;
            let thread = crate::admin::thread::spawn(admin_listener, app.clone(), stopped.clone())
                .map_err(StartError::AdminThread)?;
            Some(thread)
        } else {
            None
        };
        let watching = if config.server.watch {
            match crate::watcher::watch(app.clone()) {
                Ok(guard) => Some(guard),
                Err(err) => {
                    tracing::error!("cannot watch the tenants dir, hot reload is off: {err}");
                    None
                }
            }
        } else {
            None
        };
        let mut public_stopped = stopped;
        let public = tokio::spawn(crate::server::serve(listener, app.clone(), async move {
            let _ = public_stopped.wait_for(|stop| *stop).await;
        }));
        Ok(Server {
            app,
            addr,
            admin_addr,
            stop,
            public,
            admin,
            _watching: watching,
        })
    }

    /// Stops accepting on every listener, lets open connections drain
    /// (up to `server.drain_timeout_secs`) and waits for it all to end.
    pub async fn stop(mut self) {
        let _ = self.stop.send(true);
        if let Err(err) = (&mut self.public).await {
            tracing::error!("the public listener's task failed: {err}");
        }
        if let Some(admin) = self.admin.take() {
            let _ = tokio::task::spawn_blocking(move || admin.join()).await;
        }
    }
}

fn local_addr(
    listener: &tokio::net::TcpListener,
    asked: SocketAddr,
) -> Result<SocketAddr, StartError> {
    listener.local_addr().map_err(|source| StartError::Listen {
        addr: asked,
        source,
    })
}
