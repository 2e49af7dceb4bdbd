//! One request through the server: vanilla route, router, registry lookup,
//! body read within the limit, the sandbox, the response.

use std::convert::Infallible;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{Request, Response, StatusCode};
use http_body_util::{BodyExt, Limited};
use hyper::body::{Body as _, Incoming};
use mayfly_sandbox::{GuestRequest, Sandbox, Tenant};

use tracing::Instrument;

use crate::config::Config;
use crate::entry::TenantEntry;
use crate::metrics::{FailureKind, ServerMetrics};
use crate::registry::Registry;
use crate::response::{self, Body, RequestId};
use crate::router::Router;

/// Everything a request needs, shared by all connections.
pub struct App {
    pub sandbox: Sandbox,
    pub registry: Registry,
    pub router: Router,
    pub config: Config,
    next_id: AtomicU64,
    /// One lock per tenant name: serialises loads, uploads and deletes of
    /// a name so its versions are handed out in order, while different
    /// names load in parallel. Never taken on the request path.
    name_locks: dashmap::DashMap<String, Arc<Mutex<()>>>,
    /// The threads that load tenants, below the request workers' priority.
    pub(crate) load_pool: crate::load_pool::LoadPool,
    /// Names queued on the load pool or loading now.
    pub(crate) pending: std::sync::atomic::AtomicUsize,
    /// Permits to run a slow tenant's request. Fewer than the cores, so
    /// slow tenants together can never take all the CPU from fast ones.
    slow_lane: tokio::sync::Semaphore,
    pub metrics: ServerMetrics,
    /// The compile cache; None when it is off or was refused.
    pub cache: Option<crate::cache::CompileCache>,
    /// Bad file names already logged (each is logged once).
    pub(crate) bad_names: crate::tenant_files::BadNames,
}

impl App {
    /// An app with an empty registry; see `load_all_in_background`.
    pub fn new(sandbox: Sandbox, router: Router, config: Config) -> App {
        // Ids start from the clock so that two runs of the server do not
        // hand out the same ids to the log.
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() << 24)
            .unwrap_or(0);
        let cache = crate::cache::CompileCache::open(&config.cache, &sandbox);
        App {
            cache,
            sandbox,
            registry: Registry::default(),
            router,
            next_id: AtomicU64::new(seed),
            name_locks: Default::default(),
            load_pool: crate::load_pool::LoadPool::start(config.loader.threads, config.loader.nice),
            pending: Default::default(),
            slow_lane: tokio::sync::Semaphore::new(config.server.slow_lane_threads.max(1)),
            metrics: ServerMetrics::default(),
            bad_names: Default::default(),
            config,
        }
    }

    /// The lock for loads of `name`; hold the guard of its mutex.
    pub(crate) fn name_lock(&self, name: &str) -> Arc<Mutex<()>> {
        if let Some(lock) = self.name_locks.get(name) {
            return lock.clone();
        }
        self.name_locks.entry(name.to_string()).or_default().clone()
    }

    pub fn next_request_id(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed)
    }
}

pub async fn handle(
    app: Arc<App>,
    request: Request<Incoming>,
) -> Result<Response<Body>, Infallible> {
    let started = Instant::now();
    let id = app.next_request_id();
    // Kept for the access log only (a reference count on the request's
    // bytes, not a copy).
    let access = app
        .config
        .log
        .access
        .then(|| (request.method().clone(), request.uri().clone()));
    let mut outcome = Outcome::default();
    let response = respond(&app, request, id, &mut outcome).await;
    let elapsed = started.elapsed();
    if let Some(entry) = &outcome.entry {
        entry.count_response(response.status().as_u16());
        entry.metrics.request_duration.observe_duration(elapsed);
        if let Some(kind) = outcome.failure {
            entry.metrics.count_failure(kind);
        }
    }
    if let Some((method, uri)) = access {
        let query = app.config.log.access_query;
        crate::access::log(id, &method, &uri, query, &response, &outcome, elapsed);
    }
    Ok(response)
}

/// What the access log and the metrics need to know about a request
/// besides its response.
#[derive(Default)]
pub struct Outcome {
    /// The tenant version that answered, if the request got that far.
    pub entry: Option<Arc<TenantEntry>>,
    /// Set when the server, not the guest, decided the answer.
    pub failure: Option<FailureKind>,
}

async fn respond(
    app: &Arc<App>,
    request: Request<Incoming>,
    id: u64,
    outcome: &mut Outcome,
) -> Response<Body> {
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
        return refused;
    }

    let path = request.uri().path();
    let settings = &app.config.server;
    if !settings.vanilla_path.is_empty() && path == settings.vanilla_path {
        return response::vanilla(id);
    }
    let host = host_of(&request);
    let Some(route) = app.router.route(&host, path) else {
        return response::status(StatusCode::NOT_FOUND, id);
    };
    let Some(entry) = app.registry.get(route.tenant) else {
        return response::status(StatusCode::NOT_FOUND, id);
    };
    // Every event from here on, the guest's output included, carries the
    // tenant, the route and the request id from this span.
    let span = tracing::info_span!(
        "request",
        tenant = route.tenant,
        route = route.route,
        request_id = %RequestId(id)
    );
    let path_skip = route.path_skip;
    drop(host);
    let (response, failure) = run_tenant(app, &entry, request, path_skip, id)
        .instrument(span)
        .await;
    outcome.entry = Some(entry);
    outcome.failure = failure;
    response
}

/// The request's run on `entry`, inside its span: the response, and why
/// the server answered for the guest if it did.
async fn run_tenant(
    app: &Arc<App>,
    entry: &Arc<TenantEntry>,
    request: Request<Incoming>,
    path_skip: usize,
    id: u64,
) -> (Response<Body>, Option<FailureKind>) {
    let settings = &app.config.server;
    let Some(_place) = entry.try_enter(settings.tenant_max_in_flight) else {
        tracing::warn!("over the tenant's in-flight cap: 503");
        let busy = response::status(StatusCode::SERVICE_UNAVAILABLE, id);
        return (busy, Some(FailureKind::InFlightCap));
    };
    let (parts, body) = request.into_parts();
    let body = match read_body(body, settings.max_body_bytes).await {
        Ok(body) => body,
        Err(status) => {
            let failure =
                (status == StatusCode::PAYLOAD_TOO_LARGE).then_some(FailureKind::BodyTooLarge);
            return (response::status(status, id), failure);
        }
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
    let reply = if entry.is_slow() {
        // A slow guest would hold a request worker for its whole run and
        // stall every connection queued behind it: run it on the blocking
        // pool instead, in one of the slow lanes (fewer than the cores, so
        // the request workers always keep CPU). Waiting for a lane is async:
        // a queue of slow requests costs memory, not threads, and stays
        // bounded by the tenant's in-flight cap.
        let Ok(_lane) = app.slow_lane.acquire().await else {
            let closed = response::status(StatusCode::SERVICE_UNAVAILABLE, id);
            return (closed, Some(FailureKind::Internal));
        };
        let (app, entry) = (app.clone(), entry.clone());
        // The blocking thread does not inherit the span by itself.
        let span = tracing::Span::current();
        let run =
            move || span.in_scope(|| run_guest(&app.sandbox, &entry.tenant, guest_request, id));
        match tokio::task::spawn_blocking(run).await {
            Ok(reply) => reply,
            Err(_) => {
                let panicked = response::status(StatusCode::INTERNAL_SERVER_ERROR, id);
                return (panicked, Some(FailureKind::Internal));
            }
        }
    } else {
        let reply = run_guest(&app.sandbox, &entry.tenant, guest_request, id);
        // Judged by fuel, not by the clock: on a busy machine a fast guest
        // can be preempted for milliseconds, and must not be sent to the
        // slow lane for it.
        if reply.fuel_used >= settings.slow_request_fuel {
            entry.mark_slow();
        }
        reply
    };
    let metrics = &entry.metrics;
    metrics.lifecycle.observe_duration(reply.lifecycle);
    match reply.failure {
        None => metrics.fuel.observe(reply.fuel_used),
        Some(FailureKind::Fuel) => metrics.fuel.observe(entry.tenant.limits().fuel),
        Some(_) => {}
    }
    (reply.response, reply.failure)
}

/// What a guest run produced: the response, and whether it is the server's
/// error answer for a failed run rather than the guest's own.
pub struct GuestReply {
    pub response: Response<Body>,
    pub failed: bool,
    /// Why the run failed, if it did.
    pub failure: Option<FailureKind>,
    /// Fuel burned, or u64::MAX if the request ran out of fuel or time.
    pub fuel_used: u64,
    /// How long `Sandbox::handle` took: the sandbox's whole lifecycle.
    pub lifecycle: Duration,
}

/// The sandbox part of a request, shared with `mayfly call`: run the guest
/// and turn its output, or its failure, into a response.
pub fn run_guest(sandbox: &Sandbox, tenant: &Tenant, request: GuestRequest, id: u64) -> GuestReply {
    let started = Instant::now();
    let result = sandbox.handle(tenant, request, id);
    let lifecycle = started.elapsed();
    match result {
        Ok(guest) => GuestReply {
            fuel_used: guest.fuel_used,
            response: response::from_guest(guest, id),
            failed: false,
            failure: None,
            lifecycle,
        },
        Err(err) => {
            let status = response::status_for(&err);
            // The caller's span names the tenant and the request.
            tracing::warn!(status = status.as_u16(), "request failed: {err}");
            GuestReply {
                response: response::status(status, id),
                failed: true,
                failure: Some(FailureKind::of(&err)),
                fuel_used: if err.is_cpu_limit() { u64::MAX } else { 0 },
                lifecycle,
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
