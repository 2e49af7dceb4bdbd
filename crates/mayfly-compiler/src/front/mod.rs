//! Python program → module. `scope` resolves names; `fx` holds the
//! per-function emission state; `stmt`, `expr`, `call` and `builtins`
//! emit code; the runtime they call lives in `crate::runtime` (compiled
//! on demand by `crate::lowlevel`).

mod attr;
mod attr_fast;
mod attribute;
mod bigint;
mod builtin_values;
mod builtins;
mod call;
mod class;
mod codec_check;
mod comp;
mod cpython_names;
mod dataclass;
mod decorate;
mod entry;
mod enums;
mod expr;
mod fast;
mod fast_seq;
mod float_tree;
mod flow;
mod fstring;
mod fstring_check;
mod ftmod;
mod fx;
mod gen;
mod gen_flow;
mod imports;
mod match_check;
mod match_stmt;
mod methods;
mod modcall;
mod namedtuple;
mod names;
mod never_run;
mod percent;
mod re_check;
mod scope;
mod set;
mod stdabc;
mod stdcodecs;
mod stdhash;
mod stdmod;
mod stdrandom;
mod stdre;
mod stdstats;
mod stdurl;
mod stduuid;
mod stdweb;
mod stmt;
mod strformat;
mod sysmod;
mod template;
mod with_stmt;

use crate::lowlevel::Linker;
use crate::module::{self, Module};
use fx::Fx;
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange};
use scope::Scopes;
use std::collections::HashMap;
use wasm_encoder::{Function, Instruction as I, ValType};

pub use crate::layout::{FALSE, NONE, TRUE};

/// A user function or lambda, as the call sites see it.
#[derive(Clone)]
pub struct FuncMeta {
    pub direct: u32,
    pub generic: u32,
    pub table_slot: u32,
    /// Every parameter of the direct entry: the positional ones, then
    /// the *args tuple and the **kwargs dict when the def has them.
    pub params: Vec<String>,
    pub ndefaults: usize,
    /// How many of `params` are positional; then `nkw` keyword-only ones,
    /// then *args and **kwargs.
    pub npos: usize,
    pub nkw: usize,
    pub vararg: bool,
    pub kwarg: bool,
    /// How many of the positional ones are positional-only (before `/`).
    pub nposonly: usize,
}

pub enum Body<'a> {
    Def(&'a ast::StmtFunctionDef),
    Lambda(&'a ast::ExprLambda),
    /// A generator expression that is a value (front/gen.rs).
    GenExp(&'a ast::ExprGenerator),
}

pub struct Gen<'a> {
    pub m: Module,
    pub l: Linker,
    pub scopes: Scopes,
    pub diags: Vec<(TextRange, String)>,
    pub global_slots: HashMap<String, u32>,
    pub funcs: HashMap<usize, FuncMeta>,
    pub pending: Vec<(usize, Body<'a>)>,
    /// The program has a try statement: calls check for a pending exception.
    pub try_mode: bool,
    /// The program does `import time` (and so imports the host's clock).
    pub imports_time: bool,
    /// The program does `import math` (and imports the host's libm).
    pub imports_math: bool,
    /// The modules of stdmod::STD_MODULES the program imports by name.
    pub std_imports: std::collections::HashSet<String>,
    /// Every module the program imports by name (`import json`): such a
    /// name read as a value is a compile error (names.rs).
    pub module_imports: std::collections::HashSet<String>,
    /// Static objects of the builtins named as values, by name.
    pub builtin_objects: HashMap<String, u32>,
    /// The static slot of each class, read by `super()` in its methods.
    pub class_slots: HashMap<String, u32>,
    /// Module-level defs only the never-run `__main__` block calls: not
    /// compiled (never_run::unreachable_defs).
    pub dead_defs: std::collections::HashSet<String>,
    line_starts: Vec<usize>,
    src: &'a str,
    /// Where the Flask prelude begins in `src` (a Flask program): its code
    /// calls the builtins even where the user's module rebinds a name
    /// (`def list():` as a route).
    pub prelude_from: Option<usize>,
}

pub fn compile_program(
    src: &str,
    file: &str,
    body: &[Stmt],
    prelude_from: Option<usize>,
) -> Result<Vec<u8>, Vec<(TextRange, String)>> {
    let internal = |e: String| {
        vec![(
            TextRange::default(),
            format!("internal compiler error: {e}"),
        )]
    };
    let scopes = scope::analyze(body);
    let natives = ftmod::imports_natives(body);
    let scopes = ftmod::with_native_attrs(scopes, natives);
    // Class objects (and getattr & co.) link runtime/class.py and
    // dunder.py; a method that raises (StopIteration from __next__, an
    // error in __eq__ called from a dict) relies on callers checking for
    // a pending exception, as in a program with a try.
    let classes = scopes.has_classes
        || !scopes.user_attrs.is_empty()
        || [
            "getattr",
            "setattr",
            "hasattr",
            "delattr",
            "issubclass",
            ".args",
            "__class__",
            "__cause__",
            "__context__",
            "__suppress_context__",
        ]
        .iter()
        .any(|n| src.contains(n));
    // functools' and operator's objects answer attribute reads through
    // the class machinery's lookups (runtime/native.py).
    let classes = classes || natives;
    let dead_defs = never_run::unreachable_defs(body, &scopes.global_bindings);
    let mut linker = Linker::new().map_err(internal)?;
    linker.classes = classes;
    // A generator's exceptions come back to its resumer (runtime/gen.py),
    // which callers then see pending, as in a program with a try.
    let generators = scopes.has_generators;
    linker.generators = generators;
    linker.map_filter = scopes.calls_map_filter;
    linker.collections = imports_module(body, "collections");
    linker.itertools = imports_module(body, "itertools");
    linker.random = imports_module(body, "random");
    linker.re = imports_module(body, "re");
    linker.hashlib = imports_module(body, "hashlib") || imports_module(body, "hmac");
    linker.urlparse = imports_module(body, stdurl::MODULE);
    linker.uuid = imports_module(body, "uuid");
    linker.hashes = linker.hashlib || linker.uuid;
    linker.structs = imports_module(body, "struct");
    linker.stats = imports_module(body, stdstats::MODULE);
    linker.abcs = imports_module(body, stdabc::MODULE);
    linker.news = scopes.user_attrs.contains("__new__");
    linker.initsub = scopes.user_attrs.contains("__init_subclass__");
    linker.setattrs =
        scopes.user_attrs.contains("__setattr__") || scopes.user_attrs.contains("__delattr__");
    linker.datetime = crate::datetime::has_prelude(body);
    linker.namedtuples = scopes.has_namedtuples;
    linker.enums = imports_module(body, "enum");
    linker.pct_run = percent::may_format_at_run_time(body);
    // By the text, conservatively: a false positive costs only size.
    linker.zip_strict = src.contains("strict");
    linker.range_ops = src.contains("range");
    linker.functools = imports_module(body, "functools");
    linker.operator = imports_module(body, "operator");
    linker.natives = linker.functools || linker.operator;
    linker.sets = set::uses_sets(body);
    linker.longs = bigint::may_make_longs(body);
    let mut g = Gen {
        m: Module::new(&optional_imports(body)),
        l: linker,
        diags: scopes.errors.clone(),
        scopes,
        global_slots: HashMap::new(),
        funcs: HashMap::new(),
        pending: Vec::new(),
        try_mode: has_try(body) || classes || generators,
        imports_time: imports_module(body, "time"),
        imports_math: imports_module(body, "math"),
        std_imports: stdmod::STD_MODULES
            .iter()
            .filter(|m| imports_by_name(body, m))
            .map(|m| m.to_string())
            .collect(),
        module_imports: ["json", "math", "time"]
            .iter()
            .chain(stdmod::STD_MODULES)
            .filter(|m| imports_by_name(body, m))
            .map(|m| m.to_string())
            .collect(),
        builtin_objects: HashMap::new(),
        class_slots: HashMap::new(),
        dead_defs,
        line_starts: std::iter::once(0)
            .chain(src.match_indices('\n').map(|(i, _)| i + 1))
            .collect(),
        src,
        prelude_from,
    };
    for name in g.scopes.globals.clone() {
        let slot = g.m.reserve(8);
        g.global_slots.insert(name, slot);
    }
    let init = g.m.declare(vec![], vec![]);
    let handle = g.m.declare(vec![], vec![]);
    g.m.export("mayfly_init", init);
    g.m.export("mayfly_handle", handle);
    let fstring_errors = fstring_check::check(src, body);
    g.diags.extend(fstring_errors);
    if let Err(e) = g.build(init, handle, body, file) {
        // Reported errors first: an internal one after them is usually
        // their consequence.
        return Err(if g.diags.is_empty() {
            internal(e)
        } else {
            g.diags
        });
    }
    if !g.diags.is_empty() {
        return Err(g.diags);
    }
    g.l.drain(&mut g.m).map_err(internal)?;
    // The rt globals get their real initial values only now.
    if let Some(h) = g.l.global_index("heap") {
        let start = g.m.heap_start();
        g.m.set_global_init(h, start as i64);
    }
    if let Some(p) = g.l.global_index("page_shift") {
        let shift = g.m.page_size_log2();
        g.m.set_global_init(p, shift as i64);
    }
    let bytes = g.m.finish();
    module::validate(&bytes).map_err(|e| internal(format!("invalid module: {e}")))?;
    Ok(bytes)
}

/// The host imports the program may call (module::OPTIONAL_IMPORTS).
fn optional_imports(body: &[Stmt]) -> Vec<&'static str> {
    let mut out = Vec::new();
    // random's pareto, weibull and gamma distributions compute `**`.
    let random = imports_module(body, "random");
    if uses_pow(body) || random {
        out.push("f64_pow");
    }
    // operator.pow can be passed anywhere, as the pow builtin can.
    if !out.contains(&"f64_pow") && imports_module(body, "operator") {
        out.push("f64_pow");
    }
    if imports_module(body, "time") || crate::datetime::uses_clock(body) {
        out.push("clock_ns");
    }
    if imports_module(body, "math") || random {
        out.push("f64_math");
    }
    if random || imports_module(body, "secrets") || imports_module(body, "uuid") {
        out.push("entropy");
    }
    out
}

/// Some `import NAME` statement, at any depth.
/// `import name` somewhere in the program.
fn imports_by_name(body: &[Stmt], name: &str) -> bool {
    find_import(body, name, false)
}

/// `import name` or `from name import ...` somewhere in the program.
fn imports_module(body: &[Stmt], name: &str) -> bool {
    find_import(body, name, true)
}

fn find_import(body: &[Stmt], name: &str, from_too: bool) -> bool {
    use ruff_python_ast::statement_visitor::{walk_stmt, StatementVisitor};
    struct V<'n>(&'n str, bool, bool);
    impl<'a> StatementVisitor<'a> for V<'_> {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::Import(i) => self.2 |= i.names.iter().any(|a| a.name.as_str() == self.0),
                Stmt::ImportFrom(i) if self.1 => {
                    self.2 |= i.module.as_ref().is_some_and(|m| m.as_str() == self.0)
                }
                _ => {}
            }
            walk_stmt(self, s);
        }
    }
    let mut v = V(name, from_too, false);
    v.visit_body(body);
    v.2
}

/// The program may compute a float power (`**`, `**=` or the `pow`
/// builtin, called or passed): only then does it import `f64_pow`.
fn uses_pow(body: &[Stmt]) -> bool {
    use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
    struct V(bool);
    impl<'a> Visitor<'a> for V {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if let Stmt::AugAssign(a) = s {
                self.0 |= a.op == ast::Operator::Pow;
            }
            walk_stmt(self, s);
        }
        fn visit_expr(&mut self, e: &'a ast::Expr) {
            match e {
                ast::Expr::BinOp(b) if b.op == ast::Operator::Pow => self.0 = true,
                ast::Expr::Name(n) if n.id.as_str() == "pow" => self.0 = true,
                _ => walk_expr(self, e),
            }
        }
    }
    let mut v = V(false);
    v.visit_body(body);
    v.0
}

fn has_try(body: &[Stmt]) -> bool {
    use ruff_python_ast::statement_visitor::{walk_stmt, StatementVisitor};
    struct V(bool);
    impl<'a> StatementVisitor<'a> for V {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            if matches!(s, Stmt::Try(_)) {
                self.0 = true;
            }
            walk_stmt(self, s);
        }
    }
    let mut v = V(false);
    v.visit_body(body);
    v.0
}

impl<'a> Gen<'a> {
    /// Whether code at `r` is the Flask prelude's.
    pub fn in_prelude(&self, r: TextRange) -> bool {
        self.prelude_from
            .is_some_and(|p| usize::from(r.start()) >= p)
    }

    pub fn error(&mut self, r: TextRange, msg: impl Into<String>) {
        self.diags.push((r, msg.into()));
    }

    pub fn line_of(&self, r: TextRange) -> u32 {
        let off = r.start().to_usize();
        match self.line_starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    pub fn rt(&mut self, name: &str) -> Result<u32, String> {
        self.l.func(&mut self.m, name)
    }

    pub fn rt_global(&mut self, name: &str) -> Result<u32, String> {
        self.l
            .global(&mut self.m, name)?
            .map(|(g, _)| g)
            .ok_or(format!("no rt global {name}"))
    }

    fn build(
        &mut self,
        init: u32,
        handle: u32,
        body: &'a [Stmt],
        file: &str,
    ) -> Result<(), String> {
        let src_file = self.m.str_const(file);
        let g = self.rt_global("src_file")?;
        self.m.set_global_init(g, src_file as i64);
        let _ = self.src;

        for s in body {
            if let Stmt::FunctionDef(d) = s {
                if !self.dead_defs.contains(d.name.as_str()) {
                    self.declare_function(d.range, Body::Def(d))?;
                }
            }
        }
        // Module code and on_init run in mayfly_init.
        let mut fx = Fx::new(0, 0, None);
        fx.enter_body(self)?;
        for s in body {
            fx.in_prelude = self.in_prelude(s.range());
            fx.stmt(self, s)?;
        }
        fx.in_prelude = false;
        if let Some(d) = self
            .module_def("on_init", body)
            .and_then(|d| d.decorator_list.first())
        {
            self.error(
                d.range(),
                "decorators on on_init are not supported (the server calls the def itself)",
            );
        } else if self.global_slots.contains_key("on_init") {
            fx.call_global_noargs(self, "on_init", TextRange::default())?;
            fx.emit(I::Drop);
        }
        // What init allocated came out of the arena slack: restore it.
        let keep_slack = self.rt("keep_slack")?;
        fx.emit(I::I32Const(crate::module::ARENA_SLACK as i32));
        fx.emit(I::I32Const(crate::module::HOST_PAGE as i32));
        fx.emit(I::Call(keep_slack));
        let f = fx.finish_void(self)?;
        self.m.define(init, f);

        // Each request: call on_client_request and send what it returns.
        // loc_func -1 marks the host's entry: it is no Python frame. The
        // traceback frame stack of init is not carried into requests.
        let mut fx = Fx::new(0, 0, Some(u32::MAX));
        for name in ["tb_base", "tb_sp", "tb_end"] {
            let gl = self.rt_global(name)?;
            fx.emit(I::I32Const(0));
            fx.emit(I::GlobalSet(gl));
        }
        // A request's epoch: random's generator, if init seeded it from
        // entropy, is seeded afresh in each request (runtime/mt.py).
        if imports_module(body, "random") {
            let gl = self.rt_global("rand_epoch")?;
            fx.emit(I::I32Const(1));
            fx.emit(I::GlobalSet(gl));
        }
        fx.enter_body(self)?;
        let Some(handler) = self.module_def("on_client_request", body) else {
            self.error(
                TextRange::default(),
                "the program must define on_client_request()",
            );
            return Ok(());
        };
        if let Some(d) = handler.decorator_list.first() {
            self.error(d.range(), "decorators on on_client_request are not supported (the server calls the def itself)");
            return Ok(());
        }
        let nparams = handler.parameters.args.len();
        if nparams > 1 {
            self.error(
                handler.range(),
                "on_client_request takes no parameter or one (the request)",
            );
        }
        if nparams == 1 {
            let req = self.rt("request_obj")?;
            fx.global_get(self, "on_client_request", handler.range())?;
            fx.emit(I::I32WrapI64);
            fx.emit(I::Call(req));
            let meta = self
                .funcs_by_name("on_client_request")
                .ok_or("handler meta")?;
            fx.call_checked(self, meta.direct)?;
        } else {
            fx.call_global_noargs(self, "on_client_request", handler.range())?;
        }
        let respond = self.rt("respond")?;
        fx.call_checked(self, respond)?;
        let f = fx.finish_void(self)?;
        self.m.define(handle, f);

        while let Some((scope, body)) = self.pending.pop() {
            let f = fx::compile_function(self, scope, &body)?;
            let meta = self.funcs[&scope].clone();
            self.m.define(meta.direct, f);
            let generic = entry::generic_entry(self, &meta)?;
            self.m.define(meta.generic, generic);
        }
        Ok(())
    }

    fn module_def(&self, name: &str, body: &'a [Stmt]) -> Option<&'a ast::StmtFunctionDef> {
        body.iter().rev().find_map(|s| match s {
            Stmt::FunctionDef(f) if f.name.as_str() == name => Some(f),
            _ => None,
        })
    }

    pub fn funcs_by_name(&self, name: &str) -> Option<FuncMeta> {
        let idx = self.scopes.list.iter().position(|s| {
            s.name == name && s.parent == Some(0) && s.class.is_none() && !s.decorated
        })?;
        self.funcs.get(&idx).cloned()
    }

    /// Declares a def/lambda (bodies are compiled after the current
    /// function) and returns its metadata.
    pub fn declare_function(
        &mut self,
        node: TextRange,
        body: Body<'a>,
    ) -> Result<FuncMeta, String> {
        let scope = *self
            .scopes
            .by_start
            .get(&node.start().to_u32())
            .ok_or("scope of function")?;
        if let Some(m) = self.funcs.get(&scope) {
            return Ok(m.clone());
        }
        let params = self.scopes.list[scope].params.clone();
        let ps: Option<&ast::Parameters> = match &body {
            Body::Def(d) => Some(&d.parameters),
            Body::Lambda(l) => l.parameters.as_deref(),
            Body::GenExp(_) => None,
        };
        let vararg = ps.is_some_and(|p| p.vararg.is_some());
        let kwarg = ps.is_some_and(|p| p.kwarg.is_some());
        let nkw = ps.map_or(0, |p| p.kwonlyargs.len());
        let npos = params.len() - vararg as usize - kwarg as usize - nkw;
        let ndefaults = ps.map_or(0, |p| {
            p.posonlyargs
                .iter()
                .chain(&p.args)
                .filter(|x| x.default.is_some())
                .count()
        });
        let nposonly = ps.map_or(0, |p| p.posonlyargs.len());
        let mut sig = vec![ValType::I32];
        sig.extend(params.iter().map(|_| ValType::I64));
        let direct = self.m.declare(sig, vec![ValType::I64]);
        let generic = self.m.declare(vec![ValType::I32; 3], vec![ValType::I64]);
        let name = format!("py:{}", self.scopes.list[scope].name);
        self.m.name(direct, &name);
        self.m.name(generic, &format!("{name}:generic"));
        let table_slot = self.m.table_slot(generic);
        let meta = FuncMeta {
            direct,
            generic,
            table_slot,
            params,
            ndefaults,
            npos,
            nkw,
            vararg,
            kwarg,
            nposonly,
        };
        self.funcs.insert(scope, meta.clone());
        self.pending.push((scope, body));
        Ok(meta)
    }
}

/// Builds a function body from instructions and extra locals.
pub fn build_function(locals: &[ValType], body: &[I<'static>]) -> Function {
    let mut f = Function::new(locals.iter().map(|t| (1u32, *t)));
    for i in body {
        f.instruction(i);
    }
    f
}
