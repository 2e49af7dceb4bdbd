//! The module being built: types, functions (declared on demand so only
//! what a program uses is emitted), the static memory image, globals and
//! the indirect-call dispatcher. `finish` encodes it with wasm-encoder and validates
//! it with wasmparser, so no invalid module ever leaves the compiler.

use std::collections::HashMap;
use wasm_encoder::{
    CodeSection, ConstExpr, DataSection, EntityType, ExportKind, ExportSection, Function,
    FunctionSection, GlobalSection, GlobalType, ImportSection, MemoryType, TypeSection, ValType,
};

use crate::layout::{off, tag};
/// The first bytes of memory stay zero so that 0 is never a valid object.
const DATA_START: u32 = 16;
/// Free arena space in the image past the data, so small requests never
/// need `memory.grow`. A grow is far from free: the pooling allocator
/// exposes and later resets the new pages every request. With 2 KiB the
/// clientbench /ping request grew its memory each time and took 9.56 µs
/// per lifecycle; with 16 KiB it fits and takes 2.00 µs. Every byte of the
/// slack is reset per request too, so it stays modest (the compiled hello
/// went from 1.76 to 1.87 µs). 24 KiB: clientbench /length/1024 needs about
/// 18 KiB (its list regrows by copying), and with 16 KiB it fit only when
/// the rounding to a host page happened to leave room; it grew on every
/// request again once the image shrank (35.3 against 27.1 µs per lifecycle
/// with 24 KiB; hello 1.81-1.85 against 1.87-1.88, /ping 1.98 against 2.03).
pub const ARENA_SLACK: u32 = 24 * 1024;

/// The host's page: wasmtime resets (and maps) a memory in whole host
/// pages, so a 1-byte-page memory is sized up to the next one. The bytes
/// up to that boundary are reset per request anyway; as arena they put
/// off a grow for free.
pub const HOST_PAGE: u32 = 4096;

/// A host import: name in module `mayfly`, parameters, results.
pub type Import = (&'static str, &'static [ValType], &'static [ValType]);

/// The guest ABI imports (module `mayfly`), always at function indices
/// 0..N in this order. Unused ones cost a few bytes and nothing at run time.
pub const IMPORTS: &[Import] = &[
    ("log", &[ValType::I32, ValType::I32, ValType::I32], &[]),
    (
        "request_method",
        &[ValType::I32, ValType::I32],
        &[ValType::I32],
    ),
    (
        "request_path",
        &[ValType::I32, ValType::I32],
        &[ValType::I32],
    ),
    (
        "request_query",
        &[ValType::I32, ValType::I32],
        &[ValType::I32],
    ),
    (
        "request_header",
        &[ValType::I32, ValType::I32, ValType::I32, ValType::I32],
        &[ValType::I32],
    ),
    ("request_header_count", &[], &[ValType::I32]),
    (
        "request_header_name",
        &[ValType::I32, ValType::I32, ValType::I32],
        &[ValType::I32],
    ),
    (
        "request_header_value",
        &[ValType::I32, ValType::I32, ValType::I32],
        &[ValType::I32],
    ),
    (
        "request_body",
        &[ValType::I32, ValType::I32],
        &[ValType::I32],
    ),
    ("response_status", &[ValType::I32], &[]),
    (
        "response_header",
        &[ValType::I32, ValType::I32, ValType::I32, ValType::I32],
        &[],
    ),
    ("response_body", &[ValType::I32, ValType::I32], &[]),
];

/// Imports only a module that may need them declares (after IMPORTS), so
/// the host of an older ABI still loads every module that does not.
/// `f64_pow` is libm's pow, which CPython calls for every float `**`:
/// computing it in the guest would not be bit-identical. `clock_ns` is the
/// host's clock for `import time`; `f64_math` the C library's other
/// functions for `import math`, for the same reason as pow; `entropy`
/// the host's randomness for `import random` and `import secrets`.
pub const OPTIONAL_IMPORTS: &[Import] = &[
    ("f64_pow", &[ValType::F64, ValType::F64], &[ValType::F64]),
    ("clock_ns", &[ValType::I32], &[ValType::I64]),
    // libm's exp, log, sin, ... for `import math` (runtime/mathmod.py ops).
    (
        "f64_math",
        &[ValType::I32, ValType::F64, ValType::F64],
        &[ValType::F64],
    ),
    // Fills (ptr, len) with OS randomness: unseeded `random`, `secrets`.
    ("entropy", &[ValType::I32, ValType::I32], &[]),
];

pub type Sig = (Vec<ValType>, Vec<ValType>);

#[derive(Default)]
pub struct Module {
    types: Vec<Sig>,
    type_index: HashMap<Sig, u32>,
    /// Defined functions: type index and body (None until compiled).
    funcs: Vec<(u32, Option<Function>)>,
    /// Memory image from address 0.
    pub data: Vec<u8>,
    strings: HashMap<String, u32>,
    byte_strings: HashMap<Vec<u8>, u32>,
    notimpl: Option<u32>,
    blobs: HashMap<String, u32>,
    globals: Vec<(ValType, i64)>,
    /// Generic entries reachable through `dispatcher`, by slot.
    pub table: Vec<u32>,
    /// The dispatch function, once something calls indirectly.
    dispatch: Option<u32>,
    /// IMPORTS plus the optional imports this module declares.
    imports: Vec<Import>,
    /// Function names for the name section (profilers, trap backtraces).
    names: Vec<(u32, String)>,
    exports: Vec<(String, u32)>,
}

impl Module {
    /// A module importing IMPORTS and the named OPTIONAL_IMPORTS.
    pub fn new(optional: &[&str]) -> Self {
        let mut m = Module {
            data: vec![0; DATA_START as usize],
            ..Default::default()
        };
        m.imports = IMPORTS.to_vec();
        m.imports.extend(
            OPTIONAL_IMPORTS
                .iter()
                .filter(|(n, _, _)| optional.contains(n)),
        );
        for (_, p, r) in m.imports.clone() {
            m.type_of(p.to_vec(), r.to_vec());
        }
        m
    }

    /// Function index of a declared import.
    pub fn import_index(&self, name: &str) -> Option<u32> {
        self.imports
            .iter()
            .position(|(n, _, _)| *n == name)
            .map(|i| i as u32)
    }

    pub fn type_of(&mut self, params: Vec<ValType>, results: Vec<ValType>) -> u32 {
        let sig = (params, results);
        if let Some(i) = self.type_index.get(&sig) {
            return *i;
        }
        let i = self.types.len() as u32;
        self.types.push(sig.clone());
        self.type_index.insert(sig, i);
        i
    }

    pub fn sig(&self, func: u32) -> &Sig {
        if (func as usize) < self.imports.len() {
            let (_, p, r) = self.imports[func as usize];
            let key = (p.to_vec(), r.to_vec());
            return &self.types[self.type_index[&key] as usize];
        }
        let (t, _) = self.funcs[func as usize - self.imports.len()];
        &self.types[t as usize]
    }

    /// Reserves a function index; its body comes later via `define`.
    pub fn declare(&mut self, params: Vec<ValType>, results: Vec<ValType>) -> u32 {
        let t = self.type_of(params, results);
        self.funcs.push((t, None));
        (self.imports.len() + self.funcs.len() - 1) as u32
    }

    pub fn define(&mut self, func: u32, body: Function) {
        let n = self.imports.len();
        self.funcs[func as usize - n].1 = Some(body);
    }

    pub fn name(&mut self, func: u32, name: &str) {
        self.names.push((func, name.to_string()));
    }

    pub fn export(&mut self, name: &str, func: u32) {
        self.exports.push((name.to_string(), func));
    }

    pub fn global(&mut self, ty: ValType, init: i64) -> u32 {
        self.globals.push((ty, init));
        (self.globals.len() - 1) as u32
    }

    pub fn set_global_init(&mut self, g: u32, init: i64) {
        self.globals[g as usize].1 = init;
    }

    /// Zeroed, 8-aligned static memory (module-level variables, caches).
    pub fn reserve(&mut self, bytes: u32) -> u32 {
        while !self.data.len().is_multiple_of(8) {
            self.data.push(0);
        }
        let at = self.data.len() as u32;
        self.data.resize(self.data.len() + bytes as usize, 0);
        at
    }

    /// Writes a str or bytes object (layout `Str`) into the image.
    fn str_header(&mut self, tag: u32, bytes: &[u8], nchars: u32) -> u32 {
        let at = self.reserve(off::STR_DATA + bytes.len() as u32);
        self.put_u32(at + off::TAG, tag);
        self.put_u32(at + off::STR_NBYTES, bytes.len() as u32);
        self.put_u32(at + off::STR_NCHARS, nchars);
        self.put_u32(at + off::STR_HASH, 0);
        let d = (at + off::STR_DATA) as usize;
        self.data[d..d + bytes.len()].copy_from_slice(bytes);
        at
    }

    /// A boxed constant in the image: a float (record `Float`) or an int
    /// outside the small range (record `Big`), with its 8-byte value.
    pub fn boxed_const(&mut self, record: &str, value: [u8; 8]) -> u32 {
        let r = crate::layout::record(record).expect("a boxed record of the layout table");
        let (tag_value, field) = match record {
            "Float" => (tag::FLOAT, r.field("value")),
            _ => (tag::BIG, r.field("value")),
        };
        let at = self.reserve(r.size);
        self.put_u32(at + off::TAG, tag_value);
        let v = (at + field.map_or(8, |f| f.offset)) as usize;
        self.data[v..v + 8].copy_from_slice(&value);
        at
    }

    /// An int beyond i64 in the image (record `Long`): its magnitude as
    /// u32 digits, least significant first, without leading zeros.
    pub fn long_const(&mut self, negative: bool, digits: &[u32]) -> u32 {
        let r = crate::layout::record("Long").expect("the Long record of the layout table");
        let at = self.reserve(r.size + 4 * digits.len() as u32);
        self.put_u32(at + off::TAG, tag::LONG);
        let n = digits.len() as i32;
        let count = if negative { -n } else { n };
        let count_at = r.field("ndigits").map_or(4, |f| f.offset);
        self.put_u32(at + count_at, count as u32);
        let first = at + r.field("digits").map_or(8, |f| f.offset);
        for (i, d) in digits.iter().enumerate() {
            self.put_u32(first + 4 * i as u32, *d);
        }
        at
    }

    /// A tuple of interned strs in the image (parameter and keyword names).
    pub fn str_tuple_const(&mut self, items: &[&str]) -> u32 {
        let addrs: Vec<u32> = items.iter().map(|s| self.str_const(s)).collect();
        // And the class word a named tuple has after its items (zero:
        // a plain tuple), which every tuple has in a program with them.
        let at = self.reserve(off::TUPLE_ITEMS + 8 * addrs.len() as u32 + 8);
        self.put_u32(at + off::TAG, tag::TUPLE);
        self.put_u32(at + off::SEQ_LEN, addrs.len() as u32);
        for (i, a) in addrs.iter().enumerate() {
            let d = (at + off::TUPLE_ITEMS + 8 * i as u32) as usize;
            self.data[d..d + 8].copy_from_slice(&(*a as u64).to_le_bytes());
        }
        at
    }

    /// The NotImplemented singleton: a static object with its tag only.
    pub fn notimpl_const(&mut self) -> u32 {
        if let Some(a) = self.notimpl {
            return a;
        }
        let at = self.reserve(8);
        self.put_u32(at + off::TAG, tag::NOTIMPL);
        self.notimpl = Some(at);
        at
    }

    /// Stores a little-endian u32 into the image at `at`.
    pub fn put_u32(&mut self, at: u32, v: u32) {
        let a = at as usize;
        self.data[a..a + 4].copy_from_slice(&v.to_le_bytes());
    }

    /// Address of an interned immutable str object in the image.
    pub fn str_const(&mut self, s: &str) -> u32 {
        if let Some(a) = self.strings.get(s) {
            return *a;
        }
        let at = self.str_header(tag::STR, s.as_bytes(), s.chars().count() as u32);
        self.strings.insert(s.to_string(), at);
        at
    }

    /// Address of a named read-only table in the image (added on first use).
    pub fn blob(&mut self, name: &str, bytes: &[u8]) -> u32 {
        if let Some(a) = self.blobs.get(name) {
            return *a;
        }
        let at = self.reserve(bytes.len() as u32);
        self.data[at as usize..at as usize + bytes.len()].copy_from_slice(bytes);
        self.blobs.insert(name.to_string(), at);
        at
    }

    /// Address of an interned immutable bytes object in the image.
    pub fn bytes_const(&mut self, b: &[u8]) -> u32 {
        if let Some(a) = self.byte_strings.get(b) {
            return *a;
        }
        let at = self.str_header(tag::BYTES, b, b.len() as u32);
        self.byte_strings.insert(b.to_vec(), at);
        at
    }

    /// `dispatch(a, b, c, slot) -> i64`: calls the generic entry in `slot`
    /// with (a, b, c). A br_table over direct calls instead of a funcref
    /// table and call_indirect: an instance with a table costs the pool a
    /// table slot to allocate, initialise and reset on every request
    /// (~0.5 µs of a ~3 µs lifecycle), and the dispatch is as fast.
    pub fn dispatcher(&mut self) -> u32 {
        if let Some(f) = self.dispatch {
            return f;
        }
        let f = self.declare(vec![ValType::I32; 4], vec![ValType::I64]);
        self.name(f, "dispatch");
        self.dispatch = Some(f);
        f
    }

    fn dispatch_body(&self) -> Function {
        use wasm_encoder::{BlockType, Instruction as I};
        let mut f = Function::new([]);
        let n = self.table.len() as u32;
        for _ in 0..=n {
            f.instruction(&I::Block(BlockType::Empty));
        }
        f.instruction(&I::LocalGet(3));
        let targets: Vec<u32> = (0..n).collect();
        f.instruction(&I::BrTable(targets.into(), n));
        for func in &self.table {
            f.instruction(&I::End);
            for l in 0..3 {
                f.instruction(&I::LocalGet(l));
            }
            f.instruction(&I::Call(*func));
            f.instruction(&I::Return);
        }
        f.instruction(&I::End);
        f.instruction(&I::Unreachable);
        f.instruction(&I::End);
        f
    }

    pub fn table_slot(&mut self, func: u32) -> u32 {
        if let Some(i) = self.table.iter().position(|f| *f == func) {
            return i as u32;
        }
        self.table.push(func);
        (self.table.len() - 1) as u32
    }

    /// Where the arena starts: just past the static image.
    pub fn heap_start(&self) -> u32 {
        (self.data.len() as u32 + 7) & !7
    }

    /// The initial memory: data, arena slack, up to a host page boundary.
    fn memory_bytes(&self) -> u32 {
        (self.heap_start() + ARENA_SLACK).next_multiple_of(HOST_PAGE)
    }

    /// The memory's page size, log2: 0 (1-byte pages, the memory as big
    /// as image and slack up to a host page) or 16 (64 KiB pages, the
    /// memory rounded up to them).
    ///
    /// Only with 64 KiB pages does wasmtime map the image copy-on-write:
    /// with 1-byte pages every instance copies the data segment in (and is
    /// charged a unit of fuel per byte), while with 64 KiB pages each
    /// request resets the rounded-up memory instead. Copying data in costs
    /// about twice as much per byte as resetting (the image also grows
    /// during init, after this choice). Measured with the lifecycle bench,
    /// µs/request with 1-byte against 64 KiB pages (data and rounding in
    /// KiB): hello 1.90 / 2.07 (4 / 44), clientbench 2.07 / 2.21 (7 / 41),
    /// Flask msisdn 5.63 / 5.36 (24 / 24; fuel 53k / 25k), todos 6.7 /
    /// 6.7 (27 / 21).
    pub fn page_size_log2(&self) -> u32 {
        let data = self.image_end().saturating_sub(DATA_START as usize) as u32;
        let memory = self.memory_bytes();
        let rounding = memory.next_multiple_of(1 << 16) - memory;
        if 2 * data > rounding {
            16
        } else {
            0
        }
    }

    /// End of the non-zero part of the image.
    fn image_end(&self) -> usize {
        self.data.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1)
    }

    pub fn finish(mut self) -> Vec<u8> {
        if let Some(d) = self.dispatch {
            let body = self.dispatch_body();
            self.define(d, body);
        }
        let mut module = wasm_encoder::Module::new();
        let mut types = TypeSection::new();
        for (p, r) in &self.types {
            types.ty().function(p.iter().copied(), r.iter().copied());
        }
        module.section(&types);

        let mut imports = ImportSection::new();
        for (name, p, r) in &self.imports {
            let t = self.type_index[&(p.to_vec(), r.to_vec())];
            imports.import("mayfly", name, EntityType::Function(t));
        }
        module.section(&imports);

        let mut funcs = FunctionSection::new();
        for (t, _) in &self.funcs {
            funcs.function(*t);
        }
        module.section(&funcs);

        let page_log2 = self.page_size_log2();
        let min = (self.memory_bytes() as u64).div_ceil(1 << page_log2);
        let mut mems = wasm_encoder::MemorySection::new();
        mems.memory(MemoryType {
            minimum: min,
            maximum: None,
            memory64: false,
            shared: false,
            // The default (64 KiB) is written as no custom page size.
            page_size_log2: (page_log2 != 16).then_some(page_log2),
        });
        module.section(&mems);

        let mut globals = GlobalSection::new();
        for (ty, init) in &self.globals {
            let init = match ty {
                ValType::I64 => ConstExpr::i64_const(*init),
                ValType::F64 => ConstExpr::f64_const(f64::from_bits(*init as u64).into()),
                _ => ConstExpr::i32_const(*init as i32),
            };
            let gt = GlobalType {
                val_type: *ty,
                mutable: true,
                shared: false,
            };
            globals.global(gt, &init);
        }
        module.section(&globals);

        let mut exports = ExportSection::new();
        exports.export("memory", ExportKind::Memory, 0);
        for (name, f) in &self.exports {
            exports.export(name, ExportKind::Func, *f);
        }
        module.section(&exports);

        let mut code = CodeSection::new();
        for (_, body) in &self.funcs {
            match body {
                Some(f) => code.function(f),
                None => code.function(&unreachable_body()),
            };
        }
        module.section(&code);

        // One data segment: the image minus leading and trailing zeros
        // (memory starts zeroed).
        let end = self.image_end();
        if end > DATA_START as usize {
            let mut data = DataSection::new();
            let bytes = self.data[DATA_START as usize..end].to_vec();
            data.active(0, &ConstExpr::i32_const(DATA_START as i32), bytes);
            module.section(&data);
        }
        let mut names = wasm_encoder::NameMap::new();
        for (i, (name, _, _)) in self.imports.iter().enumerate() {
            names.append(i as u32, name);
        }
        let mut sorted = self.names.clone();
        sorted.sort();
        for (f, name) in &sorted {
            names.append(*f, name);
        }
        let mut section = wasm_encoder::NameSection::new();
        section.functions(&names);
        module.section(&section);
        module.finish()
    }
}

fn unreachable_body() -> Function {
    let mut f = Function::new([]);
    f.instruction(&wasm_encoder::Instruction::Unreachable);
    f.instruction(&wasm_encoder::Instruction::End);
    f
}

/// Validates with the features the host enables (wasmtime defaults plus
/// custom page sizes).
pub fn validate(bytes: &[u8]) -> Result<(), String> {
    let features =
        wasmparser::WasmFeatures::default() | wasmparser::WasmFeatures::CUSTOM_PAGE_SIZES;
    wasmparser::Validator::new_with_features(features)
        .validate_all(bytes)
        .map(|_| ())
        .map_err(|e| e.to_string())
}
