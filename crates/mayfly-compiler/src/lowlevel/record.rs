//! Records of the runtime language: object fields by name, from the one
//! layout table (`crate::layout`). `Str.nbytes[p]` reads the field of the
//! str at address p (one load whose offset is in the instruction),
//! `Str.nbytes[p] = n` writes it, `Str.data[p]` is the address of inline
//! data, `Str.SIZE` the fixed part's size. Nowhere in the runtime is an
//! object's field written as a number.

use super::expr::Cx;
use super::LResult;
use crate::layout::{self, Field, FieldTy, Record};
use ruff_python_ast::{self as ast, Expr};
use wasm_encoder::{Instruction as I, MemArg, ValType};

/// `Record.field[ptr]`, resolved.
pub struct FieldRef<'e> {
    pub record: &'static Record,
    pub field: &'static Field,
    pub ptr: &'e Expr,
}

/// The record named by `e`, if `e` is `Name` of one.
fn record_of(e: &Expr) -> Option<&'static Record> {
    match e {
        Expr::Name(n) => layout::record(n.id.as_str()),
        _ => None,
    }
}

/// Recognises `Record.field[ptr]`; an unknown field of a known record is
/// an error, anything else is not a field reference.
pub fn field_ref(e: &Expr) -> LResult<Option<FieldRef<'_>>> {
    let Expr::Subscript(s) = e else {
        return Ok(None);
    };
    let Expr::Attribute(a) = &*s.value else {
        return Ok(None);
    };
    let Some(record) = record_of(&a.value) else {
        return Ok(None);
    };
    let field = record
        .field(a.attr.as_str())
        .ok_or_else(|| format!("runtime: record {} has no field {}", record.name, a.attr))?;
    Ok(Some(FieldRef {
        record,
        field,
        ptr: &s.slice,
    }))
}

/// `Record.SIZE`: the size of the record's fixed part.
pub fn record_size(a: &ast::ExprAttribute) -> LResult<Option<i64>> {
    let Some(record) = record_of(&a.value) else {
        return Ok(None);
    };
    if a.attr.as_str() != "SIZE" {
        return Err(format!(
            "runtime: {}.{} needs [address] (or is not a field)",
            record.name, a.attr
        ));
    }
    Ok(Some(record.size as i64))
}

/// The type a field reads as (inline data: its i32 address).
pub fn field_type(f: &Field) -> ValType {
    match f.ty {
        FieldTy::I32 | FieldTy::U16 | FieldTy::Inline => ValType::I32,
        FieldTy::I64 => ValType::I64,
        FieldTy::F64 => ValType::F64,
    }
}

fn memarg(f: &Field) -> MemArg {
    MemArg {
        offset: f.offset as u64,
        align: match f.ty {
            FieldTy::U16 => 1,
            FieldTy::I32 => 2,
            _ => 3,
        },
        memory_index: 0,
    }
}

impl Cx<'_> {
    fn field_address(&mut self, r: &FieldRef) -> LResult<()> {
        let got = self.expr(r.ptr, Some(ValType::I32))?;
        if got != Some(ValType::I32) {
            return Err(format!(
                "runtime: {}.{}[...] needs an i32 address, got {got:?}",
                r.record.name, r.field.name
            ));
        }
        Ok(())
    }

    /// Reads a field (or the address of inline data).
    pub fn load_field(&mut self, r: &FieldRef) -> LResult<Option<ValType>> {
        self.field_address(r)?;
        let m = memarg(r.field);
        match r.field.ty {
            FieldTy::Inline => {
                self.f.emit(I::I32Const(r.field.offset as i32));
                self.f.emit(I::I32Add);
            }
            FieldTy::I32 => self.f.emit(I::I32Load(m)),
            FieldTy::U16 => self.f.emit(I::I32Load16U(m)),
            FieldTy::I64 => self.f.emit(I::I64Load(m)),
            FieldTy::F64 => self.f.emit(I::F64Load(m)),
        }
        Ok(Some(field_type(r.field)))
    }

    /// Writes `value` into a field.
    pub fn store_field(&mut self, r: &FieldRef, value: &Expr) -> LResult<()> {
        self.field_address(r)?;
        let t = field_type(r.field);
        let got = self.expr(value, Some(t))?;
        if got != Some(t) {
            return Err(format!(
                "runtime: {}.{} is {t:?}, assigned {got:?}",
                r.record.name, r.field.name
            ));
        }
        let m = memarg(r.field);
        match r.field.ty {
            FieldTy::Inline => {
                return Err(format!(
                    "runtime: {}.{} is inline data, not a field to assign",
                    r.record.name, r.field.name
                ))
            }
            FieldTy::I32 => self.f.emit(I::I32Store(m)),
            FieldTy::U16 => self.f.emit(I::I32Store16(m)),
            FieldTy::I64 => self.f.emit(I::I64Store(m)),
            FieldTy::F64 => self.f.emit(I::F64Store(m)),
        }
        Ok(())
    }
}
