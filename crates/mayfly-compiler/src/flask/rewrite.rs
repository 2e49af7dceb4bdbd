//! Rewrites a Flask program into the plain mayfly language: decorators
//! become registration calls after the def, `request.*` attributes and
//! response attributes become calls into the prelude, and the
//! `if __name__ == '__main__':` block (statically dead: a tenant is
//! never `__main__`) is dropped. Anything Flask we do not implement is
//! reported here with its source range.

use super::blueprint::Blueprint;
use super::multidict::{is_request_multidict, multidict_aliases};
use super::EXPORTS;
use ruff_python_ast::name::Name;
use ruff_python_ast::visitor::transformer::{walk_expr, walk_stmt, Transformer};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};
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
    "values",
];

/// Attributes of an HTTPException an error handler reads.
const EXC_ATTRS: &[&str] = &["code", "description", "name", "original_exception"];

pub struct Rewriter<'s> {
    pub(super) src: &'s str,
    apps: Vec<String>,
    /// `g` was imported from flask.
    has_g: bool,
    /// Names imported from werkzeug.exceptions.
    werkzeug: Vec<String>,
    /// Names the current view assigns request.args/form/... to.
    aliases: RefCell<Vec<String>>,
    /// Endpoint → the def registered for it.
    pub(super) endpoints: RefCell<Vec<(String, TextSize)>>,
    pub(super) blueprints: RefCell<Vec<Blueprint>>,
    /// While rewriting a view: the blueprint it belongs to ("" for the
    /// app), for url_for(".name"). None outside views.
    view_bp: RefCell<Option<String>>,
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

pub(super) fn call(
    f: &str,
    args: Vec<Expr>,
    keywords: Vec<ast::Keyword>,
    range: TextRange,
) -> Expr {
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
pub(super) fn snippet(text: &str, range: TextRange) -> Option<Expr> {
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

pub(super) fn is_name(e: &Expr, id: &str) -> bool {
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
            has_g: false,
            werkzeug: Vec::new(),
            aliases: RefCell::new(Vec::new()),
            endpoints: RefCell::new(Vec::new()),
            blueprints: RefCell::new(Vec::new()),
            view_bp: RefCell::new(None),
            diags: RefCell::new(Vec::new()),
        }
    }

    /// "" for a view of the app, the blueprint's name for one of a
    /// blueprint, None for a def that is no view.
    fn view_blueprint(&self, d: &ast::StmtFunctionDef) -> Option<String> {
        d.decorator_list.iter().find_map(|dec| {
            let Expr::Call(c) = &dec.expression else {
                return None;
            };
            let Expr::Attribute(a) = &*c.func else {
                return None;
            };
            if self.is_app(&a.value) {
                return Some(String::new());
            }
            let i = self.blueprint_index(&a.value)?;
            Some(self.blueprints.borrow()[i].name.clone())
        })
    }

    /// For a name imported from werkzeug.exceptions: its code (None for
    /// HTTPException).
    pub(super) fn werkzeug_code(&self, n: &str) -> Option<Option<i64>> {
        if !self.werkzeug.iter().any(|w| w == n) {
            return None;
        }
        super::werkzeug::code_of(n)
    }

    pub(super) fn is_app(&self, e: &Expr) -> bool {
        matches!(e, Expr::Name(n) if self.apps.contains(&n.id.to_string()))
    }

    pub(super) fn error(&self, r: TextRange, m: impl Into<String>) {
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
                        } else if a.name.as_str() == "g" {
                            self.has_g = true;
                        }
                    }
                    continue;
                }
                Stmt::ImportFrom(i)
                    if i.module
                        .as_ref()
                        .is_some_and(|m| m.as_str() == "werkzeug.exceptions") =>
                {
                    for a in &i.names {
                        if super::werkzeug::code_of(a.name.as_str()).is_none() || a.asname.is_some()
                        {
                            self.error(a.range, format!("'{}' from werkzeug.exceptions is not supported (HTTPException and the classes of the default error codes are)", a.name));
                        } else {
                            self.werkzeug.push(a.name.to_string());
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
                        } else if is_name(&c.func, "Blueprint") {
                            self.blueprint_def(t.id.as_str(), c);
                            continue;
                        }
                    }
                }
                Stmt::Expr(e) => {
                    if let Expr::Call(c) = &*e.value {
                        if let Expr::Attribute(a) = &*c.func {
                            if a.attr.as_str() == "register_blueprint" && self.is_app(&a.value) {
                                body.extend(self.register_blueprint(c));
                                continue;
                            }
                        }
                    }
                }
                Stmt::FunctionDef(d) => {
                    *self.view_bp.borrow_mut() = self.view_blueprint(d);
                    let regs = self.registrations(d);
                    d.decorator_list.clear();
                    *self.aliases.borrow_mut() = multidict_aliases(&d.body);
                    self.visit_stmt(&mut s);
                    self.aliases.borrow_mut().clear();
                    *self.view_bp.borrow_mut() = None;
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

    /// `type=int` (float, str) as `_type="int"` for the prelude.
    fn typed_keywords(&self, keywords: &[ast::Keyword]) -> Option<Vec<ast::Keyword>> {
        let mut kws = Vec::new();
        for k in keywords {
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
        Some(kws)
    }

    /// `f(k=v, ...)` keywords as the dict `{"k": v, ...}`.
    fn keywords_dict(&self, keywords: &[ast::Keyword], range: TextRange) -> Option<Expr> {
        let mut text = String::from("{");
        for k in keywords {
            let Some(arg) = &k.arg else { return None };
            text.push_str(&format!("{:?}: None, ", arg.as_str()));
        }
        text.push('}');
        let Some(Expr::Dict(mut dict)) = snippet(&text, range) else {
            return None;
        };
        for (item, k) in dict.items.iter_mut().zip(keywords.iter()) {
            item.value = k.value.clone();
        }
        Some(Expr::Dict(dict))
    }

    fn is_multidict(&self, e: &Expr) -> bool {
        is_request_multidict(e)
            || matches!(e, Expr::Name(n) if self.aliases.borrow().iter().any(|a| a == n.id.as_str()))
    }

    fn rewrite_call(&self, c: &mut ast::ExprCall, range: TextRange) -> Option<Expr> {
        if is_name(&c.func, "jsonify")
            && c.arguments.args.is_empty()
            && !c.arguments.keywords.is_empty()
        {
            let dict = self.keywords_dict(&c.arguments.keywords, range)?;
            return Some(call("jsonify", vec![dict], vec![], range));
        }
        // Several positional arguments are serialised as one list.
        if is_name(&c.func, "jsonify") && c.arguments.args.len() > 1 {
            if !c.arguments.keywords.is_empty() {
                self.error(
                    range,
                    "jsonify() takes either positional or keyword arguments, not both",
                );
                return None;
            }
            let list = Expr::List(ast::ExprList {
                node_index: Default::default(),
                range,
                elts: c.arguments.args.to_vec(),
                ctx: ast::ExprContext::Load,
            });
            return Some(call("jsonify", vec![list], vec![], range));
        }
        if is_name(&c.func, "url_for") {
            if let Some(Expr::StringLiteral(s)) = c.arguments.args.first() {
                let ep = s.value.to_str();
                if let Some(rel) = ep.strip_prefix('.') {
                    // Relative to the view's blueprint (Flask uses the
                    // request's; for a view that is the same one).
                    let full = match self.view_bp.borrow().as_deref() {
                        Some("") => rel.to_string(),
                        Some(bp) => format!("{bp}.{rel}"),
                        None => {
                            self.error(
                                s.range,
                                "a relative endpoint ('.name') is only supported in a view",
                            );
                            return None;
                        }
                    };
                    let mut args = c.arguments.args.to_vec();
                    args[0] = str_lit(&full, s.range);
                    c.arguments.args = args.into_boxed_slice();
                }
            }
        }
        if is_name(&c.func, "url_for") && !c.arguments.keywords.is_empty() {
            let mut args = c.arguments.args.to_vec();
            args.push(self.keywords_dict(&c.arguments.keywords, range)?);
            return Some(call("url_for", args, vec![], range));
        }
        let Expr::Attribute(a) = &*c.func else {
            return None;
        };
        let method = a.attr.as_str();
        if method == "getlist" {
            let mut args = vec![(*a.value).clone()];
            args.extend(c.arguments.args.iter().cloned());
            let kws = self.typed_keywords(&c.arguments.keywords)?;
            return Some(call("_flask_getlist", args, kws, range));
        }
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
            let kws = self.typed_keywords(&c.arguments.keywords)?;
            return Some(call("_flask_get_typed", args, kws, range));
        }
        None
    }
}

impl Transformer for Rewriter<'_> {
    fn visit_stmt(&self, stmt: &mut Stmt) {
        // g.x = v and g.x += v store into the request's g dict.
        let target = match stmt {
            Stmt::Assign(a) if a.targets.len() == 1 => a.targets.first_mut(),
            Stmt::AugAssign(a) => Some(&mut *a.target),
            _ => None,
        };
        if let Some(t) = target {
            if let Expr::Attribute(at) = t {
                if self.has_g && is_name(&at.value, "g") {
                    let r = at.range;
                    *t = Expr::Subscript(ast::ExprSubscript {
                        node_index: Default::default(),
                        range: r,
                        value: at.value.clone(),
                        slice: Box::new(str_lit(at.attr.as_str(), r)),
                        ctx: ast::ExprContext::Store,
                    });
                }
            }
        }
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
        let whole = expr.range();
        if let Expr::Call(c) = expr {
            if let Some(mut e) = self.werkzeug_call(c, whole) {
                // Only the arguments are left to rewrite.
                if let Expr::Call(new) = &mut e {
                    for a in new.arguments.args.iter_mut() {
                        self.visit_expr(a);
                    }
                }
                *expr = e;
                return;
            }
        }
        // Decided before the walk rewrites `request.form` into a call.
        let md_item = matches!(expr, Expr::Subscript(s)
            if matches!(s.ctx, ast::ExprContext::Load) && self.is_multidict(&s.value));
        walk_expr(self, expr);
        let range = expr.range();
        let new = match expr {
            Expr::Call(c) => self.rewrite_call(c, range),
            Expr::Subscript(s) if md_item => Some(call(
                "_flask_md_item",
                vec![(*s.value).clone(), (*s.slice).clone()],
                vec![],
                range,
            )),
            Expr::Name(n) if self.has_g && n.id.as_str() == "g" => Some(name("_flask_g", range)),
            Expr::Name(n) if self.werkzeug_code(n.id.as_str()).is_some() => {
                self.werkzeug_name_error(n);
                None
            }
            Expr::Attribute(a) if is_name(&a.value, "_flask_g") => {
                let attr = a.attr.as_str();
                if matches!(attr, "get" | "pop" | "setdefault") {
                    None
                } else {
                    let key = str_lit(attr, a.attr.range);
                    Some(call("_flask_g_attr", vec![key], vec![], range))
                }
            }
            // A store (`self.name = v`, `del x.data`) is left to the
            // object: only reads can mean a Flask response or HTTP error.
            Expr::Attribute(a) if matches!(a.ctx, ast::ExprContext::Load) => {
                let attr = a.attr.as_str();
                let on_request = is_name(&a.value, "request");
                if !on_request && EXC_ATTRS.contains(&attr) {
                    let key = str_lit(attr, a.attr.range);
                    Some(call(
                        "_flask_exc_attr",
                        vec![(*a.value).clone(), key],
                        vec![],
                        range,
                    ))
                } else if on_request && REQUEST_ATTRS.contains(&attr) {
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
