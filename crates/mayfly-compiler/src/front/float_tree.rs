//! Float arithmetic trees without a box per intermediate result.
//!
//! `dx * dx + dy * dy + dz * dz` boxes five floats when each operator is
//! compiled on its own (fast.rs), though only the last is ever seen. A
//! tree of `+ - * /` whose leaves are pure reads (a local, `local.attr`
//! through its inline cache, a number) is compiled twice: first as f64
//! code that checks every leaf is a float as it reads it, then, for when
//! a check fails, the ordinary code. The f64 path does nothing a reader
//! could observe (a local read, a cached slot read) before it gives up,
//! so the ordinary path starting over from the first leaf runs exactly
//! what it would have run alone; when the f64 path finishes, its result
//! is the same double each boxed step would have made, as IEEE
//! arithmetic on the same operands in the same order. Int constants are
//! taken only as an operand beside a float operand (CPython converts them
//! there, exactly, as below 2**53 f64 does).

use super::attr_fast::Hit;
use super::fx::{mem, Fx, R};
use super::Gen;
use crate::layout::off;
use ruff_python_ast::{self as ast, Expr, Number, Operator};
use ruff_text_size::{Ranged, TextRange};
use wasm_encoder::{BlockType, Instruction as I, ValType};

/// Ints below this magnitude convert to f64 exactly.
const EXACT: i64 = 1 << 53;

impl Fx {
    /// Compiles `b` as a float tree when it is one of two or more
    /// operators; false (nothing emitted) otherwise.
    pub fn float_tree<'a>(&mut self, g: &mut Gen<'a>, b: &'a ast::ExprBinOp) -> R<bool> {
        if self.no_fuse {
            return Ok(false);
        }
        let mut ops = 0;
        if self.float_typed(g, &b.left, &b.right, b.op, &mut ops) != Some(true) || ops < 2 {
            return Ok(false);
        }
        // Int code pays for every float check that fails: only a tree
        // with a leaf likely to be a float is tried.
        if !self.likely_float(&b.left) && !self.likely_float(&b.right) {
            return Ok(false);
        }
        self.block(BlockType::Result(ValType::I64));
        let done = self.depth;
        self.block(BlockType::Empty);
        let bail = self.depth;
        self.emit_bin(g, &b.left, &b.right, b.op, bail)?;
        self.call_rt(g, "mkfloat")?;
        self.br(done);
        self.end();
        // The ordinary code, its subtrees not fused again.
        self.no_fuse = true;
        let generic = (|| {
            self.expr(g, &b.left)?;
            self.expr(g, &b.right)?;
            self.binop(g, b.op, false)
        })();
        self.no_fuse = false;
        generic?;
        self.end();
        Ok(true)
    }

    /// Whether `l op r` can be a tree node: None when not, else whether
    /// the node is float-typed (it is, when it qualifies: one operand at
    /// least is float-typed). Counts the operators in `ops`.
    fn float_typed(
        &self,
        g: &Gen,
        l: &Expr,
        r: &Expr,
        op: Operator,
        ops: &mut usize,
    ) -> Option<bool> {
        if !matches!(
            op,
            Operator::Add | Operator::Sub | Operator::Mult | Operator::Div
        ) {
            return None;
        }
        *ops += 1;
        let a = self.operand(g, l, ops)?;
        let b = self.operand(g, r, ops)?;
        // An int constant needs a float beside it; two ints are not a
        // float node (int arithmetic is exact, and may be an int).
        (a || b).then_some(true)
    }

    /// An operand: Some(true) for a float-typed one, Some(false) for an
    /// int constant, None for anything that cannot be in a tree.
    fn operand(&self, g: &Gen, e: &Expr, ops: &mut usize) -> Option<bool> {
        match e {
            Expr::BinOp(b) => self.float_typed(g, &b.left, &b.right, b.op, ops),
            Expr::NumberLiteral(n) => match &n.value {
                Number::Float(_) => Some(true),
                Number::Int(i) => i.as_i64().filter(|v| v.abs() < EXACT).map(|_| false),
                _ => None,
            },
            Expr::Name(n) => self.leaf_local(g, n.id.as_str()).map(|_| true),
            Expr::Attribute(a) => {
                let Expr::Name(o) = &*a.value else {
                    return None;
                };
                // Names attribute.rs reads as modules or types first.
                let base = o.id.as_str();
                if base == "math"
                    || super::stdmod::STD_MODULES.contains(&base)
                    || matches!(base, "str" | "list" | "dict" | "bytes")
                    || g.scopes.typing_names.contains_key(base)
                {
                    return None;
                }
                self.leaf_local(g, base)?;
                plain_user_attr(g, a.attr.as_str()).then_some(true)
            }
            _ => None,
        }
    }

    /// Whether the tree `e` has a leaf likely to hold a float: a float
    /// literal, an attribute, or a local the function assigns a float-
    /// looking value (float_hints).
    fn likely_float(&self, e: &Expr) -> bool {
        match e {
            Expr::BinOp(b) => self.likely_float(&b.left) || self.likely_float(&b.right),
            Expr::NumberLiteral(n) => matches!(n.value, Number::Float(_)),
            Expr::Attribute(_) => true,
            Expr::Name(n) => self.float_hint.contains(n.id.as_str()),
            _ => false,
        }
    }

    /// The Wasm local holding function local `n`, when reading it is a
    /// plain local.get (not a cell, a class-body name or a module name).
    fn leaf_local(&self, g: &Gen, n: &str) -> Option<u32> {
        if self.class_body.is_some() || g.scopes.module_names.contains_key(n) {
            return None;
        }
        match self.vars.get(&self.mangled(n)) {
            Some(&(l, false)) => Some(l),
            _ => None,
        }
    }

    /// Pushes the f64 of `e`, branching to `bail` when a leaf is not a
    /// float or a divisor is zero.
    fn emit_f64<'a>(&mut self, g: &mut Gen<'a>, e: &'a Expr, bail: u32) -> R<()> {
        match e {
            Expr::BinOp(b) => self.emit_bin(g, &b.left, &b.right, b.op, bail)?,
            Expr::NumberLiteral(n) => match &n.value {
                Number::Float(x) => self.emit(I::F64Const((*x).into())),
                Number::Int(i) => {
                    let v = i.as_i64().ok_or("float tree: int constant")?;
                    self.emit(I::F64Const((v as f64).into()));
                }
                _ => return Err("float tree: number".into()),
            },
            Expr::Name(n) => {
                let l = self
                    .leaf_local(g, n.id.as_str())
                    .ok_or("float tree: local")?;
                self.float_leaf(l, bail);
            }
            Expr::Attribute(a) => {
                let Expr::Name(o) = &*a.value else {
                    return Err("float tree: attribute".into());
                };
                let o = self
                    .leaf_local(g, o.id.as_str())
                    .ok_or("float tree: local")?;
                // The same cache as the ordinary path's read of this node.
                let ic = self.preset_cache(g, a.range());
                self.ic_hit(g, o, ic, Hit::Load)?;
                self.emit(I::I32Eqz);
                self.br_if(bail);
                self.ic_slot(o, ic);
                self.emit(I::I64Load(mem(0, 3)));
                let v = self.tmp(ValType::I64);
                self.emit(I::LocalSet(v));
                self.float_leaf(v, bail);
            }
            _ => return Err("float tree: leaf".into()),
        }
        Ok(())
    }

    /// Pushes the f64 of `l op r`.
    fn emit_bin<'a>(
        &mut self,
        g: &mut Gen<'a>,
        l: &'a Expr,
        r: &'a Expr,
        op: Operator,
        bail: u32,
    ) -> R<()> {
        self.emit_f64(g, l, bail)?;
        self.emit_f64(g, r, bail)?;
        if op == Operator::Div {
            // ZeroDivisionError is the ordinary path's to raise.
            let d = self.tmp(ValType::F64);
            self.emit(I::LocalTee(d));
            self.emit(I::F64Const(0.0f64.into()));
            self.emit(I::F64Eq);
            self.br_if(bail);
            self.emit(I::LocalGet(d));
        }
        self.emit(match op {
            Operator::Add => I::F64Add,
            Operator::Sub => I::F64Sub,
            Operator::Mult => I::F64Mul,
            _ => I::F64Div,
        });
        Ok(())
    }

    /// Pushes the f64 in local v, branching to `bail` unless v is a float
    /// (0, an empty slot or an unbound local, is not).
    fn float_leaf(&mut self, v: u32, bail: u32) {
        super::fast::is_float(self, v);
        self.emit(I::I32Eqz);
        self.br_if(bail);
        self.emit(I::LocalGet(v));
        self.emit(I::I32WrapI64);
        self.emit(I::F64Load(mem(off::FLOAT_VALUE as u64, 3)));
    }
}

/// `obj.name` compiles to a user attribute read (attribute.rs) for this
/// name: not a builtin type's attribute or method, not `__class__`.
fn plain_user_attr(g: &Gen, name: &str) -> bool {
    name != "__class__"
        && !super::methods::ATTRS.contains(&name)
        && !super::stdre::is_re_attr(g, name)
        && !super::stdhash::is_hash_attr(g, name)
        && !super::methods::METHODS.iter().any(|m| m.0 == name)
        && g.user_attr_name(name, false)
}

impl Fx {
    /// The inline cache of the attribute read at `r`: one for the float
    /// path and the ordinary path of a tree alike (attr.rs user_attr).
    pub fn preset_cache(&mut self, g: &mut Gen, r: TextRange) -> u32 {
        if let Some(&ic) = self.preset_ic.get(&r) {
            return ic;
        }
        let ic = g.attr_cache();
        self.preset_ic.insert(r, ic);
        ic
    }
}

/// The names a function body assigns a value that looks like a float:
/// one with a float literal, a true division, an attribute in arithmetic
/// or a float() call in it. A guess, used only to choose which trees get
/// a float path (any tree is correct either way).
pub(super) fn float_hints(body: &[ast::Stmt]) -> std::collections::HashSet<String> {
    use ruff_python_ast::visitor::{walk_stmt, Visitor};
    use ruff_python_ast::Stmt;
    fn looks_float(e: &Expr) -> bool {
        match e {
            Expr::NumberLiteral(n) => matches!(n.value, Number::Float(_)),
            Expr::BinOp(b) => {
                b.op == Operator::Div
                    || [&b.left, &b.right]
                        .iter()
                        .any(|x| matches!(&***x, Expr::Attribute(_)) || looks_float(x))
            }
            Expr::UnaryOp(u) => looks_float(&u.operand),
            Expr::Call(c) => matches!(&*c.func, Expr::Name(f) if f.id.as_str() == "float"),
            _ => false,
        }
    }
    struct V(std::collections::HashSet<String>);
    impl<'a> Visitor<'a> for V {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            let (targets, value): (Vec<&Expr>, Option<&Expr>) = match s {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => return,
                Stmt::Assign(a) => (a.targets.iter().collect(), Some(&a.value)),
                Stmt::AugAssign(a) => (vec![&*a.target], Some(&a.value)),
                Stmt::AnnAssign(a) => (vec![&*a.target], a.value.as_deref()),
                _ => (vec![], None),
            };
            for t in targets {
                match (t, value) {
                    (Expr::Name(n), Some(v)) if looks_float(v) => {
                        self.0.insert(n.id.to_string());
                    }
                    // `x, y = 0.5, 1.5`: item by item.
                    (Expr::Tuple(ts), Some(Expr::Tuple(vs))) if ts.elts.len() == vs.elts.len() => {
                        for (t, v) in ts.elts.iter().zip(&vs.elts) {
                            if let (Expr::Name(n), true) = (t, looks_float(v)) {
                                self.0.insert(n.id.to_string());
                            }
                        }
                    }
                    _ => {}
                }
            }
            walk_stmt(self, s);
        }
    }
    let mut v = V(Default::default());
    for s in body {
        v.visit_stmt(s);
    }
    v.0
}
