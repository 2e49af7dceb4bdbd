//! Inline fast paths for sequences (the scalar operators are fast.rs):
//! a list's or tuple's item at an in-range small int read or written, a
//! for-loop step over a list, tuple or deque, a tuple of the right length
//! unpacked. Each is guarded by the type and bounds checks the runtime
//! function would make first and falls back to it otherwise, so
//! semantics are unchanged.

use super::fast::is_object;
use super::fx::{mem, Fx, R};
use super::Gen;
use crate::layout::{field_offset as field, off, tag};
use wasm_encoder::{BlockType, Instruction as I, ValType};

/// Pushes i32 "local o is a list (or, with `tuple`, a list or a tuple)
/// and local k a small int in 0..len". Negative and out-of-range indices,
/// and every other type, are the runtime's.
fn seq_index_ok(fx: &mut Fx, o: u32, k: u32, tuple: bool) {
    fx.emit(I::LocalGet(k));
    fx.emit(I::I32WrapI64);
    fx.emit(I::I32Const(1));
    fx.emit(I::I32And);
    is_object(fx, o);
    fx.emit(I::I32And);
    fx.if_(BlockType::Result(ValType::I32));
    fx.emit(I::LocalGet(o));
    fx.emit(I::I32WrapI64);
    fx.emit(I::I32Load(mem(off::TAG as u64, 2)));
    let t = fx.tmp(ValType::I32);
    fx.emit(I::LocalTee(t));
    fx.emit(I::I32Const(tag::LIST as i32));
    fx.emit(I::I32Eq);
    if tuple {
        fx.emit(I::LocalGet(t));
        fx.emit(I::I32Const(tag::TUPLE as i32));
        fx.emit(I::I32Eq);
        fx.emit(I::I32Or);
    }
    // (k >> 1) <u len: a negative index is a huge unsigned one.
    fx.emit(I::LocalGet(k));
    fx.emit(I::I64Const(1));
    fx.emit(I::I64ShrS);
    fx.emit(I::LocalGet(o));
    fx.emit(I::I32WrapI64);
    fx.emit(I::I32Load(mem(off::SEQ_LEN as u64, 2)));
    fx.emit(I::I64ExtendI32U);
    fx.emit(I::I64LtU);
    fx.emit(I::I32And);
    fx.emit(I::Else);
    fx.emit(I::I32Const(0));
    fx.end();
}

/// Pushes the i32 address of item k of the list or tuple in local o
/// (seq_index_ok holds): a list's items are behind a pointer, a tuple's
/// inline.
fn seq_item_addr(fx: &mut Fx, o: u32, k: u32, tuple: bool) {
    fx.emit(I::LocalGet(o));
    fx.emit(I::I32WrapI64);
    fx.emit(I::I32Load(mem(off::LIST_ITEMS as u64, 2)));
    if tuple {
        // A tuple with an item at k is at least 16 bytes: the load above
        // stays inside it, and select keeps the inline address.
        fx.emit(I::LocalGet(o));
        fx.emit(I::I32WrapI64);
        fx.emit(I::I32Const(off::TUPLE_ITEMS as i32));
        fx.emit(I::I32Add);
        fx.emit(I::LocalGet(o));
        fx.emit(I::I32WrapI64);
        fx.emit(I::I32Load(mem(off::TAG as u64, 2)));
        fx.emit(I::I32Const(tag::LIST as i32));
        fx.emit(I::I32Eq);
        fx.emit(I::Select);
    }
    fx.emit(I::LocalGet(k));
    fx.emit(I::I64Const(1));
    fx.emit(I::I64ShrS);
    fx.emit(I::I32WrapI64);
    fx.emit(I::I32Const(3));
    fx.emit(I::I32Shl);
    fx.emit(I::I32Add);
}

/// `o[k]` with (o, k) on the stack: a list's or tuple's item at an
/// in-range small int read inline, anything else by getitem.
pub fn getitem(fx: &mut Fx, g: &mut Gen) -> R<()> {
    let (o, k) = (fx.tmp(ValType::I64), fx.tmp(ValType::I64));
    fx.emit(I::LocalSet(k));
    fx.emit(I::LocalSet(o));
    seq_index_ok(fx, o, k, true);
    fx.if_(BlockType::Result(ValType::I64));
    seq_item_addr(fx, o, k, true);
    fx.emit(I::I64Load(mem(0, 3)));
    fx.emit(I::Else);
    fx.emit(I::LocalGet(o));
    fx.emit(I::LocalGet(k));
    fx.call_rt(g, "getitem")?;
    fx.end();
    Ok(())
}

/// `o[k] = v` with (o, k, v) on the stack: a list's item at an in-range
/// small int stored inline, anything else by setitem.
pub fn setitem(fx: &mut Fx, g: &mut Gen) -> R<()> {
    let (o, k, v) = (
        fx.tmp(ValType::I64),
        fx.tmp(ValType::I64),
        fx.tmp(ValType::I64),
    );
    fx.emit(I::LocalSet(v));
    fx.emit(I::LocalSet(k));
    fx.emit(I::LocalSet(o));
    seq_index_ok(fx, o, k, false);
    fx.if_(BlockType::Empty);
    seq_item_addr(fx, o, k, false);
    fx.emit(I::LocalGet(v));
    fx.emit(I::I64Store(mem(0, 3)));
    fx.emit(I::Else);
    fx.emit(I::LocalGet(o));
    fx.emit(I::LocalGet(k));
    fx.emit(I::LocalGet(v));
    fx.call_rt(g, "setitem")?;
    fx.end();
    Ok(())
}

/// Pushes the i32 address whose tuple items are the n values of local v
/// unpacked (runtime unpack's contract, front/stmt.rs): a tuple of
/// exactly n items is its own address, without the call (`for k, v in
/// pairs`, `a, b = b, a`); anything else goes to unpack, which converts
/// and raises.
pub fn unpack(fx: &mut Fx, g: &mut Gen, v: u32, n: usize) -> R<()> {
    is_object(fx, v);
    fx.if_(BlockType::Result(ValType::I32));
    fx.emit(I::LocalGet(v));
    fx.emit(I::I32WrapI64);
    fx.emit(I::I32Load(mem(off::TAG as u64, 2)));
    fx.emit(I::I32Const(tag::TUPLE as i32));
    fx.emit(I::I32Eq);
    fx.emit(I::LocalGet(v));
    fx.emit(I::I32WrapI64);
    fx.emit(I::I32Load(mem(off::SEQ_LEN as u64, 2)));
    fx.emit(I::I32Const(n as i32));
    fx.emit(I::I32Eq);
    fx.emit(I::I32And);
    fx.emit(I::Else);
    fx.emit(I::I32Const(0));
    fx.end();
    fx.if_(BlockType::Result(ValType::I32));
    fx.emit(I::LocalGet(v));
    fx.emit(I::I32WrapI64);
    fx.emit(I::Else);
    fx.emit(I::LocalGet(v));
    fx.emit(I::I32Const(n as i32));
    fx.call_rt(g, "unpack")?;
    fx.end();
    Ok(())
}

/// Pushes the next value of the iterator in local `it`, 0 when it is
/// exhausted: a step over a list, tuple or deque (Iter.kind ITER_SEQ)
/// inline, as runtime next_ takes it (the length read at every step, so
/// a list grown in the loop is seen), anything else by next_.
pub fn next_item(fx: &mut Fx, g: &mut Gen, it: u32) -> R<()> {
    let (s, i) = (fx.tmp(ValType::I32), fx.tmp(ValType::I32));
    fx.block(BlockType::Result(ValType::I64));
    let done = fx.depth;
    // iter_ gives an Iter or a user object: an even pointer either way.
    fx.emit(I::LocalGet(it));
    fx.emit(I::I32WrapI64);
    fx.emit(I::I32Load(mem(off::TAG as u64, 2)));
    fx.emit(I::I32Const(tag::ITER as i32));
    fx.emit(I::I32Eq);
    fx.if_(BlockType::Empty);
    fx.emit(I::LocalGet(it));
    fx.emit(I::I32WrapI64);
    fx.emit(I::I32Load(mem(field("Iter", "kind"), 2)));
    fx.emit(I::I32Const(crate::layout::ITER_SEQ));
    fx.emit(I::I32Eq);
    fx.if_(BlockType::Empty);
    fx.emit(I::LocalGet(it));
    fx.emit(I::I32WrapI64);
    fx.emit(I::I64Load(mem(field("Iter", "src"), 3)));
    fx.emit(I::I32WrapI64);
    fx.emit(I::LocalSet(s));
    fx.emit(I::LocalGet(it));
    fx.emit(I::I32WrapI64);
    fx.emit(I::I32Load(mem(field("Iter", "i"), 2)));
    fx.emit(I::LocalTee(i));
    fx.emit(I::LocalGet(s));
    fx.emit(I::I32Load(mem(off::SEQ_LEN as u64, 2)));
    fx.emit(I::I32GeS);
    fx.if_(BlockType::Empty);
    fx.emit(I::I64Const(0));
    fx.br(done);
    fx.end();
    fx.emit(I::LocalGet(it));
    fx.emit(I::I32WrapI64);
    fx.emit(I::LocalGet(i));
    fx.emit(I::I32Const(1));
    fx.emit(I::I32Add);
    fx.emit(I::I32Store(mem(field("Iter", "i"), 2)));
    // A tuple's items are inline, a list's or deque's behind a pointer.
    fx.emit(I::LocalGet(s));
    fx.emit(I::I32Load(mem(off::LIST_ITEMS as u64, 2)));
    fx.emit(I::LocalGet(s));
    fx.emit(I::I32Const(off::TUPLE_ITEMS as i32));
    fx.emit(I::I32Add);
    fx.emit(I::LocalGet(s));
    fx.emit(I::I32Load(mem(off::TAG as u64, 2)));
    fx.emit(I::I32Const(tag::TUPLE as i32));
    fx.emit(I::I32Ne);
    fx.emit(I::Select);
    fx.emit(I::LocalGet(i));
    fx.emit(I::I32Const(3));
    fx.emit(I::I32Shl);
    fx.emit(I::I32Add);
    fx.emit(I::I64Load(mem(0, 3)));
    fx.br(done);
    fx.end();
    fx.end();
    fx.emit(I::LocalGet(it));
    fx.call_rt(g, "next_")?;
    fx.end();
    Ok(())
}
