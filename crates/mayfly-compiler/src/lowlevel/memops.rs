//! The memory intrinsics of the runtime language: `load8/16/32/64(addr)`
//! and `loadf(addr)` read, `store8/16/32/64(addr, v)` and `storef(addr,
//! x)` write (the narrow ones take and give an i32). An address written
//! `p + 12`, a non-negative literal added last, puts the literal in the
//! instruction's offset, as record fields are: a table walked by a
//! pointer (a hash's message words, `load32(w + 8)`) then costs one
//! instruction and one unit of fuel per access instead of three.

use super::expr::Cx;
use super::LResult;
use ruff_python_ast::{Expr, Number, Operator};
use wasm_encoder::{Instruction as I, MemArg, ValType};

/// (is a store, the value's type, log2 of the natural alignment).
fn shape(name: &str) -> Option<(bool, ValType, u32)> {
    use ValType::{F64, I32, I64};
    Some(match name {
        "load8" => (false, I32, 0),
        "load16" => (false, I32, 1),
        "load32" => (false, I32, 2),
        "load64" => (false, I64, 3),
        "loadf" => (false, F64, 3),
        "store8" => (true, I32, 0),
        "store16" => (true, I32, 1),
        "store32" => (true, I32, 2),
        "store64" => (true, I64, 3),
        "storef" => (true, F64, 3),
        _ => return None,
    })
}

/// `base + k` with a literal k in 0..2**31 as (base, k); else (e, 0).
fn split_offset(e: &Expr) -> (&Expr, u64) {
    if let Expr::BinOp(b) = e {
        if let (Operator::Add, Expr::NumberLiteral(n)) = (b.op, &*b.right) {
            if let Number::Int(i) = &n.value {
                if let Some(k) = i.as_u64().filter(|k| *k < 1 << 31) {
                    return (&b.left, k);
                }
            }
        }
    }
    (e, 0)
}

impl Cx<'_> {
    /// Compiles `name(args)` when `name` is a memory intrinsic: Some of
    /// the result type (None for a store), or None for another name.
    pub fn memory_op(&mut self, name: &str, args: &[Expr]) -> LResult<Option<Option<ValType>>> {
        let Some((store, ty, align)) = shape(name) else {
            return Ok(None);
        };
        if args.len() != 1 + store as usize {
            return Err(format!("runtime: {name} takes {} args", 1 + store as usize));
        }
        let (base, offset) = split_offset(&args[0]);
        if self.expr(base, Some(ValType::I32))? != Some(ValType::I32) {
            return Err(format!("runtime: {name}'s address is not an i32"));
        }
        let arg = MemArg {
            offset,
            align,
            memory_index: 0,
        };
        if !store {
            self.f.emit(match (ty, align) {
                (ValType::I32, 0) => I::I32Load8U(arg),
                (ValType::I32, 1) => I::I32Load16U(arg),
                (ValType::I32, _) => I::I32Load(arg),
                (ValType::I64, _) => I::I64Load(arg),
                _ => I::F64Load(arg),
            });
            return Ok(Some(Some(ty)));
        }
        let got = self.expr(&args[1], Some(ty))?;
        if got != Some(ty) {
            return Err(format!("runtime: {name} stores {got:?}, want {ty:?}"));
        }
        self.f.emit(match (ty, align) {
            (ValType::I32, 0) => I::I32Store8(arg),
            (ValType::I32, 1) => I::I32Store16(arg),
            (ValType::I32, _) => I::I32Store(arg),
            (ValType::I64, _) => I::I64Store(arg),
            _ => I::F64Store(arg),
        });
        Ok(Some(None))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{stmt, Linker, Runtime};
    use crate::module::Module;

    /// The operators runtime function `f` of `src` compiles to.
    fn operators(src: &'static str) -> Vec<String> {
        let files: &'static [(&str, &str)] = Box::leak(Box::new([("t.py", src)]));
        let rt: &'static Runtime = Box::leak(Box::new(Runtime::parse(files).unwrap()));
        let mut m = Module::new(&[]);
        let mut l = Linker::all_of(rt);
        let body = stmt::compile_function(&mut l, &mut m, &rt.funcs["f"])
            .unwrap()
            .into_raw_body();
        let body = wasmparser::FunctionBody::new(wasmparser::BinaryReader::new(&body, 0));
        let mut ops = body.get_operators_reader().unwrap();
        let mut out = Vec::new();
        while !ops.eof() {
            out.push(format!("{:?}", ops.read().unwrap()));
        }
        out
    }

    #[test]
    fn a_literal_added_last_to_an_address_becomes_the_offset() {
        let ops = operators(
            "def f(p: i32) -> i32:\n    store64(p + 16, load64(p + 8))\n    return load8(p) + load32(p + 4 - 4)\n",
        );
        let loads_and_stores: Vec<&String> = ops
            .iter()
            .filter(|o| o.contains("Load") || o.contains("Store"))
            .collect();
        assert_eq!(loads_and_stores.len(), 4, "{ops:?}");
        assert!(loads_and_stores[0].contains("offset: 8"), "{ops:?}");
        assert!(loads_and_stores[1].contains("offset: 16"), "{ops:?}");
        assert!(loads_and_stores[2].contains("offset: 0"), "{ops:?}");
        // `p + 4 - 4` ends in a subtraction: computed, not folded.
        assert!(loads_and_stores[3].contains("offset: 0"), "{ops:?}");
        assert_eq!(
            ops.iter().filter(|o| o.starts_with("I32Add")).count(),
            2,
            "{ops:?}"
        );
    }

    #[test]
    fn rotations_take_the_type_of_their_operand() {
        let ops =
            operators("def f(x: i32, y: i64) -> i64:\n    return u64(rotl(x, 3)) + rotr(y, 61)\n");
        assert!(ops.iter().any(|o| o == "I32Rotl"), "{ops:?}");
        assert!(ops.iter().any(|o| o == "I64Rotr"), "{ops:?}");
        assert!(
            ops.iter().any(|o| o.contains("I64Const { value: 61 }")),
            "{ops:?}"
        );
    }
}
