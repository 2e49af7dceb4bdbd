//! The access log: one tracing event per request under the target
//! `mayfly::access`, written after the response is built. Its fields are
//! its own (not the request span's), so a line is complete when read
//! alone, in text or in JSON.

use std::time::Duration;

use http::{Method, Response, Uri};
use hyper::body::Body as _;

use crate::response::{Body, RequestId};
use crate::service::Outcome;

/// The access log's target: `--log info,mayfly::access=off` silences it
/// without touching `[log] access`.
pub const TARGET: &str = "mayfly::access";

pub fn log(
    id: u64,
    method: &Method,
    uri: &Uri,
    with_query: bool,
    response: &Response<Body>,
    outcome: &Outcome,
    elapsed: Duration,
) {
    let path = match (with_query, uri.query()) {
        (true, Some(_)) => uri.path_and_query().map_or(uri.path(), |pq| pq.as_str()),
        _ => uri.path(),
    };
    // The whole body is in memory by now, so its size is exact.
    let bytes = response.body().size_hint().exact().unwrap_or(0);
    let tenant = outcome.entry.as_ref().map_or("-", |e| e.name());
    let failure = outcome.failure.map_or("-", |f| f.as_str());
    tracing::info!(
        target: TARGET,
        request_id = %RequestId(id),
        tenant,
        method = method.as_str(),
        path,
        status = response.status().as_u16(),
        duration_us = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX),
        bytes,
        failure
    );
}
