//! f-strings: literal parts, `!r`/`!s`/`!a` conversions and format specs,
//! literal or with fields of their own; the runtime (`fmtspec.py`) parses
//! and applies the spec, with CPython's errors.

use super::fx::{Fx, R};
use super::Gen;
use ruff_python_ast as ast;
use wasm_encoder::{Instruction as I, ValType};

impl Fx {
    /// A new string builder (runtime `sb_new`) in a fresh local: f-strings,
    /// `%` and `str.format` each build their str in one.
    pub fn builder_new(&mut self, g: &mut Gen) -> R<u32> {
        let b = self.tmp(ValType::I32);
        self.emit(I::I32Const(32));
        self.call_rt(g, "sb_new")?;
        self.emit(I::LocalSet(b));
        Ok(b)
    }

    /// Leaves builder `b`'s str as a value.
    pub fn builder_done(&mut self, g: &mut Gen, b: u32) -> R<()> {
        self.emit(I::LocalGet(b));
        self.call_rt(g, "sb_done")?;
        self.emit(I::I64ExtendI32U);
        Ok(())
    }

    pub fn fstring<'a>(&mut self, g: &mut Gen<'a>, f: &'a ast::ExprFString) -> R<()> {
        let b = self.builder_new(g)?;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    let s = g.m.str_const(&l.value);
                    self.emit(I::LocalGet(b));
                    self.emit(I::I32Const(s as i32));
                    self.call_rt(g, "sb_str")?;
                }
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        self.fstring_element(g, b, el)?;
                    }
                }
            }
        }
        self.builder_done(g, b)
    }

    fn fstring_element<'a>(
        &mut self,
        g: &mut Gen<'a>,
        b: u32,
        el: &'a ast::InterpolatedStringElement,
    ) -> R<()> {
        match el {
            ast::InterpolatedStringElement::Literal(l) => {
                let s = g.m.str_const(&l.value);
                self.emit(I::LocalGet(b));
                self.emit(I::I32Const(s as i32));
                self.call_rt(g, "sb_str")
            }
            ast::InterpolatedStringElement::Interpolation(i) => {
                // f"{x = }" writes its text, then repr(x) unless a
                // conversion or a spec is given.
                if let Some(d) = &i.debug_text {
                    let s = g.m.str_const(d.as_str());
                    self.emit(I::LocalGet(b));
                    self.emit(I::I32Const(s as i32));
                    self.call_rt(g, "sb_str")?;
                }
                self.emit(I::LocalGet(b));
                self.expr(g, &i.expression)?;
                let converted = match i.conversion {
                    ast::ConversionFlag::Repr => Some("repr_"),
                    ast::ConversionFlag::Ascii => Some("ascii_"),
                    ast::ConversionFlag::Str => Some("str_"),
                    ast::ConversionFlag::None
                        if i.debug_text.is_some() && i.format_spec.is_none() =>
                    {
                        Some("repr_")
                    }
                    ast::ConversionFlag::None => None,
                };
                if let Some(f) = converted {
                    self.call_rt(g, f)?;
                    self.emit(I::I64ExtendI32U);
                }
                // A class defining __format__ is asked even for an empty
                // spec (CPython calls format(x, '')).
                let plain = if g.scopes.user_attrs.contains("__format__") {
                    "format_empty"
                } else {
                    "str_"
                };
                match &i.format_spec {
                    None => self.call_rt(g, plain)?,
                    Some(fs) if fs.elements.is_empty() => self.call_rt(g, plain)?,
                    Some(fs) => {
                        // The spec is built at run time when it has fields
                        // of its own (f"{x:{width}.{prec}f}"), after the
                        // value, as CPython evaluates them.
                        let mut literal = String::new();
                        let nested = fs.elements.iter().any(|e| {
                            if let ast::InterpolatedStringElement::Literal(l) = e {
                                literal.push_str(&l.value);
                            }
                            !matches!(e, ast::InterpolatedStringElement::Literal(_))
                        });
                        if nested {
                            let sb = self.builder_new(g)?;
                            for e in fs.elements.iter() {
                                self.fstring_element(g, sb, e)?;
                            }
                            self.emit(I::LocalGet(sb));
                            self.call_rt(g, "sb_done")?;
                        } else {
                            let s = g.m.str_const(&literal);
                            self.emit(I::I32Const(s as i32));
                        }
                        self.call_rt(g, "format_")?;
                    }
                }
                self.call_rt(g, "sb_str")
            }
        }
    }
}
