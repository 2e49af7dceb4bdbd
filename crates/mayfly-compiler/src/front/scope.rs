//! Name resolution, the first lowering step: every function and lambda
//! gets a scope saying which names are its locals, which of those live
//! in cells (captured by an inner function), and which it captures from
//! an enclosing function (its free variables, in closure-env order).
//!
//! Comprehension variables are local to the comprehension, as in
//! Python 3: they are renamed `name#offset` inside the enclosing scope.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

#[derive(Default, Debug)]
pub struct Scope {
    pub name: String,
    pub parent: Option<usize>,
    pub params: Vec<String>,
    /// Bound names in first-binding order (params first).
    pub locals: Vec<String>,
    pub declared_global: HashSet<String>,
    /// `nonlocal` names: the enclosing function's variables (cells),
    /// which this one reads and binds through its free variables.
    pub declared_nonlocal: HashSet<String>,
    pub cells: HashSet<String>,
    pub frees: Vec<String>,
    refs: HashSet<String>,
    /// A method: the class whose body defines it (for `super()`, private
    /// names and its qualified name).
    pub class: Option<String>,
    /// A def with decorators: its name holds what they return, so calls
    /// go through the value, never straight to the function.
    pub decorated: bool,
}

impl Scope {
    pub fn is_local(&self, n: &str) -> bool {
        !self.declared_global.contains(n) && self.locals.iter().any(|l| l == n)
    }
    fn bind(&mut self, n: &str) {
        if !self.locals.iter().any(|l| l == n) {
            self.locals.push(n.to_string());
        }
    }
}

#[derive(Default)]
pub struct Scopes {
    pub list: Vec<Scope>,
    /// Scope of each def/lambda, keyed by the start offset of its node.
    pub by_start: HashMap<u32, usize>,
    /// Module-level variables (module bindings plus `global` names).
    pub globals: Vec<String>,
    /// How many times each module-level name is bound anywhere; a name
    /// bound once by a module-level def can be called directly.
    pub global_bindings: HashMap<String, u32>,
    /// Names bound by comprehension targets, keyed by comprehension start.
    pub comp_names: HashMap<u32, Vec<String>>,
    /// (range, message) for lambdas capturing comprehension variables.
    pub errors: Vec<(TextRange, String)>,
    /// Names bound by `import typing` and `from typing import ...`, with
    /// what they name (`typing.List`). Annotations are never evaluated,
    /// so these bind nothing; a use outside an annotation is refused.
    pub typing_names: HashMap<String, String>,
    /// Attribute names a user object may have: names bound in class
    /// bodies and every `x.name = ...` target. Reading any other
    /// attribute can only be a builtin type's, which is checked when
    /// compiling it.
    pub user_attrs: HashSet<String>,
    /// The program defines a class.
    pub has_classes: bool,
    /// The program makes named tuples (scope/namedtuple.rs).
    pub has_namedtuples: bool,
    /// Names bound by `from dataclasses import ...` and `import
    /// dataclasses`, with what they name: used at compile time only
    /// (`@dataclass`, `field(...)` in a dataclass body), so they bind
    /// nothing either.
    pub dataclass_names: HashMap<String, String>,
    /// Generator expressions that are values (generator objects), by
    /// start offset; the others are compiled inline by their consumer
    /// (gen::inline_genexp).
    pub lazy_genexps: HashSet<u32>,
    /// The program makes generators (a def with yield, or a lazy genexp).
    pub has_generators: bool,
    /// The program calls `map` or `filter` (by those names).
    pub calls_map_filter: bool,
    /// Names bound by `from math import ...` and `from time import ...`:
    /// compile-time aliases of `module.attr` (calls of its functions,
    /// its constants), binding nothing.
    pub module_names: HashMap<String, (String, String)>,
    /// For a lambda inside comprehensions: their variables it can see
    /// (renamed `name#offset`, as in the enclosing function).
    pub lambda_comps: HashMap<usize, Vec<(u32, Vec<String>)>>,
}

struct Analyzer {
    s: Scopes,
    cur: usize,
    comps: Vec<(u32, Vec<String>)>,
    /// Generator expressions their consumer compiles inline.
    inline_genexps: HashSet<u32>,
    /// Where each scope's `nonlocal` names were declared.
    nonlocal_at: HashMap<(usize, String), TextRange>,
}

/// Modules whose names programs use in annotations: `typing`,
/// `typing_extensions` and the abstract classes of `collections.abc`
/// (`Callable`, `Iterable`, ...). Their names are accepted there only.
pub fn is_typing_module(name: &str) -> bool {
    matches!(name, "typing" | "typing_extensions" | "collections.abc")
}

pub fn analyze(body: &[Stmt]) -> Scopes {
    let mut a = Analyzer {
        s: Scopes::default(),
        cur: 0,
        comps: Vec::new(),
        inline_genexps: HashSet::new(),
        nonlocal_at: HashMap::new(),
    };
    a.s.list.push(Scope {
        name: "<module>".into(),
        ..Default::default()
    });
    for st in body {
        a.visit_stmt(st);
    }
    a.resolve();
    a.s
}

pub fn target_names(e: &Expr, out: &mut Vec<String>) {
    match e {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(t) => t.elts.iter().for_each(|x| target_names(x, out)),
        Expr::List(t) => t.elts.iter().for_each(|x| target_names(x, out)),
        Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

mod namedtuple;
mod nested;

impl Analyzer {
    fn mangle(&self, n: &str) -> Option<String> {
        for (start, names) in self.comps.iter().rev() {
            if names.iter().any(|x| x == n) {
                return Some(format!("{n}#{start}"));
            }
        }
        None
    }

    fn bind(&mut self, n: &str) {
        let name = self.mangle(n).unwrap_or_else(|| n.to_string());
        let cur = self.cur;
        if cur == 0 && !name.contains('#') {
            *self.s.global_bindings.entry(name.clone()).or_default() += 1;
            if !self.s.globals.contains(&name) {
                self.s.globals.push(name);
            }
            return;
        }
        if self.s.list[cur].declared_global.contains(&name) {
            *self.s.global_bindings.entry(name).or_default() += 1;
            return;
        }
        if self.s.list[cur].declared_nonlocal.contains(&name) {
            self.s.list[cur].refs.insert(name);
            return;
        }
        self.s.list[cur].bind(&name);
    }

    /// The target of `name := value`: bound in the function, never in the
    /// comprehension it may stand in (CPython's rule).
    fn bind_walrus(&mut self, n: &str, range: TextRange) {
        if self.mangle(n).is_some() {
            self.s.errors.push((
                range,
                format!(
                    "assignment expression cannot rebind comprehension iteration variable '{n}'"
                ),
            ));
            return;
        }
        let comps = std::mem::take(&mut self.comps);
        self.bind(n);
        self.comps = comps;
    }

    fn reference(&mut self, n: &str) {
        let name = self.mangle(n).unwrap_or_else(|| n.to_string());
        let cur = self.cur;
        self.s.list[cur].refs.insert(name);
    }

    fn enter(&mut self, name: &str, node: TextRange, params: &ast::Parameters) -> usize {
        let positional = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
            .map(|p| p.parameter.name.as_str());
        // *args and **kwargs come last in the direct entry's parameters.
        let variadic = params
            .vararg
            .iter()
            .chain(&params.kwarg)
            .map(|p| p.name.as_str());
        let names: Vec<&str> = positional.chain(variadic).collect();
        self.enter_with(name, node, &names)
    }

    fn enter_with(&mut self, name: &str, node: TextRange, params: &[&str]) -> usize {
        let idx = self.s.list.len();
        let mut sc = Scope {
            name: name.to_string(),
            parent: Some(self.cur),
            ..Default::default()
        };
        for p in params {
            sc.params.push(p.to_string());
            sc.bind(p);
        }
        self.s.list.push(sc);
        self.s.by_start.insert(node.start().to_u32(), idx);
        self.cur = idx;
        idx
    }

    fn resolve(&mut self) {
        for i in 1..self.s.list.len() {
            let refs: Vec<String> = self.s.list[i].refs.iter().cloned().collect();
            for r in refs {
                if self.s.list[i].is_local(&r) || self.s.list[i].declared_global.contains(&r) {
                    continue;
                }
                // Find the nearest enclosing function that binds it.
                let mut chain = vec![i];
                let mut p = self.s.list[i].parent;
                let mut owner = None;
                while let Some(pi) = p {
                    if pi == 0 {
                        // A module-level comprehension's variable (the
                        // module's other names are globals).
                        if r.contains('#') && self.s.list[0].is_local(&r) {
                            owner = Some(0);
                        }
                        break;
                    }
                    if self.s.list[pi].is_local(&r) {
                        owner = Some(pi);
                        break;
                    }
                    if self.s.list[pi].declared_global.contains(&r) {
                        break;
                    }
                    chain.push(pi);
                    p = self.s.list[pi].parent;
                }
                if owner.is_none() && self.s.list[i].declared_nonlocal.contains(&r) {
                    let at = self
                        .nonlocal_at
                        .get(&(i, r.clone()))
                        .copied()
                        .unwrap_or_default();
                    self.s
                        .errors
                        .push((at, format!("no binding for nonlocal '{r}' found")));
                }
                if let Some(o) = owner {
                    self.s.list[o].cells.insert(r.clone());
                    for c in chain {
                        if !self.s.list[c].frees.contains(&r) {
                            self.s.list[c].frees.push(r.clone());
                        }
                    }
                }
            }
        }
        // Frees must be resolved in parents before children read them;
        // the chain walk above already added them to every intermediate.
    }
}

impl<'a> Visitor<'a> for Analyzer {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                self.s.has_generators |= super::stmt::has_yield(&f.body);
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                for p in f.parameters.iter_non_variadic_params() {
                    if let Some(d) = &p.default {
                        self.visit_expr(d);
                    }
                }
                self.bind(f.name.as_str());
                let parent = self.cur;
                let comps = std::mem::take(&mut self.comps);
                let idx = self.enter(f.name.as_str(), f.range(), &f.parameters);
                self.s.list[idx].decorated = !f.decorator_list.is_empty();
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.cur = parent;
                self.comps = comps;
            }
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.attr_targets(t);
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::AugAssign(a) => {
                self.attr_targets(&a.target);
                visitor::walk_stmt(self, stmt);
            }
            Stmt::AnnAssign(a) => {
                // `self.items: List[T] = []`
                self.attr_targets(&a.target);
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.attr_targets(t);
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Nonlocal(nl) => {
                for n in &nl.names {
                    if self.cur == 0 {
                        self.s.errors.push((
                            nl.range,
                            "nonlocal declaration not allowed at module level".into(),
                        ));
                        continue;
                    }
                    let name = n.to_string();
                    self.s.list[self.cur].declared_nonlocal.insert(name.clone());
                    self.nonlocal_at.insert((self.cur, name.clone()), nl.range);
                    self.s.list[self.cur].refs.insert(name);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = n.to_string();
                    if self.cur != 0 {
                        self.s.list[self.cur].declared_global.insert(name.clone());
                    }
                    if !self.s.globals.contains(&name) {
                        self.s.globals.push(name);
                    }
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    if is_typing_module(a.name.as_str()) {
                        let what = a.name.to_string();
                        self.s.typing_names.insert(n.to_string(), what);
                    } else if a.name.as_str() == "dataclasses" {
                        self.s
                            .dataclass_names
                            .insert(n.to_string(), "dataclasses".into());
                    } else {
                        self.imports_enum(a.name.as_str());
                        self.bind(n.as_str());
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                let module = i.module.as_ref().map_or("", |m| m.as_str());
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    if module == "__future__" {
                        continue; // binds a name in CPython too, never read
                    }
                    if is_typing_module(module) {
                        let what = format!("{module}.{}", a.name);
                        self.s.typing_names.insert(n.to_string(), what);
                    } else if module == "dataclasses" {
                        let what = format!("dataclasses.{}", a.name);
                        self.s.dataclass_names.insert(n.to_string(), what);
                    } else if (matches!(module, "math" | "time")
                        || super::stdmod::STD_MODULES.contains(&module))
                        && a.name.as_str() != "*"
                    {
                        self.imports_enum(module);
                        if crate::front::template::is_template(module, a.name.as_str()) {
                            self.uses_template();
                        }
                        let what = (module.to_string(), a.name.to_string());
                        self.s.module_names.insert(n.to_string(), what);
                    } else {
                        self.bind(n.as_str());
                    }
                }
            }
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    /// The names a match statement's patterns capture are bound in the
    /// scope of the statement, as assignments are.
    fn visit_pattern(&mut self, p: &'a ast::Pattern) {
        let name = match p {
            ast::Pattern::MatchAs(a) => a.name.as_ref(),
            ast::Pattern::MatchStar(s) => s.name.as_ref(),
            ast::Pattern::MatchMapping(m) => m.rest.as_ref(),
            _ => None,
        };
        if let Some(n) = name {
            self.bind(n.as_str());
        }
        visitor::walk_pattern(self, p);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => self.reference(n.id.as_str()),
                _ => self.bind(n.id.as_str()),
            },
            Expr::Lambda(l) => {
                if let Some(ps) = &l.parameters {
                    for p in ps.iter_non_variadic_params() {
                        if let Some(d) = &p.default {
                            self.visit_expr(d);
                        }
                    }
                }
                let parent = self.cur;
                let empty = ast::Parameters::default();
                let ps = l.parameters.as_deref().unwrap_or(&empty);
                // Inside a comprehension the body sees its variables (but
                // not those the lambda's parameters shadow): they become
                // cells, made fresh each time the comprehension runs.
                let comps = self.comps.clone();
                let idx = self.enter("<lambda>", l.range(), ps);
                let params = self.s.list[idx].params.clone();
                for (_, names) in &mut self.comps {
                    names.retain(|n| !params.contains(n));
                }
                if !self.comps.is_empty() {
                    self.s.lambda_comps.insert(idx, self.comps.clone());
                }
                self.visit_expr(&l.body);
                self.cur = parent;
                self.comps = comps;
            }
            Expr::Named(nm) => {
                self.visit_expr(&nm.value);
                if let Expr::Name(n) = &*nm.target {
                    if self.s.list[self.cur].name == "<genexpr>" {
                        self.s.errors.push((
                            nm.range,
                            "assignment expressions inside a generator expression are not supported".into(),
                        ));
                    } else {
                        self.bind_walrus(n.id.as_str(), n.range);
                    }
                }
            }
            Expr::ListComp(c) => self.comp(c.range(), &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comp(c.range(), &c.generators, &[&c.elt]),
            Expr::Generator(c) if self.inline_genexps.contains(&c.range.start().to_u32()) => {
                self.comp(c.range(), &c.generators, &[&c.elt])
            }
            Expr::Generator(c) => self.lazy_genexp(c),
            Expr::Call(c) => {
                if matches!(&*c.func, Expr::Name(n) if matches!(n.id.as_str(), "map" | "filter")) {
                    self.s.calls_map_filter = true;
                }
                self.namedtuple_call(c);
                if let Some(ge) = super::gen::inline_genexp(c) {
                    self.inline_genexps.insert(ge.range.start().to_u32());
                }
                visitor::walk_expr(self, expr)
            }
            Expr::Attribute(a)
                if a.attr.as_str() == "Template"
                    && matches!(&*a.value, Expr::Name(m) if m.id.as_str() == "string") =>
            {
                self.uses_template();
                visitor::walk_expr(self, expr)
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comp(c.range(), &c.generators, &[k, &c.value]),
                None => self.comp(c.range(), &c.generators, &[&c.value]),
            },
            _ => visitor::walk_expr(self, expr),
        }
    }
}
