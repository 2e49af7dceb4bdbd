//! Python-like source → core Wasm module speaking the mayfly guest ABI
//! (guest-sdk/ABI.md). Knows nothing of tokio, hyper or wasmtime.
//!
//! Pipeline: ruff's parser → `front::scope` (name resolution, the IR's
//! scopes, with source ranges) → `front` codegen with wasm-encoder →
//! the runtime (`runtime/*.py`, a typed low-level Python subset compiled
//! by `lowlevel`, only the functions the program reaches) → one module,
//! validated by wasmparser before it is returned.

mod datetime;
mod flask;
mod front;
pub mod layout;
mod lowlevel;
mod module;

use std::fmt;

/// One compile error: a message anchored to a source position.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line and column (column counts characters).
    pub line: u32,
    pub column: u32,
    pub message: String,
    /// The source line, for the code frame.
    pub source_line: String,
    /// How many characters the caret line underlines (at least 1).
    pub width: u32,
}

/// Every diagnostic found in one compile, rendered as code frames by Display.
#[derive(Debug, Clone, serde::Serialize, thiserror::Error)]
pub struct CompileError {
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            writeln!(
                f,
                "{}:{}:{}: error: {}",
                d.file, d.line, d.column, d.message
            )?;
            if !d.source_line.is_empty() {
                let gutter = d.line.to_string();
                let pad = " ".repeat(gutter.len());
                writeln!(f, "{pad} |")?;
                writeln!(f, "{gutter} | {}", d.source_line)?;
                let lead: String = d
                    .source_line
                    .chars()
                    .take(d.column.saturating_sub(1) as usize)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                writeln!(f, "{pad} | {lead}{}", "^".repeat(d.width.max(1) as usize))?;
            }
        }
        Ok(())
    }
}

fn diagnostic(
    source: &str,
    file: &str,
    range: ruff_text_size::TextRange,
    message: String,
) -> Diagnostic {
    let start = (range.start().to_usize()).min(source.len());
    let end = (range.end().to_usize()).clamp(start, source.len());
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[start..]
        .find('\n')
        .map_or(source.len(), |i| start + i);
    let line = source[..start].matches('\n').count() as u32 + 1;
    let column = source[line_start..start].chars().count() as u32 + 1;
    let width = source[start..end.min(line_end)].chars().count() as u32;
    Diagnostic {
        file: file.to_string(),
        line,
        column,
        message,
        source_line: source[line_start..line_end]
            .trim_end_matches('\r')
            .to_string(),
        width: width.max(1),
    }
}

/// Compiles `source` (named `filename` in diagnostics) to Wasm bytes.
pub fn compile(source: &str, filename: &str) -> Result<Vec<u8>, CompileError> {
    let parsed = ruff_python_parser::parse_module(source).map_err(|e| CompileError {
        diagnostics: vec![diagnostic(
            source,
            filename,
            e.location,
            format!("syntax error: {}", e.error),
        )],
    })?;
    let module = parsed.into_syntax();
    if flask::uses_flask(&module.body) {
        return compile_flask(source, filename, module.body.into_iter().collect());
    }
    if datetime::uses_datetime(&module.body) {
        let mut body: Vec<ruff_python_ast::Stmt> = module.body.into_iter().collect();
        let errs = datetime::rewrite(&mut body);
        if !errs.is_empty() {
            return Err(render(source, filename, errs));
        }
        let combined = format!("{source}\n{}", datetime::PRELUDE);
        let mut all = datetime::prune(prelude_stmts(&combined, source, filename)?, &body);
        all.extend(body);
        return front::compile_program(&combined, filename, &all, Some(source.len() + 1))
            .map_err(|errs| render(&combined, filename, errs));
    }
    front::compile_program(source, filename, &module.body, None)
        .map_err(|errs| render(source, filename, errs))
}

/// The statements of the preludes appended to `source` in `combined`.
fn prelude_stmts(
    combined: &str,
    source: &str,
    filename: &str,
) -> Result<Vec<ruff_python_ast::Stmt>, CompileError> {
    let parsed = ruff_python_parser::parse_module(combined).map_err(|e| CompileError {
        diagnostics: vec![diagnostic(
            combined,
            filename,
            e.location,
            format!("internal error in a prelude: {}", e.error),
        )],
    })?;
    let user_end = ruff_text_size::TextSize::try_from(source.len()).unwrap_or_default();
    Ok(parsed
        .into_syntax()
        .body
        .into_iter()
        .filter(|s| ruff_text_size::Ranged::range(s).start() > user_end)
        .collect())
}

fn render(
    source: &str,
    filename: &str,
    errs: Vec<(ruff_text_size::TextRange, String)>,
) -> CompileError {
    let mut diagnostics: Vec<Diagnostic> = errs
        .into_iter()
        .map(|(r, m)| diagnostic(source, filename, r, m))
        .collect();
    diagnostics.sort_by_key(|d| (d.line, d.column));
    CompileError { diagnostics }
}

/// A Flask program: the user's statements, rewritten, run after the
/// prelude's. The prelude is parsed as text following the user's source
/// so every node has its own offset and user diagnostics keep their lines.
fn compile_flask(
    source: &str,
    filename: &str,
    mut body: Vec<ruff_python_ast::Stmt>,
) -> Result<Vec<u8>, CompileError> {
    let errs = flask::rewrite(source, &mut body);
    if !errs.is_empty() {
        return Err(render(source, filename, errs));
    }
    // A Flask app that imports datetime gets that prelude first (unpruned).
    let dt = datetime::uses_datetime(&body);
    let mut errs = Vec::new();
    if dt {
        errs = datetime::rewrite(&mut body);
    }
    if !errs.is_empty() {
        return Err(render(source, filename, errs));
    }
    let dt_text = if dt { datetime::PRELUDE } else { "" };
    let combined = format!("{source}\n{dt_text}\n{}", flask::PRELUDE);
    let flask_from =
        ruff_text_size::TextSize::try_from(source.len() + 1 + dt_text.len()).unwrap_or_default();
    let (dt_stmts, prelude): (Vec<_>, Vec<_>) = prelude_stmts(&combined, source, filename)?
        .into_iter()
        .partition(|s| ruff_text_size::Ranged::range(s).start() < flask_from);
    let mut all = datetime::prune(dt_stmts, &body);
    all.extend(flask::prune(prelude, &body));
    all.extend(body);
    front::compile_program(&combined, filename, &all, Some(source.len() + 1))
        .map_err(|errs| render(&combined, filename, errs))
}
