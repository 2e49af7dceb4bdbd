//! Building responses: guest output, the vanilla hello, and the server's own
//! short error answers. Every response carries `x-request-id`.

use bytes::Bytes;
use http::header::{HeaderValue, CONTENT_TYPE, RETRY_AFTER};
use http::{HeaderName, Response, StatusCode};
use http_body_util::Full;
use mayfly_sandbox::{GuestResponse, RequestError};

pub type Body = Full<Bytes>;

pub static X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");
const TEXT_PLAIN: HeaderValue = HeaderValue::from_static("text/plain; charset=utf-8");

/// A request id as every log line and the admin API write it: the same 16
/// hex digits as the `x-request-id` header, so a client's id can be found
/// with grep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestId(pub u64);

impl std::fmt::Display for RequestId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

pub fn request_id_hex(id: u64) -> String {
    RequestId(id).to_string()
}

/// A request id as a header value: 16 hex digits.
pub fn request_id_value(id: u64) -> HeaderValue {
    let mut buf = [0u8; 16];
    for (i, byte) in buf.iter_mut().enumerate() {
        let nibble = (id >> (60 - 4 * i)) & 0xf;
        *byte = b"0123456789abcdef"[nibble as usize];
    }
    HeaderValue::from_bytes(&buf).unwrap_or(HeaderValue::from_static("0"))
}

pub fn from_guest(guest: GuestResponse, id: u64) -> Response<Body> {
    let mut response = Response::new(Full::new(Bytes::from(guest.body)));
    // The host checked 200..=999 when the guest set it.
    *response.status_mut() = StatusCode::from_u16(guest.status).unwrap_or(StatusCode::OK);
    let headers = response.headers_mut();
    headers.reserve(guest.headers.len() + 1);
    for (name, value) in guest.headers {
        headers.append(name, value);
    }
    headers.insert(X_REQUEST_ID.clone(), request_id_value(id));
    response
}

/// The built-in hello with no sandbox: the benchmark baseline, with the
/// same header set as a sandboxed text response.
pub fn vanilla(id: u64) -> Response<Body> {
    let mut response = Response::new(Full::new(Bytes::from_static(b"Hello, World!")));
    response.headers_mut().insert(CONTENT_TYPE, TEXT_PLAIN);
    response
        .headers_mut()
        .insert(X_REQUEST_ID.clone(), request_id_value(id));
    response
}

/// A short generic answer from the server itself; details go to the log.
pub fn status(code: StatusCode, id: u64) -> Response<Body> {
    let text = format!(
        "{} {}\n",
        code.as_str(),
        code.canonical_reason().unwrap_or("")
    );
    let mut response = Response::new(Full::new(Bytes::from(text)));
    *response.status_mut() = code;
    response.headers_mut().insert(CONTENT_TYPE, TEXT_PLAIN);
    response
        .headers_mut()
        .insert(X_REQUEST_ID.clone(), request_id_value(id));
    if code == StatusCode::SERVICE_UNAVAILABLE {
        response
            .headers_mut()
            .insert(RETRY_AFTER, HeaderValue::from_static("1"));
    }
    response
}

/// The status for each way a request can fail in the sandbox.
pub fn status_for(err: &RequestError) -> StatusCode {
    match err {
        RequestError::OutOfFuel { .. } | RequestError::Deadline { .. } => {
            StatusCode::GATEWAY_TIMEOUT
        }
        RequestError::PoolExhausted => StatusCode::SERVICE_UNAVAILABLE,
        RequestError::Trap(_) | RequestError::MemoryLimit { .. } | RequestError::Instantiate(_) => {
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_ids_are_fixed_width_hex() {
        assert_eq!(request_id_value(0x1f).to_str().unwrap(), "000000000000001f");
        assert_eq!(
            request_id_value(u64::MAX).to_str().unwrap(),
            "ffffffffffffffff"
        );
        // The log's form is the header's.
        for id in [0x1f, u64::MAX, 1 << 40] {
            assert_eq!(request_id_hex(id), request_id_value(id).to_str().unwrap());
        }
    }

    #[test]
    fn limits_map_to_their_statuses() {
        assert_eq!(status_for(&RequestError::OutOfFuel { fuel: 1 }), 504);
        assert_eq!(status_for(&RequestError::Deadline { deadline_ms: 1 }), 504);
        assert_eq!(
            status_for(&RequestError::MemoryLimit {
                limit: 1,
                wanted: 2
            }),
            500
        );
        assert_eq!(status_for(&RequestError::Trap("x".into())), 500);
        let busy = status(status_for(&RequestError::PoolExhausted), 1);
        assert_eq!(busy.status(), 503);
        assert_eq!(busy.headers()[RETRY_AFTER], "1");
    }
}
