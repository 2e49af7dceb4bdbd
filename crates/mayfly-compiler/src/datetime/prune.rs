//! Drops the parts of the datetime prelude a program cannot reach, as
//! flask/prune.rs does for Flask's: every function of the prelude is
//! code and a function object in the tenant's image, so a program that
//! only adds timedeltas to dates should not carry strptime. A method is
//! kept when its name is a special method (the runtime calls those) or
//! appears in the program or in prelude code already kept (as a name, an
//! attribute or a str literal, for getattr); a module-level def, class
//! or assignment when a kept part names what it binds. Looking a method
//! up by a computed name that appears nowhere is the one way to miss.

use ruff_python_ast::visitor::source_order::{walk_expr, SourceOrderVisitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use std::collections::HashSet;

/// Adds the names, attribute names and str literals of `s` to `out`.
fn names_in(s: &Stmt, out: &mut HashSet<String>) {
    struct Names<'o>(&'o mut HashSet<String>);
    impl<'a> SourceOrderVisitor<'a> for Names<'_> {
        fn visit_expr(&mut self, e: &'a Expr) {
            match e {
                Expr::Name(n) => {
                    self.0.insert(n.id.to_string());
                }
                Expr::Attribute(a) => {
                    self.0.insert(a.attr.to_string());
                }
                Expr::StringLiteral(s) => {
                    self.0.insert(s.value.to_str().to_string());
                }
                // A date in an f-string's field with a spec is formatted
                // by its strftime (runtime/class.py dt_format).
                Expr::FString(_) => {
                    self.0.insert("strftime".to_string());
                }
                _ => {}
            }
            walk_expr(self, e);
        }
    }
    Names(out).visit_stmt(s);
}

/// The global a module-level statement defines (for `C.attr = v`: C).
fn defines(s: &Stmt) -> Option<&str> {
    match s {
        Stmt::FunctionDef(d) => Some(d.name.as_str()),
        Stmt::ClassDef(c) => Some(c.name.as_str()),
        Stmt::Assign(a) => match a.targets.first()? {
            Expr::Name(n) => Some(n.id.as_str()),
            Expr::Attribute(t) => match &*t.value {
                Expr::Name(n) => Some(n.id.as_str()),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

fn is_special(name: &str) -> bool {
    name.starts_with("__") && name.ends_with("__")
}

/// The prelude statements `user` can reach, in their order.
pub fn prune(prelude: Vec<Stmt>, user: &[Stmt]) -> Vec<Stmt> {
    let mut needed = HashSet::new();
    for s in user {
        names_in(s, &mut needed);
    }
    // format(d, spec) and str.format reach strftime too.
    if needed.contains("format") {
        needed.insert("strftime".to_string());
    }
    let mut kept = vec![false; prelude.len()];
    // Per class statement: which of its body's statements are kept.
    let mut members: Vec<Vec<bool>> = prelude
        .iter()
        .map(|s| match s {
            Stmt::ClassDef(c) => c
                .body
                .iter()
                .map(|b| !matches!(b, Stmt::FunctionDef(_)))
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    let mut changed = true;
    while changed {
        changed = false;
        for (i, s) in prelude.iter().enumerate() {
            if !kept[i] && defines(s).is_some_and(|n| needed.contains(n)) {
                kept[i] = true;
                changed = true;
                match s {
                    Stmt::ClassDef(c) => {
                        for b in c.bases() {
                            names_in_expr(b, &mut needed);
                        }
                    }
                    _ => names_in(s, &mut needed),
                }
            }
            let (true, Stmt::ClassDef(c)) = (kept[i], s) else {
                continue;
            };
            for (j, b) in c.body.iter().enumerate() {
                if members[i][j] {
                    continue;
                }
                if let Stmt::FunctionDef(d) = b {
                    if is_special(d.name.as_str()) || needed.contains(d.name.as_str()) {
                        members[i][j] = true;
                        changed = true;
                        names_in(b, &mut needed);
                    }
                }
            }
        }
    }
    prelude
        .into_iter()
        .zip(kept)
        .zip(members)
        .filter(|((_, k), _)| *k)
        .map(|((s, _), m)| match s {
            Stmt::ClassDef(mut c) => {
                let range = c.range;
                let mut keep = m.into_iter();
                c.body.retain(|_| keep.next().unwrap_or(true));
                if c.body.is_empty() {
                    c.body.push(Stmt::Pass(ast::StmtPass {
                        node_index: Default::default(),
                        range,
                    }));
                }
                Stmt::ClassDef(c)
            }
            s => s,
        })
        .collect()
}

fn names_in_expr(e: &Expr, out: &mut HashSet<String>) {
    if let Expr::Name(n) = e {
        out.insert(n.id.to_string());
    }
}
