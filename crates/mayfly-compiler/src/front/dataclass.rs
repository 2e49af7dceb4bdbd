//! `@dataclass` (from dataclasses): the decorator's options are read at
//! compile time, each annotated name of the class body becomes a field
//! (runtime `dc_field`), and the methods CPython generates (__init__,
//! __repr__, __eq__, the orderings, __hash__) are the runtime's
//! (runtime/dataclass.py), put in the class namespace as method objects
//! unless the class body defines them.

use super::fx::{Fx, R};
use super::Gen;
use crate::layout::{off, record, tag};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use std::collections::HashSet;
use wasm_encoder::{Instruction as I, ValType};

/// The options of one `@dataclass(...)`.
pub struct DcOpts {
    init: bool,
    repr: bool,
    eq: bool,
    order: bool,
    frozen: bool,
    match_args: bool,
}

/// Field flags (runtime/dataclass.py DC_*).
const DC_INIT: i32 = 1;
const DC_REPR: i32 = 2;
const DC_COMPARE: i32 = 4;

/// Builtin.kind of a method the runtime provides (class.py BUILTIN_METHOD).
const BUILTIN_METHOD: u32 = 2;

/// `expr` names `what` of dataclasses: `dataclass`, `dataclasses.dataclass`.
fn names(g: &Gen, e: &Expr, what: &str) -> bool {
    match e {
        Expr::Name(n) => g
            .scopes
            .dataclass_names
            .get(n.id.as_str())
            .is_some_and(|w| w == &format!("dataclasses.{what}")),
        Expr::Attribute(a) => {
            a.attr.as_str() == what
                && matches!(&*a.value, Expr::Name(m) if g.scopes.dataclass_names.get(m.id.as_str()).is_some_and(|w| w == "dataclasses"))
        }
        _ => false,
    }
}

fn bool_const(g: &mut Gen, e: &Expr, what: &str) -> bool {
    match e {
        Expr::BooleanLiteral(b) => b.value,
        _ => {
            g.error(e.range(), format!("{what}= must be True or False here"));
            false
        }
    }
}

/// The options of a `@dataclass` or `@dataclass(...)` decorator; None
/// when `d` is not one.
pub fn dataclass_options(g: &mut Gen, d: &ast::Decorator) -> Option<DcOpts> {
    let mut o = DcOpts {
        init: true,
        repr: true,
        eq: true,
        order: false,
        frozen: false,
        match_args: true,
    };
    match &d.expression {
        e if names(g, e, "dataclass") => Some(o),
        Expr::Call(c) if names(g, &c.func, "dataclass") => {
            if let Some(a) = c.arguments.args.first() {
                g.error(a.range(), "dataclass() takes keyword arguments only");
            }
            for k in c.arguments.keywords.iter() {
                let name = k.arg.as_ref().map_or("", |n| n.as_str());
                let v = bool_const(g, &k.value, name);
                match name {
                    "init" => o.init = v,
                    "repr" => o.repr = v,
                    "eq" => o.eq = v,
                    "order" => o.order = v,
                    "frozen" => o.frozen = v,
                    "match_args" => o.match_args = v,
                    "unsafe_hash" | "kw_only" | "slots" | "weakref_slot" if !v => {}
                    _ => g.error(k.range, format!("dataclass({name}=...) is not supported")),
                }
            }
            if o.order && !o.eq {
                g.error(c.range(), "eq must be true if order is true");
            }
            Some(o)
        }
        _ => None,
    }
}

/// `field(default=..., default_factory=..., repr=..., compare=...,
/// init=...)`: its default expression, factory expression and flags.
type FieldSpec<'a> = (Option<&'a Expr>, Option<&'a Expr>, i32);

fn field_spec<'a>(g: &mut Gen, c: &'a ast::ExprCall) -> FieldSpec<'a> {
    let (mut dflt, mut factory, mut flags) = (None, None, DC_INIT | DC_REPR | DC_COMPARE);
    if let Some(a) = c.arguments.args.first() {
        g.error(a.range(), "field() takes keyword arguments only");
    }
    for k in c.arguments.keywords.iter() {
        let name = k.arg.as_ref().map_or("", |n| n.as_str());
        let flag = match name {
            "default" => {
                dflt = Some(&k.value);
                continue;
            }
            "default_factory" => {
                factory = Some(&k.value);
                continue;
            }
            "init" => DC_INIT,
            "repr" => DC_REPR,
            "compare" => DC_COMPARE,
            "hash" | "metadata" | "kw_only" => {
                g.error(k.range, format!("field({name}=...) is not supported"));
                continue;
            }
            _ => {
                g.error(
                    k.range,
                    format!("field() got an unexpected keyword argument '{name}'"),
                );
                continue;
            }
        };
        if !bool_const(g, &k.value, name) {
            flags &= !flag;
        }
    }
    if dflt.is_some() && factory.is_some() {
        g.error(c.range(), "cannot specify both default and default_factory");
    }
    (dflt, factory, flags)
}

/// `typing.ClassVar[...]` (or `ClassVar`): a class attribute, not a field.
fn is_classvar(g: &Gen, ann: &Expr) -> bool {
    let base = match ann {
        Expr::Subscript(s) => &*s.value,
        e => e,
    };
    match base {
        Expr::Name(n) => g
            .scopes
            .typing_names
            .get(n.id.as_str())
            .is_some_and(|w| w.ends_with(".ClassVar")),
        Expr::Attribute(a) => a.attr.as_str() == "ClassVar",
        Expr::StringLiteral(s) => s.value.to_str().starts_with("ClassVar"),
        _ => false,
    }
}

impl Fx {
    /// `name: type [= value]` in a dataclass body: a field, in order.
    /// A plain default is also the class attribute, as in CPython.
    pub fn dc_field<'a>(
        &mut self,
        g: &mut Gen<'a>,
        cls: u32,
        name: &str,
        a: &'a ast::StmtAnnAssign,
    ) -> R<bool> {
        if is_classvar(g, &a.annotation) {
            return Ok(false);
        }
        let (dflt, factory, flags) = match a.value.as_deref() {
            Some(Expr::Call(c)) if names(g, &c.func, "field") => field_spec(g, c),
            v => (v, None, DC_INIT | DC_REPR | DC_COMPARE),
        };
        let (d, f) = (self.tmp(ValType::I64), self.tmp(ValType::I64));
        for (e, t) in [(dflt, d), (factory, f)] {
            match e {
                Some(e) => self.expr(g, e)?,
                None => self.emit(I::I64Const(0)),
            }
            self.emit(I::LocalSet(t));
        }
        if dflt.is_some() {
            self.class_set(g, cls, name, d)?;
        }
        self.emit(I::LocalGet(cls));
        let s = g.m.str_const(name);
        self.emit(I::I32Const(s as i32));
        self.emit(I::LocalGet(d));
        self.emit(I::LocalGet(f));
        self.emit(I::I32Const(flags));
        self.call_rt(g, "dc_field")?;
        Ok(true)
    }

    /// After the class body: the fields merged with the bases', and the
    /// generated methods the body does not define.
    pub fn dc_finish(
        &mut self,
        g: &mut Gen,
        cls: u32,
        o: &DcOpts,
        defined: &HashSet<String>,
        range: ruff_text_size::TextRange,
    ) -> R<()> {
        let notimpl = g.m.notimpl_const();
        let gl = g.rt_global("notimpl")?;
        g.m.set_global_init(gl, notimpl as i64);
        self.emit(I::LocalGet(cls));
        self.emit(I::I32Const(o.frozen as i32));
        self.emit(I::I32Const(o.match_args as i32));
        self.call_rt(g, "dc_done")?;
        let mut methods: Vec<(&str, &str)> = Vec::new();
        if o.init {
            methods.push(("__init__", "dc_init"));
        }
        if o.repr {
            methods.push(("__repr__", "dc_repr"));
        }
        if o.eq {
            methods.push(("__eq__", "dc_eq"));
        }
        if o.order {
            for (m, f) in [
                ("__lt__", "dc_lt"),
                ("__le__", "dc_le"),
                ("__gt__", "dc_gt"),
                ("__ge__", "dc_ge"),
            ] {
                if defined.contains(m) {
                    g.error(range, format!("Cannot overwrite attribute {m} in class. Consider using functools.total_ordering"));
                }
                methods.push((m, f));
            }
        }
        if o.eq && o.frozen {
            methods.push(("__hash__", "dc_hash"));
        }
        for (name, f) in methods {
            if defined.contains(name) {
                continue;
            }
            let obj = runtime_method(g, f, name)?;
            let v = self.tmp(ValType::I64);
            self.emit(I::I64Const(obj as i64));
            self.emit(I::LocalSet(v));
            self.class_set(g, cls, name, v)?;
        }
        Ok(())
    }
}

/// A static method object for runtime function `f` (signature of a
/// generic entry: env, args, nargs): a Builtin of kind BUILTIN_METHOD,
/// which binds its instance like a def.
pub(super) fn runtime_method(g: &mut Gen, f: &str, name: &str) -> R<u32> {
    let key = format!("\0method:{f}");
    if let Some(a) = g.builtin_objects.get(&key) {
        return Ok(*a);
    }
    let idx = g.rt(f)?;
    let slot = g.m.table_slot(idx);
    let name_str = g.m.str_const(name);
    let size = record("Builtin").map_or(0, |r| r.size);
    let at = g.m.reserve(size);
    g.m.put_u32(at + off::TAG, tag::BUILTIN);
    g.m.put_u32(at + off::BUILTIN_SLOT, slot);
    g.m.put_u32(at + off::BUILTIN_KIND, BUILTIN_METHOD);
    g.m.put_u32(at + off::BUILTIN_TYPE, 0);
    g.m.put_u32(at + off::BUILTIN_NAME, name_str);
    g.builtin_objects.insert(key, at);
    Ok(at)
}
