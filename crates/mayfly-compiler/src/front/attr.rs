//! What user objects add to expressions: attribute reads, assignments
//! and deletions on any value through inline caches (runtime/attrs.py),
//! calls of methods a user class may define, `super()`, keyword and
//! starred arguments through values, and the builtins getattr, setattr,
//! hasattr, delattr, issubclass.

use super::class::mangle_private;
use super::fx::{mem, Fx, R};
use super::{Gen, NONE};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use wasm_encoder::{BlockType, Instruction as I, ValType};

impl Fx {
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
        let o = self.tmp(ValType::I64);
        self.emit(I::LocalSet(o));
        let name = self.attr_name(g, a.attr.as_str());
        let s = g.m.str_const(&name);
        let ic = self.preset_cache(g, a.range);
        self.getattr_cached(g, o, s, ic)
    }

    /// `obj.name = <local v>`.
    pub fn store_attr<'a>(&mut self, g: &mut Gen<'a>, a: &'a ast::ExprAttribute, v: u32) -> R<()> {
        self.expr(g, &a.value)?;
        let o = self.tmp(ValType::I64);
        self.emit(I::LocalSet(o));
        let name = self.attr_name(g, a.attr.as_str());
        let s = g.m.str_const(&name);
        let ic = g.attr_cache();
        self.setattr_cached(g, o, s, v, ic)
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
        let ic = g.attr_cache();
        self.getattr_cached(g, o, s, ic)?;
        self.expr(g, value)?;
        self.binop(g, op, true)?;
        let v = self.tmp(ValType::I64);
        self.emit(I::LocalSet(v));
        let ic = g.attr_cache();
        self.setattr_cached(g, o, s, v, ic)
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

    /// `super().__init_subclass__(**kwargs)`, the idiom of every
    /// __init_subclass__: the kwargs are always empty (mayfly refuses
    /// class keywords), so it is the call without arguments. False for
    /// another call.
    pub fn super_init_subclass<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprCall) -> R<bool> {
        let Expr::Attribute(a) = &*c.func else {
            return Ok(false);
        };
        if a.attr.as_str() != "__init_subclass__"
            || !c.arguments.args.is_empty()
            || c.arguments.keywords.iter().any(|k| k.arg.is_some())
            || c.arguments.keywords.is_empty()
        {
            return Ok(false);
        }
        let Some((cls, obj)) = self.super_args(g, &a.value)? else {
            return Ok(false);
        };
        let s = g.m.str_const("__init_subclass__") as i32;
        self.emit(I::LocalGet(cls));
        self.emit(I::LocalGet(obj));
        self.emit(I::I32Const(s));
        let p = self.tmp(ValType::I32);
        let alloc = g.rt("alloc")?;
        self.emit(I::I32Const(8));
        self.emit(I::Call(alloc));
        self.emit(I::LocalTee(p));
        self.emit(I::LocalGet(obj));
        self.emit(I::I64Store(mem(0, 3)));
        self.emit(I::LocalGet(p));
        self.emit(I::I32Const(1));
        self.call_rt_user(g, "super_call")?;
        Ok(true)
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
            self.emit(I::I32Const(s));
            self.call_rt(g, "has_user_attr")?;
            self.if_(BlockType::Result(ValType::I64));
        }
        if c.arguments.keywords.is_empty() {
            self.call_array(g, Some(o), c)?;
            let ic = g.attr_cache();
            self.call_method_cached(g, o, s as u32, ic)?;
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
                if name == "format" && !g.user_attr_name(name, false) {
                    return self.str_format_dynamic(g, a, c);
                }
                let builtin = super::methods::METHODS.iter().any(|m| m.0 == name);
                let is_super = matches!(&*a.value, Expr::Call(sc) if matches!(&*sc.func, Expr::Name(s) if s.id.as_str() == "super"));
                if !is_super && !g.user_attr_name(name, builtin) {
                    let what = match &*a.value {
                        Expr::Name(m) if g.module_imports.contains(m.id.as_str()) => {
                            format!("{}.{name}(*args) or (**kwargs) is not supported", m.id)
                        }
                        _ => format!("*args or **kwargs in a call of the method '{name}' of a builtin type is not supported"),
                    };
                    g.error(c.range(), what);
                    self.emit(I::I64Const(NONE));
                    return Ok(());
                }
                self.user_attr(g, a)?;
            }
            f => self.expr(g, f)?,
        }
        let f = self.tmp(ValType::I64);
        self.emit(I::LocalSet(f));
        let (pos, kw) = self.args_list_and_dict(g, c)?;
        self.emit(I::LocalGet(f));
        self.emit(I::LocalGet(pos));
        self.emit(I::LocalGet(kw));
        self.call_rt_user(g, "call_dyn")
    }

    /// `s.format(...)` on a str known only at run time, or with `*xs` or
    /// `**d` among the arguments: runtime/strfmtrun.py parses and renders.
    pub fn str_format_dynamic<'a>(
        &mut self,
        g: &mut Gen<'a>,
        a: &'a ast::ExprAttribute,
        c: &'a ast::ExprCall,
    ) -> R<()> {
        self.expr(g, &a.value)?;
        let recv = self.tmp(ValType::I64);
        self.emit(I::LocalSet(recv));
        let (pos, kw) = self.args_list_and_dict(g, c)?;
        self.emit(I::LocalGet(recv));
        self.emit(I::LocalGet(pos));
        self.emit(I::LocalGet(kw));
        self.call_rt_user(g, "str_format_rt")
    }

    /// The arguments of `c` evaluated left to right into a new list (the
    /// positional ones, `*xs` spliced) and a dict (the keywords, `**d`
    /// merged; 0 when there are none): the locals holding them.
    pub fn args_list_and_dict<'a>(
        &mut self,
        g: &mut Gen<'a>,
        c: &'a ast::ExprCall,
    ) -> R<(u32, u32)> {
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
        Ok((pos, kw))
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
        // A class with __getattr__ may answer any name at run time.
        if self.scopes.user_attrs.contains(name) || self.scopes.user_attrs.contains("__getattr__") {
            return true;
        }
        self.scopes.has_classes
            && !builtin
            && !super::cpython_names::BUILTIN_TYPE_ATTRS.contains(&name)
    }
}
