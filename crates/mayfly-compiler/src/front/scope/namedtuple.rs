//! What the analyzer notes about named tuples (and, at the end, enums and
//! string.Template):
//! a program that makes one links the class machinery and namedtuple.py (has_classes,
//! has_namedtuples), and its field names and the generated methods are
//! attributes a user object may have (user_attrs), so that `p.x` is
//! looked up at run time rather than refused as no builtin type's.

use super::Analyzer;
use crate::front::namedtuple::{literal_fields, NT_ATTRS};
use ruff_python_ast::{self as ast, Expr, Stmt};

impl Analyzer {
    fn makes_namedtuples(&mut self, fields: impl IntoIterator<Item = String>) {
        self.s.has_classes = true;
        self.s.has_namedtuples = true;
        self.s
            .user_attrs
            .extend(NT_ATTRS.iter().map(|a| a.to_string()));
        self.s.user_attrs.extend(fields);
    }

    /// `namedtuple(...)` from collections, or `collections.namedtuple(...)`.
    pub(super) fn namedtuple_call(&mut self, c: &ast::ExprCall) {
        let is_it = match &*c.func {
            Expr::Name(n) => self
                .s
                .module_names
                .get(n.id.as_str())
                .is_some_and(|(m, w)| m == "collections" && w == "namedtuple"),
            Expr::Attribute(a) => {
                a.attr.as_str() == "namedtuple"
                    && matches!(&*a.value, Expr::Name(m) if m.id.as_str() == "collections")
            }
            _ => false,
        };
        if !is_it {
            return;
        }
        let fields = c
            .arguments
            .args
            .get(1)
            .or_else(|| c.arguments.find_keyword("field_names").map(|k| &k.value))
            .and_then(literal_fields)
            .unwrap_or_default();
        self.makes_namedtuples(fields);
    }

    /// `class C(NamedTuple)` (typing's): its annotated names are fields.
    pub(super) fn namedtuple_class(&mut self, c: &ast::StmtClassDef) {
        let typing = |n: &str| self.s.typing_names.get(n).map(String::as_str);
        let is_base = |b: &Expr| match b {
            Expr::Name(n) => typing(n.id.as_str()).is_some_and(|w| w.ends_with(".NamedTuple")),
            Expr::Attribute(a) => {
                a.attr.as_str() == "NamedTuple"
                    && matches!(&*a.value, Expr::Name(m) if typing(m.id.as_str()).is_some())
            }
            _ => false,
        };
        if !c.bases().iter().any(is_base) {
            return;
        }
        let fields: Vec<String> = c
            .body
            .iter()
            .filter_map(|s| match s {
                Stmt::AnnAssign(a) => match &*a.target {
                    Expr::Name(n) => Some(n.id.to_string()),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        self.makes_namedtuples(fields);
    }
}

impl Analyzer {
    /// `import enum` or `from enum import ...`: enum classes are user
    /// classes, and their members have name, value and the rest. (And
    /// `import abc`: ABC is a class.)
    pub(super) fn imports_enum(&mut self, module: &str) {
        if module == crate::front::stdabc::MODULE {
            // ABC is a class: the class machinery is linked.
            self.s.has_classes = true;
            return;
        }
        if module != crate::front::enums::MODULE {
            return;
        }
        self.s.has_classes = true;
        self.s.user_attrs.extend(
            crate::front::enums::ENUM_ATTRS
                .iter()
                .map(|a| a.to_string()),
        );
    }
}

impl Analyzer {
    /// `string.Template` named: a class, whose instances have template,
    /// substitute and the rest.
    pub(super) fn uses_template(&mut self) {
        self.s.has_classes = true;
        self.s.user_attrs.extend(
            crate::front::template::TEMPLATE_ATTRS
                .iter()
                .map(|a| a.to_string()),
        );
    }
}
