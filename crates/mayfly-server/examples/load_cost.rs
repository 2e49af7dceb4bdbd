//! Where a cold Python tenant's load time goes (issue 17), one tenant
//! after another on one thread:
//!
//!     cargo run --release -p mayfly-server --example load_cost [N]
//!
//! Loads N tenants of each kind the scale benchmark generates
//! (wrk-scripts/scale/scale_bench.py: plain text, JSON, two-route Flask;
//! all different) and prints the mean time per tenant of mayfly's Python
//! compile and of each phase of `Sandbox::load`, from its "load phases"
//! debug event.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use mayfly_sandbox::{Limits, PoolSettings, Sandbox};
use tracing_subscriber::layer::{Context, SubscriberExt};

type Sums = Arc<Mutex<BTreeMap<String, u64>>>;

/// Adds up the numeric fields of every "load phases" event.
struct Phases(Sums);

struct Adder<'a>(&'a mut BTreeMap<String, u64>);

impl tracing::field::Visit for Adder<'_> {
    fn record_u64(&mut self, field: &tracing::field::Field, value: u64) {
        *self.0.entry(field.name().to_string()).or_default() += value;
    }
    fn record_debug(&mut self, _: &tracing::field::Field, _: &dyn std::fmt::Debug) {}
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Phases {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        if event.metadata().target() == "mayfly_sandbox::tenant" {
            event.record(&mut Adder(&mut self.0.lock().unwrap()));
        }
    }
}

fn source(kind: usize, i: usize) -> String {
    match kind {
        0 => format!(
            "PAGE = \"plain tenant {i}\\n\"\n\ndef on_client_request():\n\tdef generator():\n\t\treturn \"text/plain\", PAGE\n\treturn generator\n"
        ),
        1 => format!(
            "import json\n\nDATA = {{\"tenant\": {i}, \"items\": [1, 2, {i}], \"name\": \"json-{i}\"}}\n\ndef on_client_request():\n\tdef generator():\n\t\treturn \"application/json\", json.dumps(DATA)\n\treturn generator\n"
        ),
        _ => format!(
            "from flask import Flask, jsonify\n\napp = Flask(__name__)\n\nNUMBER = {i}\n\n\n@app.get(\"/\")\ndef index():\n    return \"flask tenant {i}\"\n\n\n@app.get(\"/items/<int:n>\")\ndef item(n):\n    return jsonify(tenant=NUMBER, item=n, double=n * 2)\n"
        ),
    }
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map_or(10, |a| a.parse().expect("N"));
    let sums = Sums::default();
    let subscriber = tracing_subscriber::registry().with(Phases(sums.clone()));
    tracing::subscriber::set_global_default(subscriber).expect("subscriber");
    let sandbox = Sandbox::new(&PoolSettings::default()).expect("sandbox");
    for (kind, label) in ["text", "json", "flask"].iter().enumerate() {
        sums.lock().unwrap().clear();
        let (mut python_us, mut load_us, mut wasm_bytes) = (0u128, 0u128, 0usize);
        for i in 0..n {
            let started = Instant::now();
            let wasm = mayfly_compiler::compile(&source(kind, i), "t.py").expect("compiles");
            python_us += started.elapsed().as_micros();
            wasm_bytes += wasm.len();
            let started = Instant::now();
            sandbox
                .load(&format!("t{i}"), &wasm, Limits::default())
                .expect("loads");
            load_us += started.elapsed().as_micros();
        }
        let mean = |us: u128| us as f64 / n as f64 / 1000.0;
        let sums = sums.lock().unwrap();
        let phase = |k: &str| mean(*sums.get(k).unwrap_or(&0) as u128);
        println!(
            "{label:5}: {:.1} ms = python {:.1} + load {:.1} (validate {:.1}, init compile {:.1}, \
             init run {:.1}, bake {:.1}, final compile {:.1}); {} KiB wasm; functions per load: \
             {:.0} compiled, {:.0} reused",
            mean(python_us + load_us),
            mean(python_us),
            mean(load_us),
            phase("validate_us"),
            phase("init_compile_us"),
            phase("init_run_us"),
            phase("bake_us"),
            phase("compile_us"),
            wasm_bytes / n / 1024,
            *sums.get("functions_compiled").unwrap_or(&0) as f64 / n as f64,
            *sums.get("functions_reused").unwrap_or(&0) as f64 / n as f64,
        );
    }
    println!("code memo: {:?}", sandbox.code_memo_stats());
}
