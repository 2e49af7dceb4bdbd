//! `collections.namedtuple(...)` and `class C(typing.NamedTuple)`. The
//! names are literals, so CPython's ValueErrors for bad ones are compile
//! errors here; the class is made at run time (runtime/namedtuple.py
//! nt_class or class_new, then nt_done), and the methods CPython's
//! namedtuple generates are the runtime's, put in the class namespace
//! as method objects: __repr__, _asdict, _replace and the classmethod
//! _make. A named tuple is a tuple with a class word (namedtuple.py).

use super::dataclass::runtime_method;
use super::fx::{Fx, R};
use super::{Gen, NONE};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashSet;
use wasm_encoder::{Instruction as I, ValType};

/// Desc.kind of a classmethod (runtime/class.py DESC_CLASS).
const DESC_CLASS: i32 = 2;

/// The generated methods: (name, runtime function, is a classmethod).
const METHODS: &[(&str, &str, bool)] = &[
    ("__repr__", "nt_repr", false),
    ("_asdict", "nt_asdict", false),
    ("_replace", "nt_replace", false),
    ("_make", "nt_make", true),
];

/// What a typing.NamedTuple class body may not define (CPython's
/// AttributeError "Cannot overwrite NamedTuple attribute ...").
const PROHIBITED: &[&str] = &[
    "__new__",
    "__init__",
    "__slots__",
    "__getnewargs__",
    "_fields",
    "_field_defaults",
    "_make",
    "_replace",
    "_asdict",
    "_source",
];

/// The attributes every named tuple has besides its fields (for the
/// analyzer's user_attrs).
pub const NT_ATTRS: &[&str] = &["_asdict", "_replace", "_fields", "_make", "_field_defaults"];

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// str.isidentifier, by Rust's Unicode classes (close to Python's
/// XID_Start/XID_Continue; the difference is in rare scripts only).
fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic())
        && cs.all(|c| c == '_' || c.is_alphanumeric())
}

/// The field names of a `field_names` argument written as literals:
/// 'x y', 'x, y' or a list/tuple of str literals; None otherwise.
pub fn literal_fields(e: &Expr) -> Option<Vec<String>> {
    match e {
        Expr::StringLiteral(s) => Some(
            s.value
                .to_str()
                .replace(',', " ")
                .split_whitespace()
                .map(str::to_string)
                .collect(),
        ),
        Expr::List(l) => l.elts.iter().map(str_lit).collect(),
        Expr::Tuple(t) => t.elts.iter().map(str_lit).collect(),
        _ => None,
    }
}

fn str_lit(e: &Expr) -> Option<String> {
    match e {
        Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
        _ => None,
    }
}

/// CPython's checks of the type name and field names (after `rename`,
/// which replaces each bad or repeated field name by `_index`); the
/// first ValueError's message, if any.
pub fn check_names(typename: &str, fields: &mut [String], rename: bool) -> Option<String> {
    if rename {
        let mut seen = HashSet::new();
        for (i, f) in fields.iter_mut().enumerate() {
            if !is_identifier(f)
                || KEYWORDS.contains(&f.as_str())
                || f.starts_with('_')
                || seen.contains(f.as_str())
            {
                *f = format!("_{i}");
            }
            seen.insert(f.clone());
        }
    }
    for n in std::iter::once(typename).chain(fields.iter().map(String::as_str)) {
        if !is_identifier(n) {
            return Some(format!(
                "Type names and field names must be valid identifiers: {}",
                py_repr(n)
            ));
        }
        if KEYWORDS.contains(&n) {
            return Some(format!(
                "Type names and field names cannot be a keyword: {}",
                py_repr(n)
            ));
        }
    }
    let mut seen = HashSet::new();
    for f in fields.iter() {
        if f.starts_with('_') && !rename {
            return Some(format!(
                "Field names cannot start with an underscore: {}",
                py_repr(f)
            ));
        }
        if !seen.insert(f.as_str()) {
            return Some(format!("Encountered duplicate field name: {}", py_repr(f)));
        }
    }
    None
}

/// repr() of a str as CPython writes it in these messages: in single
/// quotes unless it holds one and no double quote; backslash escapes
/// for the quote, backslash and control characters.
fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// Special methods a named tuple class body may define: those the
/// tuple's operations do not bypass (runtime/namedtuple.py nt_refused).
fn nt_allowed(name: &str) -> bool {
    matches!(
        name,
        "__repr__"
            | "__str__"
            | "__init__"
            | "__slots__"
            | "__match_args__"
            | "__doc__"
            | "__module__"
            | "__qualname__"
            | "__getnewargs__"
    )
}

/// Is base `b` of a class statement typing.NamedTuple?
pub fn is_base(g: &Gen, b: &Expr) -> bool {
    let typing = |n: &str| g.scopes.typing_names.get(n).map(String::as_str);
    match b {
        Expr::Name(n) => matches!(
            typing(n.id.as_str()),
            Some("typing.NamedTuple" | "typing_extensions.NamedTuple")
        ),
        Expr::Attribute(a) => {
            a.attr.as_str() == "NamedTuple"
                && matches!(&*a.value, Expr::Name(m) if matches!(typing(m.id.as_str()), Some("typing" | "typing_extensions")))
        }
        _ => false,
    }
}

impl Fx {
    /// `namedtuple(typename, field_names, *, rename=False,
    /// defaults=None)`, its value the new class.
    pub(super) fn namedtuple_call<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprCall) -> R<()> {
        let args = &c.arguments.args;
        let mut names: Vec<Option<&'a Expr>> = vec![args.first(), args.get(1)];
        let (mut rename, mut defaults) = (false, None);
        if args.len() > 2 {
            g.error(
                c.range(),
                "namedtuple() takes 2 positional arguments (rename=, defaults= are keywords)",
            );
        }
        for k in c.arguments.keywords.iter() {
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("typename") => names[0] = Some(&k.value),
                Some("field_names") => names[1] = Some(&k.value),
                Some("rename") => match &k.value {
                    Expr::BooleanLiteral(b) => rename = b.value,
                    v => g.error(
                        v.range(),
                        "namedtuple(rename=...) must be True or False here",
                    ),
                },
                Some("defaults") => defaults = Some(&k.value),
                Some("module") => g.error(
                    k.range,
                    "namedtuple(module=...) is not supported: the class's module is the tenant's",
                ),
                Some(other) => g.error(
                    k.range,
                    format!("namedtuple() got an unexpected keyword argument '{other}'"),
                ),
                None => g.error(k.range, "namedtuple(**kwargs) is not supported"),
            }
        }
        let typename = names[0].and_then(str_lit);
        let fields = names[1].and_then(literal_fields);
        let (Some(typename), Some(mut fields)) = (typename, fields) else {
            g.error(c.range(), "namedtuple() needs its type name and field names as literals here ('Point', 'x y' or ['x', 'y'])");
            self.emit(I::I64Const(NONE));
            return Ok(());
        };
        if let Some(msg) = check_names(&typename, &mut fields, rename) {
            g.error(c.range(), msg);
        }
        let name_str = g.m.str_const(&typename);
        let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
        let names_tuple = g.m.str_tuple_const(&fields);
        self.emit(I::I32Const(name_str as i32));
        self.emit(I::I64Const(names_tuple as i64));
        match defaults {
            Some(d) => self.expr(g, d)?,
            None => self.emit(I::I64Const(0)),
        }
        self.call_rt(g, "nt_class")?;
        let cls = self.tmp(ValType::I64);
        self.emit(I::LocalSet(cls));
        self.nt_finish(g, cls, false, &HashSet::new())?;
        self.emit(I::LocalGet(cls));
        Ok(())
    }

    /// A typing.NamedTuple class body: what CPython refuses in it.
    pub(super) fn nt_body_check(&mut self, g: &mut Gen, c: &ast::StmtClassDef) {
        for s in &c.body {
            let (name, r): (&str, TextRange) = match s {
                ast::Stmt::FunctionDef(f) => (f.name.as_str(), f.name.range),
                ast::Stmt::AnnAssign(a) => match &*a.target {
                    Expr::Name(n) => {
                        if n.id.starts_with('_') {
                            g.error(
                                n.range,
                                format!(
                                    "Field names cannot start with an underscore: {}",
                                    py_repr(&n.id)
                                ),
                            );
                        }
                        (n.id.as_str(), n.range)
                    }
                    _ => continue,
                },
                ast::Stmt::Assign(a) => match a.targets.first() {
                    Some(Expr::Name(n)) => (n.id.as_str(), n.range),
                    _ => continue,
                },
                _ => continue,
            };
            if PROHIBITED.contains(&name) {
                g.error(r, format!("Cannot overwrite NamedTuple attribute {name}"));
            } else if name.starts_with("__") && name.ends_with("__") && !nt_allowed(name) {
                g.error(r, format!("defining {name} in a NamedTuple class is not supported: mayfly uses the tuple's own"));
            }
        }
    }

    /// After the fields (nt_class, or the dc_field calls of a typed
    /// body): the namespace (nt_done) and the generated methods the body
    /// does not define.
    pub(super) fn nt_finish(
        &mut self,
        g: &mut Gen,
        cls: u32,
        typed: bool,
        defined: &HashSet<String>,
    ) -> R<()> {
        self.emit(I::LocalGet(cls));
        self.emit(I::I32Const(typed as i32));
        self.call_rt(g, "nt_done")?;
        for &(name, f, classmethod) in METHODS {
            if defined.contains(name) {
                continue;
            }
            let obj = runtime_method(g, f, name)?;
            let v = self.tmp(ValType::I64);
            if classmethod {
                self.emit(I::I32Const(DESC_CLASS));
                self.emit(I::I64Const(obj as i64));
                self.call_rt(g, "desc_new")?;
            } else {
                self.emit(I::I64Const(obj as i64));
            }
            self.emit(I::LocalSet(v));
            self.class_set(g, cls, name, v)?;
        }
        Ok(())
    }
}
