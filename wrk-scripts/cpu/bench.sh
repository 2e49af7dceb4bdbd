#!/bin/sh
# CPU-heavy handler: mayfly (compiled, measured by the lifecycle bench, so
# only Store+instantiate+handler, no compilation) vs python3 running the
# same handler in a loop. Run from the repository root after
# `cargo build --release -p mayfly`.
set -e
ROOT=$(pwd)
target/release/mayfly build wrk-scripts/cpu/cpu.py -o /tmp/mayfly-cpu.wasm
python3 - <<'PY'
import time, runpy
env = runpy.run_path("wrk-scripts/cpu/cpu.py")
h = env["on_client_request"]
h()
n = 50
t = time.perf_counter()
for _ in range(n):
    h()
print("python3: %.1f us/request" % ((time.perf_counter() - t) / n * 1e6))
PY
cd crates/mayfly-sandbox && cargo bench -q --bench lifecycle -- /tmp/mayfly-cpu.wasm
