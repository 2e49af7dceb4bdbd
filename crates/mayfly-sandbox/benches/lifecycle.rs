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
//! `MAYFLY_DECOMMIT_BATCH=1`, `MAYFLY_INLINING=1`. `MAYFLY_BENCH_REQUESTS=1000` shortens each round
//! (for valgrind). `MAYFLY_BENCH_PATH=/api/v2/1234567890` sets
//! the request path (default `/`), e.g. to reach a Flask route.

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
    if let Some(inline) = env_number("MAYFLY_INLINING") {
        settings.compiler_inlining = inline != 0;
    }
    if let Some(batch) = env_number("MAYFLY_DECOMMIT_BATCH") {
        settings.decommit_batch = batch as u32;
    }
    println!("pool: {settings:?}");
    // Fewer requests per round, e.g. to run under valgrind.
    let per_round = env_number("MAYFLY_BENCH_REQUESTS").map_or(PER_ROUND, |n| n.max(10) as u32);
    let sandbox = Sandbox::new(&settings).expect("engine");
    let path = std::env::var("MAYFLY_BENCH_PATH").unwrap_or_else(|_| "/".into());
    let request = GuestRequest::get(&path).expect("uri");
    for file in files {
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let loading = Instant::now();
        let tenant = sandbox
            .load("bench", &bytes, Limits::default())
            .expect("load");
        let load_ms = loading.elapsed().as_secs_f64() * 1e3;
        // Warm the pool slot and the caches.
        let mut fuel_used = 0;
        for _ in 0..per_round / 10 {
            let response = sandbox
                .handle(&tenant, request.clone(), 0)
                .expect("request");
            fuel_used = response.fuel_used;
        }
        let mut rounds: Vec<f64> = (0..ROUNDS)
            .map(|_| {
                let start = Instant::now();
                for id in 0..per_round {
                    let response = sandbox
                        .handle(&tenant, request.clone(), id as u64)
                        .expect("request");
                    std::hint::black_box(response);
                }
                start.elapsed().as_secs_f64() * 1e6 / per_round as f64
            })
            .collect();
        rounds.sort_by(f64::total_cmp);
        println!(
            "lifecycle {file}: best {:.2} µs/request, median {:.2} µs/request ({} bytes image, {fuel_used} fuel/request, loaded in {load_ms:.0} ms)",
            rounds[0],
            rounds[ROUNDS / 2],
            tenant.image_bytes()
        );
    }
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}
