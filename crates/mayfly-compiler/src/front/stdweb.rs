//! `import html`, `import zlib`, `import binascii` and `import struct`:
//! their functions as stdmod table rows (runtime/webcodec.py,
//! structfmt.py, structpack.py), binascii.Error and struct.error as values,
//! and CPython's positional-only parameters (a keyword there is
//! CPython's TypeError, here a compile error with its message). What
//! the table lacks (html.unescape, zlib's compressors, binascii's other
//! codecs, struct.Struct and pack_into, which needs a bytearray) is
//! stdmod's "is not supported".

use super::fx::{Fx, R};
use super::stdmod::StdFunc;
use super::Gen;
use ruff_python_ast as ast;
use wasm_encoder::Instruction as I;

const HEXLIFY: &[&str] = &["data", "sep", "bytes_per_sep"];

pub(super) const FUNCS: &[StdFunc] = &[
    ("html", "escape", "html_escape", &["s", "quote"], 1, 2),
    ("zlib", "crc32", "zlib_crc32", &["data", "value"], 1, 2),
    ("zlib", "adler32", "zlib_adler32", &["data", "value"], 1, 2),
    ("binascii", "crc32", "zlib_crc32", &["data", "crc"], 1, 2),
    ("binascii", "hexlify", "binascii_hexlify", HEXLIFY, 1, 3),
    ("binascii", "b2a_hex", "binascii_hexlify", HEXLIFY, 1, 3),
    (
        "binascii",
        "unhexlify",
        "binascii_unhexlify",
        &["hexstr"],
        1,
        1,
    ),
    (
        "binascii",
        "a2b_hex",
        "binascii_unhexlify",
        &["hexstr"],
        1,
        1,
    ),
    ("struct", "pack", "struct_pack", &["*args"], 0, 0),
    ("struct", "calcsize", "struct_calcsize", &["format"], 1, 1),
    (
        "struct",
        "unpack",
        "struct_unpack",
        &["format", "buffer"],
        2,
        2,
    ),
    (
        "struct",
        "unpack_from",
        "struct_unpack_from",
        &["format", "buffer", "offset"],
        2,
        3,
    ),
    (
        "struct",
        "iter_unpack",
        "struct_iter_unpack",
        &["format", "buffer"],
        2,
        2,
    ),
];

/// The functions whose parameters CPython 3.11 takes by position only.
const POSITIONAL_ONLY: &[(&str, &str)] = &[
    ("zlib", "crc32"),
    ("zlib", "adler32"),
    ("binascii", "crc32"),
    ("binascii", "unhexlify"),
    ("binascii", "a2b_hex"),
    ("struct", "pack"),
    ("struct", "calcsize"),
    ("struct", "unpack"),
    ("struct", "iter_unpack"),
];

/// Is `name` a constant or class of `module` (for `from module import`)?
pub fn has_value(module: &str, name: &str) -> bool {
    matches!((module, name), ("binascii", "Error") | ("struct", "error"))
}

impl Fx {
    /// `binascii.Error` or `struct.error` as a value (an except clause's
    /// class). False for
    /// other names.
    pub(super) fn web_value(&mut self, g: &mut Gen, module: &str, name: &str) -> R<bool> {
        if !has_value(module, name) {
            return Ok(false);
        }
        let kind = match module {
            "struct" => crate::layout::exc::STRUCT_ERROR,
            _ => crate::layout::exc::BINASCII,
        };
        self.emit(I::I32Const(kind));
        self.call_rt(g, "exc_class")?;
        Ok(true)
    }

    /// A keyword argument to a positional-only function: CPython's
    /// TypeError as a compile error. True when it was refused.
    pub(super) fn web_refused(
        &mut self,
        g: &mut Gen,
        module: &str,
        name: &str,
        c: &ast::ExprCall,
    ) -> bool {
        let Some(k) = c.arguments.keywords.first() else {
            return false;
        };
        if !POSITIONAL_ONLY.contains(&(module, name)) {
            return false;
        }
        g.error(
            k.range,
            format!("{module}.{name}() takes no keyword arguments"),
        );
        self.emit(I::I64Const(super::NONE));
        true
    }
}
