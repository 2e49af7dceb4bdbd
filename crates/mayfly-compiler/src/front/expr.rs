//! Expressions (names: names.rs). Every expression leaves one i64
//! value; operators call the runtime (`ops.py`), whose int fast paths
//! are a few instructions.

use super::fx::{mem, Fx, R};
use super::{Body, Gen, FALSE, NONE, TRUE};
use crate::layout::off;
use ruff_python_ast::{self as ast, CmpOp, Expr, Number, Operator, UnaryOp};
use ruff_text_size::Ranged;
use wasm_encoder::{BlockType, Instruction as I, ValType};

pub use crate::layout::exc_kind;

impl Fx {
    /// Evaluates `e` as a condition: an i32 truth value.
    pub fn cond<'a>(&mut self, g: &mut Gen<'a>, e: &'a Expr) -> R<()> {
        match e {
            Expr::Compare(c) if c.ops.len() == 1 => {
                self.compare_i32(g, &c.left, c.ops[0], &c.comparators[0])
            }
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => {
                self.cond(g, &u.operand)?;
                self.emit(I::I32Eqz);
                Ok(())
            }
            _ => {
                self.expr(g, e)?;
                self.truth_of_value(g)
            }
        }
    }

    /// The i64 value on the stack → its i32 truth. Small ints, None and
    /// the bools (most conditions: `if not d.get(k)`, `while n`) are
    /// decided inline; objects call truthy (which may call `__bool__`).
    fn truth_of_value(&mut self, g: &mut Gen) -> R<()> {
        let v = self.tmp(ValType::I64);
        self.emit(I::LocalTee(v));
        self.emit(I::I32WrapI64);
        self.emit(I::I32Const(1));
        self.emit(I::I32And);
        self.if_(BlockType::Result(ValType::I32));
        // A small int (n << 1) | 1 is true unless n is 0.
        self.emit(I::LocalGet(v));
        self.emit(I::I64Const(1));
        self.emit(I::I64Ne);
        self.emit(I::Else);
        // The even values below 8 are None, False and True.
        self.emit(I::LocalGet(v));
        self.emit(I::I64Const(8));
        self.emit(I::I64LtU);
        self.if_(BlockType::Result(ValType::I32));
        self.emit(I::LocalGet(v));
        self.emit(I::I64Const(TRUE));
        self.emit(I::I64Eq);
        self.emit(I::Else);
        self.emit(I::LocalGet(v));
        self.call_rt(g, "truthy")?;
        self.end();
        self.end();
        Ok(())
    }

    fn compare_i32<'a>(&mut self, g: &mut Gen<'a>, l: &'a Expr, op: CmpOp, r: &'a Expr) -> R<()> {
        self.expr(g, l)?;
        self.expr(g, r)?;
        self.cmp_op(g, op)
    }

    /// Two values on the stack → i32 result of the comparison.
    fn cmp_op(&mut self, g: &mut Gen, op: CmpOp) -> R<()> {
        let f = match op {
            CmpOp::Eq => "eq",
            CmpOp::NotEq => "ne",
            CmpOp::Lt => "lt",
            CmpOp::LtE => "le",
            CmpOp::Gt => "gt",
            CmpOp::GtE => "ge",
            CmpOp::In => "contains_rev",
            CmpOp::NotIn => "not_contains_rev",
            CmpOp::Is => {
                self.emit(I::I64Eq);
                return Ok(());
            }
            CmpOp::IsNot => {
                self.emit(I::I64Ne);
                return Ok(());
            }
        };
        if super::fast::compare(self, g, op, f)? {
            return Ok(());
        }
        self.call_rt(g, f)
    }

    pub fn binop(&mut self, g: &mut Gen, op: Operator, inplace: bool) -> R<()> {
        let f = match op {
            // In place: an instance's __iOP__ first, a set or dict on the
            // left updated in place (setops.py, odict.py), CPython's
            // "for -=" in a TypeError (inplace.py).
            Operator::Add if inplace => "iadd",
            Operator::Sub if inplace => "inpl_sub",
            Operator::Mult if inplace => "inpl_mul",
            Operator::Div if inplace => "inpl_truediv",
            Operator::FloorDiv if inplace => "inpl_floordiv",
            Operator::Mod if inplace => "inpl_mod",
            Operator::Pow if inplace => "inpl_pow",
            Operator::LShift if inplace => "inpl_lshift",
            Operator::RShift if inplace => "inpl_rshift",
            Operator::BitAnd if inplace => "inpl_and",
            Operator::BitOr if inplace => "inpl_or",
            Operator::BitXor if inplace => "inpl_xor",
            Operator::Add => "add",
            Operator::Sub => "sub",
            Operator::Mult => "mul",
            Operator::Div => "truediv",
            Operator::FloorDiv => "floordiv",
            Operator::Mod => "mod_",
            Operator::Pow => "pow_",
            Operator::LShift => "lshift",
            Operator::RShift => "rshift",
            Operator::BitAnd => "and_",
            Operator::BitOr => "or_",
            Operator::BitXor => "xor_",
            // No builtin type has @: an instance's __matmul__ (inplace.py).
            Operator::MatMult if inplace => "inpl_matmul",
            Operator::MatMult => "matmul_",
        };
        if super::fast::binop(self, g, op, f)? {
            return Ok(());
        }
        self.call_rt(g, f)
    }

    fn bool_of_i32(&mut self) {
        let t = self.body.len();
        let _ = t;
        self.emit(I::If(BlockType::Result(ValType::I64)));
        self.emit(I::I64Const(TRUE));
        self.emit(I::Else);
        self.emit(I::I64Const(FALSE));
        self.emit(I::End);
    }

    /// An int constant: tagged when it fits 63 bits, else boxed.
    pub(super) fn int_const(&mut self, g: &mut Gen, v: i64) {
        if (v << 1) >> 1 == v {
            self.emit(I::I64Const((v << 1) | 1));
        } else {
            let at = g.m.boxed_const("Big", v.to_le_bytes());
            self.emit(I::I64Const(at as i64));
        }
    }

    pub fn expr<'a>(&mut self, g: &mut Gen<'a>, e: &'a Expr) -> R<()> {
        match e {
            // -9223372036854775808 fits 64 bits though its operand does not.
            Expr::UnaryOp(u)
                if u.op == UnaryOp::USub
                    && matches!(&*u.operand, Expr::NumberLiteral(ast::ExprNumberLiteral {
                        value: Number::Int(i), ..
                    }) if i.as_u64() == Some(1 << 63)) =>
            {
                self.int_const(g, i64::MIN)
            }
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => match i.as_i64() {
                    Some(v) => self.int_const(g, v),
                    None => match super::bigint::literal_digits(&i.to_string()) {
                        Some(digits) => {
                            let at = g.m.long_const(false, &digits);
                            self.emit(I::I64Const(at as i64));
                        }
                        None => {
                            g.error(n.range, "integer literal not understood");
                            self.emit(I::I64Const(NONE));
                        }
                    },
                },
                Number::Float(x) => {
                    let at = g.m.boxed_const("Float", x.to_le_bytes());
                    self.emit(I::I64Const(at as i64));
                }
                Number::Complex { .. } => {
                    g.error(n.range, "complex numbers are not supported");
                    self.emit(I::I64Const(NONE));
                }
            },
            Expr::StringLiteral(s) => {
                let a = g.m.str_const(s.value.to_str());
                self.emit(I::I64Const(a as i64));
            }
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                let a = g.m.bytes_const(&bytes);
                self.emit(I::I64Const(a as i64));
            }
            Expr::BooleanLiteral(b) => self.emit(I::I64Const(if b.value { TRUE } else { FALSE })),
            Expr::NoneLiteral(_) => self.emit(I::I64Const(NONE)),
            Expr::Name(n) => self.load_name(g, n.id.as_str(), n.range)?,
            Expr::BinOp(b) => {
                if b.op == Operator::Mod {
                    if let Some(fmt) = super::percent::literal_format(&b.left) {
                        return self.percent_format(g, fmt, &b.right, b.range);
                    }
                }
                if self.float_tree(g, b)? {
                    return Ok(());
                }
                self.expr(g, &b.left)?;
                self.expr(g, &b.right)?;
                self.binop(g, b.op, false)?;
            }
            Expr::UnaryOp(u) => match u.op {
                UnaryOp::Not => {
                    self.cond(g, &u.operand)?;
                    self.emit(I::I32Eqz);
                    self.bool_of_i32();
                }
                _ => {
                    self.expr(g, &u.operand)?;
                    let f = match u.op {
                        UnaryOp::USub => "neg",
                        UnaryOp::UAdd => "pos",
                        _ => "invert",
                    };
                    self.call_rt(g, f)?;
                }
            },
            Expr::BoolOp(b) => {
                let t = self.tmp(ValType::I64);
                let and = matches!(b.op, ast::BoolOp::And);
                self.block(BlockType::Empty);
                let out = self.depth;
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(g, v)?;
                    self.emit(I::LocalSet(t));
                    if i + 1 < b.values.len() {
                        self.emit(I::LocalGet(t));
                        self.call_rt(g, "truthy")?;
                        if and {
                            self.emit(I::I32Eqz);
                        }
                        self.br_if(out);
                    }
                }
                self.end();
                self.emit(I::LocalGet(t));
            }
            Expr::Compare(c) => {
                if c.ops.len() == 1 {
                    self.compare_i32(g, &c.left, c.ops[0], &c.comparators[0])?;
                } else {
                    self.chained(g, c)?;
                }
                self.bool_of_i32();
            }
            Expr::If(i) => {
                self.cond(g, &i.test)?;
                self.if_(BlockType::Result(ValType::I64));
                self.expr(g, &i.body)?;
                self.emit(I::Else);
                self.expr(g, &i.orelse)?;
                self.end();
            }
            Expr::Call(c) => self.call(g, c)?,
            Expr::Attribute(a) => self.attribute(g, a)?,
            Expr::Subscript(s) => self.subscript(g, s)?,
            Expr::List(l) => self.sequence(g, &l.elts, "list_of")?,
            Expr::Tuple(t) => self.sequence(g, &t.elts, "tuple_of")?,
            Expr::Dict(d) => {
                self.call_rt(g, "dict_new")?;
                let t = self.tmp(ValType::I64);
                self.emit(I::LocalSet(t));
                for item in &d.items {
                    let Some(k) = &item.key else {
                        // `{**m}`: m's items, in their place in the order.
                        self.emit(I::LocalGet(t));
                        self.expr(g, &item.value)?;
                        self.call_rt(g, "dict_merge_into")?;
                        self.emit(I::Drop);
                        continue;
                    };
                    self.emit(I::LocalGet(t));
                    self.expr(g, k)?;
                    self.expr(g, &item.value)?;
                    self.call_rt(g, "setitem")?;
                }
                self.emit(I::LocalGet(t));
            }
            Expr::Set(s) => self.set_display(g, s)?,
            Expr::SetComp(c) => self.set_comp(g, c)?,
            Expr::ListComp(c) => {
                self.list_comp(g, c.range, &c.generators, &c.elt, None, "<listcomp>")?
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => {
                    self.list_comp(g, c.range, &c.generators, k, Some(&c.value), "<dictcomp>")?
                }
                None => {
                    g.error(c.range, "** in dict comprehensions is not supported");
                    self.emit(I::I64Const(NONE));
                }
            },
            Expr::Generator(ge) if g.scopes.lazy_genexps.contains(&ge.range.start().to_u32()) => {
                self.genexp_value(g, ge)?
            }
            Expr::Named(nm) => {
                let Expr::Name(n) = &*nm.target else {
                    return Err("walrus target".into());
                };
                self.expr(g, &nm.value)?;
                let t = self.tmp(ValType::I64);
                self.emit(I::LocalTee(t));
                self.store_name(g, n.id.as_str(), n.range)?;
                self.emit(I::LocalGet(t));
            }
            Expr::Lambda(l) => {
                let defaults = l
                    .parameters
                    .as_deref()
                    .map(super::stmt::param_defaults)
                    .unwrap_or_default();
                let meta = g.declare_function(l.range, Body::Lambda(l))?;
                let scope = *g
                    .scopes
                    .by_start
                    .get(&l.range.start().to_u32())
                    .ok_or("scope")?;
                self.make_function(g, scope, &meta, &defaults, "<lambda>")?;
            }
            Expr::FString(f) => self.fstring(g, f)?,
            other => {
                let what = match other {
                    Expr::Generator(_) => {
                        "internal: a generator expression compiled inline outside its consumer"
                    }
                    Expr::Await(_) => "async/await is not supported",
                    Expr::Yield(_) | Expr::YieldFrom(_) => "generators (yield) are not supported",
                    Expr::Starred(_) => {
                        "starred expressions are only supported in assignment targets"
                    }
                    Expr::EllipsisLiteral(_) => "Ellipsis is not supported",
                    Expr::TString(_) => "template strings are not supported",
                    _ => "this expression is not supported",
                };
                g.error(other.range(), what);
                self.emit(I::I64Const(NONE));
            }
        }
        Ok(())
    }

    fn chained<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprCompare) -> R<()> {
        // a < b < c: each operand evaluated once, stop at the first false.
        let (l, r) = (self.tmp(ValType::I64), self.tmp(ValType::I64));
        self.block(BlockType::Result(ValType::I32));
        let out = self.depth;
        self.expr(g, &c.left)?;
        self.emit(I::LocalSet(l));
        for (i, (op, rhs)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(g, rhs)?;
            self.emit(I::LocalSet(r));
            self.emit(I::LocalGet(l));
            self.emit(I::LocalGet(r));
            self.cmp_op(g, *op)?;
            if i + 1 < c.ops.len() {
                let t = self.tmp(ValType::I32);
                self.emit(I::LocalTee(t));
                self.emit(I::I32Eqz);
                self.if_(BlockType::Empty);
                self.emit(I::I32Const(0));
                self.br(out);
                self.end();
                self.emit(I::LocalGet(r));
                self.emit(I::LocalSet(l));
            }
        }
        self.end();
        Ok(())
    }

    pub(super) fn sequence<'a>(&mut self, g: &mut Gen<'a>, elts: &'a [Expr], ctor: &str) -> R<()> {
        if elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            self.starred_list(g, elts)?;
            if ctor == "tuple_of" {
                self.call_rt(g, "tuple_from")?;
            }
            return Ok(());
        }
        self.emit(I::I32Const(elts.len() as i32));
        let f = g.rt(ctor)?;
        self.emit(I::Call(f));
        let (o, p) = (self.tmp(ValType::I32), self.tmp(ValType::I32));
        self.emit(I::LocalTee(o));
        if ctor == "list_of" {
            self.emit(I::I32Load(mem(off::LIST_ITEMS as u64, 2)));
        } else {
            self.emit(I::I32Const(off::TUPLE_ITEMS as i32));
            self.emit(I::I32Add);
        }
        self.emit(I::LocalSet(p));
        for (i, e) in elts.iter().enumerate() {
            self.emit(I::LocalGet(p));
            self.expr(g, e)?;
            self.emit(I::I64Store(mem(8 * i as u64, 3)));
        }
        self.emit(I::LocalGet(o));
        self.emit(I::I64ExtendI32U);
        Ok(())
    }

    /// A new list of `elts`, each `*x` among them spread in its place
    /// (`[*a, 1, *b]`, and `f(*a, *b)` where the call wants a tuple).
    pub(super) fn starred_list<'a>(&mut self, g: &mut Gen<'a>, elts: &'a [Expr]) -> R<()> {
        self.call_rt(g, "list_new")?;
        let l = self.tmp(ValType::I64);
        self.emit(I::LocalSet(l));
        for e in elts {
            self.emit(I::LocalGet(l));
            match e {
                Expr::Starred(s) => {
                    self.expr(g, &s.value)?;
                    self.call_rt(g, "m_extend")?;
                    self.emit(I::Drop);
                }
                _ => {
                    self.expr(g, e)?;
                    self.call_rt(g, "list_append")?;
                }
            }
        }
        self.emit(I::LocalGet(l));
        Ok(())
    }
}
