//! Builtins used as values: `sorted(words, key=len)`, `f = str; f(3)`,
//! `max(xs, key=abs)`. Each builtin named as a value becomes one static
//! object in the image, {TAG_BUILTIN, table slot, kind, type code, name},
//! whose slot holds an entry generated here: (env, args, nargs) → value,
//! checking the count as CPython does (positional arguments only) and
//! calling the same runtime function a direct call would. Only the
//! builtins a program names as values get an entry.

use super::fx::{mem, R};
use super::{build_function, Gen};
use wasm_encoder::{BlockType, Instruction as I, ValType};

use crate::layout::{non_object, off, record, tag, TYPE_ANY_INT};

/// How a call through the value reaches the runtime.
enum Entry {
    /// Runtime function of `arity` values (absent ones passed as 0),
    /// accepting `min..=max` positional arguments.
    Fixed(&'static str, i32, i32, usize),
    /// Runtime function of (args pointer, count), at least `min` of them.
    Var(&'static str, i32),
    /// min (false) or max (true): one iterable or several values.
    MinMax(bool),
    /// A builtin type's method through the type (`str.lower`): its
    /// runtime function `m_NAME` of the object and `n` optional values,
    /// the object checked to be of the type (its tag and name); without
    /// a type, the method of whatever object is bound (`xs.append` as a
    /// value), which `m_NAME` checks itself.
    Method(String, i32, Option<(u32, String)>),
}

/// The entry of a builtin, and its isinstance type code when it is a
/// class (its repr is then `<class 'NAME'>`).
fn spec(name: &str) -> Option<(Entry, Option<i32>)> {
    use Entry::*;
    Some(match name {
        "len" => (Fixed("len_", 1, 1, 1), None),
        "str" => (Fixed("str_v", 0, 1, 1), Some(tag::STR as i32)),
        "repr" => (Fixed("repr_v", 1, 1, 1), None),
        "int" => (Fixed("int_", 0, 2, 2), Some(TYPE_ANY_INT)),
        "float" => (Fixed("float_", 0, 1, 1), Some(tag::FLOAT as i32)),
        "bool" => (Fixed("bool_", 0, 1, 1), Some(non_object::BOOL as i32)),
        "range" => (Fixed("range_", 1, 3, 3), Some(tag::RANGE as i32)),
        "list" => (Fixed("list_from", 0, 1, 1), Some(tag::LIST as i32)),
        "tuple" => (Fixed("tuple_from", 0, 1, 1), Some(tag::TUPLE as i32)),
        "bytes" => (Fixed("bytes_new", 0, 3, 3), Some(tag::BYTES as i32)),
        "dict" => (Fixed("dict_from", 0, 1, 1), Some(tag::DICT as i32)),
        "set" => (Fixed("set_from", 0, 1, 1), Some(tag::SET as i32)),
        "frozenset" => (
            Fixed("frozenset_from", 0, 1, 1),
            Some(tag::FROZENSET as i32),
        ),
        "sum" => (Fixed("sum_", 1, 2, 2), None),
        "abs" => (Fixed("abs_", 1, 1, 1), None),
        "round" => (Fixed("round_", 1, 2, 2), None),
        "divmod" => (Fixed("divmod_", 2, 2, 2), None),
        "pow" => (Fixed("pow3", 2, 3, 3), None),
        // key and reverse are keyword-only in CPython.
        "sorted" => (Fixed("sorted_", 1, 1, 3), None),
        "reversed" => (Fixed("reversed_", 1, 1, 1), None),
        "enumerate" => (Fixed("enumerate_", 1, 2, 2), None),
        "any" => (Fixed("any_", 1, 1, 1), None),
        "all" => (Fixed("all_", 1, 1, 1), None),
        "ord" => (Fixed("ord_", 1, 1, 1), None),
        "chr" => (Fixed("chr_", 1, 1, 1), None),
        "hex" => (Fixed("hex_", 1, 1, 1), None),
        "bin" => (Fixed("bin_", 1, 1, 1), None),
        "oct" => (Fixed("oct_", 1, 1, 1), None),
        "ascii" => (Fixed("ascii_v", 1, 1, 1), None),
        "format" => (Fixed("format_v", 1, 2, 2), None),
        "isinstance" => (Fixed("isinstance_v", 2, 2, 2), None),
        "print" => (Var("bv_print", 0), None),
        "zip" => (Var("bv_zip", 0), None),
        "min" => (MinMax(false), None),
        "max" => (MinMax(true), None),
        _ => return None,
    })
}

/// Address of the static object for builtin `name`, if it can be a value.
pub fn builtin_object(g: &mut Gen, name: &str) -> R<Option<u32>> {
    if let Some(a) = g.builtin_objects.get(name) {
        return Ok(Some(*a));
    }
    let Some((entry, class)) = spec(name) else {
        return Ok(None);
    };
    static_builtin(g, name, entry, class).map(Some)
}

/// `collections.deque` as a value (`defaultdict(deque)`, isinstance): a
/// class like `list`, called as deque(iterable, maxlen) is.
pub fn deque_object(g: &mut Gen) -> R<u32> {
    let name = "collections.deque";
    if let Some(a) = g.builtin_objects.get(name) {
        return Ok(*a);
    }
    let entry = Entry::Fixed("deque_", 0, 2, 2);
    static_builtin(g, name, entry, Some(tag::DEQUE as i32))
}

/// `ty.name` as a value, for a method of METHODS (called with the object
/// and its positional arguments, as `str.upper(s)` is).
pub fn method_object(g: &mut Gen, ty: &str, name: &str) -> R<Option<u32>> {
    let full = format!("{ty}.{name}");
    if let Some(a) = g.builtin_objects.get(&full) {
        return Ok(Some(*a));
    }
    let Some((_, params)) = super::methods::METHODS
        .iter()
        .find(|(n, _)| *n == name && !super::methods::module_only(n))
    else {
        return Ok(None);
    };
    let Some(tag) = type_tag(ty) else {
        return Ok(None);
    };
    let entry = Entry::Method(
        name.to_string(),
        params.len() as i32,
        Some((tag, ty.to_string())),
    );
    static_builtin(g, &full, entry, None).map(Some)
}

/// The function a bound builtin method (`line.split`, `xs.append` read
/// as a value) calls with its object first: `m_NAME` of any receiver.
pub fn any_method_object(g: &mut Gen, name: &str) -> R<Option<u32>> {
    let full = format!("method {name}");
    if let Some(a) = g.builtin_objects.get(&full) {
        return Ok(Some(*a));
    }
    let Some((_, params)) = super::methods::METHODS.iter().find(|(n, _)| *n == name) else {
        return Ok(None);
    };
    let entry = Entry::Method(name.to_string(), params.len() as i32, None);
    static_builtin(g, &full, entry, None).map(Some)
}

/// A module function as a value (`hashlib.sha256` given to hmac.new):
/// one static object, named `display` as CPython's repr names it, whose
/// calls take `min..=max` positional arguments to runtime function `rt`
/// of `arity` values (absent ones passed as 0).
pub fn function_object(
    g: &mut Gen,
    display: &str,
    rt: &'static str,
    min: i32,
    max: i32,
    arity: usize,
) -> R<u32> {
    if let Some(a) = g.builtin_objects.get(display) {
        return Ok(*a);
    }
    static_builtin(g, display, Entry::Fixed(rt, min, max, arity), None)
}

/// The tag of the builtin types whose methods can be named through them.
pub fn type_tag(ty: &str) -> Option<u32> {
    Some(match ty {
        "str" => tag::STR,
        "list" => tag::LIST,
        "dict" => tag::DICT,
        "bytes" => tag::BYTES,
        _ => return None,
    })
}

fn static_builtin(g: &mut Gen, name: &str, entry: Entry, class: Option<i32>) -> R<u32> {
    let f = g.m.declare(vec![ValType::I32; 3], vec![ValType::I64]);
    g.m.name(f, &format!("builtin:{name}"));
    let body = entry_body(g, &entry)?;
    g.m.define(f, body);
    let slot = g.m.table_slot(f);
    let name_str = g.m.str_const(name);
    let size = record("Builtin").map_or(0, |r| r.size);
    let at = g.m.reserve(size);
    g.m.put_u32(at + off::TAG, tag::BUILTIN);
    g.m.put_u32(at + off::BUILTIN_SLOT, slot);
    g.m.put_u32(at + off::BUILTIN_KIND, class.is_some() as u32);
    g.m.put_u32(at + off::BUILTIN_TYPE, class.unwrap_or(0) as u32);
    g.m.put_u32(at + off::BUILTIN_NAME, name_str);
    g.builtin_objects.insert(name.to_string(), at);
    Ok(at)
}

fn entry_body(g: &mut Gen, entry: &Entry) -> R<wasm_encoder::Function> {
    let (min, max) = match entry {
        Entry::Fixed(_, lo, hi, _) => (*lo, *hi),
        Entry::Var(_, lo) => (*lo, i32::MAX),
        Entry::MinMax(_) => (1, i32::MAX),
        Entry::Method(name, n, _) => (1 + super::methods::required_params(name) as i32, 1 + n),
    };
    let mut b: Vec<I<'static>> = Vec::new();
    if min > 0 || max < i32::MAX {
        let arity = g.rt("builtin_arity")?;
        b.extend([
            I::LocalGet(2),
            I::I32Const(min),
            I::I32LtS,
            I::LocalGet(2),
            I::I32Const(max),
            I::I32GtS,
            I::I32Or,
            I::If(BlockType::Empty),
            I::LocalGet(0),
            I::LocalGet(2),
            I::I32Const(min),
            I::I32Const(max),
            I::Call(arity),
            I::I64Const(0),
            I::Return,
            I::End,
        ]);
    }
    match entry {
        Entry::Fixed(rt, lo, hi, arity) => {
            for i in 0..*arity as i32 {
                let arg = I::I64Load(mem(8 * i as u64, 3));
                if i < *lo {
                    b.extend([I::LocalGet(1), arg]);
                } else if i < *hi {
                    // nargs > i ? args[i] : 0 (absent)
                    b.extend([
                        I::LocalGet(2),
                        I::I32Const(i),
                        I::I32GtS,
                        I::If(BlockType::Result(ValType::I64)),
                        I::LocalGet(1),
                        arg,
                        I::Else,
                        I::I64Const(0),
                        I::End,
                    ]);
                } else {
                    b.push(I::I64Const(0));
                }
            }
            b.push(I::Call(g.rt(rt)?));
        }
        Entry::Method(name, n, checked) => {
            match checked {
                Some((tag, ty)) => {
                    let (ty_s, name_s) = (g.m.str_const(ty), g.m.str_const(name));
                    b.extend([
                        I::LocalGet(1),
                        I::I64Load(mem(0, 3)),
                        I::I32Const(*tag as i32),
                        I::I32Const(ty_s as i32),
                        I::I32Const(name_s as i32),
                        I::Call(g.rt("descr_check")?),
                        I::LocalTee(3),
                        I::I64Eqz,
                        I::If(BlockType::Empty),
                        I::I64Const(0),
                        I::Return,
                        I::End,
                        I::LocalGet(3),
                    ]);
                }
                None => b.extend([I::LocalGet(1), I::I64Load(mem(0, 3))]),
            }
            for i in 1..=*n {
                b.extend([
                    I::LocalGet(2),
                    I::I32Const(i),
                    I::I32GtS,
                    I::If(BlockType::Result(ValType::I64)),
                    I::LocalGet(1),
                    I::I64Load(mem(8 * i as u64, 3)),
                    I::Else,
                    I::I64Const(0),
                    I::End,
                ]);
            }
            b.push(I::Call(g.rt(&format!("m_{name}"))?));
        }
        Entry::Var(rt, _) => {
            b.extend([I::LocalGet(1), I::LocalGet(2), I::Call(g.rt(rt)?)]);
        }
        Entry::MinMax(is_max) => {
            b.extend([
                I::LocalGet(1),
                I::LocalGet(2),
                I::I32Const(*is_max as i32),
                I::Call(g.rt("bv_minmax")?),
            ]);
        }
    }
    b.push(I::End);
    Ok(build_function(&[ValType::I64], &b))
}
