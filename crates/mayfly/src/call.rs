//! `mayfly call`: one request through exactly the server's sandbox path
//! (`service::run_guest`), printed like `curl -i`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context};
use bytes::Bytes;
use clap::Args;
use http_body_util::BodyExt;
use mayfly_sandbox::{GuestRequest, PoolSettings, Sandbox};
use mayfly_server::source::{load_file, SourceKind};

#[derive(Args)]
pub struct CallArgs {
    /// Tenant file: .wasm, .wat or .py
    file: PathBuf,
    /// Request path as the tenant sees it, with an optional query
    #[arg(default_value = "/")]
    path: String,
    /// Request method
    #[arg(short = 'X', long = "request", default_value = "GET")]
    method: String,
    /// Request header `Name: value` (repeatable)
    #[arg(short = 'H', long = "header")]
    headers: Vec<String>,
    /// Request body
    #[arg(short = 'd', long = "data")]
    data: Option<String>,
    /// Config file for the limits [default: config/mayfly.toml if present]
    #[arg(long)]
    config: Option<PathBuf>,
}

pub fn run(args: CallArgs) -> anyhow::Result<ExitCode> {
    let config = crate::load_config(args.config.as_ref())?;
    let Some(kind) = SourceKind::of_path(&args.file) else {
        bail!(
            "{}: expected a .wasm, .wat or .py file",
            args.file.display()
        );
    };
    let name = args
        .file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("tenant")
        .to_string();
    let sandbox = Sandbox::new(&PoolSettings {
        instances: 2,
        ..config.pool.clone()
    })?;
    let tenant = match load_file(&sandbox, &name, &args.file, kind, config.limits_for(&name)) {
        Ok(tenant) => tenant,
        Err(err) => {
            eprint!("{err}");
            if !err.to_string().ends_with('\n') {
                eprintln!();
            }
            return Ok(ExitCode::from(2));
        }
    };
    let request = build_request(&args)?;
    // The server's request span, so guest output is tagged the same way.
    let id = 1;
    let span = tracing::info_span!(
        "request",
        tenant = name.as_str(),
        request_id = %mayfly_server::response::RequestId(id)
    );
    let reply = span.in_scope(|| mayfly_server::service::run_guest(&sandbox, &tenant, request, id));
    let failed = reply.failed;
    print_response(reply.response)?;
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn build_request(args: &CallArgs) -> anyhow::Result<GuestRequest> {
    let path = if args.path.starts_with('/') {
        args.path.clone()
    } else {
        format!("/{}", args.path)
    };
    let mut request = GuestRequest::get(&path).with_context(|| format!("invalid path {path:?}"))?;
    request.method = args
        .method
        .parse()
        .with_context(|| format!("invalid method {:?}", args.method))?;
    for header in &args.headers {
        let Some((name, value)) = header.split_once(':') else {
            bail!("header {header:?} is not `Name: value`");
        };
        let name: http::HeaderName = name
            .trim()
            .parse()
            .with_context(|| format!("invalid header name in {header:?}"))?;
        request.headers.append(name, value.trim().parse()?);
    }
    if let Some(data) = &args.data {
        request.body = Bytes::from(data.clone());
    }
    Ok(request)
}

fn print_response(response: http::Response<mayfly_server::response::Body>) -> anyhow::Result<()> {
    let (parts, body) = response.into_parts();
    // A Full body is already in memory: this never waits.
    let body = futures_lite_block_on(body.collect())?.to_bytes();
    let mut out = std::io::stdout().lock();
    let reason = parts.status.canonical_reason().unwrap_or("");
    writeln!(out, "HTTP/1.1 {} {reason}", parts.status.as_str())?;
    for (name, value) in &parts.headers {
        out.write_all(name.as_str().as_bytes())?;
        out.write_all(b": ")?;
        out.write_all(value.as_bytes())?;
        out.write_all(b"\n")?;
    }
    writeln!(out, "content-length: {}\n", body.len())?;
    out.write_all(&body)?;
    out.flush()?;
    Ok(())
}

/// Polls a future that is ready at once (collecting a Full body).
fn futures_lite_block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .map(|rt| rt.block_on(future))
        .unwrap_or_else(|_| unreachable!("a current-thread runtime without drivers always builds"))
}
