//! One request through the server: vanilla route, router, registry lookup,
//! body read within the limit, the sandbox, the response.

use std::convert::Infallible;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http::{Request, Response, StatusCode};
use http_body_util::{BodyExt, Limited};
use hyper::body::{Body as _, Incoming};
use mayfly_sandbox::{GuestRequest, Sandbox, Tenant};

use crate::config::Config;
use crate::registry::Registry;
use crate::response::{self, Body};
use crate::router::Router;

/// Everything a request needs, shared by all connections.
pub struct App {
    pub sandbox: Sandbox,
    pub registry: Registry,
    pub router: Router,
    pub config: Config,
    next_id: AtomicU64,
    /// Serialises loads, uploads and deletes so versions are handed out in
    /// order. Never taken on the request path.
    pub(crate) load_lock: Mutex<()>,
    /// Permits to run a slow tenant's request. Fewer than the cores, so
    /// slow tenants together can never take all the CPU from fast ones.
    slow_lane: tokio::sync::Semaphore,
}

impl App {
    /// An app with an empty registry; see `load_all`.
    pub fn new(sandbox: Sandbox, router: Router, config: Config) -> App {
        // Ids start from the clock so that two runs of the server do not
        // hand out the same ids to the log.
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() << 24)
            .unwrap_or(0);
        App {
            sandbox,
            registry: Registry::default(),
            router,
            next_id: AtomicU64::new(seed),
            load_lock: Mutex::new(()),
            slow_lane: tokio::sync::Semaphore::new(config.server.slow_lane_threads.max(1)),
            config,
        }
    }

    pub fn next_request_id(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed)
    }
}

pub async fn handle(
    app: Arc<App>,
    request: Request<Incoming>,
) -> Result<Response<Body>, Infallible> {
    let id = app.next_request_id();
    // RFC 9112 §3.2: a server must answer 400 to an HTTP/1.1 request
    // without Host (HTTP/2 carries the authority in the URI instead).
    if request.version() == http::Version::HTTP_11
        && !request.headers().contains_key(http::header::HOST)
    {
        let mut refused = response::status(StatusCode::BAD_REQUEST, id);
        // A client this confused should not send more on this connection.
        refused.headers_mut().insert(
            http::header::CONNECTION,
            http::HeaderValue::from_static("close"),
        );
        return Ok(refused);
    }

    let path = request.uri().path();
    let settings = &app.config.server;
    if !settings.vanilla_path.is_empty() && path == settings.vanilla_path {
        return Ok(response::vanilla(id));
    }
    let host = host_of(&request);
    let Some(route) = app.router.route(&host, path) else {
        return Ok(response::status(StatusCode::NOT_FOUND, id));
    };
    let Some(entry) = app.registry.get(route.tenant) else {
        return Ok(response::status(StatusCode::NOT_FOUND, id));
    };
    let Some(_place) = entry.try_enter(settings.tenant_max_in_flight) else {
        tracing::warn!(
            tenant = entry.name(),
            request_id = id,
            "over the tenant's in-flight cap: 503"
        );
        entry.count_response(503);
        return Ok(response::status(StatusCode::SERVICE_UNAVAILABLE, id));
    };
    let path_skip = route.path_skip;
    let (parts, body) = request.into_parts();
    let body = match read_body(body, settings.max_body_bytes).await {
        Ok(body) => body,
        Err(status) => return Ok(response::status(status, id)),
    };
    let guest_request = GuestRequest {
        method: parts.method,
        uri: parts.uri,
        path_skip,
        headers: parts.headers,
        body,
    };
    // `entry` keeps this version alive until the response is built, even if
    // a reload replaces it in the registry meanwhile.
    let response = if entry.is_slow() {
        // A slow guest would hold a request worker for its whole run and
        // stall every connection queued behind it: run it on the blocking
        // pool instead, in one of the slow lanes (fewer than the cores, so
        // the request workers always keep CPU). Waiting for a lane is async:
        // a queue of slow requests costs memory, not threads, and stays
        // bounded by the tenant's in-flight cap.
        let Ok(_lane) = app.slow_lane.acquire().await else {
            return Ok(response::status(StatusCode::SERVICE_UNAVAILABLE, id));
        };
        let (app, entry) = (app.clone(), entry.clone());
        match tokio::task::spawn_blocking(move || {
            run_guest(&app.sandbox, &entry.tenant, guest_request, id)
        })
        .await
        {
            Ok(reply) => reply.response,
            Err(_) => response::status(StatusCode::INTERNAL_SERVER_ERROR, id),
        }
    } else {
        let reply = run_guest(&app.sandbox, &entry.tenant, guest_request, id);
        // Judged by fuel, not by the clock: on a busy machine a fast guest
        // can be preempted for milliseconds, and must not be sent to the
        // slow lane for it.
        if reply.fuel_used >= settings.slow_request_fuel {
            entry.mark_slow();
        }
        reply.response
    };
    entry.count_response(response.status().as_u16());
    Ok(response)
}

/// What a guest run produced: the response, and whether it is the server's
/// error answer for a failed run rather than the guest's own.
pub struct GuestReply {
    pub response: Response<Body>,
    pub failed: bool,
    /// Fuel burned, or u64::MAX if the request ran out of fuel or time.
    pub fuel_used: u64,
}

/// The sandbox part of a request, shared with `mayfly call`: run the guest
/// and turn its output, or its failure, into a response.
pub fn run_guest(sandbox: &Sandbox, tenant: &Tenant, request: GuestRequest, id: u64) -> GuestReply {
    match sandbox.handle(tenant, request, id) {
        Ok(guest) => GuestReply {
            fuel_used: guest.fuel_used,
            response: response::from_guest(guest, id),
            failed: false,
        },
        Err(err) => {
            let status = response::status_for(&err);
            tracing::warn!(
                tenant = tenant.name(),
                request_id = id,
                status = status.as_u16(),
                "request failed: {err}"
            );
            GuestReply {
                response: response::status(status, id),
                failed: true,
                fuel_used: if err.is_cpu_limit() { u64::MAX } else { 0 },
            }
        }
    }
}

/// The whole body, or 413 if it is (or says it will be) over `limit`.
async fn read_body(body: Incoming, limit: u64) -> Result<Bytes, StatusCode> {
    if body.is_end_stream() {
        return Ok(Bytes::new());
    }
    if body.size_hint().lower() > limit {
        return Err(StatusCode::PAYLOAD_TOO_LARGE);
    }
    match Limited::new(body, limit as usize).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(err) if err.is::<http_body_util::LengthLimitError>() => {
            Err(StatusCode::PAYLOAD_TOO_LARGE)
        }
        Err(_) => Err(StatusCode::BAD_REQUEST),
    }
}

/// The request's host, lower case and without a port: the Host header for
/// HTTP/1.1, the URI authority for HTTP/2.
fn host_of<B>(request: &Request<B>) -> std::borrow::Cow<'_, str> {
    let raw = request
        .uri()
        .host()
        .or_else(|| {
            request
                .headers()
                .get(http::header::HOST)
                .and_then(|h| h.to_str().ok())
        })
        .unwrap_or("");
    let without_port = match raw.rsplit_once(':') {
        Some((host, port))
            if !host.is_empty()
                && port.bytes().all(|b| b.is_ascii_digit())
                && !raw.ends_with(']') =>
        {
            host
        }
        _ => raw,
    };
    // Hosts nearly always arrive in lower case: allocate only when not.
    if without_port.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Owned(without_port.to_ascii_lowercase())
    } else {
        std::borrow::Cow::Borrowed(without_port)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(header: &str) -> String {
        host_of(&Request::builder().header("host", header).body(()).unwrap()).into_owned()
    }

    #[test]
    fn hosts_lose_port_and_case() {
        assert_eq!(host("API.Example.com:8080"), "api.example.com");
        assert_eq!(host("a.com"), "a.com");
        assert_eq!(host("[::1]"), "[::1]");
    }
}
