//! Comprehensions, compiled inline: list and dict comprehensions, the
//! generator expressions that consumers read to the end (as lists), and
//! short-circuiting any()/all() over a generator expression.

use super::fx::{Fx, R};
use super::{Gen, FALSE, TRUE};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::TextRange;
use wasm_encoder::{BlockType, Instruction as I, ValType};

/// Where each element of a comprehension goes.
enum Sink<'a> {
    List,
    /// A set comprehension (front/set.rs).
    Set,
    /// The value expression of a dict comprehension (the key is `elt`).
    Dict(&'a Expr),
    /// any (stop at the first truthy) or all (stop at the first falsy);
    /// `exit` is the block that ends the whole loop nest.
    AnyAll {
        any: bool,
        exit: u32,
    },
}

impl Fx {
    /// List and dict comprehensions, inline: their variables are renamed
    /// locals of this function (see scope.rs).
    pub fn list_comp<'a>(
        &mut self,
        g: &mut Gen<'a>,
        range: TextRange,
        gens: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
        frame: &str,
    ) -> R<()> {
        let sink = match value {
            Some(v) => Sink::Dict(v),
            None => Sink::List,
        };
        self.comprehension(g, range, gens, elt, sink, frame)
    }

    /// `{x for x in xs}`.
    pub fn set_comp<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprSetComp) -> R<()> {
        self.comprehension(g, c.range, &c.generators, &c.elt, Sink::Set, "<setcomp>")
    }

    /// `any(genexp)` / `all(genexp)`: the loop stops at the first element
    /// that decides the result, as CPython's generator would, so later
    /// elements are never evaluated (their side effects and exceptions
    /// do not happen).
    pub fn any_all<'a>(&mut self, g: &mut Gen<'a>, any: bool, ge: &'a ast::ExprGenerator) -> R<()> {
        self.comprehension(
            g,
            ge.range,
            &ge.generators,
            &ge.elt,
            Sink::AnyAll { any, exit: 0 },
            "<genexpr>",
        )
    }

    fn comprehension<'a>(
        &mut self,
        g: &mut Gen<'a>,
        range: TextRange,
        gens: &'a [ast::Comprehension],
        elt: &'a Expr,
        mut sink: Sink<'a>,
        frame: &str,
    ) -> R<()> {
        let start = range.start().to_u32();
        let names = g.scopes.comp_names.get(&start).cloned().unwrap_or_default();
        for n in &names {
            let m = format!("{n}#{start}");
            if g.scopes.list[self.scope].cells.contains(&m) {
                // A lambda inside captures it: a new cell each run.
                let c = match self.vars.get(&m) {
                    Some((c, true)) => *c,
                    _ => self.tmp(ValType::I32),
                };
                self.emit(I::I32Const(8));
                self.call_rt(g, "alloc")?;
                self.emit(I::LocalTee(c));
                self.emit(I::I64Const(0));
                self.emit(I::I64Store(super::fx::mem(0, 3)));
                self.vars.insert(m, (c, true));
            } else if !self.vars.contains_key(&m) {
                let l = self.tmp(ValType::I64);
                self.vars.insert(m, (l, false));
            }
        }
        let out = self.tmp(ValType::I64);
        match &mut sink {
            Sink::List => self.call_rt(g, "list_new")?,
            Sink::Set => self.call_rt(g, "set_new")?,
            Sink::Dict(_) => self.call_rt(g, "dict_new")?,
            Sink::AnyAll { any, .. } => self.emit(I::I64Const(if *any { FALSE } else { TRUE })),
        }
        self.emit(I::LocalSet(out));
        if let Sink::AnyAll { exit, .. } = &mut sink {
            self.block(BlockType::Empty);
            *exit = self.depth;
        }
        // The first iterable is evaluated in the enclosing scope.
        self.expr(g, &gens[0].iter)?;
        // The rest runs in a frame of its own in CPython 3.11 (a traceback
        // shows `in <listcomp>`); the frame is popped after the loop, or
        // by whatever catches an exception leaving it.
        let off = self.tmp(ValType::I32);
        self.tb_offset(g)?;
        self.emit(I::LocalSet(off));
        let name = g.m.str_const(frame);
        self.emit(I::I32Const(name as i32));
        // Past the recursion limit tb_push raises; check() leaves.
        let push = g.rt("tb_push")?;
        self.emit(I::Call(push));
        self.emit(I::Drop);
        self.check(g)?;
        self.comps.push((start, names));
        self.comp_level(g, gens, 0, elt, &sink, out)?;
        self.comps.pop();
        if let Sink::AnyAll { .. } = sink {
            self.end();
        }
        self.tb_restore(g, off)?;
        self.emit(I::LocalGet(out));
        Ok(())
    }

    fn comp_level<'a>(
        &mut self,
        g: &mut Gen<'a>,
        gens: &'a [ast::Comprehension],
        i: usize,
        elt: &'a Expr,
        sink: &Sink<'a>,
        out: u32,
    ) -> R<()> {
        let gen = &gens[i];
        if gen.is_async {
            g.error(gen.range, "async comprehensions are not supported");
        }
        if i > 0 {
            self.expr(g, &gen.iter)?;
        }
        self.call_rt(g, "iter_")?;
        let it = self.tmp(ValType::I64);
        self.emit(I::LocalSet(it));
        let x = self.tmp(ValType::I64);
        self.block(BlockType::Empty);
        let brk = self.depth;
        self.loop_();
        let cont = self.depth;
        super::fast_seq::next_item(self, g, it)?;
        self.emit(I::LocalTee(x));
        self.emit(I::I64Eqz);
        self.br_if(brk);
        self.assign(g, &gen.target, x, false)?;
        for cond in &gen.ifs {
            self.cond(g, cond)?;
            self.emit(I::I32Eqz);
            self.br_if(cont);
        }
        if i + 1 < gens.len() {
            self.comp_level(g, gens, i + 1, elt, sink, out)?;
        } else {
            match sink {
                Sink::List => {
                    self.emit(I::LocalGet(out));
                    self.expr(g, elt)?;
                    self.call_rt(g, "list_append")?;
                }
                Sink::Set => {
                    self.emit(I::LocalGet(out));
                    self.expr(g, elt)?;
                    self.call_rt(g, "set_add")?;
                }
                Sink::Dict(v) => {
                    self.emit(I::LocalGet(out));
                    self.expr(g, elt)?;
                    self.expr(g, v)?;
                    self.call_rt(g, "setitem")?;
                }
                Sink::AnyAll { any, exit } => {
                    self.cond(g, elt)?;
                    if *any {
                        self.emit(I::I32Eqz);
                    }
                    self.br_if(cont);
                    self.emit(I::I64Const(if *any { TRUE } else { FALSE }));
                    self.emit(I::LocalSet(out));
                    self.br(*exit);
                }
            }
        }
        self.br(cont);
        self.end();
        self.end();
        Ok(())
    }
}
