//! Generators: a function with `yield` (and a generator expression)
//! compiles to two functions. Its direct entry makes the generator
//! object (runtime/gen.py gen_new) with the arguments in its frame; its
//! resume function, called by next()/send()/throw() through a dispatch
//! slot, runs the body from where it last stopped.
//!
//! Wasm cannot jump into the middle of a block, so the resume function
//! re-enters the body the way Asyncify rewinds a stack: every yield has
//! a number (1, 2, ... in source order), and `resume` (a local, saved
//! with the others) holds the number of the yield to continue from, 0
//! when running normally. Statements that hold no yield are skipped
//! while it is set; a compound statement holding yields picks the branch
//! (or the loop body) that contains the target instead of evaluating its
//! condition; the yield itself clears it and takes what was sent. Every
//! local is stored into the generator's frame at a yield and loaded back
//! at entry, so the body's code is otherwise the ordinary function's.
//!
//! A yield is a statement (`yield x`, `x = yield y`, `yield from g`) in a
//! function body, an if/while/for/with or a try body; elsewhere (inside
//! an expression, an except handler, a finally) it is a compile error.

use super::fx::{mem, Fx, R};
use super::{build_function, Body, Gen, NONE};
use crate::layout::record;
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::HashMap;
use wasm_encoder::{BlockType, Instruction as I, ValType};

/// Placeholders in the resume function's code for the sequences that
/// store and load every local: the locals are known only at its end.
const SAVE_MARK: u32 = u32::MAX;
const RESTORE_MARK: u32 = u32::MAX - 1;

/// The resume function's parameters: env (the function object), the
/// generator, and a third the entry overwrites with the frame's address.
const GEN_PARAM: u32 = 1;
const FRAME_LOCAL: u32 = 2;
const FIRST_SAVED: u32 = 3;

/// Generator state (runtime/gen.py GEN_SUSPENDED).
const SUSPENDED: i32 = 1;

pub struct GenCtx {
    /// The local holding the yield to resume at (0: none).
    resume: u32,
    /// Yield number by the start offset of its expression.
    ids: HashMap<u32, u32>,
    /// A guarded statement at the body's top level is being emitted: it
    /// still counts as top level (see Fx::at_top_level).
    pub top_guard: bool,
    /// Temporaries made for statements without a yield (as indices past
    /// the parameters): dead at every yield, so never saved.
    scratch: Vec<std::ops::Range<usize>>,
}

fn gen_off(field: &str) -> u64 {
    record("Gen")
        .and_then(|r| r.field(field))
        .map_or(0, |f| f.offset as u64)
}

/// The yields of `stmts` (not of nested functions, lambdas or classes),
/// by the start of their expression, in source order.
fn yield_starts(stmts: &[Stmt], out: &mut Vec<u32>) {
    let mut v = YieldStarts(out);
    for s in stmts {
        v.visit_stmt(s);
    }
}

struct YieldStarts<'o>(&'o mut Vec<u32>);

impl<'a> Visitor<'a> for YieldStarts<'_> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        if !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            walk_stmt(self, s);
        }
    }
    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.0.push(e.range().start().to_u32());
                walk_expr(self, e);
            }
            Expr::Lambda(_) => {}
            _ => walk_expr(self, e),
        }
    }
}

fn expr_has_yield(e: &Expr) -> bool {
    let mut out = Vec::new();
    YieldStarts(&mut out).visit_expr(e);
    !out.is_empty()
}

/// A yield that forms a whole statement: `yield v`, `yield from v`, and
/// the value of an assignment.
fn statement_yield(s: &Stmt) -> Option<&Expr> {
    let v = match s {
        Stmt::Expr(e) => &*e.value,
        Stmt::Assign(a) => &*a.value,
        Stmt::AnnAssign(a) => a.value.as_deref()?,
        _ => return None,
    };
    matches!(v, Expr::Yield(_) | Expr::YieldFrom(_)).then_some(v)
}

impl Fx {
    fn ctx(&self) -> R<&GenCtx> {
        self.gen
            .as_ref()
            .ok_or_else(|| "not a generator".to_string())
    }

    /// The first and last yield number inside `stmts`.
    fn yield_range(&self, stmts: &[Stmt]) -> R<Option<(u32, u32)>> {
        let mut starts = Vec::new();
        yield_starts(stmts, &mut starts);
        let ctx = self.ctx()?;
        let ids: Vec<u32> = starts
            .iter()
            .filter_map(|s| ctx.ids.get(s).copied())
            .collect();
        Ok(ids
            .iter()
            .min()
            .zip(ids.iter().max())
            .map(|(a, b)| (*a, *b)))
    }

    /// Pushes i32: is the resume target inside `range`?
    fn resume_in(&mut self, range: Option<(u32, u32)>) -> R<()> {
        let r = self.ctx()?.resume;
        match range {
            None => self.emit(I::I32Const(0)),
            Some((lo, hi)) => {
                self.emit(I::LocalGet(r));
                self.emit(I::I32Const(lo as i32));
                self.emit(I::I32GeU);
                self.emit(I::LocalGet(r));
                self.emit(I::I32Const(hi as i32));
                self.emit(I::I32LeU);
                self.emit(I::I32And);
            }
        }
        Ok(())
    }

    /// Opens `if resume == 0`: what follows runs only when not resuming.
    pub fn skip_when_resuming(&mut self) -> R<()> {
        let r = self.ctx()?.resume;
        self.emit(I::LocalGet(r));
        self.emit(I::I32Eqz);
        self.if_(BlockType::Empty);
        Ok(())
    }

    /// Is `body` a place the resume function may re-enter (a generator's
    /// code holding a yield)?
    pub fn resumes_into(&self, body: &[Stmt]) -> bool {
        let mut starts = Vec::new();
        if self.gen.is_some() {
            yield_starts(body, &mut starts);
        }
        !starts.is_empty()
    }

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

    fn yield_id(&self, start: u32) -> R<u32> {
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

    /// Suspends with the i64 in local `v` as yield number `id`: saves the
    /// locals, leaves this function's try levels and except handlers
    /// (entered again on the way back in), returns the value.
    fn suspend(&mut self, g: &mut Gen, v: u32, id: u32) -> R<()> {
        let r = self.ctx()?.resume;
        self.emit(I::I32Const(id as i32));
        self.emit(I::LocalSet(r));
        self.emit(I::Call(SAVE_MARK));
        let tries = self.tries;
        self.leave_tries(g, tries)?;
        if let Some((saved, _, _)) = self.handling_saved.first().cloned() {
            let hg = g.rt_global("handling")?;
            self.emit(I::LocalGet(saved));
            self.emit(I::GlobalSet(hg));
        }
        self.emit(I::LocalGet(GEN_PARAM));
        self.emit(I::I32Const(SUSPENDED));
        self.emit(I::I32Store(mem(gen_off("state"), 2)));
        self.emit(I::LocalGet(v));
        self.leave_function();
        Ok(())
    }

    /// Back at yield `id`: clears the target, raises what throw() or
    /// close() passed in. Leaves nothing on the stack.
    fn resumed(&mut self, g: &mut Gen) -> R<()> {
        let r = self.ctx()?.resume;
        self.emit(I::I32Const(0));
        self.emit(I::LocalSet(r));
        self.emit(I::LocalGet(GEN_PARAM));
        self.emit(I::I64Load(mem(gen_off("thrown"), 3)));
        self.emit(I::I64Const(0));
        self.emit(I::I64Ne);
        self.if_(BlockType::Empty);
        self.emit(I::LocalGet(GEN_PARAM));
        self.emit(I::I64Load(mem(gen_off("thrown"), 3)));
        self.emit(I::LocalGet(GEN_PARAM));
        self.emit(I::I64Const(0));
        self.emit(I::I64Store(mem(gen_off("thrown"), 3)));
        self.call_rt(g, "raise_obj")?;
        self.end();
        Ok(())
    }

    /// `yield value`: returns the local that holds what was sent.
    fn yield_value<'a>(&mut self, g: &mut Gen<'a>, value: Option<&'a Expr>, start: u32) -> R<u32> {
        let id = self.yield_id(start)?;
        let v = self.tmp(ValType::I64);
        self.skip_when_resuming()?;
        match value {
            Some(e) => self.expr(g, e)?,
            None => self.emit(I::I64Const(NONE)),
        }
        self.emit(I::LocalSet(v));
        self.suspend(g, v, id)?;
        self.end();
        self.resumed(g)?;
        self.emit(I::LocalGet(GEN_PARAM));
        self.emit(I::I64Load(mem(gen_off("sent"), 3)));
        self.emit(I::LocalSet(v));
        Ok(v)
    }

    /// `yield from it`: each value the inner iterator produces is yielded
    /// (sent values and thrown exceptions go to it: runtime yf_step); the
    /// local returned holds its result (a generator's return value).
    fn yield_from<'a>(&mut self, g: &mut Gen<'a>, it: &'a Expr, start: u32) -> R<u32> {
        let id = self.yield_id(start)?;
        let (inner, sent, thrown, v) = (
            self.tmp(ValType::I64),
            self.tmp(ValType::I64),
            self.tmp(ValType::I64),
            self.tmp(ValType::I64),
        );
        let r = self.ctx()?.resume;
        self.emit(I::LocalGet(r));
        self.if_(BlockType::Empty);
        // Resuming here: take what the resumer passed in, for the inner one.
        self.emit(I::I32Const(0));
        self.emit(I::LocalSet(r));
        self.emit(I::LocalGet(GEN_PARAM));
        self.emit(I::I64Load(mem(gen_off("sent"), 3)));
        self.emit(I::LocalSet(sent));
        self.emit(I::LocalGet(GEN_PARAM));
        self.emit(I::I64Load(mem(gen_off("thrown"), 3)));
        self.emit(I::LocalSet(thrown));
        self.emit(I::LocalGet(GEN_PARAM));
        self.emit(I::I64Const(0));
        self.emit(I::I64Store(mem(gen_off("thrown"), 3)));
        self.emit(I::Else);
        self.expr(g, it)?;
        self.call_rt(g, "iter_")?;
        self.emit(I::LocalSet(inner));
        self.emit(I::I64Const(NONE));
        self.emit(I::LocalSet(sent));
        self.emit(I::I64Const(0));
        self.emit(I::LocalSet(thrown));
        self.end();
        self.emit(I::LocalGet(inner));
        self.emit(I::LocalGet(sent));
        self.emit(I::LocalGet(thrown));
        self.call_rt(g, "yf_step")?;
        self.emit(I::LocalTee(v));
        self.emit(I::I64Const(0));
        self.emit(I::I64Ne);
        self.if_(BlockType::Empty);
        self.suspend(g, v, id)?;
        self.end();
        self.emit(I::LocalGet(inner));
        self.call_rt(g, "yf_result")?;
        self.emit(I::LocalSet(v));
        Ok(v)
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
        self.skip_when_resuming()?;
        self.expr(g, &f.iter)?;
        self.call_rt(g, "iter_")?;
        self.emit(I::LocalSet(it));
        self.end();
        self.block(BlockType::Empty);
        let brk = self.depth;
        self.loop_();
        let cont = self.depth;
        // Resuming, the loop is over only if the target is in its else.
        let range = self.yield_range(&f.orelse)?;
        let r = self.ctx()?.resume;
        self.emit(I::LocalGet(r));
        self.if_(BlockType::Result(ValType::I32));
        self.resume_in(range)?;
        self.emit(I::Else);
        self.loop_head_loc(g, f)?;
        self.emit(I::LocalGet(it));
        self.call_rt(g, "next_")?;
        self.emit(I::LocalTee(x));
        self.emit(I::I64Eqz);
        self.end();
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

    /// A generator expression's loops, each level resumed into while the
    /// target (its one yield, number 1) is set.
    fn genexp_level<'a>(&mut self, g: &mut Gen<'a>, ge: &'a ast::ExprGenerator, i: usize) -> R<()> {
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
            self.skip_when_resuming()?;
            self.expr(g, &level.iter)?;
            self.call_rt(g, "iter_")?;
            self.emit(I::LocalSet(it));
            self.end();
        }
        self.block(BlockType::Empty);
        let brk = self.depth;
        self.loop_();
        let cont = self.depth;
        let r = self.ctx()?.resume;
        self.emit(I::LocalGet(r));
        self.if_(BlockType::Result(ValType::I32));
        self.emit(I::I32Const(0));
        self.emit(I::Else);
        self.emit(I::LocalGet(it));
        self.call_rt(g, "next_")?;
        self.emit(I::LocalTee(x));
        self.emit(I::I64Eqz);
        self.end();
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

/// A def with a yield, or a generator expression: its resume function
/// is defined here; what is returned is its direct entry, which makes the
/// generator.
pub fn compile_generator<'a>(
    g: &mut Gen<'a>,
    scope: usize,
    body: &Body<'a>,
) -> R<wasm_encoder::Function> {
    let sc = &g.scopes.list[scope];
    let params = sc.params.clone();
    let locals = sc.locals.clone();
    let cells = sc.cells.clone();
    let name = match &sc.class {
        Some(c) => format!("{c}.{}", sc.name),
        None => sc.name.clone(),
    };
    let fname = g.m.str_const(&sc.name);
    let mut fx = Fx::new(scope, FIRST_SAVED, Some(fname));
    // Parameters are ordinary locals here, the first saved slots.
    for p in &params {
        let l = fx.tmp(ValType::I64);
        fx.vars.insert(p.clone(), (l, false));
        fx.mark_assigned(p.clone());
    }
    let resume = fx.tmp(ValType::I32);
    let mut starts = Vec::new();
    match body {
        Body::Def(d) => {
            fx.may_unbind = super::fx::unbound_names(&d.body);
            yield_starts(&d.body, &mut starts);
        }
        Body::GenExp(ge) => starts.push(ge.range.start().to_u32()),
        Body::Lambda(_) => return Err("a lambda is not a generator".into()),
    }
    let ids = starts
        .iter()
        .enumerate()
        .map(|(i, s)| (*s, i as u32 + 1))
        .collect();
    fx.gen = Some(GenCtx {
        resume,
        ids,
        top_guard: false,
        scratch: Vec::new(),
    });
    fx.emit(I::LocalGet(GEN_PARAM));
    fx.emit(I::I32Load(mem(gen_off("frame"), 2)));
    fx.emit(I::LocalSet(FRAME_LOCAL));
    fx.emit(I::Call(RESTORE_MARK));
    fx.block(BlockType::Result(ValType::I64));
    fx.exit = Some(fx.depth);
    let off = fx.tmp(ValType::I32);
    fx.tb_offset(g)?;
    fx.emit(I::LocalSet(off));
    fx.frame_off = Some(off);
    fx.emit(I::I32Const(fname as i32));
    let push = g.rt("tb_push")?;
    fx.emit(I::Call(push));
    fx.enter_body(g)?;
    // Cells are made on the first run only; later runs load their
    // addresses back with the other locals.
    fx.skip_when_resuming()?;
    let alloc = g.rt("alloc")?;
    for l in &locals {
        if cells.contains(l) {
            let c = fx.tmp(ValType::I32);
            fx.emit(I::I32Const(8));
            fx.emit(I::Call(alloc));
            fx.emit(I::LocalSet(c));
            fx.emit(I::LocalGet(c));
            match fx.vars.get(l).copied() {
                Some((pi, _)) => fx.emit(I::LocalGet(pi)),
                None => fx.emit(I::I64Const(0)),
            }
            fx.emit(I::I64Store(mem(0, 3)));
            fx.vars.insert(l.clone(), (c, true));
        } else if !fx.vars.contains_key(l) {
            let v = fx.tmp(ValType::I64);
            fx.vars.insert(l.clone(), (v, false));
        }
    }
    fx.end();
    fx.returns_value = true;
    match body {
        Body::Def(d) => {
            let d: &'a ast::StmtFunctionDef = d;
            fx.body(g, &d.body)?;
        }
        Body::GenExp(ge) => {
            let ge: &'a ast::ExprGenerator = ge;
            fx.set_loc(g, g.line_of(ge.range))?;
            let start = ge.range.start().to_u32();
            let names = g.scopes.comp_names.get(&start).cloned().unwrap_or_default();
            fx.comps.push((start, names));
            fx.genexp_level(g, ge, 0)?;
            fx.comps.pop();
        }
        Body::Lambda(_) => {}
    }
    let scratch = fx
        .gen
        .as_ref()
        .map(|c| c.scratch.clone())
        .unwrap_or_default();
    let (locals, code) = fx.finish_parts(g)?;
    let saved: Vec<(usize, ValType)> = locals
        .iter()
        .copied()
        .enumerate()
        .filter(|(k, _)| !scratch.iter().any(|r| r.contains(k)))
        .collect();
    let resume_fn = build_function(&locals, &expand_marks(&saved, code));
    let idx = g.m.declare(vec![ValType::I32; 3], vec![ValType::I64]);
    g.m.name(idx, &format!("py:{name}:resume"));
    g.m.define(idx, resume_fn);
    let slot = g.m.table_slot(idx);
    let nslots = locals.len() as u32;
    let qualname = g.m.str_const(&name);
    direct_entry(g, params.len() as u32, slot, nslots, qualname)
}

/// The direct entry: (env, params...) → a new generator holding them.
fn direct_entry(
    g: &mut Gen,
    nparams: u32,
    slot: u32,
    nslots: u32,
    name: u32,
) -> R<wasm_encoder::Function> {
    let mut fx = Fx::new(0, 1 + nparams, None);
    let p = fx.tmp(ValType::I32);
    fx.emit(I::LocalGet(0));
    fx.emit(I::I32Const(slot as i32));
    fx.emit(I::I32Const(nslots as i32));
    fx.emit(I::I32Const(name as i32));
    let new = g.rt("gen_new")?;
    fx.emit(I::Call(new));
    fx.emit(I::LocalSet(p));
    for j in 0..nparams {
        fx.emit(I::LocalGet(p));
        fx.emit(I::I32Load(mem(gen_off("frame"), 2)));
        fx.emit(I::LocalGet(1 + j));
        fx.emit(I::I64Store(mem(8 * j as u64, 3)));
    }
    fx.emit(I::LocalGet(p));
    fx.emit(I::I64ExtendI32U);
    fx.emit(I::End);
    let (locals, code) = fx.into_parts();
    Ok(build_function(&locals, &code))
}

/// Replaces the save and restore placeholders by a store (load) of each
/// saved local (its index past FIRST_SAVED is its frame slot).
fn expand_marks(saved: &[(usize, ValType)], code: Vec<I<'static>>) -> Vec<I<'static>> {
    let mut out = Vec::with_capacity(code.len());
    for i in code {
        let save = match i {
            I::Call(SAVE_MARK) => true,
            I::Call(RESTORE_MARK) => false,
            other => {
                out.push(other);
                continue;
            }
        };
        for &(k, ty) in saved {
            let local = FIRST_SAVED + k as u32;
            let at = 8 * k as u64;
            out.push(I::LocalGet(FRAME_LOCAL));
            if save {
                out.push(I::LocalGet(local));
                out.push(match ty {
                    ValType::I32 => I::I32Store(mem(at, 2)),
                    ValType::F64 => I::F64Store(mem(at, 3)),
                    _ => I::I64Store(mem(at, 3)),
                });
            } else {
                out.push(match ty {
                    ValType::I32 => I::I32Load(mem(at, 2)),
                    ValType::F64 => I::F64Load(mem(at, 3)),
                    _ => I::I64Load(mem(at, 3)),
                });
                out.push(I::LocalSet(local));
            }
        }
    }
    out
}

/// Is this def a generator (a yield in its own body)?
pub fn is_generator(body: &Body) -> bool {
    match body {
        Body::Def(d) => super::stmt::has_yield(&d.body),
        Body::GenExp(_) => true,
        Body::Lambda(_) => false,
    }
}

/// The generator expression passed as the only positional argument to a
/// consumer that reads it to the end before anything else can observe
/// it (sum, sorted, list, ...): compiled inline as a list (any/all stop
/// early), never made into a generator object. Decided on the syntax, by
/// the scope analysis and the emitter alike.
pub fn inline_genexp(c: &ast::ExprCall) -> Option<&ast::ExprGenerator> {
    let [Expr::Generator(ge)] = &c.arguments.args[..] else {
        return None;
    };
    let kws = &c.arguments.keywords;
    let ok = match &*c.func {
        Expr::Name(n) => match n.id.as_str() {
            "sum" | "any" | "all" | "list" | "tuple" | "dict" | "set" | "frozenset" => true,
            "sorted" => true,
            // min/max call a key as they go: with one, lazily.
            "min" | "max" => kws
                .iter()
                .all(|k| k.arg.as_ref().is_some_and(|a| a != "key")),
            _ => false,
        },
        Expr::Attribute(a) => {
            a.attr.as_str() == "join" && matches!(&*a.value, Expr::StringLiteral(_))
        }
        _ => false,
    };
    ok.then_some(ge)
}
