//! The records of the web and encoding modules: `import uuid`'s UUID
//! (runtime/uuid.py) and the parsed items of a struct format
//! (runtime/structfmt.py). `record()` reads them with the others.

use super::records::{Field, FieldTy, Record};
use FieldTy::{Inline, I32, I64};

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

/// Runtime structures of these modules, not objects (no tag).
pub const WEB_PARTS: &[Record] = &[Record {
    // One code of a struct format: the code's byte, its repeat count
    // and its offset in the packed bytes (counts and sizes reach
    // 2**63 - 1 in calcsize, as CPython's Py_ssize_t does).
    name: "StItem",
    size: 24,
    fields: &[f("code", 0, I32), f("count", 8, I64), f("offset", 16, I64)],
}];
