//! Record layouts of the one layout table (`crate::layout`): the fields
//! of every heap object, and of the runtime's other structures in memory
//! (string builders, dict entries, the frame stack, ...). The runtime
//! dialect reads them as `Str.nbytes[p]` (lowlevel/record.rs).
/// The machine type of a record field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldTy {
    I32,
    /// An unsigned 16-bit field (read as an i32).
    U16,
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

use FieldTy::{Inline, F64, I32, I64, U16};

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
    pub const FUNC_PARAMS: u32 = 28;
    pub const FUNC_FLAGS: u32 = 32;
    pub const FUNC_CELLS: u32 = 40;
    /// A builtin function or class as a value.
    pub const BUILTIN_SLOT: u32 = 4;
    pub const BUILTIN_KIND: u32 = 8;
    pub const BUILTIN_TYPE: u32 = 12;
    pub const BUILTIN_NAME: u32 = 16;
    /// A list's or tuple's length; a tuple's inline items.
    pub const SEQ_LEN: u32 = 4;
    pub const LIST_ITEMS: u32 = 12;
    pub const TUPLE_ITEMS: u32 = 8;
    /// A float's f64 (compiled fast paths read it, front/fast.rs).
    pub const FLOAT_VALUE: u32 = 8;
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
        fields: &[f("tag", off::TAG, I32), f("value", off::FLOAT_VALUE, F64)],
    },
    Record {
        // An int outside the 63-bit small range but inside i64.
        name: "Big",
        size: 16,
        fields: &[f("tag", off::TAG, I32), f("value", 8, I64)],
    },
    Record {
        // An int outside i64: sign and magnitude, `ndigits` u32 digits
        // (base 2**32, least significant first) after the header; a
        // negative `ndigits` is a negative number. Normalized: no leading
        // zero digit, and never a value that fits i64 (runtime/long.py).
        name: "Long",
        size: 8,
        fields: &[
            f("tag", off::TAG, I32),
            f("ndigits", 4, I32),
            f("digits", 8, Inline),
        ],
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
        // A collections.deque: a List's len, cap and items at the List's
        // offsets (so everything that reads a list's items reads it),
        // plus the free slots before items (popleft and appendleft move
        // items, O(1) as CPython's) and maxlen (-1 for None).
        name: "Deque",
        size: 24,
        fields: &[
            f("tag", off::TAG, I32),
            f("len", off::SEQ_LEN, I32),
            f("cap", 8, I32),
            f("items", off::LIST_ITEMS, I32),
            f("lead", 16, I32),
            f("maxlen", 20, I32),
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
            // collections: 0 a plain dict, COUNTER_FACTORY a Counter, else
            // a defaultdict's default_factory (runtime/collections.py).
            f("factory", 28, I32),
        ],
    },
    Record {
        // set and frozenset (set.py): CPython's open-addressing table of
        // `mask + 1` SetEntry records, `len` live entries (List.len's
        // offset: one length load serves len() and truth), `fill` live
        // plus deleted ones, finger where pop() looks next, and a
        // frozenset's cached hash (-1 until computed).
        name: "Set",
        size: 32,
        fields: &[
            f("tag", off::TAG, I32),
            f("len", 4, I32),
            f("fill", 8, I32),
            f("mask", 12, I32),
            f("table", 16, I32),
            f("finger", 20, I32),
            f("hash", 24, I64),
        ],
    },
    Record {
        name: "Func",
        size: 40,
        fields: &[
            f("tag", off::TAG, I32),
            f("slot", off::FUNC_SLOT, I32),
            f("nparams", off::FUNC_NPARAMS, I32),
            f("ndefaults", off::FUNC_NDEFAULTS, I32),
            f("name", off::FUNC_NAME, I32),
            f("defaults", off::FUNC_DEFAULTS, I32),
            f("ncells", off::FUNC_NCELLS, I32),
            // A tuple of the parameter names: calls through values bind
            // keyword arguments by it (class.py call_kw).
            f("params", off::FUNC_PARAMS, I32),
            // FUNC_VARARGS (a *args parameter) | FUNC_VARKW (**kwargs),
            // the keyword-only count << 8, the positional-only one << 16.
            f("flags", off::FUNC_FLAGS, I32),
            f("cells", off::FUNC_CELLS, Inline),
        ],
    },
    Record {
        // The context is the exception being handled when this one was
        // raised; traceback is the copied frame stack. An instance of a
        // user exception class has its class in cls (0 for a builtin
        // one), its attributes in dict (0 until the first is set) and the
        // tuple of its constructor arguments in arg.
        name: "Exc",
        size: 64,
        fields: &[
            f("tag", off::TAG, I32),
            f("kind", 4, I32),
            f("arg", 8, I64),
            f("line", 16, I32),
            f("func", 20, I32),
            f("traceback", 24, I32),
            f("context", 28, I32),
            f("cls", 32, I32),
            f("dict", 40, I64),
            // `raise ... from cause` (0: none); suppress is 1 after any
            // `from`, `from None` included (__suppress_context__).
            f("cause", 48, I32),
            f("suppress", 52, I32),
            // 1 when a builtin exception got several arguments
            // (`KeyError("k", 2)`): arg is then their tuple.
            f("many", 56, I32),
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
        // An iterator (iter.py): kind is IT_SEQ, IT_STR, ...; src the value
        // iterated (for zip, a tuple of iterators); i the next index (a
        // byte offset for a str); view the View.kind of a dict iterator;
        // cur the next value of a range or count of enumerate; spare is
        // zeroed and unused.
        name: "Iter",
        size: 40,
        fields: &[
            f("tag", off::TAG, I32),
            f("kind", 4, I32),
            f("src", 8, I64),
            f("i", 16, I32),
            f("view", 20, I32),
            f("cur", 24, I64),
            f("spare", 32, I64),
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
        // A user class: its name, the tuple of its bases and of its
        // method resolution order (C3, itself first), its namespace (a
        // dict of str keys), the builtin exception kind it derives from
        // (0 for none), flags (CLS_* in class.py) and, for a dataclass,
        // the tuple of its fields (dataclass.py).
        // The empty shape its instances start from and the most slots one
        // of them has had (where a new instance's slots start: attrs.py).
        name: "Type",
        size: 48,
        fields: &[
            f("tag", off::TAG, I32),
            f("name", 4, I32),
            f("bases", 8, I32),
            f("mro", 12, I32),
            f("dict", 16, I64),
            f("exc_kind", 24, I32),
            f("flags", 28, I32),
            f("fields", 32, I32),
            f("root", 36, I32),
            f("hint", 40, I32),
            // abc: the sorted list of the abstract methods' names of a
            // class flagged CLS_ABC, 0 for none (runtime/abc.py).
            f("abstract", 44, I32),
        ],
    },
    Record {
        // An instance of a user class: its attributes are the values in
        // slots (cap of them allocated) at the indices its shape gives
        // (attrs.py); a deleted one is 0.
        name: "Inst",
        size: 24,
        fields: &[
            f("tag", off::TAG, I32),
            f("cls", 4, I32),
            f("shape", 8, I32),
            f("slots", 12, I32),
            f("cap", 16, I32),
        ],
    },
    Record {
        // `T = TypeVar("T", ...)`: only type checkers read it; at run time
        // it is its name (repr ~T).
        name: "TypeVar",
        size: 8,
        fields: &[f("tag", off::TAG, I32), f("name", 4, I32)],
    },
    Record {
        // A generator: its resume function (a dispatch slot, called with
        // env and the generator), the locals it saved at its last yield
        // (`frame`, 8 bytes each), and what the resumer passes in (`sent`,
        // `thrown`) or gets back (`retval`, a return statement's value).
        // `kind` is Iter.kind's field, so next_ dispatches on it alone.
        name: "Gen",
        size: 56,
        fields: &[
            f("tag", off::TAG, I32),
            f("kind", 4, I32),
            f("state", 8, I32),
            f("slot", 12, I32),
            f("env", 16, I32),
            f("frame", 20, I32),
            f("name", 24, I32),
            f("sent", 32, I64),
            f("thrown", 40, I64),
            f("retval", 48, I64),
        ],
    },
    Record {
        name: "Bound",
        size: 24,
        fields: &[
            f("tag", off::TAG, I32),
            f("func", 8, I64),
            f("self", 16, I64),
        ],
    },
    Record {
        // kind DESC_STATIC, DESC_CLASS (func in get) or DESC_PROPERTY
        // (getter, setter, deleter; 0 for an absent one).
        name: "Desc",
        size: 32,
        fields: &[
            f("tag", off::TAG, I32),
            f("kind", 4, I32),
            f("get", 8, I64),
            f("set", 16, I64),
            f("deleter", 24, I64),
        ],
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
    Record {
        // A callable object of functools or operator (runtime/native.py):
        // a Builtin (tag TAG_BUILTIN, its table slot where call_value
        // reads it) of kind BUILTIN_NATIVE, whose type says which object
        // it is (partial, itemgetter, ...), name the str CPython's type
        // name gives, and a..d what it holds (its function, arguments,
        // cache, ...).
        name: "Native",
        size: 56,
        fields: &[
            f("tag", off::TAG, I32),
            f("slot", off::BUILTIN_SLOT, I32),
            f("kind", off::BUILTIN_KIND, I32),
            f("type", off::BUILTIN_TYPE, I32),
            f("name", off::BUILTIN_NAME, I32),
            f("a", 24, I64),
            f("b", 32, I64),
            f("c", 40, I64),
            f("d", 48, I64),
        ],
    },
    Record {
        // The request object (request.py): a tag only; its parts come from
        // the host on first use and are kept in the ReqCache.
        name: "Req",
        size: 8,
        fields: &[f("tag", off::TAG, I32)],
    },
    Record {
        // request.headers: a tag only; each lookup asks the host.
        name: "Headers",
        size: 8,
        fields: &[f("tag", off::TAG, I32)],
    },
];

/// Structures of the runtime that are not objects (no tag): they live
/// inside an object or in the arena or a static buffer, addressed by
/// the runtime alone.
pub const PARTS: &[Record] = &[
    Record {
        // An instance shape (attrs.py): the attribute names an instance
        // has, as a chain from its class's empty root shape, each link
        // adding `name` at slot `index`; children are the shapes one more
        // name leads to (a list through sibling).
        name: "Shape",
        size: 20,
        fields: &[
            f("parent", 0, I32),
            f("name", 4, I32),
            f("index", 8, I32),
            f("children", 12, I32),
            f("sibling", 16, I32),
        ],
    },
    Record {
        // An inline cache of one attribute site in compiled code: for an
        // instance of shape `shape` (while method_version is `version`),
        // slot `index` holds the attribute (-1: it is the class's
        // function `value`); a store moves the instance to shape `next`
        // (0: it stays).
        name: "AttrCache",
        size: 24,
        fields: &[
            f("shape", 0, I32),
            f("version", 4, I32),
            f("index", 8, I32),
            f("next", 12, I32),
            f("value", 16, I64),
        ],
    },
    Record {
        // One entry of the class attribute cache (attrs.py type_lookup):
        // name's value (0: absent) on class cls at class_version.
        name: "TypeCache",
        size: 24,
        fields: &[
            f("cls", 0, I32),
            f("name", 4, I32),
            f("version", 8, I32),
            f("value", 16, I64),
        ],
    },
    Record {
        // A dict's entry (Dict.entries is an array of them, in insertion
        // order): the key's hash, the key (0 once deleted) and the value.
        name: "Entry",
        size: 24,
        fields: &[f("hash", 0, I64), f("key", 8, I64), f("value", 16, I64)],
    },
    Record {
        // A slot of a set's table: key 0 with hash 0 is never used, key 0
        // with hash -1 a deleted entry (CPython's dummy); else the key
        // and its CPython hash.
        name: "SetEntry",
        size: 16,
        fields: &[f("hash", 0, I64), f("key", 8, I64)],
    },
    Record {
        // A string builder (core.py, sb_*): the str object being filled
        // (its header is written by sb_done), the bytes written, and the
        // capacity of the str's data.
        name: "Builder",
        size: 12,
        fields: &[f("buf", 0, I32), f("len", 4, I32), f("cap", 8, I32)],
    },
    Record {
        // An unsigned bignum in a static buffer (bignum.py): the number of
        // 32-bit limbs in use, then the limbs, least significant first.
        name: "Bignum",
        size: 8,
        fields: &[f("used", 0, I32), f("limbs", 8, Inline)],
    },
    Record {
        // One record of the frame stack (exc.py) per active Python call:
        // the function's name (0 for module code, -1 for the host's
        // request entry) and the line it was at when it made the next call.
        name: "Frame",
        size: 8,
        fields: &[f("func", 0, I32), f("line", 4, I32)],
    },
    Record {
        // An exception's copy of the frame stack (Exc.traceback): how many
        // frames, the first one shown (frames below it were left by the
        // time the exception was caught), then the Frame records.
        name: "Traceback",
        size: 8,
        fields: &[
            f("count", 0, I32),
            f("first", 4, I32),
            f("frames", 8, Inline),
        ],
    },
    Record {
        // The request's parts read so far (request.py, req_get), 0 until
        // read: fields in the order of the host_str selector (method 0,
        // path 1, query 2, body 3), then the query parsed into a dict.
        name: "ReqCache",
        size: 40,
        fields: &[
            f("method", 0, I64),
            f("path", 8, I64),
            f("query", 16, I64),
            f("body", 24, I64),
            f("args", 32, I64),
        ],
    },
    Record {
        // A Unicode table of case.py (runtime/case/*.bin, written by
        // tools/gen_case_tables.py): the entry count, then the entries, a
        // CaseRun, CaseTitle or CaseFull each, or a u32 range word
        // (start | (length - 1) << 21) in the class tables.
        name: "CaseTable",
        size: 4,
        fields: &[f("count", 0, I32), f("entries", 4, Inline)],
    },
    Record {
        // A run of the lower/upper tables: span is start | (count - 1) << 21
        // | (step - 1) << 28; start, start + step, ... map to cp + delta.
        name: "CaseRun",
        size: 8,
        fields: &[f("span", 0, I32), f("delta", 4, I32)],
    },
    Record {
        // A title table entry: where cp's titlecase is not its uppercase.
        name: "CaseTitle",
        size: 8,
        fields: &[f("cp", 0, I32), f("title", 4, I32)],
    },
    Record {
        // A one-to-many mapping of a *_full table: cp maps to up to three
        // code points (to3 is 0 when there are two).
        name: "CaseFull",
        size: 8,
        fields: &[
            f("cp", 0, U16),
            f("to1", 2, U16),
            f("to2", 4, U16),
            f("to3", 6, U16),
        ],
    },
];

/// The offset of `field` in record `rec`, for compiled code that reads
/// a record inline (front/attr_fast.rs, fast_seq.rs); a name missing from
/// the table is a compiler bug.
pub fn field_offset(rec: &str, field: &str) -> u64 {
    record(rec)
        .and_then(|r| r.field(field))
        .map(|f| f.offset as u64)
        .unwrap_or_else(|| panic!("layout table has no {rec}.{field}"))
}

pub fn record(name: &str) -> Option<&'static Record> {
    RECORDS
        .iter()
        .chain(PARTS)
        .chain(super::re_records::RE_RECORDS)
        .chain(super::re_records::RE_PARTS)
        .chain(super::hash_records::HASH_RECORDS)
        .chain(super::url_records::URL_RECORDS)
        .chain(super::web_records::WEB_RECORDS)
        .chain(super::web_records::WEB_PARTS)
        .find(|r| r.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every record of the table, wherever it is declared.
    fn all() -> impl Iterator<Item = &'static Record> {
        RECORDS
            .iter()
            .chain(PARTS)
            .chain(super::super::re_records::RE_RECORDS)
            .chain(super::super::re_records::RE_PARTS)
            .chain(super::super::hash_records::HASH_RECORDS)
            .chain(super::super::url_records::URL_RECORDS)
            .chain(super::super::web_records::WEB_RECORDS)
            .chain(super::super::web_records::WEB_PARTS)
    }

    #[test]
    fn records_fit_and_do_not_overlap() {
        let objects = RECORDS
            .iter()
            .chain(super::super::re_records::RE_RECORDS)
            .chain(super::super::hash_records::HASH_RECORDS)
            .chain(super::super::url_records::URL_RECORDS)
            .chain(super::super::web_records::WEB_RECORDS);
        for r in objects {
            assert_eq!(r.fields[0].name, "tag", "{} has no tag first", r.name);
        }
        for r in all() {
            assert_eq!(r.fields[0].offset, 0, "{} starts with a gap", r.name);
            let mut end = 0;
            for f in r.fields {
                assert!(f.offset >= end, "{}.{} overlaps", r.name, f.name);
                let width = match f.ty {
                    U16 => 2,
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
                // alloc(Str.SIZE + n), unpack's tuple view: inline data
                // starts where the fixed part ends.
                if f.ty == Inline {
                    assert_eq!(f.offset, r.size, "{}.{} is not at SIZE", r.name, f.name);
                }
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
    fn record_names_are_unique() {
        let mut names = std::collections::HashSet::new();
        for r in all() {
            assert!(names.insert(r.name), "{} twice", r.name);
        }
    }

    /// The runtime reads the length of a list, tuple, dict or bytes with
    /// one load (len(), the fast path of getitem): those fields must agree.
    #[test]
    fn shared_lengths_agree() {
        let at = |r: &str, f: &str| record(r).unwrap().field(f).unwrap().offset;
        let len = at("List", "len");
        assert_eq!(at("Tuple", "len"), len);
        assert_eq!(at("Dict", "len"), len);
        assert_eq!(at("Set", "len"), len);
        assert_eq!(at("Str", "nbytes"), len);
        assert_eq!(at("Deque", "len"), len);
        assert_eq!(at("Deque", "cap"), at("List", "cap"));
        assert_eq!(at("Deque", "items"), at("List", "items"));
    }

    /// call_value reads a function's or a builtin's table slot with one
    /// load: the two records must agree there.
    #[test]
    fn builtins_call_like_functions() {
        let at = |r: &str, f: &str| record(r).unwrap().field(f).unwrap().offset;
        assert_eq!(at("Builtin", "slot"), at("Func", "slot"));
    }
}
