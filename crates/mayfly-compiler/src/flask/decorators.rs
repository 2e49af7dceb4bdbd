//! Decorators on module-level views become registration calls placed
//! after the def: routes (with the rule parsed here, see rule.rs), error
//! handlers and request hooks. Anything Flask would refuse at import
//! (a duplicate endpoint, an unknown error code) is a compile error.

use super::blueprint::PendingRoute;
use super::rewrite::{snippet, Rewriter};
use super::rule::{self, py_str};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextSize};

/// Route decorators: method name → the single HTTP method it implies.
const VERBS: &[(&str, Option<&str>)] = &[
    ("route", None),
    ("get", Some("GET")),
    ("post", Some("POST")),
    ("put", Some("PUT")),
    ("patch", Some("PATCH")),
    ("delete", Some("DELETE")),
];

/// Decorators used without a call: `@app.before_request`.
const HOOKS: &[&str] = &["before_request", "after_request", "teardown_request"];

/// Werkzeug's default_exceptions: the codes errorhandler(code) accepts.
const HTTP_CODES: &[i64] = &[
    400, 401, 403, 404, 405, 406, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422,
    423, 424, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505,
];

/// Exception classes errorhandler() accepts, with their depth below
/// BaseException (the handler nearest in the MRO wins).
fn exc_depth(name: &str) -> Option<u32> {
    Some(match name {
        "Exception" => 1,
        "ArithmeticError" | "LookupError" | "ValueError" | "TypeError" | "NameError"
        | "AssertionError" | "RuntimeError" | "AttributeError" => 2,
        "ZeroDivisionError"
        | "OverflowError"
        | "KeyError"
        | "IndexError"
        | "UnboundLocalError"
        | "NotImplementedError"
        | "RecursionError" => 3,
        _ => return None,
    })
}

impl Rewriter<'_> {
    /// One registration statement per decorator, innermost first (the
    /// order Python applies them).
    pub(super) fn registrations(&self, d: &ast::StmtFunctionDef) -> Vec<Stmt> {
        let mut out = Vec::new();
        let fname = d.name.as_str();
        for dec in d.decorator_list.iter().rev() {
            let r = dec.range;
            let text = match &dec.expression {
                Expr::Attribute(a) if self.is_app(&a.value) && HOOKS.contains(&a.attr.as_str()) => {
                    format!("_flask_hook({}, _view={fname})", py_str(a.attr.as_str()))
                }
                Expr::Call(c) => match self.decorator_call(c, d) {
                    Some(t) => t,
                    None => continue,
                },
                _ => {
                    self.error(r, "only @app.route(...), @app.get(...) etc., @app.errorhandler(...) and @app.before_request/after_request/teardown_request decorators are supported");
                    continue;
                }
            };
            match snippet(&text, r) {
                Some(e) => out.push(Stmt::Expr(ast::StmtExpr {
                    node_index: Default::default(),
                    range: r,
                    value: Box::new(e),
                })),
                None => self.error(r, "cannot rewrite this decorator"),
            }
        }
        out
    }

    fn decorator_call(&self, c: &ast::ExprCall, d: &ast::StmtFunctionDef) -> Option<String> {
        let r = c.range();
        let Expr::Attribute(a) = &*c.func else {
            self.error(r, "only Flask app decorators are supported");
            return None;
        };
        if let Some(bp) = self.blueprint_index(&a.value) {
            self.blueprint_route(bp, c, d, a);
            return None;
        }
        if !self.is_app(&a.value) {
            self.error(
                a.value.range(),
                "decorators must be methods of the Flask app (app = Flask(__name__)) or of a Blueprint",
            );
            return None;
        }
        let args_text = &self.src[c.arguments.range];
        let inner = args_text[1..args_text.len() - 1]
            .trim()
            .trim_end_matches(',');
        let sep = if inner.is_empty() { "" } else { ", " };
        let fname = d.name.as_str();
        if a.attr.as_str() == "errorhandler" {
            let (key, depth) = self.errorhandler_key(c)?;
            return Some(format!(
                "_flask_errorhandler({key}, _view={fname}, _depth={depth})"
            ));
        }
        let Some((_, verb)) = VERBS.iter().find(|(v, _)| *v == a.attr.as_str()) else {
            self.error(a.range, format!("app.{} is not supported", a.attr));
            return None;
        };
        let (params, segs) = self.rule_params(c, d)?;
        self.check_endpoint(c, d)?;
        let verb = verb.map_or("None".to_string(), |v| format!("{v:?}"));
        let params: Vec<String> = params.iter().map(|p| py_str(p)).collect();
        Some(format!(
            "_flask_route({inner}{sep}_view={fname}, _params=[{}], _verb={verb}, _segs={segs}, _name={})",
            params.join(", "),
            py_str(fname)
        ))
    }

    /// What errorhandler() registers under (a code, a class, or
    /// "HTTPException") and the depth: 0 for a status code, the class depth
    /// for an exception class. A werkzeug class with a code is that code,
    /// as in Flask.
    fn errorhandler_key(&self, c: &ast::ExprCall) -> Option<(String, u32)> {
        if let [Expr::Name(n)] = &c.arguments.args[..] {
            match self.werkzeug_code(n.id.as_str()) {
                Some(Some(code)) => return Some((code.to_string(), 0)),
                Some(None) => return Some(("\"HTTPException\"".into(), 1)),
                None => {}
            }
        }
        let depth = self.errorhandler_depth(c)?;
        Some((self.src[c.arguments.args[0].range()].to_string(), depth))
    }

    fn errorhandler_depth(&self, c: &ast::ExprCall) -> Option<u32> {
        match (&c.arguments.args[..], c.arguments.keywords.is_empty()) {
            ([Expr::NumberLiteral(n)], true) => match n.value.as_int().and_then(|i| i.as_i64()) {
                Some(code) if HTTP_CODES.contains(&code) => Some(0),
                _ => {
                    self.error(
                        n.range,
                        "not a recognized HTTP error code (Flask refuses it at import)",
                    );
                    None
                }
            },
            ([Expr::Name(n)], true) => match exc_depth(n.id.as_str()) {
                Some(depth) => Some(depth),
                None => {
                    self.error(n.range, "errorhandler() takes a status code or a builtin exception class (Exception, KeyError, ...)");
                    None
                }
            },
            _ => {
                self.error(
                    c.range(),
                    "errorhandler() takes one status code or exception class",
                );
                None
            }
        }
    }

    /// The endpoint a route decorator names: endpoint= or the view's name.
    fn endpoint_of(&self, c: &ast::ExprCall, d: &ast::StmtFunctionDef) -> Option<String> {
        let mut endpoint = d.name.to_string();
        for k in &c.arguments.keywords {
            if k.arg.as_ref().is_some_and(|n| n.as_str() == "endpoint") {
                let Expr::StringLiteral(s) = &k.value else {
                    self.error(k.range, "endpoint= must be a string literal");
                    return None;
                };
                endpoint = s.value.to_str().to_string();
            }
        }
        Some(endpoint)
    }

    /// Records that the def at `def_start` serves `endpoint`; Err if
    /// another def does (Flask refuses that at import).
    pub(super) fn claim_endpoint(&self, endpoint: &str, def_start: TextSize) -> Result<(), ()> {
        let mut endpoints = self.endpoints.borrow_mut();
        match endpoints.iter().find(|(e, _)| e == endpoint) {
            Some((_, def)) if *def != def_start => Err(()),
            Some(_) => Ok(()),
            None => {
                endpoints.push((endpoint.to_string(), def_start));
                Ok(())
            }
        }
    }

    /// Flask refuses two view functions for one endpoint at import.
    fn check_endpoint(&self, c: &ast::ExprCall, d: &ast::StmtFunctionDef) -> Option<()> {
        let endpoint = self.endpoint_of(c, d)?;
        if self.claim_endpoint(&endpoint, d.range.start()).is_err() {
            self.error(c.range(), format!("View function mapping is overwriting an existing endpoint function: {endpoint} (Flask refuses this at import)"));
            return None;
        }
        Some(())
    }

    /// A route on a blueprint: checked now, registered by register_blueprint.
    fn blueprint_route(
        &self,
        bp: usize,
        c: &ast::ExprCall,
        d: &ast::StmtFunctionDef,
        a: &ast::ExprAttribute,
    ) {
        let Some((_, verb)) = VERBS.iter().find(|(v, _)| *v == a.attr.as_str()) else {
            self.error(
                a.range,
                format!(
                    "blueprint.{} is not supported (blueprints take routes only)",
                    a.attr
                ),
            );
            return;
        };
        let Some((params, _)) = self.rule_params(c, d) else {
            return;
        };
        let Some(endpoint) = self.endpoint_of(c, d) else {
            return;
        };
        let Some(Expr::StringLiteral(rule)) = c.arguments.args.first() else {
            return;
        };
        let end = c.arguments.range.end().to_usize().saturating_sub(1);
        let rest = self.src[rule.range.end().to_usize()..end]
            .trim()
            .trim_end_matches(',')
            .to_string();
        self.blueprints.borrow_mut()[bp].routes.push(PendingRoute {
            def_start: d.range.start(),
            fname: d.name.to_string(),
            verb: *verb,
            rule: rule.value.to_str().to_string(),
            rest,
            params,
            endpoint,
            range: c.range(),
        });
    }

    /// Checks the rule (a string literal) against the view's parameters;
    /// returns the variables in the order the view takes them and the
    /// parsed segments.
    fn rule_params(
        &self,
        c: &ast::ExprCall,
        d: &ast::StmtFunctionDef,
    ) -> Option<(Vec<String>, String)> {
        let Some(Expr::StringLiteral(rule)) = c.arguments.args.first() else {
            self.error(
                c.range(),
                "the rule must be a string literal as the first argument",
            );
            return None;
        };
        let rule_text = rule.value.to_str();
        if !rule_text.starts_with('/') {
            self.error(rule.range, "a rule must start with '/'");
            return None;
        }
        let parsed = match rule::parse(rule_text) {
            Ok(p) => p,
            Err(m) => {
                self.error(rule.range, m);
                return None;
            }
        };
        let vars = parsed.vars;
        let p = &d.parameters;
        if p.vararg.is_some()
            || p.kwarg.is_some()
            || !p.kwonlyargs.is_empty()
            || !p.posonlyargs.is_empty()
        {
            self.error(p.range, "view functions take plain parameters only");
            return None;
        }
        let names: Vec<String> = p
            .args
            .iter()
            .map(|a| a.parameter.name.to_string())
            .collect();
        for (i, n) in names.iter().enumerate() {
            let in_rule = vars.contains(n);
            if i < vars.len() && !in_rule || i >= vars.len() && p.args[i].default.is_none() {
                self.error(p.args[i].range, format!("parameter '{n}' is not a variable of the rule (Flask would fail calling the view)"));
                return None;
            }
        }
        for v in &vars {
            if !names.contains(v) {
                self.error(
                    rule.range,
                    format!("the view has no parameter '{v}' (Flask would fail calling it)"),
                );
                return None;
            }
        }
        if vars.len() > 4 {
            self.error(rule.range, "a rule has at most 4 variables here");
            return None;
        }
        Some((names.into_iter().take(vars.len()).collect(), parsed.segs))
    }
}
