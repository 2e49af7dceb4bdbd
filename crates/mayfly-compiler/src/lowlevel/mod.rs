//! The runtime language: a typed, low-level subset of Python syntax
//! (locals are i32/i64/f64, memory is touched through load/store
//! intrinsics) in which the in-module runtime is written. There is no
//! wasm32 Rust target here, and WAT would be three times longer to write
//! and read; this keeps the runtime as readable as the code it serves.
//!
//! Functions are compiled on first use, so a module contains only the
//! runtime its program reaches (tree-shaking by construction).

mod expr;
mod memops;
mod record;
mod stmt;

use crate::module::{Module, OPTIONAL_IMPORTS};
use ruff_python_ast::{Expr, Stmt, StmtFunctionDef};
use ruff_text_size::Ranged;
use std::collections::HashMap;
use wasm_encoder::{Instruction, ValType};

pub type LResult<T> = Result<T, String>;

/// The runtime sources (parsed once per process: `Runtime::get`).
const SOURCES: &[(&str, &str)] = &[
    ("core.py", include_str!("../runtime/core.py")),
    ("int.py", include_str!("../runtime/int.py")),
    ("str.py", include_str!("../runtime/str.py")),
    ("bytes.py", include_str!("../runtime/bytes.py")),
    ("strmeth.py", include_str!("../runtime/strmeth.py")),
    ("case.py", include_str!("../runtime/case.py")),
    ("strsplit.py", include_str!("../runtime/strsplit.py")),
    ("strparts.py", include_str!("../runtime/strparts.py")),
    ("strrange.py", include_str!("../runtime/strrange.py")),
    ("strmore.py", include_str!("../runtime/strmore.py")),
    ("match.py", include_str!("../runtime/match.py")),
    ("deque.py", include_str!("../runtime/deque.py")),
    ("sysmod.py", include_str!("../runtime/sysmod.py")),
    ("list.py", include_str!("../runtime/list.py")),
    ("listslice.py", include_str!("../runtime/listslice.py")),
    ("dict.py", include_str!("../runtime/dict.py")),
    ("set.py", include_str!("../runtime/set.py")),
    ("setops.py", include_str!("../runtime/setops.py")),
    ("setmeth.py", include_str!("../runtime/setmeth.py")),
    ("sethash.py", include_str!("../runtime/sethash.py")),
    ("ops.py", include_str!("../runtime/ops.py")),
    ("iter.py", include_str!("../runtime/iter.py")),
    ("float.py", include_str!("../runtime/float.py")),
    ("shortest.py", include_str!("../runtime/shortest.py")),
    ("floatparse.py", include_str!("../runtime/floatparse.py")),
    ("bignum.py", include_str!("../runtime/bignum.py")),
    ("fmt.py", include_str!("../runtime/fmt.py")),
    ("fmtspec.py", include_str!("../runtime/fmtspec.py")),
    ("fmtnum.py", include_str!("../runtime/fmtnum.py")),
    ("pct.py", include_str!("../runtime/pct.py")),
    ("pctrun.py", include_str!("../runtime/pctrun.py")),
    ("strfmtrun.py", include_str!("../runtime/strfmtrun.py")),
    ("round.py", include_str!("../runtime/round.py")),
    ("floatfmt.py", include_str!("../runtime/floatfmt.py")),
    ("pow.py", include_str!("../runtime/pow.py")),
    ("builtin.py", include_str!("../runtime/builtin.py")),
    ("typeof.py", include_str!("../runtime/typeof.py")),
    ("time.py", include_str!("../runtime/time.py")),
    ("mathmod.py", include_str!("../runtime/mathmod.py")),
    ("json.py", include_str!("../runtime/json.py")),
    ("jsonload.py", include_str!("../runtime/jsonload.py")),
    ("exc.py", include_str!("../runtime/exc.py")),
    ("request.py", include_str!("../runtime/request.py")),
    ("kwcall.py", include_str!("../runtime/kwcall.py")),
    ("class.py", include_str!("../runtime/class.py")),
    ("super.py", include_str!("../runtime/super.py")),
    ("attrs.py", include_str!("../runtime/attrs.py")),
    ("attrset.py", include_str!("../runtime/attrset.py")),
    ("dunder.py", include_str!("../runtime/dunder.py")),
    ("dataclass.py", include_str!("../runtime/dataclass.py")),
    ("namedtuple.py", include_str!("../runtime/namedtuple.py")),
    ("enum.py", include_str!("../runtime/enum.py")),
    ("gen.py", include_str!("../runtime/gen.py")),
    ("genmeth.py", include_str!("../runtime/genmeth.py")),
    ("mapfilter.py", include_str!("../runtime/mapfilter.py")),
    ("heapbisect.py", include_str!("../runtime/heapbisect.py")),
    ("collections.py", include_str!("../runtime/collections.py")),
    ("odict.py", include_str!("../runtime/odict.py")),
    ("rangeops.py", include_str!("../runtime/rangeops.py")),
    ("funcattrs.py", include_str!("../runtime/funcattrs.py")),
    ("itertools.py", include_str!("../runtime/itertools.py")),
    ("itertools2.py", include_str!("../runtime/itertools2.py")),
    ("bytesmeth.py", include_str!("../runtime/bytesmeth.py")),
    ("codecs.py", include_str!("../runtime/codecs.py")),
    ("base64.py", include_str!("../runtime/base64.py")),
    ("native.py", include_str!("../runtime/native.py")),
    ("functools.py", include_str!("../runtime/functools.py")),
    ("ordering.py", include_str!("../runtime/ordering.py")),
    ("operator.py", include_str!("../runtime/operator.py")),
    ("opfuncs.py", include_str!("../runtime/opfuncs.py")),
    ("long.py", include_str!("../runtime/long.py")),
    ("longdiv.py", include_str!("../runtime/longdiv.py")),
    ("longstr.py", include_str!("../runtime/longstr.py")),
    ("longfloat.py", include_str!("../runtime/longfloat.py")),
    ("longbits.py", include_str!("../runtime/longbits.py")),
    ("longops.py", include_str!("../runtime/longops.py")),
    ("longmath.py", include_str!("../runtime/longmath.py")),
    ("longbytes.py", include_str!("../runtime/longbytes.py")),
    ("mt.py", include_str!("../runtime/mt.py")),
    ("random.py", include_str!("../runtime/random.py")),
    ("randseq.py", include_str!("../runtime/randseq.py")),
    ("randdist.py", include_str!("../runtime/randdist.py")),
    ("randgamma.py", include_str!("../runtime/randgamma.py")),
    ("randapi.py", include_str!("../runtime/randapi.py")),
    ("hashstate.py", include_str!("../runtime/hashstate.py")),
    ("sha512.py", include_str!("../runtime/sha512.py")),
    ("sha256.py", include_str!("../runtime/sha256.py")),
    ("sha1.py", include_str!("../runtime/sha1.py")),
    ("md5.py", include_str!("../runtime/md5.py")),
    ("hashlib.py", include_str!("../runtime/hashlib.py")),
    ("hmac.py", include_str!("../runtime/hmac.py")),
    ("secrets.py", include_str!("../runtime/secrets.py")),
    ("re_parse.py", include_str!("../runtime/re_parse.py")),
    ("re_parse2.py", include_str!("../runtime/re_parse2.py")),
    ("re_group.py", include_str!("../runtime/re_group.py")),
    ("re_exec.py", include_str!("../runtime/re_exec.py")),
    ("re_api.py", include_str!("../runtime/re_api.py")),
    ("re_match.py", include_str!("../runtime/re_match.py")),
    ("re_sub.py", include_str!("../runtime/re_sub.py")),
    ("urlparse.py", include_str!("../runtime/urlparse.py")),
    ("urlsplit.py", include_str!("../runtime/urlsplit.py")),
    ("copy.py", include_str!("../runtime/copy.py")),
    ("textwrap.py", include_str!("../runtime/textwrap.py")),
    ("template.py", include_str!("../runtime/template.py")),
    ("twwrap.py", include_str!("../runtime/twwrap.py")),
    ("statistics.py", include_str!("../runtime/statistics.py")),
    ("fsum.py", include_str!("../runtime/fsum.py")),
    ("abc.py", include_str!("../runtime/abc.py")),
    ("inplace.py", include_str!("../runtime/inplace.py")),
    ("numdunder.py", include_str!("../runtime/numdunder.py")),
    ("uuid.py", include_str!("../runtime/uuid.py")),
    ("uuidattr.py", include_str!("../runtime/uuidattr.py")),
    ("webcodec.py", include_str!("../runtime/webcodec.py")),
    ("structfmt.py", include_str!("../runtime/structfmt.py")),
    ("structpack.py", include_str!("../runtime/structpack.py")),
];

/// Runtime files only a program that defines a class links: elsewhere a
/// call into them (on a path only an instance of a user class reaches)
/// links a stub that traps, so hello.wasm does not carry the class
/// machinery.
const CLASS_FILES: &[&str] = &[
    "class.py",
    "super.py",
    "attrs.py",
    "attrset.py",
    "dunder.py",
    "dataclass.py",
    "numdunder.py",
];

/// Likewise for generators: only a generator object reaches gen.py.
const GEN_FILES: &[&str] = &["gen.py"];

/// And for map() and filter() objects.
const MAP_FILES: &[&str] = &["mapfilter.py"];

/// hashlib's and hmac's own files (hashstate.py and sha512.py serve
/// random.seed too).
const HASH_FILES: &[&str] = &["hashlib.py", "hmac.py", "sha256.py", "sha1.py", "md5.py"];

/// The web and encoding modules' own files, each linked only into a
/// program that imports its module (WebMods).
const UUID_FILES: &[&str] = &["uuid.py", "uuidattr.py"];

/// Binary tables the runtime reads through `blob_("name")`: placed in the
/// image only when a compiled runtime function names one.
const BLOBS: &[(&str, &[u8])] = &[
    ("lower", include_bytes!("../runtime/case/lower.bin")),
    ("upper", include_bytes!("../runtime/case/upper.bin")),
    ("title", include_bytes!("../runtime/case/title.bin")),
    (
        "lower_full",
        include_bytes!("../runtime/case/lower_full.bin"),
    ),
    (
        "upper_full",
        include_bytes!("../runtime/case/upper_full.bin"),
    ),
    (
        "title_full",
        include_bytes!("../runtime/case/title_full.bin"),
    ),
    ("fold_full", include_bytes!("../runtime/case/fold_full.bin")),
    ("id_start", include_bytes!("../runtime/case/id_start.bin")),
    (
        "id_continue",
        include_bytes!("../runtime/case/id_continue.bin"),
    ),
    ("cased", include_bytes!("../runtime/case/cased.bin")),
    ("ignorable", include_bytes!("../runtime/case/ignorable.bin")),
    ("is_alpha", include_bytes!("../runtime/case/is_alpha.bin")),
    ("is_digit", include_bytes!("../runtime/case/is_digit.bin")),
    ("is_alnum", include_bytes!("../runtime/case/is_alnum.bin")),
    ("is_space", include_bytes!("../runtime/case/is_space.bin")),
    (
        "is_decimal",
        include_bytes!("../runtime/case/is_decimal.bin"),
    ),
    (
        "is_numeric",
        include_bytes!("../runtime/case/is_numeric.bin"),
    ),
    ("is_upper", include_bytes!("../runtime/case/is_upper.bin")),
    ("is_lower", include_bytes!("../runtime/case/is_lower.bin")),
    ("is_title", include_bytes!("../runtime/case/is_title.bin")),
    (
        "not_printable",
        include_bytes!("../runtime/case/not_printable.bin"),
    ),
    // The SHA family's constants (tools/gen_hash_tables.py): SHA-512's
    // for random.seed() of a str and hashlib, the others for hashlib.
    ("sha512_k", include_bytes!("../runtime/sha/sha512_k.bin")),
    ("sha256_k", include_bytes!("../runtime/sha/sha256_k.bin")),
    ("sha1_k", include_bytes!("../runtime/sha/sha1_k.bin")),
];

pub fn blob_bytes(name: &str) -> Option<&'static [u8]> {
    BLOBS.iter().find(|(n, _)| *n == name).map(|(_, b)| *b)
}

/// One runtime function as parsed, with the file it came from.
pub struct RtFunc {
    pub file: &'static str,
    src: &'static str,
    pub def: StmtFunctionDef,
}

/// The runtime sources, parsed and checked once per process: every
/// compile links from this one copy.
pub struct Runtime {
    funcs: HashMap<String, RtFunc>,
    consts: HashMap<String, i64>,
    global_decls: HashMap<String, (ValType, i64)>,
}

static RUNTIME: std::sync::OnceLock<Result<Runtime, String>> = std::sync::OnceLock::new();
/// The dialect functions generated from the layout table.
static GENERATED: std::sync::OnceLock<String> = std::sync::OnceLock::new();

impl Runtime {
    /// The process-wide runtime (parsed on first use).
    pub fn get() -> LResult<&'static Runtime> {
        RUNTIME
            .get_or_init(|| Runtime::parse(SOURCES))
            .as_ref()
            .map_err(|e| e.clone())
    }

    fn parse(sources: &'static [(&'static str, &'static str)]) -> LResult<Runtime> {
        let mut rt = Runtime {
            funcs: HashMap::new(),
            consts: HashMap::new(),
            global_decls: HashMap::new(),
        };
        let mut seen: HashMap<String, String> = HashMap::new();
        for (name, v) in crate::layout::dialect_constants() {
            rt.consts.insert(name.to_string(), v);
            seen.insert(name.to_string(), "layout.rs".to_string());
        }
        let generated: &'static str = GENERATED.get_or_init(crate::layout::dialect_source);
        let all =
            std::iter::once(("layout.rs (generated)", generated)).chain(sources.iter().copied());
        for (file, src) in all {
            let parsed = ruff_python_parser::parse_module(src).map_err(|e| {
                format!(
                    "{file}:{}: {}",
                    line_of(src, e.location.start().to_usize()),
                    e.error
                )
            })?;
            for stmt in parsed.into_syntax().body {
                let here = format!("{file}:{}", line_of(src, stmt.range().start().to_usize()));
                if let Some(name) = item_name(&stmt) {
                    if let Some(first) = seen.insert(name.clone(), here.clone()) {
                        return Err(format!(
                            "{here}: '{name}' is defined again (first at {first})"
                        ));
                    }
                }
                rt.add_item(file, src, stmt)
                    .map_err(|e| format!("{here}: {e}"))?;
            }
        }
        Ok(rt)
    }

    fn add_item(&mut self, file: &'static str, src: &'static str, stmt: Stmt) -> LResult<()> {
        match stmt {
            Stmt::FunctionDef(f) => {
                self.funcs
                    .insert(f.name.to_string(), RtFunc { file, src, def: f });
            }
            Stmt::Assign(a) => {
                let (Some(Expr::Name(n)), 1) = (a.targets.first(), a.targets.len()) else {
                    return Err("bad constant".into());
                };
                let v = const_value(&a.value, &self.consts)?;
                self.consts.insert(n.id.to_string(), v);
            }
            Stmt::AnnAssign(a) => {
                let Expr::Name(n) = &*a.target else {
                    return Err("bad global".into());
                };
                let ty = val_type(Some(&a.annotation))?.ok_or("runtime: global type")?;
                let init = match &a.value {
                    Some(v) => const_value(v, &self.consts)?,
                    None => 0,
                };
                self.global_decls.insert(n.id.to_string(), (ty, init));
            }
            Stmt::Expr(_) | Stmt::Pass(_) => {} // docstrings
            _ => return Err("unsupported top-level item".into()),
        }
        Ok(())
    }

    /// Every runtime function's name, sorted (for the whole-runtime check).
    #[cfg(test)]
    pub fn function_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.funcs.keys().map(|s| s.as_str()).collect();
        names.sort_unstable();
        names
    }
}

impl RtFunc {
    /// `file:line` of a position in this function's file.
    pub fn locate(&self, offset: usize) -> String {
        format!("{}:{}", self.file, line_of(self.src, offset))
    }
}

/// The name a top-level runtime item defines.
fn item_name(stmt: &Stmt) -> Option<String> {
    match stmt {
        Stmt::FunctionDef(f) => Some(f.name.to_string()),
        Stmt::Assign(a) => match a.targets.first() {
            Some(Expr::Name(n)) => Some(n.id.to_string()),
            _ => None,
        },
        Stmt::AnnAssign(a) => match &*a.target {
            Expr::Name(n) => Some(n.id.to_string()),
            _ => None,
        },
        _ => None,
    }
}

fn line_of(src: &str, offset: usize) -> usize {
    src[..offset.min(src.len())].matches('\n').count() + 1
}

/// What one compile has taken from the runtime: the functions declared
/// in its module (and those still to compile) and the globals it made.
pub struct Linker {
    rt: &'static Runtime,
    /// The program defines a class: link class.py and dunder.py.
    pub classes: bool,
    /// The program makes generators: link gen.py.
    pub generators: bool,
    /// The program calls map() or filter(): link mapfilter.py.
    pub map_filter: bool,
    /// The program makes sets: the runtime's `if SETS:` clauses are
    /// compiled (stmt.rs), else left out.
    pub sets: bool,
    /// The program imports collections: `if COLLECTIONS:` clauses too.
    pub collections: bool,
    /// The program imports itertools: `if ITERTOOLS:` clauses too.
    pub itertools: bool,
    /// The program imports random (can make Random instances): `if
    /// RANDOM:` clauses too.
    pub random: bool,
    /// The program imports re: `if RE:` clauses too, and the re_*.py
    /// files are linked.
    pub re: bool,
    /// The program imports hashlib or hmac: `if HASHLIB:` clauses (the
    /// hooks that send hash objects to hashlib.py, the algorithms other
    /// than SHA-512) and HASH_FILES.
    pub hashlib: bool,
    /// The program imports urllib.parse: `if URLPARSE:` clauses (the
    /// hooks that let the builtins take its SplitResult/ParseResult as
    /// the tuples they are).
    pub urlparse: bool,
    /// The program imports uuid: `if UUID:` clauses (str, repr, ==, <
    /// and hash of UUID objects) and UUID_FILES.
    pub uuid: bool,
    /// The program needs MD5, SHA-1 and SHA-2 (it imports hashlib, hmac
    /// or uuid, whose uuid3 and uuid5 hash): `if HASHES:` clauses in
    /// hashstate.py and HASH_FILES.
    pub hashes: bool,
    /// The program imports struct: `if STRUCT:` clauses (a traceback
    /// names struct.error).
    pub structs: bool,
    /// The program imports statistics: `if STATS:` clauses (a traceback
    /// and the class's repr name statistics.StatisticsError).
    pub stats: bool,
    /// The program imports abc: `if ABCS:` hooks on the class paths.
    pub abcs: bool,
    /// A class of the program defines __new__: `if NEWS:` in instantiate.
    pub news: bool,
    /// A class of the program defines __setattr__ or __delattr__: `if
    /// SETATTRS:` hooks in attrs.py.
    pub setattrs: bool,
    /// A class of the program defines __init_subclass__: `if INITSUB:`
    /// in class_done.
    pub initsub: bool,
    /// The program imports datetime (src/datetime): `if DATETIME:`
    /// clauses (its classes' names in messages and reprs).
    pub datetime: bool,
    /// A str literal of the program has a '%' (front/percent.rs): `if
    /// PCT_RUN:` links the run-time printf parser.
    pub pct_run: bool,
    /// The program's text has `strict` or `range`: `if ZIP_STRICT:` /
    /// `if RANGE_OPS:` link zip(strict=True)'s check and range ==, which
    /// every iteration and comparison would otherwise carry (hello.wasm).
    pub zip_strict: bool,
    pub range_ops: bool,
    /// The program imports functools or operator: `if NATIVES:` clauses
    /// (the hooks that send their callable objects to native.py), and
    /// `if FUNCTOOLS:` / `if OPERATOR:` for each module's own part.
    pub natives: bool,
    pub functools: bool,
    pub operator: bool,
    /// The program can make an int beyond i64 (front/bigint.rs): the
    /// `if LONGS:` clauses that send such results to long*.py; without
    /// them an i64 overflow is an OverflowError.
    pub longs: bool,
    /// The program makes named tuples (collections.namedtuple,
    /// typing.NamedTuple): `if NAMEDTUPLE:` clauses (every tuple gets a
    /// class word after its items, and the hooks that send named tuples
    /// to namedtuple.py), and namedtuple.py itself.
    pub namedtuples: bool,
    /// The program imports enum: `if ENUMS:` clauses (the hooks that send
    /// enum classes and members to enum.py), and enum.py itself.
    pub enums: bool,
    declared: HashMap<String, u32>,
    globals: HashMap<String, u32>,
    pending: Vec<(String, u32)>,
}

pub fn val_type(ann: Option<&Expr>) -> LResult<Option<ValType>> {
    let Some(ann) = ann else { return Ok(None) };
    match ann {
        Expr::Name(n) => match n.id.as_str() {
            "i32" => Ok(Some(ValType::I32)),
            "i64" => Ok(Some(ValType::I64)),
            "f64" => Ok(Some(ValType::F64)),
            other => Err(format!("runtime: unknown type {other}")),
        },
        Expr::NoneLiteral(_) => Ok(None),
        _ => Err("runtime: bad annotation".into()),
    }
}

impl Linker {
    pub fn new() -> LResult<Self> {
        Ok(Linker::all_of(Runtime::get()?))
    }

    /// A linker of `rt` that links everything (every flag on).
    fn all_of(rt: &'static Runtime) -> Self {
        Linker {
            rt,
            classes: true,
            generators: true,
            map_filter: true,
            sets: true,
            collections: true,
            itertools: true,
            random: true,
            re: true,
            hashlib: true,
            urlparse: true,
            uuid: true,
            hashes: true,
            structs: true,
            stats: true,
            abcs: true,
            news: true,
            setattrs: true,
            initsub: true,
            datetime: true,
            pct_run: true,
            zip_strict: true,
            range_ops: true,
            natives: true,
            functools: true,
            operator: true,
            longs: true,
            namedtuples: true,
            enums: true,
            declared: HashMap::new(),
            globals: HashMap::new(),
            pending: Vec::new(),
        }
    }

    pub fn constant(&self, name: &str) -> Option<i64> {
        self.rt.consts.get(name).copied()
    }

    /// Function index of a runtime function or host import, declaring it
    /// (and queueing its body) on first use.
    pub fn func(&mut self, m: &mut Module, name: &str) -> LResult<u32> {
        if let Some(i) = m.import_index(name) {
            return Ok(i);
        }
        if OPTIONAL_IMPORTS.iter().any(|(n, _, _)| *n == name) {
            return Err(format!("runtime: {name} is used but was not imported"));
        }
        if let Some(i) = self.declared.get(name) {
            return Ok(*i);
        }
        let f = self
            .rt
            .funcs
            .get(name)
            .ok_or_else(|| format!("runtime: no function {name}"))?;
        let (params, results) = signature(&f.def)?;
        let idx = m.declare(params, results);
        m.name(idx, name);
        self.declared.insert(name.to_string(), idx);
        let unused = (!self.classes && CLASS_FILES.contains(&f.file))
            || (!self.generators && GEN_FILES.contains(&f.file))
            || (!self.map_filter && MAP_FILES.contains(&f.file))
            // And the modules' own files, linked only when imported.
            || (!self.collections && f.file == "collections.py")
            || (!self.itertools && f.file == "itertools.py")
            || (!self.re && f.file.starts_with("re_"))
            || (!self.hashes && HASH_FILES.contains(&f.file))
            || (!self.uuid && UUID_FILES.contains(&f.file))
            || (!self.namedtuples && f.file == "namedtuple.py")
            || (!self.enums && f.file == "enum.py");
        if unused {
            let mut stub = wasm_encoder::Function::new([]);
            stub.instruction(&Instruction::Unreachable);
            stub.instruction(&Instruction::End);
            m.define(idx, stub);
        } else {
            self.pending.push((name.to_string(), idx));
        }
        Ok(idx)
    }

    pub fn global(&mut self, m: &mut Module, name: &str) -> LResult<Option<(u32, ValType)>> {
        let Some((ty, init)) = self.rt.global_decls.get(name).copied() else {
            return Ok(None);
        };
        if let Some(g) = self.globals.get(name) {
            return Ok(Some((*g, ty)));
        }
        let g = m.global(ty, init);
        self.globals.insert(name.to_string(), g);
        Ok(Some((g, ty)))
    }

    pub fn global_index(&self, name: &str) -> Option<u32> {
        self.globals.get(name).copied()
    }

    /// Compiles every queued runtime function (and whatever they reach).
    pub fn drain(&mut self, m: &mut Module) -> LResult<()> {
        while let Some((name, idx)) = self.pending.pop() {
            let rt = self.rt;
            let f = &rt.funcs[&name];
            let body = stmt::compile_function(self, m, f)?;
            m.define(idx, body);
        }
        Ok(())
    }
}

pub fn signature(f: &StmtFunctionDef) -> LResult<(Vec<ValType>, Vec<ValType>)> {
    let mut params = Vec::new();
    for p in &f.parameters.args {
        let ty = val_type(p.parameter.annotation.as_deref())?
            .ok_or_else(|| format!("runtime {}: untyped param", f.name))?;
        params.push(ty);
    }
    let results = val_type(f.returns.as_deref())?.into_iter().collect();
    Ok((params, results))
}

fn const_value(e: &Expr, consts: &HashMap<String, i64>) -> LResult<i64> {
    match e {
        Expr::NumberLiteral(n) => match &n.value {
            ruff_python_ast::Number::Int(i) => i.as_i64().ok_or("runtime: big const".into()),
            _ => Err("runtime: non-int const".into()),
        },
        Expr::Name(n) => consts
            .get(n.id.as_str())
            .copied()
            .ok_or("runtime: unknown const".into()),
        Expr::UnaryOp(u) => Ok(-const_value(&u.operand, consts)?),
        Expr::BinOp(b) => {
            let (l, r) = (
                const_value(&b.left, consts)?,
                const_value(&b.right, consts)?,
            );
            use ruff_python_ast::Operator::*;
            Ok(match b.op {
                Add => l + r,
                Sub => l - r,
                Mult => l * r,
                LShift => l << r,
                BitOr => l | r,
                _ => return Err("runtime: const op".into()),
            })
        }
        _ => Err("runtime: bad const".into()),
    }
}

/// Instructions of one runtime function under construction.
pub struct FnState {
    pub locals: Vec<(String, ValType)>,
    pub body: Vec<Instruction<'static>>,
    /// Block depth of enclosing loops: (depth of break block, depth of loop).
    pub loops: Vec<(u32, u32)>,
    pub depth: u32,
    pub result: Option<ValType>,
    /// Where the innermost failing statement starts (for its file:line).
    pub err_at: Option<usize>,
}

impl FnState {
    pub fn local(&self, name: &str) -> Option<(u32, ValType)> {
        self.locals
            .iter()
            .position(|(n, _)| n == name)
            .map(|i| (i as u32, self.locals[i].1))
    }
    pub fn add_local(&mut self, name: &str, ty: ValType) -> u32 {
        self.locals.push((name.to_string(), ty));
        (self.locals.len() - 1) as u32
    }
    pub fn emit(&mut self, i: Instruction<'static>) {
        self.body.push(i);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole runtime, not only what some tenant reaches: every
    /// function is type-checked and compiled into one module, which must
    /// validate. Errors are collected, each with its file:line.
    #[test]
    fn every_runtime_function_compiles_into_a_valid_module() {
        let rt = Runtime::get().unwrap();
        let optional: Vec<&str> = OPTIONAL_IMPORTS.iter().map(|i| i.0).collect();
        let mut m = Module::new(&optional);
        let mut l = Linker::new().unwrap();
        let mut errors = Vec::new();
        for name in rt.function_names() {
            if let Err(e) = l.func(&mut m, name) {
                errors.push(e);
            }
        }
        while let Some((name, idx)) = l.pending.pop() {
            match stmt::compile_function(&mut l, &mut m, &rt.funcs[&name]) {
                Ok(body) => m.define(idx, body),
                Err(e) => errors.push(e),
            }
        }
        assert!(errors.is_empty(), "runtime errors:\n{}", errors.join("\n"));
        assert!(rt.function_names().len() > 300);
        crate::module::validate(&m.finish()).unwrap();
    }

    #[test]
    fn a_second_definition_is_an_error_naming_both_places() {
        static TWICE: &[(&str, &str)] = &[
            ("a.py", "def f() -> None:\n    pass\n"),
            ("b.py", "X = 1\n\n\ndef f() -> None:\n    pass\n"),
        ];
        let err = Runtime::parse(TWICE).err().unwrap();
        assert_eq!(err, "b.py:4: 'f' is defined again (first at a.py:1)");
    }

    #[test]
    fn a_type_error_names_file_and_line() {
        static BAD: &[(&str, &str)] = &[(
            "c.py",
            "def g(x: i32) -> i32:\n    y = x\n    return nosuch(y)\n",
        )];
        let rt: &'static Runtime = Box::leak(Box::new(Runtime::parse(BAD).unwrap()));
        let mut m = Module::new(&[]);
        let mut l = Linker::all_of(rt);
        let err = stmt::compile_function(&mut l, &mut m, &rt.funcs["g"])
            .err()
            .unwrap();
        assert!(err.starts_with("c.py:3: "), "{err}");
        assert!(err.contains("nosuch"), "{err}");
    }
}
