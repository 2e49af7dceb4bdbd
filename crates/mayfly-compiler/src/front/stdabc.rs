//! `import abc` / `from abc import ABC, ABCMeta, abstractmethod`. ABC is
//! a class the runtime makes once (runtime/abc.py abc_class), so
//! `class Shape(ABC)` is ordinary inheritance; ABCMeta is accepted as
//! `metaclass=ABCMeta` in a class statement, where it marks the class as
//! ABC does. What the metaclass does (abstract methods computed at class
//! end, instantiation refused while some remain) is abc.py's hooks. The
//! rest of the module (register, abstractproperty, get_cache_token, ...)
//! is a compile error naming it.

use super::builtin_values::function_object;
use super::fx::{Fx, R};
use super::stdmod::StdFunc;
use super::{Gen, NONE};
use ruff_python_ast::Expr;
use ruff_text_size::TextRange;
use wasm_encoder::Instruction as I;

pub const MODULE: &str = "abc";

pub(super) const FUNCS: &[StdFunc] = &[(
    MODULE,
    "abstractmethod",
    "abc_abstractmethod",
    &["funcobj"],
    1,
    1,
)];

/// The module's names mayfly has that are values.
pub fn has_value(name: &str) -> bool {
    matches!(name, "ABC" | "ABCMeta")
}

/// Is `e` (a class statement's `metaclass=` value) abc.ABCMeta?
pub fn is_abcmeta(g: &Gen, e: &Expr) -> bool {
    match e {
        Expr::Name(n) => g
            .scopes
            .module_names
            .get(n.id.as_str())
            .is_some_and(|(m, w)| m == MODULE && w == "ABCMeta"),
        Expr::Attribute(a) => {
            a.attr.as_str() == "ABCMeta"
                && matches!(&*a.value, Expr::Name(m) if m.id.as_str() == MODULE && g.global_slots.contains_key(MODULE))
        }
        _ => false,
    }
}

impl Fx {
    /// `ABC` or `abstractmethod` read as a value; false for another name.
    pub(super) fn abc_value(&mut self, g: &mut Gen, name: &str, r: TextRange) -> R<bool> {
        match name {
            "ABC" => self.call_rt(g, "abc_class")?,
            "abstractmethod" => {
                let at = function_object(g, "abstractmethod", "abc_abstractmethod", 1, 1, 1)?;
                self.emit(I::I64Const(at as i64));
            }
            "ABCMeta" => {
                g.error(
                    r,
                    "abc.ABCMeta is supported only as `metaclass=ABCMeta` in a class statement",
                );
                self.emit(I::I64Const(NONE));
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
