//! for loops (with a counted fast path for `range`), try/except/finally
//! and raise.

use super::fx::{Fin, Fx, R};
use super::Gen;
use crate::layout::exc;
use ruff_python_ast::{self as ast, Expr};

use wasm_encoder::{BlockType, Instruction as I, ValType};

impl Fx {
    pub fn for_stmt<'a>(&mut self, g: &mut Gen<'a>, f: &'a ast::StmtFor) -> R<()> {
        if f.is_async {
            g.error(f.range, "async for is not supported");
        }
        if let Some(args) = self.range_call(g, &f.iter) {
            if let Expr::Name(_) = &*f.target {
                return self.for_range(g, f, args);
            }
        }
        self.expr(g, &f.iter)?;
        self.call_rt(g, "iter_")?;
        let it = self.tmp(ValType::I64);
        self.emit(I::LocalSet(it));
        let x = self.tmp(ValType::I64);
        self.block(BlockType::Empty);
        let brk = self.depth;
        self.loop_();
        let cont = self.depth;
        self.loop_head_loc(g, f)?;
        super::fast_seq::next_item(self, g, it)?;
        self.emit(I::LocalTee(x));
        self.emit(I::I64Eqz);
        self.if_(BlockType::Empty);
        self.body(g, &f.orelse)?;
        self.br(brk);
        self.end();
        self.assign(g, &f.target, x, false)?;
        self.loops.push((brk, cont, self.tries));
        self.body(g, &f.body)?;
        self.loops.pop();
        self.br(cont);
        self.end();
        self.end();
        Ok(())
    }

    /// Before a loop's next(): the for statement's line, where a traceback
    /// shows an exception from the generator or `__next__` it runs.
    pub(super) fn loop_head_loc(&mut self, g: &mut Gen, f: &ast::StmtFor) -> R<()> {
        if g.l.classes || g.l.generators {
            let line = g.line_of(f.range);
            self.set_loc(g, line)?;
        }
        Ok(())
    }

    /// `range(...)` call arguments, if `e` is one and `range` is the builtin.
    pub fn range_call<'a>(&self, g: &Gen, e: &'a Expr) -> Option<&'a [Expr]> {
        let Expr::Call(c) = e else { return None };
        let Expr::Name(n) = &*c.func else { return None };
        if n.id.as_str() != "range" || !self.is_builtin(g, "range") {
            return None;
        }
        let args = &c.arguments.args[..];
        if !c.arguments.keywords.is_empty() || args.is_empty() || args.len() > 3 {
            return None;
        }
        if args.iter().any(|a| matches!(a, Expr::Starred(_))) {
            return None;
        }
        Some(args)
    }

    fn for_range<'a>(&mut self, g: &mut Gen<'a>, f: &'a ast::StmtFor, args: &'a [Expr]) -> R<()> {
        let (cur, stop, step) = (
            self.tmp(ValType::I64),
            self.tmp(ValType::I64),
            self.tmp(ValType::I64),
        );
        let x = self.tmp(ValType::I64);
        let (start_e, stop_e, step_e) = match args.len() {
            1 => (None, &args[0], None),
            2 => (Some(&args[0]), &args[1], None),
            _ => (Some(&args[0]), &args[1], Some(&args[2])),
        };
        match start_e {
            Some(e) => {
                self.expr(g, e)?;
                self.call_rt(g, "index_arg")?;
            }
            None => self.emit(I::I64Const(0)),
        }
        self.emit(I::LocalSet(cur));
        self.expr(g, stop_e)?;
        self.call_rt(g, "index_arg")?;
        self.emit(I::LocalSet(stop));
        match step_e {
            Some(e) => {
                self.expr(g, e)?;
                self.call_rt(g, "index_arg")?;
                self.emit(I::LocalTee(step));
                self.emit(I::I64Eqz);
                self.if_(BlockType::Empty);
                self.raise_const(g, exc::VALUE, "range() arg 3 must not be zero")?;
                self.end();
            }
            None => {
                self.emit(I::I64Const(1));
                self.emit(I::LocalSet(step));
            }
        }
        self.block(BlockType::Empty);
        let brk = self.depth;
        self.loop_();
        let cont = self.depth;
        // Done when (step > 0 and cur >= stop) or (step < 0 and cur <= stop).
        self.emit(I::LocalGet(cur));
        self.emit(I::LocalGet(stop));
        self.emit(I::I64GeS);
        self.emit(I::LocalGet(cur));
        self.emit(I::LocalGet(stop));
        self.emit(I::I64LeS);
        self.emit(I::LocalGet(step));
        self.emit(I::I64Const(0));
        self.emit(I::I64GtS);
        self.emit(I::Select);
        self.if_(BlockType::Empty);
        self.body(g, &f.orelse)?;
        self.br(brk);
        self.end();
        // The value bound this iteration; the counter moves on first so
        // that `continue` can simply branch to the loop head.
        self.emit(I::LocalGet(cur));
        self.call_rt(g, "mkint")?;
        self.emit(I::LocalSet(x));
        self.emit(I::LocalGet(cur));
        self.emit(I::LocalGet(step));
        self.emit(I::I64Add);
        self.emit(I::LocalSet(cur));
        self.assign(g, &f.target, x, false)?;
        self.loops.push((brk, cont, self.tries));
        self.body(g, &f.body)?;
        self.loops.pop();
        self.br(cont);
        self.end();
        self.end();
        Ok(())
    }

    pub(super) fn enter_try(&mut self, g: &mut Gen) -> R<()> {
        let td = g.rt_global("try_depth")?;
        self.emit(I::GlobalGet(td));
        self.emit(I::I32Const(1));
        self.emit(I::I32Add);
        self.emit(I::GlobalSet(td));
        self.tries += 1;
        Ok(())
    }

    pub(super) fn exit_try(&mut self, g: &mut Gen) -> R<()> {
        let td = g.rt_global("try_depth")?;
        self.emit(I::GlobalGet(td));
        self.emit(I::I32Const(1));
        self.emit(I::I32Sub);
        self.emit(I::GlobalSet(td));
        Ok(())
    }

    /// Takes the pending exception into a new local and clears it.
    pub(super) fn take_exc(&mut self, g: &mut Gen) -> R<u32> {
        let ex = g.rt_global("exc")?;
        let e = self.tmp(ValType::I64);
        self.emit(I::GlobalGet(ex));
        self.emit(I::LocalSet(e));
        self.emit(I::I64Const(0));
        self.emit(I::GlobalSet(ex));
        Ok(e)
    }

    pub fn try_stmt<'a>(&mut self, g: &mut Gen<'a>, t: &'a ast::StmtTry) -> R<()> {
        if t.is_star {
            g.error(t.range, "except* is not supported");
        }
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(Expr::Tuple(types)) = h.type_.as_deref() {
                if !types.parenthesized {
                    // Python 3.14 syntax; 3.11's SyntaxError, word for word.
                    g.error(
                        types.range,
                        "multiple exception types must be parenthesized",
                    );
                }
            }
        }
        if t.finalbody.is_empty() {
            return self.try_except(g, t);
        }
        let (off, why) = self.begin_finally(g)?;
        if t.handlers.is_empty() {
            self.body(g, &t.body)?;
        } else {
            self.try_except(g, t)?;
        }
        let (fin, e) = self.end_finally(g, off)?;
        self.body(g, &t.finalbody)?;
        self.emit(I::LocalGet(e));
        self.emit(I::I64Eqz);
        self.emit(I::I32Eqz);
        self.if_(BlockType::Empty);
        self.emit(I::LocalGet(e));
        self.call_rt(g, "raise_obj")?;
        self.end();
        // The finally body ran to its end: carry on the return, break or
        // continue that entered it (each through any outer finally).
        self.finally_done(g, &fin, why)
    }

    /// Enters the protected part of a try ... finally (or a with): returns
    /// the frame-stack offset and the local recording why it was left.
    pub(super) fn begin_finally(&mut self, g: &mut Gen) -> R<(u32, u32)> {
        let (off, _) = self.try_marks(g)?;
        self.enter_try(g)?;
        let why = self.tmp(ValType::I32);
        self.emit(I::I32Const(0));
        self.emit(I::LocalSet(why));
        self.block(BlockType::Empty);
        self.handlers.push(self.depth);
        self.fins.push(Fin {
            target: self.depth,
            why,
            tries: self.tries,
            loops: self.loops.len(),
            used: [false; 3],
        });
        Ok((off, why))
    }

    /// Leaves it: the Fin record and a local with the exception pending
    /// (0 if none), cleared, with the frame and frame stack restored.
    pub(super) fn end_finally(&mut self, g: &mut Gen, off: u32) -> R<(Fin, u32)> {
        let fin = self.fins.pop().ok_or("finally stack")?;
        self.handlers.pop();
        self.end();
        self.exit_try(g)?;
        self.tries -= 1;
        let e = self.take_exc(g)?;
        // The exception may come from a callee: this frame runs again.
        self.set_func(g)?;
        self.tb_restore(g, off)?;
        Ok((fin, e))
    }

    /// After a finally body ran to its end: carries on the return, break
    /// or continue that entered it (`why`), each through any outer finally.
    pub(super) fn finally_done(&mut self, g: &mut Gen, fin: &Fin, why: u32) -> R<()> {
        for (k, used) in fin.used.iter().enumerate() {
            if !used {
                continue;
            }
            self.emit(I::LocalGet(why));
            self.emit(I::I32Const(k as i32 + 1));
            self.emit(I::I32Eq);
            self.if_(BlockType::Empty);
            match k {
                0 => {
                    let ret = self.ret_local();
                    self.emit(I::LocalGet(ret));
                    self.return_value(g)?;
                }
                1 => self.jump_loop(g, true)?,
                _ => self.jump_loop(g, false)?,
            }
            self.end();
        }
        Ok(())
    }

    /// At a try: locals with the frame-stack offset (restored where the
    /// handlers and the finally start: an exception may have skipped the
    /// pop of a comprehension frame) and the exception being handled
    /// outside it (restored whenever its handlers are left).
    pub(super) fn try_marks(&mut self, g: &mut Gen) -> R<(u32, u32)> {
        let off = self.tmp(ValType::I32);
        self.tb_offset(g)?;
        self.emit(I::LocalSet(off));
        let outer = self.tmp(ValType::I64);
        let hg = g.rt_global("handling")?;
        self.emit(I::GlobalGet(hg));
        self.emit(I::LocalSet(outer));
        Ok((off, outer))
    }

    fn restore_handling(&mut self, g: &mut Gen, saved: u32) -> R<()> {
        let hg = g.rt_global("handling")?;
        self.emit(I::LocalGet(saved));
        self.emit(I::GlobalSet(hg));
        Ok(())
    }

    pub(super) fn ret_local(&mut self) -> u32 {
        match self.ret {
            Some(r) => r,
            None => {
                let r = self.tmp(ValType::I64);
                self.ret = Some(r);
                r
            }
        }
    }

    /// Returns the i64 on the stack, through the innermost enclosing
    /// finally if there is one.
    pub fn return_value(&mut self, g: &mut Gen) -> R<()> {
        // Leaving every except handler of this function.
        if let Some((saved, _, _)) = self.handling_saved.first() {
            self.restore_handling(g, *saved)?;
        }
        let Some(fin) = self.fins.last() else {
            self.leave_tries(g, self.tries)?;
            self.leave_function();
            return Ok(());
        };
        let (target, why, tries) = (fin.target, fin.why, fin.tries);
        let ret = self.ret_local();
        self.emit(I::LocalSet(ret));
        self.leave_fin(g, target, why, tries, 0)
    }

    /// break (or continue) out of the innermost loop, through a finally
    /// that lies between here and the loop.
    pub fn jump_loop(&mut self, g: &mut Gen, brk: bool) -> R<()> {
        let (b, c, tries) = *self.loops.last().ok_or("no loop")?;
        let kind = if brk { 1 } else { 2 };
        // Leaving the except handlers entered inside this loop: the
        // exception being handled goes back to the outer one, and their
        // `as` names are unbound.
        let nloops = self.loops.len();
        let left: Vec<_> = self
            .handling_saved
            .iter()
            .filter(|(_, l, _)| *l >= nloops)
            .cloned()
            .collect();
        if let Some((saved, _, _)) = left.first() {
            self.restore_handling(g, *saved)?;
        }
        for (_, _, name) in left.iter().rev() {
            if let Some((n, r)) = name {
                self.unbind_name(g, n, *r)?;
            }
        }
        match self.fins.last() {
            Some(fin) if fin.loops == self.loops.len() => {
                let (target, why, ftries) = (fin.target, fin.why, fin.tries);
                self.leave_fin(g, target, why, ftries, kind)
            }
            _ => {
                self.leave_tries(g, self.tries - tries)?;
                self.br(if brk { b } else { c });
                Ok(())
            }
        }
    }

    /// Leaves the tries nested inside the innermost finally's own level
    /// (that one is left at the end of its block), records why, branches.
    fn leave_fin(
        &mut self,
        g: &mut Gen,
        target: u32,
        why: u32,
        tries: usize,
        kind: usize,
    ) -> R<()> {
        self.leave_tries(g, self.tries - tries)?;
        self.emit(I::I32Const(kind as i32 + 1));
        self.emit(I::LocalSet(why));
        if let Some(f) = self.fins.last_mut() {
            f.used[kind] = true;
        }
        self.br(target);
        Ok(())
    }

    fn try_except<'a>(&mut self, g: &mut Gen<'a>, t: &'a ast::StmtTry) -> R<()> {
        let (off, outer) = self.try_marks(g)?;
        self.enter_try(g)?;
        self.block(BlockType::Empty);
        let done = self.depth;
        self.block(BlockType::Empty);
        self.handlers.push(self.depth);
        // A generator resumed in a handler goes straight there, with the
        // exception it had caught (front/gen.rs).
        let in_handlers = self.resume_into_handlers(&t.handlers)?;
        self.body(g, &t.body)?;
        self.handlers.pop();
        self.exit_try(g)?;
        self.tries -= 1;
        self.body(g, &t.orelse)?;
        self.br(done);
        self.end();
        self.exit_try(g)?;
        let e = if in_handlers {
            let e = self.tmp(ValType::I64);
            self.skip_when_resuming()?;
            let taken = self.take_exc(g)?;
            self.emit(I::LocalGet(taken));
            self.emit(I::LocalSet(e));
            self.end();
            e
        } else {
            self.take_exc(g)?
        };
        // The exception may come from a callee: this frame runs again.
        self.set_func(g)?;
        self.tb_restore(g, off)?;
        self.emit(I::LocalGet(e));
        self.emit(I::LocalGet(off));
        self.call_rt(g, "tb_caught")?;
        let hg = g.rt_global("handling")?;
        self.emit(I::LocalGet(e));
        self.emit(I::GlobalSet(hg));
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let line = g.line_of(h.range);
            self.set_loc(g, line)?;
            if let Some(ty) = &h.type_ {
                self.emit(I::LocalGet(e));
                self.expr(g, ty)?;
                self.call_rt(g, "exc_match")?;
                self.if_(BlockType::Empty);
            }
            if let Some(n) = &h.name {
                self.emit(I::LocalGet(e));
                self.store_name(g, n.as_str(), n.range)?;
            }
            self.caught.push(e);
            let name = h.name.as_ref().map(|n| (n.to_string(), n.range));
            self.handling_saved
                .push((outer, self.loops.len(), name.clone()));
            self.body(g, &h.body)?;
            self.handling_saved.pop();
            self.caught.pop();
            self.restore_handling(g, outer)?;
            // CPython unbinds the name when the handler ends (the
            // exception would keep the frame alive otherwise).
            if let Some((n, r)) = &name {
                self.unbind_name(g, n, *r)?;
            }
            self.br(done);
            if h.type_.is_some() {
                self.end();
            }
        }
        // No handler matched: raise it again.
        self.restore_handling(g, outer)?;
        self.emit(I::LocalGet(e));
        self.call_rt(g, "raise_obj")?;
        self.end();
        Ok(())
    }

    pub fn raise<'a>(&mut self, g: &mut Gen<'a>, r: &'a ast::StmtRaise) -> R<()> {
        match &r.exc {
            Some(e) => {
                self.expr(g, e)?;
                match &r.cause {
                    Some(c) => {
                        self.expr(g, c)?;
                        self.call_rt(g, "raise_from")?;
                    }
                    None => self.call_rt(g, "raise_value")?,
                }
            }
            None => match self.caught.last().copied() {
                Some(e) => {
                    self.emit(I::LocalGet(e));
                    self.call_rt(g, "raise_obj")?;
                }
                None => {
                    self.raise_const(g, exc::RUNTIME, "No active exception to reraise")?;
                }
            },
        }
        Ok(())
    }
}
