//! `from werkzeug.exceptions import HTTPException, NotFound, ...`: the
//! classes are no values here, so each use is rewritten: in
//! errorhandler() a class is its status code (as Flask registers it),
//! `NotFound(description)` builds the HTTP exception (to raise),
//! `isinstance(e, HTTPException)` / `isinstance(e, NotFound)` asks the
//! prelude. Any other use is a compile error.

use super::rewrite::{call, is_name, Rewriter};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

/// Werkzeug's default_exceptions by class name.
pub const CLASSES: &[(&str, i64)] = &[
    ("BadRequest", 400),
    ("Unauthorized", 401),
    ("Forbidden", 403),
    ("NotFound", 404),
    ("MethodNotAllowed", 405),
    ("NotAcceptable", 406),
    ("RequestTimeout", 408),
    ("Conflict", 409),
    ("Gone", 410),
    ("LengthRequired", 411),
    ("PreconditionFailed", 412),
    ("RequestEntityTooLarge", 413),
    ("RequestURITooLarge", 414),
    ("UnsupportedMediaType", 415),
    ("RequestedRangeNotSatisfiable", 416),
    ("ExpectationFailed", 417),
    ("ImATeapot", 418),
    ("MisdirectedRequest", 421),
    ("UnprocessableEntity", 422),
    ("Locked", 423),
    ("FailedDependency", 424),
    ("PreconditionRequired", 428),
    ("TooManyRequests", 429),
    ("RequestHeaderFieldsTooLarge", 431),
    ("UnavailableForLegalReasons", 451),
    ("InternalServerError", 500),
    ("NotImplemented", 501),
    ("BadGateway", 502),
    ("ServiceUnavailable", 503),
    ("GatewayTimeout", 504),
    ("HTTPVersionNotSupported", 505),
];

/// Some(Some(code)) for a class with a code, Some(None) for HTTPException.
pub fn code_of(name: &str) -> Option<Option<i64>> {
    if name == "HTTPException" {
        return Some(None);
    }
    CLASSES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| Some(*c))
}

fn none_lit(range: TextRange) -> Expr {
    Expr::NoneLiteral(ast::ExprNoneLiteral {
        node_index: Default::default(),
        range,
    })
}

fn int_lit(v: i64, range: TextRange) -> Expr {
    Expr::NumberLiteral(ast::ExprNumberLiteral {
        node_index: Default::default(),
        range,
        value: ast::Number::Int(ast::Int::from(v as u64)),
    })
}

impl Rewriter<'_> {
    /// Rewrites a call that constructs or tests a werkzeug class; None if
    /// `c` is no such call.
    pub(super) fn werkzeug_call(&self, c: &ast::ExprCall, range: TextRange) -> Option<Expr> {
        if let Some(code) = match &*c.func {
            Expr::Name(n) => self.werkzeug_code(n.id.as_str()),
            _ => None,
        } {
            let Expr::Name(n) = &*c.func else { return None };
            let Some(code) = code else {
                self.error(n.range, "HTTPException() cannot be built here: use abort(code) or a subclass such as NotFound");
                return Some(none_lit(range));
            };
            if c.arguments.args.len() > 1 || !c.arguments.keywords.is_empty() {
                self.error(range, "werkzeug exceptions take at most a description here");
            }
            let mut args = vec![int_lit(code, n.range)];
            args.extend(c.arguments.args.iter().cloned());
            return Some(call("_flask_http_exc", args, vec![], range));
        }
        if !is_name(&c.func, "isinstance") {
            return None;
        }
        let [obj, Expr::Name(cls)] = &c.arguments.args[..] else {
            return None;
        };
        let code = self.werkzeug_code(cls.id.as_str())?;
        let code = match code {
            Some(c) => int_lit(c, cls.range),
            None => none_lit(cls.range),
        };
        Some(call(
            "_flask_is_http",
            vec![obj.clone(), code],
            vec![],
            range,
        ))
    }

    pub(super) fn werkzeug_name_error(&self, n: &ast::ExprName) {
        self.error(
            n.range(),
            format!(
                "{} can be used in errorhandler(), isinstance() and to build the exception only",
                n.id
            ),
        );
    }
}
