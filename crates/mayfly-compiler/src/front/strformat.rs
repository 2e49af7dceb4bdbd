//! `"...".format(args, name=value)` with a str literal format: parsed at
//! compile time into text and fields, each field emitted as an f-string
//! field would be (`!r`/`!s`, then `format_` with its spec, or `str_`).
//! Every argument is evaluated first, left to right, as in CPython.
//! Fields that reach into an argument (`{0.name}`, `{0[1]}`), nested
//! fields in a spec and `!a` are compile errors naming them; so are the
//! errors CPython would raise for every call of a literal format (an
//! index past the arguments, an unknown keyword, mixed numbering).

use super::fx::{Fx, R};
use super::Gen;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use wasm_encoder::{Instruction as I, ValType};

#[derive(Debug, PartialEq)]
enum Arg {
    Index(usize),
    Name(String),
}

#[derive(Debug, PartialEq)]
enum Piece {
    Text(String),
    Field {
        arg: Arg,
        conversion: Option<char>,
        spec: String,
    },
}

/// Parses a format string; Err is CPython's message or what is missing.
fn parse(fmt: &str) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut chars = fmt.chars().peekable();
    let mut auto = 0usize;
    let (mut used_auto, mut used_manual) = (false, false);
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                text.push('}');
            }
            '}' => return Err("Single '}' encountered in format string".into()),
            '{' => {
                let mut field = String::new();
                loop {
                    match chars.next() {
                        None => return Err("expected '}' before end of string".into()),
                        Some('}') => break,
                        Some('{') => {
                            return Err(
                                "nested replacement fields in format specs are not supported"
                                    .into(),
                            )
                        }
                        Some(x) => field.push(x),
                    }
                }
                let (head, spec) = match field.split_once(':') {
                    Some((h, s)) => (h, s.to_string()),
                    None => (field.as_str(), String::new()),
                };
                let (name, conversion) = match head.split_once('!') {
                    Some((n, "r")) => (n, Some('r')),
                    Some((n, "s")) => (n, Some('s')),
                    Some((_, "a")) => return Err("the !a conversion is not supported".into()),
                    Some(_) => return Err("Unknown conversion specifier".into()),
                    None => (head, None),
                };
                if name.contains(['.', '[']) {
                    return Err(format!(
                        "fields that reach into an argument ({{{name}}}) are not supported"
                    ));
                }
                let arg = if name.is_empty() {
                    used_auto = true;
                    auto += 1;
                    Arg::Index(auto - 1)
                } else if let Ok(i) = name.parse::<usize>() {
                    used_manual = true;
                    Arg::Index(i)
                } else {
                    Arg::Name(name.to_string())
                };
                if used_auto && used_manual {
                    return Err(
                        "cannot switch from automatic field numbering to manual field specification"
                            .into(),
                    );
                }
                if !text.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut text)));
                }
                pieces.push(Piece::Field {
                    arg,
                    conversion,
                    spec,
                });
            }
            _ => text.push(c),
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

impl Fx {
    /// `fmt.format(...)` with `fmt` a str literal.
    pub fn str_format<'a>(&mut self, g: &mut Gen<'a>, fmt: &str, c: &'a ast::ExprCall) -> R<()> {
        let pieces = match parse(fmt) {
            Ok(p) => p,
            Err(msg) => return self.format_refused(g, c, msg),
        };
        if let Some(s) = c
            .arguments
            .args
            .iter()
            .find(|a| matches!(a, Expr::Starred(_)))
        {
            return self.format_refused(g, c, format!("*args in a call at {:?}", s.range()));
        }
        // Every argument is evaluated before any is formatted.
        let mut positional = Vec::new();
        for a in &c.arguments.args {
            self.expr(g, a)?;
            let t = self.tmp(ValType::I64);
            self.emit(I::LocalSet(t));
            positional.push(t);
        }
        let mut named = Vec::new();
        for k in &c.arguments.keywords {
            let Some(name) = &k.arg else {
                return self.format_refused(g, c, "**kwargs in a call is not supported".into());
            };
            self.expr(g, &k.value)?;
            let t = self.tmp(ValType::I64);
            self.emit(I::LocalSet(t));
            named.push((name.to_string(), t));
        }
        let b = self.builder_new(g)?;
        for piece in &pieces {
            self.emit(I::LocalGet(b));
            match piece {
                Piece::Text(t) => {
                    let s = g.m.str_const(t);
                    self.emit(I::I32Const(s as i32));
                }
                Piece::Field {
                    arg,
                    conversion,
                    spec,
                } => {
                    let local = match arg {
                        Arg::Index(i) => positional.get(*i).copied().ok_or_else(|| {
                            format!("Replacement index {i} out of range for positional args tuple")
                        }),
                        Arg::Name(n) => named
                            .iter()
                            .find(|(k, _)| k == n)
                            .map(|(_, t)| *t)
                            .ok_or_else(|| format!("no keyword argument '{n}' for {{{n}}}")),
                    };
                    let local = match local {
                        Ok(l) => l,
                        Err(msg) => return self.format_refused(g, c, msg),
                    };
                    self.emit(I::LocalGet(local));
                    self.format_field(g, *conversion, spec, c)?;
                }
            }
            self.call_rt(g, "sb_str")?;
        }
        self.builder_done(g, b)
    }

    /// With the value on the stack, leaves the i32 str of one field.
    fn format_field(
        &mut self,
        g: &mut Gen,
        conversion: Option<char>,
        spec: &str,
        c: &ast::ExprCall,
    ) -> R<()> {
        if let Some(msg) = super::fstring::unsupported_spec_feature(spec) {
            g.error(c.range(), format!("format spec '{spec}': {msg}"));
        }
        match conversion {
            Some('r') => self.call_rt(g, "repr_")?,
            Some(_) => self.call_rt(g, "str_")?,
            None if spec.is_empty() => return self.call_rt(g, "str_"),
            None => {
                let s = g.m.str_const(spec);
                self.emit(I::I32Const(s as i32));
                return self.call_rt(g, "format_");
            }
        }
        if spec.is_empty() {
            return Ok(());
        }
        self.emit(I::I64ExtendI32U);
        let s = g.m.str_const(spec);
        self.emit(I::I32Const(s as i32));
        self.call_rt(g, "format_")
    }

    fn format_refused(&mut self, g: &mut Gen, c: &ast::ExprCall, msg: String) -> R<()> {
        g.error(c.range(), format!("str.format: {msg}"));
        self.emit(I::I64Const(super::NONE));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_numbering_and_escapes() {
        let p = parse("{{x}} {:<5}|{!r:>4}|{name:.2f}").unwrap();
        assert_eq!(p[0], Piece::Text("{x} ".into()));
        assert_eq!(
            p[1],
            Piece::Field {
                arg: Arg::Index(0),
                conversion: None,
                spec: "<5".into()
            }
        );
        assert_eq!(
            p[3],
            Piece::Field {
                arg: Arg::Index(1),
                conversion: Some('r'),
                spec: ">4".into()
            }
        );
        assert_eq!(
            p[5],
            Piece::Field {
                arg: Arg::Name("name".into()),
                conversion: None,
                spec: ".2f".into()
            }
        );
        assert!(parse("{} {1}").unwrap_err().contains("cannot switch"));
        assert!(parse("{0.x}").unwrap_err().contains("reach into"));
        assert!(parse("{:{w}}").unwrap_err().contains("nested"));
        assert!(parse("}").unwrap_err().contains("Single '}'"));
    }
}
