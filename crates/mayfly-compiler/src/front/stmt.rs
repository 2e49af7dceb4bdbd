//! Statements. Control flow maps onto Wasm blocks; exceptions branch to
//! the innermost handler block (see `Fx::check`).

use super::fx::{mem, Fx, R};
use super::{Body, Gen};
use crate::layout::{off, record, tag};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use wasm_encoder::{BlockType, Instruction as I, ValType};

impl Fx {
    pub fn body<'a>(&mut self, g: &mut Gen<'a>, b: &'a [Stmt]) -> R<()> {
        if self.gen.is_some() {
            return self.gen_body(g, b);
        }
        for s in b {
            self.stmt(g, s)?;
        }
        Ok(())
    }

    pub fn stmt<'a>(&mut self, g: &mut Gen<'a>, s: &'a Stmt) -> R<()> {
        let line = g.line_of(s.range());
        self.set_loc(g, line)?;
        if self.resumes_into(std::slice::from_ref(s)) {
            return self.gen_stmt(g, s);
        }
        let top = self.at_top_level();
        match s {
            // `...` as a placeholder body: evaluating it does nothing.
            Stmt::Expr(e) if matches!(&*e.value, Expr::EllipsisLiteral(_)) => {}
            Stmt::Expr(e) => {
                self.expr(g, &e.value)?;
                self.emit(I::Drop);
            }
            Stmt::Assign(a) => {
                self.expr(g, &a.value)?;
                let t = self.tmp(ValType::I64);
                self.emit(I::LocalSet(t));
                for target in &a.targets {
                    self.assign(g, target, t, top)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(g, v)?;
                    let t = self.tmp(ValType::I64);
                    self.emit(I::LocalSet(t));
                    self.assign(g, &a.target, t, top)?;
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(g, a)?,
            Stmt::If(i) => self.if_stmt(g, &i.test, &i.body, &i.elif_else_clauses)?,
            Stmt::While(w) => {
                self.block(BlockType::Empty);
                let brk = self.depth;
                self.loop_();
                let cont = self.depth;
                self.cond(g, &w.test)?;
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
            }
            Stmt::For(f) => self.for_stmt(g, f)?,
            Stmt::Break(_) | Stmt::Continue(_) => {
                if self.loops.is_empty() {
                    g.error(s.range(), "'break'/'continue' outside loop");
                    return Ok(());
                }
                self.jump_loop(g, matches!(s, Stmt::Break(_)))?;
            }
            Stmt::Return(r) => {
                if !self.returns_value {
                    g.error(s.range(), "'return' outside function");
                    return Ok(());
                }
                match &r.value {
                    Some(v) => self.expr(g, v)?,
                    None => self.emit(I::I64Const(super::NONE)),
                }
                self.return_value(g)?;
            }
            Stmt::Pass(_) | Stmt::Global(_) => {}
            Stmt::FunctionDef(d) => self.def(g, d)?,
            Stmt::Raise(r) => self.raise(g, r)?,
            Stmt::Try(t) => self.try_stmt(g, t)?,
            Stmt::Assert(a) => {
                self.cond(g, &a.test)?;
                self.emit(I::I32Eqz);
                self.if_(BlockType::Empty);
                match &a.msg {
                    Some(m) => self.expr(g, m)?,
                    None => self.emit(I::I64Const(0)),
                }
                self.emit(I::I32Const(crate::layout::exc::ASSERTION));
                self.call_rt(g, "raise_arg")?;
                self.end();
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(g, t)?;
                }
            }
            Stmt::Import(i) => self.import(g, i),
            Stmt::ImportFrom(i) => self.import_from(g, i)?,
            Stmt::ClassDef(c) => self.class_def(g, c)?,
            Stmt::With(w) => {
                if w.is_async {
                    g.error(s.range(), "async with is not supported");
                }
                self.with_items(g, &w.items, &w.body)?
            }
            Stmt::Match(m) => self.match_stmt(g, m)?,
            Stmt::Nonlocal(_) => {} // scope.rs: the names are free variables
            Stmt::TypeAlias(_) => g.error(s.range(), "type aliases are not supported"),
            Stmt::IpyEscapeCommand(_) => g.error(s.range(), "IPython escapes are not supported"),
        }
        Ok(())
    }

    pub fn leave_tries(&mut self, g: &mut Gen, n: usize) -> R<()> {
        if n > 0 {
            let td = g.rt_global("try_depth")?;
            self.emit(I::GlobalGet(td));
            self.emit(I::I32Const(n as i32));
            self.emit(I::I32Sub);
            self.emit(I::GlobalSet(td));
        }
        Ok(())
    }

    pub fn assign<'a>(&mut self, g: &mut Gen<'a>, target: &'a Expr, val: u32, top: bool) -> R<()> {
        match target {
            Expr::Name(n) => {
                self.emit(I::LocalGet(val));
                self.store_name(g, n.id.as_str(), n.range)?;
                if top {
                    let name = self.mangled(n.id.as_str());
                    self.mark_assigned(name);
                }
            }
            Expr::Subscript(s) => {
                if let Expr::Slice(sl) = &*s.slice {
                    self.expr(g, &s.value)?;
                    self.slice_bounds(g, sl)?;
                    self.emit(I::LocalGet(val));
                    return self.call_rt(g, "setslice");
                }
                self.expr(g, &s.value)?;
                self.expr(g, &s.slice)?;
                self.emit(I::LocalGet(val));
                super::fast_seq::setitem(self, g)?;
            }
            Expr::Tuple(_) | Expr::List(_) => {
                let elts = match target {
                    Expr::Tuple(t) => &t.elts,
                    Expr::List(l) => &l.elts,
                    _ => unreachable!(),
                };
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    Some(si) => {
                        self.emit(I::LocalGet(val));
                        self.emit(I::I32Const(si as i32));
                        self.emit(I::I32Const((elts.len() - si - 1) as i32));
                        self.call_rt(g, "unpack_star")?;
                    }
                    None => super::fast_seq::unpack(self, g, val, elts.len())?,
                }
                let p = self.tmp(ValType::I32);
                self.emit(I::LocalSet(p));
                for (i, e) in elts.iter().enumerate() {
                    let e = match e {
                        Expr::Starred(s) => &*s.value,
                        e => e,
                    };
                    self.emit(I::LocalGet(p));
                    // unpack returns a tuple of exactly len(elts) items.
                    let at = off::TUPLE_ITEMS + 8 * i as u32;
                    self.emit(I::I64Load(mem(at as u64, 3)));
                    let t = self.tmp(ValType::I64);
                    self.emit(I::LocalSet(t));
                    self.assign(g, e, t, top)?;
                }
            }
            Expr::Attribute(a) => self.store_attr(g, a, val)?,
            other => g.error(other.range(), "cannot assign to this expression"),
        }
        Ok(())
    }

    fn aug_assign<'a>(&mut self, g: &mut Gen<'a>, a: &'a ast::StmtAugAssign) -> R<()> {
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(g, n.id.as_str(), n.range)?;
                self.expr(g, &a.value)?;
                self.binop(g, a.op, true)?;
                self.store_name(g, n.id.as_str(), n.range)?;
            }
            Expr::Subscript(s) => {
                let (o, k) = (self.tmp(ValType::I64), self.tmp(ValType::I64));
                self.expr(g, &s.value)?;
                self.emit(I::LocalSet(o));
                self.expr(g, &s.slice)?;
                self.emit(I::LocalSet(k));
                self.emit(I::LocalGet(o));
                self.emit(I::LocalGet(k));
                self.emit(I::LocalGet(o));
                self.emit(I::LocalGet(k));
                self.call_rt(g, "getitem")?;
                self.expr(g, &a.value)?;
                self.binop(g, a.op, true)?;
                self.call_rt(g, "setitem")?;
            }
            Expr::Attribute(at) => self.aug_attr(g, at, a.op, &a.value)?,
            other => g.error(other.range(), "unsupported augmented assignment target"),
        }
        Ok(())
    }

    fn delete<'a>(&mut self, g: &mut Gen<'a>, t: &'a Expr) -> R<()> {
        match t {
            Expr::Subscript(s) => {
                if let Expr::Slice(sl) = &*s.slice {
                    self.expr(g, &s.value)?;
                    self.slice_bounds(g, sl)?;
                    return self.call_rt(g, "delslice");
                }
                self.expr(g, &s.value)?;
                self.expr(g, &s.slice)?;
                self.call_rt(g, "delitem")?;
            }
            Expr::Name(n) => {
                // Check it is bound (NameError otherwise), then unbind.
                self.load_name(g, n.id.as_str(), n.range)?;
                self.emit(I::Drop);
                self.unbind_name(g, n.id.as_str(), n.range)?;
            }
            Expr::Attribute(a) => self.delete_attr(g, a)?,
            other => g.error(other.range(), "unsupported del target"),
        }
        Ok(())
    }

    /// Unbinds a name: a later read raises NameError or
    /// UnboundLocalError, as after `del NAME`.
    pub fn unbind_name(&mut self, g: &mut Gen, n: &str, r: TextRange) -> R<()> {
        self.emit(I::I64Const(0));
        self.store_name(g, n, r)?;
        let name = self.mangled(n);
        self.assigned.remove(&name);
        Ok(())
    }

    fn if_stmt<'a>(
        &mut self,
        g: &mut Gen<'a>,
        test: &'a Expr,
        body: &'a [Stmt],
        rest: &'a [ast::ElifElseClause],
    ) -> R<()> {
        if super::never_run::is_main_guard(g, test) {
            // __name__ is never "__main__" for a tenant: the script part of
            // a program (doctest.testmod(), input(), timing) never runs, so
            // it is not compiled either, as the Flask rewrite drops it too.
            return match rest.split_first() {
                Some((first, others)) => match &first.test {
                    Some(t) => self.if_stmt(g, t, &first.body, others),
                    None => self.body(g, &first.body),
                },
                None => Ok(()),
            };
        }
        if super::never_run::is_type_checking(g, test) {
            // `TYPE_CHECKING` is False at run time: its body (imports for
            // annotations, typically) is never compiled.
            return match rest.split_first() {
                Some((first, others)) => match &first.test {
                    Some(t) => self.if_stmt(g, t, &first.body, others),
                    None => self.body(g, &first.body),
                },
                None => Ok(()),
            };
        }
        self.cond(g, test)?;
        self.if_(BlockType::Empty);
        self.body(g, body)?;
        if let Some((first, others)) = rest.split_first() {
            self.emit(I::Else);
            match &first.test {
                Some(t) => {
                    let line = g.line_of(t.range());
                    self.set_loc(g, line)?;
                    self.if_stmt(g, t, &first.body, others)?
                }
                None => self.body(g, &first.body)?,
            }
        }
        self.end();
        Ok(())
    }

    fn def<'a>(&mut self, g: &mut Gen<'a>, d: &'a ast::StmtFunctionDef) -> R<()> {
        if self.scope == 0 && self.class_body.is_none() && g.dead_defs.contains(d.name.as_str()) {
            return Ok(()); // only the never-run __main__ block calls it
        }
        if d.decorator_list.is_empty() {
            self.def_value(g, d, &d.name)?;
        } else {
            self.decorated_def(g, d)?;
        }
        self.store_name(g, d.name.as_str(), d.name.range)?;
        if self.at_top_level() {
            let name = self.mangled(d.name.as_str());
            self.mark_assigned(name);
        }
        Ok(())
    }

    /// The function object of a def (checked, declared, its defaults
    /// evaluated now), named `name` in messages and reprs.
    pub fn def_value<'a>(
        &mut self,
        g: &mut Gen<'a>,
        d: &'a ast::StmtFunctionDef,
        name: &str,
    ) -> R<()> {
        self.check_def(g, d);
        let defaults = param_defaults(&d.parameters);
        let meta = g.declare_function(d.range, Body::Def(d))?;
        let scope = *g
            .scopes
            .by_start
            .get(&d.range.start().to_u32())
            .ok_or("scope of def")?;
        self.make_function(g, scope, &meta, &defaults, name)
    }

    /// What a def (function or method) may not use.
    pub fn check_def(&mut self, g: &mut Gen, d: &ast::StmtFunctionDef) {
        if let Some(tp) = &d.type_params {
            // PEP 695 is Python 3.12; CPython 3.11 cannot parse it.
            g.error(
                tp.range,
                "type parameter lists (def f[T]) need Python 3.12; mayfly follows 3.11",
            );
        }
        if d.is_async {
            g.error(d.range, "async functions are not supported");
        }
        if d.parameters.posonlyargs.len() + d.parameters.kwonlyargs.len() > 255 {
            g.error(
                d.parameters.range,
                "more than 255 positional-only or keyword-only parameters are not supported",
            );
        }
    }

    /// Allocates a function object: {tag, table slot, nparams, ndefaults,
    /// name, defaults ptr, ncells, -, cells...}; leaves it as a value.
    pub fn make_function<'a>(
        &mut self,
        g: &mut Gen<'a>,
        scope: usize,
        meta: &super::FuncMeta,
        defaults: &[Option<&'a Expr>],
        name: &str,
    ) -> R<()> {
        let frees = g.scopes.list[scope].frees.clone();
        let alloc = g.rt("alloc")?;
        let p = self.tmp(ValType::I32);
        let size = record("Func").map_or(off::FUNC_CELLS, |r| r.size);
        self.emit(I::I32Const((size + 4 * frees.len() as u32) as i32));
        self.emit(I::Call(alloc));
        self.emit(I::LocalSet(p));
        let fname = g.m.str_const(&qualname(g, scope, name));
        let pnames: Vec<&str> = meta.params[..meta.npos + meta.nkw]
            .iter()
            .map(|s| s.as_str())
            .collect();
        let params = g.m.str_tuple_const(&pnames);
        let fields = [
            (off::FUNC_PARAMS, params),
            (off::TAG, tag::FUNC),
            (off::FUNC_SLOT, meta.table_slot),
            (off::FUNC_NPARAMS, meta.npos as u32),
            (
                off::FUNC_FLAGS,
                meta.vararg as u32
                    | (meta.kwarg as u32) << 1
                    | (meta.nkw as u32) << 8
                    | (meta.nposonly as u32) << 16,
            ),
            (off::FUNC_NDEFAULTS, meta.ndefaults as u32),
            (off::FUNC_NAME, fname),
            (off::FUNC_DEFAULTS, 0),
            (off::FUNC_NCELLS, frees.len() as u32),
        ];
        for (at, v) in fields {
            self.emit(I::LocalGet(p));
            self.emit(I::I32Const(v as i32));
            self.emit(I::I32Store(mem(at as u64, 2)));
        }
        if !defaults.is_empty() {
            let d = self.tmp(ValType::I32);
            self.emit(I::I32Const(8 * defaults.len() as i32));
            self.emit(I::Call(alloc));
            self.emit(I::LocalSet(d));
            for (i, e) in defaults.iter().enumerate() {
                self.emit(I::LocalGet(d));
                match e {
                    Some(e) => self.expr(g, e)?,
                    None => self.emit(I::I64Const(0)), // a required keyword-only one
                }
                self.emit(I::I64Store(mem(8 * i as u64, 3)));
            }
            self.emit(I::LocalGet(p));
            self.emit(I::LocalGet(d));
            self.emit(I::I32Store(mem(off::FUNC_DEFAULTS as u64, 2)));
        }
        for (i, f) in frees.iter().enumerate() {
            self.emit(I::LocalGet(p));
            self.cell_ptr(g, f)?;
            self.emit(I::I32Store(mem((off::FUNC_CELLS + 4 * i as u32) as u64, 2)));
        }
        self.emit(I::LocalGet(p));
        self.emit(I::I64ExtendI32U);
        Ok(())
    }
}

/// The defaults a function object keeps: one per positional parameter
/// with a default, then one per keyword-only parameter (None: required).
pub fn param_defaults(p: &ast::Parameters) -> Vec<Option<&Expr>> {
    let pos = p
        .posonlyargs
        .iter()
        .chain(&p.args)
        .filter_map(|a| a.default.as_deref())
        .map(Some);
    let kw = p.kwonlyargs.iter().map(|a| a.default.as_deref());
    pos.chain(kw).collect()
}

pub fn has_yield(body: &[Stmt]) -> bool {
    use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
    struct V(bool);
    impl<'a> Visitor<'a> for V {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, s);
            }
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Yield(_) | Expr::YieldFrom(_) => self.0 = true,
                Expr::Lambda(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    let mut v = V(false);
    for s in body {
        v.visit_stmt(s);
    }
    v.0
}

/// CPython's `__qualname__` of the function of `scope`, named `name`
/// (`C.m` for a method): the functions it is nested in come first, each
/// followed by `.<locals>` (`outer.<locals>.inner`). repr, argument
/// errors and `__name__` (the part after the last dot) read it.
fn qualname(g: &Gen, scope: usize, name: &str) -> String {
    let mut q = name.to_string();
    let mut at = g.scopes.list[scope].parent;
    while let Some(p) = at {
        let sc = &g.scopes.list[p];
        // The module scope is the one without a parent.
        if sc.parent.is_none() {
            break;
        }
        let own = match &sc.class {
            Some(c) => format!("{c}.{}", sc.name),
            None => sc.name.clone(),
        };
        q = format!("{own}.<locals>.{q}");
        at = sc.parent;
    }
    q
}
