//! Per-function emission state: locals and cells, block depths for
//! break/continue/exception branches, and the helpers every emitter uses.

use super::{build_function, Body, Gen, NONE};
use ruff_text_size::TextRange;
use std::collections::{HashMap, HashSet};
use wasm_encoder::{BlockType, Function, Instruction as I, MemArg, ValType};

pub type R<T> = Result<T, String>;

pub fn mem(offset: u64, align: u32) -> MemArg {
    MemArg {
        offset,
        align,
        memory_index: 0,
    }
}

/// A try ... finally being compiled. A return, break or continue inside
/// it records which it is in `why` (1, 2, 3) and branches to `target`,
/// the end of the protected block, like an exception; after the finally
/// body a dispatch on `why` carries it on outwards.
pub struct Fin {
    pub target: u32,
    pub why: u32,
    /// `tries` inside this statement's own try level.
    pub tries: usize,
    /// How many loops enclose the statement.
    pub loops: usize,
    /// Which of return, break, continue leave through it.
    pub used: [bool; 3],
}

pub struct Fx {
    pub scope: usize,
    nparams: u32,
    locals: Vec<ValType>,
    /// Local variable → (wasm local, lives in a cell).
    pub vars: HashMap<String, (u32, bool)>,
    pub body: Vec<I<'static>>,
    pub depth: u32,
    fail: u32,
    pub handlers: Vec<u32>,
    /// (break target depth, continue target depth, tries active at loop)
    pub loops: Vec<(u32, u32, usize)>,
    pub tries: usize,
    /// Enclosing try ... finally statements, innermost last.
    pub fins: Vec<Fin>,
    /// Holds the value of a `return` while finally blocks run.
    pub ret: Option<u32>,
    /// Locals certainly bound where the code being emitted runs: the
    /// parameters and names assigned by top-level statements already
    /// emitted. Reads of them skip the UnboundLocalError check.
    pub assigned: HashSet<String>,
    /// Names the function may unbind (`del NAME`, `except ... as NAME`):
    /// never trusted as bound, since a loop can run a read after the del.
    pub may_unbind: HashSet<String>,
    /// The code is the Flask prelude's: builtin names are the builtins
    /// there, whatever the user's module binds (names.rs).
    pub in_prelude: bool,
    pub comps: Vec<(u32, Vec<String>)>,
    pub fname: Option<u32>,
    pub line: u32,
    pub returns_value: bool,
    /// Locals holding the exception of each enclosing except handler.
    pub caught: Vec<u32>,
    /// In a user function: the block whose end pops its traceback frame;
    /// a return branches there with its value.
    pub exit: Option<u32>,
    /// Local holding this call's frame-stack offset, restored on exit.
    pub frame_off: Option<u32>,
    /// For each except handler being compiled: the local holding the
    /// exception handled outside its try, how many loops enclose it, and
    /// its `as` name, unbound whenever the handler is left.
    pub handling_saved: Vec<(u32, usize, Option<HandlerName>)>,
    /// In a class body: the local holding the class being built and the
    /// names its body has bound so far (read from the class).
    pub class_body: Option<(u32, HashSet<String>)>,
    /// Compiling the ordinary path of a float tree (float_tree.rs):
    /// its subtrees are not fused again.
    pub no_fuse: bool,
    /// Locals the function assigns float-looking values (float_tree.rs).
    pub float_hint: HashSet<String>,
    /// Attribute caches by the read's range, shared by a float tree's two
    /// paths (float_tree.rs preset_cache).
    pub preset_ic: HashMap<ruff_text_size::TextRange, u32>,
    /// Compiling a generator's resume function (front/gen.rs).
    pub gen: Option<super::gen::GenCtx>,
}

/// The `as` name of an except handler, with where it was written.
pub type HandlerName = (String, TextRange);

impl Fx {
    pub fn new(scope: usize, nparams: u32, fname: Option<u32>) -> Fx {
        Fx {
            scope,
            nparams,
            locals: Vec::new(),
            vars: HashMap::new(),
            body: Vec::new(),
            depth: 0,
            fail: 0,
            handlers: Vec::new(),
            loops: Vec::new(),
            tries: 0,
            fins: Vec::new(),
            ret: None,
            assigned: HashSet::new(),
            may_unbind: HashSet::new(),
            in_prelude: false,
            comps: Vec::new(),
            fname,
            line: 0,
            returns_value: false,
            caught: Vec::new(),
            exit: None,
            frame_off: None,
            handling_saved: Vec::new(),
            class_body: None,
            no_fuse: false,
            float_hint: HashSet::new(),
            preset_ic: HashMap::new(),
            gen: None,
        }
    }

    pub fn emit(&mut self, i: I<'static>) {
        self.body.push(i);
    }

    /// How many locals the function has beyond its parameters so far.
    pub fn local_count(&self) -> usize {
        self.locals.len()
    }

    pub fn tmp(&mut self, ty: ValType) -> u32 {
        self.locals.push(ty);
        self.nparams + self.locals.len() as u32 - 1
    }

    pub fn block(&mut self, bt: BlockType) {
        self.emit(I::Block(bt));
        self.depth += 1;
    }
    pub fn loop_(&mut self) {
        self.emit(I::Loop(BlockType::Empty));
        self.depth += 1;
    }
    pub fn if_(&mut self, bt: BlockType) {
        self.emit(I::If(bt));
        self.depth += 1;
    }
    pub fn end(&mut self) {
        self.emit(I::End);
        self.depth -= 1;
    }
    pub fn br(&mut self, target: u32) {
        self.emit(I::Br(self.depth - target));
    }
    pub fn br_if(&mut self, target: u32) {
        self.emit(I::BrIf(self.depth - target));
    }

    /// A statement at the body's top level (in no block or loop) runs
    /// before every statement after it: an assignment there binds for all
    /// of them.
    pub fn at_top_level(&self) -> bool {
        // A generator's statement skipped while resuming is still at the
        // top level inside its guard.
        let guard = self.gen.as_ref().is_some_and(|c| c.top_guard) as u32;
        self.depth == self.fail + guard && self.loops.is_empty()
    }

    /// Records that `name` is bound from here on, unless the function may
    /// unbind it.
    pub fn mark_assigned(&mut self, name: String) {
        if !self.may_unbind.contains(&name) {
            self.assigned.insert(name);
        }
    }

    /// Where a raised exception goes: the innermost handler or out.
    pub fn exc_target(&self) -> u32 {
        *self.handlers.last().unwrap_or(&self.fail)
    }

    pub fn set_loc(&mut self, g: &mut Gen, line: u32) -> R<()> {
        let lg = g.rt_global("loc_line")?;
        self.emit(I::I32Const(line as i32));
        self.emit(I::GlobalSet(lg));
        self.line = line;
        Ok(())
    }

    pub fn set_func(&mut self, g: &mut Gen) -> R<()> {
        let fg = g.rt_global("loc_func")?;
        self.emit(I::I32Const(self.fname.unwrap_or(0) as i32));
        self.emit(I::GlobalSet(fg));
        Ok(())
    }

    /// Branches to the exception target if a raise is pending (only
    /// programs with a try need this: otherwise a raise traps at once).
    pub fn check(&mut self, g: &mut Gen) -> R<()> {
        if g.try_mode {
            let e = g.rt_global("exc")?;
            self.emit(I::GlobalGet(e));
            self.emit(I::I64Const(0));
            self.emit(I::I64Ne);
            let t = self.exc_target();
            self.br_if(t);
        }
        Ok(())
    }

    pub fn call_checked(&mut self, g: &mut Gen, f: u32) -> R<()> {
        self.emit(I::Call(f));
        self.check(g)
    }

    pub fn call_rt(&mut self, g: &mut Gen, name: &str) -> R<()> {
        let f = g.rt(name)?;
        self.call_checked(g, f)
    }

    /// After a call into user code: restore this frame's location.
    pub fn user_call_done(&mut self, g: &mut Gen) -> R<()> {
        self.check(g)?;
        self.set_func(g)?;
        let line = self.line;
        self.set_loc(g, line)
    }

    pub fn enter_body(&mut self, g: &mut Gen) -> R<()> {
        self.block(BlockType::Empty);
        self.fail = self.depth;
        self.set_func(g)
    }

    /// Ends a function whose exceptions end the request (init, handle).
    pub fn finish_void(mut self, g: &mut Gen) -> R<Function> {
        self.emit(I::Return);
        self.end();
        if g.try_mode {
            let f = g.rt("uncaught")?;
            self.emit(I::Call(f));
        }
        self.emit(I::Unreachable);
        self.emit(I::End);
        Ok(build_function(&self.locals, &self.body))
    }

    /// Ends a user function: falling off returns None; a pending
    /// exception returns 0 (callers check `exc`). Every way out passes
    /// the end of the exit block, which pops the traceback frame.
    pub fn finish_value(self, g: &mut Gen) -> R<Function> {
        let (locals, body) = self.finish_parts(g)?;
        Ok(build_function(&locals, &body))
    }

    /// finish_value's locals and code, before they become a Function.
    pub fn finish_parts(mut self, g: &mut Gen) -> R<(Vec<ValType>, Vec<I<'static>>)> {
        self.emit(I::I64Const(NONE));
        self.leave_function();
        self.end();
        self.emit(I::I64Const(0));
        self.end();
        // The offset, not the address: the stack may have moved (grown),
        // and frames an exception skipped (comprehensions) go as well.
        let off = self.frame_off.ok_or("frame offset")?;
        self.tb_restore(g, off)?;
        self.emit(I::End);
        Ok(self.into_parts())
    }

    pub fn into_parts(self) -> (Vec<ValType>, Vec<I<'static>>) {
        (self.locals, self.body)
    }

    /// Pushes i32 tb_sp - tb_base (the frame stack's depth in bytes).
    pub fn tb_offset(&mut self, g: &mut Gen) -> R<()> {
        let (sp, base) = (g.rt_global("tb_sp")?, g.rt_global("tb_base")?);
        self.emit(I::GlobalGet(sp));
        self.emit(I::GlobalGet(base));
        self.emit(I::I32Sub);
        Ok(())
    }

    /// tb_sp = tb_base + the offset in local `off`.
    pub fn tb_restore(&mut self, g: &mut Gen, off: u32) -> R<()> {
        let (sp, base) = (g.rt_global("tb_sp")?, g.rt_global("tb_base")?);
        self.emit(I::GlobalGet(base));
        self.emit(I::LocalGet(off));
        self.emit(I::I32Add);
        self.emit(I::GlobalSet(sp));
        Ok(())
    }

    /// Returns the i64 on the stack from the function (through the exit
    /// block of a user function).
    pub fn leave_function(&mut self) {
        match self.exit {
            Some(exit) => self.br(exit),
            None => self.emit(I::Return),
        }
    }

    pub fn raise_const(&mut self, g: &mut Gen, kind: i32, msg: &str) -> R<()> {
        let s = g.m.str_const(msg);
        self.emit(I::I32Const(kind));
        self.emit(I::I32Const(s as i32));
        self.call_rt(g, "raise_")?;
        // Unreached unless inside a try, where check() already branched.
        Ok(())
    }
}

/// Compiles a def or lambda body into its direct-call function.
pub fn compile_function<'a>(g: &mut Gen<'a>, scope: usize, body: &Body<'a>) -> R<Function> {
    if super::gen::is_generator(body) {
        return super::gen::compile_generator(g, scope, body);
    }
    let sc = &g.scopes.list[scope];
    let params = sc.params.clone();
    let locals = sc.locals.clone();
    let cells = sc.cells.clone();
    let name = sc.name.clone();
    let fname = g.m.str_const(&name);
    let mut fx = Fx::new(scope, 1 + params.len() as u32, Some(fname));
    if let Body::Def(d) = body {
        fx.may_unbind = unbound_names(&d.body);
        fx.float_hint = super::float_tree::float_hints(&d.body);
        fx.in_prelude = g.in_prelude(d.range);
    }
    if let Some(comps) = g.scopes.lambda_comps.get(&scope) {
        fx.comps = comps.clone();
    }
    for (i, p) in params.iter().enumerate() {
        fx.vars.insert(p.clone(), (1 + i as u32, false));
        fx.mark_assigned(p.clone());
    }
    fx.enter_frame(g, fname)?;
    fx.bind_locals(g, &locals, &cells, false)?;
    fx.returns_value = true;
    match body {
        Body::Def(d) => {
            let d: &'a ruff_python_ast::StmtFunctionDef = d;
            for s in &d.body {
                fx.stmt(g, s)?;
            }
        }
        Body::Lambda(l) => {
            let l: &'a ruff_python_ast::ExprLambda = l;
            fx.set_loc(g, g.line_of(l.range))?;
            fx.expr(g, &l.body)?;
            fx.leave_function();
        }
        Body::GenExp(_) => return Err("a generator expression is a generator".into()),
    }
    fx.finish_value(g)
}

impl Fx {
    /// A user function's prologue: the exit block every way out passes
    /// (it pops the traceback frame), the frame pushed, the body block.
    pub fn enter_frame(&mut self, g: &mut Gen, fname: u32) -> R<()> {
        self.block(BlockType::Result(ValType::I64));
        self.exit = Some(self.depth);
        let off = self.tmp(ValType::I32);
        self.tb_offset(g)?;
        self.emit(I::LocalSet(off));
        self.frame_off = Some(off);
        self.emit(I::I32Const(fname as i32));
        let push = g.rt("tb_push")?;
        self.emit(I::Call(push));
        if !g.try_mode {
            // Outside any try, tb_push's RecursionError ends the request.
            self.emit(I::Drop);
            return self.enter_body(g);
        }
        let over = self.tmp(ValType::I32);
        self.emit(I::LocalSet(over));
        self.enter_body(g)?;
        self.emit(I::LocalGet(over));
        let fail = self.fail;
        self.br_if(fail);
        Ok(())
    }

    /// Gives each local of the scope a Wasm local, or a cell (made here,
    /// holding the parameter of that name if there is one) when an inner
    /// function captures it. `once`: a generator makes its cells on its
    /// first run only (later runs load their addresses back).
    pub fn bind_locals(
        &mut self,
        g: &mut Gen,
        locals: &[String],
        cells: &HashSet<String>,
        once: bool,
    ) -> R<()> {
        if once {
            self.skip_when_resuming()?;
        }
        let alloc = g.rt("alloc")?;
        for l in locals {
            if cells.contains(l) {
                let c = self.tmp(ValType::I32);
                self.emit(I::I32Const(8));
                self.emit(I::Call(alloc));
                self.emit(I::LocalSet(c));
                self.emit(I::LocalGet(c));
                match self.vars.get(l).copied() {
                    Some((pi, _)) => self.emit(I::LocalGet(pi)),
                    None => self.emit(I::I64Const(0)),
                }
                self.emit(I::I64Store(mem(0, 3)));
                self.vars.insert(l.clone(), (c, true));
            } else if !self.vars.contains_key(l) {
                let v = self.tmp(ValType::I64);
                self.vars.insert(l.clone(), (v, false));
            }
        }
        if once {
            self.end();
        }
        Ok(())
    }
}

/// The names a function body may unbind: `del NAME` targets and the
/// names of `except ... as NAME` (unbound when the handler ends). Nested
/// defs and lambdas have their own locals and are not entered.
pub(super) fn unbound_names(body: &[ruff_python_ast::Stmt]) -> HashSet<String> {
    use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
    use ruff_python_ast::{ExceptHandler, Expr, Stmt};
    struct V(HashSet<String>);
    impl V {
        fn target(&mut self, e: &Expr) {
            match e {
                Expr::Name(n) => {
                    self.0.insert(n.id.to_string());
                }
                Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
                Expr::List(l) => l.elts.iter().for_each(|e| self.target(e)),
                _ => {}
            }
        }
    }
    impl<'a> Visitor<'a> for V {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => return,
                Stmt::Delete(d) => d.targets.iter().for_each(|t| self.target(t)),
                _ => {}
            }
            walk_stmt(self, s);
        }
        fn visit_except_handler(&mut self, h: &'a ExceptHandler) {
            let ExceptHandler::ExceptHandler(inner) = h;
            if let Some(n) = &inner.name {
                self.0.insert(n.to_string());
            }
            ruff_python_ast::visitor::walk_except_handler(self, h);
        }
        fn visit_expr(&mut self, e: &'a Expr) {
            if !matches!(e, Expr::Lambda(_)) {
                walk_expr(self, e);
            }
        }
    }
    let mut v = V(HashSet::new());
    for s in body {
        v.visit_stmt(s);
    }
    v.0
}
