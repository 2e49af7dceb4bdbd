//! Calls into the modules a program can import: `json.dumps`/`loads`
//! and the clocks of `time`.

use super::fx::{Fx, R};
use super::{Gen, NONE};
use ruff_python_ast as ast;
use ruff_text_size::{Ranged, TextRange};
use wasm_encoder::Instruction as I;

impl Fx {
    /// `time.NAME()`: the clocks, read from the host (runtime/time.py).
    pub(super) fn time_call<'a>(
        &mut self,
        g: &mut Gen<'a>,
        name: &str,
        c: &'a ast::ExprCall,
    ) -> R<()> {
        let f = match name {
            "time" => "time_time",
            "time_ns" => "time_time_ns",
            "perf_counter" | "monotonic" | "process_time" => "time_perf",
            "perf_counter_ns" | "monotonic_ns" | "process_time_ns" => "time_perf_ns",
            _ => {
                g.error(c.range(), format!("time.{name} is not supported (time, perf_counter, monotonic, process_time and their _ns forms are)"));
                self.emit(I::I64Const(NONE));
                return Ok(());
            }
        };
        if !c.arguments.args.is_empty() || !c.arguments.keywords.is_empty() {
            g.error(c.range(), format!("time.{name}() takes no arguments"));
        }
        self.call_rt(g, f)
    }

    pub(super) fn json_call<'a>(
        &mut self,
        g: &mut Gen<'a>,
        name: &str,
        c: &'a ast::ExprCall,
    ) -> R<()> {
        let (f, params): (&str, &[&str]) = match name {
            "dumps" => (
                "json_dumps",
                &["obj", "indent", "separators", "sort_keys", "ensure_ascii"],
            ),
            "loads" => ("json_loads", &["s"]),
            _ => {
                g.error(c.range(), format!("json.{name} is not supported"));
                self.emit(I::I64Const(NONE));
                return Ok(());
            }
        };
        let vals = self.bind_args(g, c, params, name)?;
        for v in vals {
            match v {
                Some(t) => self.emit(I::LocalGet(t)),
                None => self.emit(I::I64Const(0)),
            }
        }
        self.call_rt(g, f)
    }

    /// `math.NAME(...)`: runtime/mathmod.py, the transcendental functions
    /// through the host's libm (f64_math).
    pub(super) fn math_call<'a>(
        &mut self,
        g: &mut Gen<'a>,
        name: &str,
        c: &'a ast::ExprCall,
    ) -> R<()> {
        let libm = [
            ("exp", 0),
            ("log2", 2),
            ("log10", 3),
            ("sin", 4),
            ("cos", 5),
            ("tan", 6),
            ("asin", 7),
            ("acos", 8),
            ("atan", 9),
            ("sinh", 10),
            ("cosh", 11),
            ("tanh", 12),
            ("expm1", 13),
            ("log1p", 14),
        ];
        let args = &c.arguments.args;
        if !c.arguments.keywords.is_empty() {
            g.error(
                c.range(),
                format!("math.{name}() takes no keyword arguments"),
            );
        }
        let (f, lo, hi) = match name {
            _ if libm.iter().any(|(n, _)| *n == name) => ("math_libm", 1, 1),
            "log" => ("math_log", 1, 2),
            "atan2" => ("math_atan2", 2, 2),
            "sqrt" => ("math_sqrt", 1, 1),
            "floor" | "ceil" | "trunc" => ("math_integral", 1, 1),
            "fabs" => ("math_fabs", 1, 1),
            "copysign" => ("math_copysign", 2, 2),
            "isfinite" => ("math_isfinite", 1, 1),
            "isinf" => ("math_isinf", 1, 1),
            "isnan" => ("math_isnan", 1, 1),
            "degrees" => ("math_degrees", 1, 1),
            "radians" => ("math_radians", 1, 1),
            "gcd" => ("math_gcd", 2, 2),
            "factorial" => ("math_factorial", 1, 1),
            "isqrt" => ("math_isqrt", 1, 1),
            "fsum" => ("math_fsum", 1, 1),
            "comb" => ("math_comb", 2, 2),
            "perm" => ("math_perm", 1, 2),
            _ => {
                g.error(c.range(), format!("math.{name} is not supported (guest-sdk/LANGUAGE.md lists the math functions that are)"));
                self.emit(I::I64Const(NONE));
                return Ok(());
            }
        };
        if args.len() < lo || args.len() > hi {
            g.error(
                c.range(),
                format!(
                    "math.{name}() takes {lo} to {hi} arguments ({} given)",
                    args.len()
                ),
            );
            self.emit(I::I64Const(NONE));
            return Ok(());
        }
        if let Some((_, op)) = libm.iter().find(|(n, _)| *n == name) {
            self.emit(I::I32Const(*op));
        }
        for a in args {
            self.expr(g, a)?;
        }
        if name == "log" && args.len() == 1 {
            self.emit(I::I64Const(0));
        }
        if name == "perm" && args.len() == 1 {
            self.emit(I::I64Const(NONE));
        }
        if let Some(mode) = ["floor", "ceil", "trunc"].iter().position(|m| *m == name) {
            self.emit(I::I32Const(mode as i32));
        }
        self.call_rt(g, f)
    }

    /// `math.pi`, `math.e`, `math.tau`, `math.inf`, `math.nan`.
    /// A name from `from math import ...` (or time) used as a value.
    pub(super) fn module_value(
        &mut self,
        g: &mut Gen,
        module: &str,
        attr: &str,
        r: TextRange,
    ) -> R<()> {
        if module == "math" {
            return self.math_const_at(g, attr, r);
        }
        if super::stdmod::STD_MODULES.contains(&module) {
            return self.std_value(g, module, attr, r);
        }
        g.error(
            r,
            format!("{module}.{attr} is not supported as a value (its functions are called)"),
        );
        self.emit(I::I64Const(NONE));
        Ok(())
    }

    pub(super) fn math_const(&mut self, g: &mut Gen, name: &str, a: &ast::ExprAttribute) -> R<()> {
        self.math_const_at(g, name, a.range)
    }

    fn math_const_at(&mut self, g: &mut Gen, name: &str, range: TextRange) -> R<()> {
        let v = match name {
            "pi" => std::f64::consts::PI,
            "e" => std::f64::consts::E,
            "tau" => std::f64::consts::TAU,
            "inf" => f64::INFINITY,
            "nan" => f64::NAN,
            _ => {
                g.error(range, format!("math.{name} is not supported as a value (only math's constants are values; its functions are called)"));
                self.emit(I::I64Const(NONE));
                return Ok(());
            }
        };
        let at = g.m.boxed_const("Float", v.to_le_bytes());
        self.emit(I::I64Const(at as i64));
        Ok(())
    }
}
