//! Loading a tenant through the compile cache: a hit skips the compile
//! and the init run; a miss loads as usual and stores the result.

use mayfly_sandbox::{Limits, Sandbox, Tenant};

use super::{Artifact, CacheUse, CompileCache};
use crate::source::{load_bytes, SourceError, SourceKind};

/// Loads `bytes` as tenant `name`, from `cache` when it holds a sound
/// entry. Init output is logged only when init runs: a hit has none.
pub fn load_through(
    cache: Option<&CompileCache>,
    sandbox: &Sandbox,
    name: &str,
    kind: SourceKind,
    bytes: &[u8],
    filename: &str,
    limits: Limits,
) -> Result<(Tenant, CacheUse), SourceError> {
    let Some(cache) = cache else {
        let tenant = load_bytes(sandbox, name, kind, bytes, filename, limits)?;
        return Ok((tenant, CacheUse::Off));
    };
    let key = cache.key(name, filename, kind, &limits, bytes);
    if let Some(entry) = cache.get(&key) {
        // SAFETY: the entry is the server's own file in a directory only
        // the server's user can write (trust.rs), its checksum matches
        // what `put` wrote, wasmtime checks that its own version and
        // configuration made it, and the cache never writes a file that
        // is in place (mod.rs, `Entry`), so the mapping stays as checked.
        let loaded = unsafe {
            sandbox.load_precompiled_file(name, entry.file, entry.image_bytes as usize, limits)
        };
        match loaded {
            Ok(tenant) => {
                tracing::debug!(key, "compile cache hit");
                return Ok((tenant, CacheUse::Hit));
            }
            Err(err) => cache.discard(&key, &format!("was refused: {err}")),
        }
    }
    let tenant = load_bytes(sandbox, name, kind, bytes, filename, limits)?;
    let stored = match tenant.serialize() {
        Ok(module) => {
            let artifact = Artifact {
                image_bytes: tenant.image_bytes() as u64,
                module,
            };
            cache.put(&key, &artifact)
        }
        Err(err) => {
            tracing::warn!("module not cached: {err}");
            false
        }
    };
    let used = if stored {
        CacheUse::Stored
    } else {
        CacheUse::Unstored
    };
    Ok((tenant, used))
}
