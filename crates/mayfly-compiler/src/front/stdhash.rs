//! `import hashlib` and `import hmac`: their functions as stdmod table
//! rows (runtime/hashlib.py, hmac.py; compare_digest is secrets'), the
//! constructors as values (`hashlib.sha256` given as hmac's digestmod: a
//! builtin object named `openssl_sha256`, as CPython's repr names it),
//! the methods and attributes of hash and HMAC objects (known to the
//! compiler only in a program that imports one of the two, so elsewhere
//! they stay the compile errors they were), and what is refused: the
//! algorithms mayfly lacks, also when a literal names one for
//! hashlib.new or hmac.

use super::fx::{Fx, R};
use super::stdmod::StdFunc;
use super::{Gen, NONE};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;
use wasm_encoder::Instruction as I;

/// A constructor's parameters: CPython 3.11's `openssl_sha256(string=b'',
/// *, usedforsecurity=True)`.
const CTOR: &[&str] = &["string", "usedforsecurity"];
const HMAC_NEW: &[&str] = &["key", "msg", "digestmod"];

pub(super) const FUNCS: &[StdFunc] = &[
    ("hashlib", "md5", "hashlib_md5", CTOR, 0, 1),
    ("hashlib", "sha1", "hashlib_sha1", CTOR, 0, 1),
    ("hashlib", "sha224", "hashlib_sha224", CTOR, 0, 1),
    ("hashlib", "sha256", "hashlib_sha256", CTOR, 0, 1),
    ("hashlib", "sha384", "hashlib_sha384", CTOR, 0, 1),
    ("hashlib", "sha512", "hashlib_sha512", CTOR, 0, 1),
    (
        "hashlib",
        "new",
        "hashlib_new",
        &["name", "data", "usedforsecurity"],
        1,
        2,
    ),
    ("hmac", "new", "hmac_new_", HMAC_NEW, 1, 3),
    ("hmac", "HMAC", "hmac_new_", HMAC_NEW, 1, 3),
    (
        "hmac",
        "digest",
        "hmac_digest_",
        &["key", "msg", "digest"],
        3,
        3,
    ),
    (
        "hmac",
        "compare_digest",
        "secrets_compare_digest",
        &["a", "b"],
        2,
        2,
    ),
];

/// Methods of hash and HMAC objects beyond update and copy, which dicts
/// have too (in front/methods.rs's table).
pub const HASH_METHODS: &[&str] = &["digest", "hexdigest"];

/// Attributes of hash and HMAC objects (runtime attr_NAME).
pub const HASH_ATTRS: &[&str] = &["name", "digest_size", "block_size"];

/// Names CPython 3.11's hashlib.new accepts (its own and OpenSSL 3's
/// spellings, compared in lower case) for algorithms mayfly does not
/// have: written literally, a compile error rather than the ValueError
/// a computed one gets.
const LACKING: &[&str] = &[
    "blake2b",
    "blake2s",
    "blake2b512",
    "blake2s256",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "sha3-224",
    "sha3-256",
    "sha3-384",
    "sha3-512",
    "shake_128",
    "shake_256",
    "shake128",
    "shake256",
    "sha512_224",
    "sha512_256",
    "sha512-224",
    "sha512-256",
    "md5-sha1",
    "ripemd160",
    "ripemd-160",
    "sm3",
];

/// Is `name` a method mayfly knows only for hash objects, in a program
/// that imports neither hashlib nor hmac?
pub fn hidden_method(g: &Gen, name: &str) -> bool {
    !g.l.hashlib && HASH_METHODS.contains(&name)
}

/// Is `name` an attribute read through runtime attr_NAME here?
pub fn is_hash_attr(g: &Gen, name: &str) -> bool {
    g.l.hashlib && HASH_ATTRS.contains(&name)
}

impl Fx {
    /// `hashlib.sha256` (or a `sha256` imported from it) as a value: the
    /// constructor as a builtin function object. False for other names.
    pub(super) fn hashlib_value(&mut self, g: &mut Gen, name: &str) -> R<bool> {
        let row = FUNCS
            .iter()
            .find(|f| f.0 == "hashlib" && f.1 == name && f.3 == CTOR);
        let Some(row) = row else {
            return Ok(false);
        };
        let display = format!("openssl_{name}");
        let at = super::builtin_values::function_object(g, &display, row.2, 0, 1, 2)?;
        self.emit(I::I64Const(at as i64));
        Ok(true)
    }

    /// Checks a call of hashlib.new, hmac.new/HMAC or hmac.digest before
    /// it is compiled: a literal naming an algorithm CPython has and
    /// mayfly lacks is a compile error. True when it was refused.
    pub(super) fn hash_refused(
        &mut self,
        g: &mut Gen,
        module: &str,
        name: &str,
        c: &ast::ExprCall,
    ) -> bool {
        let (at, keyword) = match (module, name) {
            ("hashlib", "new") => (0, "name"),
            ("hmac", "new" | "HMAC") => (2, "digestmod"),
            ("hmac", "digest") => (2, "digest"),
            _ => return false,
        };
        let arg = c.arguments.args.get(at).or_else(|| {
            c.arguments
                .keywords
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == keyword))
                .map(|k| &k.value)
        });
        let Some(Expr::StringLiteral(s)) = arg else {
            return false;
        };
        let algo = s.value.to_str();
        if !LACKING.contains(&algo.to_ascii_lowercase().as_str()) {
            return false;
        }
        g.error(
            s.range(),
            format!("{module}.{name}(): the hash '{algo}' is not supported (md5, sha1, sha224, sha256, sha384 and sha512 are)"),
        );
        self.emit(I::I64Const(NONE));
        true
    }
}
