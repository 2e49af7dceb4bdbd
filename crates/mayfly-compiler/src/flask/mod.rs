//! The Flask surface: a program that does `from flask import ...` is
//! rewritten (`rewrite`) into the plain mayfly language and compiled
//! together with `prelude.py`, Flask's routing, request and response
//! semantics written in that language. No CPython, no classes: the
//! decorators and `request.*` attributes Flask apps use are recognised
//! at compile time, and anything else from Flask is a compile error.

mod blueprint;
mod decorators;
mod multidict;
mod prune;
mod rewrite;
mod rule;
mod werkzeug;

pub use prune::prune;

use ruff_python_ast::Stmt;
use ruff_text_size::TextRange;

/// The prelude's source; appended after the user's source so that every
/// node keeps a distinct offset (scopes are keyed by start offset).
/// app.py first: it holds the imports and the module state.
pub const PRELUDE: &str = concat!(
    include_str!("prelude/app.py"),
    "\n",
    include_str!("prelude/errors.py"),
    "\n",
    include_str!("prelude/routing.py"),
    "\n",
    include_str!("prelude/urls.py"),
    "\n",
    include_str!("prelude/request.py"),
);

/// Names `from flask import` may bring in.
pub const EXPORTS: &[&str] = &[
    "Flask",
    "jsonify",
    "request",
    "abort",
    "redirect",
    "make_response",
    "g",
    "url_for",
    "Blueprint",
];

/// Whether the program imports from flask (at module level); it may also
/// import from werkzeug.exceptions then.
pub fn uses_flask(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::ImportFrom(i) => i.module.as_ref().is_some_and(|m| m.as_str() == "flask"),
        _ => false,
    })
}

/// Rewrites the user's statements in place and returns the diagnostics.
pub fn rewrite(src: &str, body: &mut Vec<Stmt>) -> Vec<(TextRange, String)> {
    rewrite::Rewriter::new(src).run(body)
}
