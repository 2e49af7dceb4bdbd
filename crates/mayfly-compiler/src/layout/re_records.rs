//! The records of `import re` (runtime/re_*.py): the two objects a
//! program sees, re.Pattern and re.Match, and the engine's own parts
//! (a subject string decoded for matching, the matcher's state, the
//! pattern parser's state). Kept apart from records.rs by size only;
//! `record()` reads both.

use super::records::{Field, FieldTy, Record};
use FieldTy::{I32, I64};

const fn f(name: &'static str, offset: u32, ty: FieldTy) -> Field {
    Field { name, offset, ty }
}

/// Objects (a tag first).
pub const RE_RECORDS: &[Record] = &[
    Record {
        // A compiled pattern: its program (`ncode` i32 words, see
        // re_parse.py), the number of capture groups and of loop
        // registers, the flags it was compiled with, the pattern str and
        // the dict of group names (or NONE).
        name: "RePattern",
        size: 40,
        fields: &[
            f("tag", 0, I32),
            f("ngroups", 4, I32),
            f("code", 8, I32),
            f("ncode", 12, I32),
            f("flags", 16, I32),
            f("nregs", 20, I32),
            f("pattern", 24, I64),
            f("groupindex", 32, I64),
        ],
    },
    Record {
        // A match: 2 * (ngroups + 1) i32 code point offsets at `regs`
        // (start, end of each group; -1 for a group that did not take
        // part), the subject as decoded (ReSubj), the pattern, and the
        // pos/endpos the search was given, and the last group closed
        // (-1 for none: lastindex None).
        name: "ReMatch",
        size: 48,
        fields: &[
            f("tag", 0, I32),
            f("ngroups", 4, I32),
            f("regs", 8, I32),
            f("pos", 12, I32),
            f("string", 16, I64),
            f("re", 24, I64),
            f("endpos", 32, I32),
            f("subj", 36, I32),
            f("lastindex", 40, I32),
        ],
    },
];

/// Structures without a tag.
pub const RE_PARTS: &[Record] = &[
    Record {
        // A subject str ready for matching: its length in code points,
        // and for a non-ASCII str its code points and the byte offset of
        // each (n + 1 entries); both 0 for an ASCII str (char i is byte i).
        name: "ReSubj",
        size: 20,
        fields: &[
            f("str", 0, I32),
            f("n", 4, I32),
            f("cps", 8, I32),
            f("boff", 12, I32),
            f("data", 16, I32),
        ],
    },
    Record {
        // The matcher (re_exec.py): the program, the subject, the group
        // and loop registers, the backtrack stack (`sp` entries of 3
        // words in `cap`), the end of the subject (endpos), whether the
        // match must end there (fullmatch), the start at which an empty
        // match is refused (`adv`, -1 for none), the current start, and
        // the register holding the last group closed (after the loops').
        name: "ReVm",
        size: 56,
        fields: &[
            f("code", 0, I32),
            f("subj", 4, I32),
            f("regs", 8, I32),
            f("stack", 12, I32),
            f("sp", 16, I32),
            f("cap", 20, I32),
            f("end", 24, I32),
            f("full", 28, I32),
            f("adv", 32, I32),
            f("start", 36, I32),
            f("cps", 40, I32),
            f("data", 44, I32),
            f("lregs", 48, I32),
            f("lastix", 52, I32),
        ],
    },
    Record {
        // The pattern parser (re_parse.py): the pattern's code points,
        // the read position, the program being written (len/cap words),
        // the flags in force, groups and loop registers so far, the
        // group names (a dict, NONE before the first), the state of each
        // group (1 open, 2 closed), and the width range of the last
        // piece parsed (wmin/wmax, RE_WINF for unbounded), whether the
        // pattern has a newline (error positions add line and column)
        // and what the last escape read was (`lit`).
        name: "RePs",
        size: 64,
        fields: &[
            f("cps", 0, I32),
            f("n", 4, I32),
            f("i", 8, I32),
            f("buf", 12, I32),
            f("len", 16, I32),
            f("cap", 20, I32),
            f("flags", 24, I32),
            f("ngroups", 28, I32),
            f("nregs", 32, I32),
            f("gstate", 36, I32),
            f("names", 40, I64),
            f("wmin", 48, I32),
            f("wmax", 52, I32),
            f("lines", 56, I32),
            f("lit", 60, I32),
        ],
    },
];
