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
}

pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let mut config = crate::load_config(args.config.as_ref())?;
    if let Some(listen) = args.listen {
        config.server.listen = listen;
    }
    if let Some(tenants) = args.tenants {
        config.server.tenants_dir = tenants;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the tokio runtime")?;
    runtime.block_on(async move {
        let app = mayfly_server::build_app(&config).map_err(anyhow::Error::msg)?;
        let listener = tokio::net::TcpListener::bind(config.server.listen)
            .await
            .with_context(|| format!("cannot listen on {}", config.server.listen))?;
        let local = listener.local_addr()?;
        tracing::info!(
            tenants = app.registry.len(),
            "mayfly listening on http://{local} (tenants from {})",
            config.server.tenants_dir.display()
        );
        mayfly_server::server::serve(listener, app, shutdown_signal()).await;
        Ok(ExitCode::SUCCESS)
    })
}

/// Completes on SIGINT or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(term) => term,
            Err(err) => {
                tracing::warn!("cannot listen for SIGTERM: {err}");
                let _ = ctrl_c.await;
                return;
            }
        };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
    tracing::info!("signal received");
}
