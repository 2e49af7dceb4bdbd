//! `import functools` and `import operator`: every supported name is a
//! value, one static Native object in the image (runtime/native.py)
//! whose table slot is the module's entry (ft_entry, op_entry) and whose
//! type code says which name it is; a call `functools.partial(f, 1)` is a
//! call through that value, so arguments, keywords and CPython's
//! TypeErrors are the runtime's alike for direct calls and calls of the
//! value (`reduce(operator.add, xs)`). The few forms mayfly cannot give
//! CPython's answer for are compile errors here.

use super::fx::{Fx, R};
use super::scope::Scopes;
use super::Gen;
use crate::layout::{off, record, tag};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use wasm_encoder::Instruction as I;

/// Builtin.kind of a Native (runtime/native.py BUILTIN_NATIVE).
const BUILTIN_NATIVE: u32 = 3;

/// (module, name, type code, CPython's name for it, a class?). The codes
/// are runtime/functools.py's FV_* and operator.py's OV_* (the functions
/// of two arguments from 210 in op_binary's order, of one from 240).
const NAMES: &[(&str, &str, u32, &str, bool)] = &[
    ("functools", "reduce", 100, "reduce", false),
    ("functools", "partial", 101, "functools.partial", true),
    ("functools", "wraps", 102, "wraps", false),
    ("functools", "update_wrapper", 103, "update_wrapper", false),
    ("functools", "lru_cache", 104, "lru_cache", false),
    ("functools", "cache", 105, "cache", false),
    ("functools", "cmp_to_key", 106, "cmp_to_key", false),
    ("functools", "total_ordering", 107, "total_ordering", false),
    ("operator", "itemgetter", 200, "operator.itemgetter", true),
    ("operator", "attrgetter", 201, "operator.attrgetter", true),
    (
        "operator",
        "methodcaller",
        202,
        "operator.methodcaller",
        true,
    ),
];

const BINARY: &[&str] = &[
    "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "eq", "ne", "lt", "le", "gt", "ge",
    "and_", "or_", "xor", "contains", "getitem", "delitem", "concat", "is_", "is_not", "lshift",
    "rshift", "countOf", "indexOf",
];
const UNARY: &[&str] = &["neg", "pos", "not_", "truth", "index", "abs", "invert"];

/// Attributes of these objects a program may read (`p.func`,
/// `f.cache_info()`, `info.hits`): looked up at run time.
const ATTRS: &[&str] = &[
    "func",
    "args",
    "keywords",
    "cache_info",
    "cache_clear",
    "hits",
    "misses",
    "maxsize",
    "currsize",
];

pub fn is_module(module: &str) -> bool {
    matches!(module, "functools" | "operator")
}

/// The type code and CPython name of `module.name`, and whether it is a
/// class.
fn lookup(module: &str, name: &str) -> Option<(u32, String, bool)> {
    if let Some(n) = NAMES.iter().find(|n| n.0 == module && n.1 == name) {
        return Some((n.2, n.3.to_string(), n.4));
    }
    if module != "operator" {
        return None;
    }
    if let Some(i) = BINARY.iter().position(|n| *n == name) {
        return Some((210 + i as u32, name.to_string(), false));
    }
    if let Some(i) = UNARY.iter().position(|n| *n == name) {
        return Some((240 + i as u32, name.to_string(), false));
    }
    (name == "setitem").then(|| (250, name.to_string(), false))
}

pub fn has_name(module: &str, name: &str) -> bool {
    lookup(module, name).is_some()
}

/// A program importing either module reads these objects' attributes
/// at run time, through the class machinery's lookups.
pub fn with_native_attrs(mut scopes: Scopes, imports: bool) -> Scopes {
    if imports {
        scopes
            .user_attrs
            .extend(ATTRS.iter().map(|a| a.to_string()));
    }
    scopes
}

fn static_object(g: &mut Gen, module: &str, code: u32, name: &str, class: bool) -> R<u32> {
    let key = format!("\0native:{module}.{name}");
    if let Some(a) = g.builtin_objects.get(&key) {
        return Ok(*a);
    }
    // operator's functions have an entry each (runtime/opfuncs.py), so a
    // program links only the operations it names.
    let entry = match module {
        "functools" => "ft_entry".to_string(),
        _ if code >= 210 => format!("op_{name}_v"),
        _ => "op_entry".to_string(),
    };
    let idx = g.rt(&entry)?;
    let slot = g.m.table_slot(idx);
    let name_str = g.m.str_const(name);
    let r = record("Native").expect("layout has Native");
    let at = g.m.reserve(r.size);
    g.m.put_u32(at + off::TAG, tag::BUILTIN);
    g.m.put_u32(at + off::BUILTIN_SLOT, slot);
    g.m.put_u32(at + off::BUILTIN_KIND, BUILTIN_NATIVE);
    g.m.put_u32(at + off::BUILTIN_TYPE, code);
    g.m.put_u32(at + off::BUILTIN_NAME, name_str);
    let a = r.field("a").map_or(24, |f| f.offset);
    for i in 0..4 {
        g.m.put_u32(at + a + 8 * i, 0);
        g.m.put_u32(at + a + 8 * i + 4, 0);
    }
    g.m.put_u32(at + a, class as u32);
    g.builtin_objects.insert(key, at);
    Ok(at)
}

fn unsupported(module: &str, name: &str) -> String {
    format!("{module}.{name} is not supported (guest-sdk/LANGUAGE.md lists what {module} has)")
}

impl Fx {
    /// `module.name` as a value.
    pub(super) fn native_value(
        &mut self,
        g: &mut Gen,
        module: &str,
        name: &str,
        r: TextRange,
    ) -> R<()> {
        match lookup(module, name) {
            Some((code, cpy, class)) => {
                let at = static_object(g, module, code, &cpy, class)?;
                self.emit(I::I64Const(at as i64));
            }
            None => {
                g.error(r, unsupported(module, name));
                self.emit(I::I64Const(super::NONE));
            }
        }
        Ok(())
    }

    /// `module.name(...)`: a call through the value, after the checks of
    /// what mayfly refuses.
    pub(super) fn native_call<'a>(
        &mut self,
        g: &mut Gen<'a>,
        module: &str,
        name: &str,
        c: &'a ast::ExprCall,
    ) -> R<()> {
        if let Some(why) = refused(g, module, name, c) {
            g.error(c.range(), why);
            self.emit(I::I64Const(super::NONE));
            return Ok(());
        }
        if !c.arguments.keywords.is_empty() {
            return self.value_call_kw(g, &c.func, c);
        }
        self.expr(g, &c.func)?;
        self.args_array(g, &c.arguments.args)?;
        self.emit(I::I32Const(c.arguments.args.len() as i32));
        self.call_rt(g, "call_value")?;
        self.user_call_done(g)
    }
}

/// Why a call is a compile error, if it is one.
fn refused(g: &Gen, module: &str, name: &str, c: &ast::ExprCall) -> Option<String> {
    if lookup(module, name).is_none() {
        return Some(unsupported(module, name));
    }
    let kw = |k: &str| {
        c.arguments
            .keywords
            .iter()
            .any(|a| a.arg.as_ref().is_some_and(|n| n.as_str() == k))
    };
    match name {
        "lru_cache" if kw("typed") => {
            Some("functools.lru_cache(typed=...) is not supported".into())
        }
        "wraps" | "update_wrapper" if kw("assigned") || kw("updated") => Some(format!(
            "functools.{name}(assigned=..., updated=...) is not supported"
        )),
        "methodcaller" if module == "operator" => match c.arguments.args.first() {
            Some(Expr::StringLiteral(s)) => {
                let m = s.value.to_str();
                let builtin = super::methods::METHODS.iter().any(|x| x.0 == m)
                    || super::cpython_names::BUILTIN_TYPE_ATTRS.contains(&m);
                (builtin && !g.scopes.user_attrs.contains(m)).then(|| format!(
                    "operator.methodcaller('{m}') is not supported: methods of builtin types are not looked up by name"
                ))
            }
            _ => Some("operator.methodcaller with a method name that is not a string literal is not supported".into()),
        },
        _ => None,
    }
}

/// Does the program import functools or operator (`import` or `from`)?
pub fn imports_natives(body: &[Stmt]) -> bool {
    super::imports_module(body, "functools") || super::imports_module(body, "operator")
}
