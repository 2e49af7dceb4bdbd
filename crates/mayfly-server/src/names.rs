//! Tenant names: `[a-z0-9][a-z0-9-]{0,62}`. They appear in URLs, file names
//! and logs, so nothing else is accepted (no dots, no path separators).

pub fn is_valid_tenant_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= 63
        && (bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_digit())
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
}

#[cfg(test)]
mod tests {
    use super::is_valid_tenant_name as valid;

    #[test]
    fn names() {
        for ok in ["a", "hello", "a-b", "0x", &"a".repeat(63)] {
            assert!(valid(ok), "{ok}");
        }
        for bad in [
            "",
            "-a",
            "A",
            "a_b",
            "a.b",
            "../x",
            ".hidden",
            &"a".repeat(64),
        ] {
            assert!(!valid(bad), "{bad}");
        }
    }
}
