//! Calls into the modules a program can import: `json.dumps`/`loads`
//! and the clocks of `time`.

use super::fx::{Fx, R};
use super::{Gen, NONE};
use ruff_python_ast as ast;
use ruff_text_size::Ranged;
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
}
