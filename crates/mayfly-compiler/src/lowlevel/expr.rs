//! Expressions of the runtime language. Integer literals take the type
//! their context needs (the other operand, the assigned local, the
//! parameter), defaulting to i32; comparisons are signed and give i32.

use super::{FnState, LResult, Linker};
use crate::module::Module;
use ruff_python_ast::{self as ast, CmpOp, Expr, Number, Operator, UnaryOp};
use wasm_encoder::{BlockType, Instruction as I, MemArg, ValType};

pub struct Cx<'a> {
    pub l: &'a mut Linker,
    pub m: &'a mut Module,
    pub f: FnState,
}

fn mem(align: u32) -> MemArg {
    MemArg {
        offset: 0,
        align,
        memory_index: 0,
    }
}

impl Cx<'_> {
    /// The type an expression has on its own (None: an untyped literal).
    pub fn type_of(&mut self, e: &Expr) -> LResult<Option<ValType>> {
        Ok(match e {
            Expr::NumberLiteral(n) => match n.value {
                Number::Float(_) => Some(ValType::F64),
                _ => None,
            },
            Expr::StringLiteral(_) => Some(ValType::I32),
            Expr::Name(n) => {
                let name = n.id.as_str();
                if let Some((_, t)) = self.f.local(name) {
                    Some(t)
                } else if let Some((_, t)) = self.l.global(self.m, name)? {
                    Some(t)
                } else {
                    None // constant
                }
            }
            Expr::BinOp(b) => match self.type_of(&b.left)? {
                Some(t) => Some(t),
                None => self.type_of(&b.right)?,
            },
            Expr::UnaryOp(u) => match u.op {
                UnaryOp::Not => Some(ValType::I32),
                _ => self.type_of(&u.operand)?,
            },
            Expr::Compare(_) | Expr::BoolOp(_) => Some(ValType::I32),
            Expr::If(i) => match self.type_of(&i.body)? {
                Some(t) => Some(t),
                None => self.type_of(&i.orelse)?,
            },
            Expr::Call(c) => {
                let Expr::Name(n) = &*c.func else {
                    return Err("runtime: bad call".into());
                };
                self.call_type(n.id.as_str(), &c.arguments.args)?
            }
            Expr::Subscript(_) => match super::record::field_ref(e)? {
                Some(r) => Some(super::record::field_type(r.field)),
                None => return Err("runtime: subscript of something not a record field".into()),
            },
            Expr::Attribute(_) => None, // Record.SIZE, a constant
            _ => return Err("runtime: unsupported expression".into()),
        })
    }

    fn call_type(&mut self, name: &str, args: &[Expr]) -> LResult<Option<ValType>> {
        let arg0 = |cx: &mut Self| -> LResult<Option<ValType>> {
            match args.first() {
                Some(a) => cx.type_of(a),
                None => Ok(None),
            }
        };
        Ok(match name {
            "load8" | "load16" | "load32" | "i32" | "memsize" | "memgrow" | "static_" | "blob_"
            | "ltu" | "leu" | "gtu" | "geu" | "feq" | "typeof" => Some(ValType::I32),
            "load64" | "i64" | "u64" | "bits" | "call_ind" => Some(ValType::I64),
            "loadf" | "f64" | "fbits" | "sqrt" | "floor" | "ceil" | "ftrunc" | "fabs"
            | "fnearest" | "copysign" => Some(ValType::F64),
            "shru" | "divu" | "remu" | "clz" | "ctz" | "rotl" | "rotr" => {
                arg0(self)?.or(Some(ValType::I32))
            }
            _ => {
                let idx = self.l.func(self.m, name)?;
                self.m.sig(idx).1.first().copied()
            }
        })
    }

    /// Compiles `e`, leaving one value (or none for void calls).
    pub fn expr(&mut self, e: &Expr, want: Option<ValType>) -> LResult<Option<ValType>> {
        match e {
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => {
                    let v = i.as_i64().ok_or("runtime: literal too big")?;
                    match want.unwrap_or(ValType::I32) {
                        ValType::I64 => self.f.emit(I::I64Const(v)),
                        ValType::F64 => self.f.emit(I::F64Const((v as f64).into())),
                        _ => self.f.emit(I::I32Const(v as i32)),
                    }
                    Ok(Some(want.unwrap_or(ValType::I32)))
                }
                Number::Float(x) => {
                    self.f.emit(I::F64Const((*x).into()));
                    Ok(Some(ValType::F64))
                }
                _ => Err("runtime: complex".into()),
            },
            Expr::StringLiteral(s) => {
                let a = self.m.str_const(s.value.to_str());
                self.f.emit(I::I32Const(a as i32));
                Ok(Some(ValType::I32))
            }
            Expr::BooleanLiteral(b) => {
                self.f.emit(I::I32Const(b.value as i32));
                Ok(Some(ValType::I32))
            }
            Expr::Name(n) => self.name(n.id.as_str(), want),
            Expr::BinOp(b) => self.binop(b, want),
            Expr::UnaryOp(u) => self.unary(u, want),
            Expr::Compare(c) => self.compare(c),
            Expr::BoolOp(b) => self.boolop(b),
            Expr::If(i) => {
                let t = self.type_of(e)?.or(want).unwrap_or(ValType::I32);
                self.cond(&i.test)?;
                self.f.emit(I::If(BlockType::Result(t)));
                self.f.depth += 1;
                self.expr(&i.body, Some(t))?;
                self.f.emit(I::Else);
                self.expr(&i.orelse, Some(t))?;
                self.f.emit(I::End);
                self.f.depth -= 1;
                Ok(Some(t))
            }
            Expr::Call(c) => self.call(c, want),
            Expr::Subscript(_) => match super::record::field_ref(e)? {
                Some(r) => self.load_field(&r),
                None => Err("runtime: subscript of something not a record field".into()),
            },
            Expr::Attribute(a) => match super::record::record_size(a)? {
                Some(v) => self.constant_value(v, want),
                None => Err("runtime: attribute of something not a record".into()),
            },
            _ => Err("runtime: unsupported expression".into()),
        }
    }

    /// Compiles a condition to an i32 (non-zero is true).
    pub fn cond(&mut self, e: &Expr) -> LResult<()> {
        match self.expr(e, Some(ValType::I32))? {
            Some(ValType::I32) => Ok(()),
            Some(ValType::I64) => {
                self.f.emit(I::I64Const(0));
                self.f.emit(I::I64Ne);
                Ok(())
            }
            _ => Err("runtime: bad condition type".into()),
        }
    }

    fn name(&mut self, name: &str, want: Option<ValType>) -> LResult<Option<ValType>> {
        if let Some((i, t)) = self.f.local(name) {
            self.f.emit(I::LocalGet(i));
            return Ok(Some(t));
        }
        if let Some((g, t)) = self.l.global(self.m, name)? {
            self.f.emit(I::GlobalGet(g));
            return Ok(Some(t));
        }
        if let Some(v) = self.l.constant(name) {
            return self.constant_value(v, want);
        }
        Err(format!("runtime: unknown name {name}"))
    }

    /// A named constant takes the type its context wants (i32 by default).
    fn constant_value(&mut self, v: i64, want: Option<ValType>) -> LResult<Option<ValType>> {
        let t = want.unwrap_or(ValType::I32);
        match t {
            ValType::I64 => self.f.emit(I::I64Const(v)),
            ValType::F64 => self.f.emit(I::F64Const((v as f64).into())),
            _ => self.f.emit(I::I32Const(v as i32)),
        }
        Ok(Some(t))
    }

    fn binop(&mut self, b: &ast::ExprBinOp, want: Option<ValType>) -> LResult<Option<ValType>> {
        let t = match self.type_of(&b.left)? {
            Some(t) => t,
            None => self.type_of(&b.right)?.or(want).unwrap_or(ValType::I32),
        };
        self.expr(&b.left, Some(t))?;
        self.expr(&b.right, Some(t))?;
        use Operator::*;
        let ins = match (t, b.op) {
            (ValType::I32, Add) => I::I32Add,
            (ValType::I32, Sub) => I::I32Sub,
            (ValType::I32, Mult) => I::I32Mul,
            (ValType::I32, Div) => I::I32DivS,
            (ValType::I32, Mod) => I::I32RemS,
            (ValType::I32, BitAnd) => I::I32And,
            (ValType::I32, BitOr) => I::I32Or,
            (ValType::I32, BitXor) => I::I32Xor,
            (ValType::I32, LShift) => I::I32Shl,
            (ValType::I32, RShift) => I::I32ShrS,
            (ValType::I64, Add) => I::I64Add,
            (ValType::I64, Sub) => I::I64Sub,
            (ValType::I64, Mult) => I::I64Mul,
            (ValType::I64, Div) => I::I64DivS,
            (ValType::I64, Mod) => I::I64RemS,
            (ValType::I64, BitAnd) => I::I64And,
            (ValType::I64, BitOr) => I::I64Or,
            (ValType::I64, BitXor) => I::I64Xor,
            (ValType::I64, LShift) => I::I64Shl,
            (ValType::I64, RShift) => I::I64ShrS,
            (ValType::F64, Add) => I::F64Add,
            (ValType::F64, Sub) => I::F64Sub,
            (ValType::F64, Mult) => I::F64Mul,
            (ValType::F64, Div) => I::F64Div,
            _ => return Err(format!("runtime: operator {:?} on {t:?}", b.op)),
        };
        self.f.emit(ins);
        Ok(Some(t))
    }

    fn unary(&mut self, u: &ast::ExprUnaryOp, want: Option<ValType>) -> LResult<Option<ValType>> {
        match u.op {
            UnaryOp::Not => {
                self.cond(&u.operand)?;
                self.f.emit(I::I32Eqz);
                Ok(Some(ValType::I32))
            }
            UnaryOp::USub => {
                if let Expr::NumberLiteral(_) = &*u.operand {
                    let t = want.unwrap_or(ValType::I32);
                    match t {
                        ValType::I64 => self.f.emit(I::I64Const(0)),
                        ValType::F64 => self.f.emit(I::F64Const(0.0.into())),
                        _ => self.f.emit(I::I32Const(0)),
                    }
                    if t == ValType::F64 {
                        // -0.0 vs 0.0 - x: negate properly.
                        self.f.body.pop();
                        self.expr(&u.operand, Some(t))?;
                        self.f.emit(I::F64Neg);
                        return Ok(Some(t));
                    }
                    self.expr(&u.operand, Some(t))?;
                    self.f.emit(if t == ValType::I64 {
                        I::I64Sub
                    } else {
                        I::I32Sub
                    });
                    return Ok(Some(t));
                }
                let t = self.type_of(&u.operand)?.or(want).unwrap_or(ValType::I32);
                match t {
                    ValType::F64 => {
                        self.expr(&u.operand, Some(t))?;
                        self.f.emit(I::F64Neg);
                    }
                    ValType::I64 => {
                        self.f.emit(I::I64Const(0));
                        self.expr(&u.operand, Some(t))?;
                        self.f.emit(I::I64Sub);
                    }
                    _ => {
                        self.f.emit(I::I32Const(0));
                        self.expr(&u.operand, Some(t))?;
                        self.f.emit(I::I32Sub);
                    }
                }
                Ok(Some(t))
            }
            UnaryOp::Invert => {
                let t = self.type_of(&u.operand)?.or(want).unwrap_or(ValType::I32);
                self.expr(&u.operand, Some(t))?;
                if t == ValType::I64 {
                    self.f.emit(I::I64Const(-1));
                    self.f.emit(I::I64Xor);
                } else {
                    self.f.emit(I::I32Const(-1));
                    self.f.emit(I::I32Xor);
                }
                Ok(Some(t))
            }
            UnaryOp::UAdd => self.expr(&u.operand, want),
        }
    }

    fn compare(&mut self, c: &ast::ExprCompare) -> LResult<Option<ValType>> {
        if c.ops.len() != 1 {
            return Err("runtime: chained comparison".into());
        }
        let r = &c.comparators[0];
        let t = match self.type_of(&c.left)? {
            Some(t) => t,
            None => self.type_of(r)?.unwrap_or(ValType::I32),
        };
        self.expr(&c.left, Some(t))?;
        self.expr(r, Some(t))?;
        use CmpOp::*;
        let ins = match (t, c.ops[0]) {
            (ValType::I32, Eq) => I::I32Eq,
            (ValType::I32, NotEq) => I::I32Ne,
            (ValType::I32, Lt) => I::I32LtS,
            (ValType::I32, LtE) => I::I32LeS,
            (ValType::I32, Gt) => I::I32GtS,
            (ValType::I32, GtE) => I::I32GeS,
            (ValType::I64, Eq) => I::I64Eq,
            (ValType::I64, NotEq) => I::I64Ne,
            (ValType::I64, Lt) => I::I64LtS,
            (ValType::I64, LtE) => I::I64LeS,
            (ValType::I64, Gt) => I::I64GtS,
            (ValType::I64, GtE) => I::I64GeS,
            (ValType::F64, Eq) => I::F64Eq,
            (ValType::F64, NotEq) => I::F64Ne,
            (ValType::F64, Lt) => I::F64Lt,
            (ValType::F64, LtE) => I::F64Le,
            (ValType::F64, Gt) => I::F64Gt,
            (ValType::F64, GtE) => I::F64Ge,
            _ => return Err("runtime: bad comparison".into()),
        };
        self.f.emit(ins);
        Ok(Some(ValType::I32))
    }

    /// `and`/`or` short-circuit; the result is a truth value (i32).
    fn boolop(&mut self, b: &ast::ExprBoolOp) -> LResult<Option<ValType>> {
        let and = matches!(b.op, ast::BoolOp::And);
        self.cond(&b.values[0])?;
        for v in &b.values[1..] {
            self.f.emit(I::If(BlockType::Result(ValType::I32)));
            self.f.depth += 1;
            if and {
                self.cond(v)?;
                self.f.emit(I::I32Const(0));
                self.f.emit(I::I32Ne);
                self.f.emit(I::Else);
                self.f.emit(I::I32Const(0));
            } else {
                self.f.emit(I::I32Const(1));
                self.f.emit(I::Else);
                self.cond(v)?;
                self.f.emit(I::I32Const(0));
                self.f.emit(I::I32Ne);
            }
            self.f.emit(I::End);
            self.f.depth -= 1;
        }
        Ok(Some(ValType::I32))
    }

    fn args(&mut self, args: &[Expr], types: &[ValType]) -> LResult<()> {
        if args.len() != types.len() {
            return Err(format!("runtime: expected {} args", types.len()));
        }
        for (a, t) in args.iter().zip(types) {
            let got = self.expr(a, Some(*t))?;
            if got != Some(*t) {
                return Err(format!("runtime: arg type {got:?}, want {t:?}"));
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &ast::ExprCall, want: Option<ValType>) -> LResult<Option<ValType>> {
        let Expr::Name(n) = &*c.func else {
            return Err("runtime: bad call".into());
        };
        let name = n.id.as_str();
        let args = &c.arguments.args[..];
        let a0 = |cx: &mut Self| -> LResult<ValType> {
            let t = cx.type_of(&args[0])?.or(want).unwrap_or(ValType::I32);
            cx.expr(&args[0], Some(t))?;
            Ok(t)
        };
        use ValType::*;
        let simple = |cx: &mut Self, ts: &[ValType], ins: I<'static>, r: Option<ValType>| {
            cx.args(args, ts)?;
            cx.f.emit(ins);
            Ok(r)
        };
        if let Some(r) = self.memory_op(name, args)? {
            return Ok(r);
        }
        match name {
            "memcopy" => simple(
                self,
                &[I32, I32, I32],
                I::MemoryCopy {
                    src_mem: 0,
                    dst_mem: 0,
                },
                None,
            ),
            "memfill" => simple(self, &[I32, I32, I32], I::MemoryFill(0), None),
            // typeof(v): the value's type code (see core.py). Inline, not
            // a function: the runtime asks almost every value its type,
            // and the call was the hottest function of a Flask request
            // (7% of the msisdn lifecycle).
            "typeof" => {
                self.args(args, &[I64])?;
                let konst = |cx: &Self, n: &str| {
                    cx.l.constant(n)
                        .ok_or_else(|| format!("runtime: typeof needs the constant {n}"))
                };
                let (int, none, boolean, none_value) = (
                    konst(self, "T_INT")?,
                    konst(self, "T_NONE")?,
                    konst(self, "T_BOOL")?,
                    konst(self, "NONE")?,
                );
                let v = match self.f.local("__typeof_arg") {
                    Some((v, _)) => v,
                    None => self.f.add_local("__typeof_arg", I64),
                };
                self.f.emit(I::LocalTee(v));
                self.f.emit(I::I64Const(1));
                self.f.emit(I::I64And);
                self.f.emit(I::I32WrapI64);
                self.f.emit(I::If(BlockType::Result(I32)));
                self.f.emit(I::I32Const(int as i32));
                self.f.emit(I::Else);
                self.f.emit(I::LocalGet(v));
                self.f.emit(I::I64Const(8));
                self.f.emit(I::I64LtS);
                self.f.emit(I::If(BlockType::Result(I32)));
                self.f.emit(I::I32Const(none as i32));
                self.f.emit(I::I32Const(boolean as i32));
                self.f.emit(I::LocalGet(v));
                self.f.emit(I::I64Const(none_value));
                self.f.emit(I::I64Eq);
                self.f.emit(I::Select);
                self.f.emit(I::Else);
                self.f.emit(I::LocalGet(v));
                self.f.emit(I::I32WrapI64);
                self.f.emit(I::I32Load(mem(2)));
                self.f.emit(I::End);
                self.f.emit(I::End);
                Ok(Some(I32))
            }
            "memsize" => simple(self, &[], I::MemorySize(0), Some(I32)),
            "memgrow" => simple(self, &[I32], I::MemoryGrow(0), Some(I32)),
            "unreachable" => simple(self, &[], I::Unreachable, None),
            "bits" => simple(self, &[F64], I::I64ReinterpretF64, Some(I64)),
            "fbits" => simple(self, &[I64], I::F64ReinterpretI64, Some(F64)),
            "sqrt" => simple(self, &[F64], I::F64Sqrt, Some(F64)),
            "floor" => simple(self, &[F64], I::F64Floor, Some(F64)),
            "ceil" => simple(self, &[F64], I::F64Ceil, Some(F64)),
            "ftrunc" => simple(self, &[F64], I::F64Trunc, Some(F64)),
            "fabs" => simple(self, &[F64], I::F64Abs, Some(F64)),
            "fnearest" => simple(self, &[F64], I::F64Nearest, Some(F64)),
            "copysign" => simple(self, &[F64, F64], I::F64Copysign, Some(F64)),
            "u64" => simple(self, &[I32], I::I64ExtendI32U, Some(I64)),
            "call_ind" => {
                self.args(args, &[I32, I32, I32, I32])?;
                let dispatch = self.m.dispatcher();
                self.f.emit(I::Call(dispatch));
                Ok(Some(I64))
            }
            "static_" => {
                // The size: a number or a record's SIZE.
                let n = match args.first() {
                    Some(Expr::NumberLiteral(n)) => match &n.value {
                        Number::Int(i) => i.as_i64().ok_or("runtime: static_")?,
                        _ => return Err("runtime: static_".into()),
                    },
                    Some(Expr::Attribute(a)) => {
                        super::record::record_size(a)?.ok_or("runtime: static_ size")?
                    }
                    _ => return Err("runtime: static_ size".into()),
                };
                // A scratch buffer per call site, taken from the arena on
                // first use instead of reserved in the image: zero bytes in
                // the image still cost a memset per request, and most
                // programs never reach most buffers (bignum, sort, fmt).
                let n = n as i32;
                let g = self.m.global(I32, 0);
                let alloc = self.l.func(self.m, "alloc")?;
                self.f.emit(I::GlobalGet(g));
                self.f.emit(I::I32Eqz);
                self.f.emit(I::If(BlockType::Empty));
                self.f.emit(I::I32Const(n));
                self.f.emit(I::Call(alloc));
                self.f.emit(I::GlobalSet(g));
                self.f.emit(I::End);
                self.f.emit(I::GlobalGet(g));
                Ok(Some(I32))
            }
            "blob_" => {
                let Some(Expr::StringLiteral(s)) = args.first() else {
                    return Err("runtime: blob_ name".into());
                };
                let name = s.value.to_str();
                let bytes = super::blob_bytes(name).ok_or(format!("runtime: no blob {name}"))?;
                let at = self.m.blob(name, bytes);
                self.f.emit(I::I32Const(at as i32));
                Ok(Some(I32))
            }
            "i64" => {
                match self.type_of(&args[0])? {
                    Some(F64) => {
                        self.expr(&args[0], Some(F64))?;
                        self.f.emit(I::I64TruncSatF64S);
                    }
                    Some(I64) => {
                        self.expr(&args[0], Some(I64))?;
                    }
                    None => {
                        self.expr(&args[0], Some(I64))?;
                    }
                    _ => {
                        self.expr(&args[0], Some(I32))?;
                        self.f.emit(I::I64ExtendI32S);
                    }
                }
                Ok(Some(I64))
            }
            "i32" => {
                match self.type_of(&args[0])? {
                    Some(I64) => {
                        self.expr(&args[0], Some(I64))?;
                        self.f.emit(I::I32WrapI64);
                    }
                    Some(F64) => {
                        self.expr(&args[0], Some(F64))?;
                        self.f.emit(I::I32TruncSatF64S);
                    }
                    _ => {
                        self.expr(&args[0], Some(I32))?;
                    }
                }
                Ok(Some(I32))
            }
            "f64" => {
                match self.type_of(&args[0])? {
                    Some(I64) => {
                        self.expr(&args[0], Some(I64))?;
                        self.f.emit(I::F64ConvertI64S);
                    }
                    Some(F64) => {
                        self.expr(&args[0], Some(F64))?;
                    }
                    _ => {
                        self.expr(&args[0], Some(I32))?;
                        self.f.emit(I::F64ConvertI32S);
                    }
                }
                Ok(Some(F64))
            }
            "ltu" | "leu" | "gtu" | "geu" | "shru" | "divu" | "remu" => {
                let t = match self.type_of(&args[0])? {
                    Some(t) => t,
                    None => self.type_of(&args[1])?.unwrap_or(I32),
                };
                self.args(args, &[t, t])?;
                let is64 = t == I64;
                let ins = match (name, is64) {
                    ("ltu", false) => I::I32LtU,
                    ("leu", false) => I::I32LeU,
                    ("gtu", false) => I::I32GtU,
                    ("geu", false) => I::I32GeU,
                    ("shru", false) => I::I32ShrU,
                    ("divu", false) => I::I32DivU,
                    ("remu", false) => I::I32RemU,
                    ("ltu", true) => I::I64LtU,
                    ("leu", true) => I::I64LeU,
                    ("gtu", true) => I::I64GtU,
                    ("geu", true) => I::I64GeU,
                    ("shru", true) => I::I64ShrU,
                    ("divu", true) => I::I64DivU,
                    _ => I::I64RemU,
                };
                self.f.emit(ins);
                Ok(Some(if name.len() == 3 && name != "shru" {
                    I32
                } else {
                    t
                }))
                .map(|r| {
                    if matches!(name, "shru" | "divu" | "remu") {
                        Some(t)
                    } else {
                        r
                    }
                })
            }
            "rotl" | "rotr" => {
                // Rotations (the hash rounds): i32 or i64 as the first
                // operand is, the count of the same type.
                let t = match self.type_of(&args[0])? {
                    Some(t) => t,
                    None => self.type_of(&args[1])?.unwrap_or(I32),
                };
                self.args(args, &[t, t])?;
                self.f.emit(match (name, t) {
                    ("rotl", I64) => I::I64Rotl,
                    ("rotr", I64) => I::I64Rotr,
                    ("rotl", _) => I::I32Rotl,
                    _ => I::I32Rotr,
                });
                Ok(Some(t))
            }
            "clz" | "ctz" => {
                let t = a0(self)?;
                self.f.emit(match (name, t) {
                    ("clz", I64) => I::I64Clz,
                    ("ctz", I64) => I::I64Ctz,
                    ("clz", _) => I::I32Clz,
                    _ => I::I32Ctz,
                });
                Ok(Some(t))
            }
            _ => {
                let idx = self.l.func(self.m, name)?;
                let (params, results) = self.m.sig(idx).clone();
                self.args(args, &params)?;
                self.f.emit(I::Call(idx));
                Ok(results.first().copied())
            }
        }
    }
}
