//! `import enum` / `from enum import Enum, auto, unique`. Enum is a class
//! the runtime makes once (runtime/enum.py en_base) from the methods
//! passed to it here, so that `class Color(Enum)` is ordinary
//! inheritance and `isinstance(x, Enum)` works; the metaclass's work
//! (members, lookup by value, iteration, len, `Color['RED']`, `in`) is
//! done by enum.py's hooks. IntEnum, StrEnum, Flag, IntFlag and the rest
//! of the module are compile errors naming them (stdmod::has_name), as
//! is the functional API `Enum('Color', 'RED GREEN')`.

use super::builtin_values::function_object;
use super::dataclass::runtime_method;
use super::fx::{Fx, R};
use super::{Gen, NONE};
use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use wasm_encoder::Instruction as I;

pub const MODULE: &str = "enum";

/// The attributes members and enum classes have besides the class
/// body's names (for the analyzer's user_attrs: `c.value` is then looked
/// up at run time rather than refused as no builtin type's).
pub const ENUM_ATTRS: &[&str] = &[
    "name",
    "value",
    "_name_",
    "_value_",
    "_member_names_",
    "_member_map_",
    "_value2member_map_",
    "__members__",
];

/// The module's names mayfly has that are values (auto is a function
/// in the stdmod table).
pub fn has_value(name: &str) -> bool {
    matches!(name, "Enum" | "unique")
}

impl Fx {
    /// `Enum` or `unique` read as a value; false for another name.
    pub(super) fn enum_value(&mut self, g: &mut Gen, name: &str) -> R<bool> {
        match name {
            "Enum" => {
                // The base's methods, made once as static objects; the
                // class itself once per instance of the program (en_base
                // keeps it), so every read is the same class.
                for (f, shown) in [
                    ("en_repr", "__repr__"),
                    ("en_str", "__str__"),
                    ("en_hash", "__hash__"),
                    ("en_name", "name"),
                    ("en_value", "value"),
                ] {
                    let at = runtime_method(g, f, shown)?;
                    self.emit(I::I64Const(at as i64));
                }
                self.call_rt(g, "en_base")?;
            }
            "unique" => {
                let at = function_object(g, "unique", "en_unique", 1, 1, 1)?;
                self.emit(I::I64Const(at as i64));
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `Enum(...)` called: the functional API, refused (a class statement
    /// says the same). True when it was refused.
    pub(super) fn enum_refused(&mut self, g: &mut Gen, name: &str, c: &ast::ExprCall) -> bool {
        if name != "Enum" {
            return false;
        }
        g.error(
            c.range(),
            "the functional API Enum('Name', ...) is not supported: write `class Name(Enum):`",
        );
        self.emit(I::I64Const(NONE));
        true
    }
}
