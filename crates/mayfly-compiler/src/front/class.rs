//! Class statements and what user objects add to expressions: attribute
//! reads, assignments and deletions on any value, calls of methods that
//! a user class may define, `super()`, keyword arguments through values,
//! and the builtins getattr, setattr, hasattr, delattr and issubclass.
//! The objects themselves live in the runtime (runtime/class.py and
//! dunder.py).

use super::fx::{mem, Fx, R};
use super::{Body, Gen, NONE};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::HashSet;
use wasm_encoder::{BlockType, Instruction as I, ValType};

/// Special methods CPython calls implicitly and mayfly does not: defining
/// one would be silently ignored, so it is refused. (Those only a module
/// mayfly lacks calls, such as __copy__ or __reduce__, are plain methods
/// here, as they are to CPython until that module is imported.)
const UNSUPPORTED_SPECIAL: &[&str] = &[
    "__new__",
    "__getattr__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__init_subclass__",
    "__class_getitem__",
    "__set_name__",
    "__get__",
    "__set__",
    "__delete__",
    "__format__",
    "__index__",
    "__int__",
    "__float__",
    "__complex__",
    "__round__",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__reversed__",
    "__await__",
    "__aiter__",
    "__anext__",
    "__aenter__",
    "__aexit__",
    "__isub__",
    "__imul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ior__",
    "__ixor__",
    "__matmul__",
    "__rmatmul__",
    "__imatmul__",
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
        let mut dc = None;
        for d in &c.decorator_list {
            match super::dataclass::dataclass_options(g, d) {
                Some(o) if dc.is_none() => dc = Some(o),
                _ => g.error(
                    d.range(),
                    "class decorators are not supported (@dataclass is)",
                ),
            }
        }
        if let Some(tp) = &c.type_params {
            g.error(
                tp.range,
                "type parameter lists need Python 3.12; mayfly follows 3.11",
            );
        }
        let mut bases: Vec<&'a Expr> = Vec::new();
        if let Some(args) = &c.arguments {
            if let Some(k) = args.keywords.first() {
                g.error(k.range, "class keywords (metaclass=...) are not supported");
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
        let name = c.name.as_str();
        let name_str = g.m.str_const(name);
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
        let cls = self.tmp(ValType::I64);
        self.emit(I::LocalSet(cls));
        let outer = self.class_body.replace((cls, HashSet::new()));
        let r = self.class_body_stmts(g, name, cls, &c.body, dc.is_some());
        let defined = std::mem::replace(&mut self.class_body, outer).map(|b| b.1);
        r?;
        if let Some(o) = &dc {
            self.dc_finish(g, cls, o, &defined.unwrap_or_default(), c.range)?;
        }
        self.emit(I::LocalGet(cls));
        self.call_rt(g, "class_done")?;
        let slot = g.class_slot(name);
        let t = self.tmp(ValType::I64);
        self.emit(I::LocalTee(t));
        self.emit(I::I32Const(0));
        self.emit(I::LocalGet(t));
        self.emit(I::I64Store(mem(slot as u64, 3)));
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
                Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_)) => {} // docstring
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
        let mut wrap = Wrap::Plain;
        for dec in &d.decorator_list {
            if !matches!(wrap, Wrap::Plain) {
                g.error(
                    dec.range(),
                    "stacked decorators on methods are not supported",
                );
                break;
            }
            wrap = match &dec.expression {
                Expr::Name(n) if self.is_builtin(g, n.id.as_str()) => match n.id.as_str() {
                    "staticmethod" => Wrap::Desc(1),
                    "classmethod" => Wrap::Desc(2),
                    "property" => Wrap::Desc(3),
                    other => {
                        g.error(dec.range(), format!("the decorator '{other}' is not supported on methods (staticmethod, classmethod, property and @x.setter are)"));
                        return Ok(());
                    }
                },
                Expr::Attribute(a) if matches!(a.attr.as_str(), "setter" | "deleter") => {
                    match &*a.value {
                        Expr::Name(p) => Wrap::PropertyPart(
                            p.id.to_string(),
                            if a.attr.as_str() == "setter" { 1 } else { 2 },
                        ),
                        _ => {
                            g.error(
                                dec.range(),
                                "only @NAME.setter and @NAME.deleter are supported",
                            );
                            return Ok(());
                        }
                    }
                }
                _ => {
                    g.error(dec.range(), "decorators on methods are not supported (staticmethod, classmethod, property and @x.setter are)");
                    return Ok(());
                }
            };
        }
        self.check_def(g, d);
        let defaults: Vec<&'a Expr> = d
            .parameters
            .args
            .iter()
            .filter_map(|p| p.default.as_deref())
            .collect();
        let meta = g.declare_function(d.range, Body::Def(d))?;
        let scope = *g
            .scopes
            .by_start
            .get(&d.range.start().to_u32())
            .ok_or("scope of method")?;
        self.make_function(g, scope, &meta, &defaults, &format!("{class}.{name}"))?;
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

    /// The attribute name as stored: `__x` in a method of class C is
    /// `_C__x`, as CPython mangles private names.
    pub fn attr_name(&self, g: &Gen, name: &str) -> String {
        match &g.scopes.list[self.scope].class {
            Some(c) => mangle_private(c, name),
            None => name.to_string(),
        }
    }

    /// `obj.name` for a name a user object may have: looked up at run
    /// time (AttributeError when absent).
    pub fn user_attr<'a>(&mut self, g: &mut Gen<'a>, a: &'a ast::ExprAttribute) -> R<()> {
        if let Some((c, o)) = self.super_args(g, &a.value)? {
            let name = self.attr_name(g, a.attr.as_str());
            let s = g.m.str_const(&name);
            self.emit(I::LocalGet(c));
            self.emit(I::LocalGet(o));
            self.emit(I::I32Const(s as i32));
            return self.call_rt(g, "super_attr");
        }
        self.expr(g, &a.value)?;
        let name = self.attr_name(g, a.attr.as_str());
        let s = g.m.str_const(&name);
        self.emit(I::I32Const(s as i32));
        self.emit(I::I32Const(g.attr_cache() as i32));
        self.call_rt_user(g, "getattr_ic")
    }

    /// `obj.name = <local v>`.
    pub fn store_attr<'a>(&mut self, g: &mut Gen<'a>, a: &'a ast::ExprAttribute, v: u32) -> R<()> {
        self.expr(g, &a.value)?;
        let name = self.attr_name(g, a.attr.as_str());
        let s = g.m.str_const(&name);
        self.emit(I::I32Const(s as i32));
        self.emit(I::LocalGet(v));
        self.emit(I::I32Const(g.attr_cache() as i32));
        self.call_rt_user(g, "setattr_ic")
    }

    pub fn delete_attr<'a>(&mut self, g: &mut Gen<'a>, a: &'a ast::ExprAttribute) -> R<()> {
        self.expr(g, &a.value)?;
        let name = self.attr_name(g, a.attr.as_str());
        let s = g.m.str_const(&name);
        self.emit(I::I32Const(s as i32));
        self.call_rt(g, "delattr_")
    }

    /// `obj.name OP= value`: obj evaluated once.
    pub fn aug_attr<'a>(
        &mut self,
        g: &mut Gen<'a>,
        a: &'a ast::ExprAttribute,
        op: ast::Operator,
        value: &'a Expr,
    ) -> R<()> {
        self.expr(g, &a.value)?;
        let o = self.tmp(ValType::I64);
        self.emit(I::LocalSet(o));
        let name = self.attr_name(g, a.attr.as_str());
        let s = g.m.str_const(&name);
        self.emit(I::LocalGet(o));
        self.emit(I::I32Const(s as i32));
        self.emit(I::LocalGet(o));
        self.emit(I::I32Const(s as i32));
        self.emit(I::I32Const(g.attr_cache() as i32));
        self.call_rt_user(g, "getattr_ic")?;
        self.expr(g, value)?;
        self.binop(g, op, true)?;
        self.emit(I::I32Const(g.attr_cache() as i32));
        self.call_rt_user(g, "setattr_ic")
    }

    /// `super()` (in a method: its class and first parameter) or
    /// `super(C, obj)`: locals holding the class and the object.
    fn super_args<'a>(&mut self, g: &mut Gen<'a>, e: &'a Expr) -> R<Option<(u32, u32)>> {
        let Expr::Call(c) = e else { return Ok(None) };
        let Expr::Name(n) = &*c.func else {
            return Ok(None);
        };
        if n.id.as_str() != "super" || !self.is_builtin(g, "super") {
            return Ok(None);
        }
        let (cls, obj) = (self.tmp(ValType::I64), self.tmp(ValType::I64));
        match &c.arguments.args[..] {
            [] if c.arguments.keywords.is_empty() => {
                let sc = &g.scopes.list[self.scope];
                let (Some(class), Some(first)) = (sc.class.clone(), sc.params.first().cloned())
                else {
                    g.error(
                        c.range(),
                        "super() without arguments is only supported directly in a method",
                    );
                    self.emit(I::I64Const(NONE));
                    return Ok(Some((cls, obj)));
                };
                let slot = g.class_slot(&class);
                self.emit(I::I32Const(0));
                self.emit(I::I64Load(mem(slot as u64, 3)));
                self.emit(I::LocalSet(cls));
                self.load_name(g, &first, c.range())?;
                self.emit(I::LocalSet(obj));
            }
            [k, o] if c.arguments.keywords.is_empty() => {
                self.expr(g, k)?;
                self.emit(I::LocalSet(cls));
                self.expr(g, o)?;
                self.emit(I::LocalSet(obj));
            }
            _ => g.error(c.range(), "super() takes no arguments or two"),
        }
        Ok(Some((cls, obj)))
    }

    /// `recv.name(args)` where a user class may define `name`. With
    /// `builtin`, the name is also a method of a builtin type: a receiver
    /// that is not a user object takes that path instead.
    pub fn user_method_call<'a>(
        &mut self,
        g: &mut Gen<'a>,
        a: &'a ast::ExprAttribute,
        c: &'a ast::ExprCall,
        builtin: Option<&[&str]>,
    ) -> R<()> {
        let name = self.attr_name(g, a.attr.as_str());
        let s = g.m.str_const(&name) as i32;
        if let Some((cls, obj)) = self.super_args(g, &a.value)? {
            self.emit(I::LocalGet(cls));
            self.emit(I::LocalGet(obj));
            self.emit(I::I32Const(s));
            self.call_array(g, Some(obj), c)?;
            return self.call_rt_user(g, "super_call");
        }
        self.expr(g, &a.value)?;
        let o = self.tmp(ValType::I64);
        self.emit(I::LocalSet(o));
        if builtin.is_some() {
            self.emit(I::LocalGet(o));
            self.call_rt(g, "is_user_obj")?;
            self.if_(BlockType::Result(ValType::I64));
        }
        if c.arguments.keywords.is_empty() {
            self.emit(I::LocalGet(o));
            self.emit(I::I32Const(s));
            self.call_array(g, Some(o), c)?;
            self.emit(I::I32Const(g.attr_cache() as i32));
            self.call_rt_user(g, "call_method_ic")?;
        } else {
            self.emit(I::LocalGet(o));
            self.emit(I::I32Const(s));
            self.call_rt(g, "getattr_")?;
            self.call_array(g, None, c)?;
            self.call_rt_user(g, "call_kw")?;
        }
        if let Some(params) = builtin {
            self.emit(I::Else);
            self.emit(I::LocalGet(o));
            let vals = self.bind_args(g, c, params, a.attr.as_str())?;
            for v in vals {
                match v {
                    Some(t) => self.emit(I::LocalGet(t)),
                    None => self.emit(I::I64Const(0)),
                }
            }
            self.call_rt(g, &format!("m_{}", a.attr))?;
            self.end();
            if a.attr.as_str() == "sort" {
                self.user_call_done(g)?;
            }
        }
        Ok(())
    }

    /// A call of a runtime function that calls user code.
    fn call_rt_user(&mut self, g: &mut Gen, f: &str) -> R<()> {
        let f = g.rt(f)?;
        self.emit(I::Call(f));
        self.user_call_done(g)
    }

    /// Pushes the arguments of `c` as an array (i32), their count and,
    /// with keywords, the tuple of keyword names: `first`, if given, is
    /// slot 0 (the receiver). Without keywords: (array, n); with them:
    /// (array, npos, names).
    pub fn call_array<'a>(
        &mut self,
        g: &mut Gen<'a>,
        first: Option<u32>,
        c: &'a ast::ExprCall,
    ) -> R<()> {
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords;
        let extra = first.is_some() as usize;
        let n = extra + args.len() + kws.len();
        let p = self.tmp(ValType::I32);
        let alloc = g.rt("alloc")?;
        self.emit(I::I32Const(8 * n as i32));
        self.emit(I::Call(alloc));
        self.emit(I::LocalSet(p));
        if let Some(f) = first {
            self.emit(I::LocalGet(p));
            self.emit(I::LocalGet(f));
            self.emit(I::I64Store(mem(0, 3)));
        }
        for (i, a) in args.iter().enumerate() {
            self.emit(I::LocalGet(p));
            self.arg_value(g, a)?;
            self.emit(I::I64Store(mem(8 * (extra + i) as u64, 3)));
        }
        let mut names = Vec::new();
        for (i, k) in kws.iter().enumerate() {
            let Some(kn) = &k.arg else { continue };
            names.push(kn.as_str());
            self.emit(I::LocalGet(p));
            self.expr(g, &k.value)?;
            self.emit(I::I64Store(mem(8 * (extra + args.len() + i) as u64, 3)));
        }
        self.emit(I::LocalGet(p));
        self.emit(I::I32Const((extra + args.len()) as i32));
        if !kws.is_empty() {
            let t = g.m.str_tuple_const(&names);
            self.emit(I::I32Const(t as i32));
        }
        Ok(())
    }

    /// A call with `*xs` or `**d` among its arguments: the callee as a
    /// value, the positional arguments into a list, the keywords into a
    /// dict (runtime call_dyn binds them).
    pub fn dyn_call<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprCall) -> R<()> {
        match &*c.func {
            Expr::Attribute(a) => {
                let name = a.attr.as_str();
                let builtin = super::call::METHODS.iter().any(|m| m.0 == name);
                let is_super = matches!(&*a.value, Expr::Call(sc) if matches!(&*sc.func, Expr::Name(s) if s.id.as_str() == "super"));
                if !is_super && !g.user_attr_name(name, builtin) {
                    g.error(c.range(), format!("*args or **kwargs in a call of the method '{name}' of a builtin type is not supported"));
                    self.emit(I::I64Const(NONE));
                    return Ok(());
                }
                self.user_attr(g, a)?;
            }
            f => self.expr(g, f)?,
        }
        let f = self.tmp(ValType::I64);
        self.emit(I::LocalSet(f));
        self.call_rt(g, "list_new")?;
        let pos = self.tmp(ValType::I64);
        self.emit(I::LocalSet(pos));
        for a in c.arguments.args.iter() {
            self.emit(I::LocalGet(pos));
            match a {
                Expr::Starred(s) => {
                    self.expr(g, &s.value)?;
                    self.call_rt_user(g, "m_extend")?;
                    self.emit(I::Drop);
                }
                a => {
                    self.expr(g, a)?;
                    self.call_rt(g, "list_append")?;
                }
            }
        }
        let kw = self.tmp(ValType::I64);
        self.emit(I::I64Const(0));
        self.emit(I::LocalSet(kw));
        if !c.arguments.keywords.is_empty() {
            self.call_rt(g, "dict_new")?;
            self.emit(I::LocalSet(kw));
        }
        for k in c.arguments.keywords.iter() {
            self.emit(I::LocalGet(kw));
            match &k.arg {
                Some(n) => {
                    let s = g.m.str_const(n.as_str());
                    self.emit(I::I64Const(s as i64));
                    self.expr(g, &k.value)?;
                    self.call_rt(g, "dict_set")?;
                }
                None => {
                    self.expr(g, &k.value)?;
                    self.emit(I::I32Const(0));
                    self.call_rt(g, "kw_update")?;
                }
            }
        }
        self.emit(I::LocalGet(f));
        self.emit(I::LocalGet(pos));
        self.emit(I::LocalGet(kw));
        self.call_rt_user(g, "call_dyn")
    }

    /// `f(args, key=value)` through a value (a class, a bound method, a
    /// function held in a variable).
    pub fn value_call_kw<'a>(
        &mut self,
        g: &mut Gen<'a>,
        f: &'a Expr,
        c: &'a ast::ExprCall,
    ) -> R<()> {
        self.expr(g, f)?;
        self.call_array(g, None, c)?;
        self.call_rt_user(g, "call_kw")
    }

    /// getattr, setattr, hasattr, delattr and issubclass; None when
    /// `name` is not one of them.
    pub fn class_builtin<'a>(
        &mut self,
        g: &mut Gen<'a>,
        name: &str,
        c: &'a ast::ExprCall,
    ) -> R<Option<()>> {
        let (f, lo, hi) = match name {
            "getattr" => ("getattr_v", 2, 3),
            "setattr" => ("setattr_v", 3, 3),
            "hasattr" => ("hasattr_v", 2, 2),
            "delattr" => ("delattr_v", 2, 2),
            "issubclass" => ("issubclass_v", 2, 2),
            _ => return Ok(None),
        };
        let args = &c.arguments.args;
        if args.len() < lo || args.len() > hi || !c.arguments.keywords.is_empty() {
            g.error(
                c.range(),
                format!("{name}() takes {lo} to {hi} positional arguments"),
            );
            self.emit(I::I64Const(NONE));
            return Ok(Some(()));
        }
        for a in args {
            self.expr(g, a)?;
        }
        if name == "getattr" && args.len() == 2 {
            self.emit(I::I64Const(0)); // no default: AttributeError
        }
        self.call_rt_user(g, f)?;
        Ok(Some(()))
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
fn mangle_private(class: &str, name: &str) -> String {
    if name.starts_with("__") && !name.ends_with("__") {
        format!("_{}{name}", class.trim_start_matches('_'))
    } else {
        name.to_string()
    }
}

impl<'a> Gen<'a> {
    /// A zeroed inline cache for one attribute site (AttrCache).
    pub fn attr_cache(&mut self) -> u32 {
        let size = crate::layout::record("AttrCache").map_or(24, |r| r.size);
        self.m.reserve(size)
    }

    /// `obj.name` may be a user object's attribute, looked up at run
    /// time: a name some class defines or some code assigns, or, in a
    /// program with classes, any name that is not an attribute of a
    /// builtin type (`builtin`: mayfly's builtin types have it).
    pub fn user_attr_name(&self, name: &str, builtin: bool) -> bool {
        if self.scopes.user_attrs.contains(name) {
            return true;
        }
        self.scopes.has_classes
            && !builtin
            && !super::cpython_names::BUILTIN_TYPE_ATTRS.contains(&name)
    }

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
