//! `import urllib.parse` (or `from urllib.parse import ...`): quote,
//! quote_plus, quote_from_bytes, unquote, unquote_plus, unquote_to_bytes,
//! urlencode, parse_qs and parse_qsl (runtime/urlparse.py), urlsplit,
//! urlparse, urlunsplit, urlunparse and urljoin (runtime/urlsplit.py) as
//! stdmod table rows, and the attributes and geturl of their results.
//! urlencode's quote_via is resolved here, at compile time: it must name
//! quote or quote_plus. What the module has beyond these (urldefrag,
//! unwrap, the result classes, ...) is a compile error naming it
//! (stdmod's "is not supported").

use super::fx::{Fx, R};
use super::stdmod::StdFunc;
use super::{Gen, NONE};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use wasm_encoder::{Instruction as I, ValType};

/// The dotted name, as STD_MODULES has it.
pub const MODULE: &str = "urllib.parse";

const QUOTE: &[&str] = &["string", "safe", "encoding", "errors"];
const UNQUOTE: &[&str] = &["string", "encoding", "errors"];
const PARSE_QS: &[&str] = &[
    "qs",
    "keep_blank_values",
    "strict_parsing",
    "encoding",
    "errors",
    "max_num_fields",
    "separator",
];
const URLENCODE: &[&str] = &["query", "doseq", "safe", "encoding", "errors", "quote_via"];

pub(super) const FUNCS: &[StdFunc] = &[
    (MODULE, "quote", "url_quote_", QUOTE, 1, 4),
    (MODULE, "quote_plus", "url_quote_plus", QUOTE, 1, 4),
    (
        MODULE,
        "quote_from_bytes",
        "url_quote_from_bytes",
        &["bs", "safe"],
        1,
        2,
    ),
    (MODULE, "unquote", "url_unquote_", UNQUOTE, 1, 3),
    (MODULE, "unquote_plus", "url_unquote_plus", UNQUOTE, 1, 3),
    (
        MODULE,
        "unquote_to_bytes",
        "url_unquote_to_bytes",
        &["string"],
        1,
        1,
    ),
    (MODULE, "parse_qsl", "url_parse_qsl", PARSE_QS, 1, 7),
    (MODULE, "parse_qs", "url_parse_qs", PARSE_QS, 1, 7),
    (MODULE, "urlencode", "url_urlencode", URLENCODE, 1, 6),
    (
        MODULE,
        "urlsplit",
        "url_urlsplit",
        &["url", "scheme", "allow_fragments"],
        1,
        3,
    ),
    (
        MODULE,
        "urlparse",
        "url_urlparse",
        &["url", "scheme", "allow_fragments"],
        1,
        3,
    ),
    (
        MODULE,
        "urlunsplit",
        "url_urlunsplit",
        &["components"],
        1,
        1,
    ),
    (
        MODULE,
        "urlunparse",
        "url_urlunparse",
        &["components"],
        1,
        1,
    ),
    (
        MODULE,
        "urljoin",
        "url_urljoin",
        &["base", "url", "allow_fragments"],
        2,
        3,
    ),
];

/// The method of SplitResult and ParseResult beyond a tuple's.
pub const URL_METHODS: &[&str] = &["geturl"];

/// Their attributes read through runtime attr_NAME (`path` is the
/// request's too: runtime/request.py sends a result on).
const URL_ATTRS: &[&str] = &[
    "scheme", "netloc", "params", "query", "fragment", "username", "password", "hostname", "port",
];

/// Is `name` a method mayfly knows only for urllib.parse's results, in
/// a program that does not import it?
pub fn hidden_method(g: &Gen, name: &str) -> bool {
    !g.l.urlparse && URL_METHODS.contains(&name)
}

/// Is `name` an attribute read through runtime attr_NAME here?
pub fn is_url_attr(g: &Gen, name: &str) -> bool {
    g.l.urlparse && URL_ATTRS.contains(&name)
}

impl Fx {
    /// Is `e` the module urllib.parse here (`urllib.parse` after `import
    /// urllib.parse`, `urllib` not rebound)?
    pub(super) fn is_urllib_parse(&self, g: &Gen, e: &Expr) -> bool {
        let Expr::Attribute(a) = e else { return false };
        a.attr.as_str() == "parse"
            && matches!(&*a.value, Expr::Name(m) if m.id.as_str() == "urllib")
            && !g.global_slots.contains_key("urllib")
            && !self.vars.contains_key(&self.mangled("urllib"))
            && self.is_builtin_module(g, MODULE)
    }

    /// Which of quote (1) and quote_plus (0) `e` names, as urlencode's
    /// quote_via; None for anything else.
    fn quote_via(&self, g: &Gen, e: &Expr) -> Option<i64> {
        let name = match e {
            Expr::Attribute(a) if self.is_urllib_parse(g, &a.value) => a.attr.to_string(),
            Expr::Name(n) if self.is_builtin(g, n.id.as_str()) => {
                let (m, w) = g.scopes.module_names.get(n.id.as_str())?;
                if m != MODULE {
                    return None;
                }
                w.clone()
            }
            _ => return None,
        };
        match name.as_str() {
            "quote" => Some(1),
            "quote_plus" => Some(0),
            _ => None,
        }
    }

    /// urlencode(query, doseq, safe, encoding, errors, quote_via): the
    /// others as values, quote_via as which quoter it names.
    pub(super) fn urlencode_call<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprCall) -> R<()> {
        let mut slots: Vec<Option<u32>> = vec![None; 5];
        let mut via = 0;
        let mut via_of = |fx: &mut Self, g: &mut Gen, e: &Expr| {
            match fx.quote_via(g, e) {
            Some(v) => via = v,
            None => g.error(
                e.range(),
                "urlencode(quote_via=...) is not supported unless it names urllib.parse.quote or quote_plus".to_string(),
            ),
        }
        };
        let args = &c.arguments.args;
        if args.len() > URLENCODE.len() {
            g.error(
                c.range(),
                format!(
                    "urlencode() takes at most 6 positional arguments ({} given)",
                    args.len()
                ),
            );
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        for (i, a) in args.iter().enumerate() {
            if i == 5 {
                via_of(self, g, a);
                continue;
            }
            self.arg_value(g, a)?;
            let t = self.tmp(ValType::I64);
            self.emit(I::LocalSet(t));
            slots[i] = Some(t);
        }
        for k in &c.arguments.keywords {
            let Some(kn) = &k.arg else { continue };
            match URLENCODE.iter().position(|p| *p == kn.as_str()) {
                Some(5) => via_of(self, g, &k.value),
                Some(i) => {
                    self.expr(g, &k.value)?;
                    let t = self.tmp(ValType::I64);
                    self.emit(I::LocalSet(t));
                    slots[i] = Some(t);
                }
                None => g.error(
                    k.range,
                    format!("urlencode() got an unexpected keyword argument '{kn}'"),
                ),
            }
        }
        if slots[0].is_none() {
            g.error(
                c.range(),
                "urlencode() missing required argument 'query' (pos 1)".to_string(),
            );
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        for v in slots {
            match v {
                Some(t) => self.emit(I::LocalGet(t)),
                None => self.emit(I::I64Const(0)),
            }
        }
        self.emit(I::I64Const(via));
        self.call_rt(g, "url_urlencode")?;
        self.user_call_done(g)
    }
}
