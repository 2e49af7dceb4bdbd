//! What CPython runs but can never matter to a tenant, recognised so it is
//! not compiled: the `if __name__ == "__main__":` script part, `if
//! TYPE_CHECKING:` blocks, and `from __future__` imports.

use super::Gen;
use ruff_python_ast::{self as ast, Expr};
use std::collections::{HashMap, HashSet};

/// `__name__ == "__main__"` (either order), `__name__` not the program's.
pub fn is_main_guard(g: &Gen, test: &Expr) -> bool {
    !g.global_slots.contains_key("__name__") && is_main_test(test)
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

/// Module-level defs that only the never-run script part calls: a
/// `main()` that reads `input()`, prints a report or runs doctests, called
/// from `if __name__ == "__main__":` alone. They are not compiled either
/// (nothing that runs can reach them, so their value is never seen). A
/// def counts as reachable when its name is read anywhere outside that
/// block and outside the bodies of unreachable defs; one with decorators
/// or computed defaults is always compiled (CPython evaluates those when
/// the def runs).
pub fn unreachable_defs(body: &[ast::Stmt], bindings: &HashMap<String, u32>) -> HashSet<String> {
    use ruff_python_ast::visitor::{walk_expr, Visitor};
    struct Loads(HashSet<String>);
    impl<'a> Visitor<'a> for Loads {
        fn visit_expr(&mut self, e: &'a Expr) {
            if let Expr::Name(n) = e {
                self.0.insert(n.id.to_string());
            }
            walk_expr(self, e);
        }
    }
    let simple_default = |e: &Expr| e.is_literal_expr() || matches!(e, Expr::Name(_));
    let mut candidates: HashMap<String, &ast::StmtFunctionDef> = HashMap::new();
    for s in body {
        if let ast::Stmt::FunctionDef(d) = s {
            let name = d.name.to_string();
            if d.decorator_list.is_empty()
                && bindings.get(&name) == Some(&1)
                && !matches!(name.as_str(), "on_client_request" | "on_init")
                && d.parameters
                    .iter_non_variadic_params()
                    .all(|p| p.default.as_deref().is_none_or(simple_default))
            {
                candidates.insert(name, d);
            }
        }
    }
    if candidates.is_empty() || bindings.contains_key("__name__") {
        return HashSet::new();
    }
    let mut roots = Loads(HashSet::new());
    let mut script = Loads(HashSet::new());
    for s in body {
        match s {
            ast::Stmt::FunctionDef(d) if candidates.contains_key(d.name.as_str()) => {}
            ast::Stmt::If(i) if is_main_test(&i.test) => {
                script.visit_body(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        roots.visit_expr(t);
                    }
                    roots.visit_body(&c.body);
                }
            }
            s => roots.visit_stmt(s),
        }
    }
    let mut live = roots.0;
    loop {
        let mut more = Loads(HashSet::new());
        for (name, d) in &candidates {
            if live.contains(name) {
                more.visit_body(&d.body);
            }
        }
        let before = live.len();
        live.extend(more.0);
        if live.len() == before {
            break;
        }
    }
    // Unreachable, and called by the script part (or by such a def): a
    // def nothing calls at all is compiled as usual, for its diagnostics.
    let mut dead: HashSet<String> = HashSet::new();
    let mut called = script.0;
    loop {
        let more: Vec<String> = candidates
            .keys()
            .filter(|n| called.contains(*n) && !live.contains(*n) && !dead.contains(*n))
            .cloned()
            .collect();
        if more.is_empty() {
            return dead;
        }
        for n in more {
            let mut inner = Loads(HashSet::new());
            inner.visit_body(&candidates[&n].body);
            called.extend(inner.0);
            dead.insert(n);
        }
    }
}

/// `__name__ == "__main__"` in either order (the shadowing check is the
/// caller's).
fn is_main_test(test: &Expr) -> bool {
    let Expr::Compare(c) = test else { return false };
    let ([op], [right]) = (&c.ops[..], &c.comparators[..]) else {
        return false;
    };
    let name = |x: &Expr| matches!(x, Expr::Name(n) if n.id.as_str() == "__name__");
    let main = |x: &Expr| matches!(x, Expr::StringLiteral(s) if s.value.to_str() == "__main__");
    *op == ast::CmpOp::Eq && ((name(&c.left) && main(right)) || (main(&c.left) && name(right)))
}
