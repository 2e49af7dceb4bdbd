//! What CPython runs but can never matter to a tenant, recognised so it is
//! not compiled: the `if __name__ == "__main__":` script part, `if
//! TYPE_CHECKING:` blocks, and `from __future__` imports.

use super::Gen;
use ruff_python_ast::{self as ast, Expr};

/// `__name__ == "__main__"` (either order), `__name__` not the program's.
pub fn is_main_guard(g: &Gen, test: &Expr) -> bool {
    let Expr::Compare(c) = test else { return false };
    let ([op], [right]) = (&c.ops[..], &c.comparators[..]) else {
        return false;
    };
    let name = |x: &Expr| matches!(x, Expr::Name(n) if n.id.as_str() == "__name__");
    let main = |x: &Expr| matches!(x, Expr::StringLiteral(s) if s.value.to_str() == "__main__");
    *op == ast::CmpOp::Eq
        && !g.global_slots.contains_key("__name__")
        && ((name(&c.left) && main(right)) || (main(&c.left) && name(right)))
}

/// `TYPE_CHECKING` imported from typing, or `typing.TYPE_CHECKING`.
pub fn is_type_checking(g: &Gen, test: &Expr) -> bool {
    let typing = |n: &str, what: &str| g.scopes.typing_names.get(n).is_some_and(|w| w == what);
    match test {
        Expr::Name(n) => typing(n.id.as_str(), "typing.TYPE_CHECKING"),
        Expr::Attribute(a) => {
            a.attr.as_str() == "TYPE_CHECKING"
                && matches!(&*a.value, Expr::Name(m) if typing(m.id.as_str(), "typing"))
        }
        _ => false,
    }
}

/// `from __future__ import NAME`: every feature CPython 3.11 knows is
/// already the language's behaviour (annotations are never evaluated
/// here, so `annotations` changes nothing), except the joke one.
pub fn future_feature(g: &mut Gen, a: &ast::Alias) {
    const FEATURES: &[&str] = &[
        "nested_scopes",
        "generators",
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "generator_stop",
        "annotations",
    ];
    let name = a.name.as_str();
    if name == "barry_as_FLUFL" {
        g.error(
            a.range,
            "from __future__ import barry_as_FLUFL is not supported",
        );
    } else if !FEATURES.contains(&name) {
        // CPython's SyntaxError, word for word.
        g.error(a.range, format!("future feature {name} is not defined"));
    }
}
