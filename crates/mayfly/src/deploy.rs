//! `mayfly deploy`: upload a tenant through the admin API and print the
//! result, or the compiler's diagnostics.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context};
use bytes::Bytes;
use clap::Args;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

#[derive(Args)]
pub struct DeployArgs {
    /// Tenant file: .wasm, .wat or .py
    file: PathBuf,
    /// Tenant name [default: the file name without its extension]
    #[arg(long)]
    name: Option<String>,
    /// Admin API base URL
    #[arg(long, default_value = "http://127.0.0.1:8081")]
    admin: String,
    /// Bearer token
    #[arg(long, env = "MAYFLY_ADMIN_TOKEN", hide_env_values = true)]
    token: Option<String>,
}

pub fn run(args: DeployArgs) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let name = match &args.name {
        Some(name) => name.clone(),
        None => args
            .file
            .file_stem()
            .and_then(|s| s.to_str())
            .map(str::to_string)
            .context("cannot derive a tenant name from the file name; pass --name")?,
    };
    // Checked here too so that a bad name is refused with the rule it
    // breaks before the upload, not as a bare 400 after it.
    if let Some(problem) = mayfly_server::names::name_problem(&name) {
        bail!("{name:?} is not a tenant name: {problem} (pass --name)");
    }
    let Some(kind) = mayfly_server::source::SourceKind::of_path(&args.file) else {
        bail!(
            "{}: expected a .wasm, .wat or .py file",
            args.file.display()
        );
    };
    let content_type = kind.content_type();
    let url = format!("{}/tenants/{name}", args.admin.trim_end_matches('/'));
    let mut request = http::Request::put(&url).header(http::header::CONTENT_TYPE, content_type);
    if let Some(token) = &args.token {
        request = request.header(http::header::AUTHORIZATION, format!("Bearer {token}"));
    }
    let request = request
        .body(Full::new(Bytes::from(bytes)))
        .with_context(|| format!("invalid URL {url}"))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let (status, body) = runtime.block_on(async {
        let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
        let response = client
            .request(request)
            .await
            .with_context(|| format!("cannot reach {url}"))?;
        let status = response.status();
        let body = response.into_body().collect().await?.to_bytes();
        anyhow::Ok((status, body))
    })?;
    let json: serde_json::Value = serde_json::from_slice(&body).unwrap_or(serde_json::Value::Null);
    if status.is_success() {
        let verb = if status == http::StatusCode::CREATED {
            "created"
        } else {
            "replaced"
        };
        println!("{verb} tenant {name} (version {})", json["version"]);
        println!("{}", String::from_utf8_lossy(&body).trim_end());
        return Ok(ExitCode::SUCCESS);
    }
    match json["message"].as_str() {
        // Compiler diagnostics come rendered as code frames.
        Some(message) => eprintln!("{status}: {}", message.trim_end()),
        None => eprintln!("{status}: {}", String::from_utf8_lossy(&body).trim_end()),
    }
    Ok(ExitCode::FAILURE)
}
