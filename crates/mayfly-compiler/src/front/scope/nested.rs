//! The analysis of what nests inside a scope without being a def:
//! class statements, comprehensions and generator expressions.

use super::{target_names, Analyzer};
use ruff_python_ast::visitor::Visitor;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

impl Analyzer {
    /// Attribute names assigned or deleted through `target`.
    pub(super) fn attr_targets(&mut self, t: &Expr) {
        match t {
            Expr::Attribute(a) => {
                self.s.user_attrs.insert(a.attr.to_string());
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|x| self.attr_targets(x)),
            Expr::List(t) => t.elts.iter().for_each(|x| self.attr_targets(x)),
            Expr::Starred(s) => self.attr_targets(&s.value),
            _ => {}
        }
    }

    /// A class statement: its name is bound where it stands; its bases,
    /// decorators and the values in its body are evaluated there too
    /// (class bodies run at module level); its methods are functions
    /// whose names bind nothing outside the class.
    pub(super) fn class_def(&mut self, c: &ast::StmtClassDef) {
        self.s.has_classes = true;
        self.namedtuple_class(c);
        for d in &c.decorator_list {
            self.visit_expr(&d.expression);
        }
        if let Some(args) = &c.arguments {
            for a in args.args.iter() {
                self.visit_expr(a);
            }
            for k in args.keywords.iter() {
                self.visit_expr(&k.value);
            }
        }
        self.bind(c.name.as_str());
        for s in &c.body {
            match s {
                Stmt::FunctionDef(f) => {
                    self.s.has_generators |= super::super::stmt::has_yield(&f.body);
                    self.s.user_attrs.insert(f.name.to_string());
                    for d in &f.decorator_list {
                        self.visit_expr(&d.expression);
                    }
                    for p in f.parameters.iter_non_variadic_params() {
                        if let Some(d) = &p.default {
                            self.visit_expr(d);
                        }
                    }
                    let parent = self.cur;
                    let comps = std::mem::take(&mut self.comps);
                    let idx = self.enter(f.name.as_str(), f.range(), &f.parameters);
                    self.s.list[idx].class = Some(c.name.to_string());
                    for s in &f.body {
                        self.visit_stmt(s);
                    }
                    self.cur = parent;
                    self.comps = comps;
                }
                Stmt::Assign(a) => {
                    for t in &a.targets {
                        let mut names = Vec::new();
                        target_names(t, &mut names);
                        self.s.user_attrs.extend(names);
                    }
                    self.visit_expr(&a.value);
                }
                Stmt::AnnAssign(a) => {
                    let mut names = Vec::new();
                    target_names(&a.target, &mut names);
                    self.s.user_attrs.extend(names);
                    if let Some(v) = &a.value {
                        self.visit_expr(v);
                    }
                }
                // Anything else is refused when the class is compiled.
                _ => {}
            }
        }
    }

    /// A generator expression that is a value: a generator function of
    /// its own (parameter `.0`, the first iterable's iterator, evaluated
    /// outside), whose loop variables are its locals.
    pub(super) fn lazy_genexp(&mut self, c: &ast::ExprGenerator) {
        let start = c.range.start().to_u32();
        self.s.lazy_genexps.insert(start);
        self.s.has_generators = true;
        if let Some(g0) = c.generators.first() {
            self.visit_expr(&g0.iter);
        }
        if !self.comps.is_empty() {
            self.s.errors.push((
                c.range,
                "a generator expression inside a comprehension is supported only as the argument of sum, any, all, min, max, sorted, list, tuple, dict, set or frozenset".into(),
            ));
        }
        let parent = self.cur;
        let comps = std::mem::take(&mut self.comps);
        self.enter_with("<genexpr>", c.range, &[".0"]);
        let mut names = Vec::new();
        for g in &c.generators {
            target_names(&g.target, &mut names);
        }
        self.s.comp_names.insert(start, names.clone());
        self.comps.push((start, names));
        for (i, g) in c.generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.visit_expr(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        self.visit_expr(&c.elt);
        self.comps.pop();
        self.cur = parent;
        self.comps = comps;
    }

    pub(super) fn comp(&mut self, range: TextRange, gens: &[ast::Comprehension], elts: &[&Expr]) {
        let start = range.start().to_u32();
        let mut names = Vec::new();
        for g in gens {
            target_names(&g.target, &mut names);
        }
        self.s.comp_names.insert(start, names.clone());
        // The first iterable is evaluated outside the comprehension.
        if let Some(g0) = gens.first() {
            self.visit_expr(&g0.iter);
        }
        self.comps.push((start, names));
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.visit_expr(&g.target);
            for c in &g.ifs {
                self.visit_expr(c);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.comps.pop();
    }
}
