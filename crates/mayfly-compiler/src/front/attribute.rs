//! Attribute reads (`obj.name`, `module.CONST`, `str.lower` as a value,
//! request attributes) and subscripts (`x[i]`, `x[a:b:c]`).

use super::fx::{Fx, R};
use super::methods::ATTRS;
use super::{Gen, NONE};
use ruff_python_ast::{self as ast, Expr};
use wasm_encoder::{Instruction as I, ValType};

impl Fx {
    /// `obj.name` read as a value where `name` is a method of a builtin
    /// type (`key=order.index`, `push = stack.append`): a bound method
    /// whose calls go to `m_NAME` with obj first. `user`: a class of the
    /// program has an attribute of that name too, so a user object looks
    /// it up instead.
    fn bound_builtin_method<'a>(
        &mut self,
        g: &mut Gen<'a>,
        a: &'a ast::ExprAttribute,
        user: bool,
    ) -> R<()> {
        let name = a.attr.as_str();
        let f = super::builtin_values::any_method_object(g, name)?.ok_or("method object")?;
        self.expr(g, &a.value)?;
        let o = self.tmp(ValType::I64);
        self.emit(I::LocalSet(o));
        if user {
            let s = g.m.str_const(&self.attr_name(g, name));
            self.emit(I::LocalGet(o));
            self.emit(I::I32Const(s as i32));
            self.call_rt(g, "has_user_attr")?;
            self.if_(wasm_encoder::BlockType::Result(ValType::I64));
            self.emit(I::LocalGet(o));
            self.emit(I::I32Const(s as i32));
            self.call_rt(g, "getattr_")?;
            self.emit(I::Else);
        }
        self.emit(I::I64Const(f as i64));
        self.emit(I::LocalGet(o));
        self.call_rt(g, "bound_new")?;
        if user {
            self.end();
        }
        Ok(())
    }

    pub fn attribute<'a>(&mut self, g: &mut Gen<'a>, a: &'a ast::ExprAttribute) -> R<()> {
        let name = a.attr.as_str();
        if self.is_urllib_parse(g, &a.value) {
            return self.std_value(g, super::stdurl::MODULE, name, a.range);
        }
        if let Expr::Name(m) = &*a.value {
            if m.id.as_str() == "math" && g.imports_math && g.global_slots.contains_key("math") {
                return self.math_const(g, name, a);
            }
            let module = m.id.as_str();
            if super::stdmod::STD_MODULES.contains(&module)
                && g.global_slots.contains_key(module)
                && self.is_builtin_module(g, module)
            {
                return self.std_value(g, module, name, a.range);
            }
            let ty = m.id.as_str();
            if matches!(ty, "str" | "list" | "dict" | "bytes") && self.is_builtin(g, ty) {
                // `key=str.lower`: the method as a function of the object.
                if let Some(at) = super::builtin_values::method_object(g, ty, name)? {
                    self.emit(I::I64Const(at as i64));
                    return Ok(());
                }
            }
            let module = g.scopes.typing_names.get(m.id.as_str());
            if let Some(module) = module.filter(|w| super::scope::is_typing_module(w)) {
                if name == "TYPE_CHECKING" {
                    self.emit(I::I64Const(super::FALSE));
                } else {
                    let msg = format!(
                        "{module}.{name} is only supported in annotations, which are not evaluated"
                    );
                    g.error(a.range, msg);
                    self.emit(I::I64Const(NONE));
                }
                return Ok(());
            }
        }
        if name == "__class__" {
            return self.type_of(g, &a.value);
        }
        let is_attr = ATTRS.contains(&name)
            || super::stdre::is_re_attr(g, name)
            || super::stdhash::is_hash_attr(g, name)
            || super::stdurl::is_url_attr(g, name)
            || super::stduuid::is_uuid_attr(g, name)
            || (g.l.collections && matches!(name, "maxlen" | "default_factory"));
        let user = g.user_attr_name(name, is_attr)
            || matches!(
                name,
                "__class__"
                    | "args"
                    | "value"
                    | "__cause__"
                    | "__context__"
                    | "__suppress_context__"
            )
            || matches!(&*a.value, Expr::Call(sc) if matches!(&*sc.func, Expr::Name(s) if s.id.as_str() == "super"));
        if !is_attr {
            let method = super::methods::METHODS.iter().any(|m| m.0 == name)
                && !super::methods::hidden_method(g, name);
            if user && !method {
                return self.user_attr(g, a);
            }
            if method {
                return self.bound_builtin_method(g, a, user);
            }
            g.error(a.range, format!("attribute '{name}' is not supported"));
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        if user {
            // A request attribute name a user object may have too.
            self.expr(g, &a.value)?;
            let o = self.tmp(ValType::I64);
            self.emit(I::LocalSet(o));
            let s = g.m.str_const(&self.attr_name(g, name));
            self.emit(I::LocalGet(o));
            self.emit(I::I32Const(s as i32));
            self.call_rt(g, "has_user_attr")?;
            self.if_(wasm_encoder::BlockType::Result(ValType::I64));
            self.emit(I::LocalGet(o));
            self.emit(I::I32Const(s as i32));
            self.call_rt(g, "getattr_")?;
            self.emit(I::Else);
            self.emit(I::LocalGet(o));
            self.call_rt(g, &format!("attr_{name}"))?;
            self.end();
            return Ok(());
        }
        self.expr(g, &a.value)?;
        self.call_rt(g, &format!("attr_{name}"))
    }

    /// Pushes a slice's lower, upper and step, None for each one absent.
    pub fn slice_bounds<'a>(&mut self, g: &mut Gen<'a>, sl: &'a ast::ExprSlice) -> R<()> {
        for part in [&sl.lower, &sl.upper, &sl.step] {
            match part {
                Some(e) => self.expr(g, e)?,
                None => self.emit(I::I64Const(NONE)),
            }
        }
        Ok(())
    }

    pub fn subscript<'a>(&mut self, g: &mut Gen<'a>, s: &'a ast::ExprSubscript) -> R<()> {
        self.expr(g, &s.value)?;
        if let Expr::Slice(sl) = &*s.slice {
            self.slice_bounds(g, sl)?;
            return self.call_rt(g, "getslice");
        }
        self.expr(g, &s.slice)?;
        super::fast_seq::getitem(self, g)
    }
}
