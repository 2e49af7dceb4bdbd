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
pub(super) const GEN_PARAM: u32 = 1;
const FRAME_LOCAL: u32 = 2;
const FIRST_SAVED: u32 = 3;

use crate::layout::gen_state::SUSPENDED;

pub struct GenCtx {
    /// The local holding the yield to resume at (0: none).
    pub(super) resume: u32,
    /// Yield number by the start offset of its expression.
    pub(super) ids: HashMap<u32, u32>,
    /// A guarded statement at the body's top level is being emitted: it
    /// still counts as top level (see Fx::at_top_level).
    pub top_guard: bool,
    /// Temporaries made for statements without a yield (as indices past
    /// the parameters): dead at every yield, so never saved.
    pub(super) scratch: Vec<std::ops::Range<usize>>,
}

fn gen_off(field: &str) -> u64 {
    record("Gen")
        .and_then(|r| r.field(field))
        .map_or(0, |f| f.offset as u64)
}

/// The yields of `stmts` (not of nested functions, lambdas or classes),
/// by the start of their expression, in source order.
pub(super) fn yield_starts(stmts: &[Stmt], out: &mut Vec<u32>) {
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

pub(super) fn expr_has_yield(e: &Expr) -> bool {
    let mut out = Vec::new();
    YieldStarts(&mut out).visit_expr(e);
    !out.is_empty()
}

/// A yield that forms a whole statement: `yield v`, `yield from v`, and
/// the value of an assignment.
pub(super) fn statement_yield(s: &Stmt) -> Option<&Expr> {
    let v = match s {
        Stmt::Expr(e) => &*e.value,
        Stmt::Assign(a) => &*a.value,
        Stmt::AnnAssign(a) => a.value.as_deref()?,
        _ => return None,
    };
    matches!(v, Expr::Yield(_) | Expr::YieldFrom(_)).then_some(v)
}

impl Fx {
    pub(super) fn ctx(&self) -> R<&GenCtx> {
        self.gen
            .as_ref()
            .ok_or_else(|| "not a generator".to_string())
    }

    /// The first and last yield number inside `stmts`.
    pub(super) fn yield_range(&self, stmts: &[Stmt]) -> R<Option<(u32, u32)>> {
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
    pub(super) fn resume_in(&mut self, range: Option<(u32, u32)>) -> R<()> {
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
    pub(super) fn yield_value<'a>(
        &mut self,
        g: &mut Gen<'a>,
        value: Option<&'a Expr>,
        start: u32,
    ) -> R<u32> {
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
    pub(super) fn yield_from<'a>(&mut self, g: &mut Gen<'a>, it: &'a Expr, start: u32) -> R<u32> {
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
    fx.enter_frame(g, fname)?;
    fx.bind_locals(g, &locals, &cells, true)?;
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
