#!/bin/sh
# CPU-heavy handlers: cpu.py three ways, same logic and output
# ("670626 5789 21"), floats.py (float repr and parsing through json) and
# the class-heavy classes_*.py (a scheduler simulation, a constraint
# solver, a ray tracer, a game-tree search, n-body steps) under mayfly
# and python3:
#   mayfly  the compiled cpu.py, measured by the lifecycle bench, so only
#           Store + instantiate + handler per request, no compilation
#   python3 the same cpu.py handler called in a loop
#   native  cpu.rs (the same logic in Rust), rustc -O
# Run from the repository root: sh wrk-scripts/cpu/bench.sh
# (builds target/release/mayfly if needed).
set -e
ROOT=$(pwd)
[ -x target/release/mayfly ] || cargo build --release -p mayfly
PROGS="cpu floats classes_scheduler classes_solver classes_raytrace classes_game classes_nbody"
for prog in $PROGS; do
    target/release/mayfly build wrk-scripts/cpu/$prog.py -o /tmp/mayfly-$prog.wasm
    PROG=$prog python3 - <<'PY'
import os, time, runpy
prog = os.environ["PROG"]
env = runpy.run_path("wrk-scripts/cpu/%s.py" % prog)
h = env["on_client_request"]
print("python3 %s.py says:" % prog, h())
n = 200
best = None
for _ in range(5):
    t = time.perf_counter()
    for _ in range(n):
        h()
    us = (time.perf_counter() - t) / n * 1e6
    best = us if best is None else min(best, us)
print("python3 %s.py: best %.1f us/request" % (prog, best))
PY
done
rustc -O wrk-scripts/cpu/cpu.rs -o /tmp/mayfly-cpu-native
/tmp/mayfly-cpu-native
cd crates/mayfly-sandbox && cargo bench -q --bench lifecycle -- $(for p in $PROGS; do printf '/tmp/mayfly-%s.wasm ' $p; done)
