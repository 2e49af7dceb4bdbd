//! The admin HTTP API, on its own listener (never the public one). JSON in
//! and out; every call except `GET /healthz` needs the bearer token.
//!
//! | call | does |
//! |---|---|
//! | `GET /healthz` | liveness and tenant count, no token needed |
//! | `GET /tenants`, `GET /tenants/{name}` | what is loaded, with counters |
//! | `PUT /tenants/{name}` | upload a .wasm, .wat or .py program |
//! | `POST /tenants/{name}/reload` | re-read the tenant from disk |
//! | `DELETE /tenants/{name}` | remove the tenant and its file |
//! | `GET /tenants/{name}/logs` | the tenant's last guest output lines |
//! | `GET /metrics` | Prometheus metrics (`metrics::expose`) |

mod auth;
pub mod thread;

use std::convert::Infallible;
use std::sync::Arc;

use bytes::Bytes;
use http::{header, HeaderValue, Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use serde_json::{json, Value};

use crate::loader::{SyncOutcome, UploadError};
use crate::names::is_valid_tenant_name;
use crate::response::Body;
use crate::service::App;
use crate::source::{SourceError, SourceKind};

pub use auth::is_authorized;

pub async fn handle(
    app: Arc<App>,
    request: Request<Incoming>,
) -> Result<Response<Body>, Infallible> {
    let path = request.uri().path().to_string();
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let method = request.method().clone();
    if method == Method::GET && segments == ["healthz"] {
        return Ok(json_response(
            StatusCode::OK,
            json!({
                "status": "ok",
                "tenants": app.registry.len(),
                // `loaded` is `tenants` under the name that pairs with
                // `pending`: names queued for loading or loading now.
                "loaded": app.registry.len(),
                "pending": app.pending_loads(),
            }),
        ));
    }
    if !is_authorized(request.headers(), &app.config.admin.token) {
        let mut response = error(StatusCode::UNAUTHORIZED, "missing or wrong bearer token");
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"mayfly-admin\""),
        );
        return Ok(response);
    }
    let response = match (segments.as_slice(), &method) {
        (["metrics"], &Method::GET) => metrics(&app),
        (["tenants"], &Method::GET) => list(&app),
        (["tenants", name, ..], _) if !is_valid_tenant_name(name) => error(
            StatusCode::BAD_REQUEST,
            &format!("tenant names are {}", crate::names::NAME_RULE),
        ),
        (["tenants", name], &Method::GET) => show(&app, name),
        (["tenants", name], &Method::PUT) => upload(app.clone(), name.to_string(), request).await,
        (["tenants", name], &Method::DELETE) => delete(app.clone(), name.to_string()).await,
        (["tenants", name, "reload"], &Method::POST) => reload(app.clone(), name.to_string()).await,
        (["tenants", name, "logs"], &Method::GET) => logs(&app, name),
        (["metrics"] | ["tenants"] | ["tenants", _] | ["tenants", _, "reload" | "logs"], _) => {
            error(StatusCode::METHOD_NOT_ALLOWED, "method not allowed here")
        }
        _ => error(StatusCode::NOT_FOUND, "no such admin endpoint"),
    };
    Ok(response)
}

fn tenant_json(app: &App, entry: &crate::entry::TenantEntry) -> Value {
    entry.to_json(app.router.routes_to(entry.name()))
}

fn list(app: &App) -> Response<Body> {
    let tenants: Vec<Value> = app
        .registry
        .names()
        .iter()
        .filter_map(|name| app.registry.get(name))
        .map(|entry| tenant_json(app, &entry))
        .collect();
    json_response(StatusCode::OK, json!({ "tenants": tenants }))
}

fn show(app: &App, name: &str) -> Response<Body> {
    match app.registry.get(name) {
        Some(entry) => json_response(StatusCode::OK, tenant_json(app, &entry)),
        None => error(StatusCode::NOT_FOUND, "no such tenant"),
    }
}

fn logs(app: &App, name: &str) -> Response<Body> {
    match app.registry.get(name) {
        Some(entry) => json_response(StatusCode::OK, entry.guest_lines.to_json()),
        None => error(StatusCode::NOT_FOUND, "no such tenant"),
    }
}

fn metrics(app: &Arc<App>) -> Response<Body> {
    match crate::metrics::expose::encode(app) {
        Ok(text) => {
            let mut response = Response::new(Full::new(Bytes::from(text)));
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static(crate::metrics::expose::CONTENT_TYPE),
            );
            response
        }
        Err(err) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("cannot encode the metrics: {err}"),
        ),
    }
}

async fn upload(app: Arc<App>, name: String, request: Request<Incoming>) -> Response<Body> {
    let (parts, body) = request.into_parts();
    let limit = app.config.admin.max_upload_bytes;
    let bytes = match Limited::new(body, limit as usize).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(err) if err.is::<http_body_util::LengthLimitError>() => {
            return error(
                StatusCode::PAYLOAD_TOO_LARGE,
                &format!("uploads are limited to {limit} bytes"),
            )
        }
        Err(err) => {
            return error(
                StatusCode::BAD_REQUEST,
                &format!("cannot read the body: {err}"),
            )
        }
    };
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let kind = detect_kind(content_type, &bytes);
    let worker = app.clone();
    let result = tokio::task::spawn_blocking(move || worker.upload(&name, kind, &bytes)).await;
    match result {
        Ok(Ok((entry, created))) => {
            let status = if created {
                StatusCode::CREATED
            } else {
                StatusCode::OK
            };
            json_response(status, tenant_json(&app, &entry))
        }
        Ok(Err(UploadError::Rejected(err))) => rejected(err),
        Ok(Err(UploadError::Write(err))) => {
            tracing::error!("cannot write an uploaded tenant: {err}");
            error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "cannot write the tenant file",
            )
        }
        Err(err) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("upload task failed: {err}"),
        ),
    }
}

/// 422 with what was wrong with the program.
fn rejected(err: SourceError) -> Response<Body> {
    let body = match &err {
        SourceError::Compile(compile) => json!({
            "error": "compile",
            "message": compile.to_string(),
            "diagnostics": compile.diagnostics,
        }),
        other => json!({ "error": "load", "message": other.to_string() }),
    };
    json_response(StatusCode::UNPROCESSABLE_ENTITY, body)
}

async fn reload(app: Arc<App>, name: String) -> Response<Body> {
    let worker = app.clone();
    let task_name = name.clone();
    let outcome = tokio::task::spawn_blocking(move || worker.sync_from_disk(&task_name)).await;
    match outcome {
        Ok(SyncOutcome::Loaded(entry)) => json_response(StatusCode::OK, tenant_json(&app, &entry)),
        Ok(SyncOutcome::Unchanged) => show(&app, &name),
        Ok(SyncOutcome::Removed | SyncOutcome::Absent) => {
            error(StatusCode::NOT_FOUND, "no source for this tenant on disk")
        }
        Ok(SyncOutcome::Failed(message)) => json_response(
            StatusCode::UNPROCESSABLE_ENTITY,
            json!({ "error": "load", "message": message }),
        ),
        Err(err) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("reload task failed: {err}"),
        ),
    }
}

async fn delete(app: Arc<App>, name: String) -> Response<Body> {
    match tokio::task::spawn_blocking(move || app.delete(&name)).await {
        Ok(Ok(true)) => json_response(StatusCode::OK, json!({ "deleted": true })),
        Ok(Ok(false)) => error(StatusCode::NOT_FOUND, "no such tenant"),
        Ok(Err(err)) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("cannot remove the tenant file: {err}"),
        ),
        Err(err) => error(
            StatusCode::INTERNAL_SERVER_ERROR,
            &format!("delete task failed: {err}"),
        ),
    }
}

/// The program kind of an upload: an explicit content type wins, then the
/// bytes decide (`\0asm` is a binary module, `(module` text is WAT, the
/// rest is Python).
pub fn detect_kind(content_type: Option<&str>, bytes: &[u8]) -> SourceKind {
    let essence = content_type.map(|c| {
        c.split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    });
    match essence.as_deref() {
        Some("application/wasm") => return SourceKind::Wasm,
        Some("text/x-python" | "text/x-script.python" | "application/x-python") => {
            return SourceKind::Python
        }
        Some("text/x-wat" | "text/wat" | "application/x-wat") => return SourceKind::Wat,
        _ => {}
    }
    if bytes.starts_with(b"\0asm") {
        return SourceKind::Wasm;
    }
    let text = String::from_utf8_lossy(bytes);
    let code = text
        .lines()
        .map(str::trim)
        .find(|line| !line.is_empty() && !line.starts_with(";;"));
    if code.is_some_and(|line| line.starts_with("(module")) {
        SourceKind::Wat
    } else {
        SourceKind::Python
    }
}

fn json_response(status: StatusCode, value: Value) -> Response<Body> {
    let mut body = serde_json::to_vec_pretty(&value).unwrap_or_default();
    body.push(b'\n');
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

fn error(status: StatusCode, message: &str) -> Response<Body> {
    json_response(status, json!({ "error": message }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_content_type_then_magic() {
        assert_eq!(
            detect_kind(Some("application/wasm"), b"x"),
            SourceKind::Wasm
        );
        assert_eq!(
            detect_kind(Some("text/x-python; charset=utf-8"), b"(module)"),
            SourceKind::Python
        );
        assert_eq!(detect_kind(None, b"\0asm\x01\0\0\0"), SourceKind::Wasm);
        assert_eq!(
            detect_kind(None, b";; comment\n  (module (memory 1))"),
            SourceKind::Wat
        );
        assert_eq!(
            detect_kind(Some("application/octet-stream"), b"def f():\n  pass\n"),
            SourceKind::Python
        );
    }
}
