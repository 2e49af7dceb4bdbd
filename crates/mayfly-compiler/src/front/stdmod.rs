//! The standard-library modules whose functions are runtime functions
//! with fixed parameters (`import bisect`, `import heapq`) or whose
//! attributes are constants (`import string`): what a call or a read of
//! `module.name` (or of a name `from module import`-ed) compiles to.

use super::fx::{Fx, R};
use super::{Gen, NONE};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};
use wasm_encoder::{Instruction as I, ValType};

/// Modules compiled here.
pub const STD_MODULES: &[&str] = &[
    "bisect",
    "heapq",
    "string",
    "collections",
    "itertools",
    "random",
    "secrets",
    "functools",
    "operator",
    "sys",
    "base64",
    "re",
    "hashlib",
    "hmac",
    super::stdurl::MODULE,
    "copy",
    "textwrap",
    "uuid",
    "html",
    "zlib",
    "binascii",
    "struct",
    super::enums::MODULE,
    super::stdstats::MODULE,
    super::stdabc::MODULE,
];

/// A module function: (module, name, runtime function, parameters, how
/// many are required, how many may be passed by position).
pub(super) type StdFunc = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    usize,
    usize,
);

const BISECT: &[&str] = &["a", "x", "lo", "hi", "key"];

/// textwrap.wrap and fill: the text, then TextWrapper's parameters
/// (runtime/twwrap.py); shorten has all of them but max_lines.
const TW_WRAP: &[&str] = &[
    "text",
    "width",
    "initial_indent",
    "subsequent_indent",
    "expand_tabs",
    "replace_whitespace",
    "fix_sentence_endings",
    "break_long_words",
    "drop_whitespace",
    "break_on_hyphens",
    "tabsize",
    "max_lines",
    "placeholder",
];
const TW_SHORTEN: &[&str] = &[
    "text",
    "width",
    "initial_indent",
    "subsequent_indent",
    "expand_tabs",
    "replace_whitespace",
    "fix_sentence_endings",
    "break_long_words",
    "drop_whitespace",
    "break_on_hyphens",
    "tabsize",
    "placeholder",
];

const FUNCS: &[StdFunc] = &[
    ("copy", "copy", "copy_copy", &["x"], 1, 1),
    ("enum", "auto", "en_auto", &[], 0, 0),
    ("copy", "deepcopy", "copy_deepcopy", &["x", "memo"], 1, 2),
    ("string", "capwords", "string_capwords", &["s", "sep"], 1, 2),
    ("textwrap", "dedent", "tw_dedent", &["text"], 1, 1),
    ("textwrap", "wrap", "tw_wrap", TW_WRAP, 1, 2),
    ("textwrap", "fill", "tw_fill", TW_WRAP, 1, 2),
    ("textwrap", "shorten", "tw_shorten", TW_SHORTEN, 2, 2),
    (
        "textwrap",
        "indent",
        "tw_indent",
        &["text", "prefix", "predicate"],
        2,
        3,
    ),
    ("bisect", "bisect_left", "bisect_left_", BISECT, 2, 4),
    ("bisect", "bisect_right", "bisect_right_", BISECT, 2, 4),
    ("bisect", "bisect", "bisect_right_", BISECT, 2, 4),
    ("bisect", "insort_left", "insort_left_", BISECT, 2, 4),
    ("bisect", "insort_right", "insort_right_", BISECT, 2, 4),
    ("bisect", "insort", "insort_right_", BISECT, 2, 4),
    ("heapq", "heappush", "heappush_", &["heap", "item"], 2, 2),
    ("heapq", "heappop", "heappop_", &["heap"], 1, 1),
    ("heapq", "heapify", "heapify_", &["heap"], 1, 1),
    (
        "heapq",
        "heapreplace",
        "heapreplace_",
        &["heap", "item"],
        2,
        2,
    ),
    (
        "heapq",
        "heappushpop",
        "heappushpop_",
        &["heap", "item"],
        2,
        2,
    ),
    (
        "heapq",
        "nlargest",
        "nlargest_",
        &["n", "iterable", "key"],
        2,
        3,
    ),
    (
        "heapq",
        "nsmallest",
        "nsmallest_",
        &["n", "iterable", "key"],
        2,
        3,
    ),
    (
        "collections",
        "defaultdict",
        "defaultdict_",
        &["default_factory", "mapping"],
        0,
        2,
    ),
    ("collections", "Counter", "counter_", &["iterable"], 0, 1),
    // Compiled by front/namedtuple.rs (its names are checked there).
    (
        "collections",
        "namedtuple",
        "nt_class",
        &["typename", "field_names"],
        2,
        2,
    ),
    (
        "collections",
        "OrderedDict",
        "ordereddict_",
        &["mapping"],
        0,
        1,
    ),
    (
        "sys",
        "setrecursionlimit",
        "sys_setrecursionlimit",
        &["limit"],
        1,
        1,
    ),
    (
        "sys",
        "getrecursionlimit",
        "sys_getrecursionlimit",
        &[],
        0,
        0,
    ),
    (
        "collections",
        "deque",
        "deque_",
        &["iterable", "maxlen"],
        0,
        2,
    ),
    ("itertools", "count", "it_count", &["start", "step"], 0, 2),
    (
        "itertools",
        "repeat",
        "it_repeat",
        &["object", "times"],
        1,
        2,
    ),
    ("itertools", "cycle", "it_cycle", &["iterable"], 1, 1),
    ("itertools", "chain", "it_chain", &["*iterables"], 0, 0),
    (
        "itertools",
        "islice",
        "it_islice",
        &["iterable", "start", "stop", "step"],
        2,
        4,
    ),
    (
        "itertools",
        "accumulate",
        "it_accumulate",
        &["iterable", "func", "initial"],
        1,
        2,
    ),
    ("itertools", "pairwise", "it_pairwise", &["iterable"], 1, 1),
    (
        "itertools",
        "groupby",
        "it_groupby",
        &["iterable", "key"],
        1,
        2,
    ),
    (
        "itertools",
        "zip_longest",
        "it_zip_longest",
        &["*iterables", "fillvalue"],
        0,
        0,
    ),
    (
        "itertools",
        "starmap",
        "it_starmap",
        &["function", "iterable"],
        2,
        2,
    ),
    (
        "itertools",
        "filterfalse",
        "it_filterfalse",
        &["function", "iterable"],
        2,
        2,
    ),
    (
        "itertools",
        "compress",
        "it_compress",
        &["data", "selectors"],
        2,
        2,
    ),
    (
        "itertools",
        "combinations_with_replacement",
        "it_cwr",
        &["iterable", "r"],
        2,
        2,
    ),
    ("itertools", "tee", "it_tee", &["iterable", "n"], 1, 2),
    // `chain.from_iterable(x)`: called through chain (front/call.rs).
    (
        "itertools",
        "chain.from_iterable",
        "it_chain_from",
        &["iterable"],
        1,
        1,
    ),
    (
        "itertools",
        "takewhile",
        "it_takewhile",
        &["predicate", "iterable"],
        2,
        2,
    ),
    (
        "itertools",
        "dropwhile",
        "it_dropwhile",
        &["predicate", "iterable"],
        2,
        2,
    ),
    (
        "itertools",
        "product",
        "it_product",
        &["*iterables", "repeat"],
        0,
        0,
    ),
    (
        "itertools",
        "permutations",
        "it_permutations",
        &["iterable", "r"],
        1,
        2,
    ),
    (
        "itertools",
        "combinations",
        "it_combinations",
        &["iterable", "r"],
        2,
        2,
    ),
];

/// string's constants (CPython 3.11's values).
const STRING_CONSTS: &[(&str, &str)] = &[
    ("ascii_lowercase", "abcdefghijklmnopqrstuvwxyz"),
    ("ascii_uppercase", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    ("ascii_letters", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    ("digits", "0123456789"),
    ("hexdigits", "0123456789abcdefABCDEF"),
    ("octdigits", "01234567"),
    ("punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"),
    ("whitespace", " \t\n\r\x0b\x0c"),
    (
        "printable",
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c",
    ),
];

impl Fx {
    /// Does `name` here mean the module of that name (imported by
    /// `import name`, not shadowed)?
    pub(super) fn is_builtin_module(&self, g: &Gen, name: &str) -> bool {
        g.std_imports.contains(name) && {
            let n = self.mangled(name);
            !self.vars.contains_key(&n) && !g.scopes.list[self.scope].frees.contains(&n)
        }
    }

    /// Does `e` name itertools.chain (`itertools.chain` or a `chain`
    /// imported from it), whose `from_iterable` is a function of its own?
    pub(super) fn names_chain(&self, g: &Gen, e: &Expr) -> bool {
        match e {
            Expr::Attribute(a) => {
                a.attr.as_str() == "chain"
                    && matches!(&*a.value, Expr::Name(m) if m.id.as_str() == "itertools"
                        && g.global_slots.contains_key("itertools")
                        && self.is_builtin_module(g, "itertools"))
            }
            Expr::Name(n) => {
                self.is_builtin(g, n.id.as_str())
                    && g.scopes
                        .module_names
                        .get(n.id.as_str())
                        .is_some_and(|(m, w)| m == "itertools" && w == "chain")
            }
            _ => false,
        }
    }

    /// The (module, function) `f` names when it is a module function of
    /// `*args` (chain, product, zip_longest), which a starred call can take.
    pub(super) fn variadic_std_func(&self, g: &Gen, f: &Expr) -> Option<(String, String)> {
        let (module, name) = match f {
            Expr::Attribute(a) => match &*a.value {
                Expr::Name(m)
                    if STD_MODULES.contains(&m.id.as_str())
                        && g.global_slots.contains_key(m.id.as_str())
                        && self.is_builtin_module(g, m.id.as_str()) =>
                {
                    (m.id.to_string(), a.attr.to_string())
                }
                _ => return None,
            },
            Expr::Name(n) if self.is_builtin(g, n.id.as_str()) => {
                g.scopes.module_names.get(n.id.as_str()).cloned()?
            }
            _ => return None,
        };
        let row = find_func(&module, &name)?;
        row.3
            .first()
            .is_some_and(|p| p.starts_with('*'))
            .then_some((module, name))
    }

    /// `module.name(...)` for a module of STD_MODULES.
    pub(super) fn std_call<'a>(
        &mut self,
        g: &mut Gen<'a>,
        module: &str,
        name: &str,
        c: &'a ast::ExprCall,
    ) -> R<()> {
        if super::ftmod::is_module(module) {
            return self.native_call(g, module, name, c);
        }
        if (module, name) == ("collections", "namedtuple") {
            return self.namedtuple_call(g, c);
        }
        if super::template::is_template(module, name) {
            // A class: its value called (its __init__ checks the arguments).
            if !c.arguments.keywords.is_empty() {
                return self.value_call_kw(g, &c.func, c);
            }
            self.expr(g, &c.func)?;
            self.args_array(g, &c.arguments.args)?;
            self.emit(I::I32Const(c.arguments.args.len() as i32));
            self.call_rt(g, "call_value")?;
            return self.user_call_done(g);
        }
        if module == super::enums::MODULE && self.enum_refused(g, name, c) {
            return Ok(());
        }
        let Some(&(_, _, f, params, required, positional)) = find_func(module, name) else {
            let what = if module == "string" && STRING_CONSTS.iter().any(|k| k.0 == name) {
                format!("string.{name} is a str, not a function")
            } else {
                format!("{module}.{name} is not supported (guest-sdk/LANGUAGE.md lists what {module} has)")
            };
            g.error(c.range(), what);
            self.emit(I::I64Const(NONE));
            return Ok(());
        };
        if module == "re" && self.re_refused(g, name, c) {
            return Ok(());
        }
        if self.hash_refused(g, module, name, c) || self.web_refused(g, module, name, c) {
            return Ok(());
        }
        if module == super::stdurl::MODULE && name == "urlencode" {
            return self.urlencode_call(g, c);
        }
        let args = &c.arguments.args;
        let refused = c.arguments.keywords.iter().find(|k| {
            let kw = k.arg.as_ref().map(|a| a.as_str()).unwrap_or("");
            super::stdrandom::refused_keyword(module, name, kw)
        });
        if let Some(k) = refused {
            let kw = k.arg.as_ref().map(|a| a.as_str()).unwrap_or("");
            g.error(
                k.range,
                format!("{module}.{name}({kw}=...) is not supported"),
            );
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        if params.first().is_some_and(|p| p.starts_with('*')) {
            return self.std_call_variadic(g, f, params, c);
        }
        // CPython's mappings take their items as keywords too (`Counter(a=1)`).
        if let (true, Some(k)) = (
            matches!(name, "OrderedDict" | "Counter"),
            c.arguments.keywords.first(),
        ) {
            g.error(
                k.range,
                format!("keyword arguments to {module}.{name}() are not supported: pass a dict"),
            );
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        if args.len() > positional {
            g.error(
                c.range(),
                format!(
                    "{name}() takes at most {positional} positional arguments ({} given)",
                    args.len()
                ),
            );
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        let vals = self.bind_args(g, c, params, name)?;
        if let Some(missing) = vals[..required].iter().position(|v| v.is_none()) {
            g.error(
                c.range(),
                format!(
                    "{name}() missing required argument '{}' (pos {})",
                    params[missing],
                    missing + 1
                ),
            );
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        for v in vals {
            match v {
                Some(t) => self.emit(I::LocalGet(t)),
                None => self.emit(I::I64Const(0)),
            }
        }
        self.call_rt(g, f)?;
        self.user_call_done(g)
    }

    /// A function of `*args` (`chain(*its)`, `product(*its, repeat=)`):
    /// the positional arguments as a tuple, then the keyword-only ones.
    fn std_call_variadic<'a>(
        &mut self,
        g: &mut Gen<'a>,
        f: &str,
        params: &[&str],
        c: &'a ast::ExprCall,
    ) -> R<()> {
        let args = &c.arguments.args;
        if args.iter().any(|a| matches!(a, Expr::Starred(_))) {
            self.starred_list(g, args)?;
            self.call_rt(g, "tuple_from")?;
        } else {
            self.tuple_of_args(g, args)?;
        }
        let t = self.tmp(ValType::I64);
        self.emit(I::LocalSet(t));
        let mut kws = vec![None; params.len() - 1];
        for k in &c.arguments.keywords {
            let name = k.arg.as_ref().map(|a| a.as_str()).unwrap_or("**");
            let Some(i) = params[1..].iter().position(|p| *p == name) else {
                g.error(
                    k.range,
                    format!("'{name}' is an invalid keyword argument here"),
                );
                continue;
            };
            self.expr(g, &k.value)?;
            let v = self.tmp(ValType::I64);
            self.emit(I::LocalSet(v));
            kws[i] = Some(v);
        }
        self.emit(I::LocalGet(t));
        for v in kws {
            match v {
                Some(v) => self.emit(I::LocalGet(v)),
                None => self.emit(I::I64Const(0)),
            }
        }
        self.call_rt(g, f)?;
        self.user_call_done(g)
    }

    /// `module.name` read as a value: string's constants, re's flags,
    /// hashlib's constructors.
    pub(super) fn std_value(
        &mut self,
        g: &mut Gen,
        module: &str,
        name: &str,
        r: TextRange,
    ) -> R<()> {
        if super::ftmod::is_module(module) {
            return self.native_value(g, module, name, r);
        }
        if module == "sys" && self.sys_value(g, name, r)? {
            return Ok(());
        }
        if module == "re" && self.re_value(g, name, r)? {
            return Ok(());
        }
        if module == "hashlib" && self.hashlib_value(g, name)? {
            return Ok(());
        }
        if module == "uuid" && self.uuid_value(g, name)? {
            return Ok(());
        }
        if module == super::enums::MODULE && self.enum_value(g, name)? {
            return Ok(());
        }
        if super::template::is_template(module, name) {
            return self.template_value(g);
        }
        if module == super::stdabc::MODULE && self.abc_value(g, name, r)? {
            return Ok(());
        }
        if super::stdstats::is_error(module, name) {
            self.emit(I::I32Const(crate::layout::exc::STATISTICS));
            self.call_rt(g, "exc_class")?;
            return Ok(());
        }
        if (module, name) == ("collections", "deque") {
            let at = super::builtin_values::deque_object(g)?;
            self.emit(I::I64Const(at as i64));
            return Ok(());
        }
        if self.web_value(g, module, name)? {
            return Ok(());
        }
        if module == "string" {
            if let Some((_, v)) = STRING_CONSTS.iter().find(|k| k.0 == name) {
                let at = g.m.str_const(v);
                self.emit(I::I64Const(at as i64));
                return Ok(());
            }
        }
        let what = if find_func(module, name).is_some() {
            format!("{module}.{name} is not supported as a value (it is called)")
        } else {
            format!(
                "{module}.{name} is not supported (guest-sdk/LANGUAGE.md lists what {module} has)"
            )
        };
        g.error(r, what);
        self.emit(I::I64Const(NONE));
        Ok(())
    }
}

/// Is `name` an attribute of `module` that mayfly has (for the check of
/// `from module import name`)?
pub fn has_name(module: &str, name: &str) -> bool {
    find_func(module, name).is_some()
        || super::ftmod::has_name(module, name)
        || (module == "string" && STRING_CONSTS.iter().any(|k| k.0 == name))
        || (module == "sys" && super::sysmod::has_value(name))
        || (module == "re" && super::stdre::has_value(name))
        || (module == "uuid" && super::stduuid::has_value(name))
        || (module == super::enums::MODULE && super::enums::has_value(name))
        || super::template::is_template(module, name)
        || super::stdstats::is_error(module, name)
        || (module == super::stdabc::MODULE && super::stdabc::has_value(name))
        || super::stdweb::has_value(module, name)
}

/// The table row of `module.name`, if mayfly has that function.
fn find_func(module: &str, name: &str) -> Option<&'static StdFunc> {
    FUNCS
        .iter()
        .chain(super::stdrandom::FUNCS)
        .chain(super::stdcodecs::FUNCS)
        .chain(super::stdre::FUNCS)
        .chain(super::stdhash::FUNCS)
        .chain(super::stdurl::FUNCS)
        .chain(super::stduuid::FUNCS)
        .chain(super::stdweb::FUNCS)
        .chain(super::stdstats::FUNCS)
        .chain(super::stdabc::FUNCS)
        .find(|f| f.0 == module && f.1 == name)
}
