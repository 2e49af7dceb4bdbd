//! The with statement: each manager's __enter__, then the rest inside
//! what is a try ... finally (the Fin machinery of flow.rs) whose finally
//! calls __exit__ (runtime/dunder.py with_enter, with_exit).

use super::fx::{Fx, R};
use super::Gen;
use ruff_python_ast as ast;
use wasm_encoder::{BlockType, Instruction as I, ValType};

impl Fx {
    /// `with A() as a, B() as b: body`, one manager at a time: __enter__,
    /// then the rest inside what is a try ... finally whose finally calls
    /// __exit__ (with the exception, which it may suppress by returning
    /// a true value, or with None three times). A return, break or
    /// continue in the body leaves through __exit__ as through a finally.
    pub fn with_items<'a>(
        &mut self,
        g: &mut Gen<'a>,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
    ) -> R<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.body(g, body);
        };
        // A generator resumed inside the body enters it again without
        // calling __enter__ again (front/gen.rs).
        let resuming = self.resumes_into(body);
        if resuming {
            self.skip_when_resuming()?;
        }
        let m = self.tmp(ValType::I64);
        let v = self.tmp(ValType::I64);
        self.expr(g, &item.context_expr)?;
        self.emit(I::LocalTee(m));
        self.call_rt(g, "with_enter")?;
        self.user_call_done(g)?;
        self.emit(I::LocalSet(v));
        if resuming {
            self.end();
        }
        let (off, why) = self.begin_finally(g)?;
        if let Some(target) = &item.optional_vars {
            let top = self.at_top_level();
            if resuming {
                self.skip_when_resuming()?;
            }
            self.assign(g, target, v, top && !resuming)?;
            if resuming {
                self.end();
            }
        }
        self.with_items(g, rest, body)?;
        let (fin, e) = self.end_finally(g, off)?;
        self.emit(I::LocalGet(m));
        self.emit(I::LocalGet(e));
        self.call_rt(g, "with_exit")?;
        self.user_call_done(g)?;
        // An exception __exit__ did not suppress goes on.
        self.emit(I::I32Eqz);
        self.emit(I::LocalGet(e));
        self.emit(I::I64Const(0));
        self.emit(I::I64Ne);
        self.emit(I::I32And);
        self.if_(BlockType::Empty);
        self.emit(I::LocalGet(e));
        self.call_rt(g, "raise_obj")?;
        self.end();
        self.finally_done(g, &fin, why)
    }
}
