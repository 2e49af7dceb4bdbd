//! `"...".format(args, name=value)` with a str literal format: parsed at
//! compile time into text and fields, each field emitted as an f-string
//! field would be (`!r`/`!s`, then `format_` with its spec, or `str_`).
//! Every argument is evaluated first, left to right, as in CPython.
//! Nested fields in a spec (`{:{width}}`) are formatted with str() and
//! spliced into the spec at run time; a format with fields that reach
//! into an argument (`{0.name}`, `{0[1]}`) is left to the run-time parser
//! (runtime/strfmtrun.py). The errors CPython would raise on every call
//! of a literal format (an index past the arguments, an unknown keyword,
//! mixed numbering) are compile errors naming them.

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

/// Why a literal format is left to the run-time parser (strfmtrun.py):
/// a field reaches into its argument (`{0.x}`, `{0[1]}`).
const REACHES_INTO: &str = "a field reaches into its argument";

/// Whether `fmt` must be formatted at run time: it parses but for a
/// field that reaches into its argument.
pub fn reaches_into(fmt: &str) -> bool {
    matches!(parse(fmt), Err(e) if e == REACHES_INTO)
}

/// A format spec: literal text, or fields of its own (`{:{width}.{prec}f}`)
/// whose values' str() are spliced in at run time.
#[derive(Debug, PartialEq)]
enum SpecPart {
    Text(String),
    Field(Arg),
}

#[derive(Debug, PartialEq)]
enum Piece {
    Text(String),
    Field {
        arg: Arg,
        conversion: Option<char>,
        spec: Vec<SpecPart>,
    },
}

/// Automatic (`{}`) and manual (`{0}`) numbering, which CPython does not
/// let one format mix.
#[derive(Default)]
struct Numbering {
    next: usize,
    auto: bool,
    manual: bool,
}

impl Numbering {
    fn arg(&mut self, name: &str) -> Result<Arg, String> {
        if name.contains(['.', '[']) {
            return Err(REACHES_INTO.into());
        }
        if name.is_empty() {
            if self.manual {
                return Err(
                    "cannot switch from manual field specification to automatic field numbering"
                        .into(),
                );
            }
            self.auto = true;
            self.next += 1;
            return Ok(Arg::Index(self.next - 1));
        }
        let Ok(i) = name.parse::<usize>() else {
            return Ok(Arg::Name(name.to_string()));
        };
        if self.auto {
            return Err(
                "cannot switch from automatic field numbering to manual field specification".into(),
            );
        }
        self.manual = true;
        Ok(Arg::Index(i))
    }
}

/// Parses a format string; Err is CPython's message or what is missing.
fn parse(fmt: &str) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut chars = fmt.chars().peekable();
    let mut numbering = Numbering::default();
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
                // The field up to its '}', with the braces of nested
                // fields in its spec kept.
                let mut field = String::new();
                let mut depth = 0;
                loop {
                    match chars.next() {
                        None => return Err("expected '}' before end of string".into()),
                        Some('}') if depth == 0 => break,
                        Some(x) => {
                            depth += match x {
                                '{' => 1,
                                '}' => -1,
                                _ => 0,
                            };
                            field.push(x);
                        }
                    }
                }
                let (head, spec) = match field.split_once(':') {
                    Some((h, s)) => (h, s),
                    None => (field.as_str(), ""),
                };
                let (name, conversion) = match head.split_once('!') {
                    Some((n, "r")) => (n, Some('r')),
                    Some((n, "s")) => (n, Some('s')),
                    Some((n, "a")) => (n, Some('a')),
                    Some((_, "")) => return Err("unmatched '{' in format spec".into()),
                    Some((_, x)) if x.chars().count() == 1 => {
                        return Err(format!("Unknown conversion specifier {x}"))
                    }
                    Some(_) => return Err("expected ':' after conversion specifier".into()),
                    None => (head, None),
                };
                let arg = numbering.arg(name)?;
                let spec = parse_spec(spec, &mut numbering)?;
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

/// A field's spec, its nested fields numbered after the field itself.
fn parse_spec(spec: &str, numbering: &mut Numbering) -> Result<Vec<SpecPart>, String> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut chars = spec.chars();
    while let Some(c) = chars.next() {
        if c != '{' {
            text.push(c);
            continue;
        }
        let mut name = String::new();
        loop {
            match chars.next() {
                None => return Err("unmatched '{' in format spec".into()),
                Some('}') => break,
                Some('{') => return Err("Max string recursion exceeded".into()),
                Some(x) => name.push(x),
            }
        }
        if name.contains([':', '!']) {
            return Err(format!(
                "a conversion or spec inside a nested field ({{{name}}}) is not supported"
            ));
        }
        if !text.is_empty() {
            parts.push(SpecPart::Text(std::mem::take(&mut text)));
        }
        parts.push(SpecPart::Field(numbering.arg(&name)?));
    }
    if !text.is_empty() {
        parts.push(SpecPart::Text(text));
    }
    Ok(parts)
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
                    let local = match self.format_arg(arg, &positional, &named) {
                        Ok(l) => l,
                        Err(msg) => return self.format_refused(g, c, msg),
                    };
                    // The nested fields of the spec, checked before any
                    // code is emitted for this field.
                    let mut spec_locals = Vec::new();
                    for part in spec {
                        if let SpecPart::Field(a) = part {
                            match self.format_arg(a, &positional, &named) {
                                Ok(l) => spec_locals.push(l),
                                Err(msg) => return self.format_refused(g, c, msg),
                            }
                        }
                    }
                    self.emit(I::LocalGet(local));
                    self.format_field(g, *conversion, spec, &spec_locals)?;
                }
            }
            self.call_rt(g, "sb_str")?;
        }
        self.builder_done(g, b)
    }

    /// The local holding the argument a field names.
    fn format_arg(
        &self,
        arg: &Arg,
        positional: &[u32],
        named: &[(String, u32)],
    ) -> Result<u32, String> {
        match arg {
            Arg::Index(i) => positional.get(*i).copied().ok_or_else(|| {
                format!("Replacement index {i} out of range for positional args tuple")
            }),
            Arg::Name(n) => named
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, t)| *t)
                .ok_or_else(|| format!("no keyword argument '{n}' for {{{n}}}")),
        }
    }

    /// With the value on the stack, leaves the i32 str of one field;
    /// `spec_locals` hold the values of the spec's nested fields.
    fn format_field(
        &mut self,
        g: &mut Gen,
        conversion: Option<char>,
        spec: &[SpecPart],
        spec_locals: &[u32],
    ) -> R<()> {
        if let Some(conv) = conversion {
            let f = match conv {
                'r' => "repr_",
                'a' => "ascii_",
                _ => "str_",
            };
            self.call_rt(g, f)?;
            self.emit(I::I64ExtendI32U);
        }
        match spec {
            // A class defining __format__ is asked for an empty spec too.
            [] if g.scopes.user_attrs.contains("__format__") => {
                return self.call_rt(g, "format_empty")
            }
            [] => return self.call_rt(g, "str_"),
            [SpecPart::Text(t)] => {
                let s = g.m.str_const(t);
                self.emit(I::I32Const(s as i32));
            }
            parts => {
                let b = self.builder_new(g)?;
                let mut locals = spec_locals.iter();
                for part in parts {
                    self.emit(I::LocalGet(b));
                    match part {
                        SpecPart::Text(t) => {
                            let s = g.m.str_const(t);
                            self.emit(I::I32Const(s as i32));
                        }
                        SpecPart::Field(_) => {
                            let l = *locals.next().expect("one local per nested field");
                            self.emit(I::LocalGet(l));
                            self.call_rt(g, "str_")?;
                        }
                    }
                    self.call_rt(g, "sb_str")?;
                }
                self.emit(I::LocalGet(b));
                self.call_rt(g, "sb_done")?;
            }
        }
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
                spec: vec![SpecPart::Text("<5".into())]
            }
        );
        assert_eq!(
            p[3],
            Piece::Field {
                arg: Arg::Index(1),
                conversion: Some('r'),
                spec: vec![SpecPart::Text(">4".into())]
            }
        );
        assert_eq!(
            p[5],
            Piece::Field {
                arg: Arg::Name("name".into()),
                conversion: None,
                spec: vec![SpecPart::Text(".2f".into())]
            }
        );
        assert!(parse("{} {1}").unwrap_err().contains("cannot switch"));
        assert!(reaches_into("{0.x} {}"));
        assert!(!reaches_into("{0} {1}"));
        let nested = parse("{:{}.{p}f}").unwrap();
        assert_eq!(
            nested[0],
            Piece::Field {
                arg: Arg::Index(0),
                conversion: None,
                spec: vec![
                    SpecPart::Field(Arg::Index(1)),
                    SpecPart::Text(".".into()),
                    SpecPart::Field(Arg::Name("p".into())),
                    SpecPart::Text("f".into()),
                ]
            }
        );
        assert!(parse("{:{:{}}}").unwrap_err().contains("recursion"));
        assert!(parse("}").unwrap_err().contains("Single '}'"));
    }
}
