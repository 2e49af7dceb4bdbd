//! Decorators on defs: `@a @b(x) def f` binds `f = a(b(x)(f))`, the
//! decorator expressions evaluated first, top to bottom, as CPython does.
//! The name then holds whatever the decorators returned, so calls of it
//! go through the value (the scope is marked `decorated`).

use super::fx::{Fx, R};
use super::Gen;
use ruff_python_ast as ast;
use wasm_encoder::{Instruction as I, ValType};

impl Fx {
    /// Leaves the decorated function (what the decorators made of it) as
    /// a value.
    pub fn decorated_def<'a>(&mut self, g: &mut Gen<'a>, d: &'a ast::StmtFunctionDef) -> R<()> {
        let list: Vec<&'a ast::Decorator> = d.decorator_list.iter().collect();
        let decorators = self.decorator_values(g, &list)?;
        self.def_value(g, d, &d.name)?;
        self.apply_decorators(g, &decorators)
    }

    /// Evaluates decorator expressions into locals, in source order.
    pub fn decorator_values<'a>(
        &mut self,
        g: &mut Gen<'a>,
        list: &[&'a ast::Decorator],
    ) -> R<Vec<u32>> {
        let mut out = Vec::new();
        for dec in list.iter().copied() {
            self.expr(g, &dec.expression)?;
            let t = self.tmp(ValType::I64);
            self.emit(I::LocalSet(t));
            out.push(t);
        }
        Ok(out)
    }

    /// Calls the decorators in `decorators` (innermost last) on the value
    /// on the stack, leaving the result.
    pub fn apply_decorators(&mut self, g: &mut Gen, decorators: &[u32]) -> R<()> {
        for &dec in decorators.iter().rev() {
            let v = self.tmp(ValType::I64);
            self.emit(I::LocalSet(v));
            self.emit(I::LocalGet(dec));
            self.emit(I::LocalGet(v));
            self.call_rt(g, "call1")?;
            self.user_call_done(g)?;
        }
        Ok(())
    }
}
