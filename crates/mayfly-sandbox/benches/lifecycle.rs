//! One request lifecycle (Store::new, instantiate from the pool, handler,
//! response copy-out, drop) in µs per request, on the guests named on the
//! command line (default: tests/guests/hello.wat).
//!
//!     cargo bench -p mayfly-sandbox --bench lifecycle [-- FILE.wat|FILE.wasm ...]
//!
//! Prints the best of 7 rounds (the least disturbed by the other tenants
//! of a shared machine) and the median, single-threaded.
//!
//! To see what a pool knob is worth, override it for one run:
//! `MAYFLY_KEEP_RESIDENT=0` (bytes kept resident per memory slot) and
//! `MAYFLY_DECOMMIT_BATCH=1`.

use std::time::Instant;

use mayfly_sandbox::{GuestRequest, Limits, PoolSettings, Sandbox};

const ROUNDS: usize = 7;
const PER_ROUND: u32 = 50_000;

fn main() {
    let files: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let files = if files.is_empty() {
        vec![format!(
            "{}/../../tests/guests/hello.wat",
            env!("CARGO_MANIFEST_DIR")
        )]
    } else {
        files
    };
    let mut settings = PoolSettings::default();
    if let Some(bytes) = env_number("MAYFLY_KEEP_RESIDENT") {
        settings.keep_resident_bytes = bytes;
    }
    if let Some(batch) = env_number("MAYFLY_DECOMMIT_BATCH") {
        settings.decommit_batch = batch as u32;
    }
    println!("pool: {settings:?}");
    let sandbox = Sandbox::new(&settings).expect("engine");
    let request = GuestRequest::get("/").expect("uri");
    for file in files {
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let tenant = sandbox
            .load("bench", &bytes, Limits::default())
            .expect("load");
        // Warm the pool slot and the caches.
        for _ in 0..PER_ROUND / 10 {
            sandbox
                .handle(&tenant, request.clone(), 0)
                .expect("request");
        }
        let mut rounds: Vec<f64> = (0..ROUNDS)
            .map(|_| {
                let start = Instant::now();
                for id in 0..PER_ROUND {
                    let response = sandbox
                        .handle(&tenant, request.clone(), id as u64)
                        .expect("request");
                    std::hint::black_box(response);
                }
                start.elapsed().as_secs_f64() * 1e6 / PER_ROUND as f64
            })
            .collect();
        rounds.sort_by(f64::total_cmp);
        println!(
            "lifecycle {file}: best {:.2} µs/request, median {:.2} µs/request ({} bytes image)",
            rounds[0],
            rounds[ROUNDS / 2],
            tenant.image_bytes()
        );
    }
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}
