//! Sets: displays, the methods that take any number of iterables, and
//! whether a program makes sets at all (`uses_sets`: only then does the
//! runtime compile its `if SETS:` clauses, so a program without sets is
//! the size it was before sets existed). The set type itself lives in
//! runtime/set.py, setops.py, setmeth.py and sethash.py.

use super::fx::{Fx, R};
use super::Gen;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

/// Methods with `*others` (CPython's set.union and co.): their positional
/// arguments are passed as one tuple to `m_NAME` (`update` with one
/// argument stays dict.py's m_update, which sends sets on).
pub const VARARG_METHODS: &[&str] = &[
    "union",
    "intersection",
    "difference",
    "intersection_update",
    "difference_update",
    "update",
];

/// A display `{...}`, a set comprehension, the name `set` or
/// `frozenset`, or a `.keys()` or `.items()` call as an operand of
/// `| & - ^` or a comparison (dict views are set-like) anywhere in the
/// program: it may make sets.
pub fn uses_sets(body: &[Stmt]) -> bool {
    use ruff_python_ast::visitor::{walk_expr, Visitor};
    fn is_view_call(e: &Expr) -> bool {
        matches!(e, Expr::Call(c) if matches!(&*c.func, Expr::Attribute(a) if matches!(a.attr.as_str(), "keys" | "items")))
    }
    struct V(bool);
    impl<'a> Visitor<'a> for V {
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Set(_) | Expr::SetComp(_) => self.0 = true,
                Expr::Name(n) if matches!(n.id.as_str(), "set" | "frozenset") => self.0 = true,
                Expr::BinOp(b) if is_view_call(&b.left) || is_view_call(&b.right) => self.0 = true,
                Expr::Compare(c)
                    if is_view_call(&c.left) || c.comparators.iter().any(is_view_call) =>
                {
                    self.0 = true
                }
                _ => walk_expr(self, e),
            }
        }
    }
    let mut v = V(false);
    v.visit_body(body);
    v.0
}

impl Fx {
    /// `{a, b, *c}`: the items evaluated first, then added in order (as
    /// CPython's BUILD_SET does).
    pub fn set_display<'a>(&mut self, g: &mut Gen<'a>, s: &'a ast::ExprSet) -> R<()> {
        if s.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            g.error(s.range(), "starred items in set displays are not supported");
            self.emit(wasm_encoder::Instruction::I64Const(super::NONE));
            return Ok(());
        }
        self.sequence(g, &s.elts, "tuple_of")?;
        // CPython 3.11 compiles a display of more than two constants as a
        // frozenset constant merged into a new set. The compiler makes
        // that frozenset again from its own order when it merges
        // constants, and once more when interning one of its strs
        // replaces it by an interned copy: assumed whenever one looks
        // like a name, as most such words are interned by then (an
        // identifier somewhere in the program or the loaded stdlib).
        // Each remake can move colliding members, so the order follows.
        if s.elts.len() > 2 && s.elts.iter().all(is_constant) {
            let remakes = 1 + s.elts.iter().any(is_name_like_str) as i32;
            self.emit(wasm_encoder::Instruction::I32Const(remakes));
            return self.call_rt(g, "set_of_consts");
        }
        self.call_rt(g, "set_of_tuple")
    }

    /// `s.union(a, b)` and the other `*others` methods: the object, then
    /// the tuple of the arguments. None when the call is not one of them
    /// (one argument to update, keywords, a user method of that name:
    /// the general path). `set.add(s, x)` is refused.
    pub fn set_method<'a>(
        &mut self,
        g: &mut Gen<'a>,
        a: &'a ast::ExprAttribute,
        c: &'a ast::ExprCall,
        in_methods: bool,
    ) -> R<Option<()>> {
        let name = a.attr.as_str();
        let args = &c.arguments.args;
        if let Expr::Name(n) = &*a.value {
            let ty = n.id.as_str();
            if matches!(ty, "set" | "frozenset") && self.is_builtin(g, ty) {
                g.error(
                    c.range(),
                    format!("{ty}.{name}(...) through the type is not supported; call the method on a set"),
                );
                self.emit(wasm_encoder::Instruction::I64Const(super::NONE));
                return Ok(Some(()));
            }
        }
        if !g.l.sets
            || g.user_attr_name(name, in_methods)
            || !VARARG_METHODS.contains(&name)
            || !c.arguments.keywords.is_empty()
            || (name == "update" && args.len() == 1)
        {
            return Ok(None);
        }
        if args.iter().any(|e| matches!(e, Expr::Starred(_))) {
            g.error(
                c.range(),
                format!("*arguments to {name}() are not supported"),
            );
        }
        self.expr(g, &a.value)?;
        self.tuple_of_args(g, args)?;
        let f = match name {
            "update" => "m_update_n".to_string(),
            _ => format!("m_{name}"),
        };
        self.call_rt(g, &f)?;
        Ok(Some(()))
    }
}

/// An expression CPython's compiler folds to a constant: literals, and
/// tuples, unary and binary operations of constants (whose folding CPython
/// refuses only for huge results, which a set display does not hold).
fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => true,
        Expr::Tuple(t) => t.elts.iter().all(is_constant),
        Expr::UnaryOp(u) => is_constant(&u.operand),
        Expr::BinOp(b) => is_constant(&b.left) && is_constant(&b.right),
        _ => false,
    }
}

/// A str constant CPython interns (ASCII letters, digits and `_` only).
fn is_name_like_str(e: &Expr) -> bool {
    match e {
        Expr::StringLiteral(s) => s
            .value
            .to_str()
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_'),
        _ => false,
    }
}
