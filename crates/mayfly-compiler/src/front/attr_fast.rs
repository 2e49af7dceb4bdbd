//! Attribute inline-cache hits compiled inline. An attribute site's
//! cache (runtime/attrs.py, AttrCache) maps an instance shape to a slot;
//! attrs.py's getattr_ic and setattr_ic check it first, but reaching
//! them is a call, and a typeof call inside, per attribute: most of a
//! float-heavy method's time. Here the hit (an instance of the cached
//! shape, the cache current, a slot index) is a few loads and compares
//! in the compiled code; anything else calls getattr_ic / setattr_ic as
//! before, so semantics are theirs.

use super::fx::{mem, Fx, R};
use super::Gen;
use crate::layout::{field_offset as field, off, tag};
use wasm_encoder::{BlockType, Instruction as I, ValType};

/// What an inline-cache hit is checked for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Hit {
    Load,
    Store,
    Method,
}

impl Fx {
    /// Pushes i32 "local o is an instance of the shape cache ic holds,
    /// the cache is current and names a slot" (for a store, also "and
    /// the store adds no attribute": the cache's next shape is 0; for a
    /// method, "names the class's function" instead of a slot).
    pub(super) fn ic_hit(&mut self, g: &mut Gen, o: u32, ic: u32, kind: Hit) -> R<()> {
        let version = g.rt_global("method_version")?;
        super::fast::has_tag(self, o, tag::INST);
        // Only an instance is known to have the shape field.
        self.if_(BlockType::Result(ValType::I32));
        self.emit(I::LocalGet(o));
        self.emit(I::I32WrapI64);
        self.emit(I::I32Load(mem(field("Inst", "shape"), 2)));
        self.ic_load(ic, "shape");
        self.emit(I::I32Eq);
        self.ic_load(ic, "version");
        self.emit(I::GlobalGet(version));
        self.emit(I::I32Eq);
        self.emit(I::I32And);
        self.ic_load(ic, "index");
        self.emit(I::I32Const(0));
        self.emit(if kind == Hit::Method {
            I::I32LtS
        } else {
            I::I32GeS
        });
        self.emit(I::I32And);
        if kind == Hit::Store {
            self.ic_load(ic, "next");
            self.emit(I::I32Eqz);
            self.emit(I::I32And);
        }
        self.emit(I::Else);
        self.emit(I::I32Const(0));
        self.end();
        Ok(())
    }

    /// Pushes the i32 field of the AttrCache at (static) address ic.
    fn ic_load(&mut self, ic: u32, name: &str) {
        self.emit(I::I32Const(0));
        self.emit(I::I32Load(mem(ic as u64 + field("AttrCache", name), 2)));
    }

    /// Pushes the i32 address of o's slot that cache ic names.
    pub(super) fn ic_slot(&mut self, o: u32, ic: u32) {
        self.emit(I::LocalGet(o));
        self.emit(I::I32WrapI64);
        self.emit(I::I32Load(mem(field("Inst", "slots"), 2)));
        self.ic_load(ic, "index");
        self.emit(I::I32Const(3));
        self.emit(I::I32Shl);
        self.emit(I::I32Add);
    }

    /// `o.name` (o in a local) through cache ic: pushes the value. A hit
    /// on an empty slot (a deleted attribute) goes to getattr_ic too.
    pub fn getattr_cached(&mut self, g: &mut Gen, o: u32, name: u32, ic: u32) -> R<()> {
        self.block(BlockType::Result(ValType::I64));
        let done = self.depth;
        self.ic_hit(g, o, ic, Hit::Load)?;
        self.if_(BlockType::Empty);
        self.ic_slot(o, ic);
        self.emit(I::I64Load(mem(0, 3)));
        let v = self.tmp(ValType::I64);
        self.emit(I::LocalTee(v));
        self.emit(I::LocalGet(v));
        self.emit(I::I64Const(0));
        self.emit(I::I64Ne);
        self.br_if(done);
        self.emit(I::Drop);
        self.end();
        self.emit(I::LocalGet(o));
        self.emit(I::I32Const(name as i32));
        self.emit(I::I32Const(ic as i32));
        let f = g.rt("getattr_ic")?;
        self.emit(I::Call(f));
        self.end();
        self.user_call_done(g)
    }

    /// `o.name = v` (both in locals) through cache ic.
    pub fn setattr_cached(&mut self, g: &mut Gen, o: u32, name: u32, v: u32, ic: u32) -> R<()> {
        self.ic_hit(g, o, ic, Hit::Store)?;
        self.if_(BlockType::Empty);
        self.ic_slot(o, ic);
        self.emit(I::LocalGet(v));
        self.emit(I::I64Store(mem(0, 3)));
        self.emit(I::Else);
        self.emit(I::LocalGet(o));
        self.emit(I::I32Const(name as i32));
        self.emit(I::LocalGet(v));
        self.emit(I::I32Const(ic as i32));
        let f = g.rt("setattr_ic")?;
        self.emit(I::Call(f));
        self.end();
        self.user_call_done(g)
    }

    /// `o.name(args)` with (args array, n) on the stack: on a hit of cache
    /// ic (the class's function, not an instance attribute), the
    /// function's generic entry is called through dispatch directly;
    /// anything else goes to call_method_ic, which fills the cache.
    pub fn call_method_cached(&mut self, g: &mut Gen, o: u32, name: u32, ic: u32) -> R<()> {
        let (args, n) = (self.tmp(ValType::I32), self.tmp(ValType::I32));
        self.emit(I::LocalSet(n));
        self.emit(I::LocalSet(args));
        self.block(BlockType::Result(ValType::I64));
        let done = self.depth;
        self.ic_hit(g, o, ic, Hit::Method)?;
        self.if_(BlockType::Empty);
        let f = self.tmp(ValType::I32);
        self.emit(I::I32Const(0));
        self.emit(I::I64Load(mem(ic as u64 + field("AttrCache", "value"), 3)));
        self.emit(I::I32WrapI64);
        self.emit(I::LocalTee(f));
        self.emit(I::LocalGet(args));
        self.emit(I::LocalGet(n));
        self.emit(I::LocalGet(f));
        self.emit(I::I32Load(mem(off::FUNC_SLOT as u64, 2)));
        let dispatch = g.m.dispatcher();
        self.emit(I::Call(dispatch));
        self.br(done);
        self.end();
        self.emit(I::LocalGet(o));
        self.emit(I::I32Const(name as i32));
        self.emit(I::LocalGet(args));
        self.emit(I::LocalGet(n));
        self.emit(I::I32Const(ic as i32));
        let f = g.rt("call_method_ic")?;
        self.emit(I::Call(f));
        self.end();
        self.user_call_done(g)
    }
}
