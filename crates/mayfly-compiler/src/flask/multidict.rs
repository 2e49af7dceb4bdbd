//! request.args, form, values and cookies are Werkzeug MultiDicts: a
//! missing key is a 400 there. The rewrite finds where a view subscripts
//! one, directly or through a variable it assigned one to.

use super::rewrite::is_name;
use ruff_python_ast::visitor::source_order::{walk_stmt, SourceOrderVisitor};
use ruff_python_ast::{Expr, Stmt};

/// `request.NAME` attributes that are Werkzeug MultiDicts: a missing key
/// is a 400 there (BadRequestKeyError), not a KeyError. Not headers: in
/// Flask 3.1 request.headers (EnvironHeaders) raises a plain KeyError.
const MULTIDICTS: &[&str] = &["args", "form", "values", "cookies"];

pub fn is_request_multidict(e: &Expr) -> bool {
    matches!(e, Expr::Attribute(a) if is_name(&a.value, "request") && MULTIDICTS.contains(&a.attr.as_str()))
}

/// Names a view assigns `request.args` (form, ...) to, anywhere in its body:
/// `args = request.args` then `args["k"]` must also answer 400. (Whether
/// the value is still a MultiDict when subscripted is checked at run time.)
pub fn multidict_aliases(body: &[Stmt]) -> Vec<String> {
    struct Finder(Vec<String>);
    impl<'a> SourceOrderVisitor<'a> for Finder {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if let Stmt::Assign(a) = s {
                if let ([Expr::Name(n)], true) = (&a.targets[..], is_request_multidict(&a.value)) {
                    self.0.push(n.id.to_string());
                }
            }
            walk_stmt(self, s);
        }
    }
    let mut f = Finder(Vec::new());
    for s in body {
        f.visit_stmt(s);
    }
    f.0
}
