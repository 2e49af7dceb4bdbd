//! Builtin functions: each maps to a runtime function with a fixed
//! parameter list; absent optional arguments are passed as 0.

use super::fx::{Fx, R};
use super::{Gen, NONE};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use wasm_encoder::{Instruction as I, ValType};

/// name → (runtime function, parameter names, required count).
const BUILTINS: &[(&str, &str, &[&str], usize)] = &[
    ("len", "len_", &["obj"], 1),
    ("str", "str_v", &["object"], 0),
    ("repr", "repr_v", &["obj"], 1),
    ("int", "int_", &["x", "base"], 0),
    ("float", "float_", &["x"], 0),
    ("bool", "bool_", &["x"], 0),
    ("range", "range_", &["a", "b", "c"], 1),
    ("list", "list_from", &["iterable"], 0),
    ("tuple", "tuple_from", &["iterable"], 0),
    ("bytes", "bytes_new", &["source", "encoding", "errors"], 0),
    ("dict", "dict_from", &["iterable"], 0),
    ("set", "set_from", &["iterable"], 0),
    ("frozenset", "frozenset_from", &["iterable"], 0),
    ("sum", "sum_", &["iterable", "start"], 1),
    ("abs", "abs_", &["x"], 1),
    ("round", "round_", &["number", "ndigits"], 1),
    ("divmod", "divmod_", &["a", "b"], 2),
    ("pow", "pow3", &["base", "exp", "mod"], 2),
    ("sorted", "sorted_", &["iterable", "key", "reverse"], 1),
    ("reversed", "reversed_", &["seq"], 1),
    ("enumerate", "enumerate_", &["iterable", "start"], 1),
    ("any", "any_", &["iterable"], 1),
    ("all", "all_", &["iterable"], 1),
    ("ord", "ord_", &["c"], 1),
    ("chr", "chr_", &["i"], 1),
    ("hex", "hex_", &["number"], 1),
    ("bin", "bin_", &["number"], 1),
    ("oct", "oct_", &["number"], 1),
    ("ascii", "ascii_v", &["obj"], 1),
    ("format", "format_v", &["value", "format_spec"], 1),
    ("isinstance", "isinstance_", &["obj", "class_or_tuple"], 2),
    ("iter", "iter_", &["object"], 1),
    ("hash", "hash_v", &["obj"], 1),
    ("callable", "callable_v", &["obj"], 1),
    ("next", "next_v", &["iterator", "default"], 1),
    // Only the Flask prelude (flask/prelude.py) can name these: user
    // names cannot start with `__mayfly_` (flask/rewrite.rs refuses them).
    ("__mayfly_parse_query", "parse_query", &["s"], 1),
    // A hash object's `.name`, which the Flask rewrite sends to the
    // prelude's exception-attribute path (runtime/hashstate.py).
    ("__mayfly_hash_name", "hash_name_or_none", &["obj"], 1),
    // A dataclass instance as a dict, for jsonify (runtime/dataclass.py).
    ("__mayfly_dc_asdict", "dc_asdict_or_none", &["obj"], 1),
    // The host's clock in ns for the datetime prelude (src/datetime): read
    // at each call, as time.time_ns() is (runtime/time.py).
    ("__mayfly_time_ns", "time_time_ns", &[], 0),
];

pub fn is_builtin_name(n: &str) -> bool {
    BUILTINS.iter().any(|b| b.0 == n)
        || matches!(
            n,
            "print" | "min" | "max" | "zip" | "type" | "map" | "filter"
        )
}

/// Type codes for isinstance (typeof() results in the runtime).
fn type_code(name: &str) -> Option<i32> {
    use crate::layout::{non_object, tag, TYPE_ANY_INT};
    Some(match name {
        "int" => return Some(TYPE_ANY_INT),
        "bool" => non_object::BOOL,
        "float" => tag::FLOAT,
        "str" => tag::STR,
        "bytes" => tag::BYTES,
        "list" => tag::LIST,
        "tuple" => tag::TUPLE,
        "dict" => tag::DICT,
        "set" => tag::SET,
        "frozenset" => tag::FROZENSET,
        _ => return None,
    } as i32)
}

/// The classes `type()` can return, in the slot order of typeof.py's
/// `type_` (an exception's class comes from its kind); set and
/// frozenset only in a program with sets.
const TYPE_ORDER: [&str; 10] = [
    "int",
    "bool",
    "float",
    "str",
    "list",
    "tuple",
    "dict",
    "range",
    "set",
    "frozenset",
];

impl Fx {
    /// `type(x)`: one argument (the three-argument form makes classes).
    fn type_call<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprCall) -> R<()> {
        if c.arguments.args.len() != 1 || !c.arguments.keywords.is_empty() {
            g.error(c.range(), "type() takes one argument here (the three-argument form makes classes, which are not supported)");
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        self.type_of(g, &c.arguments.args[0])
    }

    /// `type(e)`, and `e.__class__`, which is the same for every value.
    pub(super) fn type_of<'a>(&mut self, g: &mut Gen<'a>, e: &'a Expr) -> R<()> {
        let order = &TYPE_ORDER[..if g.l.sets { 10 } else { 8 }];
        let table = g.m.reserve(8 * order.len() as u32);
        for (i, name) in order.iter().enumerate() {
            let class = super::builtin_values::builtin_object(g, name)?.ok_or("type() class")?;
            let at = table + 8 * i as u32;
            g.m.put_u32(at, class);
            g.m.put_u32(at + 4, 0);
        }
        self.expr(g, e)?;
        self.emit(I::I32Const(table as i32));
        self.call_rt(g, "type_")
    }

    pub fn builtin<'a>(&mut self, g: &mut Gen<'a>, name: &str, c: &'a ast::ExprCall) -> R<()> {
        match name {
            "print" => return self.print(g, c),
            "type" => return self.type_call(g, c),
            "min" | "max" => return self.minmax(g, name, c),
            "zip" => {
                self.tuple_of_args(g, &c.arguments.args)?;
                let Some(k) = c.arguments.keywords.first() else {
                    return self.call_rt(g, "zip_");
                };
                if k.arg.as_ref().map(|a| a.as_str()) != Some("strict")
                    || c.arguments.keywords.len() > 1
                {
                    g.error(k.range, "zip() takes only the keyword argument strict");
                    return Ok(());
                }
                self.expr(g, &k.value)?;
                return self.call_rt(g, "zip_strict");
            }
            "map" | "filter" => return self.map_filter(g, name, c),
            "isinstance" => return self.isinstance(g, c),
            "dict" if !c.arguments.keywords.is_empty() => return self.dict_kwargs(g, c),
            "set" | "frozenset" if !c.arguments.keywords.is_empty() => {
                g.error(c.range(), format!("{name}() takes no keyword arguments"));
                self.emit(I::I64Const(NONE));
                return Ok(());
            }
            "any" | "all" => {
                if let ([Expr::Generator(ge)], []) =
                    (&c.arguments.args[..], &c.arguments.keywords[..])
                {
                    return self.any_all(g, name == "any", ge);
                }
            }
            _ => {}
        }
        let Some((_, f, params, required)) = BUILTINS.iter().find(|b| b.0 == name) else {
            g.error(c.range(), format!("builtin '{name}' is not supported"));
            self.emit(I::I64Const(NONE));
            return Ok(());
        };
        let n_pos = c.arguments.args.len();
        if n_pos < *required && c.arguments.keywords.is_empty() {
            g.error(
                c.range(),
                format!("{name}() takes at least {required} argument(s)"),
            );
        }
        let vals = self.bind_args(g, c, params, name)?;
        for v in vals {
            match v {
                Some(t) => self.emit(I::LocalGet(t)),
                None => self.emit(I::I64Const(0)),
            }
        }
        self.call_rt(g, f)?;
        if matches!(name, "sorted") {
            self.user_call_done(g)?;
        }
        Ok(())
    }

    /// `dict(a=1)`, `dict(pairs, a=1)`, `dict(other, a=1)`: a new dict
    /// from the positional argument, then each keyword set in order.
    pub(super) fn dict_kwargs<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprCall) -> R<()> {
        let args = &c.arguments.args;
        if args.len() > 1 {
            g.error(
                c.range(),
                format!("dict expected at most 1 argument, got {}", args.len()),
            );
        }
        match args.first() {
            Some(a) => self.arg_value(g, a)?,
            None => self.emit(I::I64Const(0)),
        }
        self.call_rt(g, "dict_from")?;
        let d = self.tmp(ValType::I64);
        self.emit(I::LocalSet(d));
        for k in &c.arguments.keywords {
            let Some(name) = &k.arg else {
                // dict(**m): m's items, in order with the other keywords.
                self.emit(I::LocalGet(d));
                self.expr(g, &k.value)?;
                self.call_rt(g, "dict_merge_into")?;
                self.emit(I::Drop);
                continue;
            };
            let key = g.m.str_const(name.as_str());
            self.emit(I::LocalGet(d));
            self.emit(I::I64Const(key as i64));
            self.expr(g, &k.value)?;
            self.call_rt(g, "setitem")?;
        }
        self.emit(I::LocalGet(d));
        Ok(())
    }

    /// `map(f, *iterables)` and `filter(f, iterable)`: lazy iterators
    /// (runtime/mapfilter.py).
    pub(super) fn map_filter<'a>(
        &mut self,
        g: &mut Gen<'a>,
        name: &str,
        c: &'a ast::ExprCall,
    ) -> R<()> {
        let args = &c.arguments.args;
        let star = |a: &Expr| matches!(a, Expr::Starred(_));
        // map(f, *rows): the iterables spread; the function stays apart.
        let spread = name == "map" && args.len() >= 2 && !star(&args[0]) && args.iter().any(star);
        let bad = if !c.arguments.keywords.is_empty() {
            Some(format!("{name}() takes no keyword arguments"))
        } else if args.iter().any(star) && !spread {
            Some(format!(
                "{name}(*args) is not supported here (map(f, *iterables) is)"
            ))
        } else if name == "map" && args.len() < 2 {
            Some("map() must have at least two arguments.".to_string())
        } else if name == "filter" && args.len() != 2 {
            Some(format!("filter expected 2 arguments, got {}", args.len()))
        } else {
            None
        };
        if let Some(msg) = bad {
            g.error(c.range(), msg);
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        self.expr(g, &args[0])?;
        if spread {
            self.starred_list(g, &args[1..])?;
            self.call_rt(g, "tuple_from")?;
            return self.call_rt(g, "map_spread");
        }
        if name == "map" {
            self.tuple_of_args(g, &args[1..])?;
            return self.call_rt(g, "map_");
        }
        self.arg_value(g, &args[1])?;
        self.call_rt(g, "filter_")
    }

    pub(super) fn tuple_of_args<'a>(&mut self, g: &mut Gen<'a>, args: &'a [Expr]) -> R<()> {
        self.emit(I::I32Const(args.len() as i32));
        self.call_rt(g, "tuple_of")?;
        let o = self.tmp(ValType::I32);
        self.emit(I::LocalSet(o));
        for (i, a) in args.iter().enumerate() {
            self.emit(I::LocalGet(o));
            self.arg_value(g, a)?;
            let at = crate::layout::off::TUPLE_ITEMS + 8 * i as u32;
            self.emit(I::I64Store(super::fx::mem(at as u64, 3)));
        }
        self.emit(I::LocalGet(o));
        self.emit(I::I64ExtendI32U);
        Ok(())
    }

    fn print<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprCall) -> R<()> {
        self.tuple_of_args(g, &c.arguments.args)?;
        let mut sep = None;
        let mut level = 2; // info, as print's output (mayfly-sandbox host.rs)
        for k in &c.arguments.keywords {
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("sep") => sep = Some(&k.value),
                Some("end") | Some("flush") => {}
                Some("file") => match super::sysmod::stream_level(self, g, &k.value) {
                    Some(l) => level = l,
                    None => g.error(
                        k.range,
                        "print(file=...) supports sys.stdout and sys.stderr (the tenant log)",
                    ),
                },
                _ => g.error(
                    k.range,
                    "print() supports the sep, end, file and flush keywords",
                ),
            }
        }
        match sep {
            Some(s) => self.expr(g, s)?,
            None => self.emit(I::I64Const(0)),
        }
        self.emit(I::I32Const(level));
        self.call_rt(g, "print_")?;
        self.emit(I::I64Const(NONE));
        Ok(())
    }

    fn minmax<'a>(&mut self, g: &mut Gen<'a>, name: &str, c: &'a ast::ExprCall) -> R<()> {
        let args = &c.arguments.args;
        if args.len() == 1 {
            self.arg_value(g, &args[0])?;
        } else {
            self.tuple_of_args(g, args)?;
        }
        let (mut key, mut default) = (None, None);
        for k in &c.arguments.keywords {
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("key") => key = Some(&k.value),
                Some("default") if args.len() == 1 => default = Some(&k.value),
                _ => g.error(
                    k.range,
                    format!("{name}() got an unexpected keyword argument"),
                ),
            }
        }
        for v in [key, default] {
            match v {
                Some(e) => self.expr(g, e)?,
                None => self.emit(I::I64Const(0)),
            }
        }
        self.emit(I::I32Const((name == "max") as i32));
        self.call_rt(g, "minmax")?;
        self.user_call_done(g)
    }

    fn isinstance<'a>(&mut self, g: &mut Gen<'a>, c: &'a ast::ExprCall) -> R<()> {
        let args = &c.arguments.args;
        if args.len() != 2 {
            g.error(c.range(), "isinstance() takes 2 arguments");
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        let types: Vec<&Expr> = match &args[1] {
            Expr::Tuple(t) => t.elts.iter().collect(),
            e => vec![e],
        };
        let mut codes = Vec::new();
        for t in &types {
            let code = match t {
                Expr::Name(n) if self.is_builtin(g, n.id.as_str()) => type_code(n.id.as_str())
                    .or_else(|| {
                        super::expr::exc_kind(n.id.as_str())
                            .map(|k| crate::layout::EXC_CLASS_BASE + k)
                    }),
                _ => None,
            };
            codes.extend(code);
        }
        if codes.len() < types.len() {
            // A class held in a variable (or anything else): decided at
            // run time from the class objects.
            self.expr(g, &args[0])?;
            self.expr(g, &args[1])?;
            return self.call_rt(g, "isinstance_v");
        }
        self.expr(g, &args[0])?;
        let v = self.tmp(ValType::I64);
        self.emit(I::LocalSet(v));
        self.emit(I::I32Const(0));
        for code in codes {
            self.emit(I::LocalGet(v));
            self.emit(I::I32Const(code));
            self.call_rt(g, "isinstance_")?;
            self.emit(I::I32Or);
        }
        self.emit(I::If(wasm_encoder::BlockType::Result(ValType::I64)));
        self.emit(I::I64Const(super::TRUE));
        self.emit(I::Else);
        self.emit(I::I64Const(super::FALSE));
        self.emit(I::End);
        Ok(())
    }
}
