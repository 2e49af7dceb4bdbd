//! f-strings: literal parts, `!r`/`!s` conversions and format specs; and
//! the check that refuses, at compile time, what of the format-spec
//! mini-language the runtime (`fmt.py`, `floatfmt.py`) does not implement.

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
                if i.debug_text.is_some() {
                    g.error(i.range, "f-string '=' debugging is not supported");
                }
                self.emit(I::LocalGet(b));
                self.expr(g, &i.expression)?;
                match i.conversion {
                    ast::ConversionFlag::Repr => {
                        self.call_rt(g, "repr_")?;
                        self.emit(I::I64ExtendI32U);
                    }
                    ast::ConversionFlag::Ascii => g.error(i.range, "!a is not supported"),
                    ast::ConversionFlag::Str => {
                        self.call_rt(g, "str_")?;
                        self.emit(I::I64ExtendI32U);
                    }
                    ast::ConversionFlag::None => {}
                }
                let mut spec = String::new();
                if let Some(fs) = &i.format_spec {
                    for e in fs.elements.iter() {
                        match e {
                            ast::InterpolatedStringElement::Literal(l) => spec.push_str(&l.value),
                            _ => g.error(
                                i.range,
                                "nested replacement fields in format specs are not supported",
                            ),
                        }
                    }
                }
                if let Some(msg) = unsupported_spec_feature(&spec) {
                    let range = i.format_spec.as_ref().map_or(i.range, |f| f.range);
                    g.error(range, format!("format spec '{spec}': {msg}"));
                }
                if spec.is_empty() {
                    self.call_rt(g, "str_")?;
                } else {
                    let s = g.m.str_const(&spec);
                    self.emit(I::I32Const(s as i32));
                    self.call_rt(g, "format_")?;
                }
                self.call_rt(g, "sb_str")
            }
        }
    }
}

/// The part of a format spec mayfly does not implement, if any. Specs are
/// `[[fill]align][0][width][.precision][type]` with the types below; the
/// rest of the mini-language (signs, `#`, `=`, grouping, other types) is
/// refused here rather than answered differently at run time. A spec
/// CPython itself rejects is left to the run-time ValueError.
pub(super) fn unsupported_spec_feature(spec: &str) -> Option<String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        if !chars[0].is_ascii() {
            return Some("a fill character outside ASCII is not supported".into());
        }
        i = 2;
    } else if chars.first().is_some_and(|&c| is_align(c)) {
        i = 1;
    }
    if i > 0 && chars[i - 1] == '=' {
        return Some("'=' alignment is not supported".into());
    }
    match chars.get(i) {
        Some('+' | '-' | ' ') => return Some("sign options are not supported".into()),
        Some('#') => return Some("the '#' alternate form is not supported".into()),
        _ => {}
    }
    while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
        i += 1;
    }
    if let Some(c @ (',' | '_')) = chars.get(i) {
        return Some(format!("the '{c}' thousands separator is not supported"));
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
    }
    match chars.get(i) {
        Some(c) if !"dfsxb%eEgG".contains(*c) && i + 1 == chars.len() => Some(format!(
            "presentation type '{c}' is not supported (d, f, s, x, b, %, e, E, g, G are)"
        )),
        _ => None,
    }
}
