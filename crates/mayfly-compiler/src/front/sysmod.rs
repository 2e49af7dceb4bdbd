//! `import sys`: what a handler can mean by it inside a sandbox.
//! `sys.maxsize`, `sys.setrecursionlimit`/`getrecursionlimit` (the limit
//! is recorded and reported; mayfly's own stack bound and fuel are what
//! stop a deep recursion), and the two output streams as print's
//! `file=` and `.write(s)`: stdout goes to the tenant log at info level,
//! stderr at warn, as print's output does. Everything else of sys (argv,
//! stdin, exit, modules, path, version ...) is a compile error naming it:
//! a tenant has no process of its own to describe.

use super::fx::{Fx, R};
use super::Gen;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

/// Log levels of the host's `log` import (mayfly-sandbox host.rs).
const INFO: i32 = 2;
const WARN: i32 = 3;

/// The log level `e` writes at when it names sys.stdout or sys.stderr.
pub(super) fn stream_level(fx: &Fx, g: &Gen, e: &Expr) -> Option<i32> {
    let name = match e {
        Expr::Attribute(a) => match &*a.value {
            Expr::Name(m)
                if m.id.as_str() == "sys"
                    && g.global_slots.contains_key("sys")
                    && fx.is_builtin_module(g, "sys") =>
            {
                a.attr.as_str()
            }
            _ => return None,
        },
        Expr::Name(n) if fx.is_builtin(g, n.id.as_str()) => {
            match g.scopes.module_names.get(n.id.as_str()) {
                Some((m, what)) if m == "sys" => what.as_str(),
                _ => return None,
            }
        }
        _ => return None,
    };
    match name {
        "stdout" => Some(INFO),
        "stderr" => Some(WARN),
        _ => None,
    }
}

/// The names `from sys import ...` can take besides the functions.
pub(super) fn has_value(name: &str) -> bool {
    matches!(name, "maxsize" | "stdout" | "stderr")
}

impl Fx {
    /// `sys.name` read as a value.
    pub(super) fn sys_value(
        &mut self,
        g: &mut Gen,
        name: &str,
        r: ruff_text_size::TextRange,
    ) -> R<bool> {
        match name {
            "maxsize" => self.int_const(g, i64::MAX),
            "stdout" | "stderr" => g.error(
                r,
                format!("sys.{name} is supported as print(..., file=sys.{name}) and sys.{name}.write(s), not as a value"),
            ),
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `sys.stderr.write(s)` and `.flush()` (nothing is buffered).
    pub(super) fn sys_stream_call<'a>(
        &mut self,
        g: &mut Gen<'a>,
        level: i32,
        method: &str,
        c: &'a ast::ExprCall,
    ) -> R<()> {
        let args = &c.arguments.args;
        match method {
            "write" if args.len() == 1 && c.arguments.keywords.is_empty() => {
                self.expr(g, &args[0])?;
                self.emit(wasm_encoder::Instruction::I32Const(level));
                self.call_rt(g, "sys_write")
            }
            "flush" if args.is_empty() && c.arguments.keywords.is_empty() => {
                self.emit(wasm_encoder::Instruction::I64Const(super::NONE));
                Ok(())
            }
            _ => {
                g.error(
                    c.range(),
                    format!(
                        "sys stream method {method}() is not supported (write(s) and flush() are)"
                    ),
                );
                self.emit(wasm_encoder::Instruction::I64Const(super::NONE));
                Ok(())
            }
        }
    }
}
