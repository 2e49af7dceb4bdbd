//! The record of `import urllib.parse` (runtime/urlsplit.py): the result
//! of urlsplit/urlparse, a named 5- or 6-tuple of strs (or of bytes, for
//! SplitResultBytes/ParseResultBytes). `record()` reads it with the others.

use super::records::{Field, FieldTy, Record};
use FieldTy::{Inline, I32};

const fn f(name: &'static str, offset: u32, ty: FieldTy) -> Field {
    Field { name, offset, ty }
}

pub const URL_RECORDS: &[Record] = &[Record {
    // len is 5 (SplitResult) or 6 (ParseResult, params after path);
    // isbytes 1 for the Bytes variants; the items follow as a tuple's.
    name: "UrlResult",
    size: 16,
    fields: &[
        f("tag", 0, I32),
        f("len", 4, I32),
        f("isbytes", 8, I32),
        f("items", 16, Inline),
    ],
}];
