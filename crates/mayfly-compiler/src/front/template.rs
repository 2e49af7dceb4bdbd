//! `string.Template` (`from string import Template`). Template is a class
//! the runtime makes once (runtime/template.py st_base) from the methods
//! passed to it here, so that `class T(Template): delimiter = "%"` is
//! ordinary inheritance and `isinstance(t, Template)` works. What mayfly
//! does not read (a class's own idpattern, braceidpattern, flags or
//! pattern, each of which CPython compiles into the class's regex) is a
//! compile error in a class body, and refused at run time if assigned
//! later.

use super::dataclass::runtime_method;
use super::fx::{Fx, R};
use super::Gen;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use wasm_encoder::Instruction as I;

/// The attributes of Template and its instances (for the analyzer's
/// user_attrs: `t.substitute` is then looked up at run time rather than
/// refused as no builtin type's).
pub const TEMPLATE_ATTRS: &[&str] = &[
    "template",
    "delimiter",
    "idpattern",
    "braceidpattern",
    "substitute",
    "safe_substitute",
    "get_identifiers",
    "is_valid",
];

/// What a Template subclass may not set (CPython builds its pattern from them).
const REFUSED_ATTRS: &[&str] = &["idpattern", "braceidpattern", "flags", "pattern"];

/// Is `module.name` string.Template?
pub fn is_template(module: &str, name: &str) -> bool {
    (module, name) == ("string", "Template")
}

/// Is the base expression `b` of a class statement string.Template?
fn is_base(g: &Gen, b: &Expr) -> bool {
    match b {
        Expr::Name(n) => g
            .scopes
            .module_names
            .get(n.id.as_str())
            .is_some_and(|(m, w)| is_template(m, w)),
        Expr::Attribute(a) => {
            a.attr.as_str() == "Template"
                && matches!(&*a.value, Expr::Name(m) if m.id.as_str() == "string" && g.global_slots.contains_key("string"))
        }
        _ => false,
    }
}

impl Fx {
    /// `Template` read as a value: the class, the same object every time.
    pub(super) fn template_value(&mut self, g: &mut Gen) -> R<()> {
        for (f, shown) in [
            ("st_init", "__init__"),
            ("st_substitute", "substitute"),
            ("st_safe_substitute", "safe_substitute"),
            ("st_get_identifiers", "get_identifiers"),
            ("st_is_valid", "is_valid"),
        ] {
            let at = runtime_method(g, f, shown)?;
            self.emit(I::I64Const(at as i64));
        }
        self.call_rt(g, "st_base")
    }

    /// A class statement deriving from Template: the names of its body
    /// that would change the pattern are compile errors.
    pub(super) fn template_body_check(&mut self, g: &mut Gen, c: &ast::StmtClassDef) {
        if !c.bases().iter().any(|b| is_base(g, b)) {
            return;
        }
        for s in &c.body {
            let targets: Vec<&Expr> = match s {
                Stmt::Assign(a) => a.targets.iter().collect(),
                Stmt::AnnAssign(a) => vec![&*a.target],
                _ => continue,
            };
            for t in targets {
                if let Expr::Name(n) = t {
                    if REFUSED_ATTRS.contains(&n.id.as_str()) {
                        g.error(
                            t.range(),
                            format!(
                                "a string.Template subclass with its own {} is not supported (only delimiter may change)",
                                n.id
                            ),
                        );
                    }
                }
            }
        }
    }
}
