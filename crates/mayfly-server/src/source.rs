//! Tenant sources: a `.wasm` binary, `.wat` text or a `.py` program, turned
//! into a loaded [`Tenant`]. Shared by startup, reloads and `mayfly call`.

use std::path::Path;

use mayfly_compiler::CompileError;
use mayfly_sandbox::{Limits, LoadError, Sandbox, Tenant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Wasm,
    Wat,
    Python,
}

impl SourceKind {
    /// The kind a file name's extension stands for, if any.
    pub fn of_path(path: &Path) -> Option<SourceKind> {
        match path.extension()?.to_str()? {
            "wasm" => Some(SourceKind::Wasm),
            "wat" => Some(SourceKind::Wat),
            "py" => Some(SourceKind::Python),
            _ => None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Compile(#[from] CompileError),
    #[error("{0}")]
    Load(#[from] LoadError),
}

/// Wasm (binary or text) for a source: Python is compiled, the rest passes.
pub fn to_wasm(kind: SourceKind, bytes: &[u8], filename: &str) -> Result<Vec<u8>, SourceError> {
    match kind {
        SourceKind::Wasm | SourceKind::Wat => Ok(bytes.to_vec()),
        SourceKind::Python => {
            let source = String::from_utf8_lossy(bytes);
            Ok(mayfly_compiler::compile(&source, filename)?)
        }
    }
}

/// Reads, compiles and loads the tenant at `path`.
pub fn load_file(
    sandbox: &Sandbox,
    name: &str,
    path: &Path,
    kind: SourceKind,
    limits: Limits,
) -> Result<Tenant, SourceError> {
    let bytes = std::fs::read(path).map_err(|source| SourceError::Read {
        path: path.display().to_string(),
        source,
    })?;
    load_bytes(
        sandbox,
        name,
        kind,
        &bytes,
        &path.display().to_string(),
        limits,
    )
}

/// Compiles (if Python) and loads a tenant's source bytes; `filename`
/// names it in diagnostics.
pub fn load_bytes(
    sandbox: &Sandbox,
    name: &str,
    kind: SourceKind,
    bytes: &[u8],
    filename: &str,
    limits: Limits,
) -> Result<Tenant, SourceError> {
    let wasm = to_wasm(kind, bytes, filename)?;
    Ok(sandbox.load(name, &wasm, limits)?)
}
