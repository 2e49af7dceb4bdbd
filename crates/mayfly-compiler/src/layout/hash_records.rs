//! The records of `import hashlib` and `import hmac` (runtime/hashstate.py,
//! hashlib.py, hmac.py): a hash object, whose inline data is the
//! algorithm's chaining state followed by the partial block that update()
//! has not yet been able to compress, and an HMAC object, two hash
//! objects keyed with the inner and outer pads. `record()` reads them
//! with the others.

use super::records::{Field, FieldTy, Record};
use FieldTy::{Inline, I32, I64};

const fn f(name: &'static str, offset: u32, ty: FieldTy) -> Field {
    Field { name, offset, ty }
}

/// Bytes of chaining state at `Hash.data` (SHA-512's eight u64s, the
/// largest), and the largest block (SHA-384's and SHA-512's), which
/// follows the state. The dialect sees them as HASH_STATE_BYTES and
/// HASH_BLOCK_MAX.
pub const STATE_BYTES: u32 = 64;
pub const BLOCK_MAX: u32 = 128;

pub const HASH_RECORDS: &[Record] = &[
    Record {
        // A hash: its algorithm (runtime/hashstate.py's HASH_*), how many
        // bytes wait in the partial block, how many it has been fed in
        // all (the padding's length field), then the state and the block.
        name: "Hash",
        size: 24,
        fields: &[
            f("tag", 0, I32),
            f("algo", 4, I32),
            f("nbuf", 8, I32),
            f("total", 16, I64),
            f("data", 24, Inline),
        ],
    },
    Record {
        // An HMAC: the inner hash (keyed with the 0x36 pad, fed the
        // message) and the outer one (keyed with 0x5c), both Hash
        // records; digest() finishes a copy of each.
        name: "Hmac",
        size: 12,
        fields: &[f("tag", 0, I32), f("inner", 4, I32), f("outer", 8, I32)],
    },
];
