//! The generic entry of every user function: what calls through a
//! function value reach (runtime dispatch with an argument array).

use super::fx::{mem, Fx, R};
use super::{build_function, FuncMeta, Gen};
use crate::layout::off;
use wasm_encoder::{BlockType, Function, Instruction as I, ValType};

/// The entry used by dynamic calls: (env, args ptr, nargs) → checks the
/// count, fills defaults from the function object, packs the extra
/// arguments into the *args tuple and takes the **kwargs dict call_kw
/// left (runtime/kwcall.py), calls the direct entry.
pub fn generic_entry(g: &mut Gen, meta: &FuncMeta) -> R<Function> {
    let n = meta.npos as i32;
    let min = n - meta.ndefaults as i32;
    let mut fx = Fx::new(0, 3, None);
    let kwargs = fx.tmp(ValType::I64);
    if meta.kwarg {
        // First, before anything can make another call.
        let take = g.rt("take_kwargs")?;
        fx.emit(I::Call(take));
        fx.emit(I::LocalSet(kwargs));
    }
    let bad = g.rt("arity_error")?;
    fx.emit(I::LocalGet(2));
    fx.emit(I::I32Const(min));
    fx.emit(I::I32LtS);
    if !meta.vararg {
        fx.emit(I::LocalGet(2));
        fx.emit(I::I32Const(n));
        fx.emit(I::I32GtS);
        fx.emit(I::I32Or);
    }
    fx.if_(BlockType::Empty);
    fx.emit(I::LocalGet(0));
    fx.emit(I::LocalGet(2));
    fx.emit(I::Call(bad));
    fx.emit(I::I64Const(0));
    fx.emit(I::Return);
    fx.end();
    fx.emit(I::LocalGet(0));
    for i in 0..n {
        if i < min {
            fx.emit(I::LocalGet(1));
            fx.emit(I::I64Load(mem(8 * i as u64, 3)));
        } else {
            // nargs > i ? args[i] : defaults[i - min]
            fx.emit(I::LocalGet(2));
            fx.emit(I::I32Const(i));
            fx.emit(I::I32GtS);
            fx.if_(BlockType::Result(ValType::I64));
            fx.emit(I::LocalGet(1));
            fx.emit(I::I64Load(mem(8 * i as u64, 3)));
            fx.emit(I::Else);
            fx.emit(I::LocalGet(0));
            fx.emit(I::I32Load(mem(off::FUNC_DEFAULTS as u64, 2)));
            fx.emit(I::I64Load(mem(8 * (i - min) as u64, 3)));
            fx.end();
        }
    }
    if meta.nkw > 0 {
        // The keyword-only values call_kw bound (or their defaults).
        let take = g.rt("take_kwonly")?;
        let kv = fx.tmp(ValType::I32);
        fx.emit(I::LocalGet(0));
        fx.emit(I::Call(take));
        fx.emit(I::LocalSet(kv));
        // A required one was missing: TypeError is pending.
        let exc = g.rt_global("exc")?;
        fx.emit(I::GlobalGet(exc));
        fx.emit(I::I64Const(0));
        fx.emit(I::I64Ne);
        fx.if_(BlockType::Empty);
        fx.emit(I::I64Const(0));
        fx.emit(I::Return);
        fx.end();
        for k in 0..meta.nkw {
            fx.emit(I::LocalGet(kv));
            fx.emit(I::I64Load(mem(8 * k as u64, 3)));
        }
    }
    if meta.vararg {
        let pack = g.rt("varargs")?;
        fx.emit(I::LocalGet(1));
        fx.emit(I::LocalGet(2));
        fx.emit(I::I32Const(n));
        fx.emit(I::Call(pack));
    }
    if meta.kwarg {
        fx.emit(I::LocalGet(kwargs));
    }
    fx.emit(I::Call(meta.direct));
    fx.emit(I::End);
    let (locals, body) = fx.into_parts();
    Ok(build_function(&locals, &body))
}
