//! The one layout table: how values are encoded, object tags, the fields
//! of every heap object and runtime structure (layout/records.rs),
//! exception kinds and the type codes isinstance uses. Every such number
//! is written here and only here. The Rust side reads these constants; the
//! runtime dialect (runtime/*.py) sees the same names as constants
//! (`TAG_STR`, `EXC_TYPE`, ...), records as `Str.nbytes[p]`, and the
//! generated functions `exc_parent`/`exc_name` (`dialect_source`), so a
//! runtime file that defines one of these names again is an error.
//!
//! A value is an i64: `...xxx1` is a small int n stored as `(n << 1) | 1`;
//! 2, 4 and 6 are None, False and True; anything else is the address of a
//! heap object whose first u32 is its tag.

/// Encoded None, False and True.
pub const NONE: i64 = 2;
pub const FALSE: i64 = 4;
pub const TRUE: i64 = 6;

/// Object tags: the first u32 of every heap object.
pub mod tag {
    pub const STR: u32 = 1;
    pub const FLOAT: u32 = 2;
    pub const BIG: u32 = 3;
    pub const LIST: u32 = 4;
    pub const TUPLE: u32 = 5;
    pub const DICT: u32 = 6;
    pub const FUNC: u32 = 7;
    pub const EXC: u32 = 8;
    pub const RANGE: u32 = 9;
    pub const ITER: u32 = 10;
    pub const VIEW: u32 = 11;
    pub const CLASS: u32 = 12;
    pub const REQ: u32 = 13;
    pub const HEADERS: u32 = 14;
    pub const BUILTIN: u32 = 15;
    pub const BYTES: u32 = 16;
    /// A user class (`class C: ...`) and its instances.
    pub const TYPE: u32 = 17;
    pub const INST: u32 = 18;
    /// A method bound to its object (`f = obj.method`).
    pub const BOUND: u32 = 19;
    /// staticmethod, classmethod and property objects (Desc.kind).
    pub const DESC: u32 = 23;
    /// The NotImplemented singleton (a static object in the image).
    pub const NOTIMPL: u32 = 24;
    /// A `typing.TypeVar("T")` (a static object: tag, name).
    pub const TYPEVAR: u32 = 25;
    /// A generator object (a call of a function with `yield`, or a
    /// generator expression).
    pub const GEN: u32 = 26;
    /// `set` and `frozenset` (one Set record, runtime/set.py).
    pub const SET: u32 = 27;
    pub const FROZENSET: u32 = 28;
    /// An int outside i64 (record `Long`, runtime/long*.py): ints inside
    /// i64 are always small or `Big`, so a Long is never equal to one.
    pub const LONG: u32 = 29;
    /// A `random.Random` instance: a Mersenne Twister state record
    /// (runtime/mt.py).
    pub const RANDOM: u32 = 30;
    /// A `collections.deque` (record `Deque`, runtime/deque.py).
    pub const DEQUE: u32 = 34;
    /// A compiled `re.Pattern` (record `RePattern`, runtime/re_*.py) and
    /// a `re.Match` (record `ReMatch`).
    pub const RE_PATTERN: u32 = 32;
    pub const RE_MATCH: u32 = 33;
    /// A hashlib hash object (record `Hash`, runtime/hashlib.py) and an
    /// `hmac.HMAC` (record `Hmac`, runtime/hmac.py).
    pub const HASH: u32 = 35;
    pub const HMAC: u32 = 36;
    /// urllib.parse's SplitResult/ParseResult (record `UrlResult`,
    /// runtime/urlsplit.py).
    pub const URL_RESULT: u32 = 37;
    /// A `uuid.UUID` (record `Uuid`, runtime/uuid.py).
    pub const UUID: u32 = 43;
}

/// What `typeof(v)` gives for values that are not heap objects.
pub mod non_object {
    pub const INT: u32 = 20;
    pub const NONE: u32 = 21;
    pub const BOOL: u32 = 22;
}

/// Iter.kind of an iterator over a list, tuple or deque (runtime/iter.py
/// IT_SEQ), whose steps compiled for loops take inline (front/fast.rs).
pub const ITER_SEQ: i32 = 0;

/// Gen.state: a generator before its first run, stopped at a yield,
/// running, finished.
pub mod gen_state {
    pub const CREATED: i32 = 0;
    pub const SUSPENDED: i32 = 1;
    pub const RUNNING: i32 = 2;
    pub const CLOSED: i32 = 3;
}

/// isinstance type codes beyond the tags: any int (small, big or bool),
/// and exception classes as `EXC_CLASS_BASE + kind`.
pub const TYPE_ANY_INT: i32 = 100;
pub const EXC_CLASS_BASE: i32 = 1000;

const TAGS: &[(&str, u32)] = &[
    ("TAG_STR", tag::STR),
    ("TAG_FLOAT", tag::FLOAT),
    ("TAG_BIG", tag::BIG),
    ("TAG_LIST", tag::LIST),
    ("TAG_TUPLE", tag::TUPLE),
    ("TAG_DICT", tag::DICT),
    ("TAG_FUNC", tag::FUNC),
    ("TAG_EXC", tag::EXC),
    ("TAG_RANGE", tag::RANGE),
    ("TAG_ITER", tag::ITER),
    ("TAG_VIEW", tag::VIEW),
    ("TAG_CLASS", tag::CLASS),
    ("TAG_REQ", tag::REQ),
    ("TAG_HEADERS", tag::HEADERS),
    ("TAG_BUILTIN", tag::BUILTIN),
    ("TAG_BYTES", tag::BYTES),
    ("TAG_TYPE", tag::TYPE),
    ("TAG_INST", tag::INST),
    ("TAG_BOUND", tag::BOUND),
    ("TAG_DESC", tag::DESC),
    ("TAG_NOTIMPL", tag::NOTIMPL),
    ("TAG_TYPEVAR", tag::TYPEVAR),
    ("TAG_GEN", tag::GEN),
    ("TAG_SET", tag::SET),
    ("TAG_FROZENSET", tag::FROZENSET),
    ("TAG_LONG", tag::LONG),
    ("TAG_RANDOM", tag::RANDOM),
    ("TAG_DEQUE", tag::DEQUE),
    ("TAG_RE_PATTERN", tag::RE_PATTERN),
    ("TAG_RE_MATCH", tag::RE_MATCH),
    ("TAG_HASH", tag::HASH),
    ("TAG_HMAC", tag::HMAC),
    ("TAG_URL_RESULT", tag::URL_RESULT),
    ("TAG_UUID", tag::UUID),
    ("T_INT", non_object::INT),
    ("T_NONE", non_object::NONE),
    ("T_BOOL", non_object::BOOL),
];

/// One builtin exception class: its kind number, the dialect constant
/// naming it, and its base class's kind (0 for BaseException itself).
pub struct Exc {
    pub name: &'static str,
    pub constant: &'static str,
    pub kind: i32,
    pub parent: i32,
}

/// Exception kinds, by number.
pub mod exc {
    pub const EXCEPTION: i32 = 1;
    pub const ARITHMETIC: i32 = 2;
    pub const ZERO_DIVISION: i32 = 3;
    pub const OVERFLOW: i32 = 4;
    pub const LOOKUP: i32 = 5;
    pub const KEY: i32 = 6;
    pub const INDEX: i32 = 7;
    pub const VALUE: i32 = 8;
    pub const TYPE: i32 = 9;
    pub const NAME: i32 = 10;
    pub const UNBOUND_LOCAL: i32 = 11;
    pub const ASSERTION: i32 = 12;
    pub const RUNTIME: i32 = 13;
    pub const ATTRIBUTE: i32 = 14;
    pub const MEMORY: i32 = 15;
    pub const NOT_IMPLEMENTED: i32 = 16;
    pub const RECURSION: i32 = 17;
    pub const JSON_DECODE: i32 = 18;
    pub const UNICODE: i32 = 19;
    pub const UNICODE_DECODE: i32 = 20;
    pub const STOP_ITERATION: i32 = 21;
    pub const FROZEN_INSTANCE: i32 = 22;
    pub const BASE_EXCEPTION: i32 = 23;
    pub const GENERATOR_EXIT: i32 = 24;
    pub const UNICODE_ENCODE: i32 = 25;
    pub const BINASCII: i32 = 26;
    pub const RE_ERROR: i32 = 27;
    pub const STRUCT_ERROR: i32 = 28;
    pub const STATISTICS: i32 = 29;
}

const fn e(name: &'static str, constant: &'static str, kind: i32, parent: i32) -> Exc {
    Exc {
        name,
        constant,
        kind,
        parent,
    }
}

/// The exception classes, with CPython's hierarchy. JSONDecodeError is
/// json's, not a builtin: programs catch it as ValueError.
pub const EXCEPTIONS: &[Exc] = &[
    e(
        "BaseException",
        "EXC_BASE_EXCEPTION",
        exc::BASE_EXCEPTION,
        0,
    ),
    e(
        "Exception",
        "EXC_EXCEPTION",
        exc::EXCEPTION,
        exc::BASE_EXCEPTION,
    ),
    e(
        "ArithmeticError",
        "EXC_ARITHMETIC",
        exc::ARITHMETIC,
        exc::EXCEPTION,
    ),
    e(
        "ZeroDivisionError",
        "EXC_ZERODIV",
        exc::ZERO_DIVISION,
        exc::ARITHMETIC,
    ),
    e(
        "OverflowError",
        "EXC_OVERFLOW",
        exc::OVERFLOW,
        exc::ARITHMETIC,
    ),
    e("LookupError", "EXC_LOOKUP", exc::LOOKUP, exc::EXCEPTION),
    e("KeyError", "EXC_KEY", exc::KEY, exc::LOOKUP),
    e("IndexError", "EXC_INDEX", exc::INDEX, exc::LOOKUP),
    e("ValueError", "EXC_VALUE", exc::VALUE, exc::EXCEPTION),
    e("TypeError", "EXC_TYPE", exc::TYPE, exc::EXCEPTION),
    e("NameError", "EXC_NAME", exc::NAME, exc::EXCEPTION),
    e(
        "UnboundLocalError",
        "EXC_UNBOUND",
        exc::UNBOUND_LOCAL,
        exc::NAME,
    ),
    e(
        "AssertionError",
        "EXC_ASSERT",
        exc::ASSERTION,
        exc::EXCEPTION,
    ),
    e("RuntimeError", "EXC_RUNTIME", exc::RUNTIME, exc::EXCEPTION),
    e("AttributeError", "EXC_ATTR", exc::ATTRIBUTE, exc::EXCEPTION),
    e("MemoryError", "EXC_MEMORY", exc::MEMORY, exc::EXCEPTION),
    e(
        "NotImplementedError",
        "EXC_NOT_IMPLEMENTED",
        exc::NOT_IMPLEMENTED,
        exc::RUNTIME,
    ),
    e(
        "RecursionError",
        "EXC_RECURSION",
        exc::RECURSION,
        exc::RUNTIME,
    ),
    e(
        "JSONDecodeError",
        "EXC_JSON_DECODE",
        exc::JSON_DECODE,
        exc::VALUE,
    ),
    e("UnicodeError", "EXC_UNICODE", exc::UNICODE, exc::VALUE),
    e(
        "UnicodeDecodeError",
        "EXC_UNICODE_DECODE",
        exc::UNICODE_DECODE,
        exc::UNICODE,
    ),
    // binascii.Error, raised by base64's decoders.
    e("Error", "EXC_BINASCII", exc::BINASCII, exc::VALUE),
    e(
        "UnicodeEncodeError",
        "EXC_UNICODE_ENCODE",
        exc::UNICODE_ENCODE,
        exc::UNICODE,
    ),
    e(
        "StopIteration",
        "EXC_STOP_ITERATION",
        exc::STOP_ITERATION,
        exc::EXCEPTION,
    ),
    // Raised at a suspended generator's yield by close().
    e(
        "GeneratorExit",
        "EXC_GENERATOR_EXIT",
        exc::GENERATOR_EXIT,
        exc::BASE_EXCEPTION,
    ),
    // dataclasses.FrozenInstanceError, raised by a frozen dataclass.
    e(
        "FrozenInstanceError",
        "EXC_FROZEN",
        exc::FROZEN_INSTANCE,
        exc::ATTRIBUTE,
    ),
    // re.error, raised for a bad pattern: an Exception, not a ValueError
    // (a traceback names it re.error).
    e("error", "EXC_RE_ERROR", exc::RE_ERROR, exc::EXCEPTION),
    // struct.error, likewise an Exception named error.
    e(
        "error",
        "EXC_STRUCT_ERROR",
        exc::STRUCT_ERROR,
        exc::EXCEPTION,
    ),
    // statistics.StatisticsError, a ValueError.
    e(
        "StatisticsError",
        "EXC_STATISTICS",
        exc::STATISTICS,
        exc::VALUE,
    ),
];

/// The kind of a builtin exception class a program can name.
pub fn exc_kind(name: &str) -> Option<i32> {
    EXCEPTIONS
        .iter()
        .find(|x| {
            x.name == name
                && !matches!(
                    x.kind,
                    exc::JSON_DECODE
                        | exc::FROZEN_INSTANCE
                        | exc::BINASCII
                        | exc::RE_ERROR
                        | exc::STRUCT_ERROR
                        | exc::STATISTICS
                )
        })
        .map(|x| x.kind)
}

// The fields of every heap object (Str, List, ...) and of the runtime's
// other structures in memory (Entry, Builder, Frame, ...): layout/records.rs.
mod hash_records;
mod re_records;
mod records;
mod url_records;
mod web_records;
pub use records::*;

/// Every constant of the table by its dialect name.
pub fn dialect_constants() -> Vec<(&'static str, i64)> {
    let mut out = vec![("NONE", NONE), ("FALSE", FALSE), ("TRUE", TRUE)];
    out.extend(TAGS.iter().map(|(n, v)| (*n, *v as i64)));
    out.extend(EXCEPTIONS.iter().map(|x| (x.constant, x.kind as i64)));
    out.push(("TYPE_ANY_INT", TYPE_ANY_INT as i64));
    out.push(("GEN_CREATED", gen_state::CREATED as i64));
    out.push(("GEN_SUSPENDED", gen_state::SUSPENDED as i64));
    out.push(("GEN_RUNNING", gen_state::RUNNING as i64));
    out.push(("GEN_CLOSED", gen_state::CLOSED as i64));
    out.push(("EXC_CLASS_BASE", EXC_CLASS_BASE as i64));
    out.push(("IT_SEQ", ITER_SEQ as i64));
    out.push(("HASH_STATE_BYTES", hash_records::STATE_BYTES as i64));
    out.push(("HASH_BLOCK_MAX", hash_records::BLOCK_MAX as i64));
    out
}

/// Runtime functions generated from the table, in the dialect:
/// `exc_parent(kind)` and `exc_name(kind)`.
pub fn dialect_source() -> String {
    let mut s = String::from("def exc_parent(k: i32) -> i32:\n");
    for x in EXCEPTIONS {
        s += &format!("    if k == {}:\n        return {}\n", x.constant, x.parent);
    }
    s += "    return 0\n\n\ndef exc_name(k: i32) -> i32:\n";
    for x in EXCEPTIONS {
        s += &format!(
            "    if k == {}:\n        return \"{}\"\n",
            x.constant, x.name
        );
    }
    s += "    return \"Exception\"\n";
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn names_and_numbers_are_unique() {
        let mut names = HashSet::new();
        for (n, _) in dialect_constants() {
            assert!(names.insert(n), "{n} twice");
        }
        let tags: HashSet<u32> = TAGS.iter().map(|t| t.1).collect();
        assert_eq!(tags.len(), TAGS.len());
        let kinds: HashSet<i32> = EXCEPTIONS.iter().map(|x| x.kind).collect();
        assert_eq!(kinds.len(), EXCEPTIONS.len());
    }

    #[test]
    fn exception_kinds_fit_the_class_objects_table() {
        // exc.py's exc_class keeps one class object per kind in 32 slots.
        assert!(EXCEPTIONS.iter().all(|x| (0..32).contains(&x.kind)));
    }

    #[test]
    fn every_exception_parent_is_a_known_kind() {
        for x in EXCEPTIONS {
            assert!(x.parent == 0 || EXCEPTIONS.iter().any(|p| p.kind == x.parent));
        }
    }
}
