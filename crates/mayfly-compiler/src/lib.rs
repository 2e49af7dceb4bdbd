//! Python-like source → core Wasm module speaking the mayfly guest ABI
//! (guest-sdk/ABI.md). Knows nothing of tokio, hyper or wasmtime.

use std::fmt;

/// One compile error: a message anchored to a source position.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line and column (column counts characters).
    pub line: u32,
    pub column: u32,
    pub message: String,
}

/// Every diagnostic found in one compile, rendered as code frames by Display.
#[derive(Debug, Clone, serde::Serialize, thiserror::Error)]
pub struct CompileError {
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.diagnostics {
            writeln!(f, "{}:{}:{}: error: {}", d.file, d.line, d.column, d.message)?;
        }
        Ok(())
    }
}

/// Compiles `source` (named `filename` in diagnostics) to Wasm bytes.
pub fn compile(source: &str, filename: &str) -> Result<Vec<u8>, CompileError> {
    let _ = source;
    Err(CompileError {
        diagnostics: vec![Diagnostic {
            file: filename.to_string(),
            line: 1,
            column: 1,
            message: "the Python compiler is not built yet".into(),
        }],
    })
}
