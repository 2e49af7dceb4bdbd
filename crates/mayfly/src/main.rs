//! The `mayfly` binary: subcommands over the library crates. Thin on
//! purpose; the work happens in mayfly-server, mayfly-sandbox and
//! mayfly-compiler.

mod build;
mod call;
mod deploy;
mod serve;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "mayfly",
    version,
    about = "A multi-tenant HTTP server running every request in a fresh Wasm sandbox"
)]
struct Cli {
    /// Log filter (tracing EnvFilter syntax); RUST_LOG wins when set.
    #[arg(long, global = true, default_value = "info")]
    log: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the tenants in the tenants dir.
    Serve(serve::ServeArgs),
    /// Run one request through a tenant file without a server and print the
    /// response like `curl -i`.
    Call(call::CallArgs),
    /// Compile a Python tenant to a Wasm module.
    Build(build::BuildArgs),
    /// Upload a tenant to a running server through the admin API.
    Deploy(deploy::DeployArgs),
}

/// Config file used when --config is not given, if it exists.
pub const DEFAULT_CONFIG: &str = "config/mayfly.toml";

/// The config from `--config`, else the default file if present, else the
/// built-in defaults.
pub fn load_config(explicit: Option<&PathBuf>) -> anyhow::Result<mayfly_server::Config> {
    let path = match explicit {
        Some(path) => path.clone(),
        None if std::path::Path::new(DEFAULT_CONFIG).exists() => PathBuf::from(DEFAULT_CONFIG),
        None => {
            let mut config = mayfly_server::Config::default();
            config.settle()?;
            return Ok(config);
        }
    };
    Ok(mayfly_server::Config::load(&path)?)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .or_else(|_| tracing_subscriber::EnvFilter::try_new(&cli.log))
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
    let result = match cli.command {
        Command::Serve(args) => serve::run(args),
        Command::Call(args) => call::run(args),
        Command::Build(args) => build::run(args),
        Command::Deploy(args) => deploy::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}
