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
    /// Every kind, in the order a name's sources are listed. The one table
    /// of kinds: file extensions and upload content types are read from it.
    pub const ALL: [SourceKind; 3] = [SourceKind::Wasm, SourceKind::Wat, SourceKind::Python];

    /// The file extension of this kind's sources.
    pub fn extension(self) -> &'static str {
        match self {
            SourceKind::Wasm => "wasm",
            SourceKind::Wat => "wat",
            SourceKind::Python => "py",
        }
    }

    /// The content type `mayfly deploy` uploads this kind with.
    pub fn content_type(self) -> &'static str {
        match self {
            SourceKind::Wasm => "application/wasm",
            SourceKind::Wat => "text/x-wat",
            SourceKind::Python => "text/x-python",
        }
    }

    /// The kind a file name's extension stands for, if any.
    pub fn of_path(path: &Path) -> Option<SourceKind> {
        let extension = path.extension()?.to_str()?;
        SourceKind::ALL
            .into_iter()
            .find(|kind| kind.extension() == extension)
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

#[cfg(test)]
mod tests {
    use super::SourceKind;

    #[test]
    fn the_kind_table_round_trips_and_deploy_types_are_recognised() {
        for kind in SourceKind::ALL {
            let file = format!("t/app.{}", kind.extension());
            assert_eq!(SourceKind::of_path(std::path::Path::new(&file)), Some(kind));
            // What `mayfly deploy` sends, the admin API reads back.
            assert_eq!(
                crate::admin::detect_kind(Some(kind.content_type()), b""),
                kind
            );
        }
        assert_eq!(SourceKind::of_path(std::path::Path::new("t/app.py~")), None);
    }
}
