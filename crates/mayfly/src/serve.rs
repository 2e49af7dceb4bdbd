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
        let server = mayfly_server::Server::start(&config).await?;
        signalled.await;
        server.stop().await;
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
