//! The sandbox: wasmtime Engine and pooling allocator, tenants, and the host
//! side of the mayfly guest ABI (guest-sdk/ABI.md). Every request gets a new
//! Store and a new instance, with fuel, a memory limit and an epoch deadline.
//! Knows nothing of hyper.

mod code_memo;
mod engine;
mod error;
mod exchange;
mod host;
mod limits;
mod run;
mod shape;
mod snapshot;
mod tenant;

pub use code_memo::MemoStats;
pub use engine::Sandbox;
pub use error::{LoadError, RequestError};
pub use exchange::{GuestRequest, GuestResponse};
pub use limits::{Limits, PoolSettings};
pub use tenant::{GuestLog, Tenant};

/// The wasmtime version mayfly is built with (pinned with `=` in the
/// workspace Cargo.toml; a unit test checks this against Cargo.lock).
/// wasmtime does not export its own version, and `mayfly --version` and the
/// build-info metric report it.
pub const WASMTIME_VERSION: &str = "48.0.8";

#[cfg(test)]
mod tests {
    #[test]
    fn wasmtime_version_matches_the_lock_file() {
        let lock = include_str!("../../../Cargo.lock");
        let locked = lock
            .split("[[package]]")
            .find(|p| p.contains("\nname = \"wasmtime\"\n"))
            .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = ")))
            .expect("wasmtime in Cargo.lock");
        assert_eq!(locked.trim_matches('"'), super::WASMTIME_VERSION);
    }
}
