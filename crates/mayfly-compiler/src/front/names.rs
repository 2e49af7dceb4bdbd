//! Variable access: where a name lives (a local, a cell, a free
//! variable of the closure, a module global, a builtin) and reading or
//! binding it, with CPython's UnboundLocalError and NameError.

use super::fx::{mem, Fx, R};
use super::{Gen, FALSE, NONE};
use crate::layout::exc_kind;
use crate::layout::{exc, off};
use ruff_text_size::TextRange;
use wasm_encoder::{BlockType, Instruction as I, ValType};

impl Fx {
    pub fn mangled(&self, n: &str) -> String {
        for (start, names) in self.comps.iter().rev() {
            if names.iter().any(|x| x == n) {
                return format!("{n}#{start}");
            }
        }
        n.to_string()
    }

    /// The name refers to a builtin (nothing in scope shadows it).
    pub fn is_builtin(&self, g: &Gen, n: &str) -> bool {
        let name = self.mangled(n);
        !self.vars.contains_key(&name)
            && !g.scopes.list[self.scope].frees.contains(&name)
            && !(g.global_slots.contains_key(&name)
                && !(self.in_prelude && super::cpython_names::is_cpython_builtin(&name)))
    }

    fn unbound_check(&mut self, g: &mut Gen, kind: i32, msg: String) -> R<()> {
        let t = self.tmp(ValType::I64);
        self.emit(I::LocalTee(t));
        self.emit(I::I64Eqz);
        self.if_(BlockType::Empty);
        self.raise_const(g, kind, &msg)?;
        self.end();
        self.emit(I::LocalGet(t));
        Ok(())
    }

    pub fn load_name(&mut self, g: &mut Gen, n: &str, r: TextRange) -> R<()> {
        if self.class_body_load(g, n)? {
            return Ok(());
        }
        if let Some((module, attr)) = g.scopes.module_names.get(n).cloned() {
            if self.is_builtin(g, n) {
                return self.module_value(g, &module, &attr, r);
            }
        }
        let name = self.mangled(n);
        if g.module_imports.contains(&name)
            && !self.vars.contains_key(&name)
            && !g.scopes.list[self.scope].frees.contains(&name)
        {
            // Modules are not values here: their functions are compiled
            // in where they are called (`json.dumps(...)`).
            g.error(
                r,
                format!("the module '{n}' as a value is not supported: call its functions as {n}.name(...)"),
            );
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        if let Some((l, cell)) = self.vars.get(&name).copied() {
            self.emit(I::LocalGet(l));
            if cell {
                self.emit(I::I64Load(mem(0, 3)));
            }
            if !self.assigned.contains(&name) || cell {
                let msg = format!(
                    "cannot access local variable '{n}' where it is not associated with a value"
                );
                self.unbound_check(g, exc::UNBOUND_LOCAL, msg)?;
            }
            return Ok(());
        }
        if g.scopes.list[self.scope].frees.contains(&name) {
            self.cell_ptr(g, &name)?;
            self.emit(I::I64Load(mem(0, 3)));
            let msg = format!("cannot access free variable '{n}' where it is not associated with a value in enclosing scope");
            return self.unbound_check(g, exc::NAME, msg);
        }
        if let Some(slot) = g.global_slots.get(&name).copied() {
            self.emit(I::I32Const(0));
            self.emit(I::I64Load(mem(slot as u64, 3)));
            if self.builtin_fallback(g, n)? {
                return Ok(());
            }
            return self.unbound_check(g, exc::NAME, format!("name '{n}' is not defined"));
        }
        if let Some(k) = exc_kind(n) {
            self.emit(I::I32Const(k));
            return self.call_rt(g, "exc_class");
        }
        if super::builtins::is_builtin_name(n) {
            match super::builtin_values::builtin_object(g, n)? {
                Some(a) => self.emit(I::I64Const(a as i64)),
                None => {
                    g.error(
                        r,
                        format!("the builtin '{n}' can only be called, not used as a value"),
                    );
                    self.emit(I::I64Const(NONE));
                }
            }
            return Ok(());
        }
        if let Some(what) = g.scopes.typing_names.get(n) {
            // typing.TYPE_CHECKING is False at run time in CPython.
            if what == "typing.TYPE_CHECKING" {
                self.emit(I::I64Const(FALSE));
                return Ok(());
            }
            let msg =
                format!("'{n}' ({what}) is only supported in annotations, which are not evaluated");
            g.error(r, msg);
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        if let Some(what) = g.scopes.dataclass_names.get(n) {
            let msg = format!("{what} is only supported as the @dataclass decorator and field(...) in a dataclass body");
            g.error(r, msg);
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        if n == "NotImplemented" {
            let a = g.m.notimpl_const();
            self.emit(I::I64Const(a as i64));
            return Ok(());
        }
        if n == "__name__" {
            // A tenant is imported as a module, never run as __main__; the
            // CPython shim (guest-sdk/python/mayfly.py) names it so too.
            let s = g.m.str_const("__tenant__");
            self.emit(I::I64Const(s as i64));
            return Ok(());
        }
        if let Some(msg) = super::cpython_names::unsupported_builtin(n) {
            g.error(r, msg);
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        self.raise_const(g, exc::NAME, &format!("name '{n}' is not defined"))?;
        self.emit(I::I64Const(NONE));
        Ok(())
    }

    /// With a module global's slot value on the stack: when the global is
    /// unbound and shadows a builtin, the builtin, as CPython reads builtins
    /// after the module's globals (`try: range = xrange` / `except
    /// NameError: pass` leaves range the builtin). False: not a builtin
    /// that can be a value, nothing emitted.
    fn builtin_fallback(&mut self, g: &mut Gen, n: &str) -> R<bool> {
        let kind = exc_kind(n);
        let object = if kind.is_none() && super::builtins::is_builtin_name(n) {
            super::builtin_values::builtin_object(g, n)?
        } else {
            None
        };
        if kind.is_none() && object.is_none() {
            return Ok(false);
        }
        let t = self.tmp(ValType::I64);
        self.emit(I::LocalTee(t));
        self.emit(I::I64Eqz);
        self.emit(I::If(BlockType::Result(ValType::I64)));
        match (kind, object) {
            (Some(k), _) => {
                self.emit(I::I32Const(k));
                self.call_rt(g, "exc_class")?;
            }
            (None, Some(a)) => self.emit(I::I64Const(a as i64)),
            (None, None) => unreachable!("checked above"),
        }
        self.emit(I::Else);
        self.emit(I::LocalGet(t));
        self.emit(I::End);
        Ok(true)
    }

    /// Stores the i64 on the stack into a variable.
    pub fn store_name(&mut self, g: &mut Gen, n: &str, r: TextRange) -> R<()> {
        let name = self.mangled(n);
        let t = self.tmp(ValType::I64);
        self.emit(I::LocalSet(t));
        if let Some((l, cell)) = self.vars.get(&name).copied() {
            if cell {
                self.emit(I::LocalGet(l));
                self.emit(I::LocalGet(t));
                self.emit(I::I64Store(mem(0, 3)));
            } else {
                self.emit(I::LocalGet(t));
                self.emit(I::LocalSet(l));
            }
            return Ok(());
        }
        if g.scopes.list[self.scope].frees.contains(&name) {
            // A nonlocal name: the enclosing function's cell.
            self.cell_ptr(g, &name)?;
            self.emit(I::LocalGet(t));
            self.emit(I::I64Store(mem(0, 3)));
            return Ok(());
        }
        if let Some(slot) = g.global_slots.get(&name).copied() {
            self.emit(I::I32Const(0));
            self.emit(I::LocalGet(t));
            self.emit(I::I64Store(mem(slot as u64, 3)));
            return Ok(());
        }
        Err(format!("no storage for {name} at {r:?}"))
    }

    /// Pushes the i32 address of the cell holding a captured variable.
    pub fn cell_ptr(&mut self, g: &mut Gen, name: &str) -> R<()> {
        if let Some((l, true)) = self.vars.get(name).copied() {
            self.emit(I::LocalGet(l));
            return Ok(());
        }
        let frees = &g.scopes.list[self.scope].frees;
        let i = frees
            .iter()
            .position(|f| f == name)
            .ok_or(format!("no cell for {name}"))?;
        self.emit(I::LocalGet(0));
        self.emit(I::I32Load(mem((off::FUNC_CELLS + 4 * i as u32) as u64, 2)));
        Ok(())
    }
}
