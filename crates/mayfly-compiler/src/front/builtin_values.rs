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
    Ok(Some(at))
}

fn entry_body(g: &mut Gen, entry: &Entry) -> R<wasm_encoder::Function> {
    let (min, max) = match entry {
        Entry::Fixed(_, lo, hi, _) => (*lo, *hi),
        Entry::Var(_, lo) => (*lo, i32::MAX),
        Entry::MinMax(_) => (1, i32::MAX),
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
    Ok(build_function(&[], &b))
}
