//! Drops the prelude definitions a program cannot reach. Every function
//! object and string constant of the program is part of the tenant's
//! initialised memory image, which each request starts from, so an app
//! pays per request for the image's size; pruning makes the Flask
//! features an app does not use (url_for, getlist, class error handlers,
//! ...) cost it nothing. Likewise the error-page table keeps only the
//! codes the app can answer with.

use ruff_python_ast::visitor::source_order::{walk_expr, walk_stmt, SourceOrderVisitor};
use ruff_python_ast::{Expr, Stmt};
use std::collections::HashSet;

/// Every name a statement loads (or a def/assignment mentions).
fn names_in(s: &Stmt, out: &mut HashSet<String>) {
    struct Names<'o>(&'o mut HashSet<String>);
    impl<'a> SourceOrderVisitor<'a> for Names<'_> {
        fn visit_expr(&mut self, e: &'a Expr) {
            if let Expr::Name(n) = e {
                self.0.insert(n.id.to_string());
            }
            walk_expr(self, e);
        }
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if let Stmt::Global(g) = s {
                for n in &g.names {
                    self.0.insert(n.to_string());
                }
            }
            walk_stmt(self, s);
        }
    }
    Names(out).visit_stmt(s);
}

/// The name a top-level prelude statement defines, if it defines one.
fn defined(s: &Stmt) -> Option<String> {
    match s {
        Stmt::FunctionDef(d) => Some(d.name.to_string()),
        Stmt::Assign(a) => match &a.targets[..] {
            [Expr::Name(n)] if n.id.as_str().starts_with("_flask_") => Some(n.id.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Keeps the prelude statements reachable from `user` (and from
/// `on_client_request`, the handler the prelude defines).
pub fn prune(prelude: Vec<Stmt>, user: &[Stmt]) -> Vec<Stmt> {
    let mut wanted = HashSet::new();
    for s in user {
        names_in(s, &mut wanted);
    }
    wanted.insert("on_client_request".to_string());
    let mut keep = vec![false; prelude.len()];
    loop {
        let mut grew = false;
        for (i, s) in prelude.iter().enumerate() {
            if keep[i] {
                continue;
            }
            let needed = match defined(s) {
                Some(n) => wanted.contains(&n),
                // Imports and other module code always run.
                None => true,
            };
            if needed {
                keep[i] = true;
                grew = true;
                names_in(s, &mut wanted);
            }
        }
        if !grew {
            break;
        }
    }
    let codes = error_codes(user);
    prelude
        .into_iter()
        .zip(keep)
        .filter_map(|(s, k)| k.then_some(s))
        .map(|s| match codes {
            Some(ref codes) => trim_reasons(s, codes),
            None => s,
        })
        .collect()
}

/// Status codes whose error page the app can produce: the ones Flask
/// itself raises plus every literal `abort(N)` and `errorhandler(N)`;
/// None (all of them) if an abort's code is not a literal.
fn error_codes(user: &[Stmt]) -> Option<HashSet<i64>> {
    struct Codes(Option<HashSet<i64>>);
    impl<'a> SourceOrderVisitor<'a> for Codes {
        fn visit_expr(&mut self, e: &'a Expr) {
            if let Expr::Call(c) = e {
                let callee = match &*c.func {
                    Expr::Name(n) => n.id.as_str(),
                    _ => "",
                };
                if matches!(callee, "abort" | "_flask_errorhandler" | "_flask_http_exc") {
                    let code = match c.arguments.args.first() {
                        Some(Expr::NumberLiteral(n)) => n.value.as_int().and_then(|i| i.as_i64()),
                        _ => None,
                    };
                    match (code, &mut self.0) {
                        (Some(code), Some(set)) => {
                            set.insert(code);
                        }
                        // errorhandler(ExceptionClass) needs no page.
                        (None, _) if callee == "_flask_errorhandler" => {}
                        _ => self.0 = None,
                    }
                }
            }
            walk_expr(self, e);
        }
    }
    let mut v = Codes(Some([400, 404, 405, 415, 500].into_iter().collect()));
    for s in user {
        v.visit_stmt(s);
    }
    v.0
}

/// `_flask_reasons` with only the entries for `codes`.
fn trim_reasons(mut s: Stmt, codes: &HashSet<i64>) -> Stmt {
    if let Stmt::Assign(a) = &mut s {
        if matches!(&a.targets[..], [Expr::Name(n)] if n.id.as_str() == "_flask_reasons") {
            if let Expr::Dict(d) = &mut *a.value {
                d.items.retain(|item| match &item.key {
                    Some(Expr::NumberLiteral(n)) => n
                        .value
                        .as_int()
                        .and_then(|i| i.as_i64())
                        .is_some_and(|c| codes.contains(&c)),
                    _ => true,
                });
            }
        }
    }
    s
}
