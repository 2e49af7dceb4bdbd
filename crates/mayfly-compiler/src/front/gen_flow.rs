//! The statements of a generator's resume function (front/gen.rs says
//! how it re-enters its body): statement lists that skip what lies
//! before the resume target, and the if/while/for forms and generator
//! expression loops that choose the branch holding it instead of
//! evaluating their condition.

use super::fx::{Fx, R};
use super::gen::{expr_has_yield, statement_yield};
use super::{Body, Gen};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use wasm_encoder::{BlockType, Instruction as I, ValType};

impl Fx {
    /// A statement list of a generator: those without a yield are skipped
    /// while resuming (when the list holds one).
    pub fn gen_body<'a>(&mut self, g: &mut Gen<'a>, stmts: &'a [Stmt]) -> R<()> {
        if !self.resumes_into(stmts) {
            for s in stmts {
                self.stmt(g, s)?;
            }
            return Ok(());
        }
        for s in stmts {
            let one = std::slice::from_ref(s);
            if self.resumes_into(one) {
                // Entered when running, or resuming at one of its yields.
                let range = self.yield_range(one)?;
                let r = self.ctx()?.resume;
                self.emit(I::LocalGet(r));
                self.emit(I::I32Eqz);
                self.resume_in(range)?;
                self.emit(I::I32Or);
                self.if_(BlockType::Empty);
                self.stmt(g, s)?;
                self.end();
                continue;
            }
            let top = self.at_top_level();
            self.skip_when_resuming()?;
            if let Some(c) = self.gen.as_mut() {
                c.top_guard = top;
            }
            let first = self.local_count();
            self.stmt(g, s)?;
            let scratch = first..self.local_count();
            if let Some(c) = self.gen.as_mut() {
                c.top_guard = false;
                c.scratch.push(scratch);
            }
            self.end();
        }
        Ok(())
    }

    /// A generator's statement that holds a yield (stmt() comes here).
    pub fn gen_stmt<'a>(&mut self, g: &mut Gen<'a>, s: &'a Stmt) -> R<()> {
        if let Some(y) = statement_yield(s) {
            let targets: Vec<&'a Expr> = match s {
                Stmt::Assign(a) => a.targets.iter().collect(),
                Stmt::AnnAssign(a) => vec![&*a.target],
                _ => Vec::new(),
            };
            let sent = match y {
                Expr::Yield(y) => {
                    if y.value.as_deref().is_some_and(expr_has_yield) {
                        return self.nested_yield(g, s);
                    }
                    self.yield_value(g, y.value.as_deref(), y.range.start().to_u32())?
                }
                Expr::YieldFrom(y) => {
                    if expr_has_yield(&y.value) {
                        return self.nested_yield(g, s);
                    }
                    self.yield_from(g, &y.value, y.range.start().to_u32())?
                }
                _ => unreachable!("statement_yield"),
            };
            let top = self.at_top_level();
            for t in targets {
                self.assign(g, t, sent, top)?;
            }
            return Ok(());
        }
        match s {
            Stmt::If(i) => {
                if expr_has_yield(&i.test) {
                    return self.nested_yield(g, s);
                }
                self.gen_if(g, &i.test, &i.body, &i.elif_else_clauses)
            }
            Stmt::While(w) => {
                if expr_has_yield(&w.test) {
                    return self.nested_yield(g, s);
                }
                self.gen_while(g, w)
            }
            Stmt::For(f) => {
                if expr_has_yield(&f.iter) {
                    return self.nested_yield(g, s);
                }
                self.gen_for(g, f)
            }
            Stmt::With(w) => {
                if w.items.iter().any(|i| expr_has_yield(&i.context_expr)) {
                    return self.nested_yield(g, s);
                }
                self.with_items(g, &w.items, &w.body)
            }
            Stmt::Match(m) => {
                let guards = m.cases.iter().filter_map(|c| c.guard.as_deref());
                if expr_has_yield(&m.subject) || guards.into_iter().any(expr_has_yield) {
                    return self.nested_yield(g, s);
                }
                self.match_stmt(g, m)
            }
            Stmt::Try(t) => {
                if self.resumes_into(&t.finalbody) {
                    g.error(
                        s.range(),
                        "yield inside a finally block is not supported (in the try body, its except handlers and its else it is)",
                    );
                    return Ok(());
                }
                self.try_stmt(g, t)
            }
            _ => self.nested_yield(g, s),
        }
    }

    fn nested_yield(&mut self, g: &mut Gen, s: &Stmt) -> R<()> {
        g.error(
            s.range(),
            "yield is supported as a statement of its own (`yield x`, `yield from xs`) or as the value of an assignment (`x = yield y`), in a function body, if, while, for, with or try body; not inside another expression or statement",
        );
        Ok(())
    }

    pub(super) fn yield_id(&self, start: u32) -> R<u32> {
        self.ctx()?
            .ids
            .get(&start)
            .copied()
            .ok_or_else(|| "yield without a number".to_string())
    }

    /// In a try statement's body: when resuming at a yield in one of its
    /// except handlers, branches to them (the innermost handler block).
    /// Says whether the handlers hold a yield.
    pub fn resume_into_handlers(&mut self, handlers: &[ast::ExceptHandler]) -> R<bool> {
        let bodies: Vec<&[Stmt]> = handlers
            .iter()
            .map(|h| {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                &h.body[..]
            })
            .collect();
        if !bodies.iter().any(|b| self.resumes_into(b)) {
            return Ok(false);
        }
        let mut lo_hi: Option<(u32, u32)> = None;
        for b in bodies {
            if let Some((lo, hi)) = self.yield_range(b)? {
                lo_hi = Some(lo_hi.map_or((lo, hi), |(a, z)| (a.min(lo), z.max(hi))));
            }
        }
        self.resume_in(lo_hi)?;
        let target = *self.handlers.last().ok_or("handler block")?;
        self.br_if(target);
        Ok(true)
    }

    /// The condition of an if/while holding yields: while resuming, true
    /// when the target is in `body`; otherwise `test` itself.
    fn gen_cond<'a>(&mut self, g: &mut Gen<'a>, test: &'a Expr, body: &[Stmt]) -> R<()> {
        let range = self.yield_range(body)?;
        let r = self.ctx()?.resume;
        self.emit(I::LocalGet(r));
        self.if_(BlockType::Result(ValType::I32));
        self.resume_in(range)?;
        self.emit(I::Else);
        self.cond(g, test)?;
        self.end();
        Ok(())
    }

    fn gen_if<'a>(
        &mut self,
        g: &mut Gen<'a>,
        test: &'a Expr,
        body: &'a [Stmt],
        rest: &'a [ast::ElifElseClause],
    ) -> R<()> {
        self.gen_cond(g, test, body)?;
        self.if_(BlockType::Empty);
        self.body(g, body)?;
        if let Some((first, others)) = rest.split_first() {
            self.emit(I::Else);
            match &first.test {
                Some(t) => {
                    if expr_has_yield(t) {
                        g.error(t.range(), "yield inside an elif condition is not supported");
                    }
                    let line = g.line_of(t.range());
                    self.set_loc(g, line)?;
                    self.gen_if(g, t, &first.body, others)?
                }
                None => self.body(g, &first.body)?,
            }
        }
        self.end();
        Ok(())
    }

    fn gen_while<'a>(&mut self, g: &mut Gen<'a>, w: &'a ast::StmtWhile) -> R<()> {
        self.block(BlockType::Empty);
        let brk = self.depth;
        self.loop_();
        let cont = self.depth;
        self.gen_cond(g, &w.test, &w.body)?;
        self.emit(I::I32Eqz);
        self.if_(BlockType::Empty);
        self.body(g, &w.orelse)?;
        self.br(brk);
        self.end();
        self.loops.push((brk, cont, self.tries));
        self.body(g, &w.body)?;
        self.loops.pop();
        self.br(cont);
        self.end();
        self.end();
        Ok(())
    }

    fn gen_for<'a>(&mut self, g: &mut Gen<'a>, f: &'a ast::StmtFor) -> R<()> {
        if f.is_async {
            g.error(f.range, "async for is not supported");
        }
        let it = self.tmp(ValType::I64);
        let x = self.tmp(ValType::I64);
        self.iter_unless_resuming(g, &f.iter, it)?;
        self.block(BlockType::Empty);
        let brk = self.depth;
        self.loop_();
        let cont = self.depth;
        // Resuming, the loop is over only if the target is in its else.
        let range = self.yield_range(&f.orelse)?;
        self.loop_over(g, it, x, range, Some(f))?;
        self.if_(BlockType::Empty);
        self.body(g, &f.orelse)?;
        self.br(brk);
        self.end();
        self.skip_when_resuming()?;
        self.assign(g, &f.target, x, false)?;
        self.end();
        self.loops.push((brk, cont, self.tries));
        self.body(g, &f.body)?;
        self.loops.pop();
        self.br(cont);
        self.end();
        self.end();
        Ok(())
    }

    /// `it = iter(e)`, when not resuming (resuming, `it` is restored).
    fn iter_unless_resuming<'a>(&mut self, g: &mut Gen<'a>, e: &'a Expr, it: u32) -> R<()> {
        self.skip_when_resuming()?;
        self.expr(g, e)?;
        self.call_rt(g, "iter_")?;
        self.emit(I::LocalSet(it));
        self.end();
        Ok(())
    }

    /// A loop head of a generator: pushes i32 "the loop is over". While
    /// resuming that is whether the target lies in `orelse` (the range
    /// of its yields); otherwise x = next(it) and whether it ran out.
    fn loop_over(
        &mut self,
        g: &mut Gen,
        it: u32,
        x: u32,
        orelse: Option<(u32, u32)>,
        stmt: Option<&ast::StmtFor>,
    ) -> R<()> {
        let r = self.ctx()?.resume;
        self.emit(I::LocalGet(r));
        self.if_(BlockType::Result(ValType::I32));
        self.resume_in(orelse)?;
        self.emit(I::Else);
        if let Some(f) = stmt {
            self.loop_head_loc(g, f)?;
        }
        super::fast_seq::next_item(self, g, it)?;
        self.emit(I::LocalTee(x));
        self.emit(I::I64Eqz);
        self.end();
        Ok(())
    }

    /// A generator expression's loops, each level resumed into while the
    /// target (its one yield, number 1) is set.
    pub(super) fn genexp_level<'a>(
        &mut self,
        g: &mut Gen<'a>,
        ge: &'a ast::ExprGenerator,
        i: usize,
    ) -> R<()> {
        let level = &ge.generators[i];
        if level.is_async {
            g.error(level.range, "async comprehensions are not supported");
        }
        let it = self.tmp(ValType::I64);
        let x = self.tmp(ValType::I64);
        if i == 0 {
            // The first iterable was evaluated (and iter() taken) by the
            // expression's own scope: it is the parameter `.0`.
            let (p, _) = *self.vars.get(".0").ok_or("genexp parameter")?;
            self.emit(I::LocalGet(p));
            self.emit(I::LocalSet(it));
        } else {
            self.iter_unless_resuming(g, &level.iter, it)?;
        }
        self.block(BlockType::Empty);
        let brk = self.depth;
        self.loop_();
        let cont = self.depth;
        self.loop_over(g, it, x, None, None)?;
        self.br_if(brk);
        self.skip_when_resuming()?;
        self.assign(g, &level.target, x, false)?;
        for cond in &level.ifs {
            self.cond(g, cond)?;
            self.emit(I::I32Eqz);
            self.br_if(cont);
        }
        self.end();
        if i + 1 < ge.generators.len() {
            self.genexp_level(g, ge, i + 1)?;
        } else {
            self.yield_value(g, Some(&ge.elt), ge.range.start().to_u32())?;
        }
        self.br(cont);
        self.end();
        self.end();
        Ok(())
    }

    /// A generator expression as a value: the first iterable's iterator,
    /// evaluated here, is the argument of its generator function.
    pub fn genexp_value<'a>(&mut self, g: &mut Gen<'a>, ge: &'a ast::ExprGenerator) -> R<()> {
        self.expr(g, &ge.generators[0].iter)?;
        self.call_rt(g, "iter_")?;
        let it = self.tmp(ValType::I64);
        self.emit(I::LocalSet(it));
        let meta = g.declare_function(ge.range, Body::GenExp(ge))?;
        let scope = *g
            .scopes
            .by_start
            .get(&ge.range.start().to_u32())
            .ok_or("scope of genexp")?;
        self.make_function(g, scope, &meta, &[], "<genexpr>")?;
        self.emit(I::I32WrapI64);
        self.emit(I::LocalGet(it));
        self.emit(I::Call(meta.direct));
        Ok(())
    }
}
