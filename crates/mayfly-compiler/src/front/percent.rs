//! printf-style `%` formatting with a str literal on the left
//! (`"%s has %d items" % (name, n)`). The format is parsed here, at
//! compile time, into literal text and conversions; each conversion is
//! emitted as an f-string field would be (`str_`, `repr_`, or `format_`
//! with the equivalent format spec), after the runtime (`pct.py`) has
//! checked and converted its argument with CPython's TypeErrors. What the
//! format language has beyond that (mapping keys, `*`, the `+ #` and space
//! flags, types a c o X F) is a compile error naming it.

use super::fx::{Fx, R};
use super::Gen;
use crate::layout::off;
use ruff_python_ast::Expr;
use ruff_text_size::TextRange;
use wasm_encoder::{Instruction as I, ValType};

/// One part of a parsed format.
#[derive(Debug, PartialEq)]
enum Piece {
    Text(String),
    /// A conversion: its type letter and the format spec that renders it.
    Conv {
        kind: char,
        spec: String,
    },
}

/// Parses a printf-style format; Err names what is not supported.
fn parse(fmt: &str) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            text.push(c);
            continue;
        }
        if chars.peek() == Some(&'%') {
            chars.next();
            text.push('%');
            continue;
        }
        let (mut left, mut zero) = (false, false);
        while let Some(&f) = chars.peek() {
            match f {
                '-' => left = true,
                '0' => zero = true,
                '(' => return Err("mapping keys (%(name)s) are not supported".into()),
                '+' | ' ' | '#' => return Err(format!("the '{f}' flag is not supported")),
                _ => break,
            }
            chars.next();
        }
        let mut width = String::new();
        let mut prec = None;
        while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
            width.push(d);
            chars.next();
        }
        if chars.peek() == Some(&'.') {
            chars.next();
            let mut p = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                p.push(d);
                chars.next();
            }
            prec = Some(p);
        }
        if chars.peek() == Some(&'*') {
            return Err("'*' widths and precisions are not supported".into());
        }
        while matches!(chars.peek(), Some('h' | 'l' | 'L')) {
            chars.next(); // length modifiers: accepted and ignored, as CPython
        }
        let Some(kind) = chars.next() else {
            return Err("incomplete format".into());
        };
        // Numbers align right by default and zero-pad after their sign
        // only without an explicit alignment; strings align left.
        let num_align = if left && !width.is_empty() { "<" } else { "" };
        let str_align = match (left, width.is_empty()) {
            (_, true) => "",
            (true, false) => "<",
            (false, false) => ">",
        };
        let zero = if zero && !left { "0" } else { "" };
        let prec = prec.map(|p| format!(".{}", if p.is_empty() { "0" } else { &p }));
        let spec = match kind {
            // Strings ignore the 0 flag, as CPython does.
            's' | 'r' => format!("{str_align}{width}{}", prec.unwrap_or_default()),
            'd' | 'i' | 'u' | 'x' => {
                if prec.is_some() {
                    return Err(format!("a precision on %{kind} is not supported"));
                }
                let ty = if kind == 'x' { 'x' } else { 'd' };
                format!("{num_align}{zero}{width}{ty}")
            }
            'f' | 'e' | 'E' | 'g' | 'G' => {
                format!("{num_align}{zero}{width}{}{kind}", prec.unwrap_or_default())
            }
            other => return Err(format!("the %{other} conversion is not supported")),
        };
        if !text.is_empty() {
            pieces.push(Piece::Text(std::mem::take(&mut text)));
        }
        pieces.push(Piece::Conv { kind, spec });
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

impl Fx {
    /// `fmt % args` with `fmt` a str literal.
    pub fn percent_format<'a>(
        &mut self,
        g: &mut Gen<'a>,
        fmt: &str,
        args: &'a Expr,
        range: TextRange,
    ) -> R<()> {
        let pieces = match parse(fmt) {
            Ok(p) => p,
            Err(msg) => {
                g.error(range, format!("printf-style % formatting: {msg}"));
                self.emit(I::I64Const(super::NONE));
                return Ok(());
            }
        };
        let n = pieces
            .iter()
            .filter(|p| matches!(p, Piece::Conv { .. }))
            .count();
        // The arguments, as a tuple of exactly n (TypeError otherwise).
        let tuple = self.tmp(ValType::I32);
        self.expr(g, args)?;
        self.emit(I::I32Const(n as i32));
        self.call_rt(g, "pct_args")?;
        self.emit(I::I32WrapI64);
        self.emit(I::LocalSet(tuple));
        let b = self.builder_new(g)?;
        let mut arg = 0u32;
        for piece in &pieces {
            self.emit(I::LocalGet(b));
            match piece {
                Piece::Text(t) => {
                    let s = g.m.str_const(t);
                    self.emit(I::I32Const(s as i32));
                }
                Piece::Conv { kind, spec } => {
                    self.emit(I::LocalGet(tuple));
                    let at = off::TUPLE_ITEMS + 8 * arg;
                    self.emit(I::I64Load(super::fx::mem(at as u64, 3)));
                    arg += 1;
                    self.percent_conversion(g, *kind, spec)?;
                }
            }
            self.call_rt(g, "sb_str")?;
        }
        self.builder_done(g, b)
    }

    /// With the argument on the stack, leaves the i32 str it renders as.
    fn percent_conversion(&mut self, g: &mut Gen, kind: char, spec: &str) -> R<()> {
        match kind {
            's' | 'r' => {
                self.call_rt(g, if kind == 's' { "str_" } else { "repr_" })?;
                if spec.is_empty() {
                    return Ok(());
                }
                self.emit(I::I64ExtendI32U);
            }
            'd' | 'i' | 'u' | 'x' => {
                self.emit(I::I32Const(kind as i32));
                self.call_rt(g, "pct_int")?;
            }
            _ => self.call_rt(g, "pct_float")?,
        }
        let s = g.m.str_const(spec);
        self.emit(I::I32Const(s as i32));
        self.call_rt(g, "format_")
    }
}

/// The str literal on the left of a `%`, if it is one.
pub fn literal_format(e: &Expr) -> Option<&str> {
    match e {
        Expr::StringLiteral(s) => Some(s.value.to_str()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(kind: char, spec: &str) -> Piece {
        Piece::Conv {
            kind,
            spec: spec.into(),
        }
    }

    #[test]
    fn conversions_become_format_specs() {
        assert_eq!(
            parse("%5.1f|%-6d|%06.2f|%x|%-4s|%4s|%.2s|%05s|%ld %%").unwrap(),
            vec![
                conv('f', "5.1f"),
                Piece::Text("|".into()),
                conv('d', "<6d"),
                Piece::Text("|".into()),
                conv('f', "06.2f"),
                Piece::Text("|".into()),
                conv('x', "x"),
                Piece::Text("|".into()),
                conv('s', "<4"),
                Piece::Text("|".into()),
                conv('s', ">4"),
                Piece::Text("|".into()),
                conv('s', ".2"),
                Piece::Text("|".into()),
                conv('s', ">5"),
                Piece::Text("|".into()),
                conv('d', "d"),
                Piece::Text(" %".into()),
            ]
        );
    }

    #[test]
    fn what_is_left_out_is_named() {
        assert!(parse("%(name)s").unwrap_err().contains("mapping keys"));
        assert!(parse("%+d").unwrap_err().contains("'+' flag"));
        assert!(parse("%*d").unwrap_err().contains("'*'"));
        assert!(parse("%c").unwrap_err().contains("%c"));
        assert_eq!(parse("50%").unwrap_err(), "incomplete format");
    }
}
