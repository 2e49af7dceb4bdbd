//! Statements and functions of the runtime language.

use super::expr::Cx;
use super::{signature, val_type, FnState, LResult, Linker, RtFunc};
use crate::module::Module;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use wasm_encoder::{BlockType, Function, Instruction as I, ValType};

pub fn compile_function(l: &mut Linker, m: &mut Module, rf: &RtFunc) -> LResult<Function> {
    let f = &rf.def;
    let (params, results) =
        signature(f).map_err(|e| format!("{}: {e}", rf.locate(f.range.start().to_usize())))?;
    let mut state = FnState {
        locals: Vec::new(),
        body: Vec::new(),
        loops: Vec::new(),
        depth: 0,
        result: results.first().copied(),
        err_at: None,
    };
    for (p, t) in f.parameters.args.iter().zip(&params) {
        state.add_local(p.parameter.name.as_str(), *t);
    }
    let mut cx = Cx { l, m, f: state };
    if let Err(e) = cx.block(&f.body) {
        let at = cx.f.err_at.unwrap_or(f.range.start().to_usize());
        return Err(format!(
            "{}: {e} (in runtime function {})",
            rf.locate(at),
            f.name
        ));
    }
    // Falling off the end of a function with a result is a runtime bug.
    if cx.f.result.is_some() {
        cx.f.emit(I::Unreachable);
    }
    cx.f.emit(I::End);
    let locals: Vec<(u32, ValType)> = cx.f.locals[params.len()..]
        .iter()
        .map(|(_, t)| (1, *t))
        .collect();
    let mut func = Function::new(locals);
    for i in &cx.f.body {
        func.instruction(i);
    }
    Ok(func)
}

impl Cx<'_> {
    pub fn block(&mut self, body: &[Stmt]) -> LResult<()> {
        for s in body {
            if let Err(e) = self.stmt(s) {
                // The innermost statement that failed names the line.
                self.f.err_at.get_or_insert(s.range().start().to_usize());
                return Err(e);
            }
        }
        Ok(())
    }

    fn assign(&mut self, name: &str, value: &Expr, ann: Option<ValType>) -> LResult<()> {
        if let Some((i, t)) = self.f.local(name) {
            self.expr(value, Some(t))?;
            self.f.emit(I::LocalSet(i));
            return Ok(());
        }
        if let Some((g, t)) = self.l.global(self.m, name)? {
            self.expr(value, Some(t))?;
            self.f.emit(I::GlobalSet(g));
            return Ok(());
        }
        let t = match ann {
            Some(t) => t,
            None => self.type_of(value)?.unwrap_or(ValType::I32),
        };
        let got = self.expr(value, Some(t))?;
        if got != Some(t) {
            return Err(format!("runtime: {name} gets {got:?}"));
        }
        let i = self.f.add_local(name, t);
        self.f.emit(I::LocalSet(i));
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> LResult<()> {
        match s {
            Stmt::Assign(a) => {
                if let [t] = &a.targets[..] {
                    if let Some(r) = super::record::field_ref(t)? {
                        return self.store_field(&r, &a.value);
                    }
                }
                let [Expr::Name(n)] = &a.targets[..] else {
                    return Err("runtime: assignment target".into());
                };
                self.assign(n.id.as_str(), &a.value, None)
            }
            Stmt::AnnAssign(a) => {
                let Expr::Name(n) = &*a.target else {
                    return Err("runtime: target".into());
                };
                let t = val_type(Some(&a.annotation))?;
                let zero = Expr::NumberLiteral(ast::ExprNumberLiteral {
                    range: a.range,
                    node_index: Default::default(),
                    value: ast::Number::Int(ast::Int::ZERO),
                });
                self.assign(n.id.as_str(), a.value.as_deref().unwrap_or(&zero), t)
            }
            Stmt::AugAssign(a) => {
                let bin = Expr::BinOp(ast::ExprBinOp {
                    range: a.range,
                    node_index: Default::default(),
                    left: a.target.clone(),
                    op: a.op,
                    right: a.value.clone(),
                });
                if let Some(r) = super::record::field_ref(&a.target)? {
                    return self.store_field(&r, &bin);
                }
                let Expr::Name(n) = &*a.target else {
                    return Err("runtime: target".into());
                };
                self.assign(n.id.as_str(), &bin, None)
            }
            Stmt::Expr(e) => {
                if let Expr::StringLiteral(_) = &*e.value {
                    return Ok(()); // docstring
                }
                if self.expr(&e.value, None)?.is_some() {
                    self.f.emit(I::Drop);
                }
                Ok(())
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    let t = self.f.result;
                    self.expr(v, t)?;
                }
                self.f.emit(I::Return);
                Ok(())
            }
            Stmt::If(i) => self.if_(&i.test, &i.body, &i.elif_else_clauses),
            Stmt::While(w) => {
                self.f.emit(I::Block(BlockType::Empty));
                self.f.emit(I::Loop(BlockType::Empty));
                self.f.depth += 2;
                self.f.loops.push((self.f.depth - 1, self.f.depth));
                self.cond(&w.test)?;
                self.f.emit(I::I32Eqz);
                self.f.emit(I::BrIf(1));
                self.block(&w.body)?;
                self.f.emit(I::Br(0));
                self.f.loops.pop();
                self.f.depth -= 2;
                self.f.emit(I::End);
                self.f.emit(I::End);
                Ok(())
            }
            Stmt::Break(_) => {
                let (brk, _) = *self.f.loops.last().ok_or("runtime: break outside loop")?;
                self.f.emit(I::Br(self.f.depth - brk));
                Ok(())
            }
            Stmt::Continue(_) => {
                let (_, cont) = *self
                    .f
                    .loops
                    .last()
                    .ok_or("runtime: continue outside loop")?;
                self.f.emit(I::Br(self.f.depth - cont));
                Ok(())
            }
            Stmt::Pass(_) => Ok(()),
            _ => Err("runtime: unsupported statement".into()),
        }
    }

    fn if_(&mut self, test: &Expr, body: &[Stmt], rest: &[ast::ElifElseClause]) -> LResult<()> {
        // `if SETS:` / `if SETS and c:` is decided at link time: a program
        // without sets compiles none of the clause, so the hooks that send
        // sets to set.py cost it nothing (not even a call to a stub).
        // `if COLLECTIONS:` likewise for collections.py's hooks, and
        // `if CLASSES:` for code only a program with classes can reach.
        let flag = |e: &Expr| match e {
            Expr::Name(n) if n.id.as_str() == "SETS" => Some(self.l.sets),
            Expr::Name(n) if n.id.as_str() == "COLLECTIONS" => Some(self.l.collections),
            Expr::Name(n) if n.id.as_str() == "ITERTOOLS" => Some(self.l.itertools),
            Expr::Name(n) if n.id.as_str() == "RANDOM" => Some(self.l.random),
            Expr::Name(n) if n.id.as_str() == "RE" => Some(self.l.re),
            Expr::Name(n) if n.id.as_str() == "HASHLIB" => Some(self.l.hashlib),
            Expr::Name(n) if n.id.as_str() == "URLPARSE" => Some(self.l.urlparse),
            Expr::Name(n) if n.id.as_str() == "UUID" => Some(self.l.uuid),
            Expr::Name(n) if n.id.as_str() == "HASHES" => Some(self.l.hashes),
            Expr::Name(n) if n.id.as_str() == "STRUCT" => Some(self.l.structs),
            Expr::Name(n) if n.id.as_str() == "STATS" => Some(self.l.stats),
            Expr::Name(n) if n.id.as_str() == "ABCS" => Some(self.l.abcs),
            Expr::Name(n) if n.id.as_str() == "NEWS" => Some(self.l.news),
            Expr::Name(n) if n.id.as_str() == "SETATTRS" => Some(self.l.setattrs),
            Expr::Name(n) if n.id.as_str() == "INITSUB" => Some(self.l.initsub),
            Expr::Name(n) if n.id.as_str() == "DATETIME" => Some(self.l.datetime),
            Expr::Name(n) if n.id.as_str() == "PCT_RUN" => Some(self.l.pct_run),
            Expr::Name(n) if n.id.as_str() == "ZIP_STRICT" => Some(self.l.zip_strict),
            Expr::Name(n) if n.id.as_str() == "RANGE_OPS" => Some(self.l.range_ops),
            Expr::Name(n) if n.id.as_str() == "NATIVES" => Some(self.l.natives),
            Expr::Name(n) if n.id.as_str() == "FUNCTOOLS" => Some(self.l.functools),
            Expr::Name(n) if n.id.as_str() == "OPERATOR" => Some(self.l.operator),
            Expr::Name(n) if n.id.as_str() == "LONGS" => Some(self.l.longs),
            Expr::Name(n) if n.id.as_str() == "CLASSES" => Some(self.l.classes),
            Expr::Name(n) if n.id.as_str() == "NAMEDTUPLE" => Some(self.l.namedtuples),
            Expr::Name(n) if n.id.as_str() == "ENUMS" => Some(self.l.enums),
            _ => None,
        };
        let (gated, on) = match test {
            Expr::BoolOp(b) if b.op == ast::BoolOp::And && b.values.len() == 2 => {
                match flag(&b.values[0]) {
                    Some(on) => (Some(Some(&b.values[1])), on),
                    None => (None, true),
                }
            }
            e => match flag(e) {
                Some(on) => (Some(None), on),
                None => (None, true),
            },
        };
        let test = match gated {
            None => test,
            Some(_) if !on => {
                return match rest.split_first() {
                    Some((first, others)) => match &first.test {
                        Some(t) => self.if_(t, &first.body, others),
                        None => self.block(&first.body),
                    },
                    None => Ok(()),
                };
            }
            Some(None) if rest.is_empty() => return self.block(body),
            Some(None) => return Err("runtime: `if SETS:` takes no else".into()),
            Some(Some(c)) => c,
        };
        self.cond(test)?;
        self.f.emit(I::If(BlockType::Empty));
        self.f.depth += 1;
        self.block(body)?;
        if let Some((first, others)) = rest.split_first() {
            self.f.emit(I::Else);
            match &first.test {
                Some(t) => self.if_(t, &first.body, others)?,
                None => self.block(&first.body)?,
            }
        }
        self.f.depth -= 1;
        self.f.emit(I::End);
        Ok(())
    }
}
