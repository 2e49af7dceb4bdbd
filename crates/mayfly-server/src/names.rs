//! Tenant names: `[a-z0-9][a-z0-9_-]{0,62}`. They appear in URLs, file names
//! and logs, so nothing else is accepted (no dots, no path separators, no
//! upper case that would make `App.py` and `app.py` two tenants on one
//! file system and one on another). `_` is allowed because Python file
//! names use it (`my_app.py`); it may not come first, as `-` may not, so a
//! name never looks like an option or a private module.

/// The rule for tenant names, as the log, the admin API and the CLI state it.
pub const NAME_RULE: &str = "[a-z0-9][a-z0-9_-]{0,62}";

/// Longest tenant name, in bytes.
pub const MAX_NAME_LEN: usize = 63;

pub fn is_valid_tenant_name(name: &str) -> bool {
    name_problem(name).is_none()
}

/// Which part of the rule `name` breaks, in words, or None if it is valid.
pub fn name_problem(name: &str) -> Option<String> {
    let Some(first) = name.chars().next() else {
        return Some("a tenant name cannot be empty".into());
    };
    if name.len() > MAX_NAME_LEN {
        return Some(format!(
            "a tenant name has at most {MAX_NAME_LEN} characters (this one has {})",
            name.chars().count()
        ));
    }
    if !(first.is_ascii_lowercase() || first.is_ascii_digit()) {
        return Some(format!(
            "a tenant name starts with a lowercase letter or a digit, not {first:?}"
        ));
    }
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    if let Some(bad) = name.chars().find(|c| !allowed(*c)) {
        return Some(format!(
            "a tenant name holds only lowercase letters, digits, `-` and `_`, not {bad:?}"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{is_valid_tenant_name as valid, name_problem};

    #[test]
    fn names() {
        for ok in [
            "a",
            "hello",
            "a-b",
            "a_b",
            "my_app",
            "user_api",
            "0x",
            &"a".repeat(63),
        ] {
            assert!(valid(ok), "{ok}");
        }
        for bad in [
            "",
            "-a",
            "_a",
            "A",
            "Upper Case",
            "a.b",
            "../x",
            ".hidden",
            &"a".repeat(64),
        ] {
            assert!(!valid(bad), "{bad}");
        }
    }

    #[test]
    fn the_problem_names_the_rule_broken() {
        let problem = |n: &str| name_problem(n).unwrap_or_default();
        assert!(problem("Upper Case").contains("starts with a lowercase letter"));
        assert!(problem("upper Case").contains("not ' '"));
        assert!(problem(&"a".repeat(64)).contains("at most 63"));
        assert!(problem("").contains("empty"));
    }
}
