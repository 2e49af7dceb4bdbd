//! `import re`: the module's functions as stdmod table rows
//! (runtime/re_api.py, re_sub.py), its flag constants and `re.error`,
//! the names of the Pattern and Match methods and attributes (known to
//! the compiler only in a program that imports re, so elsewhere they stay
//! the compile errors they were), and what is refused when written
//! literally: bytes patterns, re.DEBUG, and pattern syntax the engine
//! does not have (front/re_check.rs).

use super::fx::{Fx, R};
use super::stdmod::StdFunc;
use super::{Gen, NONE};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};
use wasm_encoder::Instruction as I;

const SEARCH: &[&str] = &["pattern", "string", "flags"];

pub(super) const FUNCS: &[StdFunc] = &[
    ("re", "compile", "re_compile_", &["pattern", "flags"], 1, 2),
    ("re", "match", "re_match_", SEARCH, 2, 3),
    ("re", "fullmatch", "re_fullmatch_", SEARCH, 2, 3),
    ("re", "search", "re_search_", SEARCH, 2, 3),
    ("re", "findall", "re_findall_", SEARCH, 2, 3),
    ("re", "finditer", "re_finditer_", SEARCH, 2, 3),
    (
        "re",
        "sub",
        "re_sub_",
        &["pattern", "repl", "string", "count", "flags"],
        3,
        5,
    ),
    (
        "re",
        "subn",
        "re_subn_",
        &["pattern", "repl", "string", "count", "flags"],
        3,
        5,
    ),
    (
        "re",
        "split",
        "re_split_",
        &["pattern", "string", "maxsplit", "flags"],
        2,
        4,
    ),
    ("re", "escape", "re_escape_", &["pattern"], 1, 1),
];

/// The flags (CPython 3.11's values; re.DEBUG is refused).
const FLAGS: &[(&str, i64)] = &[
    ("NOFLAG", 0),
    ("I", 2),
    ("IGNORECASE", 2),
    ("L", 4),
    ("LOCALE", 4),
    ("M", 8),
    ("MULTILINE", 8),
    ("S", 16),
    ("DOTALL", 16),
    ("U", 32),
    ("UNICODE", 32),
    ("X", 64),
    ("VERBOSE", 64),
    ("A", 256),
    ("ASCII", 256),
];

/// Methods of Pattern and Match objects (in front/methods.rs's table;
/// `group` takes any number of arguments and is compiled here).
pub const RE_METHODS: &[&str] = &[
    "match",
    "fullmatch",
    "search",
    "findall",
    "finditer",
    "sub",
    "subn",
    "groups",
    "groupdict",
    "start",
    "end",
    "span",
    "expand",
];

/// Attributes of Pattern and Match objects (runtime attr_NAME).
pub const RE_ATTRS: &[&str] = &[
    "pattern",
    "flags",
    "groups",
    "string",
    "re",
    "pos",
    "endpos",
    "lastindex",
    "lastgroup",
];

/// Is `name` a constant or class of re (for `from re import name`)?
pub fn has_value(name: &str) -> bool {
    name == "error" || FLAGS.iter().any(|f| f.0 == name)
}

/// Is `name` a method mayfly knows only for re's objects, in a program
/// that does not import re (so it is not a builtin method there)?
pub fn hidden_method(g: &Gen, name: &str) -> bool {
    !g.l.re && RE_METHODS.contains(&name)
}

/// Is `name` an attribute read through runtime attr_NAME here?
pub fn is_re_attr(g: &Gen, name: &str) -> bool {
    g.l.re && RE_ATTRS.contains(&name)
}

impl Fx {
    /// `re.NAME` as a value: a flag, or re.error.
    pub(super) fn re_value(&mut self, g: &mut Gen, name: &str, r: TextRange) -> R<bool> {
        if let Some((_, v)) = FLAGS.iter().find(|f| f.0 == name) {
            self.emit(I::I64Const((v << 1) | 1));
            return Ok(true);
        }
        if name == "error" {
            self.emit(I::I32Const(crate::layout::exc::RE_ERROR));
            self.call_rt(g, "exc_class")?;
            return Ok(true);
        }
        if name == "DEBUG" {
            g.error(r, "re.DEBUG is not supported");
            self.emit(I::I64Const(NONE));
            return Ok(true);
        }
        Ok(false)
    }

    /// Checks a call of one of re's functions before it is compiled: a
    /// bytes pattern, or a literal pattern with syntax mayfly's engine
    /// lacks, is a compile error. True when it was refused.
    pub(super) fn re_refused(&mut self, g: &mut Gen, name: &str, c: &ast::ExprCall) -> bool {
        if name == "escape" {
            return false;
        }
        let pattern = c.arguments.args.first().or_else(|| {
            c.arguments
                .keywords
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "pattern"))
                .map(|k| &k.value)
        });
        let what = match pattern {
            Some(Expr::BytesLiteral(_)) => Some("bytes patterns are not supported".to_string()),
            Some(Expr::StringLiteral(s)) => super::re_check::refused_syntax(s.value.to_str()),
            _ => None,
        };
        if let Some(what) = what {
            g.error(c.range(), format!("re.{name}(): {what}"));
            self.emit(I::I64Const(NONE));
            return true;
        }
        false
    }

    /// `m.group(...)`: any number of positional arguments, as a tuple.
    pub(super) fn re_group_call<'a>(
        &mut self,
        g: &mut Gen<'a>,
        a: &'a ast::ExprAttribute,
        c: &'a ast::ExprCall,
    ) -> R<bool> {
        if !g.l.re || a.attr.as_str() != "group" || g.scopes.user_attrs.contains("group") {
            return Ok(false);
        }
        if !c.arguments.keywords.is_empty()
            || c.arguments
                .args
                .iter()
                .any(|e| matches!(e, Expr::Starred(_)))
        {
            g.error(
                c.range(),
                "group() takes its group numbers or names by position only",
            );
            self.emit(I::I64Const(NONE));
            return Ok(true);
        }
        self.expr(g, &a.value)?;
        self.tuple_of_args(g, &c.arguments.args)?;
        self.call_rt(g, "m_group")?;
        Ok(true)
    }
}
