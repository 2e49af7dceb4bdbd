//! A cache entry's key: a SHA-256 over everything that changes the final
//! module. Change any of it and the key changes, so a stale entry is never
//! looked up again (the LRU bound removes it in time).
//!
//! - the key format's own version;
//! - mayfly's version and `MAYFLY_COMPILER_ID` (build.rs: a hash of the
//!   compiler's, the sandbox's and Cargo.lock's contents);
//! - wasmtime's version, the engine's compatibility hash (the settings
//!   wasmtime checks on deserialize) and the pool settings mayfly sets;
//! - the tenant's name, its file name (Python tracebacks carry it), its
//!   source kind and limits (init runs under them), and the source bytes.

use mayfly_sandbox::{Limits, Sandbox};
use sha2::{Digest, Sha256};

use crate::source::SourceKind;

/// The part of every key that is the same for every tenant of a server.
pub struct KeyBase {
    digest: [u8; 32],
}

impl KeyBase {
    pub fn new(sandbox: &Sandbox) -> KeyBase {
        let mut hasher = ShaHasher(Sha256::new());
        for part in [
            "mayfly compile cache key v1",
            env!("CARGO_PKG_VERSION"),
            env!("MAYFLY_COMPILER_ID"),
            mayfly_sandbox::WASMTIME_VERSION,
        ] {
            field(&mut hasher.0, part.as_bytes());
        }
        sandbox.hash_engine_config(&mut hasher);
        let pool = serde_json::to_vec(sandbox.settings()).unwrap_or_default();
        field(&mut hasher.0, &pool);
        KeyBase {
            digest: hasher.0.finalize().into(),
        }
    }

    /// The key (64 hex digits) of one tenant's source.
    pub fn key(
        &self,
        name: &str,
        filename: &str,
        kind: SourceKind,
        limits: &Limits,
        source: &[u8],
    ) -> String {
        let mut hasher = Sha256::new();
        field(&mut hasher, &self.digest);
        field(&mut hasher, name.as_bytes());
        field(&mut hasher, filename.as_bytes());
        field(&mut hasher, format!("{kind:?}").as_bytes());
        field(&mut hasher, &serde_json::to_vec(limits).unwrap_or_default());
        field(&mut hasher, source);
        hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// A length before each part, so that no two lists of parts hash alike.
fn field(hasher: &mut Sha256, bytes: &[u8]) {
    hasher.update((bytes.len() as u64).to_le_bytes());
    hasher.update(bytes);
}

/// Lets `Hash` implementations (wasmtime's compatibility hash) feed SHA-256,
/// which is stable across processes and Rust versions, unlike std's hasher.
struct ShaHasher(Sha256);

impl std::hash::Hasher for ShaHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
    fn finish(&self) -> u64 {
        0 // never read: the digest is taken from the inner state
    }
}
