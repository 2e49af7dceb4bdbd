//! `mayfly serve`: load the config and the tenants, serve until a signal.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

#[derive(Args)]
pub struct ServeArgs {
    /// Config file [default: config/mayfly.toml if present]
    #[arg(long)]
    config: Option<PathBuf>,
    /// Public listen address [default: from the config, 127.0.0.1:8080]
    #[arg(long)]
    listen: Option<SocketAddr>,
    /// Tenants directory [default: from the config, ./tenants]
    #[arg(long)]
    tenants: Option<PathBuf>,
    /// Reload tenants when their files change [default: from the config, on]
    #[arg(long, overrides_with = "no_watch")]
    watch: bool,
    /// Do not watch the tenants dir
    #[arg(long)]
    no_watch: bool,
    /// Admin API listen address [default: from the config, 127.0.0.1:8081]
    #[arg(long)]
    admin_listen: Option<SocketAddr>,
}

/// The config `serve` runs with: the file, then the flags over it.
pub fn settle_config(args: &ServeArgs) -> anyhow::Result<mayfly_server::Config> {
    let mut config = crate::load_config(args.config.as_ref())?;
    if let Some(listen) = args.listen {
        config.server.listen = listen;
    }
    if let Some(tenants) = &args.tenants {
        config.server.tenants_dir = tenants.clone();
    }
    if args.watch {
        config.server.watch = true;
    }
    if args.no_watch {
        config.server.watch = false;
    }
    if let Some(admin) = args.admin_listen {
        config.admin.listen = admin;
    }
    Ok(config)
}

pub fn run(config: mayfly_server::Config) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the tokio runtime")?;
    runtime.block_on(async move {
        let signalled = shutdown_signal()?;
        let app = mayfly_server::build_app(&config).map_err(anyhow::Error::msg)?;
        let backlog = config.server.listen_backlog;
        let listener = mayfly_server::server::bind(config.server.listen, backlog)
            .with_context(|| format!("cannot listen on {}", config.server.listen))?;
        let local = listener.local_addr()?;
        tracing::info!(
            tenants = app.registry.len(),
            pending = app.pending_loads(),
            "mayfly listening on http://{local} (tenants from {})",
            config.server.tenants_dir.display()
        );
        let _watching = if config.server.watch {
            match mayfly_server::watcher::watch(app.clone()) {
                Ok(guard) => Some(guard),
                Err(err) => {
                    tracing::error!("cannot watch the tenants dir, hot reload is off: {err}");
                    None
                }
            }
        } else {
            None
        };
        // One signal stops both listeners.
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let admin = if config.admin.enabled {
            let admin_listener = mayfly_server::server::bind(config.admin.listen, backlog)
                .with_context(|| format!("cannot listen on {} for the admin API", config.admin.listen))?;
            let admin_local = admin_listener.local_addr()?;
            if config.admin.token.is_empty() {
                tracing::warn!(
                    "admin API on http://{admin_local} has no token (set admin.token or MAYFLY_ADMIN_TOKEN): \
                     every call except /healthz will be refused"
                );
            } else {
                tracing::info!("admin API listening on http://{admin_local}");
            }
            // Its own thread and runtime at a lower priority: admin calls,
            // a flood of unauthenticated ones included, never queue beside
            // public requests on the request workers.
            let admin_listener = admin_listener.into_std()?;
            Some(
                mayfly_server::admin::thread::spawn(admin_listener, app.clone(), stopped.clone())
                    .context("cannot start the admin thread")?,
            )
        } else {
            None
        };
        let public = mayfly_server::server::serve(listener, app, async move {
            let mut stopped = stopped;
            let _ = stopped.wait_for(|s| *s).await;
        });
        tokio::join!(public, async {
            signalled.await;
            let _ = stop.send(true);
        });
        if let Some(admin) = admin {
            let _ = tokio::task::spawn_blocking(move || admin.join()).await;
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// A future that completes on SIGINT or SIGTERM, listening from the moment
/// this is called rather than from its first poll: the server logs its
/// address only after this, so a signal sent as soon as the address is
/// known (as a supervisor or a test does) is never missed and never kills
/// the process with the default action.
#[cfg(unix)]
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut interrupt = signal(SignalKind::interrupt()).context("cannot listen for SIGINT")?;
    let mut terminate = signal(SignalKind::terminate()).context("cannot listen for SIGTERM")?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {}
            _ = terminate.recv() => {}
        }
        tracing::info!("signal received");
    })
}

#[cfg(not(unix))]
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("signal received");
    })
}
