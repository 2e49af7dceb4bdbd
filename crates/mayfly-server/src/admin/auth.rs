//! Bearer-token check for the admin API.

use http::HeaderMap;

/// True if `headers` carry `Authorization: Bearer <token>` for a non-empty
/// `token`. The comparison takes the same time wherever the first
/// difference is, so response timing does not leak the token byte by byte.
pub fn is_authorized(headers: &HeaderMap, token: &str) -> bool {
    if token.is_empty() {
        return false;
    }
    let Some(given) = headers
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    constant_time_eq(given.trim().as_bytes(), token.as_bytes())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    // The length is not secret enough to hide (it shows in the token's
    // config), but the content is: fold every byte pair into one value.
    let mut diff = (a.len() != b.len()) as u8;
    for i in 0..a.len().max(b.len()) {
        diff |= a.get(i).copied().unwrap_or(0) ^ b.get(i).copied().unwrap_or(0xff);
    }
    std::hint::black_box(diff) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(http::header::AUTHORIZATION, value.parse().unwrap());
        h
    }

    #[test]
    fn only_the_exact_bearer_token_passes() {
        assert!(is_authorized(&with("Bearer s3cret"), "s3cret"));
        for wrong in [
            "Bearer s3cre",
            "Bearer s3cret!",
            "Basic s3cret",
            "s3cret",
            "Bearer ",
        ] {
            assert!(!is_authorized(&with(wrong), "s3cret"), "{wrong}");
        }
        assert!(!is_authorized(&HeaderMap::new(), "s3cret"));
        assert!(
            !is_authorized(&with("Bearer "), ""),
            "no token configured: nothing passes"
        );
    }
}
