//! Blueprints: `bp = Blueprint(name, __name__, url_prefix=...)`, routes
//! on `@bp.route/get/post/...`, and `app.register_blueprint(bp,
//! url_prefix=...)`, where Flask adds the blueprint's rules to the app (the
//! prefix joined as Flask joins it, endpoints named `name.view`). All of it
//! is resolved at compile time: the registration statement becomes the
//! blueprint's `_flask_route` calls, so a request pays nothing more.

use super::rewrite::{snippet, Rewriter};
use super::rule::{self, py_str};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// A route declared on a blueprint, waiting for register_blueprint.
pub(super) struct PendingRoute {
    pub def_start: TextSize,
    pub fname: String,
    pub verb: Option<&'static str>,
    pub rule: String,
    /// The decorator's arguments after the rule, as source text.
    pub rest: String,
    pub params: Vec<String>,
    pub endpoint: String,
    pub range: TextRange,
}

pub(super) struct Blueprint {
    pub var: String,
    pub name: String,
    pub prefix: Option<String>,
    pub routes: Vec<PendingRoute>,
    pub registered: bool,
}

fn str_kw<'a>(c: &'a ast::ExprCall, name: &str) -> Option<&'a Expr> {
    c.arguments
        .keywords
        .iter()
        .find(|k| k.arg.as_ref().is_some_and(|n| n.as_str() == name))
        .map(|k| &k.value)
}

impl Rewriter<'_> {
    /// `bp = Blueprint("name", __name__, url_prefix="/p")`.
    pub(super) fn blueprint_def(&self, var: &str, c: &ast::ExprCall) {
        let name = match c.arguments.args.first() {
            Some(Expr::StringLiteral(s)) => s.value.to_str().to_string(),
            _ => {
                self.error(
                    c.range(),
                    "Blueprint() takes the name as a string literal first",
                );
                return;
            }
        };
        if name.contains('.') {
            self.error(
                c.range(),
                "a blueprint's name may not contain a dot (Flask refuses it)",
            );
            return;
        }
        for k in &c.arguments.keywords {
            if k.arg.as_ref().is_none_or(|n| n.as_str() != "url_prefix") {
                self.error(k.range, "Blueprint() supports url_prefix= only");
                return;
            }
        }
        let prefix = match self.prefix_of(c) {
            Ok(p) => p,
            Err(()) => return,
        };
        self.blueprints.borrow_mut().push(Blueprint {
            var: var.to_string(),
            name,
            prefix,
            routes: Vec::new(),
            registered: false,
        });
    }

    fn prefix_of(&self, c: &ast::ExprCall) -> Result<Option<String>, ()> {
        match str_kw(c, "url_prefix") {
            None => Ok(None),
            Some(Expr::StringLiteral(s)) if !s.value.to_str().contains('<') => {
                Ok(Some(s.value.to_str().to_string()))
            }
            Some(e) => {
                self.error(
                    e.range(),
                    "url_prefix must be a string literal without converters",
                );
                Err(())
            }
        }
    }

    /// The blueprint a decorator's receiver names, if it is one.
    pub(super) fn blueprint_index(&self, e: &Expr) -> Option<usize> {
        let Expr::Name(n) = e else { return None };
        self.blueprints
            .borrow()
            .iter()
            .position(|b| b.var == n.id.as_str())
    }

    /// `app.register_blueprint(bp, url_prefix=...)` → the blueprint's routes.
    pub(super) fn register_blueprint(&self, c: &ast::ExprCall) -> Vec<Stmt> {
        let Some(i) = c
            .arguments
            .args
            .first()
            .and_then(|a| self.blueprint_index(a))
        else {
            self.error(
                c.range(),
                "register_blueprint() takes a blueprint defined in this file",
            );
            return Vec::new();
        };
        if c.arguments.args.len() > 1
            || c.arguments
                .keywords
                .iter()
                .any(|k| k.arg.as_ref().is_none_or(|n| n.as_str() != "url_prefix"))
        {
            self.error(c.range(), "register_blueprint() supports url_prefix= only");
            return Vec::new();
        }
        let Ok(over) = self.prefix_of(c) else {
            return Vec::new();
        };
        let mut bps = self.blueprints.borrow_mut();
        let bp = &mut bps[i];
        if bp.registered {
            self.error(
                c.range(),
                format!(
                    "blueprint '{}' is already registered (Flask refuses the same name twice)",
                    bp.name
                ),
            );
            return Vec::new();
        }
        bp.registered = true;
        let prefix = over.or_else(|| bp.prefix.clone());
        let mut out = Vec::new();
        for r in &bp.routes {
            let full = match &prefix {
                Some(p) if !r.rule.is_empty() => {
                    format!(
                        "{}/{}",
                        p.trim_end_matches('/'),
                        r.rule.trim_start_matches('/')
                    )
                }
                Some(p) => p.clone(),
                None => r.rule.clone(),
            };
            let parsed = match rule::parse(&full) {
                Ok(p) => p,
                Err(m) => {
                    self.error(r.range, m);
                    continue;
                }
            };
            let endpoint = format!("{}.{}", bp.name, r.endpoint);
            if self.claim_endpoint(&endpoint, r.def_start).is_err() {
                self.error(r.range, format!("View function mapping is overwriting an existing endpoint function: {endpoint} (Flask refuses this at import)"));
                continue;
            }
            let verb = r.verb.map_or("None".to_string(), |v| format!("{v:?}"));
            let params: Vec<String> = r.params.iter().map(|p| py_str(p)).collect();
            let text = format!(
                "_flask_route({}{}, _view={}, _params=[{}], _verb={verb}, _segs={}, _name={}, _bp={})",
                py_str(&full),
                r.rest,
                r.fname,
                params.join(", "),
                parsed.segs,
                py_str(&r.fname),
                py_str(&bp.name),
            );
            match snippet(&text, c.range()) {
                Some(e) => out.push(Stmt::Expr(ast::StmtExpr {
                    node_index: Default::default(),
                    range: c.range(),
                    value: Box::new(e),
                })),
                None => self.error(r.range, "cannot rewrite this route"),
            }
        }
        out
    }
}
