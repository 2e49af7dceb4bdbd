//! The records of the web and encoding modules: `import uuid`'s UUID
//! (runtime/uuid.py). `record()` reads them with the others.

use super::records::{Field, FieldTy, Record};
use FieldTy::{Inline, I32};

const fn f(name: &'static str, offset: u32, ty: FieldTy) -> Field {
    Field { name, offset, ty }
}

pub const WEB_RECORDS: &[Record] = &[Record {
    // A UUID: its 16 bytes, most significant first (the order of its
    // int, its hex and its `bytes`), so == and < compare them as memory.
    name: "Uuid",
    size: 8,
    fields: &[f("tag", 0, I32), f("data", 8, Inline)],
}];
