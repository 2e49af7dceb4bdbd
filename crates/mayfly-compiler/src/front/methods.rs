//! The methods and attributes of builtin values the compiler knows (each
//! a runtime function `m_NAME` or `attr_NAME`), and their calls through
//! the type (`str.upper(s)`).

use super::fx::{Fx, R};
use super::{Gen, NONE};
use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use wasm_encoder::Instruction as I;

/// Methods: name → parameter names (missing optional ones are passed as 0).
pub const METHODS: &[(&str, &[&str])] = &[
    ("split", &["sep", "maxsplit"]),
    ("rsplit", &["sep", "maxsplit"]),
    ("join", &["iterable"]),
    ("strip", &["chars"]),
    ("lstrip", &["chars"]),
    ("rstrip", &["chars"]),
    ("startswith", &["prefix", "start", "end"]),
    ("endswith", &["suffix", "start", "end"]),
    ("replace", &["old", "new", "count"]),
    ("lower", &[]),
    ("casefold", &[]),
    ("isidentifier", &[]),
    ("isascii", &[]),
    ("expandtabs", &["tabsize"]),
    ("translate", &["table"]),
    ("format_map", &["mapping"]),
    ("upper", &[]),
    ("title", &[]),
    ("capitalize", &[]),
    ("swapcase", &[]),
    ("find", &["sub", "start", "end"]),
    ("index", &["sub", "start", "end"]),
    ("count", &["sub", "start", "end"]),
    ("center", &["width", "fillchar"]),
    ("ljust", &["width", "fillchar"]),
    ("rjust", &["width", "fillchar"]),
    ("zfill", &["width"]),
    ("isdigit", &[]),
    ("isalpha", &[]),
    ("isalnum", &[]),
    ("isspace", &[]),
    ("isupper", &[]),
    ("islower", &[]),
    ("istitle", &[]),
    ("isdecimal", &[]),
    ("isnumeric", &[]),
    ("isprintable", &[]),
    ("partition", &["sep"]),
    ("rpartition", &["sep"]),
    ("removeprefix", &["prefix"]),
    ("removesuffix", &["suffix"]),
    ("rfind", &["sub", "start", "end"]),
    ("rindex", &["sub", "start", "end"]),
    ("splitlines", &["keepends"]),
    ("encode", &["encoding", "errors"]),
    ("decode", &["encoding", "errors"]),
    ("hex", &["sep", "bytes_per_sep"]),
    ("popitem", &["last"]),
    ("move_to_end", &["key", "last"]),
    ("append", &["object"]),
    ("extend", &["iterable"]),
    ("insert", &["index", "object"]),
    ("pop", &["a", "b"]),
    ("remove", &["value"]),
    ("sort", &["key", "reverse"]),
    ("reverse", &[]),
    ("copy", &[]),
    ("bit_length", &[]),
    ("to_bytes", &["length", "byteorder", "signed"]),
    ("get", &["key", "default"]),
    ("keys", &[]),
    ("values", &[]),
    ("items", &[]),
    ("setdefault", &["key", "default"]),
    ("update", &["other"]),
    ("json", &[]),
    // Counter's own (runtime/collections.py).
    ("most_common", &["n"]),
    ("elements", &[]),
    ("subtract", &["iterable"]),
    ("total", &[]),
    // deque's own (runtime/deque.py).
    ("appendleft", &["x"]),
    ("popleft", &[]),
    ("extendleft", &["iterable"]),
    ("rotate", &["n"]),
    ("send", &["value"]),
    ("throw", &["typ"]),
    ("close", &[]),
    // set and frozenset (runtime/setmeth.py); those with *others are
    // front/set.rs's VARARG_METHODS.
    ("add", &["elem"]),
    ("discard", &["elem"]),
    ("clear", &[]),
    ("symmetric_difference", &["other"]),
    ("symmetric_difference_update", &["other"]),
    ("issubset", &["other"]),
    ("issuperset", &["other"]),
    ("isdisjoint", &["other"]),
    // random.Random's (runtime/randapi.py).
    ("random", &[]),
    ("seed", &["a", "version"]),
    ("getrandbits", &["k"]),
    ("randbytes", &["n"]),
    ("randrange", &["start", "stop", "step"]),
    ("randint", &["a", "b"]),
    ("choice", &["seq"]),
    ("choices", &["population", "weights", "cum_weights", "k"]),
    ("shuffle", &["x"]),
    ("sample", &["population", "k"]),
    ("uniform", &["a", "b"]),
    ("triangular", &["low", "high", "mode"]),
    ("gauss", &["mu", "sigma"]),
    ("normalvariate", &["mu", "sigma"]),
    ("lognormvariate", &["mu", "sigma"]),
    ("expovariate", &["lambd"]),
    ("gammavariate", &["alpha", "beta"]),
    ("betavariate", &["alpha", "beta"]),
    ("vonmisesvariate", &["mu", "kappa"]),
    ("paretovariate", &["alpha"]),
    ("weibullvariate", &["alpha", "beta"]),
    // re.Pattern's and re.Match's (runtime/re_api.py, re_match.py,
    // re_sub.py; split is str's m_split; group is front/stdre.rs's).
    ("match", &["string", "pos", "endpos"]),
    ("fullmatch", &["string", "pos", "endpos"]),
    ("search", &["string", "pos", "endpos"]),
    ("findall", &["string", "pos", "endpos"]),
    ("finditer", &["string", "pos", "endpos"]),
    ("sub", &["repl", "string", "count"]),
    ("subn", &["repl", "string", "count"]),
    ("groups", &["default"]),
    ("groupdict", &["default"]),
    ("start", &["group"]),
    ("end", &["group"]),
    ("span", &["group"]),
    ("expand", &["template"]),
    // hashlib's and hmac's objects (runtime/hashlib.py; update and copy
    // are dict's m_update and m_copy, which send them there).
    ("digest", &[]),
    ("hexdigest", &[]),
    // urllib.parse's SplitResult and ParseResult (runtime/urlsplit.py).
    ("geturl", &[]),
];

/// Is `name` a method only the objects of a module have (re's Pattern
/// and Match, hashlib's hashes), not a builtin type's?
pub fn module_only(name: &str) -> bool {
    super::stdre::RE_METHODS.contains(&name)
        || super::stdhash::HASH_METHODS.contains(&name)
        || super::stdurl::URL_METHODS.contains(&name)
}

/// Is `name` such a method in a program that does not import its
/// module (so that it is no method at all there)?
pub fn hidden_method(g: &Gen, name: &str) -> bool {
    super::stdre::hidden_method(g, name)
        || super::stdhash::hidden_method(g, name)
        || super::stdurl::hidden_method(g, name)
}

/// How many of a method's parameters are required (the rest default).
pub fn required_params(name: &str) -> usize {
    match name {
        "replace" | "insert" | "sub" | "subn" => 2,
        "join"
        | "startswith"
        | "endswith"
        | "find"
        | "index"
        | "count"
        | "center"
        | "ljust"
        | "rjust"
        | "zfill"
        | "partition"
        | "rpartition"
        | "removeprefix"
        | "removesuffix"
        | "rfind"
        | "rindex"
        | "append"
        | "appendleft"
        | "extend"
        | "extendleft"
        | "remove"
        | "get"
        | "setdefault"
        | "send"
        | "throw"
        | "add"
        | "discard"
        | "symmetric_difference"
        | "symmetric_difference_update"
        | "issubset"
        | "issuperset"
        | "isdisjoint"
        | "translate"
        | "format_map"
        | "match"
        | "fullmatch"
        | "search"
        | "findall"
        | "finditer"
        | "expand" => 1,
        _ => 0,
    }
}

pub const ATTRS: &[&str] = &[
    "method",
    "path",
    "query_string",
    "args",
    "headers",
    "body",
    "__name__",
];

impl Fx {
    /// `str.upper(s)`, `str.join(", ", xs)`: the method of a builtin type
    /// called through the type, the receiver as first argument.
    pub(super) fn unbound_builtin_method<'a>(
        &mut self,
        g: &mut Gen<'a>,
        ty: &str,
        name: &str,
        c: &'a ast::ExprCall,
    ) -> R<()> {
        // re's Pattern and Match methods and hashlib's are no builtin
        // type's here.
        let params = METHODS
            .iter()
            .find(|(n, _)| *n == name && !module_only(n))
            .map(|m| m.1);
        let args = &c.arguments.args;
        let Some(params) = params.filter(|p| {
            !args.is_empty()
                && args.len() - 1 <= p.len()
                && args.len() > required_params(name)
                && c.arguments.keywords.is_empty()
        }) else {
            g.error(
                c.range(),
                format!("{ty}.{name}(...) is only supported as a call of a supported method with the object and positional arguments"),
            );
            self.emit(I::I64Const(NONE));
            return Ok(());
        };
        let (tag, ty_s, name_s) = (
            super::builtin_values::type_tag(ty).ok_or("type tag")?,
            g.m.str_const(ty),
            g.m.str_const(name),
        );
        for (i, a) in args.iter().enumerate() {
            self.arg_value(g, a)?;
            if i == 0 {
                self.emit(I::I32Const(tag as i32));
                self.emit(I::I32Const(ty_s as i32));
                self.emit(I::I32Const(name_s as i32));
                self.call_rt(g, "descr_check")?;
            }
        }
        for _ in args.len() - 1..params.len() {
            self.emit(I::I64Const(0));
        }
        self.call_rt(g, &format!("m_{name}"))?;
        if name == "sort" {
            self.user_call_done(g)?;
        }
        Ok(())
    }
}
