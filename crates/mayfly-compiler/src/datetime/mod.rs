//! `import datetime` and `from datetime import ...`: date, time,
//! datetime, timedelta, timezone and tzinfo as classes of a prelude
//! written in mayfly's Python (prelude/*.py), compiled with a program
//! that imports the module and only then (a program that does not pays
//! nothing). The user's names are rewritten here, before the front end
//! sees them: `datetime.date` (the module's attribute) becomes the
//! prelude's class `_mayfly_dt_date`, and `from datetime import date as
//! d` an assignment `d = _mayfly_dt_date`. The classes show CPython's
//! names (`type(x).__name__ == 'date'`, `'datetime.date'` in messages
//! and reprs: front/class.rs, runtime CLS_DATETIME). What the module has
//! beyond these is a compile error naming it, as is zoneinfo.

mod prune;

pub use prune::prune;

use ruff_python_ast::name::Name;
use ruff_python_ast::visitor::transformer::{walk_expr, walk_stmt, Transformer};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::cell::RefCell;
use std::collections::HashSet;

/// The prelude, in dependency order (a class before its subclasses and
/// before the module-level code that makes its min and max).
pub const PRELUDE: &str = concat!(
    include_str!("prelude/delta.py"),
    "\n",
    include_str!("prelude/zone.py"),
    "\n",
    include_str!("prelude/date.py"),
    "\n",
    include_str!("prelude/clock.py"),
    "\n",
    include_str!("prelude/dt.py"),
    "\n",
    include_str!("prelude/iso.py"),
    "\n",
    include_str!("prelude/fmt.py"),
    "\n",
    include_str!("prelude/strp.py"),
);

/// The prefix of every global the prelude defines.
const PREFIX: &str = "_mayfly_dt_";

/// The module's names mayfly has: each is the prelude's global PREFIX+name.
pub const EXPORTS: &[&str] = &[
    "date",
    "time",
    "datetime",
    "timedelta",
    "timezone",
    "tzinfo",
    "MINYEAR",
    "MAXYEAR",
    "UTC",
];

/// Methods of datetime's classes that mayfly lacks: refused wherever a
/// program that imports datetime names them.
const LACKING: &[&str] = &["timetuple", "utctimetuple"];

/// The classes whose names CPython shows without the prefix.
const CLASSES: &[&str] = &[
    "date",
    "time",
    "datetime",
    "timedelta",
    "timezone",
    "tzinfo",
    "IsoCalendarDate",
];

pub const ZONEINFO: &str = "import of 'zoneinfo' is not supported: mayfly ships no time zone database (datetime.timezone's fixed offsets and timezone.utc are supported)";

/// The name CPython gives prelude class `name`, if it is one of them.
pub fn shown_class(name: &str) -> Option<&str> {
    name.strip_prefix(PREFIX).filter(|n| CLASSES.contains(n))
}

/// Whether the program (user code and preludes) holds the datetime prelude.
pub fn has_prelude(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::ClassDef(c) => c.name.as_str().starts_with(PREFIX),
        Stmt::FunctionDef(d) => d.name.as_str().starts_with(PREFIX),
        _ => false,
    })
}

/// Whether the pruned prelude reads the host's clock (now, today, ...):
/// only then does the module import clock_ns.
pub fn uses_clock(body: &[Stmt]) -> bool {
    body.iter()
        .any(|s| matches!(s, Stmt::FunctionDef(d) if d.name.as_str() == "_mayfly_dt_clock_us"))
}

/// Whether the program imports datetime anywhere.
pub fn uses_datetime(body: &[Stmt]) -> bool {
    modules(body).1
}

/// The names `import datetime [as x]` binds, and whether any statement
/// imports from the module.
fn modules(body: &[Stmt]) -> (HashSet<String>, bool) {
    use ruff_python_ast::statement_visitor::{walk_stmt, StatementVisitor};
    struct V(HashSet<String>, bool);
    impl<'a> StatementVisitor<'a> for V {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::Import(i) => {
                    for a in i.names.iter().filter(|a| a.name.as_str() == "datetime") {
                        let n = a.asname.as_ref().unwrap_or(&a.name);
                        self.0.insert(n.to_string());
                        self.1 = true;
                    }
                }
                Stmt::ImportFrom(i) => {
                    self.1 |= i.module.as_ref().is_some_and(|m| m.as_str() == "datetime");
                }
                _ => {}
            }
            walk_stmt(self, s);
        }
    }
    let mut v = V(HashSet::new(), false);
    v.visit_body(body);
    (v.0, v.1)
}

fn name(id: &str, range: TextRange, ctx: ast::ExprContext) -> Expr {
    Expr::Name(ast::ExprName {
        node_index: Default::default(),
        range,
        id: Name::new(id),
        ctx,
    })
}

fn unsupported(what: &str) -> String {
    format!("datetime.{what} is not supported (guest-sdk/LANGUAGE.md lists what datetime has)")
}

/// Rewrites the user's statements in place; returns the diagnostics.
pub fn rewrite(body: &mut [Stmt]) -> Vec<(TextRange, String)> {
    let r = Rewriter {
        modules: modules(body).0,
        diags: RefCell::new(Vec::new()),
    };
    for s in body.iter_mut() {
        r.visit_stmt(s);
    }
    r.diags.into_inner()
}

struct Rewriter {
    /// The names the module is bound to.
    modules: HashSet<String>,
    diags: RefCell<Vec<(TextRange, String)>>,
}

impl Rewriter {
    fn error(&self, r: TextRange, m: impl Into<String>) {
        self.diags.borrow_mut().push((r, m.into()));
    }

    /// `from datetime import a, b as c` as `a, c = _mayfly_dt_a, _mayfly_dt_b`.
    fn import_from(&self, i: &ast::StmtImportFrom) -> Stmt {
        let mut targets = Vec::new();
        let mut values = Vec::new();
        for a in &i.names {
            let what = a.name.as_str();
            if what == "*" {
                self.error(
                    a.range,
                    "`from datetime import *` is not supported: name what you import",
                );
                continue;
            }
            if !EXPORTS.contains(&what) {
                self.error(a.range, unsupported(what));
                continue;
            }
            let bound = a.asname.as_ref().unwrap_or(&a.name).as_str();
            if self.modules.contains(bound) {
                self.error(a.range, format!("'{bound}' is bound both to the module datetime and to datetime.{what}; mayfly does not support rebinding it"));
                continue;
            }
            targets.push(name(bound, a.range, ast::ExprContext::Store));
            values.push(name(
                &format!("{PREFIX}{what}"),
                a.range,
                ast::ExprContext::Load,
            ));
        }
        let pack = |mut v: Vec<Expr>, ctx| {
            if v.len() == 1 {
                return v.remove(0);
            }
            Expr::Tuple(ast::ExprTuple {
                node_index: Default::default(),
                range: i.range,
                elts: v,
                ctx,
                parenthesized: false,
            })
        };
        if targets.is_empty() {
            return Stmt::Pass(ast::StmtPass {
                node_index: Default::default(),
                range: i.range,
            });
        }
        Stmt::Assign(ast::StmtAssign {
            node_index: Default::default(),
            range: i.range,
            targets: vec![pack(targets, ast::ExprContext::Store)],
            value: Box::new(pack(values, ast::ExprContext::Load)),
        })
    }
}

impl Transformer for Rewriter {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        match stmt {
            Stmt::Import(i) => {
                i.names.retain(|a| a.name.as_str() != "datetime");
                if i.names.is_empty() {
                    *stmt = Stmt::Pass(ast::StmtPass {
                        node_index: Default::default(),
                        range: i.range,
                    });
                }
                return;
            }
            Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.as_str() == "datetime") => {
                *stmt = self.import_from(i);
                return;
            }
            Stmt::FunctionDef(d) if d.name.as_str().starts_with(PREFIX) => {
                self.error(
                    d.name.range,
                    format!("names starting with {PREFIX} are mayfly's own"),
                );
            }
            Stmt::ClassDef(d) if d.name.as_str().starts_with(PREFIX) => {
                self.error(
                    d.name.range,
                    format!("names starting with {PREFIX} are mayfly's own"),
                );
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        if let Expr::Attribute(a) = expr {
            if LACKING.contains(&a.attr.as_str()) {
                self.error(
                    a.range,
                    format!(
                        "datetime's {}() is not supported (mayfly has no time.struct_time)",
                        a.attr
                    ),
                );
            }
            if matches!(&*a.value, Expr::Name(m) if self.modules.contains(m.id.as_str())) {
                let what = a.attr.as_str();
                if !matches!(a.ctx, ast::ExprContext::Load) {
                    self.error(
                        a.range,
                        format!("assigning to datetime.{what} is not supported"),
                    );
                } else if !EXPORTS.contains(&what) {
                    self.error(a.range, unsupported(what));
                } else {
                    *expr = name(&format!("{PREFIX}{what}"), a.range, ast::ExprContext::Load);
                }
                return;
            }
        }
        if let Expr::Name(n) = expr {
            if self.modules.contains(n.id.as_str()) {
                self.error(n.range(), "the module datetime as a value is not supported: use its attributes (datetime.date, ...)");
            } else if n.id.as_str().starts_with(PREFIX) {
                self.error(
                    n.range(),
                    format!("names starting with {PREFIX} are mayfly's own"),
                );
            }
            return;
        }
        walk_expr(self, expr);
    }
}
