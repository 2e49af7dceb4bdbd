// The handler of cpu.py in plain Rust, the native baseline for bench.sh:
// same integer loop, string building and dict counting, same output.
// Build: rustc -O cpu.rs -o /tmp/mayfly-cpu-native (no Cargo project, so
// the workspace and CI are untouched).
use std::collections::HashMap;
use std::hint::black_box;
use std::time::Instant;

fn work(n: u64) -> String {
    let mut total: i64 = 0;
    let mut i: i64 = 0;
    while i < black_box(20000) {
        total = (total + i * i) % 1000003;
        i += 1;
    }
    let mut parts = Vec::new();
    for k in 0..black_box(2000) {
        parts.push((k % 97).to_string());
    }
    let text = parts.join(",");
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for w in text.split(',') {
        *counts.entry(w).or_insert(0) += 1;
    }
    let _ = n;
    format!("{} {} {}", total, text.len(), counts["5"])
}

fn main() {
    println!("{}", work(0));
    let n = 2000;
    let start = Instant::now();
    for r in 0..n {
        black_box(work(black_box(r)));
    }
    let us = start.elapsed().as_secs_f64() * 1e6 / n as f64;
    println!("native rust: {us:.1} us/request");
}
