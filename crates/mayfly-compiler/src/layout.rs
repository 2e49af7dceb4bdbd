//! The one layout table: how values are encoded, object tags, the fields
//! of every heap object, exception kinds and the type codes isinstance
//! uses. Every such number is written here and only here. The Rust side
//! reads these constants; the runtime dialect (runtime/*.py) sees the same
//! names as constants (`TAG_STR`, `EXC_TYPE`, ...), records as
//! `Str.nbytes[p]`, and the generated functions `exc_parent`/`exc_name`
//! (`dialect_source`), so a runtime file that defines one of these names
//! again is an error.
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
}

/// What `typeof(v)` gives for values that are not heap objects.
pub mod non_object {
    pub const INT: u32 = 20;
    pub const NONE: u32 = 21;
    pub const BOOL: u32 = 22;
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
    ("T_INT", non_object::INT),
    ("T_NONE", non_object::NONE),
    ("T_BOOL", non_object::BOOL),
];

/// One builtin exception class: its kind number, the dialect constant
/// naming it, and its base class's kind (0 for Exception itself).
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
    e("Exception", "EXC_EXCEPTION", exc::EXCEPTION, 0),
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
];

/// The kind of a builtin exception class a program can name.
pub fn exc_kind(name: &str) -> Option<i32> {
    EXCEPTIONS
        .iter()
        .find(|x| x.name == name && x.kind != exc::JSON_DECODE)
        .map(|x| x.kind)
}

/// The machine type of a record field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldTy {
    I32,
    I64,
    F64,
    /// Inline data from here to the end of the object: the field names
    /// its address, and is not loaded or stored.
    Inline,
}

pub struct Field {
    pub name: &'static str,
    pub offset: u32,
    pub ty: FieldTy,
}

/// One heap object layout. `size` is the fixed part (before any inline
/// data), which `Name.SIZE` gives the dialect.
pub struct Record {
    pub name: &'static str,
    pub size: u32,
    pub fields: &'static [Field],
}

impl Record {
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

const fn f(name: &'static str, offset: u32, ty: FieldTy) -> Field {
    Field { name, offset, ty }
}

use FieldTy::{Inline, F64, I32, I64};

/// Offsets shared by the records below that Rust code also writes.
pub mod off {
    /// Every object's tag.
    pub const TAG: u32 = 0;
    /// str/bytes: byte length, char length, cached hash, data.
    pub const STR_NBYTES: u32 = 4;
    pub const STR_NCHARS: u32 = 8;
    pub const STR_HASH: u32 = 12;
    pub const STR_DATA: u32 = 16;
    /// A function object.
    pub const FUNC_SLOT: u32 = 4;
    pub const FUNC_NPARAMS: u32 = 8;
    pub const FUNC_NDEFAULTS: u32 = 12;
    pub const FUNC_NAME: u32 = 16;
    pub const FUNC_DEFAULTS: u32 = 20;
    pub const FUNC_NCELLS: u32 = 24;
    pub const FUNC_CELLS: u32 = 32;
    /// A builtin function or class as a value.
    pub const BUILTIN_SLOT: u32 = 4;
    pub const BUILTIN_KIND: u32 = 8;
    pub const BUILTIN_TYPE: u32 = 12;
    pub const BUILTIN_NAME: u32 = 16;
    /// A list's or tuple's length; a tuple's inline items.
    pub const SEQ_LEN: u32 = 4;
    pub const LIST_ITEMS: u32 = 12;
    pub const TUPLE_ITEMS: u32 = 8;
}

pub const RECORDS: &[Record] = &[
    Record {
        // Also the layout of bytes (TAG_BYTES), with nchars == nbytes.
        name: "Str",
        size: 16,
        fields: &[
            f("tag", off::TAG, I32),
            f("nbytes", off::STR_NBYTES, I32),
            f("nchars", off::STR_NCHARS, I32),
            f("hash", off::STR_HASH, I32),
            f("data", off::STR_DATA, Inline),
        ],
    },
    Record {
        name: "Float",
        size: 16,
        fields: &[f("tag", off::TAG, I32), f("value", 8, F64)],
    },
    Record {
        // An int outside the 63-bit small range but inside i64.
        name: "Big",
        size: 16,
        fields: &[f("tag", off::TAG, I32), f("value", 8, I64)],
    },
    Record {
        name: "List",
        size: 16,
        fields: &[
            f("tag", off::TAG, I32),
            f("len", off::SEQ_LEN, I32),
            f("cap", 8, I32),
            f("items", off::LIST_ITEMS, I32),
        ],
    },
    Record {
        name: "Tuple",
        size: 8,
        fields: &[
            f("tag", off::TAG, I32),
            f("len", off::SEQ_LEN, I32),
            f("items", off::TUPLE_ITEMS, Inline),
        ],
    },
    Record {
        // Insertion-ordered: entries are (hash, key, value) triples; index
        // is an open-addressing table of entry numbers + 1.
        name: "Dict",
        size: 32,
        fields: &[
            f("tag", off::TAG, I32),
            f("len", 4, I32),
            f("used", 8, I32),
            f("cap", 12, I32),
            f("entries", 16, I32),
            f("index", 20, I32),
            f("mask", 24, I32),
        ],
    },
    Record {
        name: "Func",
        size: 32,
        fields: &[
            f("tag", off::TAG, I32),
            f("slot", off::FUNC_SLOT, I32),
            f("nparams", off::FUNC_NPARAMS, I32),
            f("ndefaults", off::FUNC_NDEFAULTS, I32),
            f("name", off::FUNC_NAME, I32),
            f("defaults", off::FUNC_DEFAULTS, I32),
            f("ncells", off::FUNC_NCELLS, I32),
            f("cells", off::FUNC_CELLS, Inline),
        ],
    },
    Record {
        // The context is the exception being handled when this one was
        // raised; traceback is the copied frame stack.
        name: "Exc",
        size: 32,
        fields: &[
            f("tag", off::TAG, I32),
            f("kind", 4, I32),
            f("arg", 8, I64),
            f("line", 16, I32),
            f("func", 20, I32),
            f("traceback", 24, I32),
            f("context", 28, I32),
        ],
    },
    Record {
        name: "Range",
        size: 32,
        fields: &[
            f("tag", off::TAG, I32),
            f("start", 8, I64),
            f("stop", 16, I64),
            f("step", 24, I64),
        ],
    },
    Record {
        name: "Iter",
        size: 40,
        fields: &[
            f("tag", off::TAG, I32),
            f("kind", 4, I32),
            f("src", 8, I64),
            f("i", 16, I32),
            f("n", 20, I32),
            f("extra", 24, I64),
            f("extra2", 32, I64),
        ],
    },
    Record {
        // dict.keys()/values()/items(): kind 0, 1, 2 over dict.
        name: "View",
        size: 16,
        fields: &[
            f("tag", off::TAG, I32),
            f("kind", 4, I32),
            f("dict", 8, I32),
        ],
    },
    Record {
        // A builtin exception class as a value.
        name: "Class",
        size: 8,
        fields: &[f("tag", off::TAG, I32), f("kind", 4, I32)],
    },
    Record {
        // kind 0 a function, 1 a class (type code for isinstance).
        name: "Builtin",
        size: 20,
        fields: &[
            f("tag", off::TAG, I32),
            f("slot", off::BUILTIN_SLOT, I32),
            f("kind", off::BUILTIN_KIND, I32),
            f("type", off::BUILTIN_TYPE, I32),
            f("name", off::BUILTIN_NAME, I32),
        ],
    },
];

pub fn record(name: &str) -> Option<&'static Record> {
    RECORDS.iter().find(|r| r.name == name)
}

/// Every constant of the table by its dialect name.
pub fn dialect_constants() -> Vec<(&'static str, i64)> {
    let mut out = vec![("NONE", NONE), ("FALSE", FALSE), ("TRUE", TRUE)];
    out.extend(TAGS.iter().map(|(n, v)| (*n, *v as i64)));
    out.extend(EXCEPTIONS.iter().map(|x| (x.constant, x.kind as i64)));
    out.push(("TYPE_ANY_INT", TYPE_ANY_INT as i64));
    out.push(("EXC_CLASS_BASE", EXC_CLASS_BASE as i64));
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
    fn records_fit_and_do_not_overlap() {
        for r in RECORDS {
            assert_eq!(r.fields[0].name, "tag");
            let mut end = 0;
            for f in r.fields {
                assert!(f.offset >= end, "{}.{} overlaps", r.name, f.name);
                let width = match f.ty {
                    I32 => 4,
                    I64 | F64 => 8,
                    Inline => 0,
                };
                assert_eq!(
                    f.offset % width.max(1),
                    0,
                    "{}.{} misaligned",
                    r.name,
                    f.name
                );
                end = f.offset + width;
                assert!(
                    end <= r.size || f.ty == Inline,
                    "{}.{} past SIZE",
                    r.name,
                    f.name
                );
            }
        }
    }

    #[test]
    fn every_exception_parent_is_a_known_kind() {
        for x in EXCEPTIONS {
            assert!(x.parent == 0 || EXCEPTIONS.iter().any(|p| p.kind == x.parent));
        }
    }
}
