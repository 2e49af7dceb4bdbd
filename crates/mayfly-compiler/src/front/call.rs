//! Calls: builtins, direct calls to module-level defs (arguments matched
//! at compile time), dynamic calls through function objects, methods
//! (runtime `m_NAME(self, ...)` dispatching on the receiver's type),
//! (attributes and subscripts: attribute.rs).

use super::fx::{mem, Fx, R};
use super::methods::METHODS;
use super::{Gen, NONE};
use crate::layout::off;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};
use wasm_encoder::{Instruction as I, ValType};

impl Fx {
    pub fn call<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprCall) -> R<()> {
        let starred = c
            .arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)));
        if let (Expr::Name(n), false) = (&*c.func, starred) {
            if n.id.as_str() == "dict"
                && self.is_builtin(g, "dict")
                && !c.arguments.keywords.is_empty()
            {
                return self.dict_kwargs(g, c);
            }
        }
        if let (Expr::Name(n), true) = (&*c.func, starred) {
            if n.id.as_str() == "map" && self.is_builtin(g, "map") {
                return self.map_filter(g, "map", c);
            }
        }
        if starred && c.arguments.keywords.iter().all(|k| k.arg.is_some()) {
            // `itertools.product(*rows)`: a module function of *args
            // takes the spread tuple (stdmod's variadic call).
            if let Some((module, name)) = self.variadic_std_func(g, &c.func) {
                return self.std_call(g, &module, &name, c);
            }
        }
        if self.super_init_subclass(g, c)? {
            return Ok(());
        }
        if c.arguments
            .args
            .iter()
            .any(|a| matches!(a, Expr::Starred(_)))
            || c.arguments.keywords.iter().any(|k| k.arg.is_none())
        {
            return self.dyn_call(g, c);
        }
        match &*c.func {
            Expr::Name(n)
                if self.is_builtin(g, n.id.as_str())
                    && g.scopes
                        .typing_names
                        .get(n.id.as_str())
                        .is_some_and(|w| w.ends_with(".TypeVar")) =>
            {
                self.type_var(g, c)
            }
            Expr::Name(n) if self.is_builtin(g, n.id.as_str()) => {
                let name = n.id.as_str();
                if let Some((module, attr)) = g.scopes.module_names.get(name).cloned() {
                    return match module.as_str() {
                        "math" => self.math_call(g, &attr, c),
                        "time" => self.time_call(g, &attr, c),
                        m => self.std_call(g, m, &attr, c),
                    };
                }
                if self.class_builtin(g, name, c)?.is_some() {
                    return Ok(());
                }
                if let Some(k) = super::expr::exc_kind(name) {
                    return self.exc_ctor(g, c, k);
                }
                if super::builtins::is_builtin_name(name) {
                    return self.builtin(g, name, c);
                }
                self.load_name(g, name, n.range)
            }
            Expr::Name(n) if self.direct_target(g, n.id.as_str()) => {
                self.direct_call(g, n.id.as_str(), c)
            }
            Expr::Attribute(a) => self.method_call(g, a, c),
            f if !c.arguments.keywords.is_empty() => self.value_call_kw(g, f, c),
            f => {
                self.expr(g, f)?;
                self.args_array(g, &c.arguments.args)?;
                self.emit(I::I32Const(c.arguments.args.len() as i32));
                self.call_rt(g, "call_value")?;
                self.user_call_done(g)
            }
        }
    }

    fn exc_ctor<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprCall, kind: i32) -> R<()> {
        let args = &c.arguments.args;
        if !c.arguments.keywords.is_empty() {
            g.error(c.range(), "builtin exceptions take no keyword arguments");
        }
        self.emit(I::I32Const(kind));
        if args.len() > 1 {
            self.args_array(g, args)?;
            self.emit(I::I32Const(args.len() as i32));
            return self.call_rt(g, "exc_new_args");
        }
        match args.first() {
            Some(a) => self.expr(g, a)?,
            None => self.emit(I::I64Const(0)),
        }
        self.call_rt(g, "exc_new")
    }

    /// Evaluates `args` into a fresh arena array; leaves its i32 address.
    pub fn args_array<'a>(&mut self, g: &mut Gen<'a>, args: &'a [Expr]) -> R<()> {
        let p = self.tmp(ValType::I32);
        let alloc = g.rt("alloc")?;
        self.emit(I::I32Const(8 * args.len() as i32));
        self.emit(I::Call(alloc));
        self.emit(I::LocalSet(p));
        for (i, a) in args.iter().enumerate() {
            self.emit(I::LocalGet(p));
            self.expr(g, a)?;
            self.emit(I::I64Store(mem(8 * i as u64, 3)));
        }
        self.emit(I::LocalGet(p));
        Ok(())
    }

    fn direct_target(&self, g: &Gen, name: &str) -> bool {
        g.scopes.global_bindings.get(name) == Some(&1) && g.funcs_by_name(name).is_some() && {
            let n = self.mangled(name);
            !self.vars.contains_key(&n) && !g.scopes.list[self.scope].frees.contains(&n)
        }
    }

    pub fn global_get(&mut self, g: &mut Gen, name: &str, r: TextRange) -> R<()> {
        self.load_name(g, name, r)
    }

    pub fn call_global_noargs(&mut self, g: &mut Gen, name: &str, r: TextRange) -> R<()> {
        let meta = g.funcs_by_name(name).ok_or(format!("no function {name}"))?;
        if meta.npos > meta.ndefaults {
            g.error(r, format!("{name}() must take no parameters"));
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        self.global_get(g, name, r)?;
        self.emit(I::I32WrapI64);
        let env = self.tmp(ValType::I32);
        self.emit(I::LocalTee(env));
        for i in 0..meta.npos {
            self.emit(I::LocalGet(env));
            self.emit(I::I32Load(mem(off::FUNC_DEFAULTS as u64, 2)));
            self.emit(I::I64Load(mem(8 * i as u64, 3)));
        }
        for k in 0..meta.nkw {
            self.emit(I::LocalGet(env));
            self.emit(I::I32Const(k as i32));
            self.call_rt(g, "kw_default")?;
        }
        self.rest_params(g, &meta, &[], &[])?;
        self.emit(I::Call(meta.direct));
        self.user_call_done(g)
    }

    fn direct_call<'a>(&mut self, g: &mut Gen<'a>, name: &str, c: &'a ast::ExprCall) -> R<()> {
        let meta = g.funcs_by_name(name).ok_or("meta")?;
        let n = meta.npos;
        let min = n - meta.ndefaults;
        let args = &c.arguments.args;
        // Evaluate in source order into temporaries, then pass in order.
        let mut slots: Vec<Option<u32>> = vec![None; n + meta.nkw];
        let (mut extra, mut extra_kw) = (Vec::new(), Vec::new());
        if args.len() > n && !meta.vararg {
            g.error(
                c.range(),
                format!(
                    "{name}() takes {n} positional arguments but {} were given",
                    args.len()
                ),
            );
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        self.global_get(g, name, c.func.range())?;
        self.emit(I::I32WrapI64);
        let env = self.tmp(ValType::I32);
        self.emit(I::LocalSet(env));
        for (i, a) in args.iter().enumerate() {
            self.expr(g, a)?;
            let t = self.tmp(ValType::I64);
            self.emit(I::LocalSet(t));
            match slots.get_mut(i).filter(|_| i < n) {
                Some(s) => *s = Some(t),
                None => extra.push(t),
            }
        }
        for k in &c.arguments.keywords {
            let Some(kn) = &k.arg else { continue };
            let by_name = &meta.params[meta.nposonly..n + meta.nkw];
            let Some(i) = by_name
                .iter()
                .position(|p| p == kn.as_str())
                .map(|i| i + meta.nposonly)
            else {
                if meta.kwarg {
                    self.expr(g, &k.value)?;
                    let t = self.tmp(ValType::I64);
                    self.emit(I::LocalSet(t));
                    extra_kw.push((kn.to_string(), t));
                    continue;
                }
                let what = if meta.params[..meta.nposonly]
                    .iter()
                    .any(|p| p == kn.as_str())
                {
                    "got some positional-only arguments passed as keyword arguments:"
                } else {
                    "got an unexpected keyword argument"
                };
                g.error(k.range, format!("{name}() {what} '{kn}'"));
                continue;
            };
            if slots[i].is_some() {
                g.error(
                    k.range,
                    format!("{name}() got multiple values for argument '{kn}'"),
                );
            }
            self.expr(g, &k.value)?;
            let t = self.tmp(ValType::I64);
            self.emit(I::LocalSet(t));
            slots[i] = Some(t);
        }
        self.emit(I::LocalGet(env));
        for (i, s) in slots.iter().enumerate() {
            match s {
                Some(t) => self.emit(I::LocalGet(*t)),
                None if i >= n => {
                    // A keyword-only one: its default, or TypeError.
                    self.emit(I::LocalGet(env));
                    self.emit(I::I32Const((i - n) as i32));
                    self.call_rt(g, "kw_default")?;
                }
                None if i >= min => {
                    self.emit(I::LocalGet(env));
                    self.emit(I::I32Load(mem(off::FUNC_DEFAULTS as u64, 2)));
                    self.emit(I::I64Load(mem(8 * (i - min) as u64, 3)));
                }
                None => {
                    g.error(
                        c.range(),
                        format!("{name}() missing required argument '{}'", meta.params[i]),
                    );
                    self.emit(I::I64Const(NONE));
                }
            }
        }
        self.rest_params(g, &meta, &extra, &extra_kw)?;
        self.emit(I::Call(meta.direct));
        self.user_call_done(g)
    }

    /// Pushes the *args tuple (of locals `extra`) and the **kwargs dict
    /// (of `extra_kw`) a direct call passes, if the def has them.
    fn rest_params(
        &mut self,
        g: &mut Gen,
        meta: &super::FuncMeta,
        extra: &[u32],
        extra_kw: &[(String, u32)],
    ) -> R<()> {
        if meta.vararg {
            self.emit(I::I32Const(extra.len() as i32));
            self.call_rt(g, "tuple_of")?;
            let t = self.tmp(ValType::I32);
            self.emit(I::LocalSet(t));
            for (i, v) in extra.iter().enumerate() {
                self.emit(I::LocalGet(t));
                self.emit(I::LocalGet(*v));
                self.emit(I::I64Store(mem(
                    (off::TUPLE_ITEMS + 8 * i as u32) as u64,
                    3,
                )));
            }
            self.emit(I::LocalGet(t));
            self.emit(I::I64ExtendI32U);
        }
        if meta.kwarg {
            self.call_rt(g, "dict_new")?;
            let d = self.tmp(ValType::I64);
            self.emit(I::LocalSet(d));
            for (k, v) in extra_kw {
                self.emit(I::LocalGet(d));
                let s = g.m.str_const(k);
                self.emit(I::I64Const(s as i64));
                self.emit(I::LocalGet(*v));
                self.call_rt(g, "dict_set")?;
            }
            self.emit(I::LocalGet(d));
        }
        Ok(())
    }

    fn method_call<'a>(
        &mut self,
        g: &mut Gen<'a>,
        a: &'a ast::ExprAttribute,
        c: &'a ast::ExprCall,
    ) -> R<()> {
        let name = a.attr.as_str();
        if let Some(level) = super::sysmod::stream_level(self, g, &a.value) {
            return self.sys_stream_call(g, level, name, c);
        }
        if name == "from_iterable" && self.names_chain(g, &a.value) {
            return self.std_call(g, "itertools", "chain.from_iterable", c);
        }
        if self.is_urllib_parse(g, &a.value) {
            return self.std_call(g, super::stdurl::MODULE, name, c);
        }
        if let Expr::Name(m) = &*a.value {
            if m.id.as_str() == "json" && g.global_slots.contains_key("json") {
                return self.json_call(g, name, c);
            }
            if m.id.as_str() == "time" && g.imports_time {
                return self.time_call(g, name, c);
            }
            if m.id.as_str() == "math" && g.imports_math && g.global_slots.contains_key("math") {
                return self.math_call(g, name, c);
            }
            let module = m.id.as_str();
            if super::stdmod::STD_MODULES.contains(&module)
                && g.global_slots.contains_key(module)
                && self.is_builtin_module(g, module)
            {
                return self.std_call(g, module, name, c);
            }
            if g.scopes.typing_names.contains_key(m.id.as_str()) {
                if name == "TypeVar" {
                    return self.type_var(g, c);
                }
                // typing.cast(...): the attribute says so.
                return self.attribute(g, a);
            }
            let ty = m.id.as_str();
            if ty == "int" && name == "from_bytes" && self.is_builtin(g, ty) {
                return self.int_from_bytes(g, c);
            }
            if ty == "dict" && name == "fromkeys" && self.is_builtin(g, ty) {
                let vals = self.bind_args(g, c, &["iterable", "value"], "fromkeys")?;
                let Some(it) = vals[0] else {
                    g.error(c.range(), "fromkeys expected at least 1 argument, got 0");
                    self.emit(I::I64Const(NONE));
                    return Ok(());
                };
                self.emit(I::LocalGet(it));
                match vals[1] {
                    Some(v) => self.emit(I::LocalGet(v)),
                    None => self.emit(I::I64Const(0)),
                }
                return self.call_rt(g, "dict_fromkeys");
            }
            if ty == "bytes" && name == "fromhex" && self.is_builtin(g, ty) {
                let vals = self.bind_args(g, c, &["string"], "fromhex")?;
                let [Some(t)] = vals[..] else {
                    g.error(c.range(), "fromhex() takes exactly one argument");
                    self.emit(I::I64Const(NONE));
                    return Ok(());
                };
                self.emit(I::LocalGet(t));
                return self.call_rt(g, "bytes_fromhex");
            }
            if ty == "str" && name == "maketrans" && self.is_builtin(g, ty) {
                return self.str_maketrans(g, c);
            }
            if matches!(ty, "str" | "list" | "dict" | "bytes") && self.is_builtin(g, ty) {
                return self.unbound_builtin_method(g, ty, name, c);
            }
        }
        if let (Expr::StringLiteral(s), "format") = (&*a.value, name) {
            let starred = c
                .arguments
                .args
                .iter()
                .any(|a| matches!(a, Expr::Starred(_)))
                || c.arguments.keywords.iter().any(|k| k.arg.is_none());
            if !starred && !super::strformat::reaches_into(s.value.to_str()) {
                return self.str_format(g, s.value.to_str(), c);
            }
        }
        if self.re_group_call(g, a, c)? {
            return Ok(());
        }
        let builtin = METHODS
            .iter()
            .find(|(n, _)| *n == name && !super::methods::hidden_method(g, n))
            .map(|m| m.1);
        if self.set_method(g, a, c, builtin.is_some())?.is_some() {
            return Ok(());
        }
        let is_super = matches!(&*a.value, Expr::Call(sc) if matches!(&*sc.func, Expr::Name(s) if s.id.as_str() == "super"));
        if is_super || g.user_attr_name(name, builtin.is_some()) {
            // A call the builtin method cannot take (`board.remove(r, c)`)
            // can only be a user method's.
            let fits = |params: &&[&str]| {
                c.arguments.args.len() <= params.len()
                    && c.arguments
                        .keywords
                        .iter()
                        .all(|k| k.arg.as_ref().is_some_and(|n| params.contains(&n.as_str())))
            };
            return self.user_method_call(g, a, c, builtin.filter(fits));
        }
        let Some(params) = builtin else {
            if name == "format" {
                return self.str_format_dynamic(g, a, c);
            }
            g.error(a.range, format!("method '{name}' is not supported"));
            self.emit(I::I64Const(NONE));
            return Ok(());
        };
        if matches!(name, "encode" | "decode") {
            super::codec_check::check_codec_args(g, c, name == "decode");
        }
        self.expr(g, &a.value)?;
        let vals = self.bind_args(g, c, params, name)?;
        let required = super::methods::required_params(name);
        if let Some(missing) = (0..required).find(|&i| vals[i].is_none()) {
            // CPython's TypeError on every run of this line: said now.
            g.error(
                c.range(),
                format!(
                    "{name}() missing required argument '{}' (pos {})",
                    params[missing],
                    missing + 1
                ),
            );
        }
        for v in vals {
            match v {
                Some(t) => self.emit(I::LocalGet(t)),
                None => self.emit(I::I64Const(0)),
            }
        }
        self.call_rt(g, &format!("m_{name}"))?;
        if matches!(name, "sort") {
            self.user_call_done(g)?;
        }
        Ok(())
    }

    /// `str.maketrans(x[, y[, z]])`, positional only.
    fn str_maketrans<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprCall) -> R<()> {
        let args = &c.arguments.args;
        if args.is_empty() || args.len() > 3 || !c.arguments.keywords.is_empty() {
            g.error(
                c.range(),
                "str.maketrans() takes 1 to 3 positional arguments",
            );
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        for a in args.iter() {
            self.expr(g, a)?;
        }
        for _ in args.len()..3 {
            self.emit(I::I64Const(0));
        }
        self.call_rt(g, "str_maketrans")
    }

    /// `int.from_bytes(bytes, byteorder="big", *, signed=False)`.
    fn int_from_bytes<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprCall) -> R<()> {
        let vals = self.bind_args(g, c, &["bytes", "byteorder", "signed"], "from_bytes")?;
        if vals[0].is_none() {
            g.error(
                c.range(),
                "from_bytes() missing required argument 'bytes' (pos 1)",
            );
        }
        for v in vals {
            match v {
                Some(t) => self.emit(I::LocalGet(t)),
                None => self.emit(I::I64Const(0)),
            }
        }
        self.call_rt(g, "int_from_bytes")
    }

    /// `TypeVar("T", ...)`: a static object named T (its bounds and
    /// constraints only speak to type checkers and are not evaluated).
    fn type_var<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprCall) -> R<()> {
        let Some(Expr::StringLiteral(s)) = c.arguments.args.first() else {
            g.error(c.range(), "TypeVar() needs the name as a str literal here");
            self.emit(I::I64Const(NONE));
            return Ok(());
        };
        let name = g.m.str_const(s.value.to_str());
        let at = g.m.reserve(8);
        g.m.put_u32(at + off::TAG, crate::layout::tag::TYPEVAR);
        g.m.put_u32(at + 4, name);
        self.emit(I::I64Const(at as i64));
        Ok(())
    }

    /// Matches positional and keyword arguments to `params`, evaluating
    /// them in source order; None for absent ones.
    pub fn bind_args<'a>(
        &mut self,
        g: &mut Gen<'a>,
        c: &'a ast::ExprCall,
        params: &[&str],
        what: &str,
    ) -> R<Vec<Option<u32>>> {
        let mut slots: Vec<Option<u32>> = vec![None; params.len()];
        let args = &c.arguments.args;
        if args.len() > params.len() {
            g.error(
                c.range(),
                format!(
                    "{what}() takes at most {} arguments ({} given)",
                    params.len(),
                    args.len()
                ),
            );
            return Ok(slots);
        }
        for (i, a) in args.iter().enumerate() {
            self.arg_value(g, a)?;
            let t = self.tmp(ValType::I64);
            self.emit(I::LocalSet(t));
            slots[i] = Some(t);
        }
        for k in &c.arguments.keywords {
            let Some(kn) = &k.arg else { continue };
            let Some(i) = params.iter().position(|p| *p == kn.as_str()) else {
                g.error(
                    k.range,
                    format!("{what}() got an unexpected keyword argument '{kn}'"),
                );
                continue;
            };
            if slots[i].is_some() {
                // CPython's TypeError, known here (the call is direct).
                g.error(
                    k.range,
                    format!("{what}() got multiple values for argument '{kn}'"),
                );
                continue;
            }
            self.expr(g, &k.value)?;
            let t = self.tmp(ValType::I64);
            self.emit(I::LocalSet(t));
            slots[i] = Some(t);
        }
        Ok(slots)
    }

    /// An argument; a generator expression given to a consumer that reads
    /// it to the end (gen::inline_genexp) becomes a list.
    pub fn arg_value<'a>(&mut self, g: &mut Gen<'a>, a: &'a Expr) -> R<()> {
        match a {
            Expr::Generator(ge) if !g.scopes.lazy_genexps.contains(&ge.range.start().to_u32()) => {
                self.list_comp(g, ge.range, &ge.generators, &ge.elt, None, "<genexpr>")
            }
            _ => self.expr(g, a),
        }
    }
}
