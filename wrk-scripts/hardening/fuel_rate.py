#!/usr/bin/env python3
"""Fuel per second of CPU: how fast three never-ending guests burn fuel.

The figures behind `[server] inline_max_fuel` and `[limits] fuel` in
config/mayfly.toml: how long one request with a given fuel budget can hold
a core. Each guest loops until its fuel runs out, under `mayfly call`
(the server's sandbox path), once with a small budget and once with a big
one; the rate is the fuel difference over the difference in the process's
CPU time (user + system), so the load and compile cost cancels out and
other load on the machine does not count. Best of --rounds per budget.

  spin       tests/guests/spin.wat: `loop br` (1 unit per iteration, the
             loop-header fuel check every time): the slowest burner
  countdown  a WAT i64 countdown (8 units per iteration, no memory)
  python     `while True: n = n + 1` compiled by mayfly

Usage (from the repository root, after `cargo build --release -p mayfly`):
    python3 wrk-scripts/hardening/fuel_rate.py [--mayfly target/release/mayfly]
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

COUNTDOWN = """(module
  (memory (export "memory") 1)
  (func (export "mayfly_handle") (local $i i64)
    (local.set $i (i64.const 0x3fffffffffffffff))
    (block $done (loop $l
      (br_if $done (i64.eqz (local.get $i)))
      (local.set $i (i64.sub (local.get $i) (i64.const 1)))
      (br $l)))))
"""
PYTHON = """def on_client_request():
    n = 0
    while True:
        n = n + 1
"""
# guest file name -> (small budget, big budget): the big one is about a
# second of CPU at the rates measured when this was written.
BUDGETS = {
    "spin": (100_000_000, 3_000_000_000),
    "countdown": (100_000_000, 20_000_000_000),
    "python": (100_000_000, 50_000_000_000),
}


def cpu_seconds(mayfly: str, guest: str, fuel: int, work: str) -> float:
    """CPU time of one `mayfly call` of `guest` with `fuel`."""
    config = os.path.join(work, f"fuel-{fuel}.toml")
    with open(config, "w") as f:
        f.write(f"[limits]\nfuel = {fuel}\ndeadline_ms = 600000\n")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([mayfly, "--log", "error", "call", guest, "--config", config],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if not done.stdout.startswith("HTTP/1.1 504"):
        sys.exit(f"{guest} with fuel {fuel}: expected 504 (out of fuel), got {done.stdout[:80]!r}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mayfly", default=os.path.join(ROOT, "target", "release", "mayfly"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not os.path.exists(args.mayfly):
        sys.exit("build first: cargo build --release -p mayfly")
    with tempfile.TemporaryDirectory(prefix="mayfly-fuel-") as work:
        guests = {"spin": os.path.join(ROOT, "tests", "guests", "spin.wat")}
        for name, text, ext in (("countdown", COUNTDOWN, "wat"), ("python", PYTHON, "py")):
            guests[name] = os.path.join(work, f"{name}.{ext}")
            with open(guests[name], "w") as f:
                f.write(text)
        for name, path in guests.items():
            small, big = BUDGETS[name]
            t_small = min(cpu_seconds(args.mayfly, path, small, work) for _ in range(args.rounds))
            t_big = min(cpu_seconds(args.mayfly, path, big, work) for _ in range(args.rounds))
            rate = (big - small) / (t_big - t_small)
            print(f"{name:10} {rate:.2e} fuel/s of CPU; 1e8 fuel = {1e8 / rate * 1e3:.1f} ms, "
                  f"1.5e8 = {1.5e8 / rate * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
