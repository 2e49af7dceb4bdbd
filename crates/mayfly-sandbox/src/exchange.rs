//! The request a guest reads and the response it writes. Plain data built on
//! the `http` crate's types, so the server hands over what hyper parsed
//! without copying and this crate needs nothing of hyper.

use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, Method, Uri};

/// One request as the guest sees it.
#[derive(Debug, Clone)]
pub struct GuestRequest {
    pub method: Method,
    pub uri: Uri,
    /// Bytes at the start of `uri.path()` that belong to the route, not to
    /// the tenant: `/hello/x` on the default route shows the guest `/x`.
    pub path_skip: usize,
    pub headers: HeaderMap,
    /// The whole body, already read within the server's body limit.
    pub body: Bytes,
}

impl GuestRequest {
    /// A bodiless request for `path_and_query`, e.g. `/a?b=c`.
    pub fn get(path_and_query: &str) -> Result<GuestRequest, http::Error> {
        Ok(GuestRequest {
            method: Method::GET,
            uri: path_and_query.parse::<Uri>()?,
            path_skip: 0,
            headers: HeaderMap::new(),
            body: Bytes::new(),
        })
    }

    /// The path the guest sees: the request path minus the route prefix,
    /// and always starting with `/`.
    pub fn guest_path(&self) -> &str {
        let rest = self.uri.path().get(self.path_skip..).unwrap_or("");
        if rest.starts_with('/') {
            rest
        } else {
            "/"
        }
    }

    pub fn query(&self) -> &str {
        self.uri.query().unwrap_or("")
    }
}

/// What the guest wrote. Headers keep the order the guest set them in.
#[derive(Debug, Clone)]
pub struct GuestResponse {
    pub status: u16,
    pub headers: Vec<(HeaderName, HeaderValue)>,
    pub body: Vec<u8>,
    /// Fuel the request burned: its CPU work, free of the wall-clock noise
    /// of a busy machine.
    pub fuel_used: u64,
}

impl Default for GuestResponse {
    fn default() -> Self {
        GuestResponse {
            status: 200,
            headers: Vec::new(),
            body: Vec::new(),
            fuel_used: 0,
        }
    }
}
