//! Inline fast paths for operators on two small ints (tagged `(n << 1) | 1`)
//! and on two floats.
//! The runtime functions are correct for every type but cost a handful of
//! calls each (num_kind, typeof, intval, mkint); a loop of int arithmetic
//! spent most of its time there. Each fast path is guarded by "both
//! operands tagged" plus whatever rules out overflow or a raise, and falls
//! back to the runtime call otherwise, so semantics are unchanged.

use super::fx::{mem, Fx, R};
use super::Gen;
use crate::layout::{off, tag};
use ruff_python_ast::{CmpOp, Operator};
use wasm_encoder::{BlockType, Instruction as I, ValType};

/// Pushes i32 "a and b are both small ints".
fn both_tagged(fx: &mut Fx, a: u32, b: u32) {
    fx.emit(I::LocalGet(a));
    fx.emit(I::LocalGet(b));
    fx.emit(I::I64And);
    fx.emit(I::I32WrapI64);
    fx.emit(I::I32Const(1));
    fx.emit(I::I32And);
}

/// Pushes i32 "v (tagged) holds an int in [lo, hi]" (untagged bounds).
fn tagged_in(fx: &mut Fx, v: u32, lo: i64, hi: i64) {
    fx.emit(I::LocalGet(v));
    fx.emit(I::I64Const((lo << 1) | 1));
    fx.emit(I::I64Sub);
    fx.emit(I::I64Const((hi - lo) << 1));
    fx.emit(I::I64LeU);
}

/// Pushes i64 a ± (b - 1): the tagged sum or difference (wrapping).
fn add_sub(fx: &mut Fx, a: u32, b: u32, sub: bool) {
    fx.emit(I::LocalGet(a));
    fx.emit(I::LocalGet(b));
    fx.emit(I::I64Const(1));
    fx.emit(I::I64Sub);
    fx.emit(if sub { I::I64Sub } else { I::I64Add });
}

/// Two values on the stack → one i64, via a fast path when `op` has one.
/// Returns false (stack untouched) when it has none.
pub fn binop(fx: &mut Fx, g: &mut Gen, op: Operator, rt: &str) -> R<bool> {
    let int_path = matches!(
        op,
        Operator::Add
            | Operator::Sub
            | Operator::Mult
            | Operator::Mod
            | Operator::FloorDiv
            | Operator::RShift
            | Operator::BitAnd
            | Operator::BitOr
            | Operator::BitXor
    );
    let float_op = match op {
        Operator::Add => Some(I::F64Add),
        Operator::Sub => Some(I::F64Sub),
        Operator::Mult => Some(I::F64Mul),
        Operator::Div => Some(I::F64Div),
        _ => None,
    };
    if !int_path && float_op.is_none() {
        return Ok(false);
    }
    let (a, b) = (fx.tmp(ValType::I64), fx.tmp(ValType::I64));
    fx.emit(I::LocalSet(b));
    fx.emit(I::LocalSet(a));
    if !int_path {
        float_or_call(fx, g, a, b, float_op, op == Operator::Div, rt)?;
        return Ok(true);
    }
    both_tagged(fx, a, b);
    match op {
        Operator::Add | Operator::Sub => {
            // No signed overflow of the tagged arithmetic (ops.py's rule).
            let sub = op == Operator::Sub;
            let r = fx.tmp(ValType::I64);
            add_sub(fx, a, b, sub);
            fx.emit(I::LocalSet(r));
            fx.emit(I::LocalGet(a));
            fx.emit(I::LocalGet(r));
            fx.emit(I::I64Xor);
            if sub {
                fx.emit(I::LocalGet(a));
                fx.emit(I::LocalGet(b));
                fx.emit(I::I64Const(1));
                fx.emit(I::I64Sub);
            } else {
                fx.emit(I::LocalGet(b));
                fx.emit(I::I64Const(1));
                fx.emit(I::I64Sub);
                fx.emit(I::LocalGet(r));
            }
            fx.emit(I::I64Xor);
            fx.emit(I::I64And);
            fx.emit(I::I64Const(0));
            fx.emit(I::I64GeS);
            fx.emit(I::I32And);
        }
        Operator::Mult => {
            // |x|, |y| < 2**31: |x * y| < 2**62, the small-int range.
            let m = (1 << 31) - 1;
            tagged_in(fx, a, -m, m);
            fx.emit(I::I32And);
            tagged_in(fx, b, -m, m);
            fx.emit(I::I32And);
        }
        Operator::Mod | Operator::FloorDiv => {
            // x >= 0 and y > 0: truncating and floor division agree.
            tagged_in(fx, a, 0, i64::MAX >> 2);
            fx.emit(I::I32And);
            tagged_in(fx, b, 1, i64::MAX >> 2);
            fx.emit(I::I32And);
        }
        Operator::RShift => {
            tagged_in(fx, b, 0, 63);
            fx.emit(I::I32And);
        }
        _ => {}
    }
    fx.if_(BlockType::Result(ValType::I64));
    let untag = |fx: &mut Fx, v: u32| {
        fx.emit(I::LocalGet(v));
        fx.emit(I::I64Const(1));
        fx.emit(I::I64ShrS);
    };
    let retag = |fx: &mut Fx| {
        fx.emit(I::I64Const(1));
        fx.emit(I::I64Shl);
        fx.emit(I::I64Const(1));
        fx.emit(I::I64Or);
    };
    match op {
        Operator::Add | Operator::Sub => add_sub(fx, a, b, op == Operator::Sub),
        Operator::Mult => {
            untag(fx, a);
            untag(fx, b);
            fx.emit(I::I64Mul);
            retag(fx);
        }
        Operator::Mod | Operator::FloorDiv => {
            untag(fx, a);
            untag(fx, b);
            fx.emit(if op == Operator::Mod {
                I::I64RemU
            } else {
                I::I64DivU
            });
            retag(fx);
        }
        Operator::RShift => {
            fx.emit(I::LocalGet(a));
            untag(fx, b);
            fx.emit(I::I64ShrS);
            fx.emit(I::I64Const(1));
            fx.emit(I::I64Or);
        }
        Operator::BitAnd | Operator::BitOr | Operator::BitXor => {
            fx.emit(I::LocalGet(a));
            fx.emit(I::LocalGet(b));
            fx.emit(match op {
                Operator::BitAnd => I::I64And,
                Operator::BitOr => I::I64Or,
                _ => I::I64Xor,
            });
            fx.emit(I::I64Const(1));
            fx.emit(I::I64Or);
        }
        _ => unreachable!("filtered above"),
    }
    fx.emit(I::Else);
    float_or_call(fx, g, a, b, float_op, false, rt)?;
    fx.end();
    Ok(true)
}

/// Pushes i64 `a op b`: for two floats (`op` given) computed inline and
/// boxed by mkfloat, else by the runtime function `rt`. A float loop
/// spent most of its time in the calls add → add_slow → mkfloat and their
/// type checks; this leaves one call. `nonzero` (true division) sends a
/// zero divisor to `rt`, which raises ZeroDivisionError.
fn float_or_call(
    fx: &mut Fx,
    g: &mut Gen,
    a: u32,
    b: u32,
    op: Option<I<'static>>,
    nonzero: bool,
    rt: &str,
) -> R<()> {
    let Some(op) = op else {
        fx.emit(I::LocalGet(a));
        fx.emit(I::LocalGet(b));
        return fx.call_rt(g, rt);
    };
    both_floats(fx, a, b, nonzero);
    fx.if_(BlockType::Result(ValType::I64));
    for v in [a, b] {
        fx.emit(I::LocalGet(v));
        fx.emit(I::I32WrapI64);
        fx.emit(I::F64Load(mem(off::FLOAT_VALUE as u64, 3)));
    }
    fx.emit(op);
    fx.call_rt(g, "mkfloat")?;
    fx.emit(I::Else);
    fx.emit(I::LocalGet(a));
    fx.emit(I::LocalGet(b));
    fx.call_rt(g, rt)?;
    fx.end();
    Ok(())
}

/// Pushes i32 "a and b are both floats" (and, with `nonzero`, b != 0.0,
/// read only once b is known to be a float).
fn both_floats(fx: &mut Fx, a: u32, b: u32, nonzero: bool) {
    // One branch for both pointer checks (every + and < has this code).
    is_object(fx, a);
    is_object(fx, b);
    fx.emit(I::I32And);
    fx.if_(BlockType::Result(ValType::I32));
    for v in [a, b] {
        fx.emit(I::LocalGet(v));
        fx.emit(I::I32WrapI64);
        fx.emit(I::I32Load(mem(off::TAG as u64, 2)));
        fx.emit(I::I32Const(tag::FLOAT as i32));
        fx.emit(I::I32Eq);
    }
    fx.emit(I::I32And);
    fx.emit(I::Else);
    fx.emit(I::I32Const(0));
    fx.end();
    if nonzero {
        fx.if_(BlockType::Result(ValType::I32));
        fx.emit(I::LocalGet(b));
        fx.emit(I::I32WrapI64);
        fx.emit(I::F64Load(mem(off::FLOAT_VALUE as u64, 3)));
        fx.emit(I::F64Const(0.0f64.into()));
        fx.emit(I::F64Ne);
        fx.emit(I::Else);
        fx.emit(I::I32Const(0));
        fx.end();
    }
}

/// Two values on the stack → i32 comparison result, via a fast path for
/// the orderings and (in)equality of two small ints (tagging keeps order).
pub fn compare(fx: &mut Fx, g: &mut Gen, op: CmpOp, rt: &str) -> R<bool> {
    let (ins, fins) = match op {
        CmpOp::Lt => (I::I64LtS, I::F64Lt),
        CmpOp::LtE => (I::I64LeS, I::F64Le),
        CmpOp::Gt => (I::I64GtS, I::F64Gt),
        CmpOp::GtE => (I::I64GeS, I::F64Ge),
        CmpOp::Eq => (I::I64Eq, I::F64Eq),
        CmpOp::NotEq => (I::I64Ne, I::F64Ne),
        _ => return Ok(false),
    };
    let (a, b) = (fx.tmp(ValType::I64), fx.tmp(ValType::I64));
    fx.emit(I::LocalSet(b));
    fx.emit(I::LocalSet(a));
    both_tagged(fx, a, b);
    fx.if_(BlockType::Result(ValType::I32));
    fx.emit(I::LocalGet(a));
    fx.emit(I::LocalGet(b));
    fx.emit(ins);
    fx.emit(I::Else);
    // Two floats compare as IEEE doubles, as CPython's float_richcompare.
    both_floats(fx, a, b, false);
    fx.if_(BlockType::Result(ValType::I32));
    for v in [a, b] {
        fx.emit(I::LocalGet(v));
        fx.emit(I::I32WrapI64);
        fx.emit(I::F64Load(mem(off::FLOAT_VALUE as u64, 3)));
    }
    fx.emit(fins);
    fx.emit(I::Else);
    fx.emit(I::LocalGet(a));
    fx.emit(I::LocalGet(b));
    fx.call_rt(g, rt)?;
    fx.end();
    fx.end();
    Ok(true)
}

/// Pushes i32 "local v is a heap object": an even value from 8 up
/// (small ints are odd; None, False and True are the even values below 8).
pub fn is_object(fx: &mut Fx, v: u32) {
    fx.emit(I::LocalGet(v));
    fx.emit(I::I32WrapI64);
    fx.emit(I::I32Const(1));
    fx.emit(I::I32And);
    fx.emit(I::I32Eqz);
    fx.emit(I::LocalGet(v));
    fx.emit(I::I64Const(8));
    fx.emit(I::I64GeU);
    fx.emit(I::I32And);
}

/// Pushes i32 "local v is a heap object with tag t": the tag is read only
/// once v is known to be a pointer (a small int's bits are no address).
pub fn has_tag(fx: &mut Fx, v: u32, t: u32) {
    is_object(fx, v);
    fx.if_(BlockType::Result(ValType::I32));
    fx.emit(I::LocalGet(v));
    fx.emit(I::I32WrapI64);
    fx.emit(I::I32Load(mem(off::TAG as u64, 2)));
    fx.emit(I::I32Const(t as i32));
    fx.emit(I::I32Eq);
    fx.emit(I::Else);
    fx.emit(I::I32Const(0));
    fx.end();
}

/// Pushes i32 "local v holds a float".
pub fn is_float(fx: &mut Fx, v: u32) {
    has_tag(fx, v, tag::FLOAT);
}
