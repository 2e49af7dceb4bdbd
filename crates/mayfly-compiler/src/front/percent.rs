//! printf-style `%` formatting with a str literal on the left
//! (`"%s has %d items" % (name, n)`). The format is parsed here, at
//! compile time, into literal text and conversions; each conversion is
//! emitted as an f-string field would be (`str_`, `repr_`, or `format_`
//! with the equivalent format spec), after the runtime (`pct.py`) has
//! checked and converted its argument with CPython's TypeErrors. Mapping
//! keys (`%(name)s` with a dict) and `*` widths are supported. A format
//! with a `*` precision or a precision on an int conversion (`%.3d`) is
//! handed whole to the run-time parser (runtime/pctrun.py), which has
//! them; keys mixed with positional conversions are a compile error.

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
    /// A conversion: its mapping key (`%(name)s`), its type letter and the
    /// format spec that renders it, `head` + width + `tail`.
    Conv {
        key: Option<String>,
        kind: char,
        head: String,
        width: Width,
        tail: String,
    },
}

/// A conversion's width.
#[derive(Debug, PartialEq)]
enum Width {
    /// Written in the format (or none: an empty string).
    Literal(String),
    /// `*`: taken from the arguments; `left_head` replaces the head when
    /// the value is negative (CPython reads that as the '-' flag).
    Star { left_head: String },
}

/// The flags of one conversion.
#[derive(Default, Clone, Copy)]
struct Flags {
    left: bool,
    zero: bool,
    plus: bool,
    space: bool,
    alt: bool,
}

/// The format spec before the width: alignment, sign, '#' and '0'.
/// Numbers align right by default and zero-pad after their sign only
/// without '-'; strings (and %c) align left only with '-', and ignore '0'.
fn head(kind: char, f: Flags, has_width: bool) -> String {
    let mut h = String::new();
    match kind {
        's' | 'r' | 'a' | 'c' => {
            if has_width {
                h.push(if f.left { '<' } else { '>' });
            }
        }
        _ => {
            if f.left && has_width {
                h.push('<');
            }
            if f.plus {
                h.push('+');
            } else if f.space {
                h.push(' ');
            }
            if f.alt && !matches!(kind, 'd' | 'i' | 'u') {
                h.push('#');
            }
            if f.zero && !f.left {
                h.push('0');
            }
        }
    }
    h
}

/// Parses a printf-style format; Err names what is not supported. The
/// flag says the format needs the run-time parser (pctrun.py).
fn parse(fmt: &str) -> Result<(Vec<Piece>, bool), String> {
    let mut run_time = false;
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
        let mut key = None;
        if chars.peek() == Some(&'(') {
            chars.next();
            // The key runs to the matching ')': CPython counts nested
            // parentheses into it.
            let mut name = String::new();
            let mut depth = 1;
            loop {
                match chars.next() {
                    None => return Err("incomplete format key".into()),
                    Some(')') if depth == 1 => break,
                    Some(x) => {
                        depth += match x {
                            '(' => 1,
                            ')' => -1,
                            _ => 0,
                        };
                        name.push(x);
                    }
                }
            }
            key = Some(name);
        }
        let mut f = Flags::default();
        while let Some(&x) = chars.peek() {
            match x {
                '-' => f.left = true,
                '0' => f.zero = true,
                '+' => f.plus = true,
                ' ' => f.space = true,
                '#' => f.alt = true,
                _ => break,
            }
            chars.next();
        }
        let mut width = String::new();
        let star = chars.peek() == Some(&'*');
        if star {
            chars.next();
        } else {
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                width.push(d);
                chars.next();
            }
        }
        let mut prec = None;
        if chars.peek() == Some(&'.') {
            chars.next();
            let mut p = String::new();
            if chars.peek() == Some(&'*') {
                chars.next();
                run_time = true;
            }
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                p.push(d);
                chars.next();
            }
            prec = Some(if p.is_empty() { "0".to_string() } else { p });
        }
        while matches!(chars.peek(), Some('h' | 'l' | 'L')) {
            chars.next(); // length modifiers: accepted and ignored, as CPython
        }
        let Some(kind) = chars.next() else {
            return Err("incomplete format".into());
        };
        let ty = match kind {
            's' | 'r' | 'a' | 'c' => String::new(),
            'd' | 'i' | 'u' => "d".into(),
            'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => kind.to_string(),
            other => return Err(format!("the %{other} conversion is not supported")),
        };
        if prec.is_some() && matches!(kind, 'd' | 'i' | 'u' | 'o' | 'x' | 'X') {
            run_time = true;
        }
        if kind == 'c' {
            prec = None; // ignored, as CPython ignores it
        }
        if star && key.is_some() {
            return Err("'*' widths with mapping keys are not supported".into());
        }
        let tail = format!("{}{ty}", prec.map(|p| format!(".{p}")).unwrap_or_default());
        let width = if star {
            Width::Star {
                left_head: head(kind, Flags { left: true, ..f }, true),
            }
        } else {
            Width::Literal(width)
        };
        let has_width = !matches!(&width, Width::Literal(w) if w.is_empty());
        if !text.is_empty() {
            pieces.push(Piece::Text(std::mem::take(&mut text)));
        }
        pieces.push(Piece::Conv {
            key,
            kind,
            head: head(kind, f, has_width),
            width,
            tail,
        });
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    let keyed = pieces
        .iter()
        .filter(|p| matches!(p, Piece::Conv { key: Some(_), .. }))
        .count();
    let convs = pieces
        .iter()
        .filter(|p| matches!(p, Piece::Conv { .. }))
        .count();
    if keyed > 0 && keyed < convs {
        return Err("mixing %(name) keys and positional conversions".into());
    }
    Ok((pieces, run_time))
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
            Ok((_, true)) => {
                let f = g.m.str_const(fmt);
                self.emit(I::I32Const(f as i32));
                self.expr(g, args)?;
                return self.call_rt(g, "pct_run");
            }
            Ok((p, false)) => p,
            Err(msg) => {
                g.error(range, format!("printf-style % formatting: {msg}"));
                self.emit(I::I64Const(super::NONE));
                return Ok(());
            }
        };
        let keyed = pieces
            .iter()
            .any(|p| matches!(p, Piece::Conv { key: Some(_), .. }));
        // How many values the conversions take: one each, and one more
        // for a '*' width.
        let n: usize = pieces
            .iter()
            .map(|p| match p {
                Piece::Conv { width, .. } => 1 + matches!(width, Width::Star { .. }) as usize,
                Piece::Text(_) => 0,
            })
            .sum();
        // The arguments: a mapping with keys, else a tuple of exactly n
        // (TypeError otherwise).
        let args_local = self.tmp(ValType::I64);
        self.expr(g, args)?;
        if keyed {
            self.call_rt(g, "pct_map")?;
        } else {
            self.emit(I::I32Const(n as i32));
            self.call_rt(g, "pct_args")?;
        }
        self.emit(I::LocalSet(args_local));
        let b = self.builder_new(g)?;
        let mut arg = 0u32;
        for piece in &pieces {
            match piece {
                Piece::Text(t) => {
                    self.emit(I::LocalGet(b));
                    let s = g.m.str_const(t);
                    self.emit(I::I32Const(s as i32));
                }
                Piece::Conv {
                    key,
                    kind,
                    head,
                    width,
                    tail,
                } => {
                    // The spec first: a '*' width is the argument before
                    // the value.
                    let spec = self.tmp(ValType::I32);
                    match width {
                        Width::Literal(w) => {
                            let s = g.m.str_const(&format!("{head}{w}{tail}"));
                            self.emit(I::I32Const(s as i32));
                        }
                        Width::Star { left_head } => {
                            self.pct_arg(args_local, arg);
                            arg += 1;
                            let h = g.m.str_const(head);
                            let lh = g.m.str_const(left_head);
                            let t = g.m.str_const(tail);
                            self.emit(I::I32Const(h as i32));
                            self.emit(I::I32Const(lh as i32));
                            self.emit(I::I32Const(t as i32));
                            self.call_rt(g, "pct_star_spec")?;
                        }
                    }
                    self.emit(I::LocalSet(spec));
                    self.emit(I::LocalGet(b));
                    match key {
                        Some(k) => {
                            self.emit(I::LocalGet(args_local));
                            let s = g.m.str_const(k);
                            self.emit(I::I64Const(s as i64));
                            self.call_rt(g, "getitem")?;
                        }
                        None => {
                            self.pct_arg(args_local, arg);
                            arg += 1;
                        }
                    }
                    self.percent_conversion(g, *kind, spec)?;
                }
            }
            self.call_rt(g, "sb_str")?;
        }
        self.builder_done(g, b)
    }

    /// Pushes item `i` of the argument tuple in `args`.
    fn pct_arg(&mut self, args: u32, i: u32) {
        self.emit(I::LocalGet(args));
        self.emit(I::I32WrapI64);
        let at = off::TUPLE_ITEMS + 8 * i;
        self.emit(I::I64Load(super::fx::mem(at as u64, 3)));
    }

    /// With the argument on the stack, leaves the i32 str it renders as
    /// under the spec in local `spec`.
    fn percent_conversion(&mut self, g: &mut Gen, kind: char, spec: u32) -> R<()> {
        match kind {
            's' | 'r' | 'a' => {
                let f = match kind {
                    's' => "str_",
                    'r' => "repr_",
                    _ => "ascii_",
                };
                self.call_rt(g, f)?;
                self.emit(I::I64ExtendI32U);
            }
            'c' => self.call_rt(g, "pct_char")?,
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                self.emit(I::I32Const(kind as i32));
                self.call_rt(g, "pct_int")?;
            }
            _ => self.call_rt(g, "pct_float")?,
        }
        self.emit(I::LocalGet(spec));
        self.call_rt(g, "format_")
    }
}

/// Whether `fmt % args` may meet a format that is not a literal on the
/// left: some str literal of the program has a '%' in it. Only then is
/// the run-time parser (runtime/pctrun.py, with format_ and the float
/// formatting behind it) linked; otherwise `%` on a str raises
/// TypeError naming the gap, and `n % 3` costs nothing more.
pub fn may_format_at_run_time(body: &[ruff_python_ast::Stmt]) -> bool {
    use ruff_python_ast::visitor::{walk_expr, Visitor};
    struct V(bool);
    impl<'a> Visitor<'a> for V {
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::StringLiteral(s) if s.value.to_str().contains('%') => self.0 = true,
                Expr::FString(f) => {
                    let has = f.value.iter().any(|p| match p {
                        ruff_python_ast::FStringPart::Literal(l) => l.value.contains('%'),
                        ruff_python_ast::FStringPart::FString(fs) => fs.elements.iter().any(|el| {
                            matches!(el, ruff_python_ast::InterpolatedStringElement::Literal(l) if l.value.contains('%'))
                        }),
                    });
                    if has {
                        self.0 = true;
                    }
                    walk_expr(self, e);
                }
                _ => walk_expr(self, e),
            }
        }
    }
    let mut v = V(false);
    for s in body {
        v.visit_stmt(s);
    }
    v.0
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

    /// The spec of each conversion, with its key and kind.
    fn specs(fmt: &str) -> Vec<(Option<String>, char, String)> {
        parse(fmt)
            .unwrap()
            .0
            .into_iter()
            .filter_map(|p| match p {
                Piece::Conv {
                    key,
                    kind,
                    head,
                    width: Width::Literal(w),
                    tail,
                } => Some((key, kind, format!("{head}{w}{tail}"))),
                Piece::Conv { kind, .. } => Some((None, kind, "*".into())),
                Piece::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn conversions_become_format_specs() {
        let got: Vec<String> =
            specs("%5.1f|%-6d|%06.2f|%x|%-4s|%4s|%.2s|%05s|%ld|%+d|% d|%#x|%#o|%-05d|%3c|%#.0e|%X")
                .into_iter()
                .map(|(_, _, s)| s)
                .collect();
        let want = [
            "5.1f", "<6d", "06.2f", "x", "<4", ">4", ".2", ">5", "d", "+d", " d", "#x", "#o",
            "<5d", ">3", "#.0e", "X",
        ];
        assert_eq!(got, want);
        assert_eq!(text_of("a %% b %s"), vec!["a % b ".to_string()]);
    }

    fn text_of(fmt: &str) -> Vec<String> {
        parse(fmt)
            .unwrap()
            .0
            .into_iter()
            .filter_map(|p| match p {
                Piece::Text(t) => Some(t),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn keys_and_star_widths() {
        let k = specs("%(name)s=%(n)5.1f %(a(b))r");
        assert_eq!(k[0], (Some("name".into()), 's', "".into()));
        assert_eq!(k[1], (Some("n".into()), 'f', "5.1f".into()));
        assert_eq!(k[2], (Some("a(b)".into()), 'r', "".into()));
        match &parse("%-*d").unwrap().0[0] {
            Piece::Conv {
                head,
                width: Width::Star { left_head },
                tail,
                ..
            } => assert_eq!(
                (head.as_str(), left_head.as_str(), tail.as_str()),
                ("<", "<", "d")
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn what_is_left_out_is_named() {
        assert!(parse("%(a)s %s").unwrap_err().contains("mixing"));
        // Formats the run-time parser renders.
        assert!(parse("%.*f").unwrap().1);
        assert!(parse("%5.3x").unwrap().1);
        assert!(!parse("%5.3f %.2c").unwrap().1);
        assert!(parse("%q").unwrap_err().contains("%q"));
        assert_eq!(parse("50%").unwrap_err(), "incomplete format");
        assert_eq!(parse("%(a").unwrap_err(), "incomplete format key");
    }
}
