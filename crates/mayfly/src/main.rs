//! The `mayfly` binary: subcommands over the library crates. Thin on
//! purpose; the work happens in mayfly-server, mayfly-sandbox and
//! mayfly-compiler.

mod build;
mod call;
mod deploy;
mod serve;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use mayfly_server::config::LogFormat;

/// `mayfly --version`: the wasmtime version matters as much as ours (it
/// decides the sandbox's behaviour and which compiled modules load).
static VERSION: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "{} (wasmtime {})",
        env!("CARGO_PKG_VERSION"),
        mayfly_sandbox::WASMTIME_VERSION
    )
});

#[derive(Parser)]
#[command(
    name = "mayfly",
    version = VERSION.as_str(),
    about = "A multi-tenant HTTP server running every request in a fresh Wasm sandbox"
)]
struct Cli {
    /// Log filter (tracing EnvFilter syntax); RUST_LOG wins when set.
    #[arg(long, global = true, default_value = "info")]
    log: String,
    /// Log line format [default: `[log] format` of the config for serve, else text]
    #[arg(long, global = true, value_enum)]
    log_format: Option<LogFormatArg>,
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

#[derive(Clone, Copy, ValueEnum)]
enum LogFormatArg {
    Text,
    Json,
}

impl From<LogFormatArg> for LogFormat {
    fn from(arg: LogFormatArg) -> LogFormat {
        match arg {
            LogFormatArg::Text => LogFormat::Text,
            LogFormatArg::Json => LogFormat::Json,
        }
    }
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

/// Installs the one tracing subscriber: the filter from RUST_LOG or
/// `--log`, lines in text or JSON on stderr. JSON lines carry the span
/// fields (tenant, route, request_id) of the event's spans.
fn init_tracing(filter: &str, format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .or_else(|_| tracing_subscriber::EnvFilter::try_new(filter))
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .init(),
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .init(),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // `serve` reads its log format from the config, so the config is read
    // before the subscriber exists; its errors go straight to stderr.
    let (serve_config, config_format) = match &cli.command {
        Command::Serve(args) => match serve::settle_config(args) {
            Ok(config) => {
                let format = config.log.format;
                (Some(config), format)
            }
            Err(err) => {
                eprintln!("error: {err:#}");
                return ExitCode::from(2);
            }
        },
        _ => (None, LogFormat::Text),
    };
    init_tracing(&cli.log, cli.log_format.map_or(config_format, Into::into));
    let result = match cli.command {
        Command::Serve(_) => match serve_config {
            Some(config) => serve::run(config),
            None => Ok(ExitCode::from(2)),
        },
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
