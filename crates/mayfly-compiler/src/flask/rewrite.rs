//! Rewrites a Flask program into the plain mayfly language: decorators
//! become registration calls after the def, `request.*` attributes and
//! response attributes become calls into the prelude, and the
//! `if __name__ == '__main__':` block (statically dead: a tenant is
//! never `__main__`) is dropped. Anything Flask we do not implement is
//! reported here with its source range.

use super::EXPORTS;
use ruff_python_ast::name::Name;
use ruff_python_ast::visitor::transformer::{walk_expr, walk_stmt, Transformer};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::cell::RefCell;

/// `request.NAME` attributes served by a prelude function `_flask_req_NAME`.
const REQUEST_ATTRS: &[&str] = &[
    "json",
    "form",
    "cookies",
    "data",
    "full_path",
    "url",
    "host",
    "is_json",
    "mimetype",
    "content_type",
];

/// Route decorators: method name → the single HTTP method it implies.
const VERBS: &[(&str, Option<&str>)] = &[
    ("route", None),
    ("get", Some("GET")),
    ("post", Some("POST")),
    ("put", Some("PUT")),
    ("patch", Some("PATCH")),
    ("delete", Some("DELETE")),
];

pub struct Rewriter<'s> {
    src: &'s str,
    apps: Vec<String>,
    diags: RefCell<Vec<(TextRange, String)>>,
}

fn name(id: &str, range: TextRange) -> Expr {
    Expr::Name(ast::ExprName {
        node_index: Default::default(),
        range,
        id: Name::new(id),
        ctx: ast::ExprContext::Load,
    })
}

fn call(f: &str, args: Vec<Expr>, keywords: Vec<ast::Keyword>, range: TextRange) -> Expr {
    Expr::Call(ast::ExprCall {
        node_index: Default::default(),
        range_start: range.start(),
        func: Box::new(name(f, range)),
        arguments: ast::Arguments {
            range,
            node_index: Default::default(),
            args: args.into_boxed_slice(),
            keywords: keywords.into_iter().collect(),
        },
    })
}

/// Parses generated source (always well-formed) placed at `range`.
fn snippet(text: &str, range: TextRange) -> Option<Expr> {
    let mut e = *ruff_python_parser::parse_expression(text)
        .ok()?
        .into_syntax()
        .body;
    ruff_python_ast::relocate::relocate_expr(&mut e, range);
    Some(e)
}

fn str_lit(s: &str, range: TextRange) -> Expr {
    let quoted = format!("{s:?}");
    snippet(&quoted, range).unwrap_or_else(|| name("None", range))
}

fn is_name(e: &Expr, id: &str) -> bool {
    matches!(e, Expr::Name(n) if n.id.as_str() == id)
}

/// `__name__ == '__main__'` (either order).
fn is_main_test(e: &Expr) -> bool {
    let Expr::Compare(c) = e else { return false };
    let [right] = &c.comparators[..] else {
        return false;
    };
    let is_main = |x: &Expr| matches!(x, Expr::StringLiteral(s) if s.value.to_str() == "__main__");
    (is_name(&c.left, "__name__") && is_main(right))
        || (is_main(&c.left) && is_name(right, "__name__"))
}

impl<'s> Rewriter<'s> {
    pub fn new(src: &'s str) -> Self {
        Rewriter {
            src,
            apps: Vec::new(),
            diags: RefCell::new(Vec::new()),
        }
    }

    fn error(&self, r: TextRange, m: impl Into<String>) {
        self.diags.borrow_mut().push((r, m.into()));
    }

    pub fn run(mut self, body: &mut Vec<Stmt>) -> Vec<(TextRange, String)> {
        let old = std::mem::take(body);
        for mut s in old {
            match &mut s {
                Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.as_str() == "flask") => {
                    for a in &i.names {
                        if !EXPORTS.contains(&a.name.as_str()) {
                            self.error(
                                a.range,
                                format!(
                                    "'{}' from flask is not supported (supported: {})",
                                    a.name,
                                    EXPORTS.join(", ")
                                ),
                            );
                        } else if a.asname.is_some() {
                            self.error(a.range, "`import ... as` from flask is not supported");
                        }
                    }
                    continue;
                }
                Stmt::FunctionDef(d) if d.name.as_str() == "on_client_request" => {
                    self.error(
                        d.name.range,
                        "a Flask app answers through its routes: on_client_request is defined by the Flask surface",
                    );
                }
                Stmt::If(i) if is_main_test(&i.test) && i.elif_else_clauses.is_empty() => continue,
                Stmt::Assign(a) => {
                    if let (Some(Expr::Name(t)), Expr::Call(c)) = (a.targets.first(), &*a.value) {
                        if is_name(&c.func, "Flask") {
                            self.apps.push(t.id.to_string());
                        }
                    }
                }
                Stmt::FunctionDef(d) if !d.decorator_list.is_empty() => {
                    let regs = self.registrations(d);
                    d.decorator_list.clear();
                    self.visit_stmt(&mut s);
                    body.push(s);
                    body.extend(regs);
                    continue;
                }
                _ => {}
            }
            self.visit_stmt(&mut s);
            body.push(s);
        }
        self.diags.into_inner()
    }

    /// One registration statement per decorator, innermost first (the
    /// order Python applies them).
    fn registrations(&self, d: &ast::StmtFunctionDef) -> Vec<Stmt> {
        let mut out = Vec::new();
        for dec in d.decorator_list.iter().rev() {
            let r = dec.range;
            let Expr::Call(c) = &dec.expression else {
                self.error(r, "only @app.route(...), @app.get(...) etc. and @app.errorhandler(code) decorators are supported");
                continue;
            };
            let Expr::Attribute(a) = &*c.func else {
                self.error(r, "only Flask app decorators are supported");
                continue;
            };
            if !matches!(&*a.value, Expr::Name(n) if self.apps.contains(&n.id.to_string())) {
                self.error(
                    a.value.range(),
                    "decorators must be methods of the Flask app (app = Flask(__name__))",
                );
                continue;
            }
            let args_text = &self.src[c.arguments.range];
            let inner = args_text[1..args_text.len() - 1]
                .trim()
                .trim_end_matches(',');
            let sep = if inner.is_empty() { "" } else { ", " };
            let fname = d.name.as_str();
            let text = if a.attr.as_str() == "errorhandler" {
                format!("_flask_errorhandler({inner}{sep}_view={fname})")
            } else if let Some((_, verb)) = VERBS.iter().find(|(v, _)| *v == a.attr.as_str()) {
                let Some(params) = self.rule_params(c, d) else {
                    continue;
                };
                let verb = verb.map_or("None".to_string(), |v| format!("{v:?}"));
                format!("_flask_route({inner}{sep}_view={fname}, _params={params:?}, _verb={verb})")
            } else {
                self.error(a.range, format!("app.{} is not supported", a.attr));
                continue;
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

    /// Checks the rule (a string literal) against the view's parameters and
    /// returns the variables in the order the view takes them.
    fn rule_params(&self, c: &ast::ExprCall, d: &ast::StmtFunctionDef) -> Option<Vec<String>> {
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
        let mut vars = Vec::new();
        for seg in rule_text[1..].split('/') {
            if !seg.contains('<') && !seg.contains('>') {
                continue;
            }
            let ok = seg.starts_with('<') && seg.ends_with('>') && seg.matches('<').count() == 1;
            let inner = &seg[1..seg.len().saturating_sub(1).max(1)];
            let (conv, var) = inner.split_once(':').unwrap_or(("string", inner));
            if !ok || !matches!(conv, "string" | "int" | "float" | "path") || var.is_empty() {
                self.error(rule.range, format!("rule segment '{seg}' is not supported (one <name>, <string:name>, <int:name>, <float:name> or <path:name> per segment)"));
                return None;
            }
            vars.push(var.to_string());
        }
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
        Some(names.into_iter().take(vars.len()).collect())
    }

    fn rewrite_call(&self, c: &mut ast::ExprCall, range: TextRange) -> Option<Expr> {
        if is_name(&c.func, "jsonify")
            && c.arguments.args.is_empty()
            && !c.arguments.keywords.is_empty()
        {
            let mut text = String::from("{");
            for k in &c.arguments.keywords {
                let Some(arg) = &k.arg else { return None };
                text.push_str(&format!("{:?}: None, ", arg.as_str()));
            }
            text.push('}');
            let Some(Expr::Dict(mut dict)) = snippet(&text, range) else {
                return None;
            };
            for (item, k) in dict.items.iter_mut().zip(c.arguments.keywords.iter()) {
                item.value = k.value.clone();
            }
            return Some(call("jsonify", vec![Expr::Dict(dict)], vec![], range));
        }
        let Expr::Attribute(a) = &*c.func else {
            return None;
        };
        let method = a.attr.as_str();
        if is_name(&a.value, "request") && matches!(method, "get_json" | "get_data") {
            let args = c.arguments.args.to_vec();
            let kws = c.arguments.keywords.to_vec();
            return Some(call(&format!("_flask_{method}"), args, kws, range));
        }
        if method == "get"
            && c.arguments
                .keywords
                .iter()
                .any(|k| k.arg.as_ref().is_some_and(|n| n.as_str() == "type"))
        {
            let mut args = vec![(*a.value).clone()];
            args.extend(c.arguments.args.iter().cloned());
            let mut kws = Vec::new();
            for k in &c.arguments.keywords {
                let mut k = k.clone();
                if k.arg.as_ref().is_some_and(|n| n.as_str() == "type") {
                    let ty = match &k.value {
                        Expr::Name(n) if matches!(n.id.as_str(), "int" | "float" | "str") => {
                            n.id.to_string()
                        }
                        _ => {
                            self.error(k.range, "type= must be int, float or str");
                            return None;
                        }
                    };
                    k.arg = Some(ast::Identifier::new("_type", k.range));
                    k.value = str_lit(&ty, k.range);
                }
                kws.push(k);
            }
            return Some(call("_flask_get_typed", args, kws, range));
        }
        None
    }
}

impl Transformer for Rewriter<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        if let Stmt::Assign(a) = stmt {
            if let [Expr::Attribute(t)] = &a.targets[..] {
                if t.attr.as_str() == "status_code" {
                    let mut args = vec![(*t.value).clone(), (*a.value).clone()];
                    for x in &mut args {
                        self.visit_expr(x);
                    }
                    let e = call("_flask_set_status", args, vec![], a.range);
                    *stmt = Stmt::Expr(ast::StmtExpr {
                        node_index: Default::default(),
                        range: a.range,
                        value: Box::new(e),
                    });
                    return;
                }
            }
        }
        if let Stmt::FunctionDef(d) = stmt {
            if !d.decorator_list.is_empty() {
                self.error(
                    d.range,
                    "decorators are only supported on module-level views",
                );
            }
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&self, expr: &mut Expr) {
        walk_expr(self, expr);
        let range = expr.range();
        let new = match expr {
            Expr::Call(c) => self.rewrite_call(c, range),
            Expr::Attribute(a) => {
                let attr = a.attr.as_str();
                let on_request = is_name(&a.value, "request");
                if on_request && REQUEST_ATTRS.contains(&attr) {
                    Some(call(&format!("_flask_req_{attr}"), vec![], vec![], range))
                } else if !on_request && matches!(attr, "status_code" | "headers" | "data") {
                    let f = match attr {
                        "status_code" => "_flask_resp_status",
                        "headers" => "_flask_resp_headers",
                        _ => "_flask_resp_data",
                    };
                    Some(call(f, vec![(*a.value).clone()], vec![], range))
                } else {
                    None
                }
            }
            Expr::Name(n)
                if n.id.as_str().starts_with("_flask_")
                    || n.id.as_str().starts_with("__mayfly_") =>
            {
                self.error(
                    n.range,
                    "names starting with _flask_ or __mayfly_ are reserved",
                );
                None
            }
            _ => None,
        };
        if let Some(e) = new {
            *expr = e;
        }
    }
}
