//! Class statements: the class object made at run time (runtime/class.py),
//! its body's defs (with staticmethod, classmethod and property), class
//! attributes and the names the body reads back; what user objects add
//! to expressions is in attr.rs.

use super::fx::{mem, Fx, R};
use super::Gen;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::HashSet;
use wasm_encoder::{Instruction as I, ValType};

/// Special methods CPython calls implicitly and mayfly does not: defining
/// one would be silently ignored, so it is refused. (Those only a module
/// mayfly lacks calls, such as __copy__ or __reduce__, are plain methods
/// here, as they are to CPython until that module is imported.)
const UNSUPPORTED_SPECIAL: &[&str] = &[
    "__getattribute__",
    "__set_name__",
    "__get__",
    "__set__",
    "__delete__",
    "__complex__",
    "__await__",
    "__aiter__",
    "__anext__",
    "__aenter__",
    "__aexit__",
    "__divmod__",
    "__rdivmod__",
    "__del__",
];

/// Builtin types a class cannot derive from here (their instances are
/// not user objects).
const BUILTIN_BASES: &[&str] = &[
    "int",
    "float",
    "str",
    "bool",
    "list",
    "tuple",
    "dict",
    "bytes",
    "range",
    "set",
    "frozenset",
    "type",
    "bytearray",
    "complex",
];

/// How a function in a class body is stored: as it is, or wrapped.
enum Wrap {
    Plain,
    Desc(i32),
    /// `@NAME.setter` (1) or `@NAME.deleter` (2) of a property.
    PropertyPart(String, i32),
}

impl Fx {
    /// `class Name(bases): body`, at module level: made at init, like a
    /// def, and stored in the module global and the class's own slot
    /// (which `super()` in its methods reads).
    pub fn class_def<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::StmtClassDef) -> R<()> {
        // @dataclass is applied at compile time; other decorators are
        // values called on the finished class (evaluated first, in order).
        let mut dc = None;
        let mut user = Vec::new();
        for d in &c.decorator_list {
            match super::dataclass::dataclass_options(g, d) {
                Some(_) if dc.is_some() => g.error(d.range(), "@dataclass twice"),
                Some(o) => dc = Some(o),
                None if dc.is_some() => g.error(
                    d.range(),
                    "a class decorator under @dataclass is not supported (above it is)",
                ),
                None => user.push(d),
            }
        }
        let decorators = self.decorator_values(g, &user)?;
        if let Some(tp) = &c.type_params {
            g.error(
                tp.range,
                "type parameter lists need Python 3.12; mayfly follows 3.11",
            );
        }
        let mut bases: Vec<&'a Expr> = Vec::new();
        // `class C(NamedTuple)`: the base is dropped; the class is a
        // named tuple class (front/namedtuple.rs).
        let mut named_tuple = false;
        // `metaclass=abc.ABCMeta`: the class is an ABC (runtime/abc.py).
        let mut abc_meta = false;
        if let Some(args) = &c.arguments {
            for k in args.keywords.iter() {
                if k.arg.as_ref().is_some_and(|a| a.as_str() == "metaclass")
                    && super::stdabc::is_abcmeta(g, &k.value)
                {
                    abc_meta = true;
                } else {
                    g.error(
                        k.range,
                        "class keywords (metaclass=...) are not supported (except metaclass=abc.ABCMeta)",
                    );
                    break;
                }
            }
            for b in args.args.iter() {
                match b {
                    Expr::Name(n)
                        if self.is_builtin(g, n.id.as_str()) && n.id.as_str() == "object" => {}
                    Expr::Name(n)
                        if self.is_builtin(g, n.id.as_str())
                            && BUILTIN_BASES.contains(&n.id.as_str()) =>
                    {
                        g.error(
                            b.range(),
                            format!("subclassing the builtin type '{}' is not supported", n.id),
                        );
                    }
                    Expr::Starred(_) => g.error(b.range(), "*bases are not supported"),
                    b if super::namedtuple::is_base(g, b) => named_tuple = true,
                    // typing.Protocol and typing.Generic[T] as bases only
                    // mark the class for type checkers: dropped.
                    Expr::Name(n) if is_typing_base(g, n.id.as_str()) => {}
                    Expr::Subscript(s) if matches!(&*s.value, Expr::Name(n) if is_typing_base(g, n.id.as_str())) =>
                        {}
                    Expr::Attribute(a)
                        if matches!(&*a.value, Expr::Name(m) if g.scopes.typing_names.get(m.id.as_str()).is_some_and(|w| w == "typing"))
                            && matches!(a.attr.as_str(), "Protocol" | "Generic") => {}
                    _ => bases.push(b),
                }
            }
        }
        if named_tuple {
            if let Some(o) = bases.first() {
                g.error(
                    o.range(),
                    "a NamedTuple class with other bases is not supported",
                );
            }
            if dc.is_some() {
                g.error(c.range, "@dataclass on a NamedTuple class is not supported");
            }
            self.nt_body_check(g, c);
        }
        self.template_body_check(g, c);
        let name = c.name.as_str();
        // The datetime prelude's classes show CPython's names.
        let shown = crate::datetime::shown_class(name).filter(|_| g.in_prelude(c.range));
        let name_str = g.m.str_const(shown.unwrap_or(name));
        self.emit(I::I32Const(name_str as i32));
        self.emit(I::I32Const(bases.len() as i32));
        self.call_rt(g, "tuple_of")?;
        let tup = self.tmp(ValType::I32);
        self.emit(I::LocalSet(tup));
        for (i, b) in bases.iter().enumerate() {
            self.emit(I::LocalGet(tup));
            self.expr(g, b)?;
            let at = crate::layout::off::TUPLE_ITEMS + 8 * i as u32;
            self.emit(I::I64Store(mem(at as u64, 3)));
        }
        self.emit(I::LocalGet(tup));
        self.emit(I::I64ExtendI32U);
        self.call_rt(g, "class_new")?;
        if abc_meta {
            self.call_rt(g, "abc_mark")?;
        }
        if shown.is_some() {
            self.call_rt(g, "class_of_datetime")?;
        }
        let cls = self.tmp(ValType::I64);
        self.emit(I::LocalSet(cls));
        let outer = self.class_body.replace((cls, HashSet::new()));
        let fields = dc.is_some() || named_tuple;
        let r = self.class_body_stmts(g, name, cls, &c.body, fields);
        let defined = std::mem::replace(&mut self.class_body, outer).map(|b| b.1);
        r?;
        if let Some(o) = &dc {
            self.dc_finish(g, cls, o, &defined.unwrap_or_default(), c.range)?;
        } else if named_tuple {
            self.nt_finish(g, cls, true, &defined.unwrap_or_default())?;
        }
        self.emit(I::LocalGet(cls));
        self.call_rt(g, "class_done")?;
        let slot = g.class_slot(name);
        let t = self.tmp(ValType::I64);
        self.emit(I::LocalTee(t));
        self.emit(I::I32Const(0));
        self.emit(I::LocalGet(t));
        self.emit(I::I64Store(mem(slot as u64, 3)));
        self.apply_decorators(g, &decorators)?;
        self.store_name(g, name, c.name.range)?;
        if self.at_top_level() {
            let n = self.mangled(name);
            self.mark_assigned(n);
        }
        Ok(())
    }

    fn class_body_stmts<'a>(
        &mut self,
        g: &mut Gen<'a>,
        class: &str,
        cls: u32,
        body: &'a [Stmt],
        dataclass: bool,
    ) -> R<()> {
        for s in body {
            let line = g.line_of(s.range());
            self.set_loc(g, line)?;
            match s {
                Stmt::FunctionDef(d) => self.method_def(g, class, cls, d)?,
                Stmt::Assign(a) => {
                    let names: Option<Vec<&str>> = a
                        .targets
                        .iter()
                        .map(|t| match t {
                            Expr::Name(n) => Some(n.id.as_str()),
                            _ => None,
                        })
                        .collect();
                    let Some(names) = names else {
                        g.error(
                            s.range(),
                            "only `name = value` assignments are supported in a class body",
                        );
                        continue;
                    };
                    self.expr(g, &a.value)?;
                    let v = self.tmp(ValType::I64);
                    self.emit(I::LocalSet(v));
                    for n in names {
                        self.class_set(g, cls, &mangle_private(class, n), v)?;
                    }
                }
                Stmt::AnnAssign(a) => {
                    let Expr::Name(n) = &*a.target else {
                        g.error(
                            s.range(),
                            "only `name: type = value` is supported in a class body",
                        );
                        continue;
                    };
                    let field = mangle_private(class, n.id.as_str());
                    if dataclass && self.dc_field(g, cls, &field, a)? {
                        continue;
                    }
                    if let Some(value) = &a.value {
                        self.expr(g, value)?;
                        let v = self.tmp(ValType::I64);
                        self.emit(I::LocalSet(v));
                        self.class_set(g, cls, &mangle_private(class, n.id.as_str()), v)?;
                    }
                }
                // A docstring, or `...` as the placeholder body.
                Stmt::Expr(e)
                    if matches!(&*e.value, Expr::StringLiteral(_) | Expr::EllipsisLiteral(_)) => {}
                Stmt::Pass(_) => {}
                Stmt::Expr(e) => {
                    self.expr(g, &e.value)?;
                    self.emit(I::Drop);
                }
                _ => g.error(
                    s.range(),
                    "only defs, assignments and docstrings are supported in a class body",
                ),
            }
        }
        Ok(())
    }

    /// Stores local `v` as the class attribute `name` (and lets the rest
    /// of the class body read it by name).
    pub(super) fn class_set(&mut self, g: &mut Gen, cls: u32, name: &str, v: u32) -> R<()> {
        // `__slots__` is stored like any class attribute and otherwise
        // ignored: instances keep a dict either way (what differs, the
        // AttributeError for a name outside __slots__, is not emulated).
        self.emit(I::LocalGet(cls));
        let s = g.m.str_const(name);
        self.emit(I::I32Const(s as i32));
        self.emit(I::LocalGet(v));
        self.call_rt(g, "class_set")?;
        if let Some((_, names)) = &mut self.class_body {
            names.insert(name.to_string());
        }
        Ok(())
    }

    fn method_def<'a>(
        &mut self,
        g: &mut Gen<'a>,
        class: &str,
        cls: u32,
        d: &'a ast::StmtFunctionDef,
    ) -> R<()> {
        let name = d.name.as_str();
        if UNSUPPORTED_SPECIAL.contains(&name) {
            g.error(d.name.range, format!("defining {name} is not supported"));
            return Ok(());
        }
        // staticmethod, classmethod, property and @x.setter/deleter make
        // the outermost wrapper (descriptors); user decorators below it
        // are called on the function first.
        let mut wrap = Wrap::Plain;
        let mut user = Vec::new();
        for (i, dec) in d.decorator_list.iter().enumerate() {
            let builtin = match &dec.expression {
                Expr::Name(n) if self.is_builtin(g, n.id.as_str()) => match n.id.as_str() {
                    "staticmethod" => Some(Wrap::Desc(1)),
                    "classmethod" => Some(Wrap::Desc(2)),
                    "property" => Some(Wrap::Desc(3)),
                    _ => None,
                },
                Expr::Attribute(a) if matches!(a.attr.as_str(), "setter" | "deleter") => {
                    match &*a.value {
                        Expr::Name(p) => Some(Wrap::PropertyPart(
                            p.id.to_string(),
                            if a.attr.as_str() == "setter" { 1 } else { 2 },
                        )),
                        _ => {
                            g.error(
                                dec.range(),
                                "only @NAME.setter and @NAME.deleter are supported",
                            );
                            return Ok(());
                        }
                    }
                }
                _ => None,
            };
            match builtin {
                Some(w) if i == 0 => wrap = w,
                Some(_) => {
                    g.error(dec.range(), "staticmethod, classmethod, property and @x.setter are supported as the outermost decorator of a method only");
                    return Ok(());
                }
                None => user.push(dec),
            }
        }
        let decorators = self.decorator_values(g, &user)?;
        let shown = crate::datetime::shown_class(class).unwrap_or(class);
        self.def_value(g, d, &format!("{shown}.{name}"))?;
        self.apply_decorators(g, &decorators)?;
        match wrap {
            Wrap::Plain => {}
            Wrap::Desc(kind) => {
                let f = self.tmp(ValType::I64);
                self.emit(I::LocalSet(f));
                self.emit(I::I32Const(kind));
                self.emit(I::LocalGet(f));
                self.call_rt(g, "desc_new")?;
            }
            Wrap::PropertyPart(prop, which) => {
                let f = self.tmp(ValType::I64);
                self.emit(I::LocalSet(f));
                self.load_name(g, &prop, d.range)?;
                self.emit(I::I32Const(which));
                self.emit(I::LocalGet(f));
                self.call_rt(g, "property_with")?;
            }
        }
        let v = self.tmp(ValType::I64);
        self.emit(I::LocalSet(v));
        self.class_set(g, cls, &mangle_private(class, name), v)
    }

    /// Inside a class body: a name the body bound before, read from the
    /// class being built. False when `n` is not one.
    pub fn class_body_load(&mut self, g: &mut Gen, n: &str) -> R<bool> {
        let Some((cls, names)) = &self.class_body else {
            return Ok(false);
        };
        if !names.contains(n) {
            return Ok(false);
        }
        let cls = *cls;
        self.emit(I::LocalGet(cls));
        let s = g.m.str_const(n);
        self.emit(I::I32Const(s as i32));
        self.call_rt(g, "class_body_get")?;
        Ok(true)
    }
}

/// `Protocol` or `Generic` imported from typing.
fn is_typing_base(g: &Gen, name: &str) -> bool {
    matches!(
        g.scopes.typing_names.get(name).map(|s| s.as_str()),
        Some("typing.Protocol" | "typing.Generic" | "typing_extensions.Protocol")
    )
}

/// `__x` inside class C is `_C__x` (not `__x__`; leading underscores of
/// the class name are dropped).
pub(super) fn mangle_private(class: &str, name: &str) -> String {
    if name.starts_with("__") && !name.ends_with("__") {
        format!("_{}{name}", class.trim_start_matches('_'))
    } else {
        name.to_string()
    }
}

impl<'a> Gen<'a> {
    /// The static slot holding class `name` for `super()` in its methods.
    pub fn class_slot(&mut self, name: &str) -> u32 {
        if let Some(s) = self.class_slots.get(name) {
            return *s;
        }
        let s = self.m.reserve(8);
        self.class_slots.insert(name.to_string(), s);
        s
    }
}
